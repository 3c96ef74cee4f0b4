// Every rule, in README order.
import type { RuleDefinition } from '../types.js'
import { addonRules } from './addons.js'
import { clusterRules } from './cluster.js'
import { fargateRules } from './fargate.js'
import { hybridAndAutoModeRules } from './hybrid-and-auto-mode.js'
import { iamAssociationRules } from './iam-associations.js'
import { iamRules } from './iam.js'
import { karpenterRules } from './karpenter.js'
import { loggingRules } from './logging.js'
import { nodegroupRules } from './nodegroups.js'
import { outpostsRules } from './outposts.js'
import { regionRules } from './region.js'
import { vpcRules } from './vpc.js'

export const catalogue: readonly RuleDefinition[] = [
  ...clusterRules,
  ...regionRules,
  ...hybridAndAutoModeRules,
  ...outpostsRules,
  ...nodegroupRules,
  ...iamRules,
  ...iamAssociationRules,
  ...vpcRules,
  ...loggingRules,
  ...fargateRules,
  ...addonRules,
  ...karpenterRules
]
