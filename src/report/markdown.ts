// The job summary (GitHub-flavoured Markdown): the verdict, per file its verdict and compatible range, and every
// finding in a table (annotations are capped by GitHub; the summary is where all of them are, up to its caps).
// Every string from the files (paths, messages quoting config text) is escaped for its place by markdown-escape.ts,
// and the summary stays under GitHub's 1 MiB per step: rows and cells are capped, and what is left out is counted.
import type { Finding } from './finding.js'
import type { ValidationReport } from './model.js'
import { countLine, describeCompatible, describeMinimum, describeTarget, describeWindow } from './describe.js'
import { mdCode, mdMessage } from './markdown-escape.js'

/** Finding rows beyond this are counted, not listed. */
export const SUMMARY_ROW_LIMIT = 1000
/** File rows (the per-file table) beyond this are counted, not listed. */
export const SUMMARY_FILE_LIMIT = 1000
/** Longest message a finding row shows (longer ones are cut with `…`; the JSON report has them whole). */
export const SUMMARY_CELL_CHARS = 1000
/**
 * The summary's size budget in bytes. GitHub drops a step summary over 1 MiB (1,048,576 bytes); this leaves room
 * for the closing note that counts what was left out.
 */
export const SUMMARY_MAX_BYTES = 1_000_000

const icon = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const

/** Code in a table cell (a path, a rule id). */
const code = (text: string): string => mdCode(text, { inTable: true, max: 300 })

/** Chunks added while they fit the byte budget; what did not fit is counted by the caller. */
class Budget {
  private readonly parts: string[] = []
  private bytes = 0
  constructor(private readonly limit: number) {}
  /** Adds the chunk when it fits; false (and nothing added) when it does not. */
  add(chunk: string): boolean {
    const size = Buffer.byteLength(chunk, 'utf8')
    if (this.bytes + size > this.limit) return false
    this.parts.push(chunk)
    this.bytes += size
    return true
  }
  text(): string {
    return this.parts.join('')
  }
}

export function renderMarkdown(report: ValidationReport, maxBytes = SUMMARY_MAX_BYTES): string {
  const s = report.summary
  const ok = s.errors === 0
  // The closing note is at most a few hundred bytes: the budget keeps room for it.
  const out = new Budget(maxBytes - 2048)
  const head: string[] = []
  head.push(`## eksctl-preflight validate: ${ok ? '✅' : '❌'} ${countLine(report)}\n\n`)
  head.push(`Validated against ${describeTarget(report)}`)
  if (report.eksctlVersionRequested !== report.eksctlVersion)
    head.push(` (requested ${mdCode(report.eksctlVersionRequested, { max: 100 })})`)
  head.push('.')
  const minimum = describeMinimum(report, {
    path: (p) => mdCode(p, { max: 300 }),
    version: (v) => `**${v}**`
  })
  if (minimum) head.push(` ${minimum[0]!.toUpperCase()}${minimum.slice(1)}.`)
  head.push('\n\n')
  out.add(head.join(''))
  let messagesLeft = 0
  for (const m of report.messages) {
    if (!out.add(`> ${icon[m.severity]} ${mdMessage(m.message, { max: SUMMARY_CELL_CHARS })}\n\n`)) messagesLeft++
  }

  let filesLeft = 0
  if (report.files.length) {
    out.add(
      '| File | Verdict | Compatible | Schema accepts | Errors | Warnings | Notices |\n|---|---|---|---|---:|---:|---:|\n'
    )
    for (const [i, file] of report.files.entries()) {
      if (i >= SUMMARY_FILE_LIMIT) {
        filesLeft = report.files.length - i
        break
      }
      const counted = file.findings.filter((f) => !f.suppressed)
      const n = (sev: Finding['severity']): number => counted.filter((f) => f.severity === sev).length
      const verdict =
        file.kind === 'skipped'
          ? '➖ skipped'
          : file.compatible === null
            ? '❌ not validated'
            : file.valid
              ? '✅ valid'
              : '❌ invalid'
      const range = file.compatible ? mdMessage(describeCompatible(file.compatible), { inTable: true }) : ''
      const needs =
        describeWindow(file) ??
        (file.variables && file.compatible ? 'variables not set' : file.compatible ? 'no known release' : '')
      const row = `| ${code(file.path)} | ${verdict} | ${needs} | ${range} | ${n('error')} | ${n('warning')} | ${n('notice')} |\n`
      if (!out.add(row)) {
        filesLeft = report.files.length - i
        break
      }
    }
    out.add('\n')
  }

  let rows = 0
  let unlisted = 0
  for (const file of report.files) {
    if (!file.findings.length) continue
    if (rows >= SUMMARY_ROW_LIMIT || !out.add(`### ${code(file.path)}\n\n`)) {
      unlisted += file.findings.length
      continue
    }
    out.add('| Position | Severity | Rule | Message |\n|---|---|---|---|\n')
    for (const f of file.findings) {
      const sev = `${icon[f.severity]} ${f.severity}${f.suppressed ? ' (suppressed)' : ''}`
      const row = `| ${f.line}:${f.column} | ${sev} | ${code(f.ruleId)} | ${mdMessage(f.message, { inTable: true, max: SUMMARY_CELL_CHARS })} |\n`
      if (rows >= SUMMARY_ROW_LIMIT || !out.add(row)) {
        unlisted++
        continue
      }
      rows++
    }
    out.add('\n')
  }

  const left: string[] = []
  if (filesLeft) left.push(`${filesLeft} more file${filesLeft === 1 ? '' : 's'} in the file table`)
  if (unlisted) left.push(`${unlisted} more finding${unlisted === 1 ? '' : 's'}`)
  if (messagesLeft) left.push(`${messagesLeft} more run message${messagesLeft === 1 ? '' : 's'}`)
  let text = out.text()
  if (left.length) {
    text +=
      `**Not listed here:** ${left.join(', ')}. The summary shows at most ${SUMMARY_FILE_LIMIT} files and ` +
      `${SUMMARY_ROW_LIMIT} findings, messages cut at ${SUMMARY_CELL_CHARS} characters, and stays under GitHub's ` +
      '1 MiB limit; the JSON report (output `report-file`) has all of them.\n'
  } else if (report.files.some((f) => f.findings.some((x) => x.message.length > SUMMARY_CELL_CHARS))) {
    text += `Messages longer than ${SUMMARY_CELL_CHARS} characters are cut (…); the JSON report has them whole.\n`
  }
  return text
}
