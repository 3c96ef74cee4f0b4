// Diagnosis of real Karpenter log lines of every era (fixtures quoted from reference/karpenter.md; see
// fixtures/karpenter-logs/README.md for where each line comes from and which were reconstructed).
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyzeEvidence, type KarpenterReport } from '../src/karpenter/analyze/index.js'

const FIXTURES = resolve(import.meta.dirname, 'fixtures/karpenter-logs')
const fixture = (name: string): string => join(FIXTURES, name)
const analyze = (...names: string[]): Promise<KarpenterReport> => analyzeEvidence({ logFiles: names.map(fixture) })

function tempLog(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'analyze-'))
  const file = join(dir, 'karpenter.log')
  writeFileSync(file, text)
  return file
}

describe('the seed excerpt (v0.27.3 console launch)', () => {
  it('finds the one launch with its type, zone, capacity type and instance id', async () => {
    const r = await analyze('seed-v0.27.3.reconstructed.log')
    expect(r.lines).toEqual({ total: 5, parsed: 5, unparsed: 0 })
    expect(r.karpenterVersion).toBe('0.27.3')
    expect(r.launches).toHaveLength(1)
    expect(r.launches[0]).toMatchObject({
      time: '2023-06-14T09:58:33.726Z',
      instanceId: 'i-03146cd4d4152a935',
      instanceType: 't3a.large',
      zone: 'us-west-2d',
      capacityType: 'on-demand',
      nodeClaim: null,
      nodePool: 'default'
    })
    expect(r.problems).toEqual([])
  })
})

describe('launches across message eras', () => {
  it.each([
    [
      'v0.7-stern.log',
      {
        instanceId: 'i-0d1c4adf2549b44d4',
        instanceType: 'm5.large',
        zone: 'us-west-2b',
        capacityType: 'on-demand',
        nodePool: 'default',
        node: 'ip-192-168-114-36.us-west-2.compute.internal'
      }
    ],
    [
      'v0.27-main-launched-new-instance.log',
      {
        instanceId: 'i-0e9db85152cbdb3bd',
        instanceType: 'c6a.4xlarge',
        zone: 'us-west-2b',
        capacityType: 'on-demand',
        nodePool: 'default'
      }
    ],
    [
      'v0.30.0-console.log',
      {
        instanceId: 'i-0aaf037ae112f6186',
        instanceType: 'c6a.large',
        zone: 'eu-central-1a',
        nodeClaim: 'runner-4vk2s',
        nodePool: 'runner'
      }
    ],
    [
      'v0.34.0-json.log',
      {
        instanceId: 'i-0241bcb873a590746',
        instanceType: 't3a.xlarge',
        zone: 'eu-west-2a',
        capacityType: 'spot',
        nodeClaim: 'cluster-config-dmgn8'
      }
    ],
    // v1.x: the NodePool comes from the `created nodeclaim` line of the same NodeClaim
    [
      'v1.0.5-json.log',
      {
        time: '2024-10-04T08:23:23.670Z',
        instanceId: 'i-01c5177e8d5d89ca8',
        instanceType: 'c7a.medium',
        zone: 'eu-west-1c',
        capacityType: 'spot',
        nodeClaim: 'default-qf4tc',
        nodePool: 'default'
      }
    ],
    [
      'v1.12.1-cri.elided.log',
      { instanceId: null, instanceType: 'r7gd.16xlarge', zone: 'eu-west-1c', capacityType: 'spot' }
    ]
  ])('%s', async (name, expected) => {
    const r = await analyze(name)
    expect(r.lines.unparsed).toBe(0)
    expect(r.launches).toHaveLength(1)
    expect(r.launches[0]).toMatchObject(expected)
  })

  it('computes time to ready from registered/initialized lines of the same NodeClaim', async () => {
    // Real v0.34 line shapes (launched/registered/initialized nodeclaim) joined by one NodeClaim name.
    const file = tempLog(
      [
        '{"level":"INFO","time":"2024-06-05T19:21:15.059Z","logger":"controller.nodeclaim.lifecycle","message":"launched nodeclaim","commit":"17d6c05","nodeclaim":"cluster-config-dmgn8","provider-id":"aws:///eu-west-2a/i-0241bcb873a590746","instance-type":"t3a.xlarge","zone":"eu-west-2a","capacity-type":"spot"}',
        '{"level":"DEBUG","time":"2024-06-05T19:21:45.100Z","logger":"controller.nodeclaim.lifecycle","message":"registered nodeclaim","commit":"17d6c05","nodeclaim":"cluster-config-dmgn8","provider-id":"aws:///eu-west-2a/i-0241bcb873a590746","node":"ip-10-3-166-58.eu-west-2.compute.internal"}',
        '{"level":"INFO","time":"2024-06-05T19:21:59.559Z","logger":"controller.nodeclaim.lifecycle","message":"initialized nodeclaim","commit":"17d6c05","nodeclaim":"cluster-config-dmgn8","provider-id":"aws:///eu-west-2a/i-0241bcb873a590746","node":"ip-10-3-166-58.eu-west-2.compute.internal"}'
      ].join('\n')
    )
    const r = await analyzeEvidence({ logFiles: [file] })
    expect(r.launches[0]).toMatchObject({
      node: 'ip-10-3-166-58.eu-west-2.compute.internal',
      registeredAt: '2024-06-05T19:21:45.100Z',
      initializedAt: '2024-06-05T19:21:59.559Z',
      secondsToReady: 44.5
    })
  })

  it('joins v0.30 `launched machine` with the v0.31-shaped `registered machine` line by provider id', async () => {
    const file = tempLog(
      [
        '2023-09-28T22:54:03.513Z\tINFO\tcontroller.machine.lifecycle\tlaunched machine\t{"commit": "637a642", "machine": "runner-4vk2s", "provisioner": "runner", "provider-id": "aws:///eu-central-1a/i-0aaf037ae112f6186", "instance-type": "c6a.large", "zone": "eu-central-1a", "capacity-type": "on-demand"}',
        '2023-09-28T22:55:03.513Z\tDEBUG\tcontroller.machine.lifecycle\tregistered machine\t{"commit": "637a642", "machine": "runner-4vk2s", "provisioner": "runner", "provider-id": "aws:///eu-central-1a/i-0aaf037ae112f6186", "node": "ip-10-10-11-43.ec2.internal"}'
      ].join('\n')
    )
    const r = await analyzeEvidence({ logFiles: [file] })
    expect(r.launches[0]).toMatchObject({ node: 'ip-10-10-11-43.ec2.internal', secondsToReady: 60 })
  })
})

