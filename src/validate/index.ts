// Validation, the product's main job: load the files, pick the target release, evaluate each ClusterConfig
// against that release's schema, explain every error with the releases that accept it, run the rules, and
// compute each file's compatible release range. Shells (CLI, action) only render the ValidationReport.
import { tmpdir } from 'node:os'
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import semver from 'semver'
import { configRules, eachConfig, InputError, type FileScope, type LoadedFile } from '../config/index.js'
import type { ConfigDocument } from '../config/document.js'
import { binarySchema } from '../eksctl/binary-schema.js'
import { detectInstalledEksctl, EksctlNotFoundError } from '../eksctl/version.js'
import type { Finding } from '../report/finding.js'
import { registerRules, SCHEMA_RULES } from '../report/rule-catalog.js'
import {
  summarize,
  type FileReport,
  type RunMessage,
  type ValidationReport,
  type VersionSource
} from '../report/model.js'
import {
  isRuleName,
  listRules,
  nextRuleChange,
  ruleGroupOf,
  runRules,
  selectRules,
  type RuleSelection
} from '../rules/index.js'
import {
  addReleaseSchema,
  listReleases,
  resolveRelease,
  schemaForRelease,
  UnknownReleaseError,
  type JsonSchema,
  type Release
} from '../schemas/index.js'
import { evaluateWithCompatible } from './evaluate.js'
import {
  maximumWithChecks,
  minimumWithChecks,
  overallMaximum,
  overallMinimum,
  toCompatibleRange
} from './compatible.js'
import { schemaErrorsToFindings } from './messages.js'
import { dropCascades, pathsEmptiedByUnsetVariables } from './root-cause.js'
import { COMMENT_RULE, Suppressions, type SuppressionNames } from './suppression.js'
import { ACTION_WORDS, type ShellWords } from './shell-words.js'

export { ACTION_WORDS, cliWords, type ShellWords } from './shell-words.js'

export { InputError }

/** `installed` was asked for and no eksctl runs: an input error whose fix depends on the shell (flag or input). */
export class NoInstalledEksctlError extends InputError {}

registerRules(
  Object.entries(configRules).map(([id, info]) => ({
    id,
    summary: info.summary,
    help: `${info.summary} See "How files are read" in the eksctl-preflight README.`
  }))
)
registerRules(
  listRules().map((rule) => ({
    id: rule.ruleId,
    summary: rule.summary,
    help:
      rule.origin === 'ours'
        ? `${rule.summary} A check of eksctl-preflight (not of eksctl), from eksctl ${rule.since}. See "Rules" in the eksctl-preflight README.`
        : `${rule.summary} eksctl's source has this check in ${rule.releases}. See "Rules" in the eksctl-preflight README.`
  }))
)

registerRules([
  {
    id: COMMENT_RULE,
    summary: 'An `# eksctl-preflight-ignore` comment that names no rule, or a rule id or group that does not exist.',
    help: 'Name the rule id of the finding to silence (as reports show it), or a group. See "Suppressing one finding" in the eksctl-preflight README.'
  }
])

/** Ids and groups of the checks validation itself runs (the rules engine owns every other name). */
const ENGINE_GROUPS = ['schema', 'yaml', 'config']

function isEngineName(name: string): boolean {
  return ENGINE_GROUPS.includes(name) || ENGINE_GROUPS.some((g) => name.startsWith(g + '/'))
}

/** The ids validation itself reports (loader and schema). */
const ENGINE_IDS = new Set<string>([...Object.keys(configRules), ...Object.values(SCHEMA_RULES)])

/** What an ignore comment may name: any finding's rule id (rules ids also bare), a rules group, an engine group. */
const SUPPRESSION_NAMES: SuppressionNames = {
  isKnown: (name) => ENGINE_IDS.has(name) || ENGINE_GROUPS.includes(name) || isRuleName(name),
  groupOf: ruleGroupOf
}

export interface InstalledTarget {
  /** The version `eksctl version` printed (or install-eksctl installed). */
  version: string
  binary?: string
  /** The binary's own `eksctl utils schema` output, when it is newer than the bundled data. */
  schemaFile?: string
}

