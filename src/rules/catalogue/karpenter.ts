// The `karpenter` group (off by default): what Karpenter's getting-started guide sets up in the ClusterConfig
// before installing the chart. eksctl creates the cluster without these; Karpenter then cannot discover subnets and
// security groups, its nodes cannot join, or its controller has no AWS credentials.
import { asArray, asObject, asString, isTrue, type RuleContext } from '../context.js'
import type { RuleDefinition } from '../types.js'
import { eksctlMinimumForKarpenter } from '../data/karpenter-guide.js'
import { hasAddon, POD_IDENTITY_AGENT } from './iam.js'

export const DISCOVERY_TAG = 'karpenter.sh/discovery'
const NODE_GROUPS = ['system:nodes', 'system:bootstrappers']

function karpenterVersionOf(ctx: RuleContext): string | undefined {
  return ctx.karpenterVersion ?? asString(asObject(ctx.data.karpenter)?.version)
}

export const karpenterRules: RuleDefinition[] = [
  {
    id: 'karpenter-discovery-tag',
    group: 'karpenter',
    origin: 'ours',
    summary: 'The cluster carries the `karpenter.sh/discovery` tag (`metadata.tags`) that Karpenter selectors use.',
    since: '0.21.0',
    severity: 'warning',
    defaultEnabled: false,
    eksctlMessages: [],
    example: 'metadata: {name: demo, region: us-west-2}  # no tags',
    check(ctx) {
      const meta = asObject(ctx.data.metadata)
      if (!meta) return
      const tags = asObject(meta.tags)
      const value = tags?.[DISCOVERY_TAG]
      if (typeof value === 'string' && value !== '') return
      ctx.report(
        tags ? '/metadata/tags' : '/metadata',
        `metadata.tags has no "${DISCOVERY_TAG}" tag`,
        `add \`${DISCOVERY_TAG}: <cluster name>\` under metadata.tags, as the Karpenter getting-started guide does; EC2NodeClass subnet and security-group selectors find the cluster's resources by it.`,
        { part: 'key' }
      )
    }
  },
  {
    id: 'karpenter-node-role-mapping',
    group: 'karpenter',
    origin: 'ours',
    summary:
      'The Karpenter node role is mapped to `system:nodes` (`iamIdentityMappings`) or has an EC2 access entry (`accessConfig.accessEntries`).',
    since: '0.112.0',
    severity: 'warning',
    defaultEnabled: false,
    eksctlMessages: [],
    example: 'iamIdentityMappings: []  # no KarpenterNodeRole mapping',
    check(ctx) {
      const mapped = asArray(ctx.data.iamIdentityMappings).some((item) => {
        const m = asObject(item)
        const groups = asArray(m?.groups).map(asString)
        return !!m && /:role\//.test(asString(m.arn) ?? '') && groups.includes('system:nodes')
      })
      const entry = asArray(asObject(ctx.data.accessConfig)?.accessEntries).some((item) => {
        const e = asObject(item)
        const type = asString(e?.type)
        return (
          !!e &&
          (type === 'EC2_LINUX' ||
            type === 'EC2_WINDOWS' ||
            asArray(e.kubernetesGroups).map(asString).includes('system:nodes'))
        )
      })
      if (mapped || entry) return
      const at = 'iamIdentityMappings' in ctx.data ? '/iamIdentityMappings' : ''
      ctx.report(
        at,
        'no iamIdentityMappings entry or EC2 access entry for the Karpenter node role',
        `map the role Karpenter's nodes use (KarpenterNodeRole-<cluster>) with \`iamIdentityMappings: [{arn: <role ARN>, username: "system:node:{{EC2PrivateDNSName}}", groups: [${NODE_GROUPS.join(', ')}]}]\`, or add an \`accessConfig.accessEntries\` entry with \`type: EC2_LINUX\`; without it Karpenter's nodes never join.`,
        at ? { part: 'key' } : {}
      )
    }
  },
  {
    id: 'karpenter-controller-identity',
    group: 'karpenter',
    origin: 'ours',
    summary:
      'The Karpenter controller has AWS credentials: a pod identity association for `karpenter` with the eks-pod-identity-agent addon, or IRSA (`iam.withOIDC` + `iam.serviceAccounts`), or eksctl’s `karpenter:` installer.',
    since: '0.21.0',
    severity: 'warning',
    defaultEnabled: false,
    // Not an eksctl check (eksctl creates the cluster); a missing agent addon is quoted from eksctl when reported here.
    eksctlMessages: [],
    example: 'iam: {withOIDC: true}  # no podIdentityAssociations / serviceAccounts for karpenter',
    check(ctx) {
      const iam = asObject(ctx.data.iam) ?? {}
      const pia = asArray(iam.podIdentityAssociations).findIndex(
        (p) => asString(asObject(p)?.serviceAccountName) === 'karpenter'
      )
      if (pia >= 0) {
        // The default `pod-identity-agent-addon` rule reports a missing addon; report it here only when it is off.
        if (!hasAddon(ctx.data, POD_IDENTITY_AGENT) && !ctx.isActive('pod-identity-agent-addon')) {
          ctx.report(
            `/iam/podIdentityAssociations/${pia}`,
            'the "eks-pod-identity-agent" addon must be installed to create pod identity associations; please add "eks-pod-identity-agent" addon to the config file',
            'add `addons: [{name: eks-pod-identity-agent}]`; without the agent the Karpenter controller gets no credentials.'
          )
        }
        return
      }
      const irsa = asArray(iam.serviceAccounts).some(
        (s) => asString(asObject(asObject(s)?.metadata)?.name) === 'karpenter'
      )
      if ((irsa || asObject(ctx.data.karpenter)) && isTrue(iam.withOIDC)) return
      ctx.report(
        'iam' in ctx.data ? '/iam' : '',
        'no pod identity association or IRSA service account for the Karpenter controller',
        'add `iam.podIdentityAssociations: [{namespace: kube-system, serviceAccountName: karpenter, roleName: <cluster>-karpenter, permissionPolicyARNs: [KarpenterControllerPolicy ARN]}]` with the eks-pod-identity-agent addon (guide v0.33+), or `iam.withOIDC: true` with an `iam.serviceAccounts` entry named karpenter (IRSA, guide ≤ v0.32).',
        'iam' in ctx.data ? { part: 'key' } : {}
      )
    }
  },
  {
    id: 'karpenter-eksctl-minimum',
    group: 'karpenter',
    origin: 'ours',
    summary:
      'The eksctl release is at least the minimum the Karpenter guide states for the Karpenter version (`--karpenter-version` or `karpenter.version`).',
    since: '0.21.0',
    severity: 'warning',
    defaultEnabled: false,
    eksctlMessages: [],
    example: 'eksctl 0.190.0 with Karpenter 1.0.11 (guide: eksctl ≥ 0.191.0)',
    check(ctx) {
      const kv = karpenterVersionOf(ctx)
      if (!kv) return
      const min = eksctlMinimumForKarpenter(kv)
      if (!min || ctx.atLeast(min)) return
      const at =
        asObject(ctx.data.karpenter)?.version !== undefined && !ctx.karpenterVersion ? '/karpenter/version' : ''
      ctx.report(
        at,
        `the Karpenter ${kv} getting-started guide needs eksctl >= v${min}`,
        `upgrade eksctl to ${min} or later (this check targets ${ctx.release}).`,
        { since: min }
      )
    }
  }
]
