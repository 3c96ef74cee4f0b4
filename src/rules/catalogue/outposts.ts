// AWS Outposts rules: what eksctl refuses for a cluster whose control plane runs on an Outpost (`outpost:`), and for
// nodegroups placed on an Outpost (`nodeGroups[].outpostARN`).
import { asObject, asString, goQuote, goSprintf, isSet, isTrue, pointer, type RuleContext } from '../context.js'
import type { RuleDefinition } from '../types.js'
import { resolveAmiFamily } from '../data/ami-families.js'
import {
  authenticationMode,
  controlPlaneOnOutposts,
  fullyPrivate,
  hasAnySubnets,
  hasInstanceSelector,
  ipv6Enabled,
  nonEmpty,
  parseArn
} from './shared.js'

const OUTPOSTS_SINCE = '0.112.0'
const OUTPOSTS_CREATOR_ADMIN = "accessConfig.BootstrapClusterCreatorAdminPermissions can't be set to false on Outposts"
const OUTPOSTS_ETCD_PLACEMENT = 'outpost.etcdInstanceType is required when outpost.etcdPlacement is specified'
const OUTPOSTS_FAMILY = 'only %s is supported on local clusters'
const OUTPOSTS_FAMILIES = 'only %s and %s is supported on local clusters'
const AZ_ON_OUTPOSTS = 'cannot specify %s on Outposts; the AZ defaults to the Outpost AZ'
const NG_AZ_ON_OUTPOSTS = '%s cannot be specified for a nodegroup on Outposts; the AZ defaults to the Outpost AZ'
// older releases: authentication mode, fully-private clusters and the one Kubernetes version Outposts had
const OUTPOSTS_CONFIG_MAP = 'accessConfig.AuthenticationMode must be set to %s on Outposts'
const OUTPOSTS_FULLY_PRIVATE = 'fully-private cluster (privateCluster.enabled) is not supported for Outposts'
const OUTPOSTS_VERSION_UNSET =
  'cluster version must be explicitly set to %[1]s for Outposts clusters as only version %[1]s is currently supported'
const OUTPOSTS_VERSION_ONLY = 'only version %s is supported on Outposts'
/** `Version1_21`: the one version ValidateClusterVersion allowed on Outposts (0.112.0–0.128.0). */
const OUTPOSTS_ONLY_VERSION = '1.21'
const ENDPOINT_MSG = 'the cluster defaults to private-endpoint-only access'

/** `validateOutpostARN`: the eksctl error text, or null. */
function outpostArnError(value: string): string | null {
  const parsed = parseArn(value)
  if (!parsed.ok) return `invalid Outpost ARN: ${parsed.error}`
  if (parsed.service !== 'outposts') return `invalid Outpost ARN: ${goQuote(value)}`
  return null
}

function reportKey(ctx: RuleContext, path: string, text: string, fix: string): void {
  ctx.report(path, text, fix, { part: 'key' })
}