export interface ValidateOptions {
  /** Globs or paths; `-` reads stdin. */
  patterns: string[]
  /** Files must resolve inside this folder; paths are shown relative to it (scope `workspace`, the default). */
  workspace: string
  /** Where relative patterns start. */
  cwd: string
  /** `as-given` (the CLI): named files are read wherever they are and shown as named; see FileScope. */
  scope?: FileScope
  /** How messages name settings and the upgrade: the action's inputs (default) or the CLI's flags. */
  words?: ShellWords
  /**
   * When no file is a ClusterConfig: an error (default: a `config` glob that finds none is a mistake), or a notice
   * (the pre-commit hook, which is handed whatever YAML changed).
   */
  noClusterConfig?: 'error' | 'notice'
  envsubst?: boolean
  env?: Record<string, string | undefined>
  readStdin?: () => Promise<string>
  /** `installed` (default), `latest`, or a release (`0.112.0`, `v0.112.0`). */
  eksctlVersion?: string
  /** The eksctl to use for `installed` (install-eksctl's result); otherwise `eksctl version` runs from PATH. */
  installed?: InstalledTarget | null
  rules?: RuleSelection
}

export interface Target {
  release: Release
  source: VersionSource
  requested: string
  approximated: boolean
  messages: RunMessage[]
}

const VERSION_FORMS = 'installed, latest, or an eksctl release such as 0.230.0 or v0.112.0'

/** Picks the release to validate against. Throws InputError (exit code 2) for values that name none. */
export async function resolveTarget(
  requested: string,
  installed: InstalledTarget | null | undefined,
  env: Record<string, string | undefined> | undefined,
  words: ShellWords = ACTION_WORDS
): Promise<Target> {
  const value = requested.trim() || 'installed'
  let source: VersionSource
  let version: string
  let found: InstalledTarget | null = null
  if (value === 'installed') {
    source = 'installed'
    if (installed) found = installed
    else {
      try {
        found = await detectInstalledEksctl({ env })
      } catch (error) {
        if (error instanceof EksctlNotFoundError) {
          throw new NoInstalledEksctlError(error.message)
        }
        throw error
      }
    }
    version = found.version
  } else if (value === 'latest') {
    source = 'latest'
    version = 'latest'
  } else {
    source = 'flag'
    version = value
  }
  const schemaMessages = await addNewerSchema(version, found, env)
  let choice
  try {
    choice = resolveRelease(version)
  } catch (error) {
    if (!(error instanceof UnknownReleaseError)) throw error
    throw new InputError(
      source === 'installed'
        ? `The installed eksctl is ${version}, which eksctl-preflight cannot validate for: ${error.message}. ` +
            `Name the release to check against instead (${words.setting('eksctl-version')}: ${VERSION_FORMS}).`
        : `${words.setting('eksctl-version')} "${value}" names no eksctl release: ${error.message}, or "installed" (the eksctl on PATH).`
    )
  }
  const messages: RunMessage[] = [...schemaMessages]
  if (choice.approximated) {
    messages.push({
      severity: 'notice',
      message:
        choice.note ??
        `eksctl ${version} is not a release eksctl-preflight knows; validating against eksctl ${choice.release.version}.`
    })
  }
  return {
    release: choice.release,
    source,
    requested: source === 'latest' ? 'latest' : version,
    approximated: choice.approximated,
    messages
  }
}

/**
 * An installed eksctl newer than the bundled data brings its own schema (`eksctl utils schema`): validation uses it,
 * and says so, because the corrections for eksctl's schema bugs are known only for the bundled releases. The schema
 * comes from install-eksctl's cache, else from running the binary (cached per version under RUNNER_TOOL_CACHE).
 */
async function addNewerSchema(
  version: string,
  found: InstalledTarget | null,
  env: Record<string, string | undefined> | undefined
): Promise<RunMessage[]> {
  if (!found) return []
  const clean = semver.valid(semver.coerce(version))
  const newest = listReleases().at(-1)?.version
  if (!clean || !newest || !semver.gt(clean, newest)) return []
  const origin = found.schemaFile ?? found.binary ?? 'eksctl'
  try {
    let schema: unknown
    if (found.schemaFile) schema = JSON.parse(readFileSync(found.schemaFile, 'utf8'))
    else if (found.binary) {
      const toolCacheDir = env?.RUNNER_TOOL_CACHE || path.join(tmpdir(), 'eksctl-preflight-tool-cache')
      schema = (await binarySchema({ binary: found.binary, version: clean, toolCacheDir, env })).schema
    } else return []
    addReleaseSchema(clean, null, schema)
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    return [
      {
        severity: 'warning',
        message:
          `eksctl ${clean} is newer than ${newest}, the newest release eksctl-preflight bundles, and its own schema ` +
          `could not be used (${origin}: ${why}); validating against eksctl ${newest} instead.`
      }
    ]
  }
  return [
    {
      severity: 'notice',
      message:
        `eksctl ${clean} is newer than ${newest}, the newest release eksctl-preflight bundles: validated with its own ` +
        `schema (\`eksctl utils schema\`). The corrections for places where eksctl's schema disagrees with its ` +
        `loader are known only for bundled releases and do not apply.`
    }
  ]
}

