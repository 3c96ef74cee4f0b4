// The manifest.json and README.md written into every evidence folder, and the markdown summary of a collection.
import { withoutControls } from './one-line.js'
import type { RedactionCounts } from './redact.js'
import type { KarpenterVersionInfo, NamespaceSource, HelmRelease } from './discovery.js'

export const MANIFEST_SCHEMA_VERSION = 1

export type CallStatus = 'ok' | 'failed' | 'timed-out' | 'skipped'

export interface CallRecord {
  /** Folder-relative path (forward slashes) of the file this call produced, or null when it wrote none. */
  file: string | null
  /** The exact argv run, program first (by name, as found on PATH). */
  command: string[]
  status: CallStatus
  exitCode: number | null
  /** Milliseconds after the collection started when the call started. */
  startMs: number
  durationMs: number
  /** Bytes written to `file` (after redaction). */
  bytes: number
  /** Output was cut at the byte cap (logs: --limit-bytes); the last partial line was dropped. */
  truncated: boolean
  /** Secrets masked in this file, by kind. */
  redactions: RedactionCounts
  /** Why the call failed or was skipped (stderr excerpt, redacted). */
  error?: string
}

export interface Manifest {
  schemaVersion: typeof MANIFEST_SCHEMA_VERSION
  tool: string
  startedAt: string
  finishedAt: string
  durationMs: number
  limits: {
    timeoutMs: number
    callTimeoutMs: number
    probeTimeoutMs: number
    concurrency: number
    logLimitBytes: number
  }
  cluster: {
    kubeconfig: string[]
    context: string | null
    /** Server URL of the context, with any user:password@, query and fragment removed. */
    server: string | null
    /** Did the API server answer the probe (`kubectl version`)? null when kubectl was not run. */
    reachable: boolean | null
    kubectl: string | null
    helm: string | null
  }
  karpenter: {
    namespace: string | null
    namespaceSource: NamespaceSource | null
    release: HelmRelease | null
    deployment: string | null
    podSelector: string | null
    version: KarpenterVersionInfo
    /** Lease `karpenter-leader-election` holder, and the pod it names. */
    leader: { holderIdentity: string; pod: string } | null
    pods: string[]
  }
  calls: CallRecord[]
  /** Files written by the collector itself (README.md, karpenter-report.*), with their redactions. */
  generated: { file: string; bytes: number; redactions: RedactionCounts }[]
  redactions: { total: RedactionCounts; byFile: Record<string, RedactionCounts> }
  timedOut: string[]
  skipped: string[]
  analysis: { status: 'ok' | 'failed' | 'not-run'; file: string | null; error?: string }
  warnings: string[]
  /** Facts worth knowing that are not problems (helm absent, several installs found). */
  notes: string[]
}

export function commandLine(argv: string[]): string {
  return argv.map((a) => (/^[A-Za-z0-9_./:=,@%+-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ')
}

const kb = (n: number): string =>
  n < 1024 ? `${n} B` : n < 1048576 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / 1048576).toFixed(1)} MiB`

function countsText(counts: RedactionCounts): string {
  const parts = Object.entries(counts).map(([k, n]) => `${n} ${k}`)
  return parts.length > 0 ? parts.join(', ') : 'none'
}

export function folderReadme(manifest: Manifest): string {
  const k = manifest.karpenter
  const lines = [
    '# Karpenter evidence',
    '',
    `Collected by ${manifest.tool} from ${manifest.startedAt} to ${manifest.finishedAt} (${(manifest.durationMs / 1000).toFixed(1)} s).`,
    `Cluster: ${manifest.cluster.server ?? 'unknown'} (context ${manifest.cluster.context ?? 'current'})` +
      (manifest.cluster.reachable === false
        ? ': the API server did not answer the probe (`kubectl version`, see `calls` in manifest.json), so nothing else was collected.'
        : '.'),
    `Karpenter namespace: ${k.namespace ?? 'not found'}${k.namespaceSource ? ` (from ${k.namespaceSource})` : ''}; version: ${k.version.version ?? 'unknown'}` +
      (k.version.chartVersion ? `, chart ${k.version.chartVersion}` : '') +
      (k.version.image ? `, image ${k.version.image}` : '') +
      '.',
    `Leader (Lease karpenter-leader-election): ${k.leader ? k.leader.pod : 'unknown'}.`,
    '',
    '## How to read this folder',
    '',
    '- `manifest.json`: for every kubectl/helm call, the exact command, exit code, duration, bytes, whether the',
    '  output was truncated (logs are capped with `--limit-bytes`) and how many secrets were masked in it.',
    '  Calls that timed out or were skipped at the deadline are listed under `timedOut` / `skipped`.',
    '- `logs/<pod>/<container>.log`: controller logs with kubelet timestamps, no tail limit;',
    '  `<container>.previous.log` is the log of the container before its last restart. Start with the leader pod.',
    '- `karpenter/`: pods (`pods.txt` wide table, `pods.yaml`, `pods-describe.txt`), the Deployment, the leader',
    '  Lease, Karpenter ConfigMaps, helm releases/values/history (`helm/`).',
    '- `objects/`: every Karpenter object (`kubectl get karpenter`: Provisioner/AWSNodeTemplate/Machine or',
    '  NodePool/NodeClaim/EC2NodeClass), CRDs with served versions, webhook configurations.',
    '- `events/`: events of the Karpenter namespace and events from karpenter in all namespaces.',
    '- `nodes/`: all nodes (wide) and the nodes Karpenter launched, with `describe` (conditions, events).',
    '- `karpenter-report.json` / `.md`: the diagnosis of the logs (launches, problems, documented fixes).',
    '',
    'Secrets are masked before anything is written: `[REDACTED:<kind>]` marks each one. Secrets are never',
    'collected. Masking is pattern- and value-based, so review before sharing publicly.',
    '',
    `Redactions: ${countsText(manifest.redactions.total)}.`,
    '',
    '| File | Status | Bytes | Truncated | Redactions | Command |',
    '|---|---|---|---|---|---|'
  ]
  for (const call of manifest.calls) {
    lines.push(
      `| ${call.file ?? '(none)'} | ${call.status}${call.exitCode !== null && call.exitCode !== 0 ? ` (exit ${call.exitCode})` : ''} | ${kb(call.bytes)} | ${call.truncated ? 'yes' : ''} | ${countsText(call.redactions)} | \`${commandLine(call.command)}\` |`
    )
  }
  return lines.join('\n') + '\n'
}

