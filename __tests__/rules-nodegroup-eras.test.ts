// The nodegroup rules across eksctl's eras: the same file, validated at releases on either side of a change in
// eksctl's source (wording, condition or defaulting), gets the finding that release's eksctl gives, or none.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runRules } from '../src/rules/index.js'
import { loadDoc } from './rules-helpers.js'

const tmp = mkdtempSync(path.join(tmpdir(), 'rules-ng-eras-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))
let n = 0

const header = 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: demo\n  region: us-west-2\n'

/** The messages (eksctl's text, before ` — `) rule `id` reports for `body` at `release`. */
async function messages(id: string, body: string, release: string): Promise<string[]> {
  const file = path.join(tmp, `c${n++}.yaml`)
  writeFileSync(file, header + body)
  const doc = await loadDoc(file)
  return runRules(doc, release, { enable: [id] })
    .filter((f) => f.ruleId === `rules/${id}`)
    .map((f) => f.message.slice(0, f.message.indexOf(' — ')))
}

describe('nodegroup rules per eksctl era', () => {
  it('volume settings without a size: managed nodegroups only before size defaulting (0.37.0) or with a launch template', async () => {
    const body = 'managedNodeGroups:\n  - name: ng\n    volumeEncrypted: true\n'
    expect(await messages('volume-settings-need-size', body, '0.25.0')).toEqual([]) // not checked for managed yet
    expect(await messages('volume-settings-need-size', body, '0.30.0')).toEqual([
      'managedNodeGroups[0].volumeEncrypted cannot be set without managedNodeGroups[0].volumeSize'
    ])
    expect(await messages('volume-settings-need-size', body, '0.37.0')).toEqual([])
    const withLt = body + '    launchTemplate:\n      id: lt-0123456789abcdef0\n'
    expect(await messages('volume-settings-need-size', withLt, '0.230.0')).toHaveLength(1)
    // volumeType alone needs a size only until 0.36.2
    const typed = 'nodeGroups:\n  - name: ng\n    volumeType: gp2\n'
    expect(await messages('volume-settings-need-size', typed, '0.29.0')).toEqual([
      'nodeGroups[0].volumeType cannot be set without nodeGroups[0].volumeSize'
    ])
    expect(await messages('volume-settings-need-size', typed, '0.37.0')).toEqual([])
  })

  it('overrideBootstrapCommand without a custom AMI: any family before 0.199.0, AmazonLinux2023 exempt after', async () => {
    const body =
      'managedNodeGroups:\n  - name: ng\n    amiFamily: AmazonLinux2023\n    overrideBootstrapCommand: echo\n'
    expect(await messages('managed-custom-ami', body, '0.198.0')).toEqual([
      'managedNodeGroups[0].overrideBootstrapCommand can only be set when a custom AMI (managedNodeGroups[0].ami) is specified'
    ])
    expect(await messages('managed-custom-ami', body, '0.199.0')).toEqual([])
  })

  it('managed custom AMI families: AmazonLinux2 only in 0.130.0–0.150.0, Windows refused from 0.176.0', async () => {
    const ubuntu =
      'managedNodeGroups:\n  - name: ng\n    ami: ami-0123456789abcdef0\n    amiFamily: Ubuntu2004\n    overrideBootstrapCommand: x\n'
    expect(await messages('managed-custom-ami', ubuntu, '0.140.0')).toEqual([
      'cannot set amiFamily to Ubuntu2004 when using a custom AMI for managed nodes, only AmazonLinux2 is supported'
    ])
    expect(await messages('managed-custom-ami', ubuntu, '0.230.0')).toEqual([])
    const invalid = 'managedNodeGroups:\n  - name: ng\n    ami: auto\n'
    expect(await messages('managed-custom-ami', invalid, '0.30.0')).toEqual([
      'invalid AMI "auto" (managedNodeGroups[0].ami)'
    ])
  })

  it('spot allocation strategies: eksctl’s list, then the EC2 SDK’s from 0.124.0', async () => {
    const body = (s: string) =>
      `nodeGroups:\n  - name: ng\n    instancesDistribution:\n      instanceTypes: [m5.large]\n      spotAllocationStrategy: ${s}\n`
    expect(await messages('spot-allocation-strategy', body('capacity-optimized-prioritized'), '0.44.0')).toEqual([
      'spotAllocationStrategy should be one of: lowest-price, capacity-optimized'
    ])
    expect(await messages('spot-allocation-strategy', body('capacity-optimized-prioritized'), '0.45.0')).toEqual([])
    expect(await messages('spot-allocation-strategy', body('price-capacity-optimized'), '0.100.0')).toHaveLength(1)
    expect(await messages('spot-allocation-strategy', body('price-capacity-optimized'), '0.230.0')).toEqual([])
  })

  it('Bottlerocket settings: the old path wording, cluster-dns-ip refused outright until 0.152.0', async () => {
    const body =
      'nodeGroups:\n  - name: ng\n    amiFamily: Bottlerocket\n    bottlerocket:\n      settings:\n        kubernetes:\n          cluster-dns-ip: 10.100.0.10\n'
    expect(await messages('bottlerocket-kubernetes-settings', body, '0.100.0')).toEqual([
      'invalid Bottlerocket setting: use nodeGroups[0].clusterDNS instead (path=nodeGroups[0].kubernetes.cluster-dns-ip)'
    ])
    expect(await messages('bottlerocket-kubernetes-settings', body, '0.230.0')).toEqual([])
    const family = 'nodeGroups:\n  - name: ng\n    bottlerocket:\n      enableAdminContainer: true\n'
    expect(await messages('bottlerocket-config-family', family, '0.100.0')).toEqual([
      'bottlerocket config can only be used with amiFamily "Bottlerocket" but found  (path=nodeGroups[0].bottlerocket)'
    ])
  })

  it('Neuron instance types: AmazonLinux2023 allowed from 0.192.0, Bottlerocket from 0.204.0', async () => {
    const body = (family: string) =>
      `nodeGroups:\n  - name: ng\n    amiFamily: ${family}\n    instanceType: inf1.xlarge\n`
    expect(await messages('neuron-instance-ami-family', body('AmazonLinux2023'), '0.191.0')).toEqual([
      'Inferentia instance types are not supported for AmazonLinux2023; please use AmazonLinux2 instead'
    ])
    expect(await messages('neuron-instance-ami-family', body('AmazonLinux2023'), '0.192.0')).toEqual([])
    expect(await messages('neuron-instance-ami-family', body('Bottlerocket'), '0.203.0')).toHaveLength(1)
    expect(await messages('neuron-instance-ami-family', body('Bottlerocket'), '0.204.0')).toEqual([])
  })

  it('IAM conflicts: attachPolicy from 0.76.0, addon-policy switches as each release knows them', async () => {
    const body =
      'nodeGroups:\n  - name: ng\n    iam:\n      instanceRoleARN: arn:aws:iam::111122223333:role/r\n      attachPolicy:\n        Version: "2012-10-17"\n'
    expect(await messages('nodegroup-iam-role-conflicts', body, '0.75.0')).toEqual([])
    expect(await messages('nodegroup-iam-role-conflicts', body, '0.76.0')).toEqual([
      'nodeGroups[0].iam.instanceRoleARN and nodeGroups[0].iam.attachPolicy cannot be set at the same time'
    ])
    const lbc =
      'nodeGroups:\n  - name: ng\n    iam:\n      instanceProfileARN: arn:aws:iam::111122223333:instance-profile/p\n      withAddonPolicies:\n        awsLoadBalancerController: true\n'
    expect(await messages('nodegroup-iam-role-conflicts', lbc, '0.83.0')).toEqual([])
    expect(await messages('nodegroup-iam-role-conflicts', lbc, '0.84.0')).toEqual([
      'nodeGroups[0].iam.instanceProfileARN and nodeGroups[0].iam.withAddonPolicies.awsLoadBalancerController cannot be set at the same time'
    ])
  })

  it('ASG tag limit: scale-from-zero nodegroups until 0.89.0, propagateASGTags from 0.90.0', async () => {
    const labels = Array.from({ length: 47 }, (_, i) => `      l${i}: x\n`).join('')
    const zero = `nodeGroups:\n  - name: ng\n    desiredCapacity: 0\n    labels:\n${labels}`
    expect(await messages('asg-tag-limit', zero, '0.85.0')).toEqual([
      'number of tags is exceeding the configured amount 50, was: 51. Due to desiredCapacity==0 we added an extra 49 number of tags to ensure the nodegroup is scaled correctly'
    ])
    expect(await messages('asg-tag-limit', zero, '0.90.0')).toEqual([])
  })
})
