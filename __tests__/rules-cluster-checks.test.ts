// The cluster-level checks eksctl runs on a loaded file (VPC and IPv6 settings, private endpoints, service CIDR,
// bare clusters, rollback bounds, API access warnings, hybrid-node warnings, identity mappings, Fargate selectors):
// real files through the loader, checked at the releases where eksctl's wording or conditions changed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runRules } from '../src/rules/index.js'
import { goParseCidr } from '../src/rules/catalogue/vpc-networking.js'
import { inventoryMarkers, inventoryReleases } from '../src/rules/inventory/index.js'
import { loadDoc } from './rules-helpers.js'

const tmp = mkdtempSync(path.join(tmpdir(), 'rules-cluster-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))
let n = 0

/** `[severity, eksctl text]` of one rule's findings for a config body (after metadata) at a release. */
async function check(rule: string, body: string, release: string): Promise<[string, string][]> {
  const file = path.join(tmp, `c${n++}.yaml`)
  writeFileSync(
    file,
    `apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: demo\n  region: us-west-2\n${body}`
  )
  const doc = await loadDoc(file)
  return runRules(doc, release, { enable: [rule] })
    .filter((f) => f.ruleId === `rules/${rule}`)
    .map((f) => [f.severity, f.message.slice(0, f.message.indexOf(' — '))])
}
const texts = async (rule: string, body: string, release: string) =>
  (await check(rule, body, release)).map(([, t]) => t)

const IPV6 = `kubernetesNetworkConfig:\n  ipFamily: ipv6\n`

describe('vpc-ipv6-cidr', () => {
  it('sees a lower-case ipv6 family as IPv6 from the release whose IPv6Enabled compares with EqualFold', async () => {
    const body = `${IPV6}vpc:\n  ipv6Cidr: 2600:1f14::/56\n`
    const first = inventoryMarkers.ipFamilyCaseInsensitive![0]![0]
    expect(inventoryReleases[first]).toBe('0.80.0') // eksctl 0.80.0 types.go: strings.EqualFold(k.IPFamily, IPV6Family)
    // from there a lower-case ipv6 family is IPv6: the pair check runs, not the family check
    for (const release of [inventoryReleases[first]!, '0.83.0', '0.230.0']) {
      expect(await texts('vpc-ipv6-cidr', body, release), release).toEqual([
        'Ipv6Cidr and Ipv6Pool must both be configured to use a custom IPv6 CIDR and address pool'
      ])
    }
    // before, ipv6 is not IPv6 to eksctl: the family check refuses the custom range
    expect(await texts('vpc-ipv6-cidr', body, inventoryReleases[first - 1]!)).toEqual([
      'Ipv6Cidr and Ipv6CidrPool are only supported when IPFamily is set to IPv6'
    ])
  })

  it('refuses a custom range in an existing VPC, auto-allocation, and local zones (0.97.0+)', async () => {
    expect(
      await texts('vpc-ipv6-cidr', `${IPV6}vpc:\n  id: vpc-1\n  ipv6Cidr: 2600:1f14::/56\n  ipv6Pool: p-1\n`, '0.230.0')
    ).toEqual(['cannot provide VPC.IPv6Cidr when using a pre-existing VPC.ID'])
    expect(await texts('vpc-ipv6-cidr', `${IPV6}vpc:\n  autoAllocateIPv6: true\n`, '0.230.0')).toEqual([
      'auto allocate ipv6 is not supported with IPv6'
    ])
    const zones = `${IPV6}localZones: [us-west-2-lax-1a]\n`
    expect(await texts('vpc-ipv6-cidr', zones, '0.96.0')).toEqual([])
    expect(await texts('vpc-ipv6-cidr', zones, '0.97.0')).toEqual(['localZones are not supported with IPv6'])
  })
})

describe('vpc-security-group-options', () => {
  it("carries eksctl's misspelt wording until 0.134.0", async () => {
    const body = 'vpc:\n  manageSharedNodeSecurityGroupRules: false\n'
    expect(await texts('vpc-security-group-options', body, '0.41.0')).toEqual([])
    expect(await texts('vpc-security-group-options', body, '0.42.0')).toEqual([
      'vpc.manageSharedNodeSecurityGroupRules must be enabled when using ekstcl-managed security groups'
    ])
    expect(await texts('vpc-security-group-options', body, '0.135.0')).toEqual([
      'vpc.manageSharedNodeSecurityGroupRules must be enabled when using eksctl-managed security groups'
    ])
    expect(await texts('vpc-security-group-options', `${body}  sharedNodeSecurityGroup: sg-1\n`, '0.230.0')).toEqual([])
  })

  it('refuses securityGroup with controlPlaneSecurityGroupIDs from 0.164.0', async () => {
    const body = 'vpc:\n  securityGroup: sg-1\n  controlPlaneSecurityGroupIDs: [sg-2]\n'
    expect(await texts('vpc-security-group-options', body, '0.163.0')).toEqual([])
    expect(await texts('vpc-security-group-options', body, '0.164.0')).toHaveLength(1)
  })
})

describe('vpc-hostname-type and local-zones-nat', () => {
  it('checks the hostname type only when no subnets are listed (the pre-existing-VPC error comes first)', async () => {
    expect(await texts('vpc-hostname-type', 'vpc:\n  hostnameType: IP-NAME\n', '0.230.0')).toEqual([
      'invalid value "IP-NAME" for vpc.hostnameType; supported values are [ip-name resource-name]'
    ])
    const withSubnets = 'vpc:\n  hostnameType: bogus\n  subnets:\n    private:\n      us-west-2a: {id: subnet-1}\n'
    expect(await texts('vpc-hostname-type', withSubnets, '0.230.0')).toEqual([])
  })

  it('refuses a highly available NAT with local zones, not a defaulted one', async () => {
    const zones = 'localZones: [us-west-2-lax-1a]\n'
    expect(await texts('local-zones-nat', `${zones}vpc:\n  nat: {gateway: HighlyAvailable}\n`, '0.97.0')).toEqual([
      'HighlyAvailable NAT gateway is not supported for localZones'
    ])
    expect(await texts('local-zones-nat', `${zones}vpc:\n  nat: {}\n`, '0.230.0')).toEqual([])
  })
})

describe('service-ipv4-cidr', () => {
  it('parses like Go net.ParseCIDR', () => {
    for (const ok of ['10.100.0.0/16', '172.20.0.0/024', 'fd00::/108', '::ffff:10.0.0.0/120', '0.0.0.0/0'])
      expect(goParseCidr(ok), ok).toBe(true)
    for (const bad of ['10.100.0.0', '10.100.0.0/33', '010.1.0.0/16', '10.0.0/16', 'fd00::/129', 'fe80::1%eth0/64'])
      expect(goParseCidr(bad), bad).toBe(false)
  })

  it("quotes each release's wording", async () => {
    const bad = 'kubernetesNetworkConfig:\n  serviceIPv4CIDR: 10.100.0.0\n'
    expect(await texts('service-ipv4-cidr', bad, '0.28.0')).toEqual([])
    for (const release of ['0.29.0', '0.150.0', '0.230.0']) {
      expect(await texts('service-ipv4-cidr', bad, release), release).toEqual([
        'invalid IPv4 CIDR for kubernetesNetworkConfig.serviceIPv4CIDR: invalid CIDR address: 10.100.0.0'
      ])
    }
    const v6 = 'kubernetesNetworkConfig:\n  ipFamily: IPv6\n  serviceIPv4CIDR: 10.100.0.0/16\n'
    expect(await texts('service-ipv4-cidr', v6, '0.100.0')).toEqual(['service ipv4 cidr is not supported with IPv6'])
    expect(await texts('service-ipv4-cidr', v6, '0.127.0')).toEqual(['service IPv4 CIDR is not supported with IPv6'])
  })
})

describe('private clusters', () => {
  const pc = (services: string, extra = '') =>
    `privateCluster:\n  enabled: true\n${extra}  additionalEndpointServices: ${services}\n`

  it('accepts only the optional endpoint services, each once, when eksctl creates the endpoints', async () => {
    expect(await texts('private-cluster-endpoint-services', pc('[logs, logs]'), '0.126.0')).toEqual([
      'invalid value in privateCluster.additionalEndpointServices: found duplicate endpoint service: "logs"'
    ])
    expect(await texts('private-cluster-endpoint-services', pc('[ecr.api]'), '0.230.0')).toEqual([
      'invalid value in privateCluster.additionalEndpointServices: unsupported endpoint service "ecr.api"'
    ])
    expect(
      await texts('private-cluster-endpoint-services', pc('[ssm]', '  skipEndpointCreation: true\n'), '0.230.0')
    ).toEqual([])
    expect(
      await texts('private-cluster-endpoint-services', pc('[cloudformation, autoscaling, logs]'), '0.24.0')
    ).toEqual([])
  })

  it('warns about private-only endpoints with the link of the release, not for fully-private clusters', async () => {
    const ep = 'vpc:\n  clusterEndpoints:\n    publicAccess: false\n    privateAccess: true\n'
    const [old] = await check('private-endpoint-only-warning', ep, '0.50.0')
    expect(old?.[0]).toBe('warning')
    expect(old?.[1]).toContain('cluster-endpoint.html#private-access for more details')
    const [now] = await texts('private-endpoint-only-warning', ep, '0.230.0')
    expect(now).toContain('cluster-endpoint.html for more details')
    expect(await texts('private-endpoint-only-warning', `privateCluster: {enabled: true}\n${ep}`, '0.230.0')).toEqual(
      []
    )
    expect(
      await texts('private-endpoint-only-warning', 'vpc:\n  clusterEndpoints: {publicAccess: false}\n', '0.230.0')
    ).toEqual([])
  })
})

describe('bare-cluster-fields', () => {
  const bare = 'addonsConfig:\n  disableDefaultAddons: true\n'
  it('follows the Auto Mode exemption of 0.204.0 and its wording', async () => {
    const body = `${bare}autoModeConfig:\n  enabled: true\niam:\n  serviceAccounts:\n    - metadata: {name: s}\n      attachPolicyARNs: [arn:aws:iam::aws:policy/P]\n`
    expect(await texts('bare-cluster-fields', body, '0.183.0')).toEqual([])
    expect((await texts('bare-cluster-fields', body, '0.200.0'))[0]).toMatch(/without VPC CNI; please remove/)
    expect(await texts('bare-cluster-fields', body, '0.204.0')).toEqual([])
    expect((await texts('bare-cluster-fields', body.replace('true\niam', 'false\niam'), '0.230.0'))[0]).toMatch(
      /without VPC CNI if Auto Mode is disabled/
    )
  })

  it('counts nodegroups only with a desired capacity above 0, and exempts a vpc-cni addon', async () => {
    expect(await texts('bare-cluster-fields', `${bare}managedNodeGroups:\n  - name: a\n`, '0.230.0')).toEqual([])
    expect(
      await texts('bare-cluster-fields', `${bare}nodeGroups:\n  - name: a\n    desiredCapacity: 1\n`, '0.230.0')
    ).toHaveLength(1)
    expect(
      await texts('bare-cluster-fields', `${bare}addons: [{name: vpc-cni}]\nkarpenter: {version: 1.0.0}\n`, '0.230.0')
    ).toEqual([])
  })
})

describe('rollback-timeout-range', () => {
  it("uses eksctl's bounds from 0.229.0", async () => {
    const body = (m: number) => `  rollbackConfig:\n    timeoutMinutes: ${m}\n`
    expect(await texts('rollback-timeout-range', body(10081), '0.229.0')).toEqual([
      'metadata.rollbackConfig.timeoutMinutes must be between 120 and 10080, got 10081'
    ])
    expect(await texts('rollback-timeout-range', body(10080), '0.230.0')).toEqual([])
    expect(await texts('rollback-timeout-range', body(120), '0.230.0')).toEqual([])
  })
})

describe('bootstrap-admin-api-access', () => {
  it('gives the warning of each authentication mode, and leaves self-managed nodegroups to the error rule', async () => {
    const off = 'accessConfig:\n  bootstrapClusterCreatorAdminPermissions: false\n'
    expect(await check('bootstrap-admin-api-access', `${off}  authenticationMode: CONFIG_MAP\n`, '0.167.0')).toEqual([
      [
        'warning',
        'bootstrapClusterCreatorAdminPermissions is false; eksctl features that require connectivity to the Kubernetes API server will fail'
      ]
    ])
    expect(await texts('bootstrap-admin-api-access', off, '0.230.0')).toEqual([
      'bootstrapClusterCreatorAdminPermissions is false and no access entries are configured; eksctl features that require connectivity to the Kubernetes API server will fail'
    ])
    const entries = `${off}  accessEntries:\n    - principalARN: arn:aws:iam::111122223333:role/admin\nnodeGroups:\n  - name: ng\n`
    expect(await texts('bootstrap-admin-api-access', entries, '0.230.0')).toEqual([
      'bootstrapClusterCreatorAdminPermissions is false; if no configured access entries allow access to the Kubernetes API server, eksctl features that require connectivity to the Kubernetes API server will fail'
    ])
    expect(await texts('bootstrap-admin-api-access', `${off}nodeGroups:\n  - name: ng\n`, '0.230.0')).toEqual([])
    expect(await texts('bootstrap-admin-api-access', off, '0.166.0')).toEqual([])
  })
})

describe('remote-network-config warnings', () => {
  it('warns on two empty network lists (0.226.0+) and checks nothing further, as eksctl returns there', async () => {
    const body = 'remoteNetworkConfig:\n  vpcGatewayID: igw-1\n  remoteNodeNetworks: []\n  remotePodNetworks: []\n'
    expect(await check('remote-network-config', body, '0.226.0')).toEqual([
      [
        'warning',
        'remoteNetworkConfig has empty remoteNodeNetworks and remotePodNetworks; this will remove all remote networks on upgrade, or be ignored on create'
      ]
    ])
    const before = await texts('remote-network-config', body, '0.225.0')
    expect(before).toContain('remoteNetworkConfig.remoteNodeNetworks must be set and non-empty')
  })

  it('warns that a given iam.roleARN gets no SSM or IAM Roles Anywhere setup', async () => {
    const body =
      'remoteNetworkConfig:\n  vpcGatewayID: tgw-1\n  remoteNodeNetworks:\n    - cidrs: [10.80.0.0/16]\n  iam:\n    roleARN: arn:aws:iam::111122223333:role/hybrid\n'
    const found = await check('remote-network-config', body, '0.195.0')
    expect(found).toHaveLength(1)
    expect(found[0]![0]).toBe('warning')
    expect(found[0]![1]).toMatch(/^remoteNetworkConfig\.iam\.roleARN is set;/)
  })
})

describe('identity-mapping-fields and fargate-profile-fields', () => {
  it('reports the first problem of a mapping, in eksctl order', async () => {
    const body =
      'iamIdentityMappings:\n  - serviceName: emr-containers\n  - namespace: emr\n    account: "111122223333"\n'
    expect(await texts('identity-mapping-fields', body, '0.112.0')).toEqual([
      'namespace is required when using serviceName',
      'serviceName is required when using namespace'
    ])
  })

  it('names the selector without a namespace, wrapped per release', async () => {
    const body = 'fargateProfiles:\n  - name: fp\n    selectors:\n      - namespace: default\n      - labels: {a: b}\n'
    for (const release of ['0.21.0', '0.194.0', '0.195.0']) {
      expect(await texts('fargate-profile-fields', body, release), release).toEqual([
        'invalid Fargate profile "fp": invalid profile selector at index #1: empty namespace'
      ])
    }
  })
})

describe('ip-family eras', () => {
  it('quotes the 0.79.0 vpc-cni version wording, and the exact-name vpc-cni lookup of 0.207.0–0.229.0', async () => {
    const old = `kubernetesNetworkConfig:\n  ipFamily: IPv6\niam:\n  withOIDC: true\naddons:\n  - name: vpc-cni\n    version: 1.9.0\n  - name: coredns\n  - name: kube-proxy\n`
    for (const release of ['0.79.0', '0.80.0'])
      expect(await texts('ip-family', old, release), release).toEqual([
        'vpc-cni version must be at least version 1.10.0 for IPv6'
      ])
    const upper = `kubernetesNetworkConfig:\n  ipFamily: IPv6\naddons:\n  - name: VPC-CNI\n  - name: coredns\n  - name: kube-proxy\n  - name: eks-pod-identity-agent\n`
    expect(await texts('ip-family', upper, '0.207.0')).toEqual([
      'the vpc-cni addon must be defined for IPv6; either define it or use EKS Auto Mode'
    ])
    expect(await texts('ip-family', upper, '0.230.0')).toEqual([])
    expect(await texts('ip-family', upper.replace('VPC-CNI', 'vpc-cni'), '0.229.0')).toEqual([
      'Set one of: addonsConfig.autoApplyPodIdentityAssociations, useDefaultPodIdentityAssociations on the vpc-cni addon, apply a custom pod identity on the vpc-cni addon'
    ])
  })
})

describe('fully-private-existing-vpc eras', () => {
  it('quotes the skipEndpointCreation wording of 0.75.0–0.79.0', async () => {
    const body =
      'privateCluster:\n  enabled: true\n  skipEndpointCreation: true\n  additionalEndpointServices: [logs]\n'
    expect(await texts('fully-private-existing-vpc', body, '0.75.0')).toEqual([
      'additionalEndpoints cannot be defined together with skipEndpointCreation set to true'
    ])
    expect(await texts('fully-private-existing-vpc', body, '0.80.0')).toEqual([
      'privateCluster.additionalEndpointServices cannot be set when privateCluster.skipEndpointCreation is true'
    ])
  })
})

describe('addon-identity eras', () => {
  it("quotes eksctl's misspelt pod identity agent wording in 0.181.0–0.206.0", async () => {
    const body =
      'addons:\n  - name: eks-pod-identity-agent\n    podIdentityAssociations:\n      - namespace: a\n        serviceAccountName: b\n        roleARN: arn:aws:iam::111122223333:role/r\n'
    expect(await texts('addon-identity', body, '0.181.0')).toEqual([
      'invalid configuration for "eks-pod-identity-agent" addon: cannot set pod identity associtations for "eks-pod-identity-agent" addon'
    ])
    expect(await texts('addon-identity', body, '0.207.0')).toEqual([
      'invalid configuration for "eks-pod-identity-agent" addon: cannot set pod identity associations for "eks-pod-identity-agent" addon'
    ])
  })
})

describe('outposts-cluster eras', () => {
  const outpost = 'outpost:\n  controlPlaneOutpostARN: arn:aws:outposts:us-west-2:111122223333:outpost/op-1234\n'
  it('asks for Kubernetes 1.21, set explicitly, in 0.112.0–0.128.0', async () => {
    expect(await texts('outposts-cluster', outpost, '0.112.0')).toEqual([
      'cluster version must be explicitly set to 1.21 for Outposts clusters as only version 1.21 is currently supported'
    ])
    const pinned = (v: string) => `${outpost}`.replace('outpost:', `  version: "${v}"\noutpost:`)
    expect(await texts('outposts-cluster', pinned('1.22'), '0.128.0')).toEqual([
      'only version 1.21 is supported on Outposts'
    ])
    expect(await texts('outposts-cluster', pinned('1.21'), '0.128.0')).toEqual([])
    expect(await texts('outposts-cluster', outpost, '0.129.0')).toEqual([])
  })

  it('refuses fully-private clusters until 0.126.0 and access entries modes in 0.176.0–0.228.0', async () => {
    const body = `  version: "1.21"\n${outpost}privateCluster:\n  enabled: true\n`
    expect(await texts('outposts-cluster', body, '0.126.0')).toEqual([
      'fully-private cluster (privateCluster.enabled) is not supported for Outposts'
    ])
    expect(await texts('outposts-cluster', body, '0.127.0')).toEqual([])
    const api = `${outpost}accessConfig:\n  authenticationMode: API\n`
    expect(await texts('outposts-cluster', api, '0.176.0')).toEqual([
      'accessConfig.AuthenticationMode must be set to CONFIG_MAP on Outposts'
    ])
    expect(await texts('outposts-cluster', api.replace(': API\n', ': CONFIG_MAP\n'), '0.228.0')).toEqual([])
  })
})

describe('karpenter-version eras', () => {
  const k = (v: string) => `iam:\n  withOIDC: true\nkarpenter:\n  version: '${v}'\n`
  it('applies the maximum of 0.88.0–0.117.0 (minor number first, then the whole version)', async () => {
    expect(await texts('karpenter-version', k('0.7.0'), '0.88.0')).toEqual([
      'failed to validate karpenter config: failed to validate karpenter config: maximum supported version is 0.6'
    ])
    expect(await texts('karpenter-version', k('0.6.5'), '0.88.0')).toEqual([])
    expect(await texts('karpenter-version', k('0.15.1'), '0.110.0')).toEqual([
      'failed to validate Karpenter config: failed to validate Karpenter config: maximum supported version is 0.15.0'
    ])
    expect(await texts('karpenter-version', k('0.15.0'), '0.117.0')).toEqual([])
    expect(await texts('karpenter-version', k('0.15.0'), '0.118.0')).toEqual([
      'failed to validate Karpenter config: minimum supported version is v0.17.0'
    ])
  })

  it('quotes the lower-case parse error before 0.110.0', async () => {
    expect(await texts('karpenter-version', k('latest'), '0.100.0')).toEqual([
      'failed to validate karpenter config: failed to parse karpenter version "latest": Malformed version: latest'
    ])
    expect(await texts('karpenter-version', k('latest'), '0.230.0')).toEqual([
      'failed to validate Karpenter config: failed to parse Karpenter version "latest": Malformed version: latest'
    ])
  })
})

describe('git and gitops eras', () => {
  it('asks for the legacy git repo per era, and refuses git with gitops', async () => {
    expect(await texts('legacy-git-fields', 'git:\n  operator: {label: flux}\n', '0.37.0')).toEqual([
      'git.repo.URL must be set'
    ])
    expect(await texts('legacy-git-fields', 'git:\n  operator: {label: flux}\n', '0.38.0')).toEqual([])
    expect(await texts('legacy-git-fields', 'git:\n  repo: {url: x}\n', '0.76.0')).toEqual([
      'git.repo.email must be set'
    ])
    expect(await texts('legacy-git-fields', 'git:\n  repo: {url: x}\n', '0.77.0')).toEqual([])
    expect(
      await texts('legacy-git-fields', 'git:\n  repo: {url: x}\ngitops:\n  flux: {gitProvider: github}\n', '0.50.0')
    ).toEqual(['git cannot be configured alongside gitops'])
  })

  it('asks for owner and repo in 0.38.0–0.52.0 and for flags later, first missing field only', async () => {
    const body = 'gitops:\n  flux:\n    gitProvider: github\n'
    expect(await texts('gitops-flux-fields', body, '0.52.0')).toEqual(['gitops.flux.owner must be set'])
    expect(await texts('gitops-flux-fields', `${body}    owner: me\n`, '0.52.0')).toEqual([
      'gitops.flux.repo must be set'
    ])
    expect(await texts('gitops-flux-fields', body, '0.230.0')).toEqual(['gitops.flux.flags must be set'])
    expect(await texts('gitops-flux-fields', 'gitops:\n  flux: {flags: {a: b}}\n', '0.230.0')).toEqual([
      'gitops.flux.gitProvider must be set'
    ])
  })
})
