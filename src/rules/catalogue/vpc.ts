// VPC and networking rules: availability zones, subnets, endpoints, fully-private clusters.
import { asArray, asObject, goList, isSet, isTrue, pointer } from '../context.js'
import type { RuleDefinition } from '../types.js'
import { hasAnySubnets } from './shared.js'

export const vpcRules: RuleDefinition[] = [
  {
    id: 'availability-zones-minimum',
    group: 'vpc',
    summary: '`availabilityZones`, when set, lists at least 2 zones.',
    severity: 'error',
    eksctlMessages: ['only %d zone(s) specified %v, %d are required (can be non-unique)'],
    example: 'availabilityZones: [us-west-2a]',
    check(ctx) {
      const zones = ctx.data.availabilityZones
      if (!Array.isArray(zones) || zones.length === 0 || zones.length >= 2) return
      ctx.report(
        '/availabilityZones',
        `only ${zones.length} zone(s) specified ${goList(zones)}, 2 are required (can be non-unique)`,
        'EKS needs subnets in two zones: list a second zone (repeating one is accepted).'
      )
    }
  },
  {
    id: 'subnets-or-availability-zones',
    group: 'vpc',
    summary: '`vpc.subnets` and `availabilityZones` are not both set.',
    severity: 'error',
    eksctlMessages: ['vpc.subnets and availabilityZones cannot be set at the same time'],
    example: 'availabilityZones: [us-west-2a, us-west-2b]\nvpc: {subnets: {private: {…}}}',
    check(ctx) {
      const subnets = asObject(asObject(ctx.data.vpc)?.subnets)
      const hasSubnets = !!subnets && Object.values(subnets).some((v) => asObject(v) && Object.keys(v as object).length)
      if (hasSubnets && asArray(ctx.data.availabilityZones).length > 0) {
        ctx.report(
          '/availabilityZones',
          'vpc.subnets and availabilityZones cannot be set at the same time',
          'the subnets already fix the zones: remove `availabilityZones`.',
          { part: 'key' }
        )
      }
    }
  },
  {
    id: 'cluster-endpoints-access',
    group: 'vpc',
    summary: '`vpc.clusterEndpoints` keeps public or private API access enabled.',
    severity: 'error',
    eksctlMessages: ['Kubernetes API access must have one of public or private clusterEndpoints enabled'],
    example: 'vpc: {clusterEndpoints: {publicAccess: false}}',
    check(ctx) {
      const ep = asObject(asObject(ctx.data.vpc)?.clusterEndpoints)
      if (!ep) return
      // defaults: publicAccess true, privateAccess false
      if (ep.publicAccess === false && !isTrue(ep.privateAccess)) {
        ctx.report(
          '/vpc/clusterEndpoints',
          'Kubernetes API access must have one of public or private clusterEndpoints enabled',
          'set `privateAccess: true` (and run eksctl from inside the VPC) or keep `publicAccess: true`.',
          { part: 'key' }
        )
      }
    }
  },
  {
    id: 'fully-private-nodegroups',
    group: 'vpc',
    summary: 'In a fully-private cluster every nodegroup has `privateNetworking: true`.',
    severity: 'error',
    eksctlMessages: ['%s.privateNetworking must be enabled for a fully-private cluster'],
    example: 'privateCluster: {enabled: true}\nnodeGroups: [{name: ng}]',
    check(ctx) {
      if (!isTrue(asObject(ctx.data.privateCluster)?.enabled)) return
      for (const ref of ctx.nodeGroups()) {
        if (!isTrue(ref.ng.privateNetworking)) {
          ctx.report(
            ref.path,
            `${ref.label}.privateNetworking must be enabled for a fully-private cluster`,
            'add `privateNetworking: true` to the nodegroup.'
          )
        }
      }
    }
  },
  {
    id: 'fully-private-endpoints',
    group: 'vpc',
    summary: 'A fully-private cluster does not set `vpc.clusterEndpoints`.',
    severity: 'error',
    eksctlMessages: [
      'vpc.clusterEndpoints cannot be set for a fully-private cluster (privateCluster.enabled) as the endpoint access defaults to private-only'
    ],
    example: 'privateCluster: {enabled: true}\nvpc: {clusterEndpoints: {privateAccess: true}}',
    check(ctx) {
      if (!isTrue(asObject(ctx.data.privateCluster)?.enabled)) return
      const vpc = asObject(ctx.data.vpc)
      if (vpc && vpc.clusterEndpoints !== undefined && vpc.clusterEndpoints !== null) {
        ctx.report(
          '/vpc/clusterEndpoints',
          'vpc.clusterEndpoints cannot be set for a fully-private cluster (privateCluster.enabled) as the endpoint access defaults to private-only',
          'remove `vpc.clusterEndpoints`.',
          { part: 'key' }
        )
      }
    }
  },
  {
    id: 'fully-private-existing-vpc',
    group: 'vpc',
    summary:
      'A fully-private cluster in an existing VPC lists private subnets; no additionalEndpointServices with skipEndpointCreation; no localZones.',
    severity: 'error',
    eksctlMessages: [
      'vpc.subnets.private must be specified in a fully-private cluster when a pre-existing VPC is supplied',
      'privateCluster.additionalEndpointServices cannot be set when privateCluster.skipEndpointCreation is true',
      'additionalEndpoints cannot be defined together with skipEndpointCreation set to true',
      'localZones cannot be used in a fully-private cluster'
    ],
    example: 'privateCluster: {enabled: true}\nvpc: {id: vpc-1}',
    check(ctx) {
      const pc = asObject(ctx.data.privateCluster)
      if (!pc || !isTrue(pc.enabled)) return
      const vpc = asObject(ctx.data.vpc)
      const priv = asObject(asObject(vpc?.subnets)?.private)
      if (vpc && isSet(vpc.id) && (!priv || Object.keys(priv).length === 0)) {
        ctx.report(
          '/vpc/id',
          'vpc.subnets.private must be specified in a fully-private cluster when a pre-existing VPC is supplied',
          'list the private subnets under `vpc.subnets.private`.'
        )
      }
      const skipText = ctx.wording(
        'privateCluster.additionalEndpointServices cannot be set when privateCluster.skipEndpointCreation is true',
        'additionalEndpoints cannot be defined together with skipEndpointCreation set to true'
      )
      if (skipText && isTrue(pc.skipEndpointCreation) && asArray(pc.additionalEndpointServices).length > 0) {
        ctx.report(
          '/privateCluster/additionalEndpointServices',
          skipText,
          'remove one of the two: with skipEndpointCreation you create all VPC endpoints yourself.',
          { part: 'key' }
        )
      }
      if (asArray(ctx.data.localZones).length > 0) {
        ctx.report(
          pointer('localZones'),
          'localZones cannot be used in a fully-private cluster',
          'remove `localZones` or `privateCluster`.',
          { part: 'key' }
        )
      }
    }
  },
  {
    id: 'existing-vpc-options',
    group: 'vpc',
    summary:
      'With existing subnets listed, no `vpc.hostnameType` (0.144.0+); with an existing `vpc.id`, no `localZones`.',
    severity: 'error',
    eksctlMessages: [
      'vpc.hostnameType is not supported with a pre-existing VPC',
      'localZones are not supported with a pre-existing VPC'
    ],
    example: 'vpc: {id: vpc-1, hostnameType: resource-name}',
    check(ctx) {
      const vpc = asObject(ctx.data.vpc)
      if (!vpc) return
      // eksctl asks `HasAnySubnets`, not for a VPC id
      if (
        isSet(vpc.hostnameType) &&
        hasAnySubnets(ctx.data) &&
        ctx.has('vpc.hostnameType is not supported with a pre-existing VPC')
      ) {
        ctx.report(
          '/vpc/hostnameType',
          'vpc.hostnameType is not supported with a pre-existing VPC',
          'the existing subnets decide the hostname type: remove `vpc.hostnameType`.',
          { part: 'key' }
        )
      }
      if (isSet(vpc.id) && asArray(ctx.data.localZones).length > 0) {
        ctx.report(
          '/localZones',
          'localZones are not supported with a pre-existing VPC',
          'list local-zone subnets under `vpc.subnets` instead, or let eksctl create the VPC.',
          { part: 'key' }
        )
      }
    }
  }
]
