// The action shells as the runner runs them: `node dist/post.js` with the STATE_* the main step saved, and
// `node dist/index.js` with mode: collect. Real kubectl, the fake API server, a stand-in GitHub REST API.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFakeKubeApi, type FakeKubeApi } from './support/fake-kube-api.js'
import { startFakeGitHubApi, type FakeGitHubApi, type FakeStep } from './support/fake-github-api.js'
import { PLANTED, eraCluster, eraInfo } from './support/karpenter-eras.js'
import { repoRoot } from './support/paths.js'
import { KUBECTL_DIR, listFiles, tempDir } from './support/collect-run.js'
import { runAction, type ActionRun } from './support/run-action.js'
import type { Manifest } from '../src/karpenter/collect/index.js'

const kubectlPresent = existsSync(join(KUBECTL_DIR, 'kubectl'))

/** The action on a runner whose PATH holds kubectl (and no helm); inputs as named in action.yml. */
function runStep(
  entry: 'index.js' | 'post.js',
  inputs: Record<string, string>,
  more: { state?: Record<string, string>; env?: Record<string, string> } = {}
): Promise<ActionRun> {
  return runAction({ entry, inputs, ...more, env: { PATH: KUBECTL_DIR, ...more.env } })
}

function evidenceFolders(runnerTemp: string): string[] {
  const base = join(runnerTemp, 'eksctl-preflight')
  return existsSync(base) ? readdirSync(base) : []
}

