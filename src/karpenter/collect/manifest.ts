// The manifest.json and README.md written into every evidence folder, and the markdown summary of a collection.
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
  limits: { timeoutMs: number; callTimeoutMs: number; concurrency: number; logLimitBytes: number }
  cluster: {
    kubeconfig: string[]
    context: string | null
    server: string | null
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
    `Cluster: ${manifest.cluster.server ?? 'unknown'} (context ${manifest.cluster.context ?? 'current'}).`,
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

/** Markdown for the job summary (or the CLI's report): what was collected, what timed out, what was masked. */
export function renderCollectionMarkdown(manifest: Manifest, folder: string): string {
  const k = manifest.karpenter
  const written = manifest.calls.filter((c) => c.file !== null)
  const failed = manifest.calls.filter((c) => c.status === 'failed')
  const lines = [
    '## Karpenter evidence',
    '',
    `| | |`,
    `|---|---|`,
    `| Folder | \`${folder}\` |`,
    `| Namespace | ${k.namespace ?? 'not found'}${k.namespaceSource ? ` (from ${k.namespaceSource})` : ''} |`,
    `| Karpenter version | ${k.version.version ?? 'unknown'}${k.version.chartVersion ? ` (chart ${k.version.chartVersion})` : ''}${k.version.imageTag ? ` (image tag ${k.version.imageTag})` : ''} |`,
    `| Leader | ${k.leader?.pod ?? 'unknown'} |`,
    `| Files | ${written.length} (${kb(written.reduce((s, c) => s + c.bytes, 0))}) in ${(manifest.durationMs / 1000).toFixed(1)} s |`,
    `| Truncated | ${
      manifest.calls
        .filter((c) => c.truncated)
        .map((c) => c.file)
        .join(', ') || 'none'
    } |`,
    `| Timed out | ${manifest.timedOut.map((c) => `\`${c}\``).join(', ') || 'none'} |`,
    `| Skipped at the deadline | ${manifest.skipped.length > 0 ? manifest.skipped.length : 'none'} |`,
    `| Failed calls | ${failed.length > 0 ? failed.map((c) => `\`${commandLine(c.command)}\` (exit ${c.exitCode})`).join(', ') : 'none'} |`,
    `| Secrets masked | ${countsText(manifest.redactions.total)} |`,
    ''
  ]
  const byFile = Object.entries(manifest.redactions.byFile)
  if (byFile.length > 0) {
    lines.push('| File | Masked |', '|---|---|')
    for (const [file, counts] of byFile) lines.push(`| ${file} | ${countsText(counts)} |`)
    lines.push('')
  }
  for (const warning of manifest.warnings) lines.push(`> **Warning:** ${warning}`, '')
  for (const note of manifest.notes) lines.push(`> ${note}`, '')
  return lines.join('\n')
}