export const outpostsRules: RuleDefinition[] = [
  {
    id: 'outposts-cluster',
    group: 'cluster',
    summary:
      'A control plane on Outposts (`outpost:`) has a valid Outpost ARN and none of the features Outposts lack (IPv6, addons, identity providers, Fargate, Karpenter, KMS, zones, GitOps, OIDC, Auto Mode, managed nodegroups, public endpoint).',
    since: OUTPOSTS_SINCE,
    severity: 'error',
    eksctlMessages: [
      'outpost.controlPlaneOutpostARN is required for Outposts',
      'invalid Outpost ARN: %w',
      'invalid Outpost ARN: %q',
      OUTPOSTS_CREATOR_ADMIN,
      'IPv6 is not supported on Outposts',
      'Addons are not supported on Outposts',
      'Identity Providers are not supported on Outposts',
      'Fargate is not supported on Outposts',
      'Karpenter is not supported on Outposts',
      'KMS encryption is not supported on Outposts',
      AZ_ON_OUTPOSTS,
      'GitOps is not supported on Outposts',
      'iam.withOIDC is not supported on Outposts',
      'autoAllocateIPv6 is not supported on Outposts',
      'publicAccessCIDRs is not supported on Outposts',
      OUTPOSTS_ETCD_PLACEMENT,
      'outpost.etcdInstanceType is required when outpost.controlPlanePlacement.spreadLevel is specified',
      'outpost.controlPlanePlacement.groupName is not supported when outpost.etcdInstanceType is specified',
      'Outpost clusters with EC2 instance store require accessConfig.authenticationMode to be API_AND_CONFIG_MAP or API',
      OUTPOSTS_CONFIG_MAP,
      OUTPOSTS_FULLY_PRIVATE,
      OUTPOSTS_VERSION_UNSET,
      OUTPOSTS_VERSION_ONLY,
      'Auto Mode is not supported on Outposts',
      'Managed Nodegroups are not supported on Outposts',
      'clusterEndpoints.publicAccess cannot be enabled for a cluster on Outposts; %s',
      'clusterEndpoints.privateAccess cannot be disabled for a cluster on Outposts; %s',
      'cannot create nodegroups on Outposts when the VPC is created by eksctl as it will not have connectivity to the API server; please rerun the command with `--without-nodegroup` and run `eksctl create nodegroup` after associating the VPC with a local gateway and ensuring connectivity to the API server'
    ],
    example: 'outpost: {controlPlaneOutpostARN: arn:aws:outposts:us-west-2:1:outpost/op-1}\naddons: [{name: vpc-cni}]',
    check(ctx) {
      const outpost = asObject(ctx.data.outpost)
      if (!outpost) return
      const arn = asString(outpost.controlPlaneOutpostARN)
      if (!arn) {
        reportKey(
          ctx,
          '/outpost',
          'outpost.controlPlaneOutpostARN is required for Outposts',
          'set the ARN of the Outpost the control plane runs on.'
        )
        return
      }
      if (!ctx.isPlaceholder('/outpost/controlPlaneOutpostARN')) {
        const err = outpostArnError(arn)
        if (err) {
          ctx.report('/outpost/controlPlaneOutpostARN', err, 'use `arn:aws:outposts:<region>:<account>:outpost/op-…`.')
        }
      }
      const d = ctx.data
      const iam = asObject(d.iam)
      const vpc = asObject(d.vpc)
      const access = asObject(d.accessConfig)
      const fix = 'Outposts clusters do not support it: remove it, or create the cluster in the region.'
      if (access?.bootstrapClusterCreatorAdminPermissions === false && ctx.has(OUTPOSTS_CREATOR_ADMIN)) {
        ctx.report(
          '/accessConfig/bootstrapClusterCreatorAdminPermissions',
          OUTPOSTS_CREATOR_ADMIN,
          'remove it: eksctl needs the creator to be an admin on an Outposts cluster.'
        )
      }
      if (ctx.has(OUTPOSTS_VERSION_ONLY) && !ctx.isPlaceholder('/metadata/version')) {
        // ValidateClusterVersion, after `auto` / `latest` are resolved
        const raw = asString(asObject(d.metadata)?.version) ?? ''
        if (raw === '') {
          ctx.report(
            '/metadata',
            goSprintf(OUTPOSTS_VERSION_UNSET, OUTPOSTS_ONLY_VERSION),
            `set \`metadata.version: "${OUTPOSTS_ONLY_VERSION}"\`.`,
            { part: 'key' }
          )
        } else if (ctx.kubernetesVersion().version !== OUTPOSTS_ONLY_VERSION) {
          ctx.report(
            '/metadata/version',
            goSprintf(OUTPOSTS_VERSION_ONLY, OUTPOSTS_ONLY_VERSION),
            `this release runs Outposts control planes on Kubernetes ${OUTPOSTS_ONLY_VERSION} only.`
          )
        }
      }
      if (ctx.has(OUTPOSTS_CONFIG_MAP) && authenticationMode(d) !== 'CONFIG_MAP') {
        ctx.report(
          '/accessConfig/authenticationMode',
          goSprintf(OUTPOSTS_CONFIG_MAP, 'CONFIG_MAP'),
          'this release supports only `CONFIG_MAP` on Outposts: remove `authenticationMode` or set it to CONFIG_MAP.'
        )
      }
      if (ctx.has(OUTPOSTS_FULLY_PRIVATE) && fullyPrivate(d)) {
        ctx.report('/privateCluster/enabled', OUTPOSTS_FULLY_PRIVATE, fix)
      }
      if (ipv6Enabled(d)) ctx.report('/kubernetesNetworkConfig/ipFamily', 'IPv6 is not supported on Outposts', fix)
      const keyed: [string, boolean, string][] = [
        ['addons', nonEmpty(d.addons), 'Addons are not supported on Outposts'],
        ['identityProviders', nonEmpty(d.identityProviders), 'Identity Providers are not supported on Outposts'],
        ['fargateProfiles', nonEmpty(d.fargateProfiles), 'Fargate is not supported on Outposts'],
        ['karpenter', isSet(d.karpenter) && d.karpenter !== null, 'Karpenter is not supported on Outposts'],
        [
          'secretsEncryption',
          isSet(asObject(d.secretsEncryption)?.keyARN),
          'KMS encryption is not supported on Outposts'
        ],
        [
          'availabilityZones',
          nonEmpty(d.availabilityZones),
          'cannot specify availabilityZones on Outposts; the AZ defaults to the Outpost AZ'
        ],
        [
          'localZones',
          nonEmpty(d.localZones),
          'cannot specify localZones on Outposts; the AZ defaults to the Outpost AZ'
        ],
        ['gitops', isSet(d.gitops) && d.gitops !== null, 'GitOps is not supported on Outposts']
      ]
      for (const [key, present, text] of keyed) if (present) reportKey(ctx, pointer(key), text, fix)
      if (isTrue(iam?.withOIDC)) ctx.report('/iam/withOIDC', 'iam.withOIDC is not supported on Outposts', fix)
      if (isTrue(vpc?.autoAllocateIPv6)) {
        ctx.report('/vpc/autoAllocateIPv6', 'autoAllocateIPv6 is not supported on Outposts', fix)
      }
      if (nonEmpty(vpc?.publicAccessCIDRs)) {
        reportKey(ctx, '/vpc/publicAccessCIDRs', 'publicAccessCIDRs is not supported on Outposts', fix)
      }
      if (ctx.has(OUTPOSTS_ETCD_PLACEMENT)) {
        const etcd = isSet(outpost.etcdInstanceType)
        const cpp = asObject(outpost.controlPlanePlacement)
        if (isSet(outpost.etcdPlacement) && !etcd) {
          reportKey(ctx, '/outpost/etcdPlacement', OUTPOSTS_ETCD_PLACEMENT, 'set `outpost.etcdInstanceType`.')
        }
        if (isSet(cpp?.spreadLevel) && !etcd) {
          ctx.report(
            '/outpost/controlPlanePlacement/spreadLevel',
            'outpost.etcdInstanceType is required when outpost.controlPlanePlacement.spreadLevel is specified',
            'set `outpost.etcdInstanceType`.'
          )
        }
        if (isSet(cpp?.groupName) && etcd) {
          ctx.report(
            '/outpost/controlPlanePlacement/groupName',
            'outpost.controlPlanePlacement.groupName is not supported when outpost.etcdInstanceType is specified',
            'remove the placement group name or `etcdInstanceType`.'
          )
        }
        if (etcd && authenticationMode(d) === 'CONFIG_MAP') {
          ctx.report(
            '/accessConfig/authenticationMode',
            'Outpost clusters with EC2 instance store require accessConfig.authenticationMode to be API_AND_CONFIG_MAP or API',
            'use `API_AND_CONFIG_MAP` or `API`.'
          )
        }
      }
      if (isTrue(asObject(d.autoModeConfig)?.enabled) && ctx.has('Auto Mode is not supported on Outposts')) {
        ctx.report('/autoModeConfig/enabled', 'Auto Mode is not supported on Outposts', fix)
      }
      if (nonEmpty(d.managedNodeGroups)) {
        reportKey(
          ctx,
          '/managedNodeGroups',
          'Managed Nodegroups are not supported on Outposts',
          'use `nodeGroups` (self-managed) on Outposts.'
        )
      }
      const ep = asObject(vpc?.clusterEndpoints)
      if (ep?.publicAccess === true) {
        ctx.report(
          '/vpc/clusterEndpoints/publicAccess',
          `clusterEndpoints.publicAccess cannot be enabled for a cluster on Outposts; ${ENDPOINT_MSG}`,
          'remove `publicAccess: true`.'
        )
      } else if (ep?.privateAccess === false) {
        ctx.report(
          '/vpc/clusterEndpoints/privateAccess',
          `clusterEndpoints.privateAccess cannot be disabled for a cluster on Outposts; ${ENDPOINT_MSG}`,
          'remove `privateAccess: false`.'
        )
      }
      if (!hasAnySubnets(d) && nonEmpty(d.nodeGroups)) {
        ctx.report(
          '/nodeGroups',
          'cannot create nodegroups on Outposts when the VPC is created by eksctl as it will not have connectivity to the API server; please rerun the command with `--without-nodegroup` and run `eksctl create nodegroup` after associating the VPC with a local gateway and ensuring connectivity to the API server',
          'use an existing VPC (`vpc.subnets`) associated with the Outpost local gateway, or run `create cluster --without-nodegroup` and create the nodegroups later (a warning: the flag is not in the file).',
          { part: 'key', severity: 'warning' }
        )
      }
    }
  },
  {
    id: 'outposts-nodegroups',
    group: 'nodegroups',
    summary:
      'Nodegroups on Outposts: a valid `outpostARN` matching the control plane, one Outpost, no managed nodegroups, no zones or instance selector, gp2 volumes, AmazonLinux2(023); not with a fully-private cluster, nor (at create) without the control plane on Outposts.',
    since: OUTPOSTS_SINCE,
    severity: 'error',
    eksctlMessages: [
      'invalid Outpost ARN: %w',
      'invalid Outpost ARN: %q',
      "nodeGroup.outpostARN must either be empty or match the control plane's Outpost ARN (%q != %q)",
      'cannot create nodegroups in two different Outposts; got Outpost ARN %q and %q',
      'nodeGroup.outpostARN is not supported on a fully-private cluster (privateCluster.enabled)',
      'creating nodegroups on Outposts when the control plane is not on Outposts is not supported during cluster creation; either create the nodegroups after cluster creation or consider creating the control plane on Outposts',
      'Outposts is not supported for managed nodegroups',
      'cannot specify instanceSelector for a nodegroup on Outposts',
      NG_AZ_ON_OUTPOSTS,
      'cannot set %q for %s.volumeType; only %q volume types are supported on Outposts',
      OUTPOSTS_FAMILY,
      OUTPOSTS_FAMILIES
    ],
    example:
      'nodeGroups: [{name: ng, outpostARN: arn:aws:outposts:us-west-2:1:outpost/op-1}]  # control plane not on Outposts',
    check(ctx) {
      const d = ctx.data
      const cpOnOutposts = controlPlaneOnOutposts(d)
      const cpArn = asString(asObject(d.outpost)?.controlPlaneOutpostARN)
      let firstArn: string | undefined
      let reportedNotOnOutposts = false
      for (const ref of ctx.nodeGroups()) {
        const arn = asString(ref.ng.outpostARN)
        const arnPath = `${ref.path}/outpostARN`
        if (ref.managed) {
          if (arn) {
            ctx.report(
              arnPath,
              'Outposts is not supported for managed nodegroups',
              'use a self-managed nodegroup (`nodeGroups`) on Outposts.'
            )
          }
          continue
        }
        if (arn && !ctx.isPlaceholder(arnPath)) {
          const err = outpostArnError(arn)
          if (err) ctx.report(arnPath, err, 'use `arn:aws:outposts:<region>:<account>:outpost/op-…`.')
          else if (cpOnOutposts && cpArn && arn !== cpArn) {
            ctx.report(
              arnPath,
              `nodeGroup.outpostARN must either be empty or match the control plane's Outpost ARN (${goQuote(arn)} != ${goQuote(cpArn)})`,
              'remove `outpostARN` (it defaults to the control plane Outpost) or use the same ARN.'
            )
          }
          if (firstArn !== undefined && firstArn !== arn) {
            ctx.report(
              arnPath,
              `cannot create nodegroups in two different Outposts; got Outpost ARN ${goQuote(firstArn)} and ${goQuote(arn)}`,
              'put all nodegroups of one create run on the same Outpost.'
            )
          }
          firstArn ??= arn
          if (!cpOnOutposts && fullyPrivate(d)) {
            ctx.report(
              arnPath,
              'nodeGroup.outpostARN is not supported on a fully-private cluster (privateCluster.enabled)',
              'remove `outpostARN` or `privateCluster`.'
            )
          } else if (!cpOnOutposts && !reportedNotOnOutposts) {
            reportedNotOnOutposts = true
            ctx.report(
              arnPath,
              'creating nodegroups on Outposts when the control plane is not on Outposts is not supported during cluster creation; either create the nodegroups after cluster creation or consider creating the control plane on Outposts',
              'create this nodegroup with `eksctl create nodegroup` after the cluster exists.'
            )
          }
        }
        if (!cpOnOutposts && !arn) continue
        if (hasInstanceSelector(ref.ng)) {
          ctx.report(
            `${ref.path}/instanceSelector`,
            'cannot specify instanceSelector for a nodegroup on Outposts',
            'set `instanceType` instead.',
            {
              part: 'key'
            }
          )
        }
        for (const key of ['availabilityZones', 'localZones']) {
          if (nonEmpty(ref.ng[key])) {
            ctx.report(
              `${ref.path}/${key}`,
              `${key} cannot be specified for a nodegroup on Outposts; the AZ defaults to the Outpost AZ`,
              `remove \`${key}\`.`,
              { part: 'key' }
            )
          }
        }
        if (!cpOnOutposts) continue
        const volumeType = asString(ref.ng.volumeType)
        if (volumeType && volumeType !== 'gp2') {
          ctx.report(
            `${ref.path}/volumeType`,
            `cannot set ${goQuote(volumeType)} for ${ref.label}.volumeType; only "gp2" volume types are supported on Outposts`,
            'use `volumeType: gp2` (or leave it unset).'
          )
        }
        const rawFamily = asString(ref.ng.amiFamily)
        if (rawFamily && !ctx.isPlaceholder(`${ref.path}/amiFamily`)) {
          const family = resolveAmiFamily(ctx.release, rawFamily)
          const withAL2023 = ctx.has(OUTPOSTS_FAMILIES)
          const allowed = withAL2023 ? ['AmazonLinux2', 'AmazonLinux2023'] : ['AmazonLinux2']
          if (family && !allowed.includes(family)) {
            ctx.report(
              `${ref.path}/amiFamily`,
              withAL2023 ? goSprintf(OUTPOSTS_FAMILIES, ...allowed) : goSprintf(OUTPOSTS_FAMILY, ...allowed),
              `use ${allowed.join(' or ')} on an Outposts (local) cluster.`
            )
          }
        }
      }
    }
  }
]