describe.skipIf(!kubectlPresent)('action shells: post step and mode: collect', () => {
  let kube: FakeKubeApi
  let kubeconfig: string
  const info = eraInfo('v1')

  beforeAll(async () => {
    kube = await startFakeKubeApi(eraCluster('v1', { plantSecrets: true }))
    kubeconfig = join(tempDir('action-kube-'), 'kubeconfig')
    kube.writeKubeconfig(kubeconfig)
  })
  afterAll(async () => {
    await kube.close()
  })

  const inputs = (extra: Record<string, string> = {}): Record<string, string> => ({
    kubeconfig,
    'collect-timeout': '60',
    'github-token': 'ghs_tokenForTheJobsApi0123456789',
    ...extra
  })

  async function withGitHub(steps: FakeStep[], status: number | undefined, fn: (gh: FakeGitHubApi) => Promise<void>) {
    const gh = await startFakeGitHubApi({
      repository: 'acme/platform',
      runId: '4242',
      attempt: '2',
      runnerName: 'GitHub Actions 7',
      steps,
      status
    })
    try {
      await fn(gh)
    } finally {
      await gh.close()
    }
  }

  it('main step (validate mode) saves the collection setting for the post step', async () => {
    const run = await runStep('index.js', { 'collect-karpenter-logs': 'on-failure' })
    expect(run.state).toMatchObject({ 'collect-karpenter-logs': 'on-failure' })
  })

  it('post step, on-failure, after a failed step: collects, writes the summary, keeps the folder when upload fails', async () => {
    await withGitHub(
      [
        { name: 'Set up job', status: 'completed', conclusion: 'success' },
        { name: 'Run eksctl-preflight/eksctl-preflight@v0', status: 'completed', conclusion: 'success' },
        { name: 'Deploy Karpenter', status: 'completed', conclusion: 'failure' },
        { name: 'Post Run eksctl-preflight/eksctl-preflight@v0', status: 'in_progress', conclusion: null }
      ],
      undefined,
      async (gh) => {
        const run = await runStep('post.js', inputs(), {
          state: { 'collect-karpenter-logs': 'on-failure' },
          env: { GITHUB_API_URL: gh.url }
        })
        expect(run.code).toBe(0)
        expect(gh.requests.map((r) => r.path)).toEqual([
          '/repos/acme/platform/actions/runs/4242/attempts/2/jobs?per_page=100&page=1'
        ])
        expect(gh.requests[0].authorization).toBe('Bearer ghs_tokenForTheJobsApi0123456789')
        expect(run.stdout).toContain('failed: Deploy Karpenter')
        expect(run.stdout).not.toContain('::warning::Karpenter collection: helm not found')
        expect(evidenceFolders(run.runnerTemp)).toEqual(['karpenter-deploy-2'])
        const dir = join(run.runnerTemp, 'eksctl-preflight', 'karpenter-deploy-2')
        const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest
        expect(manifest.karpenter.namespace).toBe(info.namespace)
        expect(listFiles(dir)).toContain(`logs/${info.leader}/controller.log`)
        // No ACTIONS_RUNTIME_TOKEN here: the upload fails with a warning and the folder stays, named by logs-dir.
        expect(run.stdout).toMatch(
          /::warning::Uploading the Karpenter evidence as artifact "karpenter-deploy-2" failed: .*stay in/
        )
        expect(run.outputs['logs-dir']).toBe(dir)
        expect(run.outputs['artifact-id']).toBeUndefined()
        expect(run.summary).toContain('## Karpenter evidence')
        expect(run.summary).toContain(`| Leader | ${info.leader} |`)
        expect(run.summary).toContain('Karpenter diagnosis')
        expect(run.summary).toMatch(/\| Secrets masked \| .*aws-access-key-id/)
        for (const secret of [PLANTED.accessKeyId, PLANTED.jwt, PLANTED.bearer]) {
          expect(run.summary).not.toContain(secret)
          expect(run.stdout).not.toContain(secret)
        }
      }
    )
  })

  it('post step, on-failure, after passing steps: collects nothing', async () => {
    await withGitHub(
      [
        { name: 'Set up job', status: 'completed', conclusion: 'success' },
        { name: 'Deploy Karpenter', status: 'completed', conclusion: 'success' },
        { name: 'Post Run eksctl-preflight/eksctl-preflight@v0', status: 'in_progress', conclusion: null }
      ],
      undefined,
      async (gh) => {
        const run = await runStep('post.js', inputs(), {
          state: { 'collect-karpenter-logs': 'on-failure' },
          env: { GITHUB_API_URL: gh.url }
        })
        expect(run.code).toBe(0)
        expect(gh.requests.length).toBe(1)
        expect(run.stdout).toContain('No step of this job failed: Karpenter evidence not collected')
        expect(evidenceFolders(run.runnerTemp)).toEqual([])
        expect(run.summary).toBe('')
        expect(kube.requests.length).toBeGreaterThan(0)
      }
    )
  })

  it('post step, on-failure, when the jobs API refuses: warns with the cause and collects anyway', async () => {
    await withGitHub([], 403, async (gh) => {
      const run = await runStep('post.js', inputs(), {
        state: { 'collect-karpenter-logs': 'on-failure' },
        env: { GITHUB_API_URL: gh.url }
      })
      expect(run.code).toBe(0)
      expect(run.stdout).toMatch(
        /::warning::Could not tell whether the job failed \(GET .* answered 403 .*actions: read permission\)\): collecting anyway/
      )
      expect(evidenceFolders(run.runnerTemp)).toEqual(['karpenter-deploy-2'])
    })
  })

  it('post step, always: collects without asking GitHub', async () => {
    await withGitHub([], undefined, async (gh) => {
      const run = await runStep('post.js', inputs({ 'artifact-name': 'evidence-x', 'retention-days': '3' }), {
        state: { 'collect-karpenter-logs': 'always' },
        env: { GITHUB_API_URL: gh.url }
      })
      expect(run.code).toBe(0)
      expect(gh.requests).toEqual([])
      expect(evidenceFolders(run.runnerTemp)).toEqual(['evidence-x'])
      expect(run.outputs['logs-dir']).toBe(join(run.runnerTemp, 'eksctl-preflight', 'evidence-x'))
    })
  })

  it('post step: nothing when not armed (main step in collect mode) or when a step already collected', async () => {
    const notArmed = await runStep('post.js', inputs())
    expect(notArmed.code).toBe(0)
    expect(evidenceFolders(notArmed.runnerTemp)).toEqual([])
    const already = await runStep('post.js', inputs(), {
      state: { 'collect-karpenter-logs': 'always' },
      env: { EKSCTL_PREFLIGHT_KARPENTER_COLLECTED: '/tmp/somewhere' }
    })
    expect(already.stdout).toContain('already collected by an earlier step (/tmp/somewhere)')
    expect(evidenceFolders(already.runnerTemp)).toEqual([])
  })

  it('mode: collect step collects now, sets logs-dir, and never fails the step even when nothing answers', async () => {
    const run = await runStep('index.js', inputs({ mode: 'collect' }))
    expect(run.code).toBe(0)
    expect(run.outputs['logs-dir']).toBe(join(run.runnerTemp, 'eksctl-preflight', 'karpenter-deploy-2'))
    expect(run.stdout).not.toContain('::error::')

    const down = await runStep(
      'index.js',
      inputs({ kubeconfig: join(repoRoot, 'no-such-kubeconfig'), mode: 'collect', 'collect-timeout': '10' })
    )
    expect(down.code).toBe(0)
    expect(down.stdout).not.toContain('::error::')
    expect(down.stdout).toContain('::warning::Karpenter collection: kubeconfig:')
    // The folder is kept (with its manifest) for a later upload step, even though nothing could be collected.
    expect(existsSync(join(down.outputs['logs-dir']!, 'manifest.json'))).toBe(true)
  })
})
