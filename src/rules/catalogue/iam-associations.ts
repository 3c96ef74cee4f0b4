// Access entries (`accessConfig`), pod identity associations (`iam.podIdentityAssociations` and per addon) and the
// identity settings of addons.
import { asArray, asObject, asString, goQuote, goSprintf, isSet, isTrue, pointer, type JsonObject } from '../context.js'
import type { RuleDefinition } from '../types.js'
import { authenticationMode, parseArn } from './shared.js'

const NODE_TYPES = ['EC2_LINUX', 'EC2_WINDOWS', 'FARGATE_LINUX']
const NODE_ENTRY_GROUPS = 'cannot specify %s.kubernetesGroups nor %s.kubernetesUsername when type is set to %s'
const POLICY_NAME_NEEDS_POLICY = 'permissionPolicyName requires permissionPolicy to be set'
/** Associations on the agent addon itself: newest wording first (0.181.0–0.206.0 spelled it "associtations"). */
const AGENT_ASSOCIATIONS = [
  'cannot set pod identity associations for %q addon',
  'cannot set pod identity associtations for %q addon'
]

/** `WellKnownPolicies.HasPolicy`: any well-known policy switched on. */
function hasWellKnownPolicy(value: unknown): boolean {
  const wkp = asObject(value)
  return !!wkp && Object.values(wkp).some((v) => v === true)
}

function policyList(value: unknown): boolean {
  return asArray(value).length > 0
}

function policyDoc(value: unknown): boolean {
  const o = asObject(value)
  return !!o && Object.keys(o).length > 0
}

/** eksctl's checks of one pod identity association on create (`validatePodIdentityAssociations`): [field, text]. */
function podIdentityErrors(pia: JsonObject, label: string): [string, string][] {
  if (!isSet(pia.namespace)) return [['', `${label}.namespace must be set`]]
  if (!isSet(pia.serviceAccountName)) return [['', `${label}.serviceAccountName must be set`]]
  const role = isSet(pia.roleARN)
  if (
    !role &&
    !policyDoc(pia.permissionPolicy) &&
    !policyList(pia.permissionPolicyARNs) &&
    !hasWellKnownPolicy(pia.wellKnownPolicies)
  ) {
    return [
      [
        '',
        `at least one of the following must be specified: ${label}.roleARN, ${label}.permissionPolicy, ${label}.permissionPolicyARNs, ${label}.wellKnownPolicies`
      ]
    ]
  }
  if (role) {
    for (const [field, set] of [
      ['permissionPolicy', policyDoc(pia.permissionPolicy)],
      ['permissionPolicyARNs', policyList(pia.permissionPolicyARNs)],
      ['wellKnownPolicies', hasWellKnownPolicy(pia.wellKnownPolicies)]
    ] as const) {
      if (set) return [[field, `${label}.${field} cannot be specified when ${label}.roleARN is set`]]
    }
  }
  return []
}

/** `validatePermissionPolicyName` (0.225.0+). */
function permissionPolicyNameError(pia: JsonObject): string | null {
  const name = asString(pia.permissionPolicyName)
  if (!name) return null
  if (!policyDoc(pia.permissionPolicy)) return 'permissionPolicyName requires permissionPolicy to be set'
  if (!/[A-Za-z0-9]/.test(name))
    return `permissionPolicyName ${goQuote(name)} must contain at least one alphanumeric character`
  return null
}

