// Nodegroup rules (`nodeGroups[]` unmanaged, `managedNodeGroups[]` managed): names, sizes, AMI, instance types,
// volumes, labels, SSH, kubelet and ASG settings.
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
import type { RuleDefinition } from '../types.js'
import {
  amiFamiliesFor,
  amiFamilySince,
  AMI_FAMILY_CASE_INSENSITIVE_SINCE,
  deprecatedWindowsFamilies,
  resolveAmiFamily
} from '../data/ami-families.js'
import { AMAZON_LINUX_2_EOL_VERSION, versionLess } from '../data/kubernetes-versions.js'

/** The AMI family eksctl would use for a nodegroup, canonical spelling, or undefined when unset/unknown. */
function familyOf(ctx: RuleContext, ref: NodeGroupRef): string | undefined {
  const raw = asString(ref.ng.amiFamily)
  if (!raw || ctx.isPlaceholder(`${ref.path}/amiFamily`)) return undefined
  return resolveAmiFamily(ctx.release, raw) ?? undefined
}

const isWindows = (family: string | undefined): boolean => !!family && family.startsWith('WindowsServer')
const isBottlerocket = (family: string | undefined): boolean => !!family && family.startsWith('Bottlerocket')

/** A custom AMI id (not the `auto`, `auto-ssm`, `static` resolvers). */
function customAmi(ng: Record<string, unknown>): string | undefined {
  const ami = asString(ng.ami)
  return ami && !['auto', 'auto-ssm', 'static'].includes(ami) ? ami : undefined
}

const kubeletLabels = new Set([
  'kubernetes.io/hostname',
  'topology.kubernetes.io/zone',
  'topology.kubernetes.io/region',
  'failure-domain.beta.kubernetes.io/zone',
  'failure-domain.beta.kubernetes.io/region',
  'beta.kubernetes.io/instance-type',
  'node.kubernetes.io/instance-type',
  'kubernetes.io/os',
  'kubernetes.io/arch',
  'beta.kubernetes.io/os',
  'beta.kubernetes.io/arch'
])
const kubeletLabelNamespaces = ['kubelet.kubernetes.io', 'node.kubernetes.io']

/** Labels the kubelet may set on itself (k8s.io/kubernetes pkg/kubelet/apis `IsKubeletLabel`). */
export function isKubeletLabel(key: string): boolean {
  if (kubeletLabels.has(key)) return true
  const ns = key.split('/')[0]!
  return kubeletLabelNamespaces.some((k) => ns === k || ns.endsWith('.' + k))
}

export function isReservedLabel(key: string): boolean {
  const parts = key.split('/')
  if (parts.length !== 2) return false
  const ns = parts[0]!
  const reserved = ['kubernetes.io', 'k8s.io'].some((d) => ns === d || ns.endsWith('.' + d))
  return reserved && !isKubeletLabel(key)
}

const labelNameRe = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/
const dnsSubdomainRe = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/

/** apimachinery `IsQualifiedName` messages (empty when valid). */
export function qualifiedNameErrors(key: string): string[] {
  const parts = key.split('/')
  const name = parts.at(-1)!
  const errs: string[] = []
  if (parts.length === 2) {
    const prefix = parts[0]!
    if (prefix.length === 0) errs.push('prefix part must be non-empty')
    else if (prefix.length > 253 || !dnsSubdomainRe.test(prefix)) {
      errs.push(
        "prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character"
      )
    }
  }
  if (name.length === 0) errs.push('name part must be non-empty')
  else if (name.length > 63) errs.push('name part must be no more than 63 characters')
  else if (!labelNameRe.test(name)) {
    errs.push(
      "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"
    )
  }
  return errs
}

const asgProcesses = [
  'Launch',
  'Terminate',
  'AddToLoadBalancer',
  'AlarmNotification',
  'AZRebalance',
  'HealthCheck',
  'InstanceRefresh',
  'ReplaceUnhealthy',
  'ScheduledActions'
]

const AMI_FAMILY_DEPRECATED =
  'AMI Family %s is deprecated. For more information, head to the Amazon documentation on Windows AMIs (https://docs.aws.amazon.com/eks/latest/userguide/eks-optimized-windows-ami.html)'

export const CUSTOM_AMI_FAMILY =
  'when using a custom AMI, amiFamily needs to be explicitly set via config file or via --node-ami-family flag'
/** `overrideBootstrapCommand` for a custom AMI: the wordings, newest first (the same text in ValidateNodeGroup and
 * ValidateManagedNodeGroup, in different releases). */
