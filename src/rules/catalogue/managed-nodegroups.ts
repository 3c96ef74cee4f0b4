// Managed nodegroup rules (`managedNodeGroups[]`, validated after eksctl's managed defaults): update config,
// security group switches, launch templates and custom AMIs.
import { amiFamiliesFor, resolveAmiFamily } from '../data/ami-families.js'
import {
  asArray,
  asNumber,
  asObject,
  asString,
  goQuote,
  goSprintf,
  isSet,
  isTrue,
  type NodeGroupRef,
  type RuleContext
} from '../context.js'
import { markerSince } from '../inventory/index.js'
import type { RuleDefinition } from '../types.js'
import { CUSTOM_AMI_FAMILY } from './nodegroups.js'

const UPDATE_NONE = 'invalid UpdateConfig: maxUnavailable or maxUnavailablePercentage must be defined'
const UPDATE_BOTH = 'cannot use maxUnavailable=%d and maxUnavailablePercentage=%d at the same time'
const UPDATE_MAX = 'maxUnavailable=%d cannot be greater than maxSize=%d'

const LT_VERSION_PARSE = ['invalid launch template version: %w', 'invalid launch template version']
const LT_VERSION_MIN = [
  'launchTemplate.version must be >= 1 (%s.launchTemplate.version)',
  'launchTemplate.version must be >= 1 (%s.%s)'
]
const LT_FIELDS = 'cannot set %s in managedNodeGroup when a launch template is supplied'

const INVALID_AMI = 'invalid AMI %q (%s.%s)'
const FAMILY_FOR_CUSTOM_AMI = [
  'cannot set amiFamily to %s when using a custom AMI for managed nodes, only %s are supported',
  'cannot set amiFamily to %s when using a custom AMI for managed nodes, only %s is supported'
  // 0.53.0–0.129.0 had `cannot set amiFamily to %s when using a custom AMI`: a prefix of these texts, which the
  // wording check could not tell apart, so that era is not covered
]
const NOT_WITH_CUSTOM_AMI = '%s.%s is not supported when using a custom AMI (%s.ami)'
const OVERRIDE_WITHOUT_AMI = '%s.overrideBootstrapCommand can only be set when a custom AMI (%s.ami) is specified'

/** The family the user wrote, canonical (undefined when unset, a placeholder or unknown at the release). */
function writtenFamily(ctx: RuleContext, ref: NodeGroupRef): string | undefined {
  const raw = asString(ref.ng.amiFamily)
  if (!raw || ctx.isPlaceholder(`${ref.path}/amiFamily`)) return undefined
  return resolveAmiFamily(ctx.release, raw) ?? undefined
}

const hasLaunchTemplate = (ref: NodeGroupRef): boolean =>
  ref.ng.launchTemplate !== undefined && ref.ng.launchTemplate !== null

/** The settings a launch template replaces, as eksctl tests them (`ssh.enableSSM` where launchTemplateConflictsEnableSsm holds). */
function launchTemplateConflicts(ctx: RuleContext, ng: Record<string, unknown>): string[] {
  const ssh = asObject(ng.ssh) ?? {}
  const sgs = asObject(ng.securityGroups) ?? {}
  const out: string[] = []
  if (isSet(ng.instanceType)) out.push('instanceType')
  if (isSet(ng.ami)) out.push('ami')
  if (isTrue(ssh.allow)) out.push('ssh.allow')
  if (ctx.marker('launchTemplateConflictsEnableSsm') && isTrue(ssh.enableSsm)) out.push('ssh.enableSsm')
  if (asArray(ssh.sourceSecurityGroupIds).length > 0) out.push('ssh.sourceSecurityGroupIds')
  if (isSet(ng.volumeSize)) out.push('volumeSize')
  if (asArray(ng.preBootstrapCommands).length > 0) out.push('preBootstrapCommands')
  if (ng.overrideBootstrapCommand !== undefined && ng.overrideBootstrapCommand !== null)
    out.push('overrideBootstrapCommand')
  if (asArray(sgs.attachIDs).length > 0) out.push('securityGroups.attachIDs')
  if (isSet(ng.instanceName)) out.push('instanceName')
  if (isSet(ng.instancePrefix)) out.push('instancePrefix')
  const maxPods = asNumber(ng.maxPodsPerNode)
  if (maxPods !== undefined && maxPods !== 0) out.push('maxPodsPerNode')
  if (isTrue(ng.disablePodIMDS)) out.push('disablePodIMDS')
  if (ng.placement !== undefined && ng.placement !== null) out.push('placement')
  return out
}

