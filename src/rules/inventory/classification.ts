// What each inventory entry is to this project. An entry whose exact format a rule names (eksctlMessages or
// eksctlParts) is `implemented` by that rule, whatever this file says; every other entry takes the first matcher
// below that fits it, with its one-line reason. Every entry must fit one (__tests__/rules-inventory-classes.test.ts).
import { catalogue } from '../catalogue/index.js'
import { inRanges, inventoryEntries, type InventoryEntry } from './index.js'

export type EntryClass = 'implemented' | 'needs-aws' | 'not-create-path' | 'not-applicable' | 'offline-not-implemented'

export const classOrder: readonly EntryClass[] = [
  'implemented',
  'offline-not-implemented',
  'needs-aws',
  'not-create-path',
  'not-applicable'
]

export const classLabels: Record<EntryClass, string> = {
  implemented: 'implemented by a rule',
  'offline-not-implemented': 'decidable from the file, no rule yet',
  'needs-aws': 'needs AWS (API lookups, account state)',
  'not-create-path': 'not on the `create cluster` path',
  'not-applicable': 'not applicable to a config file'
}

export interface Classifier {
  class: Exclude<EntryClass, 'implemented'>
  reason: string
  file?: RegExp
  function?: RegExp
  format?: RegExp
  kind?: InventoryEntry['kind']
}

const V1 = /^pkg\/apis\/eksctl\.io\/v1alpha5\//
const CMDUTILS = /^pkg\/ctl\/cmdutils\//
const CREATE_LOADER = /^(NewCreateClusterLoader|commonClusterConfigLoader\.Load|validateBareCluster)$/

