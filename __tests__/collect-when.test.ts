// "Collect when it helps, stop when it cannot", end to end: `node dist/index.js` then `node dist/post.js` with the
// main step's GITHUB_STATE handed to post as STATE_* (as the runner does), real kubectl against the fake API server
// (normal, or accepting connections and never answering), a stand-in GitHub REST API and Results service.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFakeKubeApi, type FakeKubeApi } from './support/fake-kube-api.js'
import { startFakeGitHubApi, type FakeGitHubApi, type FakeStep } from './support/fake-github-api.js'
import { startFakeResultsApi } from './support/fake-results-api.js'
import { eraCluster } from './support/karpenter-eras.js'
import { KUBECTL_DIR, tempDir } from './support/collect-run.js'
import { runAction, type ActionRun } from './support/run-action.js'
import { workspace } from './support/run-cli.js'
import { karpenterEnv, karpenterV027 } from './support/seed-configs.js'
import { renderCollectionMarkdown, type CallRecord, type Manifest } from '../src/karpenter/collect/index.js'

const kubectlPresent = existsSync(join(KUBECTL_DIR, 'kubectl'))
const TOKEN = 'ghs_tokenForTheJobsApi0123456789'

function evidenceFolders(runnerTemp: string): string[] {
  const base = join(runnerTemp, 'eksctl-preflight')
  return existsSync(base) ? readdirSync(base) : []
}

/** Workflow-command lines (`::name …::`) the runner would obey, outside stop-commands blocks. */
function liveCommands(stdout: string): string[] {
  const live: string[] = []
  let stopToken: string | null = null
  for (const line of stdout.split('\n')) {
    if (stopToken !== null) {
      if (line === `::${stopToken}::`) stopToken = null
      continue
    }
    const stop = /^::stop-commands::(.+)$/.exec(line)
    if (stop) stopToken = stop[1]!
    else if (line.startsWith('::')) live.push(line)
  }
  return live
}

const warnings = (stdout: string): string[] => liveCommands(stdout).filter((l) => l.startsWith('::warning'))

async function withGitHub(steps: FakeStep[], fn: (gh: FakeGitHubApi) => Promise<void>): Promise<void> {
  const gh = await startFakeGitHubApi({
    repository: 'acme/platform',
    runId: '4242',
    attempt: '2',
    runnerName: 'GitHub Actions 7',
    steps
  })
  try {
    await fn(gh)
  } finally {
    await gh.close()
  }
}

const OWN_STEP = 'Run eksctl-preflight/eksctl-preflight@v0'
const POST_STEP: FakeStep = { name: `Post ${OWN_STEP}`, status: 'in_progress', conclusion: null }

