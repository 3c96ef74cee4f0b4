// The upgrade report as text (terminal), JSON (schemas-report/upgrade-report.schema.json) and Markdown (job summary).
import { ANNOTATION_LIMIT, workflowCommand, type Annotation } from '../report/github.js'
import { jsonFinding } from '../report/json.js'
import { plural } from '../report/describe.js'
import { excerpt } from '../report/text.js'
import type { Finding } from '../report/finding.js'
import type { Changelog, FindingChange, UpgradeFileReport, UpgradeReport } from './model.js'

// ---------------------------------------------------------------------------------------------------------------
// wording shared by the formats

export function describeMove(report: UpgradeReport): string {
  const { from, to } = report
  const base = report.from.source === 'base' ? ' (pinned on the base branch)' : ''
  return `eksctl ${from.version}${base} → ${to.version}`
}

export function countLine(report: UpgradeReport): string {
  const s = report.summary
  if (report.changelog) return `changelog of eksctl ${report.from.version} → ${report.to.version}`
  const where =
    s.files === s.clusterConfigs
      ? plural(s.clusterConfigs, 'ClusterConfig file')
      : `${plural(s.files, 'file')} (${plural(s.clusterConfigs, 'ClusterConfig')} compared)`
  return (
    `${plural(s.breaks, 'break')}, ${s.fixed} fixed, ${plural(s.changed, 'other change')}, ` +
    `${plural(s.notices, 'notice')} in ${where}`
  )
}

const kindLabel: Record<FindingChange['kind'], string> = {
  breaks: 'breaks',
  fixed: 'fixed',
  changed: 'changed'
}

function stateText(state: FindingChange['from']): string {
  return state ? `${state.severity}: ${state.message}` : 'no finding'
}

function verdictAt(side: UpgradeFileReport['from']): string {
  if (!side) return 'not compared'
  return side.valid ? 'valid' : `invalid (${plural(side.errors, 'error')})`
}

// ---------------------------------------------------------------------------------------------------------------
// text

/** Control characters (from a file's text) must not reach the terminal. */
function sanitize(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u009b]/g, '�')
}

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((l) => (l ? by + l : l))
    .join('\n')
}

export function renderUpgradeText(report: UpgradeReport): string {
  const out: string[] = []
  for (const m of report.messages) out.push(`eksctl-preflight: ${m.severity}: ${sanitize(m.message)}\n`)
  if (report.changelog) {
    out.push(changelogText(report, report.changelog))
    return out.join('')
  }
  const A = `eksctl ${report.from.version}`
  const B = `eksctl ${report.to.version}`
  for (const file of report.files) {
    const path = sanitize(file.path)
    for (const f of file.findings)
      out.push(`${path}:${f.line}:${f.column}: ${f.severity}[${f.ruleId}]: ${sanitize(f.message)}\n`)
    for (const c of file.changes) {
      out.push(`${path}:${c.line}:${c.column}: ${kindLabel[c.kind]}[${c.ruleId}]: changed in eksctl ${c.changedIn}\n`)
      out.push(indent(`${A}: ${sanitize(stateText(c.from))}\n`, '    '))
      out.push(indent(`${B}: ${sanitize(stateText(c.to))}\n`, '    '))
      out.push(`    what to do: ${sanitize(c.action)}\n`)
      out.push(excerpt(file.source, asFinding(file, c)))
    }
    for (const n of file.notices) out.push(`${path}:${n.line}:${n.column}: notice: ${sanitize(n.message)}\n`)
  }
  if (report.files.length) out.push('\n')
  for (const file of report.files) {
    const path = sanitize(file.path)
    if (file.kind === 'skipped') out.push(`${path}: skipped (not an eksctl ClusterConfig)\n`)
    else if (!file.compared) out.push(`${path}: not compared (not readable as an eksctl ClusterConfig)\n`)
    else {
      const n = (kind: FindingChange['kind']) => file.changes.filter((c) => c.kind === kind).length
      out.push(
        `${path}: ${verdictAt(file.from)} for ${A}, ${verdictAt(file.to)} for ${B}` +
          ` (${plural(n('breaks'), 'break')}, ${n('fixed')} fixed, ${plural(n('changed'), 'other change')})\n`
      )
    }
  }
  out.push(`${countLine(report)}; ${describeMove(report)}\n`)
  return out.join('')
}

function asFinding(file: UpgradeFileReport, c: FindingChange): Finding {
  return {
    ruleId: c.ruleId,
    severity: 'error',
    message: '',
    instancePath: c.instancePath,
    file: file.path,
    line: c.line,
    column: c.column,
    endLine: c.endLine,
    endColumn: c.endColumn
  }
}

