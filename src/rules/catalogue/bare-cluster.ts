// A cluster created without its default networking addons (`addonsConfig.disableDefaultAddons` and no vpc-cni):
// nothing that needs pod networking can be created with it.
import { asArray, asObject, asNumber, isTrue } from '../context.js'
import type { RuleDefinition } from '../types.js'
import { autoModeEnabled } from './shared.js'

const BARE_CLUSTER = [
  'fields nodeGroups, managedNodeGroups, fargateProfiles, karpenter, gitops, iam.serviceAccounts, and iam.podIdentityAssociations are not supported during cluster creation in a cluster without VPC CNI if Auto Mode is disabled; please remove these fields and add them back after cluster creation is successful',
  'fields nodeGroups, managedNodeGroups, fargateProfiles, karpenter, gitops, iam.serviceAccounts, and iam.podIdentityAssociations are not supported during cluster creation in a cluster without VPC CNI; please remove these fields and add them back after cluster creation is successful'
]

export const bareClusterRules: RuleDefinition[] = [
  {
    id: 'bare-cluster-fields',
    group: 'addons',
    summary:
      'With `addonsConfig.disableDefaultAddons` and no `vpc-cni` addon (and, from 0.204.0, no Auto Mode), the file creates no nodes, Fargate profiles, Karpenter, Flux, service accounts or pod identity associations.',
    severity: 'error',
    eksctlMessages: BARE_CLUSTER,
    example:
      'addonsConfig: {disableDefaultAddons: true}\nfargateProfiles: [{name: fp, selectors: [{namespace: default}]}]',
    check(ctx) {
      const d = ctx.data
      if (!isTrue(asObject(d.addonsConfig)?.disableDefaultAddons)) return
      // eksctl compares the addon name exactly
      if (asArray(d.addons).some((a) => asObject(a)?.name === 'vpc-cni')) return
      const text = ctx.wording(...BARE_CLUSTER)
      if (!text || (text === BARE_CLUSTER[0] && autoModeEnabled(d))) return
      // `HasNodes`: a nodegroup with a desired capacity above 0, as written (eksctl defaults it only later)
      const nodes = ctx.nodeGroups().find((ref) => (asNumber(ref.ng.desiredCapacity) ?? 0) > 0)
      const iam = asObject(d.iam)
      const culprit = nodes
        ? `${nodes.path}/desiredCapacity`
        : asArray(d.fargateProfiles).length > 0
          ? '/fargateProfiles'
          : d.karpenter !== undefined && d.karpenter !== null
            ? '/karpenter'
            : asObject(asObject(d.gitops)?.flux)
              ? '/gitops/flux'
              : asArray(iam?.serviceAccounts).length > 0
                ? '/iam/serviceAccounts'
                : asArray(iam?.podIdentityAssociations).length > 0
                  ? '/iam/podIdentityAssociations'
                  : null
      if (!culprit) return
      ctx.report(
        culprit,
        text,
        'without the vpc-cni addon pods get no network: add `- name: vpc-cni` to `addons`, or create this cluster bare and add these parts after the networking is in place.',
        { part: 'key' }
      )
    }
  }
]
