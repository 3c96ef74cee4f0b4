// Collection under attack (issue 12, hardening points 4, 6, 7, 13), each reproduced end to end: the real CLI
// (`node dist/cli.js karpenter collect`) or the action's post step (`node dist/post.js`), real kubectl against the
// fake API server holding the hostile data.
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer, type Server, type Socket } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFakeKubeApi, type FakeKubeApi, type KubeObject } from './support/fake-kube-api.js'
import { PLANTED, eraCluster, eraInfo, helmReleases } from './support/karpenter-eras.js'
import { KUBECTL_DIR, cliEnv, listFiles, readManifest, tempDir } from './support/collect-run.js'
import { runCliAsync } from './support/run-cli.js'
import { runAction } from './support/run-action.js'
import { writeHelmStandIn } from './support/stand-ins.js'

const kubectlPresent = existsSync(join(KUBECTL_DIR, 'kubectl'))
const info = eraInfo('v1')

/** Workflow-command lines (`::name …::`) the runner would obey: outside stop-commands blocks. */
function liveCommands(output: string): string[] {
  const live: string[] = []
  let stopToken: string | null = null
  for (const line of output.split('\n')) {
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

// Secrets of point 4: values a pod's env names (not recognisable by their shape), and one a kubeconfig holds.
const ENV_SECRET = 'q8Zr1vT5mW0pLx7cN3bK9sD2fG6hJ4aY1eR0tU5i' // 40 characters, like a secret access key
const DB_PASSWORD = 'correct-horse-battery-staple-17'
const API_TOKEN = 'tok_live_4f9a8b7c6d5e'
const CM_KUBECONFIG_TOKEN = 'k8s-aws-v1.aHR0cHM6Ly9zdHMuYW1hem9uYXdzLmNvbS8_QWN0aW9uPUdldENhbGxlcklkZW50aXR5'
const PEM_BODY_LINE = 'MIIEowIBAAKCAQEA7PlantedKeyBodyLine0123456789abcdefABCDEF+/xyzXYZ0'

function hostileEnvCluster(): ReturnType<typeof eraCluster> {
  const cluster = eraCluster('v1', { plantSecrets: true })
  const env = [
    { name: 'CLUSTER_NAME', value: 'demo' },
    { name: 'AWS_SECRET_ACCESS_KEY', value: ENV_SECRET },
    { name: 'DB_PASSWORD', value: DB_PASSWORD },
    { name: 'KARPENTER_API_TOKEN', value: API_TOKEN }
  ]
  const lastApplied = (kind: string): string =>
    JSON.stringify({ apiVersion: 'v1', kind, spec: { containers: [{ name: 'controller', env }] } })
  for (const object of cluster.objects) {
    if (object.metadata.namespace !== info.namespace) continue
    if (object.kind === 'Pod') {
      const spec = object.spec as { containers: { env: unknown }[] }
      spec.containers[0]!.env = env
      object.metadata.annotations = { 'kubectl.kubernetes.io/last-applied-configuration': lastApplied('Pod') }
    }
    if (object.kind === 'Deployment') {
      const spec = object.spec as { template: { spec: { containers: { env?: unknown }[] } } }
      spec.template.spec.containers[0]!.env = env
      object.metadata.annotations = { 'kubectl.kubernetes.io/last-applied-configuration': lastApplied('Deployment') }
    }
  }
  const cm: KubeObject = {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: {
      name: 'karpenter-extra',
      namespace: info.namespace,
      labels: { 'app.kubernetes.io/name': 'karpenter', 'app.kubernetes.io/instance': 'karpenter' }
    },
    data: {
      // A known secret (the --mask-env value) base64-encoded, alone and inside a larger encoded file.
      'deploy-key.b64': Buffer.from(PLANTED.masked).toString('base64'),
      'settings.b64': Buffer.from(`# settings\nkey=${PLANTED.masked}\nregion=us-west-2\n`).toString('base64'),
      // A kubeconfig someone stored in a ConfigMap: its token is in no pattern's shape.
      kubeconfig: [
        'apiVersion: v1',
        'kind: Config',
        'users:',
        '- name: ci',
        '  user:',
        `    token: ${CM_KUBECONFIG_TOKEN}`,
        ''
      ].join('\n')
    },
    // The collection's own kubeconfig token, base64 in binaryData.
    binaryData: { 'ci-token': Buffer.from(PLANTED.kubeconfigToken).toString('base64') }
  }
  cluster.objects.push(cm)
  // The leader's log starts with a private key far longer than the log cap: the cut falls inside the block.
  const key = `${info.namespace}/${info.leader}/controller`
  const pem = ['-----BEGIN RSA PRIVATE KEY-----', ...Array.from({ length: 4000 }, () => PEM_BODY_LINE)]
  cluster.logs[key] = { current: `${pem.join('\n')}\n-----END RSA PRIVATE KEY-----\nafter the key\n` }
  return cluster
}

describe.skipIf(!kubectlPresent)('point 4: secrets Kubernetes holds in its own forms', () => {
  let api: FakeKubeApi
  beforeAll(async () => {
    api = await startFakeKubeApi(hostileEnvCluster())
  })
  afterAll(async () => {
    await api.close()
  })

  it('env values by name (also in last-applied JSON), base64 of known secrets, a kubeconfig token, a cut PEM block', async () => {
    const work = tempDir('harden-redact-')
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
        '--log-limit-bytes',
        '65536',
        '--no-analyze'
      ],
      cliEnv([KUBECTL_DIR], work, { DEPLOY_KEY: PLANTED.masked })
    )
    expect(run.code, run.stderr).toBe(0)
    const secrets: Record<string, string> = {
      ENV_SECRET,
      DB_PASSWORD,
      API_TOKEN,
      CM_KUBECONFIG_TOKEN,
      PEM_BODY_LINE,
      'base64 of the mask-env value': Buffer.from(PLANTED.masked).toString('base64'),
      'base64 of the kubeconfig token': Buffer.from(PLANTED.kubeconfigToken).toString('base64'),
      masked: PLANTED.masked,
      kubeconfigToken: PLANTED.kubeconfigToken
    }
    const files = listFiles(out)
    for (const file of ['karpenter/pods.yaml', 'karpenter/deployments.yaml', 'karpenter/configmaps.yaml'])
      expect(files).toContain(file)
    for (const file of files) {
      const text = readFileSync(join(out, file), 'utf8')
      for (const [what, secret] of Object.entries(secrets))
        expect(text.includes(secret), `${what} in ${file}`).toBe(false)
    }
    // The larger encoded file: no 8+ character run of the secret's base64 (at any byte alignment) is left.
    const cms = readFileSync(join(out, 'karpenter/configmaps.yaml'), 'utf8')
    expect(cms).not.toContain(Buffer.from(`# settings\nkey=${PLANTED.masked}`).toString('base64').slice(0, 40))
    expect(cms).toContain(`token: [REDACTED:kubeconfig-credential]`)

    // The manifest's claims are true: what it says was masked in each file is masked there, and counted.
    const manifest = readManifest(out)
    const pods = readFileSync(join(out, 'karpenter/pods.yaml'), 'utf8')
    expect(pods).toContain('[REDACTED:secret-by-name]')
    expect(pods).toContain('value: demo') // an ordinary env value stays
    expect(manifest.redactions.byFile['karpenter/pods.yaml']!['secret-by-name']).toBeGreaterThanOrEqual(
      // 3 secrets × 2 pods × (env + last-applied)
      12
    )
    expect(manifest.redactions.byFile['karpenter/deployments.yaml']!['secret-by-name']).toBeGreaterThanOrEqual(6)
    const leaderLog = `logs/${info.leader}/controller.log`
    const log = readFileSync(join(out, leaderLog), 'utf8')
    expect(manifest.calls.find((c) => c.file === leaderLog)).toMatchObject({ truncated: true })
    expect(log).toContain('[REDACTED:private-key]')
    expect(log).not.toContain('END RSA PRIVATE KEY')
    expect(manifest.redactions.byFile[leaderLog]).toMatchObject({ 'private-key': 1 })
    expect(run.stdout + run.stderr).not.toContain(ENV_SECRET)
  })
})

