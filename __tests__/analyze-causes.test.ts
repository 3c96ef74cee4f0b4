// The kinds of miss issue 11 lists, each with lines in the formats of the eras it occurs in (real line shapes from
// reference/karpenter.md and the inventory's message texts; ids, names and times are ours). Problems are causes: one
// group per cause, with count, first/last seen, the objects named, the innermost error and a fix in the terms of
// the log's Karpenter version.
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyzeSources, analyzeEvidence, type KarpenterReport } from '../src/karpenter/analyze/index.js'
import { runCli } from './support/run-cli.js'
import { repoRoot } from './support/paths.js'

async function* once(b: Buffer): AsyncGenerator<Buffer> {
  yield b
}

const FIXTURES = resolve(import.meta.dirname, 'fixtures/karpenter-logs')

function analyzeText(text: string, version: string | null = null): Promise<KarpenterReport> {
  return analyzeSources([{ name: 'log', stream: once(Buffer.from(text)) }], [], version, { worker: 'off' })
}

const lines = (...xs: string[]): string => xs.join('\n') + '\n'

/** A v0.37+ JSON line (single `controller` logger, klog object refs). */
function v1(level: string, message: string, extra: Record<string, unknown> = {}, time = '2025-03-01T10:00:00.000Z') {
  return JSON.stringify({ level, time, logger: 'controller', message, commit: 'a1b2c3d', ...extra })
}
/** A v0.32–v0.36 JSON line (dotted logger). */
function dotted(level: string, logger: string, message: string, extra: Record<string, unknown> = {}) {
  return JSON.stringify({ level, time: '2024-02-01T10:00:00.000Z', logger, message, commit: '1d7f91c', ...extra })
}
/** A v0.16–v0.31 console line (tabs, fields object last). */
function consoleLine(level: string, logger: string, message: string, fields: Record<string, unknown> = {}) {
  return `2023-06-14T10:00:00.000Z\t${level}\t${logger}\t${message}\t${JSON.stringify({ commit: '0000000', ...fields })}`
}

const STACK = [
  '',
  'goroutine 1 [running]:',
  'main.main()',
  '\tgithub.com/aws/karpenter/cmd/controller/main.go:42 +0x1c5'
]

