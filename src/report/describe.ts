// Wording shared by the human-readable reports (text, Markdown summary, annotations).
import semver from 'semver'
import {
  filesNoReleaseAccepts,
  isValidatedClusterConfig,
  type CompatibleRange,
  type FileReport,
  type ValidationReport
} from './model.js'

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/** `eksctl ≥ 0.112.0`, `eksctl 0.112.0 … 0.150.0 (not 0.120.0 … 0.121.0)`, `no known eksctl release`. */
export function describeCompatible(range: CompatibleRange | null): string {
  if (!range) return 'not checked'
  if (range.min === null) return 'no known eksctl release'
  const span = range.max === null ? `eksctl ≥ ${range.min}` : `eksctl ${range.min} … ${range.max}`
  if (range.gaps.length === 0) return span
  const gaps = range.gaps.map((g) => (g.from === g.to ? g.from : `${g.from} … ${g.to}`)).join(', ')
  return `${span} (not ${gaps})`
}

/**
 * The releases that accept the file, schema and checks together: `eksctl ≥ 0.120.0` while the newest known release
 * accepts it, `eksctl 0.120.0 … 0.201.0` when a later one no longer does; null when no known release does.
 */
export function describeWindow(file: FileReport): string | null {
  if (file.minEksctlVersion === null) return null
  return file.maxEksctlVersion === null
    ? `eksctl ≥ ${file.minEksctlVersion}`
    : `eksctl ${file.minEksctlVersion} … ${file.maxEksctlVersion}`
}

/**
 * `environment variable CLUSTER_NAME is not set`, `environment variables A and B are not set; C is refused (a
 * runner or credential variable)`: why envsubst left values of a file empty.
 */
export function describeVariables(variables: { unset: readonly string[]; refused: readonly string[] }): string {
  const names = (list: readonly string[]): string => listPaths([...list], (n) => n, 5).replace(/ more files?$/, ' more')
  const verb = (list: readonly string[]): string => (list.length > 1 ? 'are' : 'is')
  const parts: string[] = []
  if (variables.unset.length) parts.push(`${names(variables.unset)} ${verb(variables.unset)} not set`)
  if (variables.refused.length)
    parts.push(`${names(variables.refused)} ${verb(variables.refused)} refused (runner or credential variables)`)
  const count = variables.unset.length + variables.refused.length
  return `environment variable${count > 1 ? 's' : ''} ${parts.join('; ')}`
}

/** A file whose values envsubst left empty: nothing can be said about the release it needs until they are set. */
function undecided(file: FileReport): boolean {
  return file.minEksctlVersion === null && file.variables !== undefined
}

/**
 * `needs eksctl ≥ 0.120.0 (schema: eksctl ≥ 0.112.0)`: the file's minimum, and the schema's range when it differs;
 * `compatible: eksctl 0.120.0 … 0.201.0 only (…)` when later releases no longer accept the file.
 */
export function describeNeeds(file: FileReport): string {
  const schema = describeCompatible(file.compatible)
  if (file.compatible === null) return 'not checked against the schema'
  if (undecided(file)) return `not decided: ${describeVariables(file.variables!)}`
  if (file.minEksctlVersion === null)
    return file.compatible.min === null
      ? 'accepted by no known eksctl release'
      : `accepted by no known eksctl release: no release fixes the errors above (schema: ${schema})`
  if (file.maxEksctlVersion !== null)
    return `compatible: ${describeWindow(file)!} only (later releases reject it; schema: ${schema})`
  const needs = `needs eksctl ≥ ${file.minEksctlVersion}`
  return file.minEksctlVersion === file.compatible.min && file.compatible.max === null && !file.compatible.gaps.length
    ? needs
    : `${needs} (schema: ${schema})`
}

export function describeTarget(report: ValidationReport): string {
  const source =
    report.eksctlVersionSource === 'installed'
      ? 'installed'
      : report.eksctlVersionSource === 'latest'
        ? 'latest known'
        : 'as requested'
  return `eksctl ${report.eksctlVersion} (${source})`
}

/** `2 errors, 0 warnings, 1 notice in 1 ClusterConfig file`, or `… in 3 files (1 ClusterConfig validated)` when
 * some files were skipped or could not be read or parsed. */