describe.skipIf(!kubectlPresent)('point 6: cluster data that reads as workflow commands', () => {
  const INJECT = '\n::warning file=.github/workflows/deploy.yml,line=1::pwned\n::add-mask::karpenter\n'
  let api: FakeKubeApi
  beforeAll(async () => {
    const cluster = eraCluster('v1')
    const lease = cluster.objects.find((o) => o.kind === 'Lease')!
    ;(lease.spec as { holderIdentity: string }).holderIdentity = `${info.leader}${INJECT}_3f2e1d0c`
    api = await startFakeKubeApi(cluster)
  })
  afterAll(async () => {
    await api.close()
  })

  /** helm releases: the real one, and one (failed) whose namespace carries commands. */
  function helmBin(work: string): string {
    const bin = join(work, 'bin')
    const releases = [
      ...helmReleases('v1'),
      {
        name: 'karpenter-old',
        namespace: `kube-system${INJECT}`,
        revision: '1',
        updated: '2024-10-04 08:16:01.0 +0000 UTC',
        status: 'failed',
        chart: 'karpenter-1.0.5',
        app_version: '1.0.5'
      }
    ]
    writeHelmStandIn(bin, releases)
    return bin
  }

  it('the post step prints none of it as a command', async () => {
    const work = tempDir('harden-inject-')
    const kubeconfig = join(work, 'kubeconfig')
    api.writeKubeconfig(kubeconfig)
    const post = await runAction({
      entry: 'post.js',
      inputs: { kubeconfig, 'collect-timeout': '60' },
      state: { 'collect-karpenter-logs': 'always', 'main-step-failed': 'false' },
      env: { PATH: `${helmBin(work)}:${KUBECTL_DIR}` }
    })
    expect(post.code).toBe(0)
    // The data did reach the log (the several-namespaces note), but only inside a stop-commands block.
    expect(post.stdout).toContain('Karpenter found in several namespaces')
    const live = liveCommands(post.stdout)
    expect(live.filter((l) => l.startsWith('::add-mask::'))).toEqual([])
    expect(live.filter((l) => l.startsWith('::warning file='))).toEqual([])
    for (const line of live) expect(line).toMatch(/^::(warning|notice|debug|error|stop-commands|group|endgroup)::?/)
    // Nor in the summary as markup: the holder's text stays in its table cell, on one line.
    const leaderRow = post.summary.split('\n').find((l) => l.startsWith('| Leader |'))!
    expect(leaderRow).toContain('pwned')
    expect(post.summary).not.toMatch(/^::/m)
  })

  it('the CLI prints none of it as a command either (stdout and stderr)', async () => {
    const work = tempDir('harden-inject-cli-')
    api.writeKubeconfig(join(work, 'kubeconfig'))
    const run = await runCliAsync(
      ['karpenter', 'collect', '--out', join(work, 'out'), '--kubeconfig', join(work, 'kubeconfig'), '--no-analyze'],
      cliEnv([helmBin(work), KUBECTL_DIR], work)
    )
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('leader:    ')
    expect(run.stdout).toContain('\\n::warning file=')
    for (const output of [run.stdout, run.stderr]) expect(output).not.toMatch(/^::/m)
  })
})