describe('Karpenter version', () => {
  it.each([
    ['v0.16.1-console.log', '0.16.1'],
    ['v0.20.0-console-spaces.log', '0.20.0'],
    ['v0.21.1-console-spaces.log', '0.21.1'], // "06cb81f-dirty"
    ['v0.27.0-startup.log', '0.27.0'], // `discovered version`
    ['v0.30.0-console.log', '0.30.0'],
    ['v0.31.0-console.log', '0.31.0'],
    ['v0.32.4-json.log', '0.32.4'],
    ['v0.32.6-json.log', '0.32.6'],
    ['v0.34.1-json.log', '0.34.1'],
    ['v1.0.5-json.log', '1.0.5'],
    ['v1.8.2-json-caller.log', '1.8.2'],
    ['v1.8.4-lease-acquired.log', '1.8.4']
  ])('%s → %s', async (name, version) => {
    expect((await analyze(name)).karpenterVersion).toBe(version)
  })

  it('reports an unknown commit, and uses the collected version when the log does not tell', async () => {
    const r = await analyzeEvidence({ logFiles: [fixture('v0.18-eksctl-no-subnets.log')], karpenterVersion: 'v0.18.1' })
    expect(r.karpenterCommit).toBe('3d0d368')
    expect(r.karpenterVersion).toBe('0.18.1')
    expect((await analyze('v0.18-eksctl-no-subnets.log')).karpenterVersion).toBeNull()
  })
})

