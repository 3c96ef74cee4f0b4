// SARIF 2.1.0 for github/codeql-action/upload-sarif: one run, rules with help, results with regions.
import type { Finding, Severity } from './finding.js'
import type { ValidationReport } from './model.js'
import { ruleInfo } from './rule-catalog.js'
import { TOOL_NAME, TOOL_URI, TOOL_VERSION } from './tool.js'

const level: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' }

/** A workspace-relative path as a URI reference (segments percent-encoded). */
function uriOf(path: string): string {
  if (path === '-') return 'stdin'
  return path.split('/').map(encodeURIComponent).join('/')
}

export function toSarif(report: ValidationReport): Record<string, unknown> {
  const findings: Finding[] = report.files.flatMap((f) => f.findings)
  const ruleIds = [...new Set(findings.map((f) => f.ruleId))].sort()
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]))
  const rules = ruleIds.map((id) => {
    const info = ruleInfo(id)
    const severity = findings.find((f) => f.ruleId === id)?.severity ?? 'error'
    return {
      id,
      name: id.replace(/[^a-zA-Z0-9]+(.)/g, (_m, c: string) => c.toUpperCase()),
      shortDescription: { text: info.summary },
      help: { text: info.help, markdown: info.help },
      helpUri: `${TOOL_URI}#validate`,
      defaultConfiguration: { level: level[severity] },
      properties: { tags: ['eksctl', 'ClusterConfig'] }
    }
  })
  const results = findings.map((f) => {
    const properties: Record<string, unknown> = { instancePath: f.instancePath }
    if (f.since != null || f.until != null) {
      properties.since = f.since ?? null
      properties.until = f.until ?? null
    }
    const result: Record<string, unknown> = {
      ruleId: f.ruleId,
      ruleIndex: ruleIndex.get(f.ruleId),
      level: level[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uriOf(f.file), uriBaseId: '%SRCROOT%' },
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }
          }
        }
      ],
      properties
    }
    if (f.suppressed) result.suppressions = [{ kind: 'inSource' }]
    return result
  })
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: TOOL_VERSION,
            semanticVersion: TOOL_VERSION,
            informationUri: TOOL_URI,
            rules
          }
        },
        automationDetails: { id: `${TOOL_NAME}/validate/` },
        // Messages about the run (an approximated release, no ClusterConfig found) have no location.
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: report.messages.map((m) => ({
              level: level[m.severity],
              message: { text: m.message }
            }))
          }
        ],
        columnKind: 'utf16CodeUnits',
        results,
        properties: {
          eksctlVersion: report.eksctlVersion,
          eksctlVersionSource: report.eksctlVersionSource,
          minEksctlVersion: report.minEksctlVersion
        }
      }
    ]
  }
}

export function renderSarif(report: ValidationReport): string {
  return JSON.stringify(toSarif(report), null, 2) + '\n'
}