describe('crashes come first, each its own problem', () => {
  it('a panic after console DEBUG lines that wait for their fields object (v0.27) is reported', async () => {
    const r = await analyzeText(
      lines(
        '2023-06-14T09:58:30.100Z\tDEBUG\tSuccessfully created the logger.',
        '2023-06-14T09:58:30.200Z\tDEBUG\tLogging level set to: debug',
        'panic: runtime error: invalid memory address or nil pointer dereference',
        ...STACK
      )
    )
    expect(r.problems).toHaveLength(1)
    expect(r.problems[0]).toMatchObject({ category: 'panic', crash: true, count: 1 })
    expect(r.problems[0]!.rootCause).toBe('runtime error: invalid memory address or nil pointer dereference')
  })

  it('adjacent panics of a crash-looping pod (concatenated logs) are counted separately, before other problems', async () => {
    const err = v1('ERROR', 'Reconciler error', { controller: 'nodeclaim.lifecycle', error: 'something undocumented' })
    const r = await analyzeText(
      lines(
        err,
        err,
        err,
        'panic: runtime error: index out of range [3] with length 3',
        ...STACK,
        'panic: runtime error: index out of range [3] with length 3',
        ...STACK,
        'panic: assignment to entry in nil map',
        ...STACK
      )
    )
    expect(r.problems.map((p) => [p.crash, p.category, p.count])).toEqual([
      [true, 'panic', 2],
      [true, 'panic', 1],
      [false, 'other', 3]
    ])
    expect(r.lines.unparsed).toBe(0)
  })

  it.each([
    [
      'v0.27 console',
      lines(
        consoleLine('DEBUG', 'controller.aws', 'discovered version', { version: 'v0.27.5' }),
        "panic: validating settings, Key: 'Settings.ClusterName' Error:Field validation for 'ClusterName' failed on the 'required' tag",
        ...STACK
      ),
      'settings.aws.clusterName'
    ],
    [
      'v1.x JSON',
      lines(
        v1('INFO', 'Starting workers', { controller: 'nodepool.hash' }),
        'panic: missing field, cluster-name',
        ...STACK
      ),
      'settings.clusterName'
    ]
  ])('a configuration panic (%s) says to set the cluster name', async (_era, text, setting) => {
    const r = await analyzeText(text, _era.startsWith('v1') ? '1.6.3' : null)
    expect(r.problems).toHaveLength(1)
    expect(r.problems[0]).toMatchObject({ category: 'settings', cause: 'settings-cluster-name', crash: true })
    expect(r.problems[0]!.fix).toContain(`\`${setting}\``)
    expect(r.problems[0]!.fix).not.toMatch(/newer patch release/)
  })

  it('a FATAL start-up error (v0.35 JSON) is a crash listed before a more frequent ERROR', async () => {
    const r = await analyzeText(
      lines(
        dotted('ERROR', 'controller.provisioner', 'Could not schedule pod, incompatible with nodepool "default"'),
        dotted('ERROR', 'controller.provisioner', 'Could not schedule pod, incompatible with nodepool "default"'),
        dotted(
          'FATAL',
          'controller',
          'Checking EC2 API connectivity, WebIdentityErr: failed to retrieve credentials\ncaused by: RequestError: send request failed\ncaused by: Post "https://sts.eu-west-1.amazonaws.com/": dial tcp: lookup sts.eu-west-1.amazonaws.com on 10.100.0.10:53: i/o timeout'
        )
      )
    )
    expect(r.problems.map((p) => [p.category, p.crash, p.count])).toEqual([
      ['sts-credentials', true, 1],
      ['unschedulable-pod', false, 2]
    ])
    expect(r.problems[0]!.title).toMatch(/^Controller exited: /)
    expect(r.problems[0]!.rootCause).toMatch(/^Post "https:\/\/sts\.eu-west-1\.amazonaws\.com\/": dial tcp: lookup/)
  })
})

describe('text that is not a whole log line is still diagnosed, at lower confidence', () => {
  it('a JSON entry hard-wrapped over several lines (v1.x) is joined again', async () => {
    const line = v1('ERROR', 'Reconciler error', {
      controller: 'nodeclaim.lifecycle',
      NodeClaim: { name: 'general-7xk2p' },
      error:
        'launching nodeclaim, creating instance, with fleet error(s), UnauthorizedOperation: You are not authorized to perform this operation. Encoded authorization failure message: AbCdEf0123'
    })
    const wrapped = line.match(/.{1,80}/g)!.join('\n')
    const r = await analyzeText(wrapped + '\n')
    expect(r.lines.unparsed).toBe(0)
    expect(r.problems).toHaveLength(1)
    expect(r.problems[0]).toMatchObject({ category: 'unauthorized', confidence: 'low' })
    expect(r.problems[0]!.objects.nodeClaims).toEqual(['general-7xk2p'])
  })

  it('a console entry cut inside its fields object (v0.31) still joins its continuation line', async () => {
    const r = await analyzeText(
      lines(
        '2023-11-02T01:46:27.699Z\tERROR\tcontroller\tReconciler error\t{"commit": "322822a", "controller": "machine.lifecycle", "machine": "runner-9zz8y", "error": "launching machine, creating instance, with fleet error(s), InsufficientInstanceCapacity: We currently do not have sufficient',
        ' c6a.large capacity in the Availability Zone you requested (us-east-1a)."}'
      )
    )
    expect(r.problems).toHaveLength(1)
    expect(r.problems[0]).toMatchObject({ category: 'insufficient-capacity', confidence: 'high' })
    expect(r.problems[0]!.objects).toMatchObject({ nodeClaims: ['runner-9zz8y'], zones: ['us-east-1a'] })
  })

  it.each([
    [
      'v0.2x error pasted from an issue',
      'launching machine, creating cloud provider instance, with fleet error(s), UnauthorizedOperation: You are not authorized to perform this operation.',
      'unauthorized'
    ],
    [
      'v1.x "error" value pasted alone',
      '"error": "launching nodeclaim, creating instance, insufficient capacity, with fleet error(s), InsufficientInstanceCapacity: We currently do not have sufficient m7g.large capacity in the Availability Zone you requested (eu-west-1b)."',
      'insufficient-capacity'
    ],
    [
      'a console line without time and level',
      'controller.provisioner\tCould not schedule pod, incompatible with provisioner "default", cpu resource usage of 4 exceeds limit of 4',
      'nodepool-limits'
    ]
  ])('%s', async (_what, text, category) => {
    const r = await analyzeText(text + '\n')
    expect(r.lines).toEqual({ total: 1, parsed: 0, unparsed: 1 })
    expect(r.problems.map((p) => [p.category, p.confidence])).toEqual([[category, 'low']])
  })

  it('unparsed text that names no documented cause makes no problem (no false alarm)', async () => {
    const r = await analyzeText(
      lines('Error from server (NotFound): pods "x" not found', 'hello world, nothing failed')
    )
    expect(r.problems).toEqual([])
  })
})