export const iamAssociationRules: RuleDefinition[] = [
  {
    id: 'access-entry-fields',
    group: 'iam',
    summary:
      'Each `accessConfig.accessEntries[]` has a valid, unique `principalARN`; node types carry no groups/username/policies; policies are cluster-access-policy ARNs with a valid `accessScope`.',
    since: '0.167.0',
    severity: 'error',
    eksctlMessages: [
      'invalid ARN %q: %w',
      '%s.principalARN must be set to a valid AWS ARN',
      NODE_ENTRY_GROUPS,
      'cannot specify %s.accessPolicies when type is set to %s',
      'invalid access entry type %q for %s',
      '%s.policyARN must be set to a valid AWS ARN',
      '%s.policyARN must be a cluster-access-policy resource',
      'invalid %s.policyARN',
      '%s.accessScope.type must be set to either %q or %q',
      'cannot specify %s.accessScope.namespaces when accessScope is set to %s',
      'at least one namespace must be specified when accessScope is set to %s: (%s)',
      'invalid access scope type %q for %s',
      'duplicate access entry %s with principal ARN %q'
    ],
    example:
      'accessConfig: {accessEntries: [{principalARN: arn:aws:iam::1:role/x, type: EC2_LINUX, kubernetesGroups: [a]}]}',
    check(ctx) {
      const entries = asArray(asObject(ctx.data.accessConfig)?.accessEntries)
      if (entries.length === 0 || authenticationMode(ctx.data) === 'CONFIG_MAP') return
      const types = ['', 'STANDARD', ...NODE_TYPES]
      if (ctx.marker('accessEntryTypeHybridLinux')) types.push('HYBRID_LINUX')
      if (ctx.marker('accessEntryTypeEC2')) types.push('EC2')
      const seen = new Set<string>()
      entries.forEach((item, i) => {
        const ae = asObject(item) ?? {}
        const label = `accessEntries[${i}]`
        const base = pointer('accessConfig', 'accessEntries', i)
        const principal = asString(ae.principalARN)
        if (principal && ctx.isPlaceholder(`${base}/principalARN`)) return
        if (principal) {
          const parsed = parseArn(principal)
          if (!parsed.ok) {
            ctx.report(
              `${base}/principalARN`,
              `invalid ARN ${goQuote(principal)}: ${parsed.error}`,
              'use the full IAM role or user ARN.'
            )
            return
          }
        } else {
          ctx.report(
            base,
            `${label}.principalARN must be set to a valid AWS ARN`,
            'set `principalARN` to the IAM role or user ARN.'
          )
          return
        }
        const type = asString(ae.type) ?? ''
        if (!types.includes(type)) {
          ctx.report(
            `${base}/type`,
            `invalid access entry type ${goQuote(type)} for ${label}`,
            `use one of ${types.filter(Boolean).join(', ')}.`
          )
        } else if (type !== '' && type !== 'STANDARD' && type !== 'EC2' && ctx.has(NODE_ENTRY_GROUPS)) {
          if (asArray(ae.kubernetesGroups).length > 0 || isSet(ae.kubernetesUsername)) {
            ctx.report(
              base,
              `cannot specify ${label}.kubernetesGroups nor ${label}.kubernetesUsername when type is set to ${type}`,
              'node access entries get their groups from EKS: remove `kubernetesGroups`/`kubernetesUsername`.'
            )
          }
          if (asArray(ae.accessPolicies).length > 0) {
            ctx.report(
              `${base}/accessPolicies`,
              `cannot specify ${label}.accessPolicies when type is set to ${type}`,
              'remove `accessPolicies` from a node access entry.',
              {
                part: 'key'
              }
            )
          }
        }
        asArray(ae.accessPolicies).forEach((p, j) => {
          const ap = asObject(p) ?? {}
          const ppath = `${base}/accessPolicies/${j}`
          const arn = asString(ap.policyARN)
          if (arn && ctx.isPlaceholder(`${ppath}/policyARN`)) return
          if (!arn) {
            ctx.report(
              ppath,
              `${label}.policyARN must be set to a valid AWS ARN`,
              'set `policyARN`, e.g. arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy.'
            )
            return
          }
          const parsed = parseArn(arn)
          if (!parsed.ok) {
            ctx.report(
              `${ppath}/policyARN`,
              `invalid ARN ${goQuote(arn)}: ${parsed.error}`,
              'use a full cluster-access-policy ARN.'
            )
            return
          }
          const parts = parsed.resource.split('/')
          if (parts.length < 2) {
            ctx.report(
              `${ppath}/policyARN`,
              `invalid ${label}.policyARN`,
              'use arn:aws:eks::aws:cluster-access-policy/<policy name>.'
            )
          } else if (parts[0] !== 'cluster-access-policy') {
            ctx.report(
              `${ppath}/policyARN`,
              `${label}.policyARN must be a cluster-access-policy resource`,
              'access entries take EKS access policies (cluster-access-policy/…), not IAM policies.'
            )
          }
          const scope = asObject(ap.accessScope) ?? {}
          const typ = asString(scope.type) ?? ''
          const ns = asArray(scope.namespaces)
          if (typ === '') {
            ctx.report(
              ppath,
              `${label}.accessScope.type must be set to either "namespace" or "cluster"`,
              'add `accessScope: {type: cluster}` or `{type: namespace, namespaces: [...]}`.'
            )
          } else if (typ === 'cluster') {
            if (ns.length > 0) {
              ctx.report(
                `${ppath}/accessScope/namespaces`,
                `cannot specify ${label}.accessScope.namespaces when accessScope is set to cluster`,
                'remove `namespaces` or use `type: namespace`.',
                {
                  part: 'key'
                }
              )
            }
          } else if (typ === 'namespace') {
            if (ns.length === 0) {
              ctx.report(
                `${ppath}/accessScope`,
                `at least one namespace must be specified when accessScope is set to namespace: (${label})`,
                'list the namespaces under `accessScope.namespaces`.',
                {
                  part: 'key'
                }
              )
            }
          } else {
            ctx.report(
              `${ppath}/accessScope/type`,
              `invalid access scope type ${goQuote(typ)} for ${label}`,
              'use `cluster` or `namespace` (lower case).'
            )
          }
        })
        if (seen.has(principal)) {
          ctx.report(
            `${base}/principalARN`,
            `duplicate access entry ${label} with principal ARN ${goQuote(principal)}`,
            'merge the two entries: one entry per principal.'
          )
        }
        seen.add(principal)
      })
    }
  },
  {
    id: 'bootstrap-admin-self-managed-nodes',
    group: 'iam',
    summary:
      'With `accessConfig.bootstrapClusterCreatorAdminPermissions: false`, self-managed nodegroups need access entries (and not CONFIG_MAP mode).',
    severity: 'error',
    eksctlMessages: [
      'cannot create self-managed nodegroups when authenticationMode is %s and %s',
      'cannot create self-managed nodegroups when %s and no access entries are configured'
    ],
    example: 'accessConfig: {bootstrapClusterCreatorAdminPermissions: false}\nnodeGroups: [{name: ng}]',
    check(ctx) {
      const ac = asObject(ctx.data.accessConfig)
      if (ac?.bootstrapClusterCreatorAdminPermissions !== false || asArray(ctx.data.nodeGroups).length === 0) return
      const mode = authenticationMode(ctx.data)
      if (mode === 'CONFIG_MAP') {
        ctx.report(
          '/accessConfig/bootstrapClusterCreatorAdminPermissions',
          'cannot create self-managed nodegroups when authenticationMode is CONFIG_MAP and bootstrapClusterCreatorAdminPermissions is false',
          'eksctl cannot add the nodes to aws-auth without admin access: keep the creator admin, or use managed nodegroups.'
        )
      } else if (asArray(ac.accessEntries).length === 0) {
        ctx.report(
          '/accessConfig/bootstrapClusterCreatorAdminPermissions',
          'cannot create self-managed nodegroups when bootstrapClusterCreatorAdminPermissions is false and no access entries are configured',
          'add an access entry that gives eksctl API access, or keep the creator admin.'
        )
      }
    }
  },
  {
    id: 'bootstrap-admin-api-access',
    group: 'iam',
    summary:
      'With `accessConfig.bootstrapClusterCreatorAdminPermissions: false` and no self-managed nodegroups, eksctl may lose Kubernetes API access for the steps after the control plane (warning).',
    severity: 'warning',
    eksctlMessages: [
      '%s; %s',
      '%s and no access entries are configured; %s',
      '%s; if no configured access entries allow access to the Kubernetes API server, %s'
    ],
    example: 'accessConfig: {bootstrapClusterCreatorAdminPermissions: false}',
    check(ctx) {
      const ac = asObject(ctx.data.accessConfig)
      if (ac?.bootstrapClusterCreatorAdminPermissions !== false) return
      const path = '/accessConfig/bootstrapClusterCreatorAdminPermissions'
      const off = 'bootstrapClusterCreatorAdminPermissions is false'
      const fails = 'eksctl features that require connectivity to the Kubernetes API server will fail'
      const selfManaged = asArray(ctx.data.nodeGroups).length > 0
      const fix =
        'addons, service accounts and other in-cluster steps need API access: add an access entry with a cluster-admin policy for the identity running eksctl, or keep the creator admin.'
      if (authenticationMode(ctx.data) === 'CONFIG_MAP') {
        if (!selfManaged) ctx.report(path, `${off}; ${fails}`, fix)
      } else if (asArray(ac.accessEntries).length === 0) {
        if (!selfManaged) ctx.report(path, `${off} and no access entries are configured; ${fails}`, fix)
      } else {
        ctx.report(
          path,
          `${off}; if no configured access entries allow access to the Kubernetes API server, ${fails}`,
          'make sure one of `accessEntries` gives the identity running eksctl cluster-admin access.'
        )
      }
    }
  },
  {
    id: 'pod-identity-association-fields',
    group: 'iam',
    summary:
      'Each `iam.podIdentityAssociations[]` has a namespace, a service account and one source of permissions (a `roleARN` alone, or policies); `permissionPolicyName` needs `permissionPolicy` (0.225.0+).',
    since: '0.165.0',
    severity: 'error',
    eksctlMessages: [
      '%s.namespace must be set',
      '%s.serviceAccountName must be set',
      'at least one of the following must be specified: %[1]s.roleARN, %[1]s.permissionPolicy, %[1]s.permissionPolicyARNs, %[1]s.wellKnownPolicies',
      '%[1]s.%s cannot be specified when %[1]s.roleARN is set',
      // the same check before 0.181.0, one text per field
      '%[1]s.permissionPolicy cannot be specified when %[1]s.roleARN is set',
      '%[1]s.permissionPolicyARNs cannot be specified when %[1]s.roleARN is set',
      '%[1]s.wellKnownPolicies cannot be specified when %[1]s.roleARN is set',
      'iam.podIdentityAssociations[%d]: %w',
      POLICY_NAME_NEEDS_POLICY,
      'permissionPolicyName %q must contain at least one alphanumeric character'
    ],
    example: 'iam: {podIdentityAssociations: [{namespace: default, serviceAccountName: app}]}',
    check(ctx) {
      asArray(asObject(ctx.data.iam)?.podIdentityAssociations).forEach((item, i) => {
        const pia = asObject(item) ?? {}
        const base = pointer('iam', 'podIdentityAssociations', i)
        const label = `iam.podIdentityAssociations[${i}]`
        if (ctx.has(POLICY_NAME_NEEDS_POLICY)) {
          const err = permissionPolicyNameError(pia)
          if (err)
            ctx.report(
              `${base}/permissionPolicyName`,
              `${label}: ${err}`,
              'add the `permissionPolicy` document the name is for, with a name of letters and digits.'
            )
        }
        for (const [field, text] of podIdentityErrors(pia, label)) {
          ctx.report(
            field ? `${base}/${field}` : base,
            text,
            'an association takes either an existing `roleARN`, or policies from which eksctl creates the role.',
            field ? { part: 'key' } : {}
          )
        }
      })
    }
  },
  {
    id: 'addon-identity',
    group: 'addons',
    summary:
      "An addon's IAM: IRSA settings and pod identity associations not together, at most one IRSA policy source, valid associations (no `wellKnownPolicies` or `tags` in them), `useDefaultPodIdentityAssociations` alone, no associations for eks-pod-identity-agent, a valid `namespaceConfig.namespace`.",
    severity: 'error',
    // Addon.Validate() and the addon pod identity checks run on `create cluster` (through these two wrappers) from
    // the release whose loader calls them; older releases have some of the same texts elsewhere
    eksctlMessages: ['invalid configuration for %q addon: %s', '%s (addon: %s)'],
    eksctlParts: [
      'cannot set IRSA config (`addon.ServiceAccountRoleARN`, `addon.AttachPolicyARNs`, `addon.AttachPolicy`, `addon.WellKnownPolicies`) and pod identity associations at the same time',
      'at most one of wellKnownPolicies, serviceAccountRoleARN, attachPolicyARNs and attachPolicy can be specified',
      ...AGENT_ASSOCIATIONS,
      '%s.namespace must be set',
      '%s.serviceAccountName must be set',
      'at least one of the following must be specified: %[1]s.roleARN, %[1]s.permissionPolicy, %[1]s.permissionPolicyARNs, %[1]s.wellKnownPolicies',
      '%[1]s.%s cannot be specified when %[1]s.roleARN is set',
      // the field names of that text
      'permissionPolicy',
      'permissionPolicyARNs',
      'wellKnownPolicies',
      'wellKnownPolicies is not supported for addon.podIdentityAssociations; use addon.useDefaultPodIdentityAssociations instead',
      'tags is not supported for addon.podIdentityAssociations',
      'cannot specify both addon.useDefaultPodIdentityAssociations and addon.podIdentityAssociations',
      'cannot specify serviceAccountRoleARN, wellKnownPolicies, attachPolicy or attachPolicyARNs when addon.useDefaultPodIdentityAssociations is set',
      'namespace name %q is too long (max 63 characters)',
      'namespace %q is not a valid Kubernetes namespace name (must be a valid DNS-1123 label)',
      'permissionPolicyName requires permissionPolicy to be set',
      'permissionPolicyName %q must contain at least one alphanumeric character'
    ],
    example:
      'addons: [{name: vpc-cni, podIdentityAssociations: [{namespace: kube-system, serviceAccountName: aws-node, wellKnownPolicies: {ebsCSIController: true}}]}]',
    check(ctx) {
      asArray(ctx.data.addons).forEach((item, i) => {
        const addon = asObject(item)
        if (!addon) return
        const name = asString(addon.name) ?? ''
        if (!name) return // addon-fields reports it
        const base = pointer('addons', i)
        const invalid = (msg: string): string => `invalid configuration for ${goQuote(name)} addon: ${msg}`
        const addonErr = (msg: string): string => `${msg} (addon: ${name})`
        const pias = asArray(addon.podIdentityAssociations)
        const hasPodIds = pias.length > 0
        const irsa = [
          isSet(addon.serviceAccountRoleARN),
          policyList(addon.attachPolicyARNs),
          policyDoc(addon.attachPolicy),
          hasWellKnownPolicy(addon.wellKnownPolicies)
        ]
        // Addon.Validate (create loader)
        const ns = asString(asObject(addon.namespaceConfig)?.namespace)
        if (ns && ctx.marker('addonNamespaceValidated') && !ctx.isPlaceholder(`${base}/namespaceConfig/namespace`)) {
          if (ns.length > 63) {
            ctx.report(
              `${base}/namespaceConfig/namespace`,
              invalid(`namespace name ${goQuote(ns)} is too long (max 63 characters)`),
              'use at most 63 characters.'
            )
          } else if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(ns)) {
            ctx.report(
              `${base}/namespaceConfig/namespace`,
              invalid(
                `namespace ${goQuote(ns)} is not a valid Kubernetes namespace name (must be a valid DNS-1123 label)`
              ),
              'use lower-case letters, digits and `-`, starting and ending with a letter or digit.'
            )
          }
        }
        if (irsa.some(Boolean)) {
          if (hasPodIds) {
            ctx.report(
              `${base}/podIdentityAssociations`,
              invalid(
                'cannot set IRSA config (`addon.ServiceAccountRoleARN`, `addon.AttachPolicyARNs`, `addon.AttachPolicy`, `addon.WellKnownPolicies`) and pod identity associations at the same time'
              ),
              'use either IRSA fields or pod identity associations on one addon.',
              { part: 'key' }
            )
          } else if (irsa.filter(Boolean).length > 1) {
            ctx.report(
              base,
              invalid(
                'at most one of wellKnownPolicies, serviceAccountRoleARN, attachPolicyARNs and attachPolicy can be specified'
              ),
              'keep one source of permissions for the addon role.'
            )
          }
        }
        if (hasPodIds) {
          const agentText = ctx.wording(...AGENT_ASSOCIATIONS)
          if (name.toLowerCase() === 'eks-pod-identity-agent' && agentText) {
            ctx.report(
              `${base}/podIdentityAssociations`,
              invalid(goSprintf(agentText, 'eks-pod-identity-agent')),
              'the agent itself needs no association: remove it.',
              {
                part: 'key'
              }
            )
          }
          pias.forEach((p, j) => {
            const pia = asObject(p) ?? {}
            const pbase = `${base}/podIdentityAssociations/${j}`
            for (const [field, text] of podIdentityErrors(pia, `podIdentityAssociations[${j}]`)) {
              ctx.report(
                field ? `${pbase}/${field}` : pbase,
                invalid(text),
                'give the association a namespace, a service account, and a `roleARN` or policies (not both).',
                field ? { part: 'key' } : {}
              )
            }
            // validateAddonPodIdentityAssociations (ValidateClusterConfig)
            if (hasWellKnownPolicy(pia.wellKnownPolicies)) {
              ctx.report(
                `${pbase}/wellKnownPolicies`,
                addonErr(
                  'wellKnownPolicies is not supported for addon.podIdentityAssociations; use addon.useDefaultPodIdentityAssociations instead'
                ),
                'remove `wellKnownPolicies` and set `useDefaultPodIdentityAssociations: true` on the addon (or attach policy ARNs).',
                { part: 'key' }
              )
            } else if (isSet(pia.tags)) {
              ctx.report(
                `${pbase}/tags`,
                addonErr('tags is not supported for addon.podIdentityAssociations'),
                'remove `tags` from the addon association.',
                { part: 'key' }
              )
            } else if (ctx.has(POLICY_NAME_NEEDS_POLICY)) {
              const err = permissionPolicyNameError(pia)
              if (err)
                ctx.report(
                  `${pbase}/permissionPolicyName`,
                  addonErr(err),
                  'add the `permissionPolicy` document the name is for.'
                )
            }
          })
        }
        if (isTrue(addon.useDefaultPodIdentityAssociations)) {
          if (hasPodIds) {
            ctx.report(
              `${base}/useDefaultPodIdentityAssociations`,
              addonErr('cannot specify both addon.useDefaultPodIdentityAssociations and addon.podIdentityAssociations'),
              'keep one of the two.'
            )
          } else if (irsa.some(Boolean)) {
            ctx.report(
              `${base}/useDefaultPodIdentityAssociations`,
              addonErr(
                'cannot specify serviceAccountRoleARN, wellKnownPolicies, attachPolicy or attachPolicyARNs when addon.useDefaultPodIdentityAssociations is set'
              ),
              'remove the IRSA fields: the default associations bring their own policies.'
            )
          }
        }
      })
    }
  }
]
