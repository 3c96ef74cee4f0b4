// The unit every check produces and every report prints. Positions are 1-based; endColumn is exclusive
// (the column just after the last character), as GitHub annotations and SARIF regions expect.

export type Severity = 'error' | 'warning' | 'notice'

export interface SourceRange {
  line: number
  column: number
  endLine: number
  endColumn: number
}

export interface Finding extends SourceRange {
  /** Stable id, e.g. `schema/unknown-field`, `yaml/duplicate-key`, `rules/nodegroup-name-unique`. */
  ruleId: string
  severity: Severity
  message: string
  /** JSON pointer of the value in the config (`/managedNodeGroups/0/name`); '' for the whole file. */
  instancePath: string
  /** Path as shown to the user: relative to the workspace, `/` separators; `-` for stdin. */
  file: string
  /** First release that accepts this (when a release range explains the finding). */
  since?: string | null
  /** First release that no longer accepts this (a removed field or value). */
  until?: string | null
  /** Set by an inline `# eksctl-preflight-ignore <rule-id>` comment: reported, never counted. */
  suppressed?: boolean
}

export const severityRank: Record<Severity, number> = { notice: 0, warning: 1, error: 2 }