/** First match wins. */
export const classifiers: readonly Classifier[] = [
  // command-line flags: `create cluster` run with flags instead of a file
  {
    class: 'not-applicable',
    reason: 'checks command-line flags, not the config file',
    format: /(^|[\s"`(])--[a-z%]|^name argument|--config-file/
  },
  {
    class: 'not-applicable',
    reason: 'checks command-line flags, not the config file',
    file: CMDUTILS,
    function:
      /^(validateDryRunOptions|validateManagedNGFlags|validateUnmanagedNGFlags|validateUnsetNodeGroups|validateUnsupportedCLIFeatures|validateZonesAndNodeZones|validateAuthConfigMapFlag|normalizeNodeGroup|ErrCannotUseWithConfigFile|ErrFlagAndArg|ErrUnsupportedNameArg|ErrUnsupportedManagedFlag|ErrDisableSessionTagsMustBeSet|LogPlanModeWarning|FlagGrouping\.Usage|validateNameFlagAndArg.*)$/
  },
  {
    class: 'not-applicable',
    reason: 'checks the --fargate flag (incompatible with Auto Mode), not the config file',
    file: CMDUTILS,
    function: /^NewCreateClusterLoader$/,
    kind: 'part',
    format: /^fargate$/
  },
  {
    class: 'not-applicable',
    reason: 'run with --dry-run / status handling of the loader, not a property of the file',
    format: /^status fields are read-only$/
  },
  // the config loader of create cluster
  {
    class: 'offline-not-implemented',
    reason: 'the create-cluster loader checks the file before any AWS call',
    file: CMDUTILS,
    function: CREATE_LOADER
  },
  {
    class: 'not-create-path',
    reason: 'config file loading of the legacy `git` / `gitops` commands',
    file: /^pkg\/ctl\/cmdutils\/gitops\.go$/
  },
  {
    class: 'not-create-path',
    reason: 'command-line helpers of other eksctl commands (delete, get, scale, update, utils, create nodegroup …)',
    file: CMDUTILS
  },
  // the create command itself: after the file is loaded it talks to AWS
  {
    class: 'not-applicable',
    reason: 'progress and post-creation messages printed while or after eksctl calls AWS',
    file: /^pkg\/ctl\/create\/cluster\.go$/,
    kind: 'warning'
  },
  {
    class: 'not-applicable',
    reason: 'checked only when create cluster runs with the --install-vpc-controllers flag',
    file: /^pkg\/ctl\/create\/cluster\.go$/,
    format: /^running Windows workloads requires/
  },
  {
    class: 'offline-not-implemented',
    reason: 'decided from the file before the first AWS call of create cluster',
    file: /^pkg\/ctl\/create\/cluster\.go$/,
    format:
      /^cannot create nodegroups on Outposts when the VPC is created by eksctl|^creating nodegroups on Outposts when the control plane is not on Outposts/
  },
  {
    class: 'needs-aws',
    reason: 'raised while eksctl creates or inspects AWS resources (stacks, Outposts, kubeconfig of the new cluster)',
    file: /^pkg\/ctl\/create\/cluster\.go$/
  },
  {
    class: 'needs-aws',
    reason: 'from 0.202.0 the supported versions come from EKS DescribeClusterVersions at run time',
    file: /^pkg\/eks\/versions_manager\.go$/,
    function: /^(NewClusterVersionsManager|ClusterVersionsManager\.ValidateVersion|resolveDeprecatedVersions)$/
  },
  {
    class: 'not-create-path',
    reason: 'upgrade cluster: resolves the next Kubernetes version',
    file: /^pkg\/eks\/versions_manager\.go$/
  },
  // the API-server access check create cluster runs on the loaded file (ValidateAPIServerAccess)
  {
    class: 'offline-not-implemented',
    reason: 'decided from accessConfig and the nodegroups of the file before the first AWS call of create cluster',
    file: /^pkg\/accessentry\/service\.go$/,
    function: /^ValidateAPIServerAccess$/
  },
  {
    class: 'not-create-path',
    reason: 'access entry commands on an existing cluster',
    file: /^pkg\/accessentry\/service\.go$/
  },
  // CloudFormation template building
  {
    class: 'offline-not-implemented',
    reason: 'decided from the file while the nodegroup template is built, before it is submitted',
    file: /^pkg\/cfn\/builder\/nodegroup\.go$/,
    format: /^unmanaged nodegroups are not supported with IPv6|^number of tags is exceeding/
  },
  {
    class: 'needs-aws',
    reason: 'nodegroup template building on subnets and launch template data read from AWS',
    file: /^pkg\/cfn\/builder\/nodegroup\.go$/
  },
  // the API package
  {
    class: 'not-applicable',
    reason: 'decoding error of a field type: the schema check reports the same problem with a position',
    file: V1,
    function: /\.(UnmarshalJSON|MarshalJSON)$|^ARN\.set$|^WellKnownPolicies\.Set$/
  },
  {
    class: 'not-create-path',
    reason: 'embedded schema asset accessors (generated), not validation',
    file: /^pkg\/apis\/eksctl\.io\/v1alpha5\/schema\.go$/
  },
  {
    class: 'needs-aws',
    reason: 'compares the file with the existing VPC, subnets or cluster read from AWS',
    file: V1,
    function:
      /^(ImportSubnet|doImportSubnet|ClusterConfig\.ImportSubnet|validateLocalConfigAgainstRemote|remoteSubnetToAZSubnetSpec|insufficientSubnetsError\.Error|ClusterConfig\.SetClusterState|ClusterConfig\.SetClusterStatus|ClusterConfig\.CanUseForPrivateNodeGroups|RoleNameFromARN)$/
  },
  {
    class: 'needs-aws',
    reason: 'the vpc.go error values are raised when the subnets read from AWS do not fit',
    file: /^pkg\/apis\/eksctl\.io\/v1alpha5\/vpc\.go$/,
    function: /^\(package\)$/
  },
  {
    class: 'not-create-path',
    reason: 'used by other commands (pod identity association ids, nodegroup lookup, service account names)',
    file: V1,
    function:
      /^(ToPodIdentityAssociationID|ClusterConfig\.FindNodegroup|ClusterIAMServiceAccountNameStringToClusterIAMMeta|partitions\.V1SDKDNSPrefixForRegion|UnsupportedFeatureError\.Error)$/
  },
  {
    class: 'not-create-path',
    reason:
      '`create capability` validates capabilities; `create cluster` passes `capabilities` to EKS without this check',
    file: /^pkg\/apis\/eksctl\.io\/v1alpha5\/capability\.go$/,
    function: /^Capability\.Validate$/
  },
  {
    class: 'not-applicable',
    reason:
      'unreachable from a file: ValidateAdditionalEndpointServices rejects the same names first (rule private-cluster-endpoint-services)',
    file: /^pkg\/apis\/eksctl\.io\/v1alpha5\/endpoint_service\.go$/,
    function: /^MapOptionalEndpointServices$/
  },
  {
    class: 'not-create-path',
    reason:
      'before 0.181.0 only `create addon` validates addons; `create cluster` does from 0.181.0 (rule addon-fields)',
    file: /^pkg\/apis\/eksctl\.io\/v1alpha5\/addon\.go$/,
    format:
      /^(name required|%s is not a valid JSON|configurationValues: "%s" is not valid, supported format\(s\) are: JSON and YAML|at most one of serviceAccountRoleARN, attachPolicyARNs and attachPolicy can be specified)$/
  },
  {
    class: 'not-create-path',
    reason: 'raised by commands that operate on an existing Outposts cluster',
    file: V1,
    format: /^this operation is not supported on Outposts clusters$/
  },
  {
    class: 'not-applicable',
    reason: 'internal error (version parsing of eksctl constants, endpoint service mapping) the file cannot cause',
    file: V1,
    format:
      /^failed to parse supported Karpenter version|^failed to convert %s cluster version to semver|^failed to parse version %q/
  },
  {
    class: 'offline-not-implemented',
    reason: 'validation or defaulting of the ClusterConfig, decidable from the file',
    file: V1
  }
]

/** The rule ids that name an entry's exact format. */
const implementers = new Map<string, string[]>()
for (const rule of catalogue) {
  if (rule.origin === 'ours') continue
  for (const format of [...rule.eksctlMessages, ...(rule.eksctlParts ?? [])]) {
    const ids = implementers.get(format) ?? []
    if (!ids.includes(rule.id)) ids.push(rule.id)
    implementers.set(format, ids)
  }
}

export interface EntryClassification {
  class: EntryClass
  reason: string
  /** For `implemented`: the rules that name the entry's format. */
  rules?: string[]
  /** Index of the classifier that matched (undefined for implemented / unmatched). */
  classifier?: number
}

export function classify(entry: InventoryEntry): EntryClassification | undefined {
  const rules = implementers.get(entry.format)
  if (rules) return { class: 'implemented', reason: `implemented by ${rules.join(', ')}`, rules }
  const i = classifiers.findIndex(
    (c) =>
      (!c.kind || c.kind === entry.kind) &&
      (!c.file || c.file.test(entry.file)) &&
      (!c.function || c.function.test(entry.function)) &&
      (!c.format || c.format.test(entry.format))
  )
  return i < 0 ? undefined : { class: classifiers[i]!.class, reason: classifiers[i]!.reason, classifier: i }
}

/** Entries per class at a release index (all releases when absent). */
export function classCounts(index?: number): Record<EntryClass, number> {
  const counts = Object.fromEntries(classOrder.map((c) => [c, 0])) as Record<EntryClass, number>
  for (const e of inventoryEntries) {
    if (index !== undefined && !inRanges(e.ranges, index)) continue
    const c = classify(e)
    if (c) counts[c.class]++
  }
  return counts
}

/** implemented / (implemented + offline-decidable-not-implemented) at a release index. */
export function coverageAt(index: number): { implemented: number; offline: number; ratio: number } {
  const counts = classCounts(index)
  const offline = counts.implemented + counts['offline-not-implemented']
  return { implemented: counts.implemented, offline, ratio: offline === 0 ? 0 : counts.implemented / offline }
}