describe('causes filed under the right category', () => {
  it.each([
    [
      'limits at launch, v0.2x console',
      consoleLine(
        'ERROR',
        'controller.provisioner',
        'Could not schedule pod, incompatible with provisioner "default", cpu resource usage of 1000 exceeds limit of 1000',
        { pod: 'apps/web-1' }
      ),
      'nodepool-limits'
    ],
    [
      'limits at launch, v1.x',
      v1('ERROR', 'failed launching nodeclaim', {
        controller: 'nodeclaim.lifecycle',
        NodePool: { name: 'gpu' },
        error: 'creating nodeclaim, resource usage exceeds limit'
      }),
      'nodepool-limits'
    ],
    [
      'missing NodeClass, v0.32 JSON',
      dotted('ERROR', 'controller.nodeclaim.lifecycle', 'Reconciler error', {
        controller: 'nodeclaim.lifecycle',
        error:
          'launching nodeclaim, creating instance, resolving node class, ec2nodeclasses.karpenter.k8s.aws "default" not found'
      }),
      'nodeclass-not-ready'
    ],
    [
      'NodeClass not resolved, v1.x',
      v1('ERROR', 'failed launching nodeclaim', {
        controller: 'nodeclaim.lifecycle',
        error: 'resolving ec2nodeclass, Failed to resolve subnets'
      }),
      'nodeclass-not-ready'
    ],
    [
      'NodeClass not ready, v1.x',
      v1('ERROR', 'failed launching nodeclaim', {
        controller: 'nodeclaim.lifecycle',
        error: 'NodeClassRef not ready, SubnetsReady=False'
      }),
      'nodeclass-not-ready'
    ],
    [
      'SDK v2 throttling, v1.x',
      v1('ERROR', 'Reconciler error', {
        controller: 'nodeclass',
        error:
          'getting subnets, operation error EC2: DescribeSubnets, failed to get rate limit token, retry quota exceeded, 0 available, 5 requested'
      }),
      'throttling'
    ],
    [
      'launch template limit, v0.2x console',
      consoleLine(
        'ERROR',
        'controller.provisioner',
        'launching machine, creating cloud provider instance, creating launch template, MaxTemplateLimitExceeded: You have reached the maximum number of launch templates for this account.'
      ),
      'launch-template'
    ],
    [
      'user data over 16384 bytes, v1.x',
      v1('ERROR', 'failed launching nodeclaim', {
        controller: 'nodeclaim.lifecycle',
        error: 'creating instance, creating launch template, InvalidParameterValue: User data is limited to 16384 bytes'
      }),
      'launch-template'
    ],
    [
      'instance profile, v0.33 JSON',
      dotted('ERROR', 'controller.nodeclass', 'Reconciler error', {
        error:
          'creating instance profile, AccessDenied: User: arn:aws:sts::111122223333:assumed-role/example is not authorized to perform: iam:CreateInstanceProfile'
      }),
      'instance-profile'
    ],
    [
      'node initialisation, v0.2x console',
      consoleLine(
        'INFO',
        'controller.inflightchecks',
        'Inflight check failed for node, Expected resource "nvidia.com/gpu" didn\'t register on the node'
      ),
      'node-initialization'
    ],
    [
      'startup taint, v0.36 JSON',
      dotted('ERROR', 'controller.nodeclaim.lifecycle', 'Reconciler error', {
        error: 'missing required startup taint, example.com/agent-not-ready'
      }),
      'node-initialization'
    ],
    [
      'drain blocked by a PDB, v1.x',
      v1('ERROR', 'Reconciler error', {
        controller: 'node.termination',
        error: 'draining node, pdb "apps/web" prevents pod evictions'
      }),
      'drain'
    ],
    [
      'CRD older than the controller, v1.x',
      v1('ERROR', 'Reconciler error', {
        controller: 'nodepool.readiness',
        error: 'no matches for kind "NodePool" in version "karpenter.sh/v1"'
      }),
      'crd-version'
    ],
    [
      'pricing, v1.x',
      v1('ERROR', 'Reconciler error', {
        controller: 'providers.pricing',
        error:
          'updating pricing, retreiving on-demand pricing data, RequestError: send request failed, dial tcp 52.94.0.1:443: i/o timeout'
      }),
      'pricing'
    ],
    [
      'disruption budgets, v0.34 JSON',
      dotted('ERROR', 'controller.disruption', 'detected disruption budget errors', {
        error: 'parsing schedule "@dayly", unrecognized descriptor'
      }),
      'disruption-budget'
    ]
  ])('%s', async (_what, line, category) => {
    const r = await analyzeText(line + '\n')
    expect(r.problems.map((p) => p.category)).toEqual([category])
  })

  it('from v1.5 the UnfulfillableCapacity tag of fleet errors does not hide an UnauthorizedOperation', async () => {
    const tag = {
      'aws-error-code': 'UnfulfillableCapacity',
      'aws-operation-name': 'CreateFleet',
      'aws-status-code': 200
    }
    const r = await analyzeText(
      lines(
        v1('ERROR', 'failed launching nodeclaim', {
          controller: 'nodeclaim.lifecycle',
          NodeClaim: { name: 'general-a1' },
          error:
            'creating instance, with fleet error(s), UnauthorizedOperation: You are not authorized to perform this operation.',
          ...tag
        }),
        v1('ERROR', 'failed launching nodeclaim', {
          controller: 'nodeclaim.lifecycle',
          NodeClaim: { name: 'general-b2' },
          error:
            'creating instance, insufficient capacity, with fleet error(s), InsufficientInstanceCapacity: We currently do not have sufficient c7i.large capacity in the Availability Zone you requested (eu-west-1a).',
          ...tag
        }),
        v1('ERROR', 'failed launching nodeclaim', {
          controller: 'nodeclaim.lifecycle',
          NodeClaim: { name: 'general-c3' },
          error: 'creating instance, with fleet error(s), SomethingNew: EC2 said something new',
          ...tag
        })
      ),
      '1.6.3'
    )
    expect(r.problems.map((p) => p.cause).sort()).toEqual(
      ['insufficient-capacity', 'other:nodeclaim.lifecycle: failed launching nodeclaim', 'unauthorized'].sort()
    )
  })

  it('launch_timeout and registration_timeout are different causes with different fixes (v1.7+)', async () => {
    const timeout = (claim: string, reason: string, t: string) =>
      v1(
        'DEBUG',
        'terminating due to timeout',
        {
          controller: 'nodeclaim.lifecycle',
          NodeClaim: { name: claim },
          timeout: reason === 'launch_timeout' ? '5m0s' : '15m0s',
          reason
        },
        t
      )
    const r = await analyzeText(
      lines(
        timeout('general-a1', 'launch_timeout', '2025-03-01T10:05:00.000Z'),
        timeout('general-b2', 'registration_timeout', '2025-03-01T10:15:00.000Z'),
        timeout('general-c3', 'launch_timeout', '2025-03-01T10:25:00.000Z')
      ),
      '1.8.0'
    )
    const launch = r.problems.find((p) => p.cause === 'launch-timeout')!
    const registration = r.problems.find((p) => p.cause === 'registration-timeout')!
    expect(launch).toMatchObject({
      category: 'launch-timeout',
      count: 2,
      firstSeen: '2025-03-01T10:05:00.000Z',
      lastSeen: '2025-03-01T10:25:00.000Z'
    })
    expect(launch.objects.nodeClaims).toEqual(['general-a1', 'general-c3'])
    expect(launch.fix).toMatch(/never started/)
    expect(registration.fix).toMatch(/bootstrap/)
  })
})

