// Nodegroup capacity and placement rules: volume settings that need a size, pods per node, placement groups, EFA
// zones, capacity reservations, local zones, spot allocation, burstable credits, container runtimes, label values,
// and unmanaged nodegroups in IPv6 clusters.
import {
  asArray,
  asNumber,
  asObject,
  asString,
  goList,
  goQuote,
  goSprintf,
  isSet,
  isTrue,
  type NodeGroupRef,
  type RuleContext
} from '../context.js'
import { markerSince } from '../inventory/index.js'
import type { RuleDefinition } from '../types.js'
import { resolveAmiFamily } from '../data/ami-families.js'
import { ipv6Enabled, seg } from './shared.js'

/** The family the user wrote, canonical (undefined when unset, a placeholder or unknown at the release). */
function writtenFamily(ctx: RuleContext, ref: NodeGroupRef): string | undefined {
  const raw = asString(ref.ng.amiFamily)
  if (!raw || ctx.isPlaceholder(`${ref.path}/amiFamily`)) return undefined
  return resolveAmiFamily(ctx.release, raw) ?? undefined
}

const VOLUME_SIZE = '%s.%s cannot be set without %s.volumeSize'
/** The fields eksctl refuses without a volume size, in its order; each one a part in the functions that test it. */
const volumeSizeFields = ['volumeType', 'volumeName', 'volumeEncrypted', 'volumeKmsKeyID']
const volumeSizeFunctions = ['validateNodeGroupBase', 'ValidateNodeGroup']

const CR_PREFERENCE_AND_TARGET =
  'only one of CapacityReservationPreference or CapacityReservationTarget may be specified at a time'
const CR_PREFERENCE_VALUE = 'accepted values include "open" and "none"; got "%s"'
const CR_TARGET_BOTH =
  'only one of CapacityReservationID or CapacityReservationResourceGroupARN may be specified at a time'
const MARKET_TYPE = 'only accepted value is "capacity-block"; got "%s"'
const MARKET_WITHOUT_CR = 'instanceMarketOptions cannot be set without capacityReservation'

const SPOT_POOLS = 'spotInstancePools cannot be specified when also specifying spotAllocationStrategy: %s'
const SPOT_STRATEGY = 'spotAllocationStrategy should be one of: %v'

const TAG_LIMIT =
  'number of tags is exceeding the configured amount %d, was: %d. Due to desiredCapacity==0 we added an extra %d number of tags to ensure the nodegroup is scaled correctly'
/** Tags an Auto Scaling group can carry (eksctl's MaximumTagNumber). */
const MAX_ASG_TAGS = 50

const RUNTIME_AL2023 = 'only %s is supported for container runtime on %s nodes'
const RUNTIME_VALUES = [
  'only %s, %s and %s are supported for container runtime',
  'only %s and %s are supported for container runtime'
]

/** Go's `%q`-free `%v` of the label-value errors of apimachinery `IsValidLabelValue`. */
function labelValueErrors(value: string): string[] {
  const errs: string[] = []
  if (value.length > 63) errs.push('must be no more than 63 characters')
  if (value !== '' && !/^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/.test(value)) {
    errs.push(
      "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"
    )
  }
  return errs
}