describe.skipIf(!kubectlPresent)('point 7: a results service that accepts and never answers', () => {
  let api: FakeKubeApi
  let blackHole: Server
  const sockets: Socket[] = []
  beforeAll(async () => {
    api = await startFakeKubeApi(eraCluster('v1'))
    blackHole = createServer((socket) => {
      sockets.push(socket)
      socket.on('data', () => undefined)
    })
    await new Promise<void>((resolve) => blackHole.listen(0, '127.0.0.1', resolve))
  })
  afterAll(async () => {
    await api.close()
    for (const s of sockets) s.destroy()
    await new Promise<void>((resolve) => blackHole.close(() => resolve()))
  })

  it('the upload stops at upload-timeout with a warning; the folder is kept', async () => {
    const work = tempDir('harden-upload-')
    const kubeconfig = join(work, 'kubeconfig')
    api.writeKubeconfig(kubeconfig)
    const address = blackHole.address()
    const port = typeof address === 'object' && address ? address.port : 0
    const started = Date.now()
    const post = await runAction({
      entry: 'post.js',
      inputs: { kubeconfig, 'collect-timeout': '60', 'upload-timeout': '5' },
      state: { 'collect-karpenter-logs': 'always', 'main-step-failed': 'false' },
      env: {
        PATH: KUBECTL_DIR,
        ACTIONS_RUNTIME_TOKEN:
          'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJzY3AiOiJBY3Rpb25zLlJlc3VsdHM6Y2U3ZjU0Yzc6Y2EzOTUwODUifQ.c2ln',
        ACTIONS_RESULTS_URL: `http://127.0.0.1:${port}/`
      },
      timeoutMs: 120_000
    })
    const wallMs = Date.now() - started
    expect(post.code).toBe(0)
    const dir = post.outputs['logs-dir']!
    const manifest = readManifest(dir)
    const uploadMs = wallMs - manifest.durationMs
    console.log(
      `never-answering upload: post step ${(wallMs / 1000).toFixed(1)} s, of which collection ` +
        `${(manifest.durationMs / 1000).toFixed(1)} s, upload and the rest ${(uploadMs / 1000).toFixed(1)} s`
    )
    expect(sockets.length).toBeGreaterThan(0) // the upload did start
    expect(uploadMs).toBeLessThan(5000 + 8000)
    expect(post.stdout).toMatch(
      /::warning::Uploading the Karpenter evidence as artifact "karpenter-deploy-2" did not finish within 5 s \(upload-timeout\)/
    )
    expect(listFiles(dir)).toContain('manifest.json')
    expect(post.outputs['artifact-id']).toBeUndefined()
  })
})