describe('disruptions', () => {
  it('v0.33 `disrupting via consolidation delete` lists the candidate node', async () => {
    const r = await analyze('v0.33.2-disruption.log')
    expect(r.disruptions).toEqual([
      {
        time: '2024-02-15T15:42:00.476Z',
        method: 'consolidation',
        nodes: ['ip-10-156-106-121.us-east-2.compute.internal'],
        reason: null,
        decision: 'delete'
      }
    ])
  })

  it('v1.0 `disrupting nodeclaim(s) via delete` with reason empty is emptiness', async () => {
    const r = await analyze('v1.0.6-disruption.elided.log')
    expect(r.disruptions[0]).toMatchObject({
      method: 'emptiness',
      reason: 'empty',
      decision: 'delete',
      nodes: ['ip-10-62-150-129…', 'ip-10-62-154-175…']
    })
  })

  it('v1.6 `disrupting node(s)` with reason underutilized is consolidation', async () => {
    const r = await analyze('v1.6.2-disruption.elided.log')
    expect(r.disruptions[0]).toMatchObject({ method: 'consolidation', reason: 'underutilized', decision: 'replace' })
  })

  it('v0.19–v0.31 `deprovisioning via` and v0.16 `Consolidating via` messages', async () => {
    const file = tempLog(
      [
        '2023-05-12T23:30:00.000Z\tINFO\tcontroller.deprovisioning\tdeprovisioning via drift replace, terminating 1 nodes ip-192-168-1-2.ec2.internal/m5.large/spot and replacing with spot node from types m5.large, m5a.large\t{"commit": "06cb81f"}',
        '2022-09-04T18:30:00.000Z\tINFO\tcontroller.consolidation\tConsolidating via delete, terminating 1 nodes ip-192-168-3-4.ec2.internal/m5.large\t{"commit": "b157d45"}'
      ].join('\n')
    )
    const r = await analyzeEvidence({ logFiles: [file] })
    expect(r.disruptions.map((d) => [d.method, d.decision, d.nodes])).toEqual([
      ['consolidation', 'delete', ['ip-192-168-3-4.ec2.internal']],
      ['drift', 'replace', ['ip-192-168-1-2.ec2.internal']]
    ])
  })
})

describe('problems from real lines', () => {
  it.each([
    ['v0.18-eksctl-no-subnets.log', 'no-subnets'],
    ['v0.23-no-subnets.reconstructed.log', 'no-subnets'],
    ['v1.10-no-subnets.elided.log', 'no-subnets'],
    ['v0.30.0-console.log', 'registration-timeout'],
    ['v0.30.0-webhook-tls-fields-next-line.log', 'webhook'],
    ['v0.31.3-spot-slr.log', 'spot-service-linked-role'],
    ['v0.32.2-webhook.log', 'webhook'],
    ['v0.34.0-unschedulable.elided.log', 'unschedulable-pod'],
    ['v0.35.4-cluster-endpoint.log', 'cluster-endpoint'],
    ['v0.36.1-unauthorized.elided.log', 'unauthorized'],
    ['v0.37.0-ice.elided.log', 'insufficient-capacity'],
    ['v0.37.4-conversion-webhook.elided.log', 'webhook'],
    ['v1.8.1-access-denied.elided.log', 'access-denied'],
    ['v1.8.4-leader-election.elided.log', 'leader-election']
  ])('%s → %s', async (name, category) => {
    const r = await analyze(name)
    expect(r.lines.unparsed).toBe(0)
    expect(r.problems.map((p) => p.category)).toEqual([category])
    const p = r.problems[0]!
    expect(p.count).toBeGreaterThan(0)
    expect(p.fix.length).toBeGreaterThan(40)
    expect(p.sample.length).toBeGreaterThan(0)
  })

  it('counts repeats with first and last time, and keeps one sample', async () => {
    const line = (t: string, pod: string): string =>
      `{"level":"ERROR","time":"${t}","logger":"controller.provisioner","message":"Could not schedule pod, incompatible with nodepool \\"default\\", incompatible requirements, label \\"nodegroup\\" does not have known values","commit":"17d6c05","pod":"${pod}"}`
    const file = tempLog(
      [
        line('2024-06-05T10:00:00.000Z', 'a/p1'),
        line('2024-06-05T10:00:10.000Z', 'a/p2'),
        line('2024-06-05T10:00:20.000Z', 'a/p3')
      ].join('\n')
    )
    const r = await analyzeEvidence({ logFiles: [file] })
    expect(r.problems).toHaveLength(1)
    expect(r.problems[0]).toMatchObject({
      category: 'unschedulable-pod',
      count: 3,
      firstSeen: '2024-06-05T10:00:00.000Z',
      lastSeen: '2024-06-05T10:00:20.000Z'
    })
    expect(r.problems[0]!.sample).toContain('"pod":"a/p1"')
  })

  it('the v0.30 webhook TLS error keeps its fields object from the next line in the sample', async () => {
    const r = await analyze('v0.30.0-webhook-tls-fields-next-line.log')
    expect(r.lines).toEqual({ total: 2, parsed: 2, unparsed: 0 })
    expect(r.problems[0]!.sample).toContain('{"commit": "637a642"}')
    expect(r.karpenterVersion).toBe('0.30.0')
  })

  it('noise is not a problem: standby lease wait, acquired lease, startup DEBUG, webhook fallback JSON, std-log', async () => {
    const r = await analyze(
      'v1.8.4-lease-acquired.log',
      'v0.27.0-startup.log',
      'v0.16.1-console.log',
      'v1.8.2-json-caller.log'
    )
    expect(r.problems).toEqual([])
    expect(r.lines.unparsed).toBe(0)
    const standby = tempLog(
      '{"level":"INFO","time":"2024-10-04T08:17:02.000Z","logger":"controller","message":"attempting to acquire leader lease kube-system/karpenter-leader-election...","commit":"652e6aa"}\n'
    )
    expect((await analyzeEvidence({ logFiles: [standby] })).problems).toEqual([])
  })
})

