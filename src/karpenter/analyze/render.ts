// Human-readable forms of the report: Markdown (job summary, PR comments) and plain text (terminal).
import { mdCell, mdCode, mdFence, mdMessage, mdText } from '../../report/markdown-escape.js'
import type { KarpenterReport, Launch, Problem } from './types.js'

const MAX_ROWS = 50
const NO_LINES_NOTE = 'No Karpenter log lines found'

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/** A table cell from cluster data or log lines: escaped (markdown-escape.ts), '–' when empty. */
function cell(v: string | number | null | undefined): string {
  if (v === null || v === undefined || v === '') return '–'
  return mdCell(String(v), 300)
}

function ready(l: Launch): string | null {
  if (l.secondsToReady === null) return null
  const what = l.initializedAt ? 'initialized' : 'registered'
  return `${l.secondsToReady}s (${what})`
}

/** A log sample as a fenced block (CRs normalised, controls replaced, a fence longer than any backtick run). */
function fence(text: string): string {
  return mdFence(text)
}

/** `NodePool default, a; NodeClaim x; zone us-west-2a` (the names a problem's lines gave), or '' when none. */
export function objectsLine(p: Problem): string {
  const o = p.objects
  const v1 = p.terms !== 'v1alpha5'
  const parts: [string, string[]][] = [
    [v1 ? 'NodePool' : 'Provisioner', o.nodePools],
    [v1 ? 'NodeClaim' : 'Machine', o.nodeClaims],
    [v1 ? 'EC2NodeClass' : 'AWSNodeTemplate', o.nodeClasses],
    ['instance type', o.instanceTypes],
    ['zone', o.zones]
  ]
  return parts
    .filter(([, names]) => names.length > 0)
    .map(([kind, names]) => `${kind} ${names.join(', ')}`)
    .join('; ')
}

/** `crash, low confidence` qualifiers of a problem ('' when none). */
function qualifiers(p: Problem): string {
  return [p.crash ? 'crash' : '', p.confidence === 'low' ? 'low confidence: not a whole log line' : '']
    .filter(Boolean)
    .join(', ')
}

export function headline(report: KarpenterReport): string {
  const launches = report.launches.length + report.launchesOmitted
  return `${plural(launches, 'launch', 'launches')}, ${plural(report.problems.length, 'problem')}, ${plural(
    report.disruptions.length,
    'disruption'
  )}`
}

function versionNote(report: KarpenterReport): string {
  if (report.karpenterVersion) {
    return `Karpenter ${report.karpenterVersion}${report.karpenterCommit ? ` (commit ${report.karpenterCommit})` : ''}`
  }
  return report.karpenterCommit
    ? `Karpenter commit ${report.karpenterCommit} (version not known)`
    : 'Karpenter version not known'
}

