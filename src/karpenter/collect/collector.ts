// Karpenter evidence collection: discover where Karpenter runs, plan the kubectl/helm calls, run them bounded
// (per-call timeout, overall deadline, N in flight, byte caps), mask secrets before writing, then write
// manifest.json and README.md. Never reads Secrets. Problems become warnings in the result, never throws for them.
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  rmSync,
  writeFileSync,
  type Stats
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { analyzeEvidence, renderKarpenterMarkdown, type KarpenterReport } from '../analyze/index.js'
import {
  DEFAULT_POD_SELECTOR,
  decideNamespace,
  karpenterRelatedReleases,
  leaseHolder,
  parseDeployments,
  parseHelmReleases,
  parsePods,
  versionInfo,
  type DeploymentFacts,
  type HelmRelease,
  type PodFacts
} from './discovery.js'
import { findExecutable, runBounded } from './exec.js'
import { readKubeconfigFacts, serverWithoutCredentials } from './kubeconfig.js'
import {
  MANIFEST_SCHEMA_VERSION,
  commandLine,
  folderReadme,
  type CallRecord,
  type CallStatus,
  type Manifest
} from './manifest.js'
import { WorkQueue } from './pool.js'
import { Redactor, addCounts, totalCount, type RedactionCounts } from './redact.js'

export const COLLECT_DEFAULTS = {
  timeoutMs: 120_000,
  callTimeoutMs: 30_000,
  /** The first call (`kubectl version`): when the API server does not answer within this, nothing else is tried. */
  probeTimeoutMs: 10_000,
  concurrency: 10,
  logLimitBytes: 10 * 1024 * 1024,
  maxOutputBytes: 32 * 1024 * 1024
} as const

/** YAML/JSON output up to this size is parsed to find secrets by name; larger output gets the line patterns only. */
const MAX_STRUCTURED_BYTES = 8 * 1024 * 1024

export interface CollectOptions {
  /** Folder to write into; created if missing, must be empty if present. */
  outDir: string
  kubeconfig?: string
  context?: string
  /** Karpenter namespace; discovered when not given. */
  namespace?: string
  /** How the shell names the namespace setting in messages: `karpenter-namespace` (action, default) or `--namespace`. */
  namespaceSetting?: string
  /** Whole collection, milliseconds. */
  timeoutMs?: number
  /** Each kubectl/helm call, milliseconds (never more than what is left of timeoutMs). */
  callTimeoutMs?: number
  /** The API probe (`kubectl version`), milliseconds (never more than callTimeoutMs). */
  probeTimeoutMs?: number
  concurrency?: number
  /** Byte cap per log (`kubectl logs --limit-bytes`). */
  logLimitBytes?: number
  /** Byte cap for any other call's output. */
  maxOutputBytes?: number
  redactAccountIds?: boolean
  /** Literal secret values to mask (add-mask values the caller knows, tokens, env credentials). */
  maskedValues?: string[]
  /** Environment for kubectl/helm (PATH, HOME, KUBECONFIG); default process.env. */
  env?: NodeJS.ProcessEnv
  /** Run the log diagnosis on the collected logs and write karpenter-report.json/.md (default true). */
  analyze?: boolean
  tool?: string
}

export interface CollectResult {
  outDir: string
  manifest: Manifest
  /** Absolute paths of the log files written. */
  logFiles: string[]
  /** Absolute paths of the Karpenter object YAML files written. */
  objectFiles: string[]
  report: KarpenterReport | null
  reportMarkdown: string | null
  /** Same as manifest.warnings: what went wrong, with causes. */
  warnings: string[]
  /** Same as manifest.notes. */
  notes: string[]
  /** The collection's redactor, for text the caller writes elsewhere (job summary, annotations). */
  redact: (text: string) => string
}

export class CollectUsageError extends Error {}

interface CallSpec {
  file: string | null
  program: 'kubectl' | 'helm'
  args: string[]
  /** Log calls: cap given to kubectl as --limit-bytes; reaching it means truncated. */
  limitBytes?: number
  /** Lower starts first: discovery 0, logs 1, the rest after. */
  priority?: number
  /** This call's own time limit (the probe's), instead of callTimeoutMs. */
  timeoutMs?: number
}

