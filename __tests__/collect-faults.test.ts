// Faults and secrets, end to end through `node dist/cli.js karpenter collect` with real kubectl:
// no kubectl, API server down, API server that never answers, a 50 MB log, planted secrets.
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFakeKubeApi, kubeconfigFor, type FakeKubeApi } from './support/fake-kube-api.js'
import { PLANTED, eraCluster, eraInfo } from './support/karpenter-eras.js'

import { KUBECTL_DIR, cliEnv, fileSize, listFiles, readManifest, tempDir } from './support/collect-run.js'
import { runCliAsync } from './support/run-cli.js'
import { writeFileSync } from 'node:fs'

const kubectlPresent = existsSync(join(KUBECTL_DIR, 'kubectl'))

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

beforeAll(async () => {})

describe('karpenter collect without kubectl', () => {
  it('writes the manifest and README, says kubectl is missing, exits 1', async () => {
    const work = tempDir('collect-nokubectl-')
    const emptyBin = join(work, 'bin')
    const out = join(work, 'evidence')
    const run = await runCliAsync(['karpenter', 'collect', '--out', out], cliEnv([emptyBin], work))
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('kubectl not found on PATH')
    expect(listFiles(out)).toEqual(['README.md', 'manifest.json'])
    const manifest = readManifest(out)
    expect(manifest.calls).toEqual([])
    expect(manifest.cluster.kubectl).toBeNull()
    expect(manifest.warnings.join('\n')).toContain('kubectl not found on PATH')
  })

  it('refuses a non-empty output folder with exit code 2 and touches nothing', async () => {
    const work = tempDir('collect-nonempty-')
    writeFileSync(join(work, 'keep.txt'), 'mine')
    const run = await runCliAsync(['karpenter', 'collect', '--out', work], cliEnv([KUBECTL_DIR], work))
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('is not empty')
    expect(listFiles(work)).toEqual(['keep.txt'])
  })

  it('rejects bad options with exit code 2', async () => {
    const work = tempDir('collect-usage-')
    const run = await runCliAsync(
      ['karpenter', 'collect', '--out', join(work, 'x'), '--timeout', 'soon'],
      cliEnv([], work)
    )
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--timeout needs a positive number, got "soon"')
    const missing = await runCliAsync(['karpenter', 'collect'], cliEnv([], work))
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('--out DIR is required')
  })
})

