// End to end: `node dist/cli.js karpenter collect` runs real kubectl (and a stand-in helm) against a Kubernetes API
// server on 127.0.0.1 seeded with Karpenter v0.27, v0.33 and v1.0 clusters; the folder and its manifest are checked.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFakeKubeApi, type FakeKubeApi } from './support/fake-kube-api.js'
import { eraCluster, eraInfo, helmReleases, type Era } from './support/karpenter-eras.js'
import { writeHelmStandIn } from './support/stand-ins.js'
import { KUBECTL_DIR, cliEnv, fileSize, listFiles, readManifest, tempDir } from './support/collect-run.js'
import { runCliAsync, type TimedCliRun } from './support/run-cli.js'
import type { Manifest } from '../src/karpenter/collect/index.js'

const kubectlPresent = existsSync(join(KUBECTL_DIR, 'kubectl'))

interface EraCase {
  era: Era
  helm: boolean
  /** A line of the leader's log that shows the era's format. */
  logLine: RegExp
  apiVersions: string[]
  crdVersions: RegExp[]
  nodeFile: string
}

const CASES: EraCase[] = [
  {
    era: 'v0.27',
    helm: false,
    logLine:
      /^\S+Z 2024-03-26T08:10:47\.644Z\tINFO\tcontroller\.provisioner\.cloudprovider\tlaunched new instance\t\{"commit": "dc3af1a"/m,
    apiVersions: ['apiVersion: karpenter.sh/v1alpha5', 'apiVersion: karpenter.k8s.aws/v1alpha1'],
    crdVersions: [
      /provisioners\.karpenter\.sh\s+v1alpha5\s+v1alpha5\s+None/,
      /awsnodetemplates\.karpenter\.k8s\.aws\s+v1alpha1/
    ],
    nodeFile: 'nodes/provisioner-name-nodes.yaml'
  },
  {
    era: 'v0.33',
    helm: true,
    logLine:
      /^\S+Z \{"level":"INFO","time":"2024-02-15T15:40:31\.059Z","logger":"controller\.nodeclaim\.lifecycle","message":"launched nodeclaim","commit":"8fb62bf"/m,
    apiVersions: ['apiVersion: karpenter.sh/v1beta1', 'apiVersion: karpenter.k8s.aws/v1beta1'],
    crdVersions: [/nodepools\.karpenter\.sh\s+v1beta1\s+v1beta1/, /ec2nodeclasses\.karpenter\.k8s\.aws\s+v1beta1/],
    nodeFile: 'nodes/nodepool-nodes.yaml'
  },
  {
    era: 'v1',
    helm: true,
    logLine:
      /^\S+Z \{"level":"INFO","time":"2024-10-04T08:23:23\.670Z","logger":"controller","message":"launched nodeclaim","commit":"652e6aa","controller":"nodeclaim\.lifecycle"/m,
    apiVersions: ['apiVersion: karpenter.sh/v1\n', 'apiVersion: karpenter.k8s.aws/v1\n'],
    crdVersions: [
      /nodepools\.karpenter\.sh\s+v1,v1beta1\s+v1\s+Webhook/,
      /nodeclaims\.karpenter\.sh\s+v1,v1beta1\s+v1\s+Webhook/
    ],
    nodeFile: 'nodes/nodepool-nodes.yaml'
  }
]

describe.skipIf(!kubectlPresent)('karpenter collect against three Karpenter eras (real kubectl)', () => {
  beforeAll(async () => {})

  describe.each(CASES)('$era (helm on PATH: $helm)', (c) => {
    const info = eraInfo(c.era)
    let api: FakeKubeApi
    let out: string
    let run: TimedCliRun
    let manifest: Manifest
    let helmCalls = ''

    beforeAll(async () => {
      api = await startFakeKubeApi(eraCluster(c.era, { restartedPod: true }))
      const work = tempDir(`collect-${c.era}-`)
      const kubeconfig = join(work, 'kubeconfig')
      api.writeKubeconfig(kubeconfig)
      const bin = join(work, 'bin')
      const path = [KUBECTL_DIR]
      if (c.helm) path.unshift(bin) // the stand-in helm
      if (c.helm) writeHelmStandIn(bin, helmReleases(c.era))
      out = join(work, 'evidence')
      run = await runCliAsync(
        ['karpenter', 'collect', '--out', out, '--kubeconfig', kubeconfig, '--timeout', '60'],
        cliEnv(path, work)
      )
      manifest = readManifest(out)
      helmCalls = c.helm ? readFileSync(join(bin, 'helm.calls'), 'utf8') : ''
    })
    afterAll(async () => {
      await api?.close()
    })

    it('exits 0 and reports namespace, version and leader', () => {
      expect(run.stderr).not.toContain('internal error')
      expect(run.code).toBe(0)
      expect(run.stdout).toContain(`namespace: ${info.namespace} (from ${c.helm ? 'helm' : 'deployment'})`)
      expect(run.stdout).toContain(`leader:    ${info.leader}`)
      const k = manifest.karpenter
      expect(k.namespace).toBe(info.namespace)
      expect(k.namespaceSource).toBe(c.helm ? 'helm' : 'deployment')
      expect(k.deployment).toBe('karpenter')
      expect(k.pods).toEqual(info.pods)
      expect(k.leader?.pod).toBe(info.leader)
      expect(k.version.image).toBe(info.image)
      expect(k.version.imageTag).toBe(info.image.split('@')[0].split(':').pop())
      if (c.helm) {
        expect(k.version).toMatchObject({
          version: info.appVersion,
          chartVersion: info.chart.replace('karpenter-', ''),
          source: 'helm'
        })
        expect(k.release?.name).toBe('karpenter')
        expect(helmCalls).toContain('--kubeconfig')
        expect(helmCalls).toMatch(/ls -A -o json/)
      } else {
        expect(k.version).toMatchObject({
          version: info.image.split('@')[0].split(':').pop(),
          chartVersion: null,
          source: 'image'
        })
        expect(run.stderr).toContain('note: helm not found on PATH')
        expect(manifest.notes.join('\n')).toContain('helm not found on PATH')
        expect(manifest.warnings.join('\n')).not.toContain('helm')
      }
    })

    it('collects every container log with timestamps, and the previous log of the restarted container', () => {
      const leaderLog = readFileSync(join(out, `logs/${info.leader}/controller.log`), 'utf8')
      expect(leaderLog).toMatch(c.logLine)
      const standby = info.pods[1]
      expect(readFileSync(join(out, `logs/${standby}/controller.log`), 'utf8')).toContain(
        'attempting to acquire leader lease'
      )
      const previous = readFileSync(join(out, `logs/${standby}/controller.previous.log`), 'utf8')
      expect(previous).toContain(`error retrieving resource lock ${info.namespace}/karpenter-leader-election`)
      expect(existsSync(join(out, `logs/${info.leader}/controller.previous.log`))).toBe(false)
      const logCall = manifest.calls.find((x) => x.file === `logs/${standby}/controller.previous.log`)
      expect(logCall?.command).toEqual(
        expect.arrayContaining([
          'logs',
          '-n',
          info.namespace,
          standby,
          '-c',
          'controller',
          '--timestamps',
          '--previous'
        ])
      )
      expect(api.requests.some((r) => r.includes(`/pods/${standby}/log?`) && r.includes('previous=true'))).toBe(true)
    })

    it('collects Karpenter objects of the era, CRDs with served versions, nodes and events', () => {
      const objects = readFileSync(join(out, 'objects/karpenter.yaml'), 'utf8')
      for (const v of c.apiVersions) expect(objects).toContain(v)
      for (const kind of info.kinds) expect(objects).toContain(`kind: ${kind}`)
      const crds = readFileSync(join(out, 'objects/crds-versions.txt'), 'utf8')
      for (const re of c.crdVersions) expect(crds).toMatch(re)
      expect(readFileSync(join(out, 'objects/crds.yaml'), 'utf8')).toContain('categories:\n      - karpenter')
      expect(readFileSync(join(out, c.nodeFile), 'utf8')).toContain('ip-192-168-27-76.us-west-2.compute.internal')
      expect(readFileSync(join(out, c.nodeFile), 'utf8')).not.toContain('ip-192-168-10-10')
      const karpenterEvents = readFileSync(join(out, 'events/karpenter-all-namespaces.yaml'), 'utf8')
      expect(karpenterEvents).toContain('reason: Nominated')
      expect(karpenterEvents).not.toContain('default-scheduler')
      expect(readFileSync(join(out, 'events/namespace.txt'), 'utf8')).toMatch(
        /LeaderElection\s+lease\/karpenter-leader-election/
      )
      expect(readFileSync(join(out, 'karpenter/lease.yaml'), 'utf8')).toContain(`holderIdentity: ${info.leader}_`)
      expect(readFileSync(join(out, 'karpenter/pods.txt'), 'utf8')).toMatch(
        new RegExp(`${info.pods[1]}\\s+1/1\\s+Running\\s+1\\s`)
      )
      expect(readFileSync(join(out, 'karpenter/pods-describe.txt'), 'utf8')).toContain(
        `Name:             ${info.leader}`
      )
      expect(readFileSync(join(out, 'karpenter/deployment-describe.txt'), 'utf8')).toContain(info.image)
    })

    it('collects webhook configurations and ConfigMaps of Karpenter only, and never Secrets', () => {
      const files = listFiles(out)
      if (c.era === 'v0.27') {
        const webhooks = readFileSync(join(out, 'objects/webhooks.yaml'), 'utf8')
        expect(webhooks).toContain('name: validation.webhook.karpenter.sh')
        expect(webhooks).toContain('name: defaulting.webhook.karpenter.k8s.aws')
        expect(webhooks).not.toContain('aws-load-balancer-webhook')
        const cms = readFileSync(join(out, 'karpenter/configmaps.yaml'), 'utf8')
        expect(cms).toContain('name: config-logging')
        expect(cms).toContain('name: karpenter-global-settings')
        expect(cms).not.toContain('coredns')
      } else {
        expect(files).not.toContain('objects/webhooks.yaml')
      }
      expect(api.requests.filter((r) => /\/secrets\b/.test(r))).toEqual([])
      for (const f of files) expect(readFileSync(join(out, f), 'utf8')).not.toContain('karpenter-cert')
    })

    it('writes a manifest that accounts for every file: command, exit code, duration, bytes', () => {
      const files = listFiles(out)
      const listed = new Set([
        ...manifest.calls.filter((x) => x.file).map((x) => x.file as string),
        ...manifest.generated.map((g) => g.file),
        'manifest.json'
      ])
      expect(files.filter((f) => !listed.has(f))).toEqual([])
      for (const call of manifest.calls) {
        expect(['kubectl', 'helm']).toContain(call.command[0])
        expect(call.durationMs).toBeGreaterThanOrEqual(0)
        if (call.file) {
          expect(call.status).toBe('ok')
          expect(call.exitCode).toBe(0)
          expect(call.bytes).toBe(fileSize(out, call.file))
          expect(call.truncated).toBe(false)
        }
        if (call.command[0] === 'kubectl')
          expect(call.command.slice(1, 3)).toEqual(['--kubeconfig', expect.stringContaining('kubeconfig')])
      }
      expect(manifest.calls.filter((x) => x.status !== 'ok')).toEqual([])
      expect(manifest.timedOut).toEqual([])
      expect(manifest.cluster.server).toBe(api.url)
      expect(manifest.karpenter.podSelector).toBe(
        'app.kubernetes.io/instance=karpenter,app.kubernetes.io/name=karpenter'
      )
      expect(readFileSync(join(out, 'README.md'), 'utf8')).toContain('# Karpenter evidence')
      // The diagnosis ran on the collected logs: the launch in the leader's log is found.
      expect(manifest.analysis).toEqual({ status: 'ok', file: 'karpenter-report.json' })
      const report = JSON.parse(readFileSync(join(out, 'karpenter-report.json'), 'utf8')) as { launches: unknown[] }
      expect(report.launches).toHaveLength(1)
      expect(readFileSync(join(out, 'karpenter-report.md'), 'utf8')).toContain('Karpenter diagnosis')
      expect(run.stdout).toContain('report:    karpenter-report.json, karpenter-report.md')
    })
  })
})