/** Rule lists as written in flags and inputs: `a,b`, newline- or space-separated, repeated → ['a','b']. */
export function splitList(values: readonly (string | undefined)[] | undefined): string[] {
  return (values ?? []).flatMap((v) => (v ?? '').split(/[\s,]+/)).filter(Boolean)
}

function byPosition(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId)
}

function selected(ruleId: string, disable: readonly string[]): boolean {
  return !disable.some((d) => ruleId === d || ruleId.startsWith(d.endsWith('/') ? d : d + '/'))
}

const EXCERPT_SOURCE_LIMIT = 2 * 1024 * 1024

/** The text of a file that could not be parsed, for excerpts: only small, valid UTF-8 text. */
function readSourceForExcerpt(loaded: LoadedFile, workspace: string): string | undefined {
  if (loaded.path === '-') return undefined
  try {
    const full = path.resolve(workspace, loaded.path)
    if (statSync(full).size > EXCERPT_SOURCE_LIMIT) return undefined
    const text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(full))
    return text.includes('\u0000') ? undefined : text
  } catch {
    return undefined
  }
}

function validateDocument(
  doc: ConfigDocument,
  loaderFindings: readonly Finding[],
  target: Release,
  releases: readonly Release[],
  rules: RuleSelection,
  suppressions: Suppressions,
  readErrors: boolean,
  upgrade: string
) {
  const emptied = pathsEmptiedByUnsetVariables(doc, loaderFindings)
  const skip = emptied.size ? new Set([...doc.placeholderPaths, ...emptied]) : doc.placeholderPaths
  const options = { skipValueChecksAt: skip }
  let schema: JsonSchema | null = null
  const ctx = {
    doc,
    upgrade,
    target,
    releases,
    schema: () => (schema ??= schemaForRelease(target.version))
  }
  const folded = new Set<Finding>()
  const evaluated = evaluateWithCompatible(doc.data, target.version, options)
  const schemaFindings = schemaErrorsToFindings(evaluated.errors, ctx, folded)
  const findings = dropCascades(schemaFindings, runRules(doc, target.version, rules), emptied, folded)
  suppressions.apply(findings)
  const ranges = evaluated.compatible
  const compatible = toCompatibleRange(ranges, releases)
  // An error from reading the file (a duplicate key, an unset variable) is one no release fixes. A rules error
  // silenced by an ignore comment does not hold the minimum up (at the target or at other releases).
  const errorsAt = (version: string): Finding[] =>
    version === target.version
      ? findings.filter((f) => f.ruleId.startsWith('rules/') && f.severity === 'error' && !f.suppressed)
      : runRules(doc, version, rules).filter((f) => f.severity === 'error' && !suppressions.covers(f))
  // An error that names no release fixing it may still go away later. When the file passes at the target, the
  // search walks release by release up to it (exact); otherwise it moves to where the rule's check next changes in
  // eksctl's source (a lower bound: the check may also change where its messages do not).
  const passesAtTarget = !evaluated.errors.length && !findings.some((f) => f.severity === 'error' && !f.suppressed)
  const errorsWithFix = (version: string): { since?: string | null }[] =>
    errorsAt(version).map((f) => ({
      since: f.since ?? (passesAtTarget ? null : nextRuleChange(f.ruleId, version))
    }))
  const minEksctlVersion = readErrors
    ? null
    : minimumWithChecks(ranges, releases, errorsWithFix, passesAtTarget ? target.version : undefined)
  const maxEksctlVersion = maximumWithChecks(ranges, releases, minEksctlVersion, errorsAt)
  return { findings, compatible, minEksctlVersion, maxEksctlVersion }
}

/**
 * The Karpenter version the cluster is prepared for (`--karpenter-version`, input `karpenter-version`): `1.0.11`,
 * `v1.0.11`, `0.37`. Karpenter installed with Helm, as its guide does, has no `karpenter.version` in the file.
 */
export function parseKarpenterVersion(raw: string | undefined): string | undefined {
  const value = raw?.trim()
  if (!value) return undefined
  if (!/^v?\d+\.\d+(?:\.\d+)?(?:-[0-9A-Za-z.-]+)?$/.test(value))
    throw new InputError(
      `karpenter-version "${value}" is not a Karpenter version: write it as its Helm chart does, e.g. 1.0.11 or v0.37.0`
    )
  return value.replace(/^v/, '')
}

