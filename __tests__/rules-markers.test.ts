// Release conditions in the eksctl rules come from eksctl's source: a rule asks `ctx.has(format)` (an error text the
// inventory holds) or `ctx.marker(name)` (a code marker, scripts/eksctl-markers.ts), never a typed release. No mirror
// needed: this checks the committed inventory and the rule sources.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { MARKER_SPECS } from '../scripts/eksctl-markers.js'
import { catalogue } from '../src/rules/catalogue/index.js'
import { runRules } from '../src/rules/index.js'
import {
  describeRanges,
  inventoryEntries,
  inventoryMarkers,
  inventoryReleases,
  markerAt
} from '../src/rules/inventory/index.js'
import { loadDoc } from './rules-helpers.js'
import { repoRoot } from './support/paths.js'

const catalogueDir = path.join(repoRoot, 'src/rules/catalogue')
const sources = readdirSync(catalogueDir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ file: f, text: readFileSync(path.join(catalogueDir, f), 'utf8') }))

/** Files whose rules are all ours (the karpenter group): they may keep typed releases. */
const oursOnly = new Set(['karpenter.ts'])

describe('release conditions of the eksctl rules are generated', () => {
  it('no eksctl rule types a release (ctx.atLeast / gte / lt with a version literal)', () => {
    const typed: string[] = []
    const literal = /\b(?:atLeast|gte|lt|gt|lte)\(\s*(?:ctx\.release\s*,\s*)?['"`]v?\d+\.\d+\.\d+['"`]/g
    for (const { file, text } of sources) {
      if (oursOnly.has(file)) continue
      for (const m of text.matchAll(literal)) {
        const line = text.slice(0, m.index).split('\n').length
        typed.push(`src/rules/catalogue/${file}:${line}: ${m[0]}`)
      }
    }
    expect(typed).toEqual([])
  })

  it('the exempt files hold only rules of ours', () => {
    const ids = new Set(catalogue.filter((r) => r.origin !== 'ours').map((r) => r.id))
    for (const file of oursOnly) {
      const text = sources.find((s) => s.file === file)!.text
      for (const m of text.matchAll(/\bid:\s*'([^']+)'/g)) expect(ids.has(m[1]!), `${file}: ${m[1]}`).toBe(false)
    }
  })

  it('every ctx.marker() a rule asks is in the inventory, and every marker is used by a rule', () => {
    const asked = new Set<string>()
    for (const { text } of sources) for (const m of text.matchAll(/\.marker\(\s*'([^']+)'\s*\)/g)) asked.add(m[1]!)
    expect([...asked].filter((n) => !(n in inventoryMarkers))).toEqual([])
    expect(Object.keys(inventoryMarkers).filter((n) => !asked.has(n))).toEqual([])
  })
})

describe('code markers in the inventory', () => {
  it('are the markers the generator defines', () => {
    expect(Object.keys(inventoryMarkers).sort()).toEqual(Object.keys(MARKER_SPECS).sort())
  })

  it('each exists in at least one release and changes at least once', () => {
    const last = inventoryReleases.length - 1
    for (const [name, ranges] of Object.entries(inventoryMarkers)) {
      expect(ranges.length, `${name} is in no release: its pattern no longer matches eksctl's source`).toBeGreaterThan(
        0
      )
      const always = ranges.length === 1 && ranges[0]![0] === 0 && ranges[0]![1] === last
      expect(always, `${name} holds in every release (${describeRanges(ranges)}): it decides nothing`).toBe(false)
      let prev = -2
      for (const [a, b] of ranges) {
        expect(a).toBeGreaterThan(prev + 1)
        expect(b).toBeGreaterThanOrEqual(a)
        expect(b).toBeLessThanOrEqual(last)
        prev = b
      }
    }
  })

  it('answers per release; an unknown name throws instead of reading as absent', () => {
    const [first, end] = inventoryMarkers.remoteNetworkVpcGatewayRequired![0]!
    expect(markerAt('remoteNetworkVpcGatewayRequired', inventoryReleases[first]!)).toBe(true)
    expect(markerAt('remoteNetworkVpcGatewayRequired', inventoryReleases[end]!)).toBe(true)
    expect(markerAt('remoteNetworkVpcGatewayRequired', inventoryReleases[end + 1]!)).toBe(false)
    expect(markerAt('remoteNetworkVpcGatewayRequired', '0.20.0')).toBe(false)
    expect(() => markerAt('noSuchMarker', '0.230.0')).toThrow(/no code marker named "noSuchMarker"/)
  })
})

/** The two releases around where a marker first appears (`start`) or first disappears (`end`). */
function edge(name: string, at: 'start' | 'end' = 'start'): { before: string; after: string } {
  const [a, b] = inventoryMarkers[name]![0]!
  return at === 'start'
    ? { before: inventoryReleases[a - 1]!, after: inventoryReleases[a]! }
    : { before: inventoryReleases[b]!, after: inventoryReleases[b + 1]! }
}

const tmp = mkdtempSync(path.join(tmpdir(), 'rules-markers-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))
let n = 0

async function write(yaml: string): Promise<string> {
  const file = path.join(tmp, `c${n++}.yaml`)
  writeFileSync(file, yaml)
  return file
}

async function ruleIds(yaml: string, release: string): Promise<string[]> {
  const doc = await loadDoc(await write(yaml))
  return runRules(doc, release)
    .filter((f) => f.severity === 'error')
    .map((f) => f.ruleId)
}

describe('rules follow the markers at the release where eksctl changed', () => {
  const head = 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: {name: demo, region: us-west-2}\n'

  it('hybrid nodes: vpcGatewayID is required exactly while eksctl calls setNonEmpty for it', async () => {
    const { before, after } = edge('remoteNetworkVpcGatewayRequired', 'end')
    const yaml = head + 'remoteNetworkConfig: {remoteNodeNetworks: [{cidrs: [10.80.0.0/16]}]}\n'
    expect(markerAt('remoteNetworkVpcGatewayRequired', before)).toBe(true)
    expect(await ruleIds(yaml, before)).toContain('rules/remote-network-config')
    expect(await ruleIds(yaml, after)).not.toContain('rules/remote-network-config')
  })

  it('logging: a lone `*` is expanded in every release, `*` among others only where eksctl expands any wildcard', async () => {
    const lone = head + 'cloudWatch: {clusterLogging: {enableTypes: ["*"]}}\n'
    const mixed = head + 'cloudWatch: {clusterLogging: {enableTypes: [api, "*"]}}\n'
    const { before, after } = edge('logTypesAnyWildcardExpanded')
    for (const r of [inventoryReleases[0]!, before, after]) {
      expect(await ruleIds(lone, r), r).not.toContain('rules/cloudwatch-log-types')
    }
    expect(await ruleIds(mixed, before)).toContain('rules/cloudwatch-log-types')
    expect(await ruleIds(mixed, after)).not.toContain('rules/cloudwatch-log-types')
  })

  it('custom AMI: unmanaged Windows nodegroups are exempt from overrideBootstrapCommand where eksctl exempts them', async () => {
    const yaml =
      head + 'nodeGroups: [{name: ng, ami: ami-0123456789abcdef0, amiFamily: WindowsServer2019FullContainer}]\n'
    const { before, after } = edge('unmanagedCustomAmiWindowsExempt')
    expect(await ruleIds(yaml, before)).toContain('rules/custom-ami-settings')
    expect(await ruleIds(yaml, after)).not.toContain('rules/custom-ami-settings')
  })

  it('checks whose older wording the rules had skipped now run in those releases too', async () => {
    // addon associations on the agent itself: eksctl refused them before it spelled "associations" right
    const agent =
      head +
      'addons: [{name: eks-pod-identity-agent, podIdentityAssociations: [{namespace: a, serviceAccountName: b, roleARN: "arn:aws:iam::1:role/r"}]}]\n'
    const doc = await loadDoc(await write(agent))
    const at = (release: string): string[] => runRules(doc, release).map((f) => f.message)
    expect(at('0.190.0').join('\n')).toContain(
      'cannot set pod identity associtations for "eks-pod-identity-agent" addon'
    )
    expect(at('0.230.0').join('\n')).toContain(
      'cannot set pod identity associations for "eks-pod-identity-agent" addon'
    )
    // a roleARN with permissionPolicyARNs: one text per field before eksctl made it one format
    const pia =
      head +
      'iam: {podIdentityAssociations: [{namespace: a, serviceAccountName: b, roleARN: "arn:aws:iam::1:role/r", permissionPolicyARNs: ["arn:aws:iam::aws:policy/P"]}]}\n'
    expect(await ruleIds(pia, '0.170.0')).toContain('rules/pod-identity-association-fields')
  })

  it('IPv6 with Auto Mode: the addon checks apply until eksctl tests IsAutoModeEnabled in its IPv6 branch', async () => {
    const yaml =
      head + 'autoModeConfig: {enabled: true}\nkubernetesNetworkConfig: {ipFamily: IPv6}\niam: {withOIDC: true}\n'
    const { before, after } = edge('ipv6AddonChecksExemptAutoMode')
    expect(await ruleIds(yaml, before)).toContain('rules/ip-family')
    expect(await ruleIds(yaml, after)).not.toContain('rules/ip-family')
  })

  it('custom AMI on an unmanaged nodegroup: overrideBootstrapCommand is required from the release whose ValidateNodeGroup says so', async () => {
    const yaml = head + 'nodeGroups: [{name: ng, ami: ami-0123456789abcdef0}]\n'
    const first = Math.min(
      ...inventoryEntries
        .filter((e) => e.function === 'ValidateNodeGroup' && e.format.includes('overrideBootstrapCommand is required'))
        .map((e) => e.ranges[0]![0])
    )
    expect(first).toBeGreaterThan(0)
    expect(await ruleIds(yaml, inventoryReleases[first - 1]!)).not.toContain('rules/custom-ami-settings')
    expect(await ruleIds(yaml, inventoryReleases[first]!)).toContain('rules/custom-ami-settings')
  })

  it('hybrid nodes: explicitly empty node and pod networks are accepted from the release that says so', async () => {
    const yaml = head + 'remoteNetworkConfig: {vpcGatewayID: tgw-1, remoteNodeNetworks: [], remotePodNetworks: []}\n'
    const { before, after } = edge('remoteNetworksBothEmptyAccepted')
    expect(await ruleIds(yaml, before)).toContain('rules/remote-network-config')
    expect(await ruleIds(yaml, after)).not.toContain('rules/remote-network-config')
  })
  it('neuron instance types: AmazonLinux2023 is accepted from the release whose check lets it through', async () => {
    const yaml = head + 'nodeGroups: [{name: ng, amiFamily: AmazonLinux2023, instanceType: inf1.xlarge}]\n'
    const { before, after } = edge('neuronSupportsAmazonLinux2023')
    expect(await ruleIds(yaml, before)).toContain('rules/neuron-instance-ami-family')
    expect(await ruleIds(yaml, after)).not.toContain('rules/neuron-instance-ami-family')
  })

  it("neuron instance types: inf2 is Inferentia from the release that reads eksctl's instance-type table", async () => {
    const yaml = head + 'nodeGroups: [{name: ng, amiFamily: Ubuntu2004, instanceType: inf2.xlarge}]\n'
    const { before, after } = edge('neuronTypesFromInstanceTable')
    expect(await ruleIds(yaml, before)).not.toContain('rules/neuron-instance-ami-family')
    expect(await ruleIds(yaml, after)).toContain('rules/neuron-instance-ami-family')
  })

  it('ASG tag limit: the labels count when propagateASGTags is set from the release that copies on that switch', async () => {
    const labels = Array.from({ length: 48 }, (_, i) => `l${i}: v`).join(', ')
    const yaml = head + `nodeGroups: [{name: ng, propagateASGTags: true, labels: {${labels}}}]\n`
    const { before, after } = edge('asgTagCopyFollowsPropagateASGTags')
    expect(await ruleIds(yaml, before)).not.toContain('rules/asg-tag-limit')
    expect(await ruleIds(yaml, after)).toContain('rules/asg-tag-limit')
  })

  it('managed nodegroups: a volume setting without volumeSize is accepted once eksctl defaults the size', async () => {
    const yaml = head + 'managedNodeGroups: [{name: ng, volumeType: gp3, volumeEncrypted: true}]\n'
    const { before, after } = edge('managedVolumeSizeDefaulted')
    expect(await ruleIds(yaml, before)).toContain('rules/volume-settings-need-size')
    expect(await ruleIds(yaml, after)).not.toContain('rules/volume-settings-need-size')
  })
})
