// EKS Hybrid Nodes (`remoteNetworkConfig`) and EKS Auto Mode (`autoModeConfig`) rules.
import { asArray, asObject, asString, goQuote, isSet, isTrue, pointer } from '../context.js'
import type { RuleDefinition } from '../types.js'
import { authenticationMode, controlPlaneOnOutposts, fullyPrivate, ipv6Enabled } from './shared.js'

const RNC_BOTH_EMPTY =
  'remoteNetworkConfig has empty remoteNodeNetworks and remotePodNetworks; this will remove all remote networks on upgrade, or be ignored on create'
const RNC_ROLE_ARN =
  "remoteNetworkConfig.iam.roleARN is set; eksctl will add a corresponding entry in aws-auth configmap; but won't setup an additional SSM or IAMRolesAnywhere required config"
const AUTO_MODE_NODE_POOLS = ['general-purpose', 'system']
/** Addons eksctl creates by default that Auto Mode runs itself (`IsDefault && !IsDefaultAutoMode`). */
const DEFAULT_NON_AUTO_ADDONS = ['vpc-cni', 'kube-proxy', 'coredns']

export const hybridAndAutoModeRules: RuleDefinition[] = [
  {
    id: 'remote-network-config',
    group: 'vpc',
    summary:
      '`remoteNetworkConfig` (hybrid nodes): IPv4, access entries enabled, one remote node network (and pod network), a tgw-/vgw- gateway only for a new VPC, provider SSM or IRA with `caBundleCert` only for IRA.',
    severity: 'error',
    eksctlMessages: [
      'remoteNetworkConfig requires public cluster endpoint access',
      'remoteNetworkConfig is not supported on fully private EKS cluster',
      'remoteNetworkConfig on Outpost clusters requires outpost.etcdInstanceType to be set',
      'remoteNetworkConfig is not supported on EKS cluster configured with IPv6 address family',
      'remoteNetworkConfig requires authenticationMode to be either %q or %q',
      'only one remoteNodeNetwork is allowed in remoteNetworkConfig.remoteNodeNetworks',
      'only one remotePodNetwork is allowed in remoteNetworkConfig.remotePodNetworks',
      'remoteNetworkConfig.vpcGatewayID is not supported when using pre-existing VPC',
      'invalid value %q provided for remoteNetworkConfig.vpcGatewayID; only transit gateway (tgw-*) or virtual private gateway (vgw-*) IDs are supported',
      'invalid value %q provided for remoteNetworkConfig.iam.provider; only %q and %q are supported',
      'remoteNetworkConfig.iam.caBundleCert is not supported when using SSM credentials provider',
      'remoteNetworkConfig.iam.caBundleCert is required when using IAMRolesAnywhere credentials provider',
      RNC_BOTH_EMPTY,
      RNC_ROLE_ARN
    ],
    // the generic helper (older than remoteNetworkConfig) counts only where the remoteNetworkConfig checks exist
    eksctlParts: ['%s must be set and non-empty'],
    example: 'remoteNetworkConfig: {vpcGatewayID: igw-1, remoteNodeNetworks: [{cidrs: [10.80.0.0/16]}]}',
    check(ctx) {
      const rnc = asObject(ctx.data.remoteNetworkConfig)
      if (!rnc) return
      const d = ctx.data
      const base = '/remoteNetworkConfig'
      const key = { part: 'key' } as const
      const ep = asObject(asObject(d.vpc)?.clusterEndpoints)
      if (ctx.has('remoteNetworkConfig requires public cluster endpoint access')) {
        if (ep?.publicAccess === false) {
          ctx.report(
            '/vpc/clusterEndpoints/publicAccess',
            'remoteNetworkConfig requires public cluster endpoint access',
            'keep `publicAccess: true` for hybrid nodes.'
          )
        }
        if (fullyPrivate(d)) {
          ctx.report(
            base,
            'remoteNetworkConfig is not supported on fully private EKS cluster',
            'remove `privateCluster` or `remoteNetworkConfig`.',
            key
          )
        }
      }
      if (
        ctx.has('remoteNetworkConfig on Outpost clusters requires outpost.etcdInstanceType to be set') &&
        controlPlaneOnOutposts(d) &&
        !isSet(asObject(d.outpost)?.etcdInstanceType)
      ) {
        ctx.report(
          base,
          'remoteNetworkConfig on Outpost clusters requires outpost.etcdInstanceType to be set',
          'set `outpost.etcdInstanceType`.',
          key
        )
      }
      if (ipv6Enabled(d)) {
        ctx.report(
          base,
          'remoteNetworkConfig is not supported on EKS cluster configured with IPv6 address family',
          'hybrid nodes need an IPv4 cluster.',
          key
        )
      }
      if (authenticationMode(d) === 'CONFIG_MAP') {
        ctx.report(
          asObject(d.accessConfig)?.authenticationMode ? '/accessConfig/authenticationMode' : base,
          'remoteNetworkConfig requires authenticationMode to be either "API_AND_CONFIG_MAP" or "API"',
          'hybrid nodes join through access entries: use `API_AND_CONFIG_MAP` or `API`.',
          asObject(d.accessConfig)?.authenticationMode ? {} : key
        )
      }
      const nodeNets = asArray(rnc.remoteNodeNetworks)
      const podNets = asArray(rnc.remotePodNetworks)
      if (ctx.has('only one remoteNodeNetwork is allowed in remoteNetworkConfig.remoteNodeNetworks')) {
        if (nodeNets.length > 1) {
          ctx.report(
            `${base}/remoteNodeNetworks`,
            'only one remoteNodeNetwork is allowed in remoteNetworkConfig.remoteNodeNetworks',
            'list all CIDRs under one network: `remoteNodeNetworks: [{cidrs: [...]}]`.',
            key
          )
        }
        if (podNets.length > 1) {
          ctx.report(
            `${base}/remotePodNetworks`,
            'only one remotePodNetwork is allowed in remoteNetworkConfig.remotePodNetworks',
            'list all CIDRs under one network.',
            key
          )
        }
      }
      if (nodeNets.length === 0) {
        // both lists present and empty: a warning, and eksctl checks nothing further
        if (
          ctx.marker('remoteNetworksBothEmptyAccepted') &&
          Array.isArray(rnc.remotePodNetworks) &&
          podNets.length === 0
        ) {
          ctx.report(
            'remoteNodeNetworks' in rnc ? `${base}/remoteNodeNetworks` : base,
            RNC_BOTH_EMPTY,
            'on `create cluster` the empty lists do nothing: remove `remoteNetworkConfig` or list the networks.',
            { part: 'key', severity: 'warning' }
          )
          return
        }
        const outpostsPods = ctx.marker('remoteNetworkOutpostsNeedPodNetworks') && controlPlaneOnOutposts(d)
        if (!outpostsPods || podNets.length === 0) {
          const field = outpostsPods ? 'remotePodNetworks' : 'remoteNodeNetworks'
          ctx.report(
            base,
            `remoteNetworkConfig.${field} must be set and non-empty`,
            `add \`${field}: [{cidrs: [...]}]\`.`,
            key
          )
        }
      }
      const gw = asString(rnc.vpcGatewayID)
      const gwPath = `${base}/vpcGatewayID`
      const existingVpc = isSet(asObject(d.vpc)?.id)
      if (gw && !ctx.isPlaceholder(gwPath)) {
        if (existingVpc) {
          ctx.report(
            gwPath,
            'remoteNetworkConfig.vpcGatewayID is not supported when using pre-existing VPC',
            'attach the gateway to your VPC yourself and remove `vpcGatewayID`.'
          )
        } else if (!gw.startsWith('tgw-') && !gw.startsWith('vgw-')) {
          ctx.report(
            gwPath,
            `invalid value ${goQuote(gw)} provided for remoteNetworkConfig.vpcGatewayID; only transit gateway (tgw-*) or virtual private gateway (vgw-*) IDs are supported`,
            'use a `tgw-…` or `vgw-…` id.'
          )
        }
      } else if (!gw && !existingVpc && ctx.marker('remoteNetworkVpcGatewayRequired') && nodeNets.length > 0) {
        ctx.report(
          base,
          'remoteNetworkConfig.vpcGatewayID must be set and non-empty',
          'set `vpcGatewayID` (tgw-… or vgw-…).',
          key
        )
      }
      const iam = asObject(rnc.iam)
      const provider = asString(iam?.provider) ?? 'SSM'
      const providerPath = `${base}/iam/provider`
      if (ctx.isPlaceholder(providerPath)) return
      const lower = provider.toLowerCase()
      if (lower !== 'ssm' && lower !== 'ira') {
        ctx.report(
          providerPath,
          `invalid value ${goQuote(provider)} provided for remoteNetworkConfig.iam.provider; only "SSM" and "IRA" are supported`,
          'use `SSM` (Systems Manager hybrid activations) or `IRA` (IAM Roles Anywhere).'
        )
      } else if (lower === 'ssm' && iam && isSet(iam.caBundleCert)) {
        ctx.report(
          `${base}/iam/caBundleCert`,
          'remoteNetworkConfig.iam.caBundleCert is not supported when using SSM credentials provider',
          'remove `caBundleCert`, or use `provider: IRA`.',
          key
        )
      } else if (lower === 'ira' && !isSet(iam?.caBundleCert)) {
        ctx.report(
          providerPath,
          'remoteNetworkConfig.iam.caBundleCert is required when using IAMRolesAnywhere credentials provider',
          'add the CA bundle under `remoteNetworkConfig.iam.caBundleCert`.'
        )
      }
      if (iam && typeof iam.roleARN === 'string' && iam.roleARN !== '') {
        ctx.report(
          `${base}/iam/roleARN`,
          RNC_ROLE_ARN,
          'set up the SSM activation or IAM Roles Anywhere profile for this role yourself.',
          { severity: 'warning' }
        )
      }
    }
  },
  {
    id: 'auto-mode-config',
    group: 'cluster',
    summary:
      '`autoModeConfig`: known, unique `nodePools`; `nodeRoleARN`/`permissionsBoundaryARN` only with node pools and not together; none of them when Auto Mode is off; no default networking addons with Auto Mode.',
    since: '0.195.0',
    severity: 'error',
    eksctlMessages: [
      'cannot specify autoModeConfig.nodeRoleARN when autoModeConfig.nodePools is empty',
      'cannot specify autoModeConfig.permissionBoundaryARN when autoModeConfig.nodePools is empty',
      'cannot specify autoModeConfig.permissionBoundaryARN when autoModeConfig.nodeRoleARN is set',
      'found duplicate node pool: %q',
      'invalid NodePool %q',
      'cannot set autoModeConfig.nodeRoleARN or autoModeConfig.nodePools when Auto Mode is disabled',
      'cannot set autoModeConfig.nodeRoleARN, autoModeConfig.permissionBoundaryARN, or autoModeConfig.nodePools when Auto Mode is disabled',
      'core networking addons are not required on a cluster using Auto Mode; if you still wish to create them, use `eksctl create addon` post cluster creation'
    ],
    example: 'autoModeConfig: {enabled: true, nodePools: [gpu]}',
    check(ctx) {
      const amc = asObject(ctx.data.autoModeConfig)
      if (!amc) return
      const base = '/autoModeConfig'
      const pools = amc.nodePools
      const hasPools = Array.isArray(pools) && pools.length > 0
      const role = isSet(amc.nodeRoleARN)
      const boundary = ctx.marker('autoModePermissionsBoundary') && isSet(amc.permissionsBoundaryARN)
      if (isTrue(amc.enabled)) {
        if (Array.isArray(pools)) {
          if (pools.length === 0 && role) {
            ctx.report(
              `${base}/nodeRoleARN`,
              'cannot specify autoModeConfig.nodeRoleARN when autoModeConfig.nodePools is empty',
              'remove `nodeRoleARN` or list node pools.',
              { part: 'key' }
            )
          }
          if (pools.length === 0 && boundary) {
            ctx.report(
              `${base}/permissionsBoundaryARN`,
              'cannot specify autoModeConfig.permissionBoundaryARN when autoModeConfig.nodePools is empty',
              'remove `permissionsBoundaryARN` or list node pools.',
              { part: 'key' }
            )
          }
          if (role && boundary) {
            ctx.report(
              `${base}/permissionsBoundaryARN`,
              'cannot specify autoModeConfig.permissionBoundaryARN when autoModeConfig.nodeRoleARN is set',
              'the boundary applies to the role eksctl creates: remove one of the two.',
              { part: 'key' }
            )
          }
          const seen = new Set<unknown>()
          pools.forEach((np, i) => {
            const path = pointer('autoModeConfig', 'nodePools', i)
            if (seen.has(np)) {
              ctx.report(path, `found duplicate node pool: ${goQuote(np)}`, 'list each node pool once.')
            } else if (!AUTO_MODE_NODE_POOLS.includes(String(np)) && !ctx.isPlaceholder(path)) {
              ctx.report(path, `invalid NodePool ${goQuote(np)}`, `use ${AUTO_MODE_NODE_POOLS.join(' or ')}.`)
            }
            seen.add(np)
          })
        }
        // Create path: default networking addons are refused unless Fargate profiles or hybrid nodes need them.
        const addons = asArray(ctx.data.addons)
        const i = addons.findIndex((a) => {
          const name = asString(asObject(a)?.name) ?? ''
          return DEFAULT_NON_AUTO_ADDONS.includes(name)
        })
        const exempt =
          ctx.marker('autoModeAddonsAllowedForFargateOrHybrid') &&
          (asArray(ctx.data.fargateProfiles).length > 0 || isSet(ctx.data.remoteNetworkConfig))
        if (
          i >= 0 &&
          !exempt &&
          asArray(ctx.data.nodeGroups).length === 0 &&
          asArray(ctx.data.managedNodeGroups).length === 0
        ) {
          ctx.report(
            pointer('addons', i, 'name'),
            'core networking addons are not required on a cluster using Auto Mode; if you still wish to create them, use `eksctl create addon` post cluster creation',
            'Auto Mode runs networking itself: remove this addon from the file.'
          )
        }
      } else if (role || boundary || hasPools) {
        ctx.report(
          base,
          ctx.wording(
            'cannot set autoModeConfig.nodeRoleARN, autoModeConfig.permissionBoundaryARN, or autoModeConfig.nodePools when Auto Mode is disabled',
            'cannot set autoModeConfig.nodeRoleARN or autoModeConfig.nodePools when Auto Mode is disabled'
          ) ?? 'cannot set autoModeConfig.nodeRoleARN or autoModeConfig.nodePools when Auto Mode is disabled',
          'set `autoModeConfig.enabled: true`, or remove the Auto Mode settings.',
          { part: 'key' }
        )
      }
    }
  }
]
