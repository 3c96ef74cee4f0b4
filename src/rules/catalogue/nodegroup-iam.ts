// Nodegroup IAM rules: a given instance role or profile excludes the settings eksctl would use to build one, the
// addon policies that clash with blocked pod IMDS, the deprecated `albIngress` policy, ARNs in attachPolicyARNs.
import { asArray, asObject, asString, goQuote, isSet, isTrue, type NodeGroupRef, type RuleContext } from '../context.js'
import type { RuleDefinition } from '../types.js'
import { parseArn } from './shared.js'

const ROLE_CONFLICT = '%s.iam.%s and %s.iam.%s cannot be set at the same time'
const POD_IMDS = '%s.disablePodIMDS and %s.iam.withAddonPolicies cannot be set at the same time'
const ALB_BOTH =
  '"awsLoadBalancerController" and "albIngress" cannot both be configured, please use "awsLoadBalancerController" as "albIngress" is deprecated'
const ALB_DEPRECATED =
  'nodegroup.iam.withAddonPolicies.albIngress field is deprecated, please use awsLoadBalancerController instead'
const NOT_FOR_MANAGED = '%s is not supported for Managed Nodes (%s.%s)'
const BAD_ARN = ['invalid ARN %q in %s.iam.attachPolicyARNs: %w', 'invalid ARN %q in %s.iam.attachPolicyARNs']

/** The `withAddonPolicies` switches in the order eksctl tests them (each one a part from the release that has it). */
const addonPolicies = [
  'autoScaler',
  'externalDNS',
  'certManager',
  'imageBuilder',
  'appMesh',
  'appMeshPreview',
  'ebs',
  'fsx',
  'efs',
  'awsLoadBalancerController',
  'albIngress',
  'xRay',
  'cloudWatch'
]
const addonPolicyParts = addonPolicies.map((p) => `withAddonPolicies.${p}`)

/** The first enabled addon policy eksctl's release tests, as its part (`withAddonPolicies.ebs`). */
function firstAddonPolicy(ctx: RuleContext, iam: Record<string, unknown>): string | undefined {
  const policies = asObject(iam.withAddonPolicies)
  if (!policies) return undefined
  return addonPolicies.find((p) => isTrue(policies[p]) && ctx.has(`withAddonPolicies.${p}`))
}

/** The conflicting field of `iam` for a given role/profile, in eksctl's order, or undefined. */
function roleConflict(ctx: RuleContext, iam: Record<string, unknown>): string | undefined {
  if (isSet(iam.instanceRoleName)) return 'instanceRoleName'
  if (iam.attachPolicy !== undefined && iam.attachPolicy !== null && ctx.has('attachPolicy')) return 'attachPolicy'
  if (asArray(iam.attachPolicyARNs).length > 0) return 'attachPolicyARNs'
  if (isSet(iam.instanceRolePermissionsBoundary)) return 'instanceRolePermissionsBoundary'
  const policy = firstAddonPolicy(ctx, iam)
  return policy && `withAddonPolicies.${policy}`
}

const iamOf = (ref: NodeGroupRef): Record<string, unknown> | undefined => asObject(ref.ng.iam)

