// GitHub annotations: which findings become annotations (GitHub shows 10 errors, 10 warnings and 10 notices per
// step, so errors go first and the rest are counted in one closing notice), and the `::error …::` workflow
// command text for the CLI's `--format github` (the action passes the same annotations to @actions/core).
import type { Severity } from './finding.js'
import type { ValidationReport } from './model.js'
import { plural } from './describe.js'

export interface Annotation {
  severity: Severity
  message: string
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  /** Only when startLine === endLine (GitHub ignores columns on multi-line annotations). */
  startColumn?: number
  endColumn?: number
}

export const ANNOTATION_LIMIT = 10

export interface AnnotationPlan {
  annotations: Annotation[]
  /** Findings and messages not annotated, by severity. */
  omitted: Record<Severity, number>
}

const order: Severity[] = ['error', 'warning', 'notice']

export function planAnnotations(report: ValidationReport, limit = ANNOTATION_LIMIT): AnnotationPlan {
  const candidates: Annotation[] = []
  for (const m of report.messages)
    candidates.push({ severity: m.severity, message: m.message, title: 'eksctl-preflight' })
  for (const file of report.files) {
    for (const f of file.findings) {
      if (f.suppressed) continue
      const a: Annotation = { severity: f.severity, message: f.message, title: `eksctl-preflight [${f.ruleId}]` }
      // stdin has no file to point at: the message then carries the position.
      if (f.file === '-') a.message = `-:${f.line}:${f.column}: ${f.message}`
      else {
        a.file = f.file
        a.startLine = f.line
        a.endLine = f.endLine
        if (f.line === f.endLine) {
          a.startColumn = f.column
          a.endColumn = f.endColumn
        }
      }
      candidates.push(a)
    }
  }
  const omitted: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  const annotations: Annotation[] = []
  for (const severity of order) {
    const all = candidates.filter((a) => a.severity === severity)
    annotations.push(...all.slice(0, limit))
    omitted[severity] = Math.max(0, all.length - limit)
  }
  const more = omitted.error + omitted.warning + omitted.notice
  if (more > 0) {
    // The closing "N more" notice needs a notice slot: it replaces the last notice when they are all used.
    const notices = annotations.filter((a) => a.severity === 'notice')
    if (notices.length >= limit) {
      annotations.splice(annotations.lastIndexOf(notices[notices.length - 1]!), 1)
      omitted.notice++
    }
    annotations.push({ severity: 'notice', title: 'eksctl-preflight', message: overflowMessage(omitted) })
  }
  return { annotations, omitted }
}

export function overflowMessage(omitted: Record<Severity, number>): string {
  const parts = order.filter((s) => omitted[s] > 0).map((s) => plural(omitted[s], s))
  const total = omitted.error + omitted.warning + omitted.notice
  return (
    `${plural(total, 'more finding')} (${parts.join(', ')}) not annotated: GitHub shows ${ANNOTATION_LIMIT} ` +
    'errors, warnings and notices per step. All findings are in the job summary and the JSON report.'
  )
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** The workflow command, with properties in the order @actions/core writes them. */
export function workflowCommand(a: Annotation): string {
  const props: [string, string | number | undefined][] = [
    ['title', a.title],
    ['file', a.file],
    ['line', a.startLine],
    ['endLine', a.endLine],
    ['col', a.startColumn],
    ['endColumn', a.endColumn]
  ]
  const text = props
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',')
  return `::${a.severity}${text ? ' ' + text : ''}::${escapeData(a.message)}`
}

export function renderGithub(report: ValidationReport): string {
  return planAnnotations(report)
    .annotations.map((a) => workflowCommand(a) + '\n')
    .join('')
}