function changelogText(report: UpgradeReport, log: Changelog): string {
  const out: string[] = [`ClusterConfig changes from eksctl ${report.from.version} to ${report.to.version}`]
  out.push(report.direction === 'downgrade' ? ' (a downgrade: what the move takes away is listed as removed)\n' : '\n')
  const section = (title: string, rows: string[]) => {
    out.push(`\n${title} (${rows.length}):\n`)
    if (!rows.length) out.push('  none\n')
    for (const r of rows) out.push(`  ${r}\n`)
  }
  const pad = (v: string) => v.padEnd(8)
  section(
    'Fields added',
    log.fieldsAdded.map((f) => `${pad(f.release)} + ${f.path}`)
  )
  section(
    'Fields removed',
    log.fieldsRemoved.map((f) => `${pad(f.release)} - ${f.path}`)
  )
  section(
    'Values added',
    log.valuesAdded.map((v) => `${pad(v.release)} + ${v.path}: ${v.value}`)
  )
  section(
    'Values removed',
    log.valuesRemoved.map((v) => `${pad(v.release)} - ${v.path}: ${v.value}`)
  )
  const k = log.kubernetesVersions
  out.push(
    `\nKubernetes versions eksctl creates: added ${k.added.join(', ') || 'none'}; dropped ${k.dropped.join(', ') || 'none'}` +
      (k.approximate ? ' (from 0.202.0 eksctl asks EKS at run time: the EKS release calendar is used)' : '') +
      '\n'
  )
  section(
    'Rules added',
    log.rulesAdded.map((r) => `${pad(r.release)} + ${r.ruleId}${r.optIn ? ' (opt-in)' : ''}: ${r.summary}`)
  )
  section(
    'Rules removed',
    log.rulesRemoved.map((r) => `${pad(r.release)} - ${r.ruleId}${r.optIn ? ' (opt-in)' : ''}: ${r.summary}`)
  )
  return out.join('')
}

// ---------------------------------------------------------------------------------------------------------------
// JSON

export function toUpgradeJson(report: UpgradeReport): unknown {
  return {
    from: { ...report.from },
    to: { ...report.to },
    direction: report.direction,
    messages: report.messages.map((m) => ({ severity: m.severity, message: m.message })),
    files: report.files.map((f) => ({
      path: f.path,
      kind: f.kind,
      compared: f.compared,
      from: f.from && { ...f.from },
      to: f.to && { ...f.to },
      changes: f.changes.map((c) => ({
        kind: c.kind,
        ruleId: c.ruleId,
        instancePath: c.instancePath,
        line: c.line,
        column: c.column,
        endLine: c.endLine,
        endColumn: c.endColumn,
        from: c.from && { ...c.from },
        to: c.to && { ...c.to },
        changedIn: c.changedIn,
        foundBy: c.foundBy,
        action: c.action
      })),
      notices: f.notices.map((n) => ({ ...n, names: n.names.map((x) => ({ ...x })) })),
      findings: f.findings.map(jsonFinding)
    })),
    changelog: report.changelog,
    summary: { ...report.summary }
  }
}

export function renderUpgradeJson(report: UpgradeReport): string {
  return JSON.stringify(toUpgradeJson(report), null, 2) + '\n'
}

// ---------------------------------------------------------------------------------------------------------------
// Markdown (job summary)

/** Rows beyond this are counted, not listed (a job summary holds at most 1 MiB per step). */
export const UPGRADE_ROW_LIMIT = 500