interface CallDone {
  record: CallRecord
  stdout: string
}

/** 1500 → "1.5", 30000 → "30". */
const seconds = (ms: number): string => String(Math.round(ms / 100) / 10)

const safeName = (name: string): string => name.replace(/[^A-Za-z0-9._-]/g, '_')

const KARPENTER_GROUPS = ['karpenter.sh', 'karpenter.k8s.aws']

/** `customresourcedefinition.apiextensions.k8s.io/nodepools.karpenter.sh` → is it a Karpenter CRD? */
function isKarpenterCrdName(line: string): boolean {
  const name = line.trim().split('/').pop() ?? ''
  return KARPENTER_GROUPS.some((g) => name.endsWith(`.${g}`))
}

/** `kubectl get … -o yaml` of nothing prints a List with `items: []`: no file for that. */
function isEmptyList(args: string[], text: string): boolean {
  return args.includes('yaml') && /^items: \[\]$/m.test(text) && /^kind: List$/m.test(text)
}

/**
 * The output folder must be a real, empty folder: an existing file, a symbolic link (which would send the evidence
 * somewhere else than named) or a path under a file is a usage error, not a crash.
 */
function ensureEmptyFolder(outDir: string): void {
  let stat: Stats | undefined
  try {
    stat = lstatSync(outDir)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR')
      throw new CollectUsageError(`output folder ${outDir}: a part of the path is a file, not a folder`)
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  if (stat?.isSymbolicLink()) {
    let target = '?'
    try {
      target = readlinkSync(outDir)
    } catch {
      // Shown as '?'
    }
    throw new CollectUsageError(
      `output folder ${outDir} is a symbolic link (to ${target}); give the real folder path, or a new folder`
    )
  }
  if (stat && !stat.isDirectory()) {
    throw new CollectUsageError(`output folder ${outDir} is an existing file, not a folder; give a new or empty folder`)
  }
  try {
    mkdirSync(outDir, { recursive: true })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST' || code === 'ENOTDIR')
      throw new CollectUsageError(`output folder ${outDir}: a part of the path is a file, not a folder`)
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
      throw new CollectUsageError(`output folder ${outDir} cannot be created (${code}); give a writable folder`)
    throw error
  }
  if (readdirSync(outDir).length > 0) {
    throw new CollectUsageError(`output folder ${outDir} is not empty; give a new or empty folder`)
  }
}

export async function collectKarpenterEvidence(options: CollectOptions): Promise<CollectResult> {
  const outDir = resolve(options.outDir)
  ensureEmptyFolder(outDir)
  const started = Date.now()
  const timeoutMs = options.timeoutMs ?? COLLECT_DEFAULTS.timeoutMs
  const callTimeoutMs = Math.min(options.callTimeoutMs ?? COLLECT_DEFAULTS.callTimeoutMs, timeoutMs)
  const probeTimeoutMs = Math.min(options.probeTimeoutMs ?? COLLECT_DEFAULTS.probeTimeoutMs, callTimeoutMs)
  const concurrency = Math.max(1, options.concurrency ?? COLLECT_DEFAULTS.concurrency)
  const logLimitBytes = options.logLimitBytes ?? COLLECT_DEFAULTS.logLimitBytes
  const maxOutputBytes = options.maxOutputBytes ?? COLLECT_DEFAULTS.maxOutputBytes
  const deadline = started + timeoutMs
  const baseEnv = options.env ?? process.env
  const warnings: string[] = []
  const notes: string[] = []

  const kubeconfigFacts = readKubeconfigFacts(options.kubeconfig, options.context, baseEnv)
  for (const problem of kubeconfigFacts.problems) warnings.push(`kubeconfig: ${problem}`)
  const redactor = new Redactor({
    maskedValues: options.maskedValues,
    kubeconfigCredentials: kubeconfigFacts.credentials,
    redactAccountIds: options.redactAccountIds
  })

  const kubectl = findExecutable('kubectl', baseEnv)
  const helm = findExecutable('helm', baseEnv)
  // kubectl's discovery cache goes to a private folder: nothing of the user's ~/.kube is touched or reused.
  const cacheDir = mkdtempSync(join(tmpdir(), 'karpenter-collect-cache-'))
  const env: NodeJS.ProcessEnv = { ...baseEnv, KUBECACHEDIR: cacheDir }

  const manifest: Manifest = {
    schemaVersion: MANIFEST_SCHEMA_VERSION,
    tool: options.tool ?? 'eksctl-preflight',
    startedAt: new Date(started).toISOString(),
    finishedAt: '',
    durationMs: 0,
    limits: { timeoutMs, callTimeoutMs, probeTimeoutMs, concurrency, logLimitBytes },
    cluster: {
      kubeconfig: kubeconfigFacts.files,
      context: options.context ?? kubeconfigFacts.currentContext,
      server: kubeconfigFacts.server === null ? null : serverWithoutCredentials(kubeconfigFacts.server),
      reachable: null,
      kubectl,
      helm
    },
    karpenter: {
      namespace: null,
      namespaceSource: null,
      release: null,
      deployment: null,
      podSelector: null,
      version: versionInfo(null, null),
      leader: null,
      pods: []
    },
    calls: [],
    generated: [],
    redactions: { total: {}, byFile: {} },
    timedOut: [],
    skipped: [],
    analysis: { status: 'not-run', file: null },
    warnings,
    notes
  }

  const logFiles: string[] = []
  const objectFiles: string[] = []

  /** The only way bytes reach the folder: masked first, then written, counts recorded. */
  const writeRedacted = (rel: string, text: string): { bytes: number; counts: RedactionCounts } => {
    // Objects first teach the redactor the secrets they name (env values, keys), masked here and in later files.
    if (/\.(?:ya?ml|json)$/.test(rel) && text.length <= MAX_STRUCTURED_BYTES) redactor.learnFromDocument(text)
    const { text: clean, counts } = redactor.redact(text)
    const target = join(outDir, rel)
    mkdirSync(dirname(target), { recursive: true })
    const data = Buffer.from(clean, 'utf8')
    writeFileSync(target, data)
    if (totalCount(counts) > 0) {
      manifest.redactions.byFile[rel] = counts
      addCounts(manifest.redactions.total, counts)
    }
    return { bytes: data.length, counts }
  }

  const kubectlGlobal = [
    ...(options.kubeconfig ? ['--kubeconfig', options.kubeconfig] : []),
    ...(options.context ? ['--context', options.context] : []),
    `--request-timeout=${Math.max(1, Math.ceil(callTimeoutMs / 1000))}s`
  ]
  const helmGlobal = [
    ...(options.kubeconfig ? ['--kubeconfig', options.kubeconfig] : []),
    ...(options.context ? ['--kube-context', options.context] : [])
  ]

  const queue = new WorkQueue<CallDone>({ concurrency, deadline })

  const execute = async (spec: CallSpec): Promise<CallDone> => {
    const binary = spec.program === 'kubectl' ? kubectl : helm
    const argv = [...(spec.program === 'kubectl' ? kubectlGlobal : helmGlobal), ...spec.args]
    const command = [spec.program, ...argv]
    const record: CallRecord = {
      file: null,
      command,
      status: 'ok',
      exitCode: null,
      startMs: Date.now() - started,
      durationMs: 0,
      bytes: 0,
      truncated: false,
      redactions: {}
    }
    const remaining = deadline - Date.now()
    if (binary === null || remaining <= 0) {
      record.status = 'skipped'
      record.error = binary === null ? `${spec.program} not found on PATH` : 'overall timeout reached'
      return { record, stdout: '' }
    }
    const cap = spec.limitBytes ?? maxOutputBytes
    const limitMs = Math.min(spec.timeoutMs ?? callTimeoutMs, remaining)
    const run = await runBounded(binary, argv, {
      timeoutMs: limitMs,
      maxStdoutBytes: spec.limitBytes !== undefined ? spec.limitBytes + 1 : cap,
      env
    })
    record.exitCode = run.exitCode
    record.durationMs = run.durationMs
    let text = run.stdout.toString('utf8')
    const reachedCap = spec.limitBytes !== undefined ? run.stdout.length >= spec.limitBytes : run.truncated
    if (reachedCap) {
      record.truncated = true
      // The cap cuts mid-line; drop the partial line so no half of a secret escapes its pattern.
      const lastNewline = text.lastIndexOf('\n')
      text = lastNewline === -1 ? '' : text.slice(0, lastNewline + 1)
    }
    const status: CallStatus = run.spawnError
      ? 'failed'
      : run.timedOut
        ? 'timed-out'
        : run.exitCode === 0 || (run.truncated && spec.limitBytes === undefined)
          ? 'ok'
          : 'failed'
    // A stopped process after hitting our own byte cap is a success with a truncated file.
    record.status = run.truncated && !run.timedOut ? 'ok' : status
    if (record.status !== 'ok') {
      const reason = run.spawnError ?? (run.timedOut ? `no answer within ${seconds(limitMs)} s` : '')
      record.error = redactor.redact([reason, run.stderr.trim()].filter(Boolean).join(': ').slice(0, 2000)).text
    }
    if (record.status === 'timed-out') manifest.timedOut.push(commandLine(command))
    if (spec.file !== null && (record.status === 'ok' || text.length > 0)) {
      const content = record.status === 'ok' && isEmptyList(spec.args, text) ? null : text
      if (content !== null && content.length > 0) {
        const { bytes, counts } = writeRedacted(spec.file, content)
        record.file = spec.file
        record.bytes = bytes
        record.redactions = counts
      }
    }
    return { record, stdout: text }
  }

  const call = async (spec: CallSpec): Promise<CallDone> => {
    const outcome = await queue.add(() => execute(spec), spec.priority ?? 10)
    if (outcome.status === 'done') {
      manifest.calls.push(outcome.value.record)
      return outcome.value
    }
    const argv = [...(spec.program === 'kubectl' ? kubectlGlobal : helmGlobal), ...spec.args]
    const record: CallRecord = {
      file: null,
      command: [spec.program, ...argv],
      status: 'skipped',
      exitCode: null,
      startMs: Date.now() - started,
      durationMs: 0,
      bytes: 0,
      truncated: false,
      redactions: {},
      error: 'overall timeout reached before the call started'
    }
    manifest.skipped.push(commandLine(record.command))
    manifest.calls.push(record)
    return { record, stdout: '' }
  }
  const ok = (done: CallDone): boolean => done.record.status === 'ok'

  let report: KarpenterReport | null = null
  let reportMarkdown: string | null = null
  try {
    if (kubectl === null) {
      warnings.push('kubectl not found on PATH: nothing collected (install kubectl or put it on PATH)')
    } else {
      if (await probe()) await collectAll()
    }
  } finally {
    rmSync(cacheDir, { recursive: true, force: true })
  }

  /**
   * One short call first: when the API server does not answer `kubectl version`, every other call would wait out
   * its own timeout for nothing. Then only what is known is written (the probe, the context, the server) and the
   * collection stops with one warning.
   */
  async function probe(): Promise<boolean> {
    const done = await call({
      file: 'cluster/version.json',
      program: 'kubectl',
      args: ['version', '-o', 'json'],
      priority: 0,
      timeoutMs: probeTimeoutMs
    })
    // `kubectl version` prints the client's version even when the server does not answer: a serverVersion is the proof.
    const answered = ok(done) && /"serverVersion"\s*:/.test(done.stdout)
    manifest.cluster.reachable = answered
    if (answered) return true
    const where =
      `${manifest.cluster.server ?? 'the API server'} (context ${manifest.cluster.context ?? 'current'}` +
      `${kubeconfigFacts.files.length > 0 ? `, kubeconfig ${kubeconfigFacts.files.join(', ')}` : ''})`
    const why =
      done.record.status === 'timed-out'
        ? `did not answer within ${seconds(Math.min(probeTimeoutMs, timeoutMs))} s`
        : `failed kubectl version: ${done.record.error ?? `kubectl exited ${done.record.exitCode ?? '?'}`}`
    warnings.push(
      `the Kubernetes API server at ${where} ${why}; nothing else was collected. ` +
        'Check that the cluster exists and the runner can reach it (kubeconfig, kube-context, network), ' +
        'or collect earlier in the job, before the cluster is deleted.'
    )
    return false
  }

  async function collectAll(): Promise<void> {
    // Discovery first (the probe answered): helm releases, Karpenter Deployments.
    const helmList =
      helm !== null
        ? call({ file: 'helm/releases.json', program: 'helm', args: ['ls', '-A', '-o', 'json'], priority: 0 })
        : null
    const deploymentsCall = call({
      file: 'karpenter/deployments.yaml',
      program: 'kubectl',
      args: ['get', 'deployments', '-A', '-l', DEFAULT_POD_SELECTOR, '-o', 'yaml'],
      priority: 0
    })
    // Queued once the logs are: on a small runner kubectl start-up is CPU-bound, and logs matter most.
    const startClusterWide = (): Promise<unknown>[] => [
      call({
        file: 'objects/karpenter.yaml',
        program: 'kubectl',
        args: ['get', 'karpenter', '-o', 'yaml'],
        priority: 2
      }).then((done) => {
        if (done.record.file) objectFiles.push(join(outDir, done.record.file))
      }),
      call({
        file: 'objects/karpenter.txt',
        program: 'kubectl',
        args: ['get', 'karpenter', '-o', 'wide'],
        priority: 2
      }),
      call({
        file: 'events/karpenter-all-namespaces.yaml',
        program: 'kubectl',
        args: ['get', 'events', '-A', '--field-selector', 'source=karpenter', '-o', 'yaml'],
        priority: 2
      }),
      call({
        file: 'events/karpenter-all-namespaces.txt',
        program: 'kubectl',
        args: ['get', 'events', '-A', '--field-selector', 'source=karpenter', '--sort-by=.lastTimestamp', '-o', 'wide'],
        priority: 3
      }),
      call({ file: 'nodes/all.txt', program: 'kubectl', args: ['get', 'nodes', '-o', 'wide'], priority: 3 }),
      ...['karpenter.sh/nodepool', 'karpenter.sh/provisioner-name'].flatMap((label) => {
        const tag = label.split('/')[1]
        return [
          call({
            file: `nodes/${tag}-nodes.yaml`,
            program: 'kubectl',
            args: ['get', 'nodes', '-l', label, '-o', 'yaml'],
            priority: 4
          }),
          call({
            file: `nodes/${tag}-describe.txt`,
            program: 'kubectl',
            args: ['describe', 'nodes', '-l', label],
            priority: 4
          })
        ]
      }),
      call({ file: null, program: 'kubectl', args: ['get', 'crd', '-o', 'name'], priority: 3 }).then(async (done) => {
        const names = done.stdout
          .split('\n')
          .filter(isKarpenterCrdName)
          .map((l) => l.trim())
        if (!ok(done) || names.length === 0) return
        await Promise.all([
          call({ file: 'objects/crds.yaml', program: 'kubectl', args: ['get', ...names, '-o', 'yaml'], priority: 4 }),
          call({
            file: 'objects/crds-versions.txt',
            program: 'kubectl',
            args: [
              'get',
              ...names,
              '-o',
              'custom-columns=NAME:.metadata.name,SERVED:.spec.versions[?(@.served==true)].name,STORAGE:.spec.versions[?(@.storage==true)].name,CONVERSION:.spec.conversion.strategy'
            ],
            priority: 4
          })
        ])
      }),
      call({
        file: null,
        program: 'kubectl',
        args: ['get', 'validatingwebhookconfigurations,mutatingwebhookconfigurations', '-o', 'name'],
        priority: 3
      }).then(async (done) => {
        const names = done.stdout
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => /karpenter/i.test(l))
        if (!ok(done) || names.length === 0) return
        await call({
          file: 'objects/webhooks.yaml',
          program: 'kubectl',
          args: ['get', ...names, '-o', 'yaml'],
          priority: 4
        })
      })
    ]

    const releasesDone = helmList ? await helmList : null
    let releases: HelmRelease[] = []
    if (releasesDone && ok(releasesDone)) {
      try {
        releases = parseHelmReleases(releasesDone.stdout.trim())
      } catch (error) {
        warnings.push(`helm ls -A -o json printed something unexpected: ${(error as Error).message}`)
      }
    } else if (releasesDone) {
      warnings.push(`helm ls failed (${releasesDone.record.error ?? 'no output'}); Karpenter found from Deployments`)
    }
    const deploymentsDone = await deploymentsCall
    let deployments: DeploymentFacts[] = []
    if (ok(deploymentsDone)) {
      try {
        deployments = parseDeployments(deploymentsDone.stdout)
      } catch (error) {
        warnings.push(`could not read the Deployments list: ${(error as Error).message}`)
      }
    }
    const decision = decideNamespace(options.namespace, releases, deployments)
    notes.push(...decision.notes)
    if (helm === null && decision.source === 'deployment') {
      notes.push(`helm not found on PATH: Karpenter found from Deployments labelled ${DEFAULT_POD_SELECTOR}`)
    }
    const k = manifest.karpenter
    k.namespace = decision.namespace
    k.namespaceSource = decision.source
    k.release = decision.release
    k.deployment = decision.deployment?.name ?? null
    k.version = versionInfo(decision.release, decision.deployment)

    const namespaced: Promise<unknown>[] = []
    const ns = decision.namespace
    if (ns === null) {
      const helmPart =
        helm === null ? 'helm is not on PATH (no release to look at)' : 'no helm release of the karpenter chart'
      warnings.push(
        `Karpenter namespace not found: ${helmPart} and no Deployment labelled ` +
          `${DEFAULT_POD_SELECTOR}; cluster-wide evidence only (set ${options.namespaceSetting ?? 'karpenter-namespace'} to choose one)`
      )
    } else {
      const selector = decision.deployment?.selector ?? DEFAULT_POD_SELECTOR
      k.podSelector = selector
      const podsDone = await call({
        file: 'karpenter/pods.yaml',
        program: 'kubectl',
        args: ['get', 'pods', '-n', ns, '-l', selector, '-o', 'yaml'],
        priority: 0
      })
      let pods: PodFacts[] = []
      if (ok(podsDone)) {
        try {
          pods = parsePods(podsDone.stdout)
        } catch (error) {
          warnings.push(`could not read the pod list: ${(error as Error).message}`)
        }
      }
      k.pods = pods.map((p) => p.name)
      if (ok(podsDone) && pods.length === 0)
        warnings.push(`no Karpenter pods in namespace ${ns} (selector ${selector})`)
      // Logs first: they are what maintainers ask for.
      for (const pod of pods) {
        for (const container of pod.containers) {
          const base = `logs/${safeName(pod.name)}/${safeName(container.name)}`
          const logArgs = [
            'logs',
            '-n',
            ns,
            pod.name,
            '-c',
            container.name,
            '--timestamps',
            `--limit-bytes=${logLimitBytes}`
          ]
          namespaced.push(
            call({
              file: `${base}.log`,
              program: 'kubectl',
              args: logArgs,
              limitBytes: logLimitBytes,
              priority: 1
            }).then((done) => {
              if (done.record.file) logFiles.push(join(outDir, done.record.file))
            })
          )
          if (container.restartCount > 0) {
            namespaced.push(
              call({
                file: `${base}.previous.log`,
                program: 'kubectl',
                args: [...logArgs, '--previous'],
                limitBytes: logLimitBytes,
                priority: 1
              }).then((done) => {
                if (done.record.file) logFiles.push(join(outDir, done.record.file))
              })
            )
          }
        }
      }
      namespaced.push(
        call({
          file: 'karpenter/lease.yaml',
          program: 'kubectl',
          args: ['get', 'lease', '-n', ns, 'karpenter-leader-election', '-o', 'yaml'],
          priority: 1
        }).then((done) => {
          if (ok(done)) k.leader = leaseHolder(done.stdout)
        }),
        call({
          file: 'karpenter/pods.txt',
          program: 'kubectl',
          args: ['get', 'pods', '-n', ns, '-l', selector, '-o', 'wide'],
          priority: 2
        }),
        call({
          file: 'karpenter/pods-describe.txt',
          program: 'kubectl',
          args: ['describe', 'pods', '-n', ns, '-l', selector],
          priority: 2
        }),
        call({
          file: 'karpenter/configmaps.yaml',
          program: 'kubectl',
          args: ['get', 'configmaps', '-n', ns, '-l', DEFAULT_POD_SELECTOR, '-o', 'yaml'],
          priority: 3
        }),
        call({
          file: 'events/namespace.yaml',
          program: 'kubectl',
          args: ['get', 'events', '-n', ns, '-o', 'yaml'],
          priority: 2
        }),
        call({
          file: 'events/namespace.txt',
          program: 'kubectl',
          args: ['get', 'events', '-n', ns, '--sort-by=.lastTimestamp', '-o', 'wide'],
          priority: 3
        })
      )
      if (decision.deployment) {
        namespaced.push(
          call({
            file: 'karpenter/deployment-describe.txt',
            program: 'kubectl',
            args: ['describe', 'deployment', '-n', ns, decision.deployment.name],
            priority: 3
          })
        )
      }
      for (const release of karpenterRelatedReleases(releases)) {
        const name = safeName(release.name)
        namespaced.push(
          call({
            file: `helm/${name}-values.yaml`,
            program: 'helm',
            args: ['get', 'values', release.name, '-n', release.namespace, '-o', 'yaml'],
            priority: 4
          }),
          call({
            file: `helm/${name}-history.txt`,
            program: 'helm',
            args: ['history', release.name, '-n', release.namespace],
            priority: 4
          })
        )
      }
    }
    await Promise.all([...namespaced, ...startClusterWide()])
    await queue.idle()
  }

  // Diagnosis of what was collected (another engine); its failure is a warning, never the end of collection.
  if (options.analyze !== false && logFiles.length > 0) {
    try {
      report = await analyzeEvidence({
        logFiles: [...logFiles].sort(),
        objectFiles,
        karpenterVersion: manifest.karpenter.version.version
      })
      const jsonOut = writeRedacted('karpenter-report.json', JSON.stringify(report, null, 2) + '\n')
      manifest.generated.push({ file: 'karpenter-report.json', bytes: jsonOut.bytes, redactions: jsonOut.counts })
      reportMarkdown = redactor.redact(renderKarpenterMarkdown(report)).text
      const mdOut = writeRedacted('karpenter-report.md', reportMarkdown)
      manifest.generated.push({ file: 'karpenter-report.md', bytes: mdOut.bytes, redactions: mdOut.counts })
      manifest.analysis = { status: 'ok', file: 'karpenter-report.json' }
    } catch (error) {
      const message = redactor.redact(error instanceof Error ? error.message : String(error)).text
      manifest.analysis = { status: 'failed', file: null, error: message }
      warnings.push(`log diagnosis failed: ${message}`)
    }
  }

  const finished = Date.now()
  manifest.finishedAt = new Date(finished).toISOString()
  manifest.durationMs = finished - started
  manifest.calls.sort((a, b) => (a.file ?? '~').localeCompare(b.file ?? '~'))
  // An unreachable API server is one warning (the probe's); its timeout is not repeated as "1 call(s) timed out".
  if (manifest.timedOut.length > 0 && manifest.cluster.reachable !== false) {
    warnings.push(`${manifest.timedOut.length} call(s) timed out: ${manifest.timedOut.join('; ')}`)
  }
  if (manifest.skipped.length > 0) {
    warnings.push(
      `${manifest.skipped.length} call(s) not started: the ${seconds(timeoutMs)} s collection timeout was reached`
    )
  }
  const readme = writeRedacted('README.md', folderReadme(manifest))
  manifest.generated.push({ file: 'README.md', bytes: readme.bytes, redactions: readme.counts })
  // The manifest itself carries commands and stderr: it is masked like everything else.
  writeRedacted('manifest.json', JSON.stringify(manifest, null, 2) + '\n')
  return {
    outDir,
    manifest,
    logFiles: logFiles.sort(),
    objectFiles,
    report,
    reportMarkdown,
    warnings,
    notes,
    redact: (text) => redactor.redact(text).text
  }
}