describe('one group per cause, with the innermost cause, the objects and a fix in the log’s terms', () => {
  it('five capacity causes in one log are five problems, not one capacity sample', async () => {
    const fleet = (claim: string, inner: string) =>
      v1('ERROR', 'failed launching nodeclaim', {
        controller: 'nodeclaim.lifecycle',
        NodeClaim: { name: claim },
        error: `creating instance, insufficient capacity, with fleet error(s), ${inner}`
      })
    const r = await analyzeText(
      lines(
        fleet(
          'a-1',
          'InsufficientInstanceCapacity: We currently do not have sufficient m5.large capacity in the Availability Zone you requested (us-west-2a).'
        ),
        fleet(
          'a-2',
          'VcpuLimitExceeded: You have requested more vCPU capacity than your current vCPU limit of 32 allows'
        ),
        fleet(
          'a-3',
          'InsufficientFreeAddressesInSubnet: There are not enough free addresses in subnet subnet-0abc to satisfy the requested number of instances.'
        ),
        fleet(
          'a-4',
          'ReservationCapacityExceeded: The requested capacity reservation cr-0abc has no available capacity'
        ),
        fleet(
          'a-5',
          'Unsupported: Your requested instance type (p5.48xlarge) is not supported in your requested Availability Zone (us-west-2d).'
        )
      ),
      '1.6.3'
    )
    expect(r.problems.map((p) => p.cause).sort()).toEqual(
      [
        'capacity-quota',
        'capacity-reservation',
        'capacity-subnet-ips',
        'capacity-unsupported',
        'insufficient-capacity'
      ].sort()
    )
    expect(new Set(r.problems.map((p) => p.category))).toEqual(new Set(['insufficient-capacity']))
    const unsupported = r.problems.find((p) => p.cause === 'capacity-unsupported')!
    expect(unsupported.rootCause).toBe(
      'Unsupported: Your requested instance type (p5.48xlarge) is not supported in your requested Availability Zone (us-west-2d).'
    )
    expect(unsupported.objects).toMatchObject({
      nodeClaims: ['a-5'],
      instanceTypes: ['p5.48xlarge'],
      zones: ['us-west-2d']
    })
  })

  it('the root cause is the end of the Go error chain, not the start of the JSON line', async () => {
    const r = await analyzeEvidence({ logFiles: [join(FIXTURES, 'v0.36.1-unauthorized.elided.log')] })
    expect(r.problems[0]!.rootCause).toMatch(
      /^UnauthorizedOperation: You are not authorized to perform this operation\./
    )
  })

  it.each([
    [
      'v0.27 log (console)',
      'v0.27-misses.constructed.log',
      /AWSNodeTemplate `amiSelector`/,
      /EC2NodeClass|alias|amiSelectorTerms/
    ],
    [
      'v1.x log (JSON)',
      'v1.10-no-subnets.elided.log',
      /EC2NodeClass|subnetSelectorTerms/,
      /AWSNodeTemplate|Provisioner/
    ]
  ])('fixes name the objects of the log’s version: %s', async (_what, file, want, not) => {
    const r = await analyzeEvidence({ logFiles: [join(FIXTURES, file)] })
    const p = r.problems.find((x) => x.category === 'no-amis' || x.category === 'no-subnets')!
    expect(p.fix).toMatch(want)
    expect(p.fix).not.toMatch(not)
  })

  it('v0.27 constructed misses: every line filed under its cause, Provisioner terms', async () => {
    const r = await analyzeEvidence({ logFiles: [join(FIXTURES, 'v0.27-misses.constructed.log')] })
    expect(r.karpenterVersion).toBe('0.27.5')
    expect(r.problems.map((p) => [p.cause, p.crash, p.confidence])).toEqual([
      ['settings-cluster-name', true, 'high'],
      ['nodepool-limits', false, 'high'],
      ['nodeclass-not-found', false, 'high'],
      ['launch-template-limit', false, 'high'],
      ['no-amis', false, 'high'],
      ['node-initialization', false, 'high'],
      ['unauthorized', false, 'low']
    ])
    expect(r.problems.every((p) => p.terms === 'v1alpha5')).toBe(true)
    expect(r.problems.find((p) => p.cause === 'nodeclass-not-found')!.fix).toMatch(/Provisioner's `providerRef`/)
  })
})

describe('version and empty input', () => {
  it('karpenterVersion comes from `discovered karpenter version` (v0.33+) when the commit is unknown', async () => {
    const r = await analyzeEvidence({ logFiles: [join(FIXTURES, 'v1.6-misses.constructed.log')] })
    expect(r.karpenterCommit).toBe('a1b2c3d')
    expect(r.karpenterVersion).toBe('1.6.9')
    expect(r.problems[0]).toMatchObject({ cause: 'settings-cluster-name', crash: true, count: 2 })
  })

  it('karpenterVersion from the commit of any release tag (generated from the provider repository)', async () => {
    const r = await analyzeText(
      lines(
        JSON.stringify({
          level: 'INFO',
          time: '2025-01-01T00:00:00Z',
          logger: 'controller',
          message: 'Starting workers',
          commit: '1ad0d78'
        })
      )
    )
    expect(r.karpenterVersion).toBe('1.8.1')
  })

  it.each([
    ['empty input', ''],
    [
      'another program’s log',
      lines('127.0.0.1 - - [01/Mar/2025:10:00:00 +0000] "GET / HTTP/1.1" 200 612', 'nginx: worker process started')
    ],
    ['a failed kubectl', lines('error: error from server (NotFound): pods "karpenter-0" not found')]
  ])('%s: "no Karpenter log lines found", exit 1 under --fail-on-problems', (_what, input) => {
    const plain = runCli(repoRoot, ['karpenter', 'analyze', '-'], { input })
    expect(plain.code).toBe(0)
    expect(plain.stdout).toContain('No Karpenter log lines found')
    expect(plain.stderr).toContain('no Karpenter log lines found')
    const strict = runCli(repoRoot, ['karpenter', 'analyze', '-', '--fail-on-problems', '--format', 'json'], { input })
    expect(strict.code).toBe(1)
    expect(JSON.parse(strict.stdout).karpenterLogFound).toBe(false)
  })

  it('a real log is found, and objects alone are not a missing log', () => {
    const r = runCli(repoRoot, ['karpenter', 'analyze', join(FIXTURES, 'v1.0.5-json.log'), '--fail-on-problems'])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
  })
})
