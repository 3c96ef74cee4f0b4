// Compiler-style text: `path:line:col: error[rule-id]: message`, a source excerpt with a caret, a verdict per
// file and a count line. What the CLI prints by default.
import type { Finding, Severity } from './finding.js'
import type { FailOn, FileReport, ValidationReport } from './model.js'
import { countLine, describeMinimum, describeNeeds, describeTarget, notValidatedReason } from './describe.js'
import { blockSafe, COLOURS, NO_COLOURS, inlineSafe, type Palette } from './terminal.js'

const MAX_EXCERPT_WIDTH = 160

/** The last source split into lines: a file's findings are rendered one after the other (linear, not N × size). */
let split: { source: string; lines: string[] } | null = null
function linesOf(source: string): string[] {
  if (split?.source !== source) split = { source, lines: source.split(/\r?\n/) }
  return split.lines
}

export interface TextOptions {
  /** Colour severities, positions and verdicts with ANSI SGR sequences (the CLI decides: a terminal, no NO_COLOR). */
  colour?: boolean
  /** Only the findings at or above `failOn` (default: errors), nothing else: no verdicts, no count line. */
  quiet?: boolean
  failOn?: FailOn
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 }

function severityColour(p: Palette, severity: Severity): (s: string) => string {
  return severity === 'error' ? (s) => p.bold(p.red(s)) : severity === 'warning' ? (s) => p.bold(p.yellow(s)) : p.cyan
}

/** The source line of a finding with a caret line under the reported columns; '' when there is no source. */
export function excerpt(source: string | undefined, finding: Finding, p: Palette = NO_COLOURS): string {
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
  return ` ${p.dim(gutter)} | ${sanitize(shown)}\n ${pad} | ${lead}${severityColour(p, finding.severity)(caret)}\n`
}

/** Control characters of the source line become one `�` each, so the caret stays under its column. */
function sanitize(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '�')
}

/** `path:line:col: severity[rule-id]: message` and the excerpt; every value from the config made inline-safe. */
export function formatFinding(file: FileReport, finding: Finding, p: Palette = NO_COLOURS): string {
  const where = p.bold(`${inlineSafe(finding.file)}:${finding.line}:${finding.column}:`)
  const head = `${where} ${severityColour(p, finding.severity)(finding.severity)}[${inlineSafe(finding.ruleId)}]: ${blockSafe(finding.message)}\n`
  return head + excerpt(file.source, finding, p)
}

function verdict(file: FileReport, target: string, p: Palette): string {
  const path = inlineSafe(file.path)
  if (file.kind === 'skipped') return `${path}: skipped (not an eksctl ClusterConfig)`
  if (file.compatible === null) return `${path}: ${p.red('not validated')}: ${notValidatedReason(file)} (see above)`
  const state = file.valid ? p.green(`valid for ${target}`) : p.red(`invalid for ${target}`)
  return `${path}: ${state}; ${describeNeeds(file)}`
}

export function renderText(report: ValidationReport, options: TextOptions = {}): string {
  const p = options.colour ? COLOURS : NO_COLOURS
  const floor = options.failOn === 'warning' ? RANK.warning : options.failOn === 'notice' ? RANK.notice : RANK.error
  const shown = (severity: Severity): boolean => !options.quiet || RANK[severity] >= floor
  const out: string[] = []
  for (const message of report.messages)
    if (shown(message.severity))
      out.push(
        `eksctl-preflight: ${severityColour(p, message.severity)(message.severity)}: ${blockSafe(message.message)}\n`
      )
  for (const file of report.files) {
    for (const finding of file.findings)
      if (!finding.suppressed && shown(finding.severity)) out.push(formatFinding(file, finding, p))
  }
  if (options.quiet) return out.join('')
  if (out.length) out.push('\n')
  const target = `eksctl ${report.eksctlVersion}`
  for (const file of report.files) out.push(verdict(file, target, p) + '\n')
  let last = `${countLine(report)}; validated against ${describeTarget(report)}`
  const minimum = describeMinimum(report, { path: inlineSafe })
  if (minimum) last += `; ${minimum}`
  out.push(p.bold(last) + '\n')
  return out.join('')
}