describe('multi-line entries, panics and log-tool prefixes', () => {
  it('an AWS SDK error chain spanning lines is one entry (pricing, console v0.2x)', async () => {
    // Constructed from the catalog text `updating on-demand pricing, RequestError: send request failed … caused by:`
    const file = tempLog(
      '2023-05-12T23:25:45.180Z\tERROR\tcontroller.aws.pricing\tupdating on-demand pricing, RequestError: send request failed\ncaused by: Post "https://api.pricing.us-east-1.amazonaws.com/": dial tcp 52.94.231.154:443: i/o timeout; using existing pricing data\t{"commit": "06cb81f"}\n'
    )
    const r = await analyzeEvidence({ logFiles: [file] })
    expect(r.lines).toEqual({ total: 2, parsed: 2, unparsed: 0 })
    expect(r.problems).toHaveLength(1)
    expect(r.problems[0]).toMatchObject({ category: 'pricing', title: 'Pricing data could not be refreshed', count: 1 })
    expect(r.problems[0]!.rootCause).toBe(
      'Post "https://api.pricing.us-east-1.amazonaws.com/": dial tcp 52.94.231.154:443: i/o timeout; using existing pricing data'
    )
    expect(r.problems[0]!.sample).toContain('caused by: Post')
  })

  it('a Go panic with its stack trace is one panic problem, every trace line parsed', async () => {
    const file = tempLog(
      [
        '{"level":"INFO","time":"2024-10-04T08:17:02.663Z","logger":"controller","message":"Starting workers","commit":"652e6aa","controller":"nodepool.hash","worker count":10}',
        'panic: runtime error: invalid memory address or nil pointer dereference',
        '[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x1b3c2f1]',
        '',
        'goroutine 412 [running]:',
        'sigs.k8s.io/karpenter/pkg/controllers/provisioning.(*Provisioner).Schedule(0xc000a1e000)',
        '\tsigs.k8s.io/karpenter/pkg/controllers/provisioning/provisioner.go:312 +0x5d1',
        'created by sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Start',
        '\tsigs.k8s.io/controller-runtime@v0.18.4/pkg/internal/controller/controller.go:223 +0x50c'
      ].join('\n')
    )
    const r = await analyzeEvidence({ logFiles: [file] })
    expect(r.lines).toEqual({ total: 8, parsed: 8, unparsed: 0 })
    expect(r.problems).toHaveLength(1)
    expect(r.problems[0]!.category).toBe('panic')
    expect(r.problems[0]!.title).toContain('invalid memory address')
    expect(r.problems[0]!.sample).toContain('provisioner.go:312')
  })

  it('kubectl logs --prefix, --timestamps and CRI partial records', async () => {
    const launch =
      '{"level":"INFO","time":"2024-10-04T08:23:23.670Z","logger":"controller","message":"launched nodeclaim","commit":"652e6aa","controller":"nodeclaim.lifecycle","NodeClaim":{"name":"default-qf4tc"},"provider-id":"aws:///eu-west-1c/i-01c5177e8d5d89ca8","instance-type":"c7a.medium","zone":"eu-west-1c","capacity-type":"spot"}'
    const file = tempLog(
      [
        `[pod/karpenter-5f7d8c9b-x2x7q/controller] ${launch}`,
        `2024-10-04T08:23:23.670912345Z ${launch.replace('default-qf4tc', 'b').replace('i-01c5177e8d5d89ca8', 'i-0b')}`,
        `2024-10-04T08:23:23.671000000Z stdout P ${launch.slice(0, 100).replace('08:23:23', '08:23:24')}`,
        `2024-10-04T08:23:23.671000001Z stdout F ${launch.slice(100).replace('default-qf4tc', 'c').replace('i-01c5177e8d5d89ca8', 'i-0c')}`
      ].join('\n')
    )
    const r = await analyzeEvidence({ logFiles: [file] })
    expect(r.lines).toEqual({ total: 4, parsed: 4, unparsed: 0 })
    expect(r.launches.map((l) => l.instanceId)).toEqual(['i-01c5177e8d5d89ca8', 'i-0b', 'i-0c'])
  })

  it('stern prefixes on the entry and on its continuation line', async () => {
    const file = tempLog(
      [
        'karpenter-6b66bfbf8b-kp767 controller 2023-09-05T09:07:24.995Z        ERROR   webhook http: TLS handshake error from 10.0.0.1:36266: EOF',
        'karpenter-6b66bfbf8b-kp767 controller         {"commit": "637a642"}'
      ].join('\n')
    )
    const r = await analyzeEvidence({ logFiles: [file] })
    expect(r.lines).toEqual({ total: 2, parsed: 2, unparsed: 0 })
    expect(r.problems.map((p) => p.category)).toEqual(['webhook'])
  })
})

