// What one validation run found: the model every report format (text, JSON, SARIF, GitHub, Markdown) renders.
import { severityRank, type Finding, type Severity } from './finding.js'

/** Where the target release came from: `eksctl version` on PATH (or install-eksctl), a flag/input, or `latest`. */
export type VersionSource = 'installed' | 'flag' | 'latest'

/** A run of rejected releases inside a file's compatible range (`from`…`to`, both inclusive). */
export interface ReleaseGap {
  from: string
  to: string
}

/** The releases whose (corrected) schema accepts a file: `max: null` = still accepted by the newest known. */
export interface CompatibleRange {
  /** First release that accepts the file; null when no known release does. */
  min: string | null
  /** Last release that accepts it; null when the newest known release accepts it (or none does). */
  max: string | null
  /** Releases between min and max that reject the file. */
  gaps: ReleaseGap[]
}

export interface FileReport {
  path: string
  kind: 'ClusterConfig' | 'skipped'
  /** No (unsuppressed) error finding in this file. */
  valid: boolean
  /** The releases whose schema accepts the file; null for skipped files and files that could not be parsed. */
  compatible: CompatibleRange | null
  /**
   * The lowest release that accepts the file, schema and eksctl's release-aware code checks (rules) together:
   * `compatible.min`, or later when a check needs a later release (Kubernetes 1.24 needs eksctl 0.120.0).
   * null when no known release does, or the file was skipped or could not be parsed.
   */
  minEksctlVersion: string | null
  /**
   * The highest release that accepts the file, schema and checks together: the other end of the window that starts
   * at minEksctlVersion (Kubernetes 1.24 is accepted by 0.120.0 … 0.201.0). null when the newest known release
   * accepts it (the window is open), or when no release does (minEksctlVersion is null then too).
   */
  maxEksctlVersion: string | null
  /** Sorted by position. */
  findings: Finding[]
  /** Source text for excerpts (not serialized); absent when unreadable (binary, too large…). */
  source?: string
  /**
   * With envsubst, the variables left empty: not set, or refused (runner/credential variables). A file with one is
   * not decided (its minimum is null for that reason, not because no release accepts it). Not serialized: the
   * findings `config/unset-variable` and `config/refused-variable` carry them.
   */
  variables?: { unset: string[]; refused: string[] }
}

/** A message about the run rather than a file (an approximated release, nothing was a ClusterConfig). */
export interface RunMessage {
  severity: Severity
  message: string
}

export interface ReportSummary {
  /** Files in the report: ClusterConfigs, skipped files, and files that could not be read or parsed. */
  files: number
  /** Files read and parsed as ClusterConfigs, and so validated (see isValidatedClusterConfig). */
  clusterConfigs: number
  errors: number
  warnings: number
  notices: number
  /** Findings silenced by an inline `# eksctl-preflight-ignore` comment (not in the counts above). */
  suppressed: number
}

export interface ValidationReport {
  /** The release validated against (a known release). */
  eksctlVersion: string
  eksctlVersionSource: VersionSource
  /** What was asked for (`installed` resolves to the detected version, e.g. `0.150.0-dev`). */
  eksctlVersionRequested: string
  /** true when the requested version is not itself a known release and the nearest one was used. */
  approximated: boolean
  messages: RunMessage[]
  files: FileReport[]
  /**
   * Highest per-file minEksctlVersion over the validated ClusterConfigs; null when no known release accepts every
   * file (see filesNoReleaseAccepts), or no ClusterConfig was validated.
   */
  minEksctlVersion: string | null
  /**
   * Lowest per-file maxEksctlVersion: the newest release that accepts every file. null when the newest known
   * release accepts every validated file, or minEksctlVersion is null. Below minEksctlVersion when no single release
   * accepts every file (one needs a newer eksctl, another an older one).
   */
  maxEksctlVersion: string | null
  summary: ReportSummary
  /**
   * With envsubst: expanded values that look secret. Never serialized or printed: the action masks each one
   * (`::add-mask::`) before it prints anything, in case a value reaches the log some other way.
   */
  secretValues?: string[]
}

export type FailOn = Severity | 'never'

/** Findings that count (suppressed ones are reported but never counted). */
export function countedFindings(report: ValidationReport): Finding[] {
  return report.files.flatMap((f) => f.findings.filter((x) => !x.suppressed))
}

/** Whether the run fails: some counted finding or run message at or above `failOn`. */
export function failsOn(report: ValidationReport, failOn: FailOn): boolean {
  if (failOn === 'never') return false
  const min = severityRank[failOn]
  return (
    countedFindings(report).some((f) => severityRank[f.severity] >= min) ||
    report.messages.some((m) => severityRank[m.severity] >= min)
  )
}

/**
 * Read and parsed as a ClusterConfig, and so validated against the schema. A file that could not be read or parsed
 * (binary, not UTF-8, a YAML syntax error, an alias bomb, an old apiVersion) has kind ClusterConfig when it was meant
 * to be one, but was not validated: its `compatible` is null.
 */
export function isValidatedClusterConfig(file: FileReport): boolean {
  return file.kind === 'ClusterConfig' && file.compatible !== null
}

/**
 * The files no known eksctl release accepts as they stand: validated ClusterConfigs without a minimum (the schema
 * or eksctl's checks reject them in every release), and files with errors that could not be validated.
 */
export function filesNoReleaseAccepts(files: readonly FileReport[]): FileReport[] {
  return files.filter((f) => (isValidatedClusterConfig(f) ? f.minEksctlVersion === null : !f.valid))
}

export function summarize(files: FileReport[], messages: RunMessage[]): ReportSummary {
  const summary: ReportSummary = {
    files: files.length,
    clusterConfigs: files.filter(isValidatedClusterConfig).length,
    errors: 0,
    warnings: 0,
    notices: 0,
    suppressed: 0
  }
  const add = (severity: Severity): void => {
    if (severity === 'error') summary.errors++
    else if (severity === 'warning') summary.warnings++
    else summary.notices++
  }
  for (const file of files) {
    for (const finding of file.findings) {
      if (finding.suppressed) summary.suppressed++
      else add(finding.severity)
    }
  }
  for (const message of messages) add(message.severity)
  return summary
}
