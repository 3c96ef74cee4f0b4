// VPC and cluster network settings that eksctl checks before it creates anything: custom IPv6 ranges, security
// group options, hostname type, NAT with local zones, and the Kubernetes service CIDR.
import { asArray, asObject, asString, goList, goQuote, isSet, isTrue, type RuleContext } from '../context.js'
import type { RuleDefinition } from '../types.js'
import { hasAnySubnets } from './shared.js'

/**
 * Whether the cluster is IPv6 as the validators of this release see it: an exact `IPv6`, or any case in
 * the releases whose `IPv6Enabled()` compares case-insensitively (marker ipFamilyCaseInsensitive).
 */
function ipv6At(ctx: RuleContext): boolean {
  const family = asString(asObject(ctx.data.kubernetesNetworkConfig)?.ipFamily)
  if (!family) return false
  return ctx.marker('ipFamilyCaseInsensitive') ? family.toLowerCase() === 'ipv6' : family === 'IPv6'
}

/** The values of the EC2 API's HostnameType enum (aws-sdk-go-v2 `types.HostnameType.Values()`). */
const HOSTNAME_TYPES = ['ip-name', 'resource-name']

/** Go's net.ParseCIDR: an IPv4 or IPv6 address without zone, `/`, a decimal prefix length within the address size. */
export function goParseCidr(value: string): boolean {
  const slash = value.indexOf('/')
  if (slash < 0) return false
  const addr = value.slice(0, slash)
  const mask = value.slice(slash + 1)
  if (!/^\d{1,8}$/.test(mask)) return false
  const bits = isIPv4(addr) ? 32 : isIPv6(addr) ? 128 : 0
  return bits > 0 && Number(mask) <= bits
}

function isIPv4(s: string): boolean {
  const parts = s.split('.')
  // Go rejects leading zeros (ambiguous octal) and values over 255
  return parts.length === 4 && parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255)
}

function isIPv6(s: string): boolean {
  if (s.includes('%') || !s.includes(':')) return false
  let text = s
  // a trailing dotted IPv4 part stands for two groups
  const lastColon = text.lastIndexOf(':')
  const tail = text.slice(lastColon + 1)
  if (tail.includes('.')) {
    if (!isIPv4(tail)) return false
    text = `${text.slice(0, lastColon + 1)}0:0`
  }
  const halves = text.split('::')
  if (halves.length > 2) return false
  const groups = (h: string): number => {
    if (h === '') return 0
    const gs = h.split(':')
    return gs.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g)) ? gs.length : -1
  }
  const left = groups(halves[0]!)
  const right = halves.length === 2 ? groups(halves[1]!) : 0
  if (left < 0 || right < 0) return false
  // `::` stands for at least one zero group
  return halves.length === 2 ? left + right < 8 : left === 8
}