export const managedNodegroupRules: RuleDefinition[] = [
  {
    id: 'managed-update-config',
    group: 'nodegroups',
    summary:
      '`updateConfig` sets exactly one of `maxUnavailable` and `maxUnavailablePercentage`, and `maxUnavailable` does not exceed the (defaulted) `maxSize`.',
    severity: 'error',
    eksctlMessages: [UPDATE_NONE, UPDATE_BOTH, UPDATE_MAX],
    example: 'managedNodeGroups: [{name: ng, updateConfig: {maxUnavailable: 2, maxUnavailablePercentage: 50}}]',
    check(ctx) {
      for (const ref of ctx.nodeGroups('managed')) {
        const uc = ref.ng.updateConfig
        if (uc === undefined || uc === null) continue
        const path = `${ref.path}/updateConfig`
        const cfg = asObject(uc) ?? {}
        const count = cfg.maxUnavailable
        const pct = cfg.maxUnavailablePercentage
        if (count == null && pct == null) {
          ctx.report(path, UPDATE_NONE, 'set `maxUnavailable` (nodes) or `maxUnavailablePercentage`.', {
            part: 'key'
          })
          continue
        }
        if (count != null && pct != null) {
          ctx.report(
            `${path}/maxUnavailablePercentage`,
            goSprintf(UPDATE_BOTH, count, pct),
            'keep one of `maxUnavailable` and `maxUnavailablePercentage`.',
            { part: 'key' }
          )
          continue
        }
        const n = asNumber(count)
        if (n === undefined) continue
        // maxSize as eksctl defaults it: written, else desiredCapacity, else minSize, else 2 nodes
        const written = asNumber(ref.ng.maxSize)
        const max = written ?? asNumber(ref.ng.desiredCapacity) ?? asNumber(ref.ng.minSize) ?? 2
        if (written === undefined && max === 0) continue // raised to a minimum whose history is not tracked here
        if (n > max) {
          ctx.report(
            `${path}/maxUnavailable`,
            goSprintf(UPDATE_MAX, n, max),
            written === undefined
              ? `no maxSize is set, so eksctl uses ${max}: lower maxUnavailable or set a larger maxSize.`
              : 'lower maxUnavailable or raise maxSize.'
          )
        }
      }
    }
  },
  {
    id: 'managed-security-group-switches',
    group: 'nodegroups',
    summary: 'Managed nodegroups do not turn on `securityGroups.withLocal` or `securityGroups.withShared`.',
    severity: 'error',
    eksctlMessages: [
      'securityGroups.withLocal and securityGroups.withShared are not supported for managed nodegroups (%s.securityGroups)'
    ],
    example: 'managedNodeGroups: [{name: ng, securityGroups: {withShared: true}}]',
    check(ctx) {
      for (const ref of ctx.nodeGroups('managed')) {
        const sgs = asObject(ref.ng.securityGroups)
        if (!sgs) continue
        const on = ['withLocal', 'withShared'].find((k) => isTrue(sgs[k]))
        if (!on) continue
        ctx.report(
          `${ref.path}/securityGroups/${on}`,
          `securityGroups.withLocal and securityGroups.withShared are not supported for managed nodegroups (${ref.label}.securityGroups)`,
          'remove the switch; attach extra groups with `securityGroups.attachIDs`.',
          { part: 'key' }
        )
      }
    }
  },
  {
    id: 'managed-launch-template',
    group: 'nodegroups',
    summary:
      'With a `launchTemplate`, its `version` is a whole number ≥ 1 and the nodegroup leaves the settings the template carries (instance type, AMI, SSH, volume size, bootstrap commands, …) unset.',
    severity: 'error',
    eksctlMessages: [...LT_VERSION_PARSE, ...LT_VERSION_MIN, LT_FIELDS],
    example: 'managedNodeGroups: [{name: ng, instanceType: m5.large, launchTemplate: {id: lt-0123, version: "2"}}]',
    check(ctx) {
      for (const ref of ctx.nodeGroups('managed')) {
        if (!hasLaunchTemplate(ref)) continue
        const lt = asObject(ref.ng.launchTemplate)
        if (!lt || !isSet(lt.id)) continue // managed-instance-types reports the missing id
        const vpath = `${ref.path}/launchTemplate/version`
        const version = lt.version
        if (typeof version === 'string' && !ctx.isPlaceholder(vpath)) {
          if (!/^[+-]?\d+$/.test(version)) {
            const inner = `strconv.ParseInt: parsing ${goQuote(version)}: invalid syntax`
            ctx.report(vpath, `invalid launch template version: ${inner}`, 'use the version number, e.g. "1".')
            continue
          }
          if (Number(version) < 1) {
            const wording = ctx.wording(...LT_VERSION_MIN) ?? LT_VERSION_MIN[0]!
            ctx.report(
              vpath,
              wording === LT_VERSION_MIN[0]
                ? goSprintf(wording, ref.label)
                : goSprintf(wording, ref.label, 'launchTemplate.version'),
              'launch template versions start at 1.'
            )
            continue
          }
        }
        const conflicts = launchTemplateConflicts(ctx, ref.ng)
        if (conflicts.length === 0 || !ctx.has(LT_FIELDS)) continue
        const listed = [
          'instanceType',
          'ami',
          'ssh.allow',
          ...(ctx.marker('launchTemplateConflictsEnableSsm') ? ['ssh.enableSSM'] : []),
          'ssh.sourceSecurityGroupIds',
          'securityGroups',
          'volumeSize',
          'instanceName',
          'instancePrefix',
          'maxPodsPerNode',
          'disableIMDSv1',
          'disablePodIMDS',
          'preBootstrapCommands',
          'overrideBootstrapCommand',
          'placement'
        ]
        const first = conflicts[0]!
        ctx.report(
          `${ref.path}/${first.split('.')[0]}`,
          goSprintf(LT_FIELDS, listed.join(', ')),
          `the launch template defines these: move ${conflicts.map((c) => `\`${c}\``).join(', ')} into it.`,
          { part: 'key' }
        )
      }
    }
  },
  {
    id: 'managed-custom-ami',
    group: 'nodegroups',
    summary: `A managed nodegroup’s custom \`ami\` is an \`ami-…\` id of a family EKS runs as custom AMI; \`overrideBootstrapCommand\` comes only with a custom AMI (AmazonLinux2023 exempt from ${markerSince('managedOverrideWithoutAmiAmazonLinux2023')}).`,
    severity: 'error',
    eksctlMessages: [INVALID_AMI, ...FAMILY_FOR_CUSTOM_AMI, OVERRIDE_WITHOUT_AMI],
    example: 'managedNodeGroups: [{name: ng, ami: "0123456789abcdef0", amiFamily: AmazonLinux2023}]',
    check(ctx) {
      for (const ref of ctx.nodeGroups('managed')) {
        if (hasLaunchTemplate(ref)) continue
        const ami = asString(ref.ng.ami)
        const amiPath = `${ref.path}/ami`
        if (ami && ctx.isPlaceholder(amiPath)) continue
        if (!ami) {
          const override = ref.ng.overrideBootstrapCommand
          if (override === undefined || override === null) continue
          if (ctx.marker('managedOverrideWithoutAmiAmazonLinux2023')) {
            // AmazonLinux2023 (written, or the default of the release) needs no custom AMI
            const family = writtenFamily(ctx, ref)
            if (!family || family === 'AmazonLinux2023') continue
          }
          ctx.report(
            `${ref.path}/overrideBootstrapCommand`,
            goSprintf(OVERRIDE_WITHOUT_AMI, ref.label, ref.label),
            'EKS bootstraps its own AMIs: remove `overrideBootstrapCommand`, or set the custom `ami` it is written for.',
            { part: 'key' }
          )
          continue
        }
        if (!ami.startsWith('ami-')) {
          ctx.report(
            amiPath,
            goSprintf(INVALID_AMI, ami, ref.label, 'ami'),
            'a managed nodegroup takes an AMI id (`ami-` followed by hex digits); the resolvers `auto`/`auto-ssm` are for unmanaged nodegroups.'
          )
          continue
        }
        const family = writtenFamily(ctx, ref)
        if (family) {
          let wording: string | undefined
          let allowed: string[] = []
          if (ctx.has(FAMILY_FOR_CUSTOM_AMI[0]!)) {
            allowed = amiFamiliesFor(ctx.release).filter((f) => /^(AmazonLinux|Bottlerocket|Ubuntu)/.test(f))
            if (!allowed.includes(family)) wording = FAMILY_FOR_CUSTOM_AMI[0]
          } else if (ctx.has(FAMILY_FOR_CUSTOM_AMI[1]!)) {
            allowed = ['AmazonLinux2']
            if (family !== 'AmazonLinux2') wording = FAMILY_FOR_CUSTOM_AMI[1]
          }
          if (wording) {
            ctx.report(
              `${ref.path}/amiFamily`,
              goSprintf(wording, family, allowed.join(', ')),
              `EKS runs custom AMIs of ${allowed.join(', ')} in managed nodegroups: use an unmanaged nodegroup for ${family}.`
            )
            continue
          }
        }
      }
    }
  },
  {
    id: 'managed-custom-ami-settings',
    group: 'nodegroups',
    summary:
      'A managed nodegroup with a custom `ami` sets no `maxPodsPerNode`, `ssh.enableSsm` or `releaseVersion` (they configure EKS AMIs).',
    severity: 'error',
    eksctlMessages: [NOT_WITH_CUSTOM_AMI],
    eksctlParts: ['maxPodsPerNode', 'enableSSM', 'releaseVersion'],
    example:
      'managedNodeGroups: [{name: ng, ami: ami-0123456789abcdef0, amiFamily: AmazonLinux2023, releaseVersion: "1.30.0-20240625"}]',
    check(ctx) {
      for (const ref of ctx.nodeGroups('managed')) {
        if (hasLaunchTemplate(ref)) continue
        const ami = asString(ref.ng.ami)
        if (!ami || !ami.startsWith('ami-') || ctx.isPlaceholder(`${ref.path}/ami`)) continue
        // where eksctl requires amiFamily with a custom AMI, that check stops first (custom-ami-settings); before, AL2
        // is assumed
        if (!isSet(ref.ng.amiFamily) && ctx.has(CUSTOM_AMI_FAMILY, 'ValidateManagedNodeGroup')) continue
        const ssh = asObject(ref.ng.ssh) ?? {}
        const maxPods = asNumber(ref.ng.maxPodsPerNode)
        const field =
          maxPods !== undefined && maxPods !== 0
            ? 'maxPodsPerNode'
            : isTrue(ssh.enableSsm)
              ? 'enableSSM'
              : isSet(ref.ng.releaseVersion)
                ? 'releaseVersion'
                : undefined
        if (!field) continue
        ctx.report(
          field === 'enableSSM' ? `${ref.path}/ssh/enableSsm` : `${ref.path}/${field}`,
          goSprintf(NOT_WITH_CUSTOM_AMI, ref.label, field, ref.label),
          `a custom AMI carries its own ${field === 'releaseVersion' ? 'version' : 'node settings'}: remove \`${field === 'enableSSM' ? 'ssh.enableSsm' : field}\`.`,
          { part: 'key' }
        )
      }
    }
  }
]
