// Wording shared by the human-readable reports (text, Markdown summary, annotations).
import type { CompatibleRange, FileReport, ValidationReport } from './model.js'

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

/** `needs eksctl ≥ 0.120.0 (schema: eksctl ≥ 0.112.0)`: the file's minimum, and the schema's range when it differs. */
export function describeNeeds(file: FileReport): string {
  const schema = describeCompatible(file.compatible)
  if (file.compatible === null) return 'not checked against the schema'
  if (file.minEksctlVersion === null) return `accepted by no known eksctl release (schema: ${schema})`
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

export function countLine(report: ValidationReport): string {
  const s = report.summary
  const parts = [plural(s.errors, 'error'), plural(s.warnings, 'warning'), plural(s.notices, 'notice')]
  const suppressed = s.suppressed ? `, ${s.suppressed} suppressed` : ''
  return `${parts.join(', ')}${suppressed} in ${plural(s.clusterConfigs, 'ClusterConfig file')}`
}