export const vpcNetworkingRules: RuleDefinition[] = [
  {
    id: 'vpc-ipv6-cidr',
    group: 'vpc',
    summary:
      '`vpc.ipv6Cidr` and `vpc.ipv6Pool` need an IPv6 cluster, come together and not with an existing `vpc.id`; an IPv6 cluster sets no `vpc.autoAllocateIPv6` and no `localZones`.',
    severity: 'error',
    eksctlMessages: [
      'Ipv6Cidr and Ipv6CidrPool are only supported when IPFamily is set to IPv6',
      'auto allocate ipv6 is not supported with IPv6',
      'Ipv6Cidr and Ipv6Pool must both be configured to use a custom IPv6 CIDR and address pool',
      'cannot provide VPC.IPv6Cidr when using a pre-existing VPC.ID',
      'localZones are not supported with IPv6'
    ],
    example: 'kubernetesNetworkConfig: {ipFamily: IPv6}\nvpc: {ipv6Cidr: 2600:1f14::/56}  # no ipv6Pool',
    check(ctx) {
      const vpc = asObject(ctx.data.vpc)
      const cidr = isSet(vpc?.ipv6Cidr)
      const pool = isSet(vpc?.ipv6Pool)
      const ipv6 = ipv6At(ctx)
      const at = (field: string): string => (vpc && field in vpc ? `/vpc/${field}` : '/vpc')
      if (!ipv6) {
        if (cidr || pool) {
          ctx.report(
            at(cidr ? 'ipv6Cidr' : 'ipv6Pool'),
            'Ipv6Cidr and Ipv6CidrPool are only supported when IPFamily is set to IPv6',
            'set `kubernetesNetworkConfig.ipFamily: IPv6`, or remove the custom IPv6 range.',
            { part: 'key' }
          )
        }
        return
      }
      if (isTrue(vpc?.autoAllocateIPv6)) {
        ctx.report(
          at('autoAllocateIPv6'),
          'auto allocate ipv6 is not supported with IPv6',
          'an IPv6 cluster gets IPv6 addresses anyway: remove `autoAllocateIPv6`.',
          { part: 'key' }
        )
        return
      }
      if (cidr !== pool) {
        ctx.report(
          at(cidr ? 'ipv6Cidr' : 'ipv6Pool'),
          'Ipv6Cidr and Ipv6Pool must both be configured to use a custom IPv6 CIDR and address pool',
          'set both `vpc.ipv6Cidr` and the BYOIP `vpc.ipv6Pool` it comes from, or neither (Amazon-provided range).',
          { part: 'key' }
        )
        return
      }
      if (cidr && isSet(vpc?.id)) {
        ctx.report(
          at('ipv6Cidr'),
          'cannot provide VPC.IPv6Cidr when using a pre-existing VPC.ID',
          'an existing VPC keeps its own IPv6 range: remove `ipv6Cidr` and `ipv6Pool`.',
          { part: 'key' }
        )
        return
      }
      if (vpc && isSet(vpc.nat)) return // the NAT error comes first (rule ip-family)
      if (asArray(ctx.data.localZones).length > 0) {
        ctx.report(
          '/localZones',
          'localZones are not supported with IPv6',
          'use an IPv4 cluster for local zones, or remove `localZones`.',
          { part: 'key' }
        )
      }
    }
  },
  {
    id: 'vpc-security-group-options',
    group: 'vpc',
    summary:
      '`vpc.securityGroup` and `vpc.controlPlaneSecurityGroupIDs` are not both set; `manageSharedNodeSecurityGroupRules: false` needs your own `sharedNodeSecurityGroup`.',
    severity: 'error',
    eksctlMessages: [
      'only one of vpc.securityGroup and vpc.controlPlaneSecurityGroupIDs can be specified',
      'vpc.manageSharedNodeSecurityGroupRules must be enabled when using eksctl-managed security groups',
      'vpc.manageSharedNodeSecurityGroupRules must be enabled when using ekstcl-managed security groups'
    ],
    example: 'vpc: {manageSharedNodeSecurityGroupRules: false}',
    check(ctx) {
      const vpc = asObject(ctx.data.vpc)
      if (!vpc) return
      if (isSet(vpc.securityGroup) && asArray(vpc.controlPlaneSecurityGroupIDs).length > 0) {
        ctx.report(
          '/vpc/controlPlaneSecurityGroupIDs',
          'only one of vpc.securityGroup and vpc.controlPlaneSecurityGroupIDs can be specified',
          'list every control plane security group under `controlPlaneSecurityGroupIDs` and remove `securityGroup`.',
          { part: 'key' }
        )
      }
      if (vpc.manageSharedNodeSecurityGroupRules === false && !isSet(vpc.sharedNodeSecurityGroup)) {
        const text = ctx.wording(
          'vpc.manageSharedNodeSecurityGroupRules must be enabled when using eksctl-managed security groups',
          'vpc.manageSharedNodeSecurityGroupRules must be enabled when using ekstcl-managed security groups'
        )
        if (text) {
          ctx.report(
            '/vpc/manageSharedNodeSecurityGroupRules',
            text,
            'eksctl needs the rules on the security group it creates: remove the setting, or bring your own `sharedNodeSecurityGroup`.'
          )
        }
      }
    }
  },
  {
    id: 'vpc-hostname-type',
    group: 'vpc',
    summary: '`vpc.hostnameType` is `ip-name` or `resource-name`.',
    severity: 'error',
    eksctlMessages: ['invalid value %q for vpc.hostnameType; supported values are %v'],
    example: 'vpc: {hostnameType: resource}',
    check(ctx) {
      const vpc = asObject(ctx.data.vpc)
      const value = asString(vpc?.hostnameType)
      // with subnets listed, the pre-existing-VPC error comes first (rule existing-vpc-options)
      if (!value || hasAnySubnets(ctx.data) || ctx.isPlaceholder('/vpc/hostnameType')) return
      if (!HOSTNAME_TYPES.includes(value)) {
        ctx.report(
          '/vpc/hostnameType',
          `invalid value ${goQuote(value)} for vpc.hostnameType; supported values are ${goList(HOSTNAME_TYPES)}`,
          'use `ip-name` (the default) or `resource-name`, in lower case.'
        )
      }
    }
  },
  {
    id: 'local-zones-nat',
    group: 'vpc',
    summary: 'With `localZones`, `vpc.nat.gateway` is not `HighlyAvailable`.',
    severity: 'error',
    eksctlMessages: ['%s NAT gateway is not supported for localZones'],
    example: 'localZones: [us-west-2-lax-1a]\nvpc: {nat: {gateway: HighlyAvailable}}',
    check(ctx) {
      const vpc = asObject(ctx.data.vpc)
      if (asArray(ctx.data.localZones).length === 0 || !vpc || isSet(vpc.id) || ipv6At(ctx)) return
      if (asObject(vpc.nat)?.gateway === 'HighlyAvailable') {
        ctx.report(
          '/vpc/nat/gateway',
          'HighlyAvailable NAT gateway is not supported for localZones',
          'use `gateway: Single` (or `Disable`) with local zones.'
        )
      }
    }
  },
  {
    id: 'service-ipv4-cidr',
    group: 'cluster',
    summary: '`kubernetesNetworkConfig.serviceIPv4CIDR` is a valid CIDR, and only on an IPv4 cluster.',
    severity: 'error',
    eksctlMessages: [
      'service IPv4 CIDR is not supported with IPv6',
      'service ipv4 cidr is not supported with IPv6',
      'invalid IPv4 CIDR for kubernetesNetworkConfig.serviceIPv4CIDR: %w',
      // errors.Wrap before 0.195.0: the same text
      'invalid IPv4 CIDR for kubernetesNetworkConfig.serviceIPv4CIDR'
    ],
    example: 'kubernetesNetworkConfig: {serviceIPv4CIDR: 10.100.0.0}',
    check(ctx) {
      const path = '/kubernetesNetworkConfig/serviceIPv4CIDR'
      const value = asString(asObject(ctx.data.kubernetesNetworkConfig)?.serviceIPv4CIDR)
      if (!value || ctx.isPlaceholder(path)) return
      if (ipv6At(ctx)) {
        const text = ctx.wording(
          'service IPv4 CIDR is not supported with IPv6',
          'service ipv4 cidr is not supported with IPv6'
        )
        if (text) {
          ctx.report(path, text, 'an IPv6 cluster gets its service range from EKS: remove `serviceIPv4CIDR`.', {
            part: 'key'
          })
          return
        }
      }
      if (!goParseCidr(value)) {
        ctx.report(
          path,
          `invalid IPv4 CIDR for kubernetesNetworkConfig.serviceIPv4CIDR: invalid CIDR address: ${value}`,
          'write an address range with its prefix length, e.g. `10.100.0.0/16`.'
        )
      }
    }
  }
]