export function renderKarpenterMarkdown(report: KarpenterReport): string {
  const out: string[] = []
  const l = report.lines
  out.push('### Karpenter diagnosis', '')
  out.push(
    `**${headline(report)}** · ${mdText(versionNote(report), 300)} · ${l.total} log lines (${l.parsed} parsed, ${l.unparsed} not understood)`,
    ''
  )

  if (!report.karpenterLogFound) out.push(`> **${NO_LINES_NOTE}**`, '')
  out.push('#### Launches', '')
  if (report.launches.length === 0) out.push('No instance launch in the evidence.', '')
  else {
    out.push('| Time | Instance | Type | Zone | Capacity | NodeClaim | NodePool | Node | Ready after |')
    out.push('|---|---|---|---|---|---|---|---|---|')
    for (const x of report.launches.slice(0, MAX_ROWS)) {
      out.push(
        `| ${[x.time, x.instanceId, x.instanceType, x.zone, x.capacityType, x.nodeClaim, x.nodePool, x.node, ready(x)].map(cell).join(' | ')} |`
      )
    }
    const more = report.launches.length - MAX_ROWS + report.launchesOmitted
    if (more > 0) out.push('', `… and ${more} more launches (all of them are in karpenter-report.json).`)
    out.push('')
  }

  out.push('#### Problems', '')
  if (report.problems.length === 0) out.push('No problem found.', '')
  for (const p of report.problems) {
    const seen =
      p.firstSeen && p.lastSeen && p.firstSeen !== p.lastSeen
        ? `, ${p.firstSeen} → ${p.lastSeen}`
        : p.firstSeen
          ? `, ${p.firstSeen}`
          : ''
    const q = qualifiers(p)
    out.push(
      `- **${mdText(p.title, 500)}** (${mdCode(p.category)}, ${p.count}×${mdText(seen)}${q ? `, ${mdText(q)}` : ''})`
    )
    out.push(`  - Cause: ${mdMessage(p.rootCause || '–')}`)
    const objects = objectsLine(p)
    if (objects) out.push(`  - Objects: ${mdText(objects)}`)
    out.push(
      `  - Fix: ${mdMessage(p.fix)}${p.docs ? ` ([docs](<${p.docs.replace(/[<>\s]/g, encodeURIComponent)}>))` : ''}`
    )
    out.push('  - Sample:', '')
    out.push(
      fence(p.sample)
        .split('\n')
        .map((line) => `    ${line}`)
        .join('\n'),
      ''
    )
  }

  out.push('#### Disruptions', '')
  if (report.disruptions.length === 0) out.push('No disruption in the evidence.', '')
  else {
    out.push('| Time | Method | Decision | Reason | Nodes |')
    out.push('|---|---|---|---|---|')
    for (const d of report.disruptions.slice(0, MAX_ROWS)) {
      out.push(`| ${[d.time, d.method, d.decision, d.reason, d.nodes.join(', ')].map(cell).join(' | ')} |`)
    }
    if (report.disruptions.length > MAX_ROWS) out.push('', `… and ${report.disruptions.length - MAX_ROWS} more.`)
    out.push('')
  }
  for (const w of report.warnings) out.push(`> ${mdMessage(w)}`, '')
  return out.join('\n').trimEnd() + '\n'
}

export function renderKarpenterText(report: KarpenterReport): string {
  const out: string[] = []
  const l = report.lines
  out.push(`Karpenter diagnosis: ${headline(report)}`)
  if (!report.karpenterLogFound) out.push(`${NO_LINES_NOTE}: is this the controller's log?`)
  out.push(`${versionNote(report)}; ${l.total} log lines, ${l.parsed} parsed, ${l.unparsed} not understood`)
  if (report.launches.length > 0) {
    out.push('', 'Launches:')
    for (const x of report.launches) {
      const r = ready(x)
      out.push(
        `  ${x.time ?? '?'}  ${x.instanceId ?? '?'}  ${x.instanceType ?? '?'}  ${x.zone ?? '?'}  ${x.capacityType ?? '?'}` +
          (x.nodeClaim ? `  nodeclaim=${x.nodeClaim}` : '') +
          (x.nodePool ? `  nodepool=${x.nodePool}` : '') +
          (x.node ? `  node=${x.node}` : '') +
          (r ? `  ready after ${r}` : '')
      )
    }
    if (report.launchesOmitted > 0) out.push(`  … and ${report.launchesOmitted} more`)
  }
  if (report.problems.length > 0) {
    out.push('', 'Problems:')
    for (const p of report.problems) {
      const q = qualifiers(p)
      out.push(
        `  [${p.category}] ${p.title} (${p.count}×, first ${p.firstSeen ?? '?'}, last ${p.lastSeen ?? '?'}${q ? `; ${q}` : ''})`
      )
      out.push(`    cause: ${p.rootCause.split('\n')[0]!.slice(0, 400)}`)
      const objects = objectsLine(p)
      if (objects) out.push(`    objects: ${objects}`)
      out.push(`    fix: ${p.fix}${p.docs ? ` (${p.docs})` : ''}`)
      const sample = p.sample.split('\n')
      out.push(`    e.g. ${sample[0]!.slice(0, 400)}${sample.length > 1 || sample[0]!.length > 400 ? ' …' : ''}`)
    }
  }
  if (report.disruptions.length > 0) {
    out.push('', 'Disruptions:')
    for (const d of report.disruptions) {
      out.push(
        `  ${d.time ?? '?'}  ${d.method}${d.decision ? ` ${d.decision}` : ''}${d.reason ? ` (${d.reason})` : ''}  ${d.nodes.join(', ')}`
      )
    }
  }
  for (const w of report.warnings) out.push(`warning: ${w}`)
  return out.join('\n') + '\n'
}