export function countLine(report: ValidationReport): string {
  const s = report.summary
  const parts = [plural(s.errors, 'error'), plural(s.warnings, 'warning'), plural(s.notices, 'notice')]
  const suppressed = s.suppressed ? `, ${s.suppressed} suppressed` : ''
  const where =
    s.files === s.clusterConfigs
      ? plural(s.clusterConfigs, 'ClusterConfig file')
      : `${plural(s.files, 'file')} (${plural(s.clusterConfigs, 'ClusterConfig')} validated)`
  return `${parts.join(', ')}${suppressed} in ${where}`
}

/** `a.yaml`, `a.yaml and b.yaml`, `a.yaml, b.yaml, c.yaml and 2 more files`. */
export function listPaths(paths: readonly string[], show: (path: string) => string = (p) => p, max = 3): string {
  const shown = paths.slice(0, paths.length > max ? max : paths.length).map(show)
  const more = paths.length - shown.length
  if (more) return `${shown.join(', ')} and ${plural(more, 'more file')}`
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)!}` : (shown[0] ?? '')
}

/** Why a file meant to be a ClusterConfig was not validated, from its first error: `YAML syntax error`, `binary file`. */
export function notValidatedReason(file: FileReport): string {
  const error = file.findings.find((f) => f.severity === 'error')
  switch (error?.ruleId) {
    case 'yaml/syntax':
      return 'YAML syntax error'
    case 'yaml/too-deep':
      return 'nested too deeply'
    case 'yaml/alias-limit':
    case 'yaml/alias-cycle':
      return 'alias expansion error'
    case 'config/binary':
      return 'binary file'
    case 'config/encoding':
      return 'not UTF-8 text'
    case 'config/too-large':
      return 'over 10 MiB'
    case 'config/unreadable':
      return 'unreadable'
    case 'config/old-api-version':
      return 'old apiVersion'
    case 'config/api-version':
    case 'config/missing-kind':
      return 'no eksctl.io/v1alpha5 ClusterConfig'
    default:
      return error ? error.ruleId : 'not read'
  }
}

/**
 * What the report says about the release every file needs: `all files need eksctl ≥ 0.120.0`, which files no known
 * release accepts (the report's minimum is then null), and which could not be validated and why (`not validated:
 * a.yaml (YAML syntax error)`); null when none applies (no ClusterConfig).
 */
export function describeMinimum(
  report: ValidationReport,
  show: { path?: (path: string) => string; version?: (version: string) => string } = {}
): string | null {
  const version = (v: string): string => (show.version ? show.version(v) : v)
  const { minEksctlVersion: min, maxEksctlVersion: max } = report
  if (min && max && semver.lt(max, min))
    return (
      `no single known eksctl release accepts every file: together they need eksctl ≥ ${version(min)}, and ` +
      `${listPaths(
        report.files.filter((f) => f.maxEksctlVersion === max).map((f) => f.path),
        show.path
      )} is accepted only up to ${version(max)}`
    )
  if (min && max) return `all files are compatible with eksctl ${version(min)} … ${version(max)} only`
  if (min) return `all files need eksctl ≥ ${version(min)}`
  const all = filesNoReleaseAccepts(report.files)
  const waiting = all.filter(undecided)
  const rest = all.filter((f) => !undecided(f))
  const refused = rest.filter(isValidatedClusterConfig)
  const unparsed = rest.filter((f) => !isValidatedClusterConfig(f))
  const parts: string[] = []
  if (refused.length)
    parts.push(
      `no known eksctl release accepts ${listPaths(
        refused.map((f) => f.path),
        show.path
      )}`
    )
  if (unparsed.length) {
    const reasons = new Map(unparsed.map((f) => [f.path, notValidatedReason(f)]))
    const shown = (p: string): string => `${show.path ? show.path(p) : p} (${reasons.get(p)})`
    parts.push(
      `not validated: ${listPaths(
        unparsed.map((f) => f.path),
        shown
      )}`
    )
  }
  if (waiting.length === 1)
    parts.push(
      `${(show.path ?? ((p) => p))(waiting[0]!.path)} is not decided: ${describeVariables(waiting[0]!.variables!)}`
    )
  else if (waiting.length > 1)
    parts.push(
      `${listPaths(
        waiting.map((f) => f.path),
        show.path
      )} are not decided: environment variables are not set or refused`
    )
  return parts.length ? parts.join('; ') : null
}
