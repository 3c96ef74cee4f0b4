// `eksctl-preflight karpenter analyze` as users run it: the built CLI in a child process, files and stdin.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from './support/paths.js'
import { runCli, type CliRun } from './support/run-cli.js'

const logs = join(repoRoot, '__tests__/fixtures/karpenter-logs')
const objects = join(repoRoot, '__tests__/fixtures/karpenter-objects/nodeclaims-ec2nodeclasses.yaml')
const SEED = join(logs, 'seed-v0.27.3.reconstructed.log')

const run = (args: string[], input?: string | Buffer): CliRun =>
  runCli(repoRoot, ['karpenter', 'analyze', ...args], { input })

describe('karpenter analyze CLI', () => {
  it('--format json follows the documented contract', () => {
    const r = run([SEED, '--format', 'json'])
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout)
    expect(Object.keys(report)).toEqual([
      'karpenterVersion',
      'karpenterCommit',
      'lines',
      'launches',
      'problems',
      'disruptions',
      'launchesOmitted',
      'warnings',
      'karpenterLogFound'
    ])
    expect(report.karpenterVersion).toBe('0.27.3')
    expect(report.lines).toEqual({ total: 5, parsed: 5, unparsed: 0 })
    expect(report.launches).toEqual([
      {
        time: '2023-06-14T09:58:33.726Z',
        instanceId: 'i-03146cd4d4152a935',
        instanceType: 't3a.large',
        zone: 'us-west-2d',
        capacityType: 'on-demand',
        nodeClaim: null,
        nodePool: 'default',
        node: 'ip-192-168-181-162.us-west-2.compute.internal',
        registeredAt: null,
        initializedAt: null,
        secondsToReady: null,
        source: 'log'
      }
    ])
  })

  it('reads stdin with "-" (kubectl logs … | eksctl-preflight karpenter analyze -)', () => {
    const input = readFileSync(join(logs, 'v0.37.0-ice.elided.log'))
    const r = run(['-', '--format', 'json'], input)
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout)
    expect(report.karpenterVersion).toBe('0.37.0')
    expect(report.problems).toHaveLength(1)
    expect(report.problems[0]).toMatchObject({
      category: 'insufficient-capacity',
      count: 1,
      firstSeen: '2024-08-04T21:21:43.196Z',
      lastSeen: '2024-08-04T21:21:43.196Z'
    })
    expect(report.problems[0].fix).toMatch(/on-demand/)
  })

  it('text is the default format: headline, launches, problems with fixes', () => {
    const r = run([SEED, join(logs, 'v0.31.3-spot-slr.log')])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('Karpenter diagnosis: 1 launch, 1 problem, 0 disruptions')
    expect(r.stdout).toContain('i-03146cd4d4152a935  t3a.large  us-west-2d  on-demand')
    expect(r.stdout).toContain('[spot-service-linked-role]')
    expect(r.stdout).toContain('aws iam create-service-linked-role --aws-service-name spot.amazonaws.com')
  })

  it('markdown has the headline, a launches table, problems with fixes and disruptions', () => {
    const r = run([
      SEED,
      join(logs, 'v0.34.0-unschedulable.elided.log'),
      join(logs, 'v0.33.2-disruption.log'),
      '--format',
      'markdown'
    ])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('**1 launch, 1 problem, 1 disruption**')
    expect(r.stdout).toContain(
      '| 2023-06-14T09:58:33.726Z | i-03146cd4d4152a935 | t3a.large | us-west-2d | on-demand | – | default |'
    )
    expect(r.stdout).toContain('(`unschedulable-pod`, 1×)')
    expect(r.stdout).toContain('  - Fix: No NodePool can take the pod')
    expect(r.stdout).toContain(
      '| 2024-02-15T15:42:00.476Z | consolidation | delete | – | ip-10-156-106-121.us-east-2.compute.internal |'
    )
  })

  it('a directory: *.log as logs, *.yaml as objects', () => {
    const dir = mkdtempSync(join(tmpdir(), 'analyze-cli-'))
    mkdirSync(join(dir, 'logs'))
    copyFileSync(join(logs, 'v1.0.5-json.log'), join(dir, 'logs', 'controller.log'))
    copyFileSync(objects, join(dir, 'karpenter-objects.yaml'))
    const r = run([dir, '--format', 'json'])
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout)
    expect(report.launches).toHaveLength(1)
    expect(report.launches[0].initializedAt).toBe('2024-10-04T08:24:03Z')
    expect(report.problems.map((p: { category: string }) => p.category).sort()).toEqual([
      'no-amis',
      'no-subnets',
      'unauthorized'
    ])
  })

  it('exit codes: 0 with problems, 1 with --fail-on-problems, 2 for a missing file or a bad option', () => {
    const slr = join(logs, 'v0.31.3-spot-slr.log')
    expect(run([slr]).code).toBe(0)
    expect(run([slr, '--fail-on-problems']).code).toBe(1)
    expect(run([SEED, '--fail-on-problems']).code).toBe(0)
    const missing = run(['/nonexistent/karpenter.log'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('cannot read /nonexistent/karpenter.log: no such file')
    const badFormat = run([SEED, '--format', 'xml'])
    expect(badFormat.code).toBe(2)
    expect(badFormat.stderr).toContain('--format must be text, json or markdown')
    expect(run([]).code).toBe(2)
    expect(run(['--help']).stdout).toContain('Exit codes:')
  })

  it('binary garbage on stdin is counted, not a crash', () => {
    const r = run(['-', '--format', 'json'], Buffer.from([0, 1, 2, 255, 10, 0xc3, 0x28, 10]))
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).lines).toEqual({ total: 2, parsed: 0, unparsed: 2 })
  })
})
