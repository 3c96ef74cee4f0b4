// The JSON report: a documented contract (README "JSON report", schemas-report/validation-report.schema.json).
// Fields are only ever added, never renamed or removed.
import type { Finding } from './finding.js'
import type { ValidationReport } from './model.js'

export interface JsonFinding {
  ruleId: string
  severity: Finding['severity']
  message: string
  instancePath: string
  line: number
  column: number
  endLine: number
  endColumn: number
  since?: string | null
  until?: string | null
  suppressed?: true
}

export function jsonFinding(finding: Finding): JsonFinding {
  const out: JsonFinding = {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    instancePath: finding.instancePath,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn
  }
  if (finding.since != null || finding.until != null) {
    out.since = finding.since ?? null
    out.until = finding.until ?? null
  }
  if (finding.suppressed) out.suppressed = true
  return out
}

export function toJsonReport(report: ValidationReport): unknown {
  return {
    eksctlVersion: report.eksctlVersion,
    eksctlVersionSource: report.eksctlVersionSource,
    eksctlVersionRequested: report.eksctlVersionRequested,
    approximated: report.approximated,
    minEksctlVersion: report.minEksctlVersion,
    maxEksctlVersion: report.maxEksctlVersion,
    messages: report.messages.map((m) => ({ severity: m.severity, message: m.message })),
    files: report.files.map((file) => ({
      path: file.path,
      kind: file.kind,
      valid: file.valid,
      compatible: file.compatible
        ? { min: file.compatible.min, max: file.compatible.max, gaps: file.compatible.gaps.map((g) => ({ ...g })) }
        : null,
      minEksctlVersion: file.minEksctlVersion,
      maxEksctlVersion: file.maxEksctlVersion,
      findings: file.findings.map(jsonFinding)
    })),
    summary: { ...report.summary }
  }
}

export function renderJson(report: ValidationReport): string {
  return JSON.stringify(toJsonReport(report), null, 2) + '\n'
}
