// `eksctl-preflight karpenter collect --out DIR …`: the same collection as the action, run locally.
import { resolve } from 'node:path'
import {
  COLLECT_DEFAULTS,
  CollectUsageError,
  collectKarpenterEvidence,
  oneLine,
  totalCount,
  type CollectOptions,
  type CollectResult
} from '../karpenter/collect/index.js'
import { parseCommandArgs, seeHelp } from './args.js'
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type CliCommand } from './io.js'

export const COLLECT_HELP = `Usage: eksctl-preflight karpenter collect --out DIR [options]

Collects Karpenter logs, events and objects with kubectl (and helm).

Options:
  --out DIR             folder to write (created; must be empty if it exists;
                        not a file or a symbolic link)
  --kubeconfig FILE     kubeconfig to use (default: KUBECONFIG, ~/.kube/config)
  --context NAME        kubeconfig context to use
  -n, --namespace NS    Karpenter namespace (default: discovered from helm
                        releases or Deployments)
  --timeout S           seconds for the whole collection (default ${COLLECT_DEFAULTS.timeoutMs / 1000})
  --call-timeout S      seconds for each kubectl/helm call (default ${COLLECT_DEFAULTS.callTimeoutMs / 1000})
  --concurrency N       calls in flight at once (default ${COLLECT_DEFAULTS.concurrency})
  --log-limit-bytes N   byte cap per container log (default ${COLLECT_DEFAULTS.logLimitBytes})
  --redact-account-ids  also mask 12-digit AWS account ids in ARNs
  --mask-env NAME       mask the value of environment variable NAME wherever
                        it appears (repeatable)
  --no-analyze          skip the log diagnosis (karpenter-report.json)
  -h, --help            this help

Secrets (AWS keys, session tokens, bearer tokens, JWTs, kubeconfig
credentials) are masked before any file is written; Secret objects are never
read. manifest.json in the folder lists every command run.

The API server is probed first (kubectl version, ${COLLECT_DEFAULTS.probeTimeoutMs / 1000} s at most): when it
does not answer, only the manifest and README are written and the command stops.

Exit codes: 0 evidence collected (warnings on stderr), 1 nothing could be
collected from the cluster (no kubectl, API server unreachable; the folder
still holds manifest.json and README.md saying why), 2 usage error.
`

type Parsed = Pick<
  CollectOptions,
  'kubeconfig' | 'context' | 'namespace' | 'timeoutMs' | 'callTimeoutMs' | 'concurrency' | 'logLimitBytes'
> & { out: string; redactAccountIds: boolean; maskEnv: string[]; analyze: boolean; help: boolean }

const SEE_HELP = seeHelp('karpenter collect')

function positiveNumber(flag: string, value: string | undefined, integer: boolean): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
    throw new UsageError(`${flag} needs a positive ${integer ? 'integer' : 'number'}, got "${value}"`)
  }
  return n
}

const seconds = (flag: string, value: string | undefined): number | undefined => {
  const n = positiveNumber(flag, value, false)
  return n === undefined ? undefined : n * 1000
}

export function parseCollectArgs(args: string[]): Parsed {
  const { values } = parseCommandArgs(
    args,
    {
      options: {
        help: { type: 'boolean', short: 'h', default: false },
        out: { type: 'string' },
        kubeconfig: { type: 'string' },
        context: { type: 'string' },
        namespace: { type: 'string', short: 'n' },
        timeout: { type: 'string' },
        'call-timeout': { type: 'string' },
        concurrency: { type: 'string' },
        'log-limit-bytes': { type: 'string' },
        'redact-account-ids': { type: 'boolean', default: false },
        'mask-env': { type: 'string', multiple: true, default: [] },
        'no-analyze': { type: 'boolean', default: false }
      }
    },
    'karpenter collect'
  )
  const parsed: Parsed = {
    out: values.out ?? '',
    kubeconfig: values.kubeconfig,
    context: values.context,
    namespace: values.namespace,
    timeoutMs: seconds('--timeout', values.timeout),
    callTimeoutMs: seconds('--call-timeout', values['call-timeout']),
    concurrency: positiveNumber('--concurrency', values.concurrency, true),
    logLimitBytes: positiveNumber('--log-limit-bytes', values['log-limit-bytes'], true),
    redactAccountIds: values['redact-account-ids'],
    maskEnv: values['mask-env'],
    analyze: !values['no-analyze'],
    help: values.help
  }
  if (!parsed.help && parsed.out === '') throw new UsageError(`--out DIR is required${SEE_HELP}`)
  return parsed
}