/**
 * Untrusted text (namespaces, Lease holders, file names, stderr) as the content of a markdown table cell: on one
 * line, no live HTML, links, emphasis or pipes.
 */
export function mdCell(text: string): string {
  return withoutControls(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]()!#|~])/g, '\\$1')
}

/** Untrusted text as an inline code span (in a table cell, so pipes escaped): a fence longer than any backtick run. */
export function mdCode(text: string): string {
  const flat = withoutControls(text).replace(/\|/g, '\\|')
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') || longest > 0 ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`
}

/** Inline lists longer than this go into a collapsed <details> block below the table. */
export const INLINE_LIST_MAX = 3

/** Markdown for the job summary (or the CLI's report): what was collected, what timed out, what was masked. */
export function renderCollectionMarkdown(manifest: Manifest, folder: string): string {
  const k = manifest.karpenter
  const written = manifest.calls.filter((c) => c.file !== null)
  const failed = manifest.calls.filter((c) => c.status === 'failed')
  const truncated = manifest.calls.filter((c) => c.truncated).map((c) => c.file ?? '')
  const failedText = (c: CallRecord): string =>
    `${mdCode(commandLine(c.command))} (${c.exitCode === null ? 'did not start' : `exit ${c.exitCode}`})`
  const details: string[] = []
  /** A short list inline; a long one as "N (below)" with the list in a collapsed block after the table. */
  const listCell = (title: string, items: string[]): string => {
    if (items.length === 0) return 'none'
    if (items.length <= INLINE_LIST_MAX) return items.join(', ')
    details.push(
      `<details><summary>${mdCell(title)}: ${items.length}</summary>`,
      '',
      ...items.map((item) => `- ${item}`),
      '',
      '</details>',
      ''
    )
    return `${items.length} (listed below)`
  }
  const reachable =
    manifest.cluster.reachable === false
      ? `${mdCell(manifest.cluster.server ?? 'unknown')} (context ${mdCell(manifest.cluster.context ?? 'current')}): **did not answer**`
      : `${mdCell(manifest.cluster.server ?? 'unknown')} (context ${mdCell(manifest.cluster.context ?? 'current')})`
  const lines = [
    '## Karpenter evidence',
    '',
    `| | |`,
    `|---|---|`,
    `| Folder | ${mdCode(folder)} |`,
    `| API server | ${reachable} |`,
    `| Namespace | ${mdCell(k.namespace ?? 'not found')}${k.namespaceSource ? ` (from ${k.namespaceSource})` : ''} |`,
    `| Karpenter version | ${mdCell(k.version.version ?? 'unknown')}${k.version.chartVersion ? ` (chart ${mdCell(k.version.chartVersion)})` : ''}${k.version.imageTag ? ` (image tag ${mdCell(k.version.imageTag)})` : ''} |`,
    `| Leader | ${mdCell(k.leader?.pod ?? 'unknown')} |`,
    `| Files | ${written.length} (${kb(written.reduce((s, c) => s + c.bytes, 0))}) in ${(manifest.durationMs / 1000).toFixed(1)} s |`,
    `| Truncated | ${listCell('Truncated files', truncated.map(mdCell))} |`,
    `| Timed out | ${listCell('Calls that timed out', manifest.timedOut.map(mdCode))} |`,
    `| Skipped at the deadline | ${manifest.skipped.length > 0 ? manifest.skipped.length : 'none'} |`,
    `| Failed calls | ${listCell('Failed calls', failed.map(failedText))} |`,
    `| Secrets masked | ${countsText(manifest.redactions.total)} |`,
    ''
  ]
  lines.push(...details)
  const byFile = Object.entries(manifest.redactions.byFile)
  if (byFile.length > 0) {
    lines.push('| File | Masked |', '|---|---|')
    for (const [file, counts] of byFile) lines.push(`| ${mdCell(file)} | ${countsText(counts)} |`)
    lines.push('')
  }
  for (const warning of manifest.warnings) lines.push(`> **Warning:** ${mdCell(warning)}`, '')
  for (const note of manifest.notes) lines.push(`> ${mdCell(note)}`, '')
  return lines.join('\n')
}
