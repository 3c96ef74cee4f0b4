// Bottlerocket and Windows nodegroup rules: the `bottlerocket` block only with a Bottlerocket family, its
// `settings.kubernetes` not duplicating nodegroup fields, and the bootstrap fields these families do not use.
import { asObject, asString, type NodeGroupRef, type RuleContext } from '../context.js'
import type { RuleDefinition } from '../types.js'
import { resolveAmiFamily } from '../data/ami-families.js'

const BR_CONFIG = [
  'bottlerocket config can only be used with amiFamily "Bottlerocket" or "BottlerocketFips" but found "%s" (path=%s.bottlerocket)',
  'bottlerocket config can only be used with amiFamily "Bottlerocket" but found "%s" (path=%s.bottlerocket)',
  'bottlerocket config can only be used with amiFamily "Bottlerocket" but found %s (path=%s.bottlerocket)'
]
const OVERLAP = [
  'invalid Bottlerocket setting: use %[1]s.%[2]s instead (path=%[1]s.bottlerocket.settings.kubernetes.%[3]s)',
  'invalid Bottlerocket setting: use %s.%s instead (path=%s)'
]
const NOT_A_MAP = 'invalid kubernetes settings provided: expected a map of settings'
const DNS_BOTH = 'only one of %[1]s.bottlerocket.settings.kubernetes.cluster-dns-ip or %[1]s.clusterDNS can be set'
const UNSUPPORTED_FIELD = '%s is not supported for %s nodegroups (path=%s.%s)'

/** The family as eksctl sees it while validating (unmanaged: as written, canonical; '' when unset). */
function familyAsWritten(ctx: RuleContext, ref: NodeGroupRef): string | undefined {
  const raw = asString(ref.ng.amiFamily)
  if (raw === undefined || raw === '') return ''
  if (ctx.isPlaceholder(`${ref.path}/amiFamily`)) return undefined
  return resolveAmiFamily(ctx.release, raw) ?? undefined
}

/** Bottlerocket as the release's check sees it: BottlerocketFips counts from 0.230.0. */
function bottlerocket(ctx: RuleContext, family: string): boolean {
  return family === 'Bottlerocket' || (family === 'BottlerocketFips' && ctx.has(BR_CONFIG[0]!))
}

const present = (v: unknown): boolean => v !== undefined && v !== null