export async function validateFiles(options: ValidateOptions): Promise<ValidationReport> {
  // Rule names are checked before anything runs: an unknown one is an input error (exit code 2).
  const disable = options.rules?.disable ?? []
  const karpenterVersion = parseKarpenterVersion(options.rules?.karpenterVersion)
  const rules: RuleSelection = {
    ...options.rules,
    // Naming the Karpenter version asks for the Karpenter checks: the karpenter group is on (unless turned off).
    enable: [...(options.rules?.enable ?? []), ...(karpenterVersion ? ['karpenter'] : [])],
    disable: disable.filter((d) => !isEngineName(d)),
    ...(karpenterVersion ? { karpenterVersion } : {})
  }
  const words = options.words ?? ACTION_WORDS
  selectRules(rules, { enable: words.setting('rules'), disable: words.setting('ignore-rules') })
  const engineDisable = disable.filter(isEngineName)
  const target = await resolveTarget(options.eksctlVersion ?? 'installed', options.installed, options.env, words)
  const releases = listReleases()
  const loaded = eachConfig({
    patterns: options.patterns,
    workspace: options.workspace,
    cwd: options.cwd,
    scope: options.scope,
    envsubst: options.envsubst ?? false,
    env: options.env ?? {},
    readStdin: options.readStdin
  })
  // Each file is validated as soon as it is loaded, and only its report is kept (not its parsed document).
  const files: FileReport[] = []
  const secretValues = new Set<string>()
  for await (const file of loaded) files.push(validateLoaded(file))
  function validateLoaded(file: LoadedFile): FileReport {
    const findings = [...file.findings]
    // The text holds the ignore comments (and the excerpts of the reports). A file that could not be parsed is read
    // again only when it has findings: its text is what they point into.
    const source = file.document?.text ?? (findings.length ? readSourceForExcerpt(file, options.workspace) : undefined)
    const suppressions = new Suppressions(source, SUPPRESSION_NAMES)
    let compatible = null
    let minEksctlVersion = null
    let maxEksctlVersion = null
    if (file.kind === 'ClusterConfig' && file.document) {
      const readErrors = file.findings.some(
        (f) => f.severity === 'error' && selected(f.ruleId, engineDisable) && !suppressions.covers(f)
      )
      const result = validateDocument(
        file.document,
        file.findings,
        target.release,
        releases,
        rules,
        suppressions,
        readErrors,
        words.upgrade
      )
      findings.push(...result.findings)
      compatible = result.compatible
      minEksctlVersion = result.minEksctlVersion
      maxEksctlVersion = result.maxEksctlVersion
    }
    // Inline suppression, in one place for every finding of the file: loader, YAML, schema and rules. The error that
    // kept a ClusterConfig from being read or parsed is not silenced: the file was not validated, so it is not valid.
    const unread = file.kind === 'ClusterConfig' && !file.document
    suppressions.apply(unread ? findings.filter((f) => f.severity !== 'error') : findings)
    findings.push(...suppressions.commentFindings(file.path))
    const kept = findings.filter((f) => selected(f.ruleId, engineDisable)).sort(byPosition)
    // With envsubst a message shows the placeholder as written, never the value it expanded to.
    if (file.conceal) for (const f of kept) f.message = file.conceal(f.message)
    for (const value of file.secretValues ?? []) secretValues.add(value)
    const report: FileReport = {
      path: file.path,
      kind: file.kind,
      valid: !kept.some((f) => f.severity === 'error' && !f.suppressed),
      compatible,
      minEksctlVersion,
      maxEksctlVersion,
      findings: kept
    }
    if (source !== undefined && (file.document || kept.length)) report.source = source
    if (file.variables && (file.variables.unset.length || file.variables.refused.length)) {
      report.variables = file.variables
    }
    return report
  }
  const messages = [...target.messages]
  const anyError = files.some((f) => f.findings.some((x) => x.severity === 'error' && !x.suppressed))
  if (!files.some((f) => f.kind === 'ClusterConfig') && !anyError) {
    messages.push({
      severity: options.noClusterConfig ?? 'error',
      message:
        (files.length === 1
          ? 'The file matched is not an eksctl ClusterConfig'
          : `None of the ${files.length} files matched is an eksctl ClusterConfig`) +
        ' (apiVersion: eksctl.io/v1alpha5, kind: ClusterConfig): nothing was validated.'
    })
  }
  return {
    eksctlVersion: target.release.version,
    eksctlVersionSource: target.source,
    eksctlVersionRequested: target.requested,
    approximated: target.approximated,
    messages,
    files,
    minEksctlVersion: overallMinimum(files),
    maxEksctlVersion: overallMaximum(files),
    summary: summarize(files, messages),
    secretValues: [...secretValues]
  }
}