export const nodegroupCapacityRules: RuleDefinition[] = [
  {
    id: 'volume-settings-need-size',
    group: 'nodegroups',
    summary: `Volume name, encryption and KMS key (and, before ${markerSince('managedVolumeSizeDefaulted')}, the type) come with a \`volumeSize\` where eksctl does not default one (unmanaged nodegroups; managed ones before ${markerSince('managedVolumeSizeDefaulted')} or with a launch template).`,
    severity: 'error',
    eksctlMessages: [VOLUME_SIZE],
    eksctlParts: volumeSizeFields,
    example: 'nodeGroups: [{name: ng, volumeEncrypted: true}]',
    check(ctx) {
      for (const ref of ctx.nodeGroups()) {
        if (isSet(ref.ng.volumeSize)) continue
        if (ref.managed) {
          // managed nodegroups are not checked before validateNodeGroupBase has the check, and are validated after
          // defaulting, which (where the marker holds) sets the size unless a launch template is given
          if (!ctx.has(VOLUME_SIZE, 'validateNodeGroupBase')) continue
          if (ctx.marker('managedVolumeSizeDefaulted') && !isSet(ref.ng.launchTemplate)) continue
        }
        const field = volumeSizeFields.find((f) => {
          if (!volumeSizeFunctions.some((fn) => ctx.has(f, fn))) return false
          return f === 'volumeEncrypted' ? isTrue(ref.ng[f]) : isSet(asString(ref.ng[f]))
        })
        if (!field) continue
        ctx.report(
          `${ref.path}/${field}`,
          goSprintf(VOLUME_SIZE, ref.label, field, ref.label),
          'add `volumeSize` (GiB) next to it.',
          { part: 'key' }
        )
      }
    }
  },
  {
    id: 'max-pods-not-negative',
    group: 'nodegroups',
    summary: '`maxPodsPerNode` is not negative.',
    severity: 'error',
    eksctlMessages: ['%s.maxPodsPerNode cannot be negative'],
    example: 'managedNodeGroups: [{name: ng, maxPodsPerNode: -1}]',
    check(ctx) {
      for (const ref of ctx.nodeGroups()) {
        const v = asNumber(ref.ng.maxPodsPerNode)
        if (v === undefined || v >= 0) continue
        ctx.report(
          `${ref.path}/maxPodsPerNode`,
          `${ref.label}.maxPodsPerNode cannot be negative`,
          'use a positive number, or remove the field for the default of the instance type.'
        )
      }
    }
  },
  {
    id: 'placement-group-name',
    group: 'nodegroups',
    summary: 'A `placement` block names its `groupName`.',
    severity: 'error',
    eksctlMessages: ['%s.placement.groupName must be set and non-empty'],
    example: 'nodeGroups: [{name: ng, placement: {}}]',
    check(ctx) {
      for (const ref of ctx.nodeGroups()) {
        const placement = ref.ng.placement
        if (placement === undefined || placement === null) continue
        if (isSet(asObject(placement)?.groupName)) continue
        ctx.report(
          `${ref.path}/placement`,
          `${ref.label}.placement.groupName must be set and non-empty`,
          'set `placement.groupName` to an existing EC2 placement group, or remove `placement`.',
          { part: 'key' }
        )
      }
    }
  },
  {
    id: 'efa-single-zone',
    group: 'nodegroups',
    summary: 'An `efaEnabled` nodegroup lists at most one availability zone and at most one subnet.',
    severity: 'error',
    eksctlMessages: ['%s.efaEnabled nodegroups must have only one subnet or one availability zone'],
    example: 'nodeGroups: [{name: ng, efaEnabled: true, availabilityZones: [us-west-2a, us-west-2b]}]',
    check(ctx) {
      for (const ref of ctx.nodeGroups()) {
        if (!isTrue(ref.ng.efaEnabled)) continue
        const zones = asArray(ref.ng.availabilityZones).length
        const subnets = asArray(ref.ng.subnets).length
        if (zones <= 1 && subnets <= 1) continue
        ctx.report(
          `${ref.path}/${zones > 1 ? 'availabilityZones' : 'subnets'}`,
          `${ref.label}.efaEnabled nodegroups must have only one subnet or one availability zone`,
          'EFA traffic stays within one zone: keep a single zone (or subnet), one nodegroup per zone if you need more.',
          { part: 'key' }
        )
      }
    }
  },
  {
    id: 'capacity-reservation',
    group: 'nodegroups',
    summary:
      '`capacityReservation` sets a preference (`open`/`none`) or a target (a reservation id or a resource group, not both), not both; `instanceMarketOptions` only with a capacity reservation and `marketType: capacity-block`.',
    severity: 'error',
    eksctlMessages: [CR_PREFERENCE_AND_TARGET, CR_PREFERENCE_VALUE, CR_TARGET_BOTH, MARKET_TYPE, MARKET_WITHOUT_CR],
    example:
      'nodeGroups: [{name: ng, capacityReservation: {capacityReservationPreference: capacity-reservations-only}}]',
    check(ctx) {
      for (const ref of ctx.nodeGroups()) {
        const cr = asObject(ref.ng.capacityReservation)
        const market = ref.ng.instanceMarketOptions
        const crPath = `${ref.path}/capacityReservation`
        if (!cr) {
          if (market !== undefined && market !== null && ref.ng.capacityReservation == null) {
            ctx.report(
              `${ref.path}/instanceMarketOptions`,
              MARKET_WITHOUT_CR,
              'capacity blocks are used through a reservation: add `capacityReservation.capacityReservationTarget`.',
              { part: 'key' }
            )
          }
          continue
        }
        const pref = cr.capacityReservationPreference
        const target = cr.capacityReservationTarget
        if (pref !== undefined && pref !== null) {
          if (target !== undefined && target !== null) {
            ctx.report(
              `${crPath}/capacityReservationTarget`,
              CR_PREFERENCE_AND_TARGET,
              'keep either the preference or the target.',
              { part: 'key' }
            )
          } else if (typeof pref === 'string' && pref !== 'open' && pref !== 'none') {
            if (!ctx.isPlaceholder(`${crPath}/capacityReservationPreference`)) {
              ctx.report(
                `${crPath}/capacityReservationPreference`,
                goSprintf(CR_PREFERENCE_VALUE, pref),
                'use `open` or `none`; to use one reservation, set `capacityReservationTarget`.'
              )
            }
          }
        }
        const t = asObject(target)
        if (t && t.capacityReservationID != null && t.capacityReservationResourceGroupARN != null) {
          ctx.report(
            `${crPath}/capacityReservationTarget/capacityReservationResourceGroupARN`,
            CR_TARGET_BOTH,
            'target one reservation or one resource group of reservations.',
            { part: 'key' }
          )
        }
        const marketType = asObject(market)?.marketType
        const mtPath = `${ref.path}/instanceMarketOptions/marketType`
        if (typeof marketType === 'string' && marketType !== 'capacity-block' && !ctx.isPlaceholder(mtPath)) {
          ctx.report(mtPath, goSprintf(MARKET_TYPE, marketType), 'use `marketType: capacity-block`.')
        }
      }
    }
  },
  {
    id: 'local-zones-or-availability-zones',
    group: 'nodegroups',
    summary: 'An unmanaged nodegroup sets `localZones` or `availabilityZones`, not both.',
    severity: 'error',
    eksctlMessages: ['cannot specify both localZones and availabilityZones'],
    example: 'nodeGroups: [{name: ng, localZones: [us-west-2-lax-1a], availabilityZones: [us-west-2a]}]',
    check(ctx) {
      for (const ref of ctx.nodeGroups('unmanaged')) {
        if (asArray(ref.ng.localZones).length > 0 && asArray(ref.ng.availabilityZones).length > 0) {
          ctx.report(
            `${ref.path}/localZones`,
            'cannot specify both localZones and availabilityZones',
            'put local-zone nodes and regional nodes in separate nodegroups.',
            { part: 'key' }
          )
        }
      }
    }
  },
  {
    id: 'spot-allocation-strategy',
    group: 'nodegroups',
    summary:
      '`instancesDistribution.spotAllocationStrategy` is one the release knows, and `spotInstancePools` is left out with the capacity-optimized strategies.',
    severity: 'error',
    eksctlMessages: [SPOT_POOLS, SPOT_STRATEGY],
    example:
      'nodeGroups: [{name: ng, instancesDistribution: {instanceTypes: [m5.large], spotInstancePools: 2, spotAllocationStrategy: capacity-optimized}}]',
    check(ctx) {
      // the strategies each era accepts: eksctl's own list until 0.123.0 (capacity-optimized-prioritized from
      // 0.45.0, eksctl 110d938b1), the EC2 SDK's list from 0.124.0
      const sdk = ctx.has(SPOT_STRATEGY, 'validateSpotAllocationStrategy')
      const prioritized = ctx.marker('spotStrategyCapacityOptimizedPrioritized')
      const known = sdk
        ? [
            'lowest-price',
            'diversified',
            'capacity-optimized',
            'capacity-optimized-prioritized',
            'price-capacity-optimized'
          ]
        : ['lowest-price', 'capacity-optimized', ...(prioritized ? ['capacity-optimized-prioritized'] : [])]
      for (const ref of ctx.nodeGroups('unmanaged')) {
        const dist = asObject(ref.ng.instancesDistribution)
        if (!dist) continue
        const strategy = asString(dist.spotAllocationStrategy)
        const dpath = `${ref.path}/instancesDistribution`
        if (strategy === undefined || ctx.isPlaceholder(`${dpath}/spotAllocationStrategy`)) continue
        const pools = dist.spotInstancePools
        if (pools !== undefined && pools !== null) {
          const optimized =
            strategy === 'capacity-optimized'
              ? 'capacity-optimized'
              : prioritized && strategy === 'capacity-optimized-prioritized'
                ? 'capacity-optimized-prioritized'
                : undefined
          if (optimized) {
            ctx.report(
              `${dpath}/spotInstancePools`,
              goSprintf(SPOT_POOLS, optimized),
              'the capacity-optimized strategies choose pools themselves: remove `spotInstancePools`.',
              { part: 'key' }
            )
            continue
          }
        }
        if (!known.includes(strategy)) {
          ctx.report(
            `${dpath}/spotAllocationStrategy`,
            `spotAllocationStrategy should be one of: ${sdk ? goList(known) : known.join(', ')}`,
            `use one of ${known.join(', ')}.`
          )
        }
      }
    }
  },
  {
    id: 'cpu-credits-value',
    group: 'nodegroups',
    summary: '`cpuCredits` is `standard` or `unlimited`.',
    severity: 'error',
    eksctlMessages: ["cpuCredits option accepts only one of 'standard' or 'unlimited'"],
    example: 'nodeGroups: [{name: ng, instanceType: t3.large, cpuCredits: burst}]',
    check(ctx) {
      for (const ref of ctx.nodeGroups('unmanaged')) {
        const credits = asString(ref.ng.cpuCredits)
        const path = `${ref.path}/cpuCredits`
        if (credits === undefined || ctx.isPlaceholder(path)) continue
        // eksctl first needs a t* instance type (cpu-credits-instance-types reports the rest)
        const dist = asObject(ref.ng.instancesDistribution)
        const types = dist ? asArray(dist.instanceTypes) : [ref.ng.instanceType]
        if (!types.some((t) => typeof t === 'string' && t.startsWith('t'))) continue
        if (['standard', 'unlimited'].includes(credits.toLowerCase())) continue
        ctx.report(
          path,
          "cpuCredits option accepts only one of 'standard' or 'unlimited'",
          'use `standard` or `unlimited`.'
        )
      }
    }
  },
  {
    id: 'container-runtime-values',
    group: 'nodegroups',
    summary:
      '`containerRuntime` is one eksctl knows (containerd, dockerd; docker for Windows from 0.95.0), and containerd on AmazonLinux2023.',
    severity: 'error',
    eksctlMessages: [RUNTIME_AL2023, ...RUNTIME_VALUES],
    example: 'nodeGroups: [{name: ng, amiFamily: AmazonLinux2023, containerRuntime: dockerd}]',
    check(ctx) {
      const values = ctx.has(RUNTIME_VALUES[0]!) ? ['containerd', 'dockerd', 'docker'] : ['containerd', 'dockerd']
      for (const ref of ctx.nodeGroups('unmanaged')) {
        const runtime = asString(ref.ng.containerRuntime)
        const path = `${ref.path}/containerRuntime`
        if (runtime === undefined || ctx.isPlaceholder(path)) continue
        if (runtime !== 'containerd' && writtenFamily(ctx, ref) === 'AmazonLinux2023' && ctx.has(RUNTIME_AL2023)) {
          ctx.report(
            path,
            goSprintf(RUNTIME_AL2023, 'containerd', 'AmazonLinux2023'),
            'AmazonLinux2023 nodes run containerd only: use `containerRuntime: containerd` or remove the field.'
          )
          continue
        }
        if (values.includes(runtime)) continue
        const wording = ctx.wording(...RUNTIME_VALUES)
        if (!wording) continue
        ctx.report(path, goSprintf(wording, ...values), `use one of ${values.join(', ')}.`)
      }
    }
  },
  {
    id: 'node-label-value',
    group: 'nodegroups',
    summary:
      'Nodegroup label values are valid Kubernetes label values (63 characters at most, alphanumerics, `-`, `_`, `.`).',
    severity: 'error',
    eksctlMessages: ['label %q has invalid value %q - %v'],
    example: 'managedNodeGroups: [{name: ng, labels: {team: "platform/core"}}]',
    check(ctx) {
      for (const ref of ctx.nodeGroups()) {
        const labels = asObject(ref.ng.labels)
        if (!labels) continue
        for (const [key, value] of Object.entries(labels)) {
          const path = `${ref.path}/labels/${seg(key)}`
          if (typeof value !== 'string' || ctx.isPlaceholder(path)) continue
          const errs = labelValueErrors(value)
          if (errs.length === 0) continue
          ctx.report(
            path,
            `label ${goQuote(key)} has invalid value ${goQuote(value)} - ${goList(errs)}`,
            'label values are empty or up to 63 alphanumerics, `-`, `_`, `.`, starting and ending alphanumeric.'
          )
        }
      }
    }
  },
  {
    id: 'asg-tag-limit',
    group: 'nodegroups',
    summary: `An unmanaged nodegroup whose labels and taints eksctl copies to Auto Scaling group tags (\`propagateASGTags\`; before ${markerSince('asgTagCopyFollowsPropagateASGTags')}, \`desiredCapacity: 0\`) stays within the 50 tags of a group.`,
    severity: 'error',
    eksctlMessages: [TAG_LIMIT],
    example: 'nodeGroups: [{name: ng, propagateASGTags: true, labels: {…48 labels…}}]',
    check(ctx) {
      for (const ref of ctx.nodeGroups('unmanaged')) {
        // eksctl 4435d5636 moved the copy from scale-from-zero nodegroups to the propagateASGTags switch
        const copied = ctx.marker('asgTagCopyFollowsPropagateASGTags')
          ? isTrue(ref.ng.propagateASGTags)
          : asNumber(ref.ng.desiredCapacity) === 0 && !isTrue(ref.ng.disableASGTagPropagation)
        if (!copied) continue
        // labels after defaulting (eksctl adds the cluster and nodegroup name labels) and taints
        const labels = new Set([
          ...Object.keys(asObject(ref.ng.labels) ?? {}),
          'alpha.eksctl.io/cluster-name',
          'alpha.eksctl.io/nodegroup-name'
        ])
        const taints = ref.ng.taints
        const taintCount = Array.isArray(taints) ? taints.length : Object.keys(asObject(taints) ?? {}).length
        const extra = labels.size + taintCount
        const autoscaler = isTrue(asObject(asObject(ref.ng.iam)?.withAddonPolicies)?.autoScaler)
        const total = 2 + (autoscaler ? 2 : 0) + extra
        if (total <= MAX_ASG_TAGS) continue
        ctx.report(
          `${ref.path}/labels`,
          goSprintf(TAG_LIMIT, MAX_ASG_TAGS, total, extra),
          `each label and taint becomes a cluster-autoscaler tag: drop ${total - MAX_ASG_TAGS} of them, or turn off the propagation.`,
          { part: 'key' }
        )
      }
    }
  },
  {
    id: 'unmanaged-nodegroups-ipv6',
    group: 'nodegroups',
    summary: 'IPv6 clusters have no unmanaged `nodeGroups` (use `managedNodeGroups`).',
    severity: 'error',
    eksctlMessages: ['unmanaged nodegroups are not supported with IPv6 clusters'],
    example: 'kubernetesNetworkConfig: {ipFamily: IPv6}\nnodeGroups: [{name: ng}]',
    check(ctx) {
      if (!ipv6Enabled(ctx.data) || ctx.isPlaceholder('/kubernetesNetworkConfig/ipFamily')) return
      for (const ref of ctx.nodeGroups('unmanaged')) {
        ctx.report(
          ref.path,
          'unmanaged nodegroups are not supported with IPv6 clusters',
          'move the nodegroup to `managedNodeGroups`.'
        )
        break // the first nodegroup stack fails
      }
    }
  }
]