export const bottlerocketRules: RuleDefinition[] = [
  {
    id: 'bottlerocket-config-family',
    group: 'nodegroups',
    summary:
      'An unmanaged nodegroup with a `bottlerocket` block has a Bottlerocket `amiFamily` (written out: it is checked before the family is defaulted).',
    severity: 'error',
    eksctlMessages: BR_CONFIG,
    example: 'nodeGroups: [{name: ng, amiFamily: AmazonLinux2023, bottlerocket: {enableAdminContainer: true}}]',
    check(ctx) {
      const wording = ctx.wording(...BR_CONFIG)
      if (!wording) return
      for (const ref of ctx.nodeGroups('unmanaged')) {
        if (!present(ref.ng.bottlerocket)) continue
        const family = familyAsWritten(ctx, ref)
        if (family === undefined || bottlerocket(ctx, family)) continue
        ctx.report(
          `${ref.path}/bottlerocket`,
          wording.replace('%s', family).replace('%s', ref.label),
          family === ''
            ? 'add `amiFamily: Bottlerocket` (eksctl checks this block before it defaults the family).'
            : 'remove the `bottlerocket` block, or use `amiFamily: Bottlerocket`.',
          { part: 'key' }
        )
      }
    }
  },
  {
    id: 'bottlerocket-kubernetes-settings',
    group: 'nodegroups',
    summary:
      '`bottlerocket.settings.kubernetes` is a map and leaves node labels, taints, max pods (and cluster DNS, when `clusterDNS` is set) to the nodegroup fields.',
    severity: 'error',
    eksctlMessages: [...OVERLAP, NOT_A_MAP, DNS_BOTH],
    example:
      'nodeGroups: [{name: ng, amiFamily: Bottlerocket, bottlerocket: {settings: {kubernetes: {max-pods: 50}}}}]',
    check(ctx) {
      const dnsSeparate = ctx.has(DNS_BOTH)
      const mapping: [string, string][] = [
        ['node-labels', 'labels'],
        ['node-taints', 'taints'],
        ['max-pods', 'maxPodsPerNode'],
        ...(dnsSeparate ? [] : [['cluster-dns-ip', 'clusterDNS'] as [string, string]])
      ]
      for (const ref of ctx.nodeGroups('unmanaged')) {
        const family = familyAsWritten(ctx, ref)
        if (!family || !bottlerocket(ctx, family)) continue
        const settings = asObject(asObject(ref.ng.bottlerocket)?.settings)
        if (!settings || !('kubernetes' in settings)) continue
        const kpath = `${ref.path}/bottlerocket/settings/kubernetes`
        if (ctx.isPlaceholder(kpath)) continue
        const kube = asObject(settings.kubernetes)
        if (!kube) {
          ctx.report(kpath, NOT_A_MAP, 'write `kubernetes:` as a map of Bottlerocket settings.')
          continue
        }
        const hit = mapping.find(([key]) => key in kube)
        if (hit) {
          const [key, field] = hit
          const text = ctx.has(OVERLAP[0]!)
            ? `invalid Bottlerocket setting: use ${ref.label}.${field} instead (path=${ref.label}.bottlerocket.settings.kubernetes.${key})`
            : `invalid Bottlerocket setting: use ${ref.label}.${field} instead (path=${ref.label}.kubernetes.${key})`
          ctx.report(`${kpath}/${key}`, text, `remove \`${key}\` and set \`${field}\` on the nodegroup.`, {
            part: 'key'
          })
          continue
        }
        if (dnsSeparate && 'cluster-dns-ip' in kube && asString(ref.ng.clusterDNS)) {
          ctx.report(
            `${kpath}/cluster-dns-ip`,
            DNS_BOTH.replace(/%\[1\]s/g, ref.label),
            'keep one of them (the nodegroup field `clusterDNS` is the portable one).',
            { part: 'key' }
          )
        }
      }
    }
  },
  {
    id: 'bottlerocket-windows-unsupported-fields',
    group: 'nodegroups',
    summary:
      'Bottlerocket nodegroups set no `kubeletExtraConfig` (unmanaged), `preBootstrapCommands` or `overrideBootstrapCommand`; unmanaged Windows nodegroups no `kubeletExtraConfig`.',
    severity: 'error',
    eksctlMessages: [UNSUPPORTED_FIELD],
    example: 'nodeGroups: [{name: ng, amiFamily: Bottlerocket, preBootstrapCommands: ["echo hi"]}]',
    check(ctx) {
      // managed nodegroups are checked from the release where the error became a type (0.53.0)
      const managedChecked = ctx.has(UNSUPPORTED_FIELD, 'unsupportedFieldError.Error')
      for (const ref of ctx.nodeGroups()) {
        if (ref.managed && !managedChecked) continue
        const family = familyAsWritten(ctx, ref)
        if (!family) continue
        let fields: string[] = []
        if (bottlerocket(ctx, family)) {
          fields = ref.managed
            ? ['preBootstrapCommands', 'overrideBootstrapCommand']
            : ['kubeletExtraConfig', 'preBootstrapCommands', 'overrideBootstrapCommand']
        } else if (family.startsWith('WindowsServer') && !ref.managed) {
          fields = ['kubeletExtraConfig']
        }
        const field = fields.find((f) => present(ref.ng[f]))
        if (!field) continue
        ctx.report(
          `${ref.path}/${field}`,
          `${field} is not supported for ${family} nodegroups (path=${ref.label}.${field})`,
          family.startsWith('WindowsServer')
            ? 'Windows nodes bootstrap with their own script: remove the field.'
            : 'Bottlerocket is configured through `bottlerocket.settings`, not shell or kubelet files: move the setting there.',
          { part: 'key' }
        )
      }
    }
  }
]
