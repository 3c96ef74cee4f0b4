// Compiler-style text: `path:line:col: error[rule-id]: message`, a source excerpt with a caret, a verdict per
// file and a count line. What the CLI prints by default.
import type { Finding } from './finding.js'
import type { FileReport, ValidationReport } from './model.js'
import { countLine, describeMinimum, describeNeeds, describeTarget } from './describe.js'

const MAX_EXCERPT_WIDTH = 160

/** The last source split into lines: a file's findings are rendered one after the other (linear, not N × size). */
let split: { source: string; lines: string[] } | null = null
function linesOf(source: string): string[] {
  if (split?.source !== source) split = { source, lines: source.split(/\r?\n/) }
  return split.lines
}

/** The source line of a finding with a caret line under the reported columns; '' when there is no source. */
export function excerpt(source: string | undefined, finding: Finding): string {
  if (source === undefined || finding.line < 1) return ''
  const lines = linesOf(source)
  const text = lines[finding.line - 1]
  if (text === undefined) return ''
  const shown = text.length > MAX_EXCERPT_WIDTH ? text.slice(0, MAX_EXCERPT_WIDTH) + '…' : text
  const start = Math.max(1, Math.min(finding.column, shown.length + 1))
  const end =
    finding.endLine === finding.line
      ? Math.max(start + 1, Math.min(finding.endColumn, shown.length + 1))
      : shown.length + 1
  const gutter = String(finding.line)
  const pad = ' '.repeat(gutter.length)
  // Keep tabs so the caret lines up under tab-indented text.
  const lead = shown.slice(0, start - 1).replace(/[^\t]/g, ' ')
  const caret = '^'.repeat(Math.max(1, end - start))
  return ` ${gutter} | ${sanitize(shown)}\n ${pad} | ${lead}${caret}\n`
}

/** Control characters from a binary file must not reach the terminal. */
function sanitize(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '�')
}

export function formatFinding(file: FileReport, finding: Finding): string {
  const head = `${finding.file}:${finding.line}:${finding.column}: ${finding.severity}[${finding.ruleId}]: ${finding.message}\n`
  return head + excerpt(file.source, finding)
}

function verdict(file: FileReport, target: string): string {
  if (file.kind === 'skipped') return `${file.path}: skipped (not an eksctl ClusterConfig)`
  if (file.compatible === null)
    return `${file.path}: not validated (not readable as an eksctl ClusterConfig: see the errors above)`
  const state = file.valid ? `valid for ${target}` : `invalid for ${target}`
  return `${file.path}: ${state}; ${describeNeeds(file)}`
}

export function renderText(report: ValidationReport): string {
  const out: string[] = []
  for (const message of report.messages) out.push(`eksctl-preflight: ${message.severity}: ${message.message}\n`)
  for (const file of report.files) {
    for (const finding of file.findings) if (!finding.suppressed) out.push(formatFinding(file, finding))
  }
  if (out.length) out.push('\n')
  const target = `eksctl ${report.eksctlVersion}`
  for (const file of report.files) out.push(verdict(file, target) + '\n')
  out.push(`${countLine(report)}; validated against ${describeTarget(report)}`)
  const minimum = describeMinimum(report)
  if (minimum) out.push(`; ${minimum}`)
  out.push('\n')
  return out.join('')
}