const SSM_CANNOT_DISABLE = 'SSM agent is now built into EKS AMIs and cannot be disabled'
const SSM_DEPRECATED =
  'SSM is now enabled by default; `ssh.enableSSM` is deprecated and will be removed in a future release'
const OVERRIDE_BOOTSTRAP = [
  '%[1]s.overrideBootstrapCommand is required when using a custom AMI based on %s (%[1]s.ami)',
  '%[1]s.overrideBootstrapCommand is required when using a custom AMI (%[1]s.ami)',
  '%s.overrideBootstrapCommand is required when using a custom AMI (%s.ami)'
]

const MIXED_FEATURE = 'instanceType should be "mixed" or unset when using the %s feature'
const MIXED_OLD = [
  'instanceType should be "mixed" or unset when using the instances distribution feature',
  'instanceType should be "mixed" or unset when using the mixed instances feature'
]

const IOPS_TYPES = [
  '%s.volumeIOPS is only supported for %s, %s and %s volume types',
  '%s.volumeIOPS is only supported for %s and %s volume types'
]

const RESERVED_LABELS = [
  'the following nodegroup labels are disallowed as they have reserved prefixes [kubernetes.io/, k8s.io/]: %v',
  "unknown 'kubernetes.io' or 'k8s.io' labels were specified: %v"
]

const SSH_KEYS = [
  'only one of publicKeyName, publicKeyPath or publicKey can be specified for SSH per node-group',
  'only one of PublicKeyName, PublicKeyPath or PublicKey public key can be specified for SSH per node-group'
]

const criticalKubeletFields = [
  'kind',
  'apiVersion',
  'address',
  'clusterDomain',
  'authentication',
  'authorization',
  'serverTLSBootstrap'
]