describe('categories without a real line in the fact sheet (constructed from the catalog message text)', () => {
  const json = (level: string, message: string, error = ''): string =>
    JSON.stringify({
      level,
      time: '2024-10-04T08:00:00.000Z',
      logger: 'controller',
      message,
      commit: '652e6aa',
      ...(error ? { error } : {})
    })
  it.each([
    [
      json(
        'ERROR',
        'Reconciler error',
        'launching nodeclaim, creating instance, no security groups exist given constraints'
      ),
      'no-security-groups'
    ],
    [json('ERROR', 'failed launching nodeclaim', 'failed to discover any AMIs for alias "al2@latest"'), 'no-amis'],
    [
      json('ERROR', 'could not schedule pod', 'all available instance types exceed limits for nodepool: "default"'),
      'nodepool-limits'
    ],
    [
      '2024-01-01T00:00:00.000Z\tFATAL\tcontroller\tChecking EC2 API connectivity, WebIdentityErr: failed to retrieve credentials\t{"commit": "17d6c05"}',
      'sts-credentials'
    ],
    [
      json('ERROR', 'Reconciler error', 'creating instance, RequestLimitExceeded: Request limit exceeded.'),
      'throttling'
    ],
    [
      json('ERROR', 'Reconciler error', 'AWS.SimpleQueueService.NonExistentQueue: The specified queue does not exist'),
      'queue-not-found'
    ],
    [json('ERROR', 'failed launching nodeclaim', 'something nobody documented'), 'other']
  ])('%s → %s', async (line, category) => {
    const dir = mkdtempSync(join(tmpdir(), 'analyze-'))
    writeFileSync(join(dir, 'k.log'), line + '\n')
    const r = await analyzeEvidence({ logFiles: [join(dir, 'k.log')] })
    expect(r.problems.map((p) => p.category)).toEqual([category])
  })
})