/** Plain-text account of a collection, for the terminal. */
export function collectionText(result: CollectResult): string {
  const m = result.manifest
  const k = m.karpenter
  const files = m.calls.filter((c) => c.file !== null)
  const lines = [
    `Karpenter evidence written to ${result.outDir}`,
    `  cluster:   ${m.cluster.server ?? 'unknown'} (context ${m.cluster.context ?? 'current'})${m.cluster.reachable === false ? ': did not answer' : ''}`,
    `  namespace: ${k.namespace ?? 'not found'}${k.namespaceSource ? ` (from ${k.namespaceSource})` : ''}`,
    `  version:   ${k.version.version ?? 'unknown'}${k.version.chartVersion ? ` (chart ${k.version.chartVersion})` : ''}${k.version.imageTag ? ` (image tag ${k.version.imageTag})` : ''}`,
    `  leader:    ${k.leader?.pod ?? 'unknown'}`,
    `  files:     ${files.length}, ${files.reduce((s, c) => s + c.bytes, 0)} bytes, in ${(m.durationMs / 1000).toFixed(1)} s`,
    `  truncated: ${
      m.calls
        .filter((c) => c.truncated)
        .map((c) => c.file)
        .join(', ') || 'none'
    }`,
    `  timed out: ${m.timedOut.length}; not started: ${m.skipped.length}`,
    `  masked:    ${totalCount(m.redactions.total)} secret(s)` +
      (totalCount(m.redactions.total) > 0
        ? ` (${Object.entries(m.redactions.total)
            .map(([kind, n]) => `${n} ${kind}`)
            .join(', ')})`
        : ''),
    `  report:    ${m.analysis.status === 'ok' ? 'karpenter-report.json, karpenter-report.md' : m.analysis.status}`
  ]
  return lines.map(oneLine).join('\n') + '\n'
}

export const karpenterCollectCommand: CliCommand = async (args, io) => {
  const parsed = parseCollectArgs(args)
  if (parsed.help) {
    io.stdout(COLLECT_HELP)
    return EXIT_OK
  }
  const maskedValues: string[] = []
  for (const name of parsed.maskEnv) {
    const value = io.env[name]
    if (value === undefined || value === '') io.stderr(`warning: --mask-env ${name}: the variable is not set\n`)
    else maskedValues.push(value)
  }
  let result: CollectResult
  try {
    result = await collectKarpenterEvidence({
      outDir: resolve(io.cwd, parsed.out),
      kubeconfig: parsed.kubeconfig ? resolve(io.cwd, parsed.kubeconfig) : undefined,
      context: parsed.context,
      namespace: parsed.namespace,
      namespaceSetting: '--namespace',
      timeoutMs: parsed.timeoutMs,
      callTimeoutMs: parsed.callTimeoutMs,
      concurrency: parsed.concurrency,
      logLimitBytes: parsed.logLimitBytes,
      redactAccountIds: parsed.redactAccountIds,
      maskedValues,
      analyze: parsed.analyze,
      env: io.env as NodeJS.ProcessEnv
    })
  } catch (error) {
    if (error instanceof CollectUsageError) {
      io.stderr(`eksctl-preflight karpenter collect: ${error.message}\n`)
      return EXIT_USAGE
    }
    throw error
  }
  io.stdout(result.redact(collectionText(result)))
  for (const note of result.notes) io.stderr(oneLine(result.redact(`note: ${note}`)) + '\n')
  for (const warning of result.warnings) io.stderr(oneLine(result.redact(`warning: ${warning}`)) + '\n')
  const anyKubectlOk = result.manifest.calls.some((c) => c.command[0] === 'kubectl' && c.status === 'ok')
  if (anyKubectlOk) return EXIT_OK
  const why =
    result.manifest.cluster.kubectl === null
      ? 'kubectl is not on PATH'
      : result.manifest.cluster.reachable === false
        ? 'the Kubernetes API server did not answer'
        : 'no kubectl call succeeded'
  io.stderr(
    oneLine(
      `exit 1: nothing was collected from the cluster (${why}); ${result.outDir} holds manifest.json and README.md ` +
        'with what was tried and why it failed'
    ) + '\n'
  )
  return EXIT_FINDINGS
}