export const nodegroupRules: RuleDefinition[] = [
  {
    id: 'nodegroup-name-required',
    group: 'nodegroups',
    summary: 'Every entry of `nodeGroups` and `managedNodeGroups` has a `name`.',
    severity: 'error',
    eksctlMessages: ['%s.name must be set'],
    example: 'managedNodeGroups: [{instanceType: m5.large}]',
    check(ctx) {
      for (const ref of ctx.nodeGroups()) {
        if (!isSet(ref.ng.name)) {
          ctx.report(ref.path, `${ref.label}.name must be set`, 'give the nodegroup a `name`.')
        }
      }
    }
  },
  {
    id: 'nodegroup-name-unique',
    group: 'nodegroups',
    summary: 'Nodegroup names are unique across `nodeGroups` and `managedNodeGroups` together.',
    severity: 'error',
    eksctlMessages: ['%s %q is not unique'],
    example: 'nodeGroups: [{name: ng-1}]\nmanagedNodeGroups: [{name: ng-1}]',
    check(ctx) {
      const seen = new Map<string, string>()
      for (const ref of ctx.nodeGroups()) {
        const name = asString(ref.ng.name)
        if (!name) continue
        const first = seen.get(name)
        if (first) {
          ctx.report(
            `${ref.path}/name`,
            `${ref.label}.name ${goQuote(name)} is not unique`,
            `${first} already uses this name; managed and unmanaged nodegroups share one namespace of names.`
          )
        } else seen.set(name, `${ref.label}.name`)
      }
    }
  },
  {
    id: 'nodegroup-size-range',
    group: 'nodegroups',
    summary: '`minSize ≤ desiredCapacity ≤ maxSize` on managed and unmanaged nodegroups.',
    severity: 'error',
    eksctlMessages: [
      '--nodes value (%d) cannot be lower than --nodes-min value (%d)',
      '--nodes value (%d) cannot be greater than --nodes-max value (%d)',
      '--nodes-min value (%d) cannot be greater than --nodes-max value (%d)',
      'cannot use --nodes-min=%d and --nodes=%d at the same time',
      'cannot use --nodes-max=%d and --nodes=%d at the same time',
      'cannot use --nodes-min=%d and --nodes-max=%d at the same time'
    ],
    example: 'managedNodeGroups: [{name: ng, minSize: 3, desiredCapacity: 2}]',
    check(ctx) {
      for (const ref of ctx.nodeGroups()) {
        const min = asNumber(ref.ng.minSize)
        const max = asNumber(ref.ng.maxSize)
        const desired = asNumber(ref.ng.desiredCapacity)
        const fix = `keep ${ref.label} at minSize ≤ desiredCapacity ≤ maxSize.`
        if (desired !== undefined && min !== undefined && desired < min) {
          ctx.report(
            `${ref.path}/desiredCapacity`,
            ref.managed
              ? `cannot use --nodes-min=${min} and --nodes=${desired} at the same time`
              : `--nodes value (${desired}) cannot be lower than --nodes-min value (${min})`,
            fix
          )
        }
        if (desired !== undefined && max !== undefined && desired > max) {
          ctx.report(
            `${ref.path}/desiredCapacity`,
            ref.managed
              ? `cannot use --nodes-max=${max} and --nodes=${desired} at the same time`
              : `--nodes value (${desired}) cannot be greater than --nodes-max value (${max})`,
            fix
          )
        }
        if (min !== undefined && max !== undefined && min > max) {
          ctx.report(
            `${ref.path}/minSize`,
            ref.managed
              ? `cannot use --nodes-min=${min} and --nodes-max=${max} at the same time`
              : `--nodes-min value (${min}) cannot be greater than --nodes-max value (${max})`,
            fix
          )
        }
      }
    }
  },
  {
    id: 'ami-family-supported',
    group: 'nodegroups',
    summary:
      '`amiFamily` is one the release supports (its own list per release; case-insensitive from 0.86.0; Windows 2004/20H2 deprecated).',
    severity: 'error',
    eksctlMessages: ['AMI Family %s is not supported - use one of: %s', AMI_FAMILY_DEPRECATED],
    example: 'nodeGroups: [{name: ng, amiFamily: AmazonLinux2024}]',
    check(ctx) {
      const families = amiFamiliesFor(ctx.release)
      for (const ref of ctx.nodeGroups()) {
        const raw = asString(ref.ng.amiFamily)
        const path = `${ref.path}/amiFamily`
        if (!raw || ctx.isPlaceholder(path) || resolveAmiFamily(ctx.release, raw)) continue
        const deprecated = deprecatedWindowsFamilies.find((f) => f.toLowerCase() === raw.toLowerCase())
        if (deprecated && ctx.has(AMI_FAMILY_DEPRECATED)) {
          ctx.report(
            path,
            goSprintf(AMI_FAMILY_DEPRECATED, raw),
            'move to WindowsServer2019* or WindowsServer2022* containers.'
          )
          continue
        }
        const exact = families.find((f) => f.toLowerCase() === raw.toLowerCase())
        const since = amiFamilySince(exact ?? raw) ?? amiFamilySince(findCase(raw) ?? '')
        const hint = exact
          ? `eksctl ${ctx.release} matches amiFamily case-sensitively (case-insensitive from ${AMI_FAMILY_CASE_INSENSITIVE_SINCE}): write \`${exact}\`.`
          : since
            ? `${findCase(raw) ?? raw} needs eksctl ≥ ${since}; upgrade eksctl or use one of the listed families.`
            : 'use one of the listed families.'
        ctx.report(path, `AMI Family ${raw} is not supported - use one of: ${families.join(', ')}`, hint, {
          ...(since && !exact ? { since } : {})
        })
      }
    }
  },
  {
    id: 'amazonlinux2-kubernetes-version',
    group: 'nodegroups',
    summary:
      '`amiFamily: AmazonLinux2` is not used with Kubernetes ≥ 1.33 (also when that version comes from the default; managed nodegroups with a custom `ami` are exempt).',
    severity: 'error',
    eksctlMessages: ['AmazonLinux2 is not supported for Kubernetes version %s'],
    example: 'metadata: {version: "1.33"}\nmanagedNodeGroups: [{name: ng, amiFamily: AmazonLinux2}]',
    check(ctx) {
      const { version, written } = ctx.kubernetesVersion()
      if (!version || versionLess(version, AMAZON_LINUX_2_EOL_VERSION)) return
      for (const ref of ctx.nodeGroups()) {
        if (familyOf(ctx, ref) !== 'AmazonLinux2') continue
        // SetManagedNodeGroupDefaults refuses AL2 only when no custom AMI is set; SetNodeGroupDefaults always does.
        if (ref.managed && isSet(ref.ng.ami)) continue
        ctx.report(
          `${ref.path}/amiFamily`,
          `AmazonLinux2 is not supported for Kubernetes version ${version}`,
          `AWS publishes no AmazonLinux2 EKS AMIs from Kubernetes ${AMAZON_LINUX_2_EOL_VERSION}; use AmazonLinux2023 (or Bottlerocket), or pin metadata.version below ${AMAZON_LINUX_2_EOL_VERSION}` +
            (written === undefined ? ` (no metadata.version: eksctl ${ctx.release} defaults to ${version}).` : '.')
        )
      }
    }
  },
  {
    id: 'custom-ami-settings',
    group: 'nodegroups',
    summary:
      'A custom `ami` comes with an explicit `amiFamily` (0.130.0+; before, the family defaults to AmazonLinux2), and with `overrideBootstrapCommand` unless the family bootstraps itself (managed 0.26.0+, unmanaged 0.95.0+).',
    severity: 'error',
    eksctlMessages: [CUSTOM_AMI_FAMILY, ...OVERRIDE_BOOTSTRAP],
    example: 'nodeGroups: [{name: ng, ami: ami-0123456789abcdef0}]',
    check(ctx) {
      for (const ref of ctx.nodeGroups()) {
        const ami = customAmi(ref.ng)
        if (!ami || ctx.isPlaceholder(`${ref.path}/ami`)) continue
        // Managed nodegroups with a launch template never reach the custom-AMI branch.
        if (ref.managed && isSet(ref.ng.launchTemplate)) continue
        // unmanaged: from the release whose ValidateNodeGroup requires overrideBootstrapCommand for a custom AMI
        if (!ref.managed && !OVERRIDE_BOOTSTRAP.some((f) => ctx.has(f, 'ValidateNodeGroup'))) continue
        const explicit = isSet(ref.ng.amiFamily)
        if (!explicit && ctx.has(CUSTOM_AMI_FAMILY)) {
          ctx.report(
            `${ref.path}/ami`,
            CUSTOM_AMI_FAMILY,
            'add the `amiFamily` the AMI was built from (e.g. AmazonLinux2023).'
          )
          continue
        }
        if (explicit && ctx.isPlaceholder(`${ref.path}/amiFamily`)) continue
        // Before 0.130.0 an unset family is defaulted before managed nodegroups are validated (AmazonLinux2) and
        // left empty for unmanaged ones (validated before defaulting).
        const family = explicit ? familyOf(ctx, ref) : ref.managed ? 'AmazonLinux2' : ''
        if (family === undefined) continue // unknown family: ami-family-supported reports it
        if (family === 'AmazonLinux2023' && ctx.marker('customAmiAmazonLinux2023NoOverride')) continue
        if (!ref.managed && isBottlerocket(family) && ctx.marker('unmanagedCustomAmiBottlerocketExempt')) continue
        if (!ref.managed && isWindows(family) && ctx.marker('unmanagedCustomAmiWindowsExempt')) continue
        if (ref.managed && (isBottlerocket(family) || isWindows(family))) continue // managed-custom-ami reports the family
        if (isSet(ref.ng.overrideBootstrapCommand)) continue
        // the wording of this release in the function that checks this kind of nodegroup (none: no check yet)
        const fn = ref.managed ? 'ValidateManagedNodeGroup' : 'ValidateNodeGroup'
        const wording = OVERRIDE_BOOTSTRAP.find((f) => ctx.has(f, fn))
        if (!wording) continue
        ctx.report(
          `${ref.path}/ami`,
          goSprintf(wording, ref.label, family),
          `eksctl cannot bootstrap a custom ${family || 'non-AL2023'} AMI by itself: add \`overrideBootstrapCommand\` (e.g. \`/etc/eks/bootstrap.sh <cluster>\`).`
        )
      }
    }
  },
  {
    id: 'instance-type-mixed',
    group: 'nodegroups',
    summary:
      'Unmanaged nodegroups with `instancesDistribution` or `instanceSelector` leave `instanceType` unset or `mixed`; distribution sizes are in range.',
    severity: 'error',
    eksctlMessages: [
      MIXED_FEATURE,
      // the feature names passed to it
      'instances distribution',
      'instance selector',
      ...MIXED_OLD,
      'at least two instance types have to be specified for mixed nodegroups',
      'mixed nodegroups should have between 1 and 20 different instance types',
      'onDemandBaseCapacity should be 0 or more',
      'percentageAboveBase should be between 0 and 100',
      'spotInstancePools should be between 1 and 20'
    ],
    example: 'nodeGroups: [{name: ng, instanceType: m5.large, instancesDistribution: {instanceTypes: [m5.large]}}]',
    check(ctx) {
      for (const ref of ctx.nodeGroups('unmanaged')) {
        const type = asString(ref.ng.instanceType)
        const typed = type !== undefined && type !== '' && type !== 'mixed'
        const dist = asObject(ref.ng.instancesDistribution)
        const selector = asObject(ref.ng.instanceSelector)
        if (typed && dist) {
          ctx.report(
            `${ref.path}/instanceType`,
            ctx.has(MIXED_FEATURE)
              ? goSprintf(MIXED_FEATURE, 'instances distribution')
              : goSprintf(ctx.wording(...MIXED_OLD) ?? MIXED_OLD[0]!),
            'remove `instanceType` and list the types in `instancesDistribution.instanceTypes`.'
          )
        } else if (typed && selector && Object.keys(selector).length > 0 && ctx.has(MIXED_FEATURE)) {
          ctx.report(
            `${ref.path}/instanceType`,
            goSprintf(MIXED_FEATURE, 'instance selector'),
            'remove `instanceType`; the instance selector chooses the types.'
          )
        }
        if (!dist) continue
        const dpath = `${ref.path}/instancesDistribution`
        const types = asArray(dist.instanceTypes)
        const hasSelector = !!selector && Object.keys(selector).length > 0
        if (types.length === 0 && !hasSelector) {
          ctx.report(
            dpath,
            'at least two instance types have to be specified for mixed nodegroups',
            'list the instance types under `instancesDistribution.instanceTypes`.'
          )
        } else if (types.length > 20) {
          ctx.report(
            `${dpath}/instanceTypes`,
            'mixed nodegroups should have between 1 and 20 different instance types',
            'list at most 20 instance types.'
          )
        }
        const base = asNumber(dist.onDemandBaseCapacity)
        if (base !== undefined && base < 0) {
          ctx.report(`${dpath}/onDemandBaseCapacity`, 'onDemandBaseCapacity should be 0 or more', 'use 0 or more.')
        }
        const pct = asNumber(dist.onDemandPercentageAboveBaseCapacity)
        if (pct !== undefined && (pct < 0 || pct > 100)) {
          ctx.report(
            `${dpath}/onDemandPercentageAboveBaseCapacity`,
            'percentageAboveBase should be between 0 and 100',
            'use a percentage from 0 to 100.'
          )
        }
        const pools = asNumber(dist.spotInstancePools)
        if (pools !== undefined && (pools < 1 || pools > 20)) {
          ctx.report(`${dpath}/spotInstancePools`, 'spotInstancePools should be between 1 and 20', 'use 1 to 20 pools.')
        }
      }
    }
  },
  {
    id: 'managed-instance-types',
    group: 'nodegroups',
    summary:
      'Managed nodegroups set `instanceType` or `instanceTypes` (not both), no `instanceType` with `instanceSelector`, and `launchTemplate.id` when `launchTemplate` is set.',
    severity: 'error',
    eksctlMessages: [
      'only one of instanceType or instanceTypes can be specified (%s)',
      'cannot set instanceType when instanceSelector is specified (%s)',
      'launchTemplate.id is required if launchTemplate is set (%s.%s)'
    ],
    example: 'managedNodeGroups: [{name: ng, instanceType: m5.large, instanceTypes: [m5.large, m5a.large]}]',
    check(ctx) {
      for (const ref of ctx.nodeGroups('managed')) {
        if (isSet(ref.ng.instanceType) && asArray(ref.ng.instanceTypes).length > 0) {
          ctx.report(
            `${ref.path}/instanceTypes`,
            `only one of instanceType or instanceTypes can be specified (${ref.label})`,
            'keep `instanceTypes` (a list) or `instanceType` (one type), not both.',
            { part: 'key' }
          )
        }
        const selector = asObject(ref.ng.instanceSelector)
        if (isSet(ref.ng.instanceType) && selector && Object.keys(selector).length > 0) {
          ctx.report(
            `${ref.path}/instanceType`,
            `cannot set instanceType when instanceSelector is specified (${ref.label})`,
            'remove `instanceType`; the instance selector chooses the types.'
          )
        }
        const lt = ref.ng.launchTemplate
        if (lt !== undefined && lt !== null && !isSet(asObject(lt)?.id)) {
          ctx.report(
            `${ref.path}/launchTemplate`,
            `launchTemplate.id is required if launchTemplate is set (${ref.label}.launchTemplate)`,
            'set `launchTemplate.id` to the `lt-…` id of an existing launch template.'
          )
        }
      }
    }
  },
  {
    id: 'volume-iops-range',
    group: 'nodegroups',
    summary: '`volumeIOPS` only with gp3/io1/io2 (io2 from 0.204.0), and within the range of the volume type.',
    severity: 'error',
    eksctlMessages: [...IOPS_TYPES, 'value for %s.volumeIOPS must be within range %d-%d'],
    example: 'nodeGroups: [{name: ng, volumeType: gp2, volumeIOPS: 3000}]',
    check(ctx) {
      const ranges: Record<string, [number, number]> = { gp3: [3000, 16000], io1: [100, 64000], io2: [100, 256000] }
      const io2 = ctx.has(IOPS_TYPES[0]!)
      for (const ref of ctx.nodeGroups()) {
        const iops = asNumber(ref.ng.volumeIOPS)
        if (iops === undefined) continue
        const type = asString(ref.ng.volumeType) ?? 'gp3'
        const path = `${ref.path}/volumeIOPS`
        if (!(type in ranges) || (type === 'io2' && !io2)) {
          ctx.report(
            path,
            io2
              ? `${ref.label}.volumeIOPS is only supported for io1, io2 and gp3 volume types`
              : `${ref.label}.volumeIOPS is only supported for io1 and gp3 volume types`,
            `remove volumeIOPS or use volumeType gp3${io2 ? ', io1 or io2' : ' or io1'} (this one is ${type}).`
          )
          continue
        }
        const [lo, hi] = ranges[type]!
        if (iops < lo || iops > hi) {
          ctx.report(
            path,
            `value for ${ref.label}.volumeIOPS must be within range ${lo}-${hi}`,
            `${type} volumes take ${lo} to ${hi} IOPS.`
          )
        }
      }
    }
  },
  {
    id: 'volume-throughput-range',
    group: 'nodegroups',
    summary: '`volumeThroughput` only with gp3, within 125–1000 MiB/s.',
    severity: 'error',
    eksctlMessages: [
      '%s.volumeThroughput is only supported for %s volume type',
      'value for %s.volumeThroughput must be within range %d-%d'
    ],
    example: 'nodeGroups: [{name: ng, volumeType: gp3, volumeThroughput: 2000}]',
    check(ctx) {
      for (const ref of ctx.nodeGroups()) {
        const tp = asNumber(ref.ng.volumeThroughput)
        if (tp === undefined) continue
        const type = asString(ref.ng.volumeType) ?? 'gp3'
        const path = `${ref.path}/volumeThroughput`
        if (type !== 'gp3') {
          ctx.report(
            path,
            `${ref.label}.volumeThroughput is only supported for gp3 volume type`,
            `remove volumeThroughput or use volumeType gp3 (this one is ${type}).`
          )
        } else if (tp < 125 || tp > 1000) {
          ctx.report(
            path,
            `value for ${ref.label}.volumeThroughput must be within range 125-1000`,
            'gp3 throughput is 125 to 1000 MiB/s.'
          )
        }
      }
    }
  },
  {
    id: 'volume-kms-key-encrypted',
    group: 'nodegroups',
    summary: '`volumeKmsKeyID` is only set together with `volumeEncrypted: true`.',
    severity: 'error',
    eksctlMessages: ['%s.volumeKmsKeyID can not be set without %s.volumeEncrypted enabled explicitly'],
    example: 'nodeGroups: [{name: ng, volumeKmsKeyID: 36c0b54e-…}]',
    check(ctx) {
      for (const ref of ctx.nodeGroups()) {
        if (isSet(ref.ng.volumeKmsKeyID) && !isTrue(ref.ng.volumeEncrypted)) {
          ctx.report(
            `${ref.path}/volumeKmsKeyID`,
            `${ref.label}.volumeKmsKeyID can not be set without ${ref.label}.volumeEncrypted enabled explicitly`,
            'add `volumeEncrypted: true`.'
          )
        }
      }
    }
  },
  {
    id: 'node-labels-reserved-prefix',
    group: 'nodegroups',
    summary: 'Nodegroup labels avoid the reserved `kubernetes.io/` and `k8s.io/` prefixes (kubelet labels excepted).',
    severity: 'error',
    eksctlMessages: RESERVED_LABELS,
    example: 'nodeGroups: [{name: ng, labels: {kubernetes.io/role: worker}}]',
    check(ctx) {
      for (const ref of ctx.nodeGroups()) {
        const labels = asObject(ref.ng.labels)
        if (!labels) continue
        const bad = Object.keys(labels).filter(isReservedLabel)
        if (bad.length === 0) continue
        ctx.report(
          `${ref.path}/labels/${bad[0]!.replace(/~/g, '~0').replace(/\//g, '~1')}`,
          goSprintf(ctx.wording(...RESERVED_LABELS) ?? RESERVED_LABELS[0]!, bad),
          'use your own prefix (e.g. `example.com/role`); the kubelet may set only its well-known kubernetes.io labels and node.kubernetes.io/*.',
          { part: 'key' }
        )
      }
    }
  },
  {
    id: 'node-label-format',
    group: 'nodegroups',
    summary: 'Nodegroup label keys are Kubernetes qualified names with at most one `/`.',
    severity: 'error',
    eksctlMessages: [
      "node label key %q is of invalid format, can only use one '/' separator",
      'label %q is invalid - %v'
    ],
    example: 'nodeGroups: [{name: ng, labels: {"a/b/c": x}}]',
    check(ctx) {
      for (const ref of ctx.nodeGroups()) {
        const labels = asObject(ref.ng.labels)
        if (!labels) continue
        for (const key of Object.keys(labels)) {
          const path = `${ref.path}/labels/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`
          if (key.split('/').length > 2) {
            ctx.report(
              path,
              `node label key ${goQuote(key)} is of invalid format, can only use one '/' separator`,
              'use `prefix/name` with a single slash.',
              { part: 'key' }
            )
            continue
          }
          const errs = qualifiedNameErrors(key)
          if (errs.length > 0) {
            ctx.report(
              path,
              `label ${goQuote(key)} is invalid - ${goList(errs)}`,
              'label keys are an optional DNS-subdomain prefix and a name of up to 63 alphanumerics, `-`, `_`, `.`.',
              { part: 'key' }
            )
          }
        }
      }
    }
  },
  {
    id: 'ssh-key-options',
    group: 'nodegroups',
    summary:
      'At most one of `ssh.publicKeyName`, `publicKeyPath`, `publicKey`; `ssh.enableSsm` is not `false` (and `true` is a deprecation warning) from 0.63.0.',
    severity: 'error',
    eksctlMessages: [...SSH_KEYS, SSM_CANNOT_DISABLE, SSM_DEPRECATED],
    example: 'nodeGroups: [{name: ng, ssh: {publicKeyName: k, publicKeyPath: ~/.ssh/id.pub}}]',
    check(ctx) {
      for (const ref of ctx.nodeGroups()) {
        const ssh = asObject(ref.ng.ssh)
        if (!ssh) continue
        const keys = ['publicKeyName', 'publicKeyPath', 'publicKey'].filter((k) => isSet(ssh[k]))
        if (keys.length > 1) {
          ctx.report(
            `${ref.path}/ssh/${keys[1]}`,
            ctx.wording(...SSH_KEYS) ?? SSH_KEYS[0]!,
            `keep one of ${keys.join(', ')}.`,
            { part: 'key' }
          )
        }
        if (ssh.enableSsm === false && ctx.has(SSM_CANNOT_DISABLE)) {
          ctx.report(`${ref.path}/ssh/enableSsm`, SSM_CANNOT_DISABLE, 'remove `enableSsm: false`.')
        } else if (ssh.enableSsm === true && ctx.has(SSM_DEPRECATED)) {
          ctx.report(
            `${ref.path}/ssh/enableSsm`,
            SSM_DEPRECATED,
            'remove `enableSsm` (eksctl prints this as a warning).',
            { severity: 'warning', part: 'key' }
          )
        }
      }
    }
  },
  {
    id: 'nodegroup-subnets-or-zones',
    group: 'nodegroups',
    summary: 'A nodegroup sets `subnets` or `availabilityZones`, not both.',
    severity: 'error',
    eksctlMessages: ['only one of %[1]s.subnets or %[1]s.availabilityZones should be set'],
    example: 'nodeGroups: [{name: ng, subnets: [subnet-1], availabilityZones: [us-west-2a]}]',
    check(ctx) {
      for (const ref of ctx.nodeGroups()) {
        if (asArray(ref.ng.subnets).length > 0 && asArray(ref.ng.availabilityZones).length > 0) {
          ctx.report(
            `${ref.path}/availabilityZones`,
            `only one of ${ref.label}.subnets or ${ref.label}.availabilityZones should be set`,
            'subnets already fix the zones: remove `availabilityZones`.',
            { part: 'key' }
          )
        }
      }
    }
  },
  {
    id: 'instance-lifetime-minimum',
    group: 'nodegroups',
    summary: '`maxInstanceLifetime` is at least 86400 seconds.',
    severity: 'error',
    eksctlMessages: ['maximum instance lifetime must have a minimum value of 86,400 seconds (one day), but was: %d'],
    example: 'nodeGroups: [{name: ng, maxInstanceLifetime: 3600}]',
    check(ctx) {
      for (const ref of ctx.nodeGroups('unmanaged')) {
        const v = asNumber(ref.ng.maxInstanceLifetime)
        if (v !== undefined && v < 86400) {
          ctx.report(
            `${ref.path}/maxInstanceLifetime`,
            `maximum instance lifetime must have a minimum value of 86,400 seconds (one day), but was: ${v}`,
            'use 86400 or more (seconds).'
          )
        }
      }
    }
  },
  {
    id: 'cpu-credits-instance-types',
    group: 'nodegroups',
    summary: '`cpuCredits` only on nodegroups with burstable (`t…`) instance types.',
    severity: 'error',
    eksctlMessages: ['cpuCredits option set for nodegroup, but it has no t2/t3 instance types'],
    example: 'nodeGroups: [{name: ng, instanceType: m5.large, cpuCredits: unlimited}]',
    check(ctx) {
      for (const ref of ctx.nodeGroups('unmanaged')) {
        if (!isSet(ref.ng.cpuCredits)) continue
        // eksctl looks at the distribution's types when there is a distribution, else at instanceType, and takes
        // any type starting with `t` (t4g included)
        const dist = asObject(ref.ng.instancesDistribution)
        const types = (dist ? asArray(dist.instanceTypes) : [ref.ng.instanceType]).map(asString)
        if (!types.some((t) => t?.startsWith('t'))) {
          ctx.report(
            `${ref.path}/cpuCredits`,
            'cpuCredits option set for nodegroup, but it has no t2/t3 instance types',
            'remove cpuCredits, or use burstable t2/t3 instance types.'
          )
        }
      }
    }
  },
  {
    id: 'asg-suspend-processes',
    group: 'nodegroups',
    summary: '`asgSuspendProcesses` names real Auto Scaling processes.',
    severity: 'error',
    eksctlMessages: ["asgSuspendProcesses contains invalid process name '%s'"],
    example: 'nodeGroups: [{name: ng, asgSuspendProcesses: [Scale]}]',
    check(ctx) {
      for (const ref of ctx.nodeGroups('unmanaged')) {
        asArray(ref.ng.asgSuspendProcesses).forEach((p, i) => {
          if (typeof p === 'string' && !asgProcesses.includes(p)) {
            ctx.report(
              `${ref.path}/asgSuspendProcesses/${i}`,
              `asgSuspendProcesses contains invalid process name '${p}'`,
              `use one of ${asgProcesses.join(', ')}.`
            )
          }
        })
      }
    }
  },
  {
    id: 'kubelet-config-critical',
    group: 'nodegroups',
    summary: '`kubeletExtraConfig` does not override fields eksctl relies on.',
    severity: 'error',
    eksctlMessages: ["cannot override %q in kubelet config, as it's critical to eksctl functionality"],
    example: 'nodeGroups: [{name: ng, kubeletExtraConfig: {clusterDomain: corp.local}}]',
    check(ctx) {
      for (const ref of ctx.nodeGroups('unmanaged')) {
        const cfg = asObject(ref.ng.kubeletExtraConfig)
        if (!cfg) continue
        for (const key of Object.keys(cfg)) {
          if (criticalKubeletFields.includes(key)) {
            ctx.report(
              `${ref.path}/kubeletExtraConfig/${key}`,
              `cannot override ${goQuote(key)} in kubelet config, as it's critical to eksctl functionality`,
              `remove \`${key}\` from kubeletExtraConfig.`,
              { part: 'key' }
            )
          }
        }
      }
    }
  },
  {
    id: 'container-runtime-containerd',
    group: 'nodegroups',
    summary: '`containerRuntime` is containerd from Kubernetes 1.24 on.',
    severity: 'error',
    eksctlMessages: ['only %s is supported for container runtime, starting with EKS version %s'],
    example: 'metadata: {version: "1.24"}\nnodeGroups: [{name: ng, containerRuntime: dockerd}]',
    check(ctx) {
      const { version } = ctx.kubernetesVersion()
      if (!version || versionLess(version, '1.24')) return
      for (const ref of ctx.nodeGroups('unmanaged')) {
        const rt = asString(ref.ng.containerRuntime)
        if (rt && rt !== 'containerd' && !ctx.isPlaceholder(`${ref.path}/containerRuntime`)) {
          ctx.report(
            `${ref.path}/containerRuntime`,
            'only containerd is supported for container runtime, starting with EKS version 1.24',
            'use `containerRuntime: containerd` or remove the field.'
          )
        }
      }
    }
  }
]

function findCase(raw: string): string | undefined {
  const all = amiFamiliesFor('99.0.0')
  return [...all, 'Ubuntu1804', ...deprecatedWindowsFamilies, 'WindowsServer1909CoreContainer'].find(
    (f) => f.toLowerCase() === raw.toLowerCase()
  )
}