describe.skipIf(!kubectlPresent)('on-failure: main step, then post step with its state', () => {
  let kube: FakeKubeApi
  let kubeconfig: string
  beforeAll(async () => {
    kube = await startFakeKubeApi(eraCluster('v1'))
    kubeconfig = join(tempDir('when-kube-'), 'kubeconfig')
    kube.writeKubeconfig(kubeconfig)
  })
  afterAll(async () => {
    await kube.close()
  })

  /** The main step validating karpenterV027 against `eksctl` (0.105.0 fails it, 0.120.0 passes it). */
  function mainStep(eksctl: string): Promise<ActionRun> {
    const ws = workspace({ 'cluster.yaml': karpenterV027 })
    return runAction({
      workspace: ws,
      inputs: {
        config: 'cluster.yaml',
        'eksctl-version': eksctl,
        envsubst: 'true',
        'collect-karpenter-logs': 'on-failure',
        kubeconfig,
        'github-token': TOKEN
      },
      env: { PATH: KUBECTL_DIR, ...karpenterEnv }
    })
  }

  function postStep(main: ActionRun, env: Record<string, string>): Promise<ActionRun> {
    return runAction({
      entry: 'post.js',
      inputs: { 'collect-karpenter-logs': 'on-failure', kubeconfig, 'github-token': TOKEN, 'collect-timeout': '60' },
      state: main.state,
      env: { PATH: KUBECTL_DIR, ...env }
    })
  }

  it("after the action's own validation failed: one notice, no kubectl call, no folder, fast", async () => {
    const main = await mainStep('0.105.0')
    expect(main.code).toBe(1)
    expect(main.state).toMatchObject({ 'collect-karpenter-logs': 'on-failure', 'main-step-failed': 'true' })
    await withGitHub(
      [
        { name: 'Set up job', status: 'completed', conclusion: 'success' },
        { name: OWN_STEP, status: 'completed', conclusion: 'failure' },
        POST_STEP
      ],
      async (gh) => {
        const seen = kube.requests.length
        const started = Date.now()
        const post = await postStep(main, { GITHUB_API_URL: gh.url })
        const wallMs = Date.now() - started
        expect(post.code).toBe(0)
        expect(wallMs).toBeLessThan(10_000)
        expect(kube.requests.length).toBe(seen)
        expect(evidenceFolders(post.runnerTemp)).toEqual([])
        expect(post.summary).toBe('')
        expect(warnings(post.stdout)).toEqual([])
        const notices = liveCommands(post.stdout).filter((l) => l.startsWith('::notice'))
        expect(notices).toHaveLength(1)
        expect(notices[0]).toContain("the step that failed is this action's own (eksctl-preflight validation)")
        expect(notices[0]).toContain('collect-karpenter-logs: always')
      }
    )
  })

  it('after validation failed and no token to ask GitHub with: the same notice, still nothing collected', async () => {
    const main = await mainStep('0.105.0')
    const post = await runAction({
      entry: 'post.js',
      inputs: { 'collect-karpenter-logs': 'on-failure', kubeconfig, 'github-token': '' },
      state: main.state,
      env: { PATH: KUBECTL_DIR }
    })
    expect(post.code).toBe(0)
    expect(evidenceFolders(post.runnerTemp)).toEqual([])
    expect(liveCommands(post.stdout).filter((l) => l.startsWith('::notice'))).toHaveLength(1)
    expect(warnings(post.stdout)).toEqual([])
  })

  it('after validation passed and a later step failed: collects', async () => {
    const main = await mainStep('0.120.0')
    expect(main.code, main.stdout).toBe(0)
    expect(main.state).toMatchObject({ 'main-step-failed': 'false' })
    await withGitHub(
      [
        { name: OWN_STEP, status: 'completed', conclusion: 'success' },
        { name: 'Deploy Karpenter', status: 'completed', conclusion: 'failure' },
        POST_STEP
      ],
      async (gh) => {
        const post = await postStep(main, { GITHUB_API_URL: gh.url })
        expect(post.code).toBe(0)
        expect(post.stdout).toContain('failed: Deploy Karpenter')
        expect(evidenceFolders(post.runnerTemp)).toEqual(['karpenter-deploy-2'])
        expect(post.summary).toContain('## Karpenter evidence')
        // helm is not on PATH and Karpenter was found from its Deployment: a note, and no "namespace not found".
        expect(post.stdout).toContain('Karpenter collection: helm not found on PATH: Karpenter found from Deployments')
        expect(post.stdout).not.toContain('namespace not found')
      }
    )
  })

  it('after validation failed under continue-on-error and a later step failed too: collects', async () => {
    const main = await mainStep('0.105.0')
    await withGitHub(
      [
        { name: OWN_STEP, status: 'completed', conclusion: 'failure' },
        { name: 'Deploy Karpenter', status: 'completed', conclusion: 'failure' },
        POST_STEP
      ],
      async (gh) => {
        const post = await postStep(main, { GITHUB_API_URL: gh.url })
        expect(post.code).toBe(0)
        expect(post.stdout).toContain(`failed: ${OWN_STEP}, Deploy Karpenter`)
        expect(evidenceFolders(post.runnerTemp)).toEqual(['karpenter-deploy-2'])
      }
    )
  })

  it('when GitHub cannot say whether the job failed, the warning names the jobs API URL and actions: read', async () => {
    const main = await mainStep('0.120.0')
    // A GitHub API that is not there (a closed port): the request fails.
    const gh = await startFakeGitHubApi({ repository: 'x/y', runId: '1', attempt: '1', runnerName: 'r', steps: [] })
    await gh.close()
    const post = await postStep(main, { GITHUB_API_URL: gh.url })
    expect(post.code).toBe(0)
    const warned = warnings(post.stdout).filter((w) => w.includes('Could not tell whether the job failed'))
    expect(warned).toHaveLength(1)
    expect(warned[0]).toContain(`${gh.url}/repos/acme/platform/actions/runs/4242/attempts/2/jobs`)
    expect(warned[0]).toContain('actions: read')
    expect(evidenceFolders(post.runnerTemp)).toEqual(['karpenter-deploy-2'])
  })
})