describe('point 13: karpenter collect --out that is not a new or empty folder', () => {
  it('an existing file: usage error, exit 2, file untouched, no internal error', async () => {
    const work = tempDir('harden-out-')
    const file = join(work, 'notes.txt')
    writeFileSync(file, 'mine')
    const run = await runCliAsync(['karpenter', 'collect', '--out', file], cliEnv([KUBECTL_DIR], work))
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`output folder ${file} is an existing file, not a folder`)
    expect(run.stderr).not.toContain('internal error')
    expect(readFileSync(file, 'utf8')).toBe('mine')
    const under = await runCliAsync(['karpenter', 'collect', '--out', join(file, 'x')], cliEnv([KUBECTL_DIR], work))
    expect(under.code).toBe(2)
    expect(under.stderr).toContain('a part of the path is a file, not a folder')
    expect(under.stderr).not.toContain('internal error')
  })

  it('a symbolic link to a folder: refused, exit 2, the folder it points at stays empty', async () => {
    const work = tempDir('harden-link-')
    const target = join(work, 'elsewhere')
    mkdirSync(target)
    const link = join(work, 'evidence')
    symlinkSync(target, link)
    const run = await runCliAsync(['karpenter', 'collect', '--out', link], cliEnv([KUBECTL_DIR], work))
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`output folder ${link} is a symbolic link (to ${target})`)
    expect(listFiles(target)).toEqual([])
  })
})
