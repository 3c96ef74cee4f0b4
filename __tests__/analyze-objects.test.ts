// NodeClaim / EC2NodeClass status folded into the log diagnosis.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyzeEvidence } from '../src/karpenter/analyze/index.js'

const OBJECTS = resolve(import.meta.dirname, 'fixtures/karpenter-objects/nodeclaims-ec2nodeclasses.yaml')
const LOG = resolve(import.meta.dirname, 'fixtures/karpenter-logs/v1.0.5-json.log')

describe('object status', () => {
  it('failed conditions become problems with the category of their cause', async () => {
    const r = await analyzeEvidence({ logFiles: [], objectFiles: [OBJECTS] })
    const byCategory = Object.fromEntries(r.problems.map((p) => [p.category, p]))
    expect(Object.keys(byCategory).sort()).toEqual(['no-amis', 'no-subnets', 'unauthorized'])
    expect(byCategory['no-subnets']!.sample).toBe(
      'EC2NodeClass default: SubnetsReady=False reason=SubnetsNotFound: SubnetSelector did not match any Subnets'
    )
    expect(byCategory['no-subnets']!.firstSeen).toBe('2024-10-04T08:00:00Z')
    expect(byCategory['unauthorized']!.sample).toContain('NodeClaim default-zz9kp: Launched=False reason=LaunchFailed')
  })

  it('a launched NodeClaim is a launch with time to ready', async () => {
    const r = await analyzeEvidence({ logFiles: [], objectFiles: [OBJECTS] })
    expect(r.launches).toEqual([
      {
        time: '2024-10-04T08:23:23Z',
        instanceId: 'i-01c5177e8d5d89ca8',
        instanceType: 'c7a.medium',
        zone: 'eu-west-1c',
        capacityType: 'spot',
        nodeClaim: 'default-qf4tc',
        nodePool: 'default',
        node: 'ip-10-62-150-129.eu-west-1.compute.internal',
        registeredAt: '2024-10-04T08:23:51Z',
        initializedAt: '2024-10-04T08:24:03Z',
        secondsToReady: 40,
        source: 'object'
      }
    ])
  })

  it('the same NodeClaim in the log and in the objects is one launch, completed from the object', async () => {
    const r = await analyzeEvidence({ logFiles: [LOG], objectFiles: [OBJECTS] })
    expect(r.launches).toHaveLength(1)
    expect(r.launches[0]).toMatchObject({
      source: 'log',
      time: '2024-10-04T08:23:23.670Z',
      node: 'ip-10-62-150-129.eu-west-1.compute.internal',
      initializedAt: '2024-10-04T08:24:03Z',
      secondsToReady: 39.3
    })
  })

  it('a broken or missing object file is a warning with its position, not a failure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'analyze-obj-'))
    const bad = join(dir, 'bad.yaml')
    writeFileSync(bad, 'kind: NodeClaim\nmetadata: {name: x\n')
    const r = await analyzeEvidence({ logFiles: [], objectFiles: [bad, join(dir, 'missing.yaml')] })
    expect(r.warnings).toHaveLength(2)
    expect(r.warnings[0]).toMatch(/bad\.yaml:\d+:\d+: /)
    expect(r.warnings[1]).toMatch(/missing\.yaml: not read/)
  })
})