function cell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;')
    .replace(/[[\]`*_~\\]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/\r?\n/g, '<br>')
}

function code(text: string): string {
  return `<code>${cell(text)}</code>`
}

const icon = { breaks: '❌', fixed: '✅', changed: 'ℹ️' } as const

export function renderUpgradeMarkdown(report: UpgradeReport): string {
  const out: string[] = []
  const s = report.summary
  const A = report.from.version
  const B = report.to.version
  const head = report.changelog ? '📋' : s.breaks ? '❌' : '✅'
  out.push(`## eksctl-preflight upgrade: ${head} ${cell(describeMove(report))}\n\n`)
  for (const m of report.messages) out.push(`> ${m.severity}: ${cell(m.message)}\n\n`)
  if (report.changelog) {
    out.push(changelogMarkdown(report.changelog))
    return out.join('')
  }
  out.push(`${cell(countLine(report))}.\n\n`)
  if (report.files.length) {
    out.push(
      `| File | eksctl ${A} | eksctl ${B} | Breaks | Fixed | Other | Notices |\n|---|---|---|---:|---:|---:|---:|\n`
    )
    for (const f of report.files) {
      const n = (kind: FindingChange['kind']) => f.changes.filter((c) => c.kind === kind).length
      out.push(
        `| ${code(f.path)} | ${verdictAt(f.from)} | ${verdictAt(f.to)} | ${n('breaks')} | ${n('fixed')} | ${n('changed')} | ${f.notices.length} |\n`
      )
    }
    out.push('\n')
  }
  const changes = report.files.flatMap((f) => f.changes.map((c) => [f, c] as const))
  if (changes.length) {
    out.push(
      `### Impact\n\n| File | Line | Change | Rule | eksctl ${A} | eksctl ${B} | Changed in | What to do |\n` +
        '|---|---:|---|---|---|---|---|---|\n'
    )
    let rows = 0
    for (const [f, c] of changes) {
      if (rows++ >= UPGRADE_ROW_LIMIT) break
      out.push(
        `| ${code(f.path)} | ${c.line} | ${icon[c.kind]} ${c.kind} | ${code(c.ruleId)} | ${cell(stateText(c.from))} | ` +
          `${cell(stateText(c.to))} | ${c.changedIn} | ${cell(c.action)} |\n`
      )
    }
    if (changes.length > UPGRADE_ROW_LIMIT)
      out.push(
        `\n${changes.length - UPGRADE_ROW_LIMIT} more changes are not listed here; the JSON report has all of them.\n`
      )
    out.push('\n')
  }
  const notices = report.files.flatMap((f) => f.notices.map((n) => [f, n] as const))
  if (notices.length) {
    out.push(`<details><summary>New in eksctl ${B} for what these files configure (${notices.length})</summary>\n\n`)
    out.push('| File | Line | Where | New |\n|---|---:|---|---|\n')
    for (const [f, n] of notices.slice(0, UPGRADE_ROW_LIMIT))
      out.push(
        `| ${code(f.path)} | ${n.line} | ${code(n.path)} | ${n.names.map((x) => `${code(x.name)} (${x.since})`).join(', ')} |\n`
      )
    out.push('\n</details>\n')
  }
  return out.join('')
}

function changelogMarkdown(log: Changelog): string {
  const out: string[] = []
  const table = (title: string, rows: Array<[string, string]>) => {
    out.push(`### ${title} (${rows.length})\n\n`)
    if (!rows.length) {
      out.push('None.\n\n')
      return
    }
    out.push('| Release | Change |\n|---|---|\n')
    for (const [release, what] of rows.slice(0, UPGRADE_ROW_LIMIT)) out.push(`| ${release} | ${what} |\n`)
    out.push('\n')
  }
  table(
    'Fields added',
    log.fieldsAdded.map((f) => [f.release, code(f.path)])
  )
  table(
    'Fields removed',
    log.fieldsRemoved.map((f) => [f.release, code(f.path)])
  )
  table(
    'Values added',
    log.valuesAdded.map((v) => [v.release, `${code(v.path)}: ${code(v.value)}`])
  )
  table(
    'Values removed',
    log.valuesRemoved.map((v) => [v.release, `${code(v.path)}: ${code(v.value)}`])
  )
  const k = log.kubernetesVersions
  out.push(
    `### Kubernetes versions\n\nAdded: ${k.added.join(', ') || 'none'}. Dropped: ${k.dropped.join(', ') || 'none'}.` +
      (k.approximate ? ' From 0.202.0 eksctl asks EKS at run time; the EKS release calendar is used.' : '') +
      '\n\n'
  )
  table(
    'Rules added',
    log.rulesAdded.map((r) => [r.release, `${code(r.ruleId)}${r.optIn ? ' (opt-in)' : ''}: ${cell(r.summary)}`])
  )
  table(
    'Rules removed',
    log.rulesRemoved.map((r) => [r.release, `${code(r.ruleId)}${r.optIn ? ' (opt-in)' : ''}: ${cell(r.summary)}`])
  )
  return out.join('')
}

// ---------------------------------------------------------------------------------------------------------------
// annotations: the lines B breaks

/** One error annotation per finding B breaks, worded for the pull request that moves eksctl from A to B. */
export function upgradeAnnotations(report: UpgradeReport): Annotation[] {
  const out: Annotation[] = []
  for (const file of report.files) {
    for (const c of file.changes) {
      if (c.kind !== 'breaks') continue
      const message =
        `eksctl ${report.to.version} breaks this line (eksctl ${report.from.version} accepts it; changed in ` +
        `${c.changedIn}): ${c.to?.message ?? ''}\nWhat to do: ${c.action}`
      const a: Annotation = { severity: 'error', title: `eksctl-preflight upgrade [${c.ruleId}]`, message }
      if (file.path === '-') a.message = `-:${c.line}:${c.column}: ${message}`
      else {
        a.file = file.path
        a.startLine = c.line
        a.endLine = c.endLine
        if (c.line === c.endLine) {
          a.startColumn = c.column
          a.endColumn = c.endColumn
        }
      }
      out.push(a)
    }
  }
  return out
}

/** `--format github`: the annotations as workflow commands (the 10-per-severity limit is the caller's). */
export function renderUpgradeGithub(report: UpgradeReport, limit = ANNOTATION_LIMIT): string {
  const all = upgradeAnnotations(report)
  const lines = all.slice(0, limit).map((a) => workflowCommand(a) + '\n')
  if (all.length > limit)
    lines.push(
      workflowCommand({
        severity: 'notice',
        title: 'eksctl-preflight',
        message: `${plural(all.length - limit, 'more line')} that eksctl ${report.to.version} breaks not annotated; see the job summary or the JSON report.`
      }) + '\n'
    )
  return lines.join('')
}
