// Every rule, in README order.
import type { RuleDefinition } from '../types.js'
import { addonRules } from './addons.js'
import { bottlerocketRules } from './bottlerocket.js'
import { bareClusterRules } from './bare-cluster.js'
import { clusterRules } from './cluster.js'
import { fargateRules } from './fargate.js'
import { hybridAndAutoModeRules } from './hybrid-and-auto-mode.js'
import { iamAssociationRules } from './iam-associations.js'
import { iamRules } from './iam.js'
import { karpenterRules } from './karpenter.js'
import { legacyGitRules } from './legacy-git.js'
import { loggingRules } from './logging.js'
import { managedNodegroupRules } from './managed-nodegroups.js'
import { nodegroupCapacityRules } from './nodegroup-capacity.js'
import { nodegroupIamRules } from './nodegroup-iam.js'
import { nodegroupInstanceTypeRules } from './nodegroup-instance-types.js'
import { nodegroupRules } from './nodegroups.js'
import { outpostsRules } from './outposts.js'
import { privateClusterRules } from './private-cluster.js'
import { regionRules } from './region.js'
import { rollbackConfigRules } from './rollback-config.js'
import { vpcRules } from './vpc.js'
import { vpcNetworkingRules } from './vpc-networking.js'

export const catalogue: readonly RuleDefinition[] = [
  ...clusterRules,
  ...regionRules,
  ...rollbackConfigRules,
  ...legacyGitRules,
  ...hybridAndAutoModeRules,
  ...outpostsRules,
  ...nodegroupRules,
  ...nodegroupCapacityRules,
  ...nodegroupInstanceTypeRules,
  ...managedNodegroupRules,
  ...bottlerocketRules,
  ...iamRules,
  ...nodegroupIamRules,
  ...iamAssociationRules,
  ...vpcRules,
  ...vpcNetworkingRules,
  ...privateClusterRules,
  ...loggingRules,
  ...fargateRules,
  ...addonRules,
  ...bareClusterRules,
  ...karpenterRules
]