describe.skipIf(!kubectlPresent)('karpenter collect when the API server fails (real kubectl)', () => {
  it('API server down: the probe fails fast with its cause, nothing else is tried, exit 1 says why', async () => {
    const work = tempDir('collect-down-')
    const port = await freePort()
    writeFileSync(
      join(work, 'kubeconfig'),
      kubeconfigFor(`http://deploy:hunter2-Pl4nted@127.0.0.1:${port}/?token=q-Pl4nted-token`, 'tok-0123456789')
    )
    const out = join(work, 'evidence')
    const run = await runCliAsync(
      ['karpenter', 'collect', '--out', out, '--kubeconfig', join(work, 'kubeconfig')],
      cliEnv([KUBECTL_DIR], work)
    )
    expect(run.code).toBe(1)
    expect(run.wallMs).toBeLessThan(30_000)
    const manifest = readManifest(out)
    // One call: the probe. Its cause is kept; the server URL is kept without the credentials written into it.
    expect(manifest.calls.map((c) => c.command.slice(-3).join(' '))).toEqual(['version -o json'])
    expect(manifest.calls[0].status).toBe('failed')
    expect(manifest.calls[0].error).toMatch(/connection refused|was refused/)
    expect(manifest.cluster).toMatchObject({ server: `http://127.0.0.1:${port}/`, context: 'fake', reachable: false })
    expect(manifest.timedOut).toEqual([])
    expect(manifest.warnings).toHaveLength(1)
    expect(run.stderr).toContain(`warning: the Kubernetes API server at http://127.0.0.1:${port}/ (context fake`)
    expect(run.stderr).toContain('failed kubectl version')
    expect(run.stderr).not.toContain('Karpenter namespace not found')
    expect(run.stderr).toMatch(
      /exit 1: nothing was collected from the cluster \(the Kubernetes API server did not answer\); .* holds manifest.json and README.md/
    )
    // What is known: the probe's output (kubectl's own version), the manifest and the folder README.
    expect(listFiles(out)).toEqual(['README.md', 'cluster/version.json', 'manifest.json'])
    expect(readFileSync(join(out, 'cluster/version.json'), 'utf8')).toContain('clientVersion')
    for (const file of listFiles(out)) {
      const text = readFileSync(join(out, file), 'utf8')
      expect(text).not.toContain('hunter2-Pl4nted')
      expect(text).not.toContain('q-Pl4nted-token')
    }
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toContain('the API server did not answer the probe')
  })

  describe('API server that accepts connections and never answers', () => {
    let api: FakeKubeApi
    beforeAll(async () => {
      api = await startFakeKubeApi(eraCluster('v1'), { mode: 'hang' })
    })
    afterAll(async () => {
      await api.close()
    })

    it('ends within its timeout and names the calls that timed out', async () => {
      const work = tempDir('collect-hang-')
      api.writeKubeconfig(join(work, 'kubeconfig'))
      const out = join(work, 'evidence')
      const run = await runCliAsync(
        [
          'karpenter',
          'collect',
          '--out',
          out,
          '--kubeconfig',
          join(work, 'kubeconfig'),
          '--timeout',
          '4',
          '--call-timeout',
          '1.5'
        ],
        cliEnv([KUBECTL_DIR], work)
      )
      expect(run.code).toBe(1)
      const manifest = readManifest(out)
      // The collection's own clock: the overall deadline (4 s) bounds it, plus the time to write the folder.
      expect(manifest.durationMs).toBeLessThan(4000 + 1500)
      expect(run.wallMs).toBeLessThan(4000 + 5000)
      expect(manifest.timedOut.length).toBeGreaterThan(0)
      expect(manifest.timedOut.some((c) => c.startsWith('kubectl ') && c.includes('version -o json'))).toBe(true)
      const timedOut = manifest.calls.filter((c) => c.status === 'timed-out')
      expect(timedOut.length).toBe(manifest.timedOut.length)
      for (const c of timedOut)
        expect(Number(/no answer within ([\d.]+) s/.exec(c.error ?? '')?.[1])).toBeLessThanOrEqual(1.5)
      // The probe (1.5 s, the call timeout) is the only call; one warning says so, not one per call.
      expect(manifest.calls).toHaveLength(1)
      expect(run.wallMs).toBeLessThan(1500 + 5000)
      expect(run.stderr.match(/^warning: /gm)).toHaveLength(1)
      expect(run.stderr).toMatch(
        /warning: the Kubernetes API server at http:\/\/127\.0\.0\.1:\d+ \(context fake, kubeconfig .*\) did not answer within 1\.5 s; nothing else was collected/
      )
      const summary = readFileSync(join(out, 'README.md'), 'utf8')
      expect(summary).toContain('timed-out')
    })
  })

  describe('a 50 MB controller log', () => {
    let api: FakeKubeApi
    beforeAll(async () => {
      api = await startFakeKubeApi(eraCluster('v1', { bigLogBytes: 50 * 1024 * 1024 }))
    })
    afterAll(async () => {
      await api.close()
    })

    it('is capped with --limit-bytes, cut at a line end and marked truncated', async () => {
      const work = tempDir('collect-big-')
      api.writeKubeconfig(join(work, 'kubeconfig'))
      const out = join(work, 'evidence')
      const run = await runCliAsync(
        ['karpenter', 'collect', '--out', out, '--kubeconfig', join(work, 'kubeconfig'), '--no-analyze'],
        cliEnv([KUBECTL_DIR], work)
      )
      expect(run.code).toBe(0)
      const leader = eraInfo('v1').leader
      const rel = `logs/${leader}/controller.log`
      const manifest = readManifest(out)
      const call = manifest.calls.find((c) => c.file === rel)
      expect(call).toMatchObject({ status: 'ok', truncated: true, exitCode: 0 })
      expect(call?.command).toContain('--limit-bytes=10485760')
      const size = fileSize(out, rel)
      expect(size).toBe(call?.bytes)
      expect(size).toBeLessThanOrEqual(10 * 1024 * 1024)
      expect(size).toBeGreaterThan(10 * 1024 * 1024 - 1024)
      const text = readFileSync(join(out, rel), 'utf8')
      expect(
        text.endsWith(
          '"Pods":"web-renderer/main-759695cfff-sf8l6, web-renderer/main-759695cfff-5kbmg","duration":"60.618806ms"}\n'
        )
      ).toBe(true)
      expect(run.stdout).toContain(`truncated: ${rel}`)
      // The server was asked for at most the cap.
      expect(api.requests.some((r) => r.includes(`/pods/${leader}/log?`) && r.includes('limitBytes=10485760'))).toBe(
        true
      )
    })
  })

  describe('planted secrets in logs, events and ConfigMaps', () => {
    let api: FakeKubeApi
    beforeAll(async () => {
      api = await startFakeKubeApi(eraCluster('v1', { plantSecrets: true, restartedPod: true }))
    })
    afterAll(async () => {
      await api.close()
    })

    it('none reaches any file of the folder; the manifest counts them per file', async () => {
      const work = tempDir('collect-secrets-')
      api.writeKubeconfig(join(work, 'kubeconfig'), { token: PLANTED.kubeconfigToken })
      const out = join(work, 'evidence')
      const run = await runCliAsync(
        [
          'karpenter',
          'collect',
          '--out',
          out,
          '--kubeconfig',
          join(work, 'kubeconfig'),
          '--mask-env',
          'DEPLOY_KEY',
          '--redact-account-ids'
        ],
        cliEnv([KUBECTL_DIR], work, { DEPLOY_KEY: PLANTED.masked })
      )
      expect(run.code).toBe(0)
      const secrets = [
        PLANTED.accessKeyId,
        PLANTED.secretAccessKey,
        PLANTED.jwt,
        PLANTED.jwt.split('.')[1],
        PLANTED.bearer,
        PLANTED.masked,
        PLANTED.kubeconfigToken,
        PLANTED.accountId
      ]
      const files = listFiles(out)
      expect(files.length).toBeGreaterThan(15)
      for (const file of files) {
        const text = readFileSync(join(out, file), 'utf8')
        for (const secret of secrets) expect(text.includes(secret), `${secret} in ${file}`).toBe(false)
      }
      for (const secret of secrets) {
        expect(run.stdout).not.toContain(secret)
        expect(run.stderr).not.toContain(secret)
      }
      const manifest = readManifest(out)
      const leaderLog = `logs/${eraInfo('v1').leader}/controller.log`
      expect(manifest.redactions.byFile[leaderLog]).toEqual({
        'kubeconfig-credential': 1,
        'masked-value': 1,
        jwt: 1,
        'bearer-token': 1,
        'aws-access-key-id': 1,
        'aws-secret-access-key': 1,
        'aws-account-id': 1
      })
      expect(manifest.redactions.byFile['karpenter/configmaps.yaml']).toEqual({
        'masked-value': 1,
        jwt: 1,
        'bearer-token': 1,
        'aws-access-key-id': 2,
        'aws-secret-access-key': 1
      })
      expect(manifest.redactions.byFile['events/karpenter-all-namespaces.yaml']).toMatchObject({
        'aws-access-key-id': 1,
        'bearer-token': 1
      })
      expect(manifest.redactions.byFile['events/namespace.yaml']).toMatchObject({ jwt: 1, 'masked-value': 1 })
      const call = manifest.calls.find((c) => c.file === leaderLog)
      expect(call?.redactions).toEqual(manifest.redactions.byFile[leaderLog])
      expect(manifest.redactions.total['aws-access-key-id']).toBeGreaterThanOrEqual(5)
      expect(readFileSync(join(out, leaderLog), 'utf8')).toContain('Authorization: Bearer [REDACTED:bearer-token]')
      expect(readFileSync(join(out, leaderLog), 'utf8')).toContain(
        'arn:aws:iam::[REDACTED:aws-account-id]:role/KarpenterControllerRole-demo'
      )
      expect(run.stdout).toMatch(/masked: {4}\d+ secret\(s\) \(.*aws-access-key-id/)
    })
  })
})
