// A successful artifact upload, end to end: `node dist/index.js` (mode: collect) and `node dist/post.js` with
// ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL pointing at a Results service and blob store on 127.0.0.1
// (support/fake-results-api.ts), real kubectl against the fake API server. The uploaded zip is read back and compared
// with the folder the step left.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startFakeKubeApi, type FakeKubeApi } from './support/fake-kube-api.js'
import { startFakeResultsApi, type FakeResultsApi, type FakeResultsOptions } from './support/fake-results-api.js'
import { eraCluster } from './support/karpenter-eras.js'
import { KUBECTL_DIR, listFiles, tempDir } from './support/collect-run.js'
import { RUNNER_JOB, runAction, type ActionRun } from './support/run-action.js'
import { readZip } from './support/zip-read.js'

const kubectlPresent = existsSync(join(KUBECTL_DIR, 'kubectl'))
const DAY_MS = 24 * 60 * 60 * 1000

describe.skipIf(!kubectlPresent)('artifact upload of the collected evidence (Results service on 127.0.0.1)', () => {
  let kube: FakeKubeApi
  let kubeconfig: string
  let results: FakeResultsApi | undefined

  beforeAll(async () => {
    kube = await startFakeKubeApi(eraCluster('v1'))
    kubeconfig = join(tempDir('upload-kube-'), 'kubeconfig')
    kube.writeKubeconfig(kubeconfig)
  })
  afterAll(async () => {
    await kube.close()
  })
  afterEach(async () => {
    await results?.close()
    results = undefined
  })

  async function runWithResults(
    entry: 'index.js' | 'post.js',
    inputs: Record<string, string>,
    serverOptions: FakeResultsOptions = {},
    state: Record<string, string> = {},
    env: Record<string, string> = {}
  ): Promise<{ run: ActionRun; results: FakeResultsApi }> {
    results = await startFakeResultsApi(serverOptions)
    const run = await runAction({
      entry,
      inputs: { kubeconfig, 'collect-timeout': '60', ...inputs },
      state,
      env: {
        PATH: KUBECTL_DIR,
        ACTIONS_RUNTIME_TOKEN: results.runtimeToken,
        ACTIONS_RESULTS_URL: results.url,
        ...env
      }
    })
    return { run, results }
  }

  /** The one committed blob: its path and bytes. */
  function uploadedZip(r: FakeResultsApi): { path: string; zip: Buffer } {
    expect([...r.blobs.keys()]).toHaveLength(1)
    const [path, zip] = [...r.blobs.entries()][0]!
    return { path, zip }
  }

  function expectZipHoldsFolder(zip: Buffer, dir: string): void {
    const entries = readZip(zip)
    const files = listFiles(dir)
    expect(files).toContain('manifest.json')
    expect(files).toContain('README.md')
    expect(files).toContain('karpenter-report.json')
    expect(entries.map((e) => e.name).sort()).toEqual(files)
    for (const entry of entries) expect(entry.data.equals(readFileSync(join(dir, entry.name))), entry.name).toBe(true)
  }

  it('mode: collect uploads the folder as karpenter-<job>-<attempt>, no expiry asked, outputs id and url', async () => {
    const { run, results: r } = await runWithResults('index.js', { mode: 'collect' }, { artifactId: '1234567' })
    expect(run.code).toBe(0)
    expect(run.stdout).not.toContain('::warning::Uploading')
    expect(run.stdout).not.toContain('::error::')

    expect(r.twirp.map((c) => c.method)).toEqual(['CreateArtifact', 'FinalizeArtifact'])
    const name = `karpenter-${RUNNER_JOB.GITHUB_JOB}-${RUNNER_JOB.GITHUB_RUN_ATTEMPT}`
    expect(name).toBe('karpenter-deploy-2')
    const create = r.twirp[0]!.body
    expect(create).toMatchObject({
      workflow_run_backend_id: r.workflowRunBackendId,
      workflow_job_run_backend_id: r.workflowJobRunBackendId,
      name,
      mime_type: 'application/zip',
      version: 7
    })
    expect(create).not.toHaveProperty('expires_at')

    // Block upload then commit, to the signed URL CreateArtifact handed out.
    const { path, zip } = uploadedZip(r)
    expect(path).toBe(`/devstoreaccount1/actions-results/${r.workflowJobRunBackendId}/${name}.zip`)
    expect(r.blobCalls.map((c) => c.comp)).toEqual([...r.blobCalls.slice(0, -1).map(() => 'block'), 'blocklist'])

    const dir = join(run.runnerTemp, 'eksctl-preflight', name)
    expect(run.outputs['logs-dir']).toBe(dir)
    expectZipHoldsFolder(zip, dir)

    // FinalizeArtifact reports what was uploaded: its size and sha256.
    expect(r.twirp[1]!.body).toMatchObject({
      workflow_run_backend_id: r.workflowRunBackendId,
      workflow_job_run_backend_id: r.workflowJobRunBackendId,
      name,
      size: String(zip.length),
      hash: `sha256:${createHash('sha256').update(zip).digest('hex')}`
    })

    expect(run.outputs['artifact-id']).toBe('1234567')
    expect(run.outputs['artifact-url']).toBe('https://github.com/acme/platform/actions/runs/4242/artifacts/1234567')
    expect(run.stdout).toContain(`Karpenter evidence uploaded as artifact ${name} (${zip.length} bytes)`)
    // The runtime token is never written into the evidence.
    expect(zip.includes(Buffer.from(r.runtimeToken))).toBe(false)
  })

  it('post step (always) uploads under artifact-name with retention-days as the expiry', async () => {
    const before = Date.now()
    const { run, results: r } = await runWithResults(
      'post.js',
      { 'artifact-name': 'evidence-x', 'retention-days': '5' },
      { artifactId: '2718281828' },
      { 'collect-karpenter-logs': 'always' }
    )
    const after = Date.now()
    expect(run.code).toBe(0)
    expect(r.twirp.map((c) => c.method)).toEqual(['CreateArtifact', 'FinalizeArtifact'])
    const create = r.twirp[0]!.body
    expect(create.name).toBe('evidence-x')
    const expiresAt = Date.parse(String(create.expires_at))
    expect(expiresAt).toBeGreaterThanOrEqual(before + 5 * DAY_MS - 60_000)
    expect(expiresAt).toBeLessThanOrEqual(after + 5 * DAY_MS + 60_000)

    const { path, zip } = uploadedZip(r)
    expect(path.endsWith('/evidence-x.zip')).toBe(true)
    expectZipHoldsFolder(zip, join(run.runnerTemp, 'eksctl-preflight', 'evidence-x'))
    expect(run.outputs['artifact-id']).toBe('2718281828')
    expect(run.outputs['artifact-url']).toBe('https://github.com/acme/platform/actions/runs/4242/artifacts/2718281828')
  })

  it("retention-days beyond the repository's maximum (GITHUB_RETENTION_DAYS) is capped to it, with a warning", async () => {
    const before = Date.now()
    const { run, results: r } = await runWithResults(
      'index.js',
      { mode: 'collect', 'retention-days': '30' },
      {},
      {},
      { GITHUB_RETENTION_DAYS: '7' }
    )
    const after = Date.now()
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('::warning::Retention days cannot be greater than the maximum allowed retention')
    const expiresAt = Date.parse(String(r.twirp[0]!.body.expires_at))
    expect(expiresAt).toBeGreaterThanOrEqual(before + 7 * DAY_MS - 60_000)
    expect(expiresAt).toBeLessThanOrEqual(after + 7 * DAY_MS + 60_000)
    expect(run.outputs['artifact-id']).toBe('1234567')
  })

  it('a name already taken (CreateArtifact 409): warns with the matrix hint, keeps the folder, no artifact outputs', async () => {
    const { run, results: r } = await runWithResults(
      'index.js',
      { mode: 'collect' },
      { createError: { status: 409, code: 'already_exists', msg: 'an artifact with this name already exists' } }
    )
    expect(run.code).toBe(0)
    expect(r.twirp.map((c) => c.method)).toEqual(['CreateArtifact'])
    expect(r.blobCalls).toEqual([])
    expect(run.stdout).toMatch(
      /::warning::Uploading the Karpenter evidence as artifact "karpenter-deploy-2" failed: .*409.*already exists.*in a matrix, give each job its own artifact-name/
    )
    expect(run.outputs['artifact-id']).toBeUndefined()
    expect(run.outputs['artifact-url']).toBeUndefined()
    expect(listFiles(run.outputs['logs-dir']!)).toContain('manifest.json')
  })
})
