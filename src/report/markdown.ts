// The job summary (GitHub-flavoured Markdown): the verdict, per file its verdict and compatible range, and every
// finding in a table (annotations are capped by GitHub; the summary is where all of them are).
import type { Finding } from './finding.js'
import type { ValidationReport } from './model.js'
import { countLine, describeCompatible, describeMinimum, describeTarget, describeWindow } from './describe.js'

/** Rows beyond this are counted, not listed: a job summary may hold 1 MiB per step. */
export const SUMMARY_ROW_LIMIT = 1000

function cell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>')
}

function code(text: string): string {
  return `<code>${cell(text)}</code>`
}

const icon = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const

export function renderMarkdown(report: ValidationReport): string {
  const s = report.summary
  const ok = s.errors === 0
  const out: string[] = []
  out.push(`## eksctl-preflight validate: ${ok ? '✅' : '❌'} ${countLine(report)}\n\n`)
  out.push(`Validated against ${describeTarget(report)}`)
  if (report.eksctlVersionRequested !== report.eksctlVersion)
    out.push(` (requested ${code(report.eksctlVersionRequested)})`)
  out.push('.')
  const minimum = describeMinimum(report, { path: code, version: (v) => `**${v}**` })
  if (minimum) out.push(` ${minimum[0]!.toUpperCase()}${minimum.slice(1)}.`)
  out.push('\n\n')
  for (const m of report.messages) out.push(`> ${icon[m.severity]} ${cell(m.message)}\n\n`)
  if (report.files.length) {
    out.push(
      '| File | Verdict | Compatible | Schema accepts | Errors | Warnings | Notices |\n|---|---|---|---|---:|---:|---:|\n'
    )
    for (const file of report.files) {
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
      const range = file.compatible ? cell(describeCompatible(file.compatible)) : ''
      const needs = describeWindow(file) ?? (file.compatible ? 'no known release' : '')
      out.push(
        `| ${code(file.path)} | ${verdict} | ${needs} | ${range} | ${n('error')} | ${n('warning')} | ${n('notice')} |\n`
      )
    }
    out.push('\n')
  }
  let rows = 0
  let unlisted = 0
  for (const file of report.files) {
    if (!file.findings.length) continue
    out.push(`### ${code(file.path)}\n\n| Position | Severity | Rule | Message |\n|---|---|---|---|\n`)
    for (const f of file.findings) {
      if (rows >= SUMMARY_ROW_LIMIT) {
        unlisted++
        continue
      }
      rows++
      const sev = `${icon[f.severity]} ${f.severity}${f.suppressed ? ' (suppressed)' : ''}`
      out.push(`| ${f.line}:${f.column} | ${sev} | ${code(f.ruleId)} | ${cell(f.message)} |\n`)
    }
    out.push('\n')
  }
  if (unlisted) out.push(`${unlisted} more findings are not listed here; the JSON report has all of them.\n`)
  return out.join('')
}