describe.skipIf(!kubectlPresent)('an API server that accepts connections and never answers', () => {
  let kube: FakeKubeApi
  beforeAll(async () => {
    kube = await startFakeKubeApi(eraCluster('v1'), { mode: 'hang' })
  })
  afterAll(async () => {
    await kube.close()
  })

  it('with the default collect-timeout the post step ends within 40 s, exits 0 and warns once', async () => {
    const kubeconfig = join(tempDir('when-hang-'), 'kubeconfig')
    kube.writeKubeconfig(kubeconfig, { context: 'prod-eu' })
    const results = await startFakeResultsApi({ artifactId: '77' })
    try {
      const started = Date.now()
      const post = await runAction({
        entry: 'post.js',
        // collect-timeout is not given: action.yml's default (120) applies.
        inputs: { kubeconfig },
        state: { 'collect-karpenter-logs': 'always', 'main-step-failed': 'false' },
        env: { PATH: KUBECTL_DIR, ACTIONS_RUNTIME_TOKEN: results.runtimeToken, ACTIONS_RESULTS_URL: results.url }
      })
      const wallMs = Date.now() - started
      console.log(`never-answering API: post step ${(wallMs / 1000).toFixed(1)} s`)
      expect(post.code).toBe(0)
      expect(wallMs).toBeLessThan(40_000)
      const warned = warnings(post.stdout)
      expect(warned).toHaveLength(1)
      expect(warned[0]).toMatch(
        new RegExp(
          `^::warning::Karpenter collection: the Kubernetes API server at ${kube.url.replace(/[.]/g, '\\.')} ` +
            '\\(context prod-eu, kubeconfig .*\\) did not answer within 10 s; nothing else was collected'
        )
      )
      // What is known is written and uploaded: the probe, the context, the server.
      const dir = post.outputs['logs-dir']!
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest
      expect(manifest.cluster).toMatchObject({ context: 'prod-eu', server: kube.url, reachable: false })
      expect(manifest.calls).toHaveLength(1)
      expect(manifest.calls[0]).toMatchObject({ status: 'timed-out' })
      expect(manifest.calls[0]!.command.join(' ')).toContain('version -o json')
      expect(post.summary).toContain('**did not answer**')
      expect(post.outputs['artifact-id']).toBe('77')
    } finally {
      await results.close()
    }
  })
})

describe('job summary of a collection', () => {
  const call = (i: number): CallRecord => ({
    file: null,
    command: ['kubectl', 'get', 'thing', `n${i}`],
    status: 'failed',
    exitCode: 1,
    startMs: 0,
    durationMs: 1,
    bytes: 0,
    truncated: false,
    redactions: {}
  })
  const manifest = (calls: CallRecord[]): Manifest =>
    ({
      karpenter: { namespace: 'karpenter', namespaceSource: 'helm', version: {}, leader: null, pods: [] },
      cluster: { server: 'https://x', context: 'c', reachable: true },
      calls,
      timedOut: [],
      skipped: [],
      durationMs: 1000,
      redactions: { total: {}, byFile: {} },
      warnings: [],
      notes: []
    }) as unknown as Manifest

  it('lists a few failed calls in the table and many in a collapsed <details> block', () => {
    const few = renderCollectionMarkdown(manifest([call(1), call(2)]), '/tmp/x')
    expect(few).toContain('| Failed calls | `kubectl get thing n1` (exit 1), `kubectl get thing n2` (exit 1) |')
    expect(few).not.toContain('<details>')
    const many = renderCollectionMarkdown(manifest(Array.from({ length: 12 }, (_, i) => call(i))), '/tmp/x')
    expect(many).toContain('| Failed calls | 12 (listed below) |')
    expect(many).toContain('<details><summary>Failed calls: 12</summary>')
    expect(many).not.toContain('<details open')
    expect(many.match(/^- `kubectl get thing n\d+` \(exit 1\)$/gm)).toHaveLength(12)
  })
})