export const nodegroupIamRules: RuleDefinition[] = [
  {
    id: 'nodegroup-iam-role-conflicts',
    group: 'nodegroups',
    summary:
      'A nodegroup that brings its own `iam.instanceRoleARN` (or, unmanaged, `iam.instanceProfileARN`) sets none of the fields eksctl needs only to create a role: role name, policies, permissions boundary, addon policies.',
    severity: 'error',
    eksctlMessages: [ROLE_CONFLICT],
    eksctlParts: [
      'instanceRoleName',
      'attachPolicy',
      'attachPolicyARNs',
      'instanceRolePermissionsBoundary',
      ...addonPolicyParts
    ],
    example:
      'nodeGroups: [{name: ng, iam: {instanceRoleARN: "arn:aws:iam::111122223333:role/nodes", attachPolicyARNs: [...]}}]',
    check(ctx) {
      for (const ref of ctx.nodeGroups()) {
        const iam = iamOf(ref)
        if (!iam) continue
        // unmanaged: the profile first, then the role; managed: the role only
        const given = ref.managed ? ['instanceRoleARN'] : ['instanceProfileARN', 'instanceRoleARN']
        for (const field of given) {
          if (!isSet(iam[field])) continue
          const conflict = roleConflict(ctx, iam)
          if (!conflict) continue
          ctx.report(
            `${ref.path}/iam/${conflict.split('.')[0]}`,
            `${ref.label}.iam.${field} and ${ref.label}.iam.${conflict} cannot be set at the same time`,
            `with an existing ${field === 'instanceRoleARN' ? 'role' : 'instance profile'} eksctl creates no role: attach policies to that role yourself and remove \`iam.${conflict}\`.`,
            { part: 'key' }
          )
          break // eksctl stops at the first conflict
        }
      }
    }
  },
  {
    id: 'nodegroup-pod-imds-addon-policies',
    group: 'nodegroups',
    summary:
      '`disablePodIMDS: true` is not combined with `iam.withAddonPolicies` switches (pods could not reach the node role they grant).',
    severity: 'error',
    eksctlMessages: [POD_IMDS],
    example: 'nodeGroups: [{name: ng, disablePodIMDS: true, iam: {withAddonPolicies: {ebs: true}}}]',
    check(ctx) {
      for (const ref of ctx.nodeGroups()) {
        if (!isTrue(ref.ng.disablePodIMDS)) continue
        const iam = iamOf(ref)
        const policy = iam && firstAddonPolicy(ctx, iam)
        if (!policy) continue
        ctx.report(
          `${ref.path}/disablePodIMDS`,
          `${ref.label}.disablePodIMDS and ${ref.label}.iam.withAddonPolicies cannot be set at the same time`,
          `the addon policies (here \`${policy}\`) reach pods through the instance metadata service: grant them with IRSA or pod identity instead, or allow pod IMDS.`
        )
      }
    }
  },
  {
    id: 'alb-ingress-policy-deprecated',
    group: 'nodegroups',
    summary:
      'Unmanaged nodegroups use `withAddonPolicies.awsLoadBalancerController`, not the deprecated `albIngress` (a warning alone, an error next to the new switch).',
    severity: 'error',
    eksctlMessages: [ALB_BOTH, ALB_DEPRECATED],
    example: 'nodeGroups: [{name: ng, iam: {withAddonPolicies: {albIngress: true}}}]',
    check(ctx) {
      for (const ref of ctx.nodeGroups('unmanaged')) {
        const policies = asObject(iamOf(ref)?.withAddonPolicies)
        if (!policies || !isTrue(policies.albIngress)) continue
        const path = `${ref.path}/iam/withAddonPolicies/albIngress`
        // an instance role/profile conflict is returned first (nodegroup-iam-role-conflicts)
        if (isTrue(policies.awsLoadBalancerController)) {
          ctx.report(path, ALB_BOTH, 'remove `albIngress`; `awsLoadBalancerController` grants the same permissions.', {
            part: 'key'
          })
        } else {
          ctx.report(path, ALB_DEPRECATED, 'rename `albIngress` to `awsLoadBalancerController`.', {
            part: 'key',
            severity: 'warning'
          })
        }
      }
    }
  },
  {
    id: 'managed-instance-profile',
    group: 'nodegroups',
    summary: 'Managed nodegroups take an `iam.instanceRoleARN`, never an `iam.instanceProfileARN`.',
    severity: 'error',
    eksctlMessages: [NOT_FOR_MANAGED],
    eksctlParts: ['instanceProfileARN'],
    example:
      'managedNodeGroups: [{name: ng, iam: {instanceProfileARN: "arn:aws:iam::111122223333:instance-profile/p"}}]',
    check(ctx) {
      for (const ref of ctx.nodeGroups('managed')) {
        if (!isSet(iamOf(ref)?.instanceProfileARN)) continue
        ctx.report(
          `${ref.path}/iam/instanceProfileARN`,
          `instanceProfileARN is not supported for Managed Nodes (${ref.label}.instanceProfileARN)`,
          'EKS creates the instance profile of a managed nodegroup: give the role as `iam.instanceRoleARN` instead.',
          { part: 'key' }
        )
      }
    }
  },
  {
    id: 'nodegroup-attach-policy-arns',
    group: 'nodegroups',
    summary: 'Every entry of an unmanaged nodegroup’s `iam.attachPolicyARNs` parses as an ARN.',
    severity: 'error',
    eksctlMessages: BAD_ARN,
    example: 'nodeGroups: [{name: ng, iam: {attachPolicyARNs: [AmazonEKSWorkerNodePolicy]}}]',
    check(ctx) {
      for (const ref of ctx.nodeGroups('unmanaged')) {
        const arns = asArray(iamOf(ref)?.attachPolicyARNs)
        for (let i = 0; i < arns.length; i++) {
          const value = asString(arns[i])
          const path = `${ref.path}/iam/attachPolicyARNs/${i}`
          if (value === undefined || ctx.isPlaceholder(path)) continue
          const parsed = parseArn(value)
          if (parsed.ok) continue
          ctx.report(
            path,
            `invalid ARN ${goQuote(value)} in ${ref.label}.iam.attachPolicyARNs: ${parsed.error}`,
            'write the full policy ARN, e.g. `arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy`.'
          )
          break // eksctl stops at the first bad ARN
        }
      }
    }
  }
]
