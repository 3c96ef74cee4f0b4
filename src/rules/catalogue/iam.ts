// IAM rules: IRSA service accounts, pod identity associations, identity mappings, access entries.
import { asArray, asObject, asString, goQuote, goSprintf, isFalsy, isSet, isTrue, pointer } from '../context.js'
import type { RuleDefinition } from '../types.js'

export const POD_IDENTITY_AGENT = 'eks-pod-identity-agent'

/** What a service account must attach, per era (newest first). */
const SA_POLICY = [
  '%[1]s.wellKnownPolicies, %[1]s.attachPolicyARNs,%[1]s.attachRoleARN  or %[1]s.attachPolicy must be set',
  '%[1]s.wellKnownPolicies, %[1]s.attachPolicyARNs or %[1]s.attachPolicy must be set',
  '%s.attachPolicyARNs or %s.attachPolicy must be set'
]

const POD_IDENTITY_AGENT_MISSING = [
  'the %q addon must be installed to create pod identity associations; %s',
  'the `%s` addon must be installed to create pod identity associations; %s'
]

export function hasAddon(data: Record<string, unknown>, name: string): boolean {
  return asArray(data.addons).some((a) => asString(asObject(a)?.name) === name)
}

export const iamRules: RuleDefinition[] = [
  {
    id: 'service-accounts-need-oidc',
    group: 'iam',
    summary: '`iam.serviceAccounts` needs `iam.withOIDC: true` (it defaults to false).',
    severity: 'error',
    eksctlMessages: ['iam.withOIDC must be enabled explicitly for iam.serviceAccounts to be created'],
    example: 'iam: {serviceAccounts: [{metadata: {name: s3-reader}, wellKnownPolicies: {…}}]}',
    check(ctx) {
      const iam = asObject(ctx.data.iam)
      if (!iam || asArray(iam.serviceAccounts).length === 0 || !isFalsy(iam.withOIDC)) return
      ctx.report(
        '/iam/serviceAccounts',
        'iam.withOIDC must be enabled explicitly for iam.serviceAccounts to be created',
        'add `iam.withOIDC: true` (IRSA needs the cluster OIDC provider).',
        { part: 'key' }
      )
    }
  },
  {
    id: 'service-account-fields',
    group: 'iam',
    summary: 'Each `iam.serviceAccounts[]` has a name, a unique namespace/name, and a policy or role to attach.',
    severity: 'error',
    eksctlMessages: ['%s.name must be set', '%s %q is not unique', ...SA_POLICY],
    example: 'iam: {withOIDC: true, serviceAccounts: [{metadata: {name: app}}]}',
    check(ctx) {
      const seen = new Set<string>()
      asArray(asObject(ctx.data.iam)?.serviceAccounts).forEach((item, i) => {
        const sa = asObject(item) ?? {}
        const label = `iam.serviceAccounts[${i}]`
        const path = pointer('iam', 'serviceAccounts', i)
        const meta = asObject(sa.metadata) ?? {}
        const name = asString(meta.name)
        if (!name) {
          ctx.report(path, `${label}.name must be set`, 'set `metadata.name` (and `metadata.namespace`).')
          return
        }
        const key = `${asString(meta.namespace) || 'default'}/${name}`
        if (seen.has(key)) {
          ctx.report(
            `${path}/metadata/name`,
            `<namespace>/<name> of ${label} ${goQuote(key)} is not unique`,
            'each namespace/name pair may appear once; merge the two entries.'
          )
        }
        seen.add(key)
        const wkp = asObject(sa.wellKnownPolicies)
        const hasWkp = !!wkp && Object.values(wkp).some((v) => v === true)
        if (
          !hasWkp &&
          asArray(sa.attachPolicyARNs).length === 0 &&
          !isSet(sa.attachPolicy) &&
          !isSet(sa.attachRoleARN)
        ) {
          ctx.report(
            path,
            goSprintf(ctx.wording(...SA_POLICY) ?? SA_POLICY[0]!, label, label),
            'say what the role may do: attachPolicyARNs, attachPolicy, wellKnownPolicies or an existing attachRoleARN.'
          )
        }
      })
    }
  },
  {
    id: 'pod-identity-agent-addon',
    group: 'iam',
    summary:
      'Pod identity associations (`iam.podIdentityAssociations`, addon associations, `addonsConfig.autoApplyPodIdentityAssociations`) need the `eks-pod-identity-agent` addon, except with Auto Mode (0.195.0+).',
    severity: 'error',
    eksctlMessages: POD_IDENTITY_AGENT_MISSING,
    example: 'iam: {podIdentityAssociations: [{namespace: kube-system, serviceAccountName: karpenter, …}]}',
    check(ctx) {
      const pias = asArray(asObject(ctx.data.iam)?.podIdentityAssociations)
      if (hasAddon(ctx.data, POD_IDENTITY_AGENT)) return
      // Auto Mode runs the agent itself (eksctl's create loader exempts it).
      if (ctx.marker('podIdentityAgentExemptAutoMode') && isTrue(asObject(ctx.data.autoModeConfig)?.enabled)) return
      let at = pias.length > 0 ? '/iam/podIdentityAssociations' : ''
      if (!at && ctx.marker('podIdentityAgentRequiredForAddonAssociations')) {
        const autoApply = isTrue(asObject(ctx.data.addonsConfig)?.autoApplyPodIdentityAssociations)
        const i = asArray(ctx.data.addons).findIndex((a) => {
          const addon = asObject(a)
          return (
            !!addon &&
            (autoApply ||
              isTrue(addon.useDefaultPodIdentityAssociations) ||
              asArray(addon.podIdentityAssociations).length > 0)
          )
        })
        if (i >= 0) at = pointer('addons', i)
      }
      if (!at) return
      ctx.report(
        at,
        goSprintf(
          ctx.wording(...POD_IDENTITY_AGENT_MISSING) ?? POD_IDENTITY_AGENT_MISSING[0]!,
          POD_IDENTITY_AGENT,
          'please add "eks-pod-identity-agent" addon to the config file'
        ),
        'add `addons: [{name: eks-pod-identity-agent}]`.',
        { part: 'key' }
      )
    }
  },
  {
    id: 'identity-mapping-fields',
    group: 'iam',
    summary:
      '`iamIdentityMappings[]`: `serviceName` and `namespace` go together and exclude arn/username/groups; `account` stands alone.',
    severity: 'error',
    eksctlMessages: [
      'cannot use arn, username, and groups with serviceName',
      'namespace is required when using serviceName',
      'serviceName is required when using namespace',
      'account cannot be configured with any other options'
    ],
    example: 'iamIdentityMappings: [{serviceName: emr-containers, namespace: emr, arn: arn:aws:iam::1:role/x}]',
    check(ctx) {
      // IAMIdentityMapping.Validate: the first problem of each mapping
      asArray(ctx.data.iamIdentityMappings).forEach((item, i) => {
        const m = asObject(item)
        if (!m) return
        const path = pointer('iamIdentityMappings', i)
        if (isSet(m.serviceName)) {
          if (isSet(m.arn) || isSet(m.username) || asArray(m.groups).length > 0) {
            ctx.report(
              path,
              'cannot use arn, username, and groups with serviceName',
              'a service mapping takes only `serviceName` and `namespace`; put the role mapping in its own entry.'
            )
            return
          }
          if (!isSet(m.namespace)) {
            ctx.report(
              `${path}/serviceName`,
              'namespace is required when using serviceName',
              'add the Kubernetes `namespace` the service (e.g. emr-containers) works in.'
            )
            return
          }
        } else if (isSet(m.namespace)) {
          ctx.report(
            `${path}/namespace`,
            'serviceName is required when using namespace',
            '`namespace` belongs to a service mapping: add `serviceName` (e.g. emr-containers) or remove `namespace`.'
          )
          return
        }
        if (isSet(m.account) && Object.keys(m).some((k) => k !== 'account' && isSet(m[k]))) {
          ctx.report(
            path,
            'account cannot be configured with any other options',
            'an account mapping is just `- account: "<12 digits>"`; move other fields to their own entry.'
          )
        }
      })
    }
  },
  {
    id: 'access-entries-auth-mode',
    group: 'iam',
    summary: '`accessConfig.accessEntries` needs `authenticationMode` API or API_AND_CONFIG_MAP.',
    severity: 'error',
    eksctlMessages: ['accessConfig.authenticationMode must be set to either %s or %s to use access entries'],
    example: 'accessConfig: {authenticationMode: CONFIG_MAP, accessEntries: [{principalARN: …}]}',
    check(ctx) {
      const ac = asObject(ctx.data.accessConfig)
      if (!ac || asArray(ac.accessEntries).length === 0) return
      if (asString(ac.authenticationMode) === 'CONFIG_MAP') {
        ctx.report(
          '/accessConfig/authenticationMode',
          'accessConfig.authenticationMode must be set to either API_AND_CONFIG_MAP or API to use access entries',
          'use `API_AND_CONFIG_MAP` (the default) or `API`, or map principals with iamIdentityMappings instead.'
        )
      }
    }
  }
]
