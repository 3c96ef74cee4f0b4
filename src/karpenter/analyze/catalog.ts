// Problem catalog: which log/status text means which cause, and what to do about it. The fixes restate Karpenter's
// troubleshooting/FAQ/upgrade docs in our words where a section exists; otherwise they say what the code does.
// Every error and warning Karpenter's source logs or wraps (data/inventory.json, generated from the source of every
// release by scripts/build-karpenter-inventory.ts) is filed by `classifyInventoryEntry` under a cause, as noise, as
// context (a wrapper whose cause is the error it wraps) or as other; __tests__/analyze-inventory.test.ts renders each
// entry as a log line of its era and checks the analyzer files it there.
import { PatternPrefilter } from './prefilter.js'
import type { ProblemCategory } from './types.js'
import { steadyText } from './volatile.js'

export interface ProblemRule {
  /** Stable id of the cause (several causes may share a category). */
  id: string
  category: ProblemCategory
  title: string
  /** Tested against the entry text: message, `error`, continuation lines (AWS error code fields only as a fallback). */
  pattern: RegExp
  /** When set, the entry's logger or controller must match too. */
  logger?: RegExp
  /**
   * What to do, in v1 terms with placeholders that render in the log's era: {NodePool} {NodeClass} {NodeClaim}
   * {nodepool} {ec2nodeclass} {nodeclaim} (kubectl resources), {subnetSelector} {securityGroupSelector}
   * {amiSelector}, {settings} (`settings.` or `settings.aws.`), {limits}.
   */
  fix: string
  /** A fix for v0.31 and older when it differs by more than the names (e.g. no AMI aliases before v1). */
  fixAlpha?: string
  docs: string | null
}

const TS = 'https://karpenter.sh/docs/troubleshooting/'
const FAQ = 'https://karpenter.sh/docs/faq/'
const GETTING_STARTED = 'https://karpenter.sh/docs/getting-started/getting-started-with-karpenter/'
const UPGRADE = 'https://karpenter.sh/docs/upgrading/upgrade-guide/'
const V1_MIGRATION = 'https://karpenter.sh/docs/upgrading/v1-migration/'
const DISRUPTION = 'https://karpenter.sh/docs/concepts/disruption/'
const NODECLASSES = 'https://karpenter.sh/docs/concepts/nodeclasses/'

/** Entries matching these are expected behaviour, not problems (they are still counted as parsed lines). */
export const NOISE: RegExp[] = [
  // Optimistic-concurrency conflicts: controller-runtime retries with the fresh object.
  /the object has been modified; please apply your changes to the latest version/,
  // The standby replica waits for the lease; that is how leader election works.
  /attempting to acquire leader lease/,
  /successfully acquired lease/
]

// Order matters: the first matching rule wins, so specific causes come before the generic ones that their text also
// contains (an AccessDeniedException while resolving the cluster endpoint is a cluster-endpoint problem; an
// UnauthorizedOperation inside a fleet error that v1.5+ tags UnfulfillableCapacity is an authorization problem).
export const RULES: ProblemRule[] = [
  {
    id: 'spot-slr',
    category: 'spot-service-linked-role',
    title: 'The EC2 Spot service-linked role is missing and the controller may not create it',
    pattern: /ServiceLinkedRoleCreationNotPermitted|SpotSLRCreationFailed|service-linked role for EC2 Spot/,
    fix:
      'Create the role once per AWS account: `aws iam create-service-linked-role --aws-service-name spot.amazonaws.com` ' +
      '(an "has been taken" answer means it already exists). Until then Spot launches fail; from v1.5 Karpenter treats ' +
      'this like missing Spot capacity and uses on-demand if the {NodePool} allows it.',
    docs: TS
  },
  {
    id: 'settings-cluster-name',
    category: 'settings',
    title: 'The controller has no cluster name configured',
    pattern:
      /missing field, cluster-name|validating settings[^\n]*[Cc]luster[ -]?[Nn]ame|[Cc]luster[Nn]ame[^\n]{0,80}(?:required|must be|missing|empty)|CLUSTER_NAME[^\n]{0,40}(?:required|missing|empty|not set)/,
    fix:
      'Karpenter refuses to start without the cluster name. Set `{settings}clusterName` in the Helm values ' +
      '(the CLUSTER_NAME environment variable of the controller) to the EKS cluster name.',
    fixAlpha:
      'Karpenter refuses to start without the cluster name. Set `settings.aws.clusterName` in the Helm values ' +
      '(`clusterName` on v0.18 and older; `aws.clusterName` in the karpenter-global-settings ConfigMap) to the EKS ' +
      'cluster name.',
    docs: GETTING_STARTED
  },
  {
    id: 'cluster-endpoint',
    category: 'cluster-endpoint',
    title: 'The controller could not determine the cluster endpoint',
    pattern:
      /unable to detect the cluster endpoint|failed detecting cluster endpoint|failed to resolve cluster endpoint|not a valid (?:clusterEndpoint|CLUSTER_ENDPOINT|cluster-endpoint) URL|cluster endpoint URL is not valid/,
    fix:
      'With no endpoint configured, Karpenter asks EKS for it (`eks:DescribeCluster`) at startup and exits if that ' +
      'fails. Allow `eks:DescribeCluster` on the cluster for the controller role and check it can reach the EKS API, ' +
      'or set the endpoint explicitly (Helm `{settings}clusterEndpoint`).',
    docs: null
  },
  {
    id: 'sts-credentials',
    category: 'sts-credentials',
    title: 'The controller could not obtain AWS credentials (STS / EC2 connectivity check failed)',
    pattern:
      /Checking EC2 API connectivity|ec2 api connectivity check failed|WebIdentityErr|failed to retrieve credentials|NoCredentialProviders|InvalidIdentityToken|ExpiredToken|get identity: get credentials|lookup sts\.[\w.-]+ on [^:]+:\d+: (?:i\/o timeout|no such host)/,
    fix:
      'An `i/o timeout` looking up sts.<region>.amazonaws.com means cluster DNS was not answering when the pod ' +
      'started: install with `--set dnsPolicy=Default`, or make sure CoreDNS runs on capacity that exists without ' +
      'Karpenter (managed node group/Fargate). Otherwise check the identity wiring: with IRSA the role-arn annotation ' +
      'on the `karpenter` service account and the role trust policy; with Pod Identity the association and the ' +
      '`eks-pod-identity-agent` addon.',
    docs: TS
  },
  {
    id: 'region',
    category: 'settings',
    title: 'The controller could not find its AWS region',
    pattern: /failed to get region from metadata server|could not find region|MissingRegion/,
    fix:
      'Without IMDS access (hop limit 1, Fargate) the controller cannot learn the region: set the AWS_REGION ' +
      'environment variable on the controller (Helm `controller.env`), or allow IMDSv2 with a hop limit of 2 on the ' +
      'nodes it runs on.',
    docs: null
  },
  {
    id: 'settings-invalid',
    category: 'settings',
    title: 'The controller settings are invalid',
    pattern:
      /validating settings|validating options|unable to load config|settings doesn't exist in context|settings not in context|options doesn't exist in context|ignoring unknown config parameter|parsing default value|ttlAfterNotRegistered cannot be negative|karpenter-global-settings|must be at least \d+m|cannot be (?:negative|less th[ae]n)|is required(?:\n|$)|may only be either|is not a valid value, must be|is not a well-known variant|variant is not well-known|negative values not allowed|using default value of|config \S+ not found, defaulting|watching configmaps/,
    fix:
      'The controller could not parse or validate its settings. Compare the Helm `{settings}*` values (environment ' +
      'variables of the controller; the karpenter-global-settings ConfigMap on v0.19–v0.32) with the settings the ' +
      'installed chart version documents; the text after `validating settings` names the field.',
    docs: UPGRADE
  },
  {
    id: 'queue-not-found',
    category: 'queue-not-found',
    title: 'The interruption queue does not exist or cannot be read',
    pattern:
      /NonExistentQueue|QueueNotFound|QueueDoesNotExist|specified queue does not exist|creating sqs provider|valid sqs provider/,
    fix:
      'The SQS queue named by `settings.interruptionQueue` (`settings.aws.interruptionQueueName` before v0.32) must ' +
      'exist with its EventBridge rules (the getting-started CloudFormation template creates both, named after the ' +
      'cluster) and the controller needs sqs:GetQueueUrl/ReceiveMessage/DeleteMessage on it. Create it, fix the name, ' +
      'or unset the setting to run without interruption handling.',
    docs: FAQ
  },
  {
    id: 'webhook-renamed-v0.19',
    category: 'webhook',
    title: 'A webhook configuration from before v0.19 is still registered',
    pattern: /failed calling webhook "(?:validation|defaulting)\.webhook\.provisioners\.karpenter\.sh"/,
    fix:
      'v0.19.0 renamed the webhooks; configurations left behind (e.g. by GitOps tools) point at nothing. Remove them: ' +
      '`kubectl delete mutatingwebhookconfigurations defaulting.webhook.provisioners.karpenter.sh` and ' +
      '`kubectl delete validatingwebhookconfiguration validation.webhook.provisioners.karpenter.sh`. On v0.18 or ' +
      'older, instead check that the pod is 2/2 Ready, the service has endpoints and security groups let the API ' +
      'server reach the webhook.',
    docs: TS
  },
  {
    id: 'webhook-removed-v0.27.3',
    category: 'webhook',
    title: 'The defaulting webhook removed in v0.27.3 is still registered',
    pattern: /failed calling webhook "defaulting\.webhook\.karpenter\.sh"/,
    fix: 'v0.27.3 dropped this webhook; delete the leftover: `kubectl delete mutatingwebhookconfigurations defaulting.webhook.karpenter.sh`.',
    docs: TS
  },
  {
    id: 'webhook-conversion',
    category: 'webhook',
    title: 'CRD conversion webhook (v1 migration) is not reachable or not configured',
    pattern:
      /conversion webhook for karpenter|isn't configured for webhook conversion|service "karpenter" not found|ConversionWebhook|Conversion webhook enabled but unable to complete call/,
    fix:
      'During the move to v1 the CRDs call the controller to convert v1beta1 objects. Install the `karpenter-crd` ' +
      'chart with `webhook.enabled=true` and `webhook.serviceName`/`webhook.serviceNamespace`/`webhook.port=8443` ' +
      'matching the Karpenter service (its namespace is hard-coded to kube-system in the main chart CRDs), and allow ' +
      'traffic from the API server to the webhook port in security groups and network policies.',
    docs: V1_MIGRATION
  },
  {
    id: 'webhook-unreachable',
    category: 'webhook',
    title: 'API server calls to the Karpenter webhook fail',
    pattern: /failed calling webhook|no endpoints available for service "?karpenter|validating webhook installed/,
    fix:
      'The webhook service has no ready endpoint or the API server cannot reach it: check `kubectl get pods -A -l ' +
      'app.kubernetes.io/name=karpenter` (Ready), `kubectl get endpoints -A -l app.kubernetes.io/name=karpenter`, the ' +
      'namespace in the webhook configuration, and that security groups/network policies allow the control plane ' +
      'to reach port 8443 (443 before v0.29).',
    docs: TS
  },
  {
    id: 'webhook-tls-handshake',
    category: 'webhook',
    title: 'TLS handshake errors on the webhook port',
    pattern: /http: TLS handshake error/,
    fix:
      'Usually harmless: a client (load balancer health check, API server) closed the connection early. It matters ' +
      'only if webhook calls fail; then check the webhook certificate secret and that the API server reaches the pods.',
    docs: null
  },
  {
    id: 'webhook-reconcile',
    category: 'webhook',
    title: 'The webhook certificate/configuration reconciler failed',
    pattern: /./,
    logger: /^webhook/,
    fix:
      'The knative webhook machinery could not update its certificate or configuration, most often because of a ' +
      'transient API server error (e.g. `etcdserver: leader changed`). Repeated failures point at API server health ' +
      "or the controller's RBAC on secrets and webhook configurations.",
    docs: null
  },
  {
    id: 'crd-version',
    category: 'crd-version',
    title: 'The installed CRDs do not match the controller version',
    pattern:
      /no matches for kind|could not find the requested resource|no kind is registered for the type|strict decoding error: unknown field|unknown field "(?:spec|status)\.|failed to wait for [\w.-]+ caches to sync|is not a valid (?:NodePool|EC2NodeClass|NodeClaim)|no supported node classes found|patching crd status version|resource mapping not found/,
    fix:
      "The CRDs in the cluster are older (or newer) than the controller: Helm does not upgrade CRDs in a chart's " +
      '`crds/` folder. Apply the CRDs of the running version (the `karpenter-crd` chart at the same version, or ' +
      '`kubectl apply -f` the CRDs from the release), then restart the controller.',
    docs: UPGRADE
  },
  {
    id: 'kubernetes-version',
    category: 'crd-version',
    title: "The cluster's Kubernetes version is not supported by this Karpenter version",
    pattern:
      /not compatible with kubernetes version|failed validating kubernetes version|aliases are no longer supported on EKS|getting kubernetes version/,
    fix:
      'Each Karpenter release supports a range of Kubernetes versions (the compatibility matrix in the upgrade ' +
      'guide). Upgrade Karpenter before the control plane, or pick a Karpenter release that supports this version; ' +
      'on EKS 1.33+ use an AL2023 or Bottlerocket AMI alias instead of AL2.',
    docs: UPGRADE
  },
  {
    id: 'leader-election',
    category: 'leader-election',
    title: 'Leader election lease could not be renewed',
    pattern:
      /failed to renew lease|error retrieving resource lock|Failed to update lock|leader election lost|leaderelection lost/,
    fix:
      'The leader could not read or update the `karpenter-leader-election` Lease in time (API server unreachable, ' +
      'slow or throttled); losing it restarts the pod. Check API server health and the controller CPU limit; ' +
      'installing in kube-system (or adding FlowSchemas) keeps API Priority and Fairness from throttling Karpenter.',
    docs: GETTING_STARTED
  },
  {
    id: 'throttling',
    category: 'throttling',
    title: 'AWS API calls were throttled',
    pattern:
      /RequestLimitExceeded|ThrottlingException|Throttling: |Rate exceeded|TooManyRequestsException|failed to get rate limit token|retry quota exceeded|SlowDown: /,
    fix:
      'An AWS API rejected calls for exceeding the request rate (SDK v2 says `failed to get rate limit token, retry ' +
      'quota exceeded` when its own retry budget ran out). Karpenter backs off and retries; if it persists, look for ' +
      'other automation calling the same APIs in the account and region, or ask AWS for a higher API rate limit.',
    docs: null
  },
  {
    id: 'launch-template-limit',
    category: 'launch-template',
    title: 'The account reached the EC2 launch template limit',
    pattern: /MaxTemplateLimitExceeded|maximum number of launch templates/,
    fix:
      'EC2 allows 5000 launch templates per region. Karpenter makes one per {NodeClass} × AMI × instance type group ' +
      'and deletes its own when a {NodeClass} goes away; delete unused launch templates (other tools, old ' +
      'clusters: `aws ec2 describe-launch-templates --filters Name=tag-key,Values=karpenter.k8s.aws/cluster`) or ask ' +
      'AWS for a higher limit.',
    docs: null
  },
  {
    id: 'user-data-too-large',
    category: 'launch-template',
    title: 'The rendered user data is larger than EC2 accepts (16384 bytes)',
    pattern:
      /UserDataSizeLimitExceeded|User data is limited to 16384 bytes|16384 bytes|user data[^\n]{0,40}(?:size limit|too large|exceed)/i,
    fix:
      'EC2 limits user data to 16 KiB after base64 encoding. Shorten `spec.userData` of the {NodeClass} (move ' +
      'scripts to S3/SSM and fetch them at boot), or reduce what Karpenter adds (fewer kubelet flags, labels and ' +
      'taints in the {NodePool}).',
    docs: NODECLASSES
  },
  {
    id: 'user-data-invalid',
    category: 'launch-template',
    title: 'The custom user data could not be used',
    pattern:
      /InvalidUserData|unreadable user data|multipart MIME|content-type header|parsing custom user data|merged user data|Karpenter managed user data|toml UserData|invalid UserData|Unknown parameter in userData|UserData/,
    fix:
      'Karpenter merges `spec.userData` of the {NodeClass} with its own bootstrap: for AL2 it must be a MIME multi-part ' +
      'document with a Content-Type header, for Bottlerocket valid TOML, for AL2023 a NodeConfig or MIME document. ' +
      'Fix the user data so it parses.',
    docs: NODECLASSES
  },
  {
    id: 'unauthorized',
    category: 'unauthorized',
    title: 'EC2 refused an action for the controller role (UnauthorizedOperation)',
    pattern:
      /UnauthorizedOperation|AuthCheckFailed|AMIAuthorizationFailure|Reason: Unauthorized|unauthorized to call ec2:|validating ec2:\w+ authorization|(?:^|Reason: |reason[=:] ?|, )Unauthorized\b/m,
    fix:
      'The controller role may not call an EC2 action (usually CreateFleet/RunInstances/CreateLaunchTemplate). Compare ' +
      'its policy with the getting-started CloudFormation template of your version, check tag conditions, Service ' +
      'Control Policies ("explicit deny") and KMS grants for encrypted EBS volumes; `aws sts ' +
      'decode-authorization-message` shows the denied action. On v1.x, annotate the {NodeClass} after the fix to ' +
      're-run validation.',
    docs: TS
  },
  {
    id: 'instance-profile',
    category: 'instance-profile',
    title: 'The node instance profile could not be used or managed',
    pattern:
      /InstanceProfileNameInvalid|Invalid IAM Instance Profile|instance profile|InstanceProfile(?!Ready)|instanceProfile|default-instance-profile|NoSuchEntity|EntityAlreadyExists/,
    fix:
      'The {NodeClass} names a node role (`spec.role`, Karpenter then manages an instance profile and needs ' +
      'iam:CreateInstanceProfile/AddRoleToInstanceProfile/TagInstanceProfile/GetInstanceProfile and iam:PassRole on ' +
      'the role) or an existing `spec.instanceProfile`. Check that the role or profile exists, is spelled right and ' +
      'that the controller policy allows these calls.',
    fixAlpha:
      'The instance profile named by `{settings}defaultInstanceProfile` or the AWSNodeTemplate `instanceProfile` must ' +
      'exist (the getting-started CloudFormation template creates KarpenterNodeInstanceProfile-<cluster>) and the ' +
      'controller needs iam:PassRole on its role.',
    docs: NODECLASSES
  },
  {
    id: 'access-denied',
    category: 'access-denied',
    title: 'An AWS API call was denied for the controller role',
    pattern: /AccessDenied|not authorized to perform|permission is not allowed/,
    fix:
      'Add the denied action (named in the message, e.g. iam:PassRole on the node role, iam:ListInstanceProfiles ' +
      'since v1.7, ssm:GetParameter, pricing:GetProducts) to the controller policy; the upgrade guide lists the ' +
      'permissions each release needs.',
    docs: UPGRADE
  },
  {
    id: 'nodeclass-not-found',
    category: 'nodeclass-not-ready',
    title: 'The NodeClass a NodePool refers to does not exist',
    pattern:
      /(?:ec2nodeclass(?:es)?|awsnodetemplates?)(?:\.karpenter\.k8s\.aws)? "[^"]*" not found|(?:EC2NodeClass|AWSNodeTemplate|nodeclass|node class|node template) "?[^"\s]*"? not found|failed to get ec2nodeclass|getting nodeclass [^\n]*for nodepool/i,
    fix:
      "The {NodePool}'s `nodeClassRef` names a {NodeClass} that is not in the cluster (a typo, or it was deleted or " +
      'not applied yet). Create it or fix the reference: `kubectl get {ec2nodeclass}` lists the ones that exist.',
    fixAlpha:
      "The Provisioner's `providerRef` names an AWSNodeTemplate that is not in the cluster. Create it or fix the " +
      'reference: `kubectl get awsnodetemplates` lists the ones that exist.',
    docs: NODECLASSES
  },
  {
    id: 'nodeclass-not-ready',
    category: 'nodeclass-not-ready',
    title: 'The NodeClass is not ready',
    pattern:
      /NodeClassRef not ready|NodeClassNotReady|nodeclass status has not been reconciled|Ready=Unknown|(?:Subnets|SecurityGroups|AMIs|InstanceProfile|Validation|CapacityReservations|PlacementGroup)(?:Ready|Succeeded)=False|resolving (?:node ?class|ec2nodeclass|node template)[^\n]*(?:Failed to resolve|not ready|Ready=)|ignoring nodepool, not ready|resolving cluster CIDR|failed to detect the cluster CIDR|resolving placement group|nodepool failed validation/i,
    fix:
      'NodeClaims wait until their {NodeClass} is Ready. `kubectl get {ec2nodeclass} -o yaml` shows which condition ' +
      '(SubnetsReady, SecurityGroupsReady, AMIsReady, InstanceProfileReady, ValidationSucceeded) is False and why; ' +
      'fix that selector or permission.',
    docs: NODECLASSES
  },
  {
    id: 'capacity-quota',
    category: 'insufficient-capacity',
    title: 'An account quota stopped the launch',
    pattern:
      /VcpuLimitExceeded|VCPULimitExceeded|MaxSpotInstanceCountExceeded|SpotQuotaExceeded|FleetQuotaExceeded|MaxFleetCountExceeded|AccountPendingVerification|PendingVerification|FreeTierIneligible/,
    fix:
      'The AWS account reached a quota (vCPUs per instance family, Spot instances or fleets) or is not yet verified ' +
      'for this instance type. Request an increase in Service Quotas, or set {NodePool} {limits} so Karpenter stays ' +
      'under it.',
    docs: FAQ
  },
  {
    id: 'capacity-subnet-ips',
    category: 'insufficient-capacity',
    title: 'The selected subnets have no free IP addresses',
    pattern: /InsufficientFreeAddressesInSubnet/,
    fix:
      'The subnets selected by the {NodeClass} are out of addresses. Add subnets (or a secondary CIDR) tagged for ' +
      'the {subnetSelector}, or use prefix delegation/custom networking to use fewer addresses per node.',
    docs: null
  },
  {
    id: 'capacity-reservation',
    category: 'insufficient-capacity',
    title: 'The capacity reservation has no instance left',
    pattern: /ReservationCapacityExceeded|capacity reservation/i,
    fix:
      'The on-demand capacity reservation the {NodeClass} selects (`capacityReservationSelectorTerms`) is used up or ' +
      'expired. Extend it, select more reservations, or let the {NodePool} fall back to on-demand/spot.',
    docs: NODECLASSES
  },
  {
    id: 'capacity-unsupported',
    category: 'insufficient-capacity',
    title: 'An instance type is not offered in the requested zone',
    pattern: /\bUnsupported(?::|$)|is not supported in your requested Availability Zone/m,
    fix:
      'EC2 does not offer this instance type in that zone (or for that tenancy/platform). Karpenter marks the offering ' +
      'unavailable and tries others; if every allowed type fails, widen the {NodePool} instance types or zones.',
    docs: FAQ
  },
  {
    id: 'insufficient-capacity',
    category: 'insufficient-capacity',
    title: 'EC2 had no capacity for the requested instance types',
    pattern:
      /insufficient capacity|InsufficientInstanceCapacity|UnfulfillableCapacity|all requested instance types were unavailable|no capacity offerings are currently available/i,
    fix:
      'No offering (instance type × zone × capacity type) the {NodeClaim} allowed had capacity; Karpenter marks such ' +
      'offerings unavailable for about 3 minutes and tries others. Give it room: allow more instance families and ' +
      'sizes and more zones, and both `spot` and `on-demand` in `karpenter.sh/capacity-type` so it can fall back.',
    docs: FAQ
  },
  {
    id: 'no-subnets',
    category: 'no-subnets',
    title: 'No subnet matched the subnet selector',
    pattern:
      /no subnets|getting subnets|SubnetsNotFound|SubnetSelector did not match|has no subnets|resolved subnets|Failed to resolve subnets/i,
    fix:
      'Tag the node subnets with the key/value the selector uses (the guide uses `karpenter.sh/discovery: ' +
      '<cluster-name>`) or fix `{subnetSelector}` in the {NodeClass}. Check what matches with ' +
      '`aws ec2 describe-subnets --filters Name=tag:karpenter.sh/discovery,Values=<cluster-name>`.',
    docs: TS
  },
  {
    id: 'no-security-groups',
    category: 'no-security-groups',
    title: 'No security group matched the security group selector',
    pattern:
      /no security groups|getting security groups|SecurityGroupsNotFound|SecurityGroupSelector did not match|resolved security groups|Failed to resolve security groups/i,
    fix:
      'Tag the node security group with the key/value the selector uses (the guide uses `karpenter.sh/discovery: ' +
      '<cluster-name>`) or fix `{securityGroupSelector}` in the {NodeClass}. Check with ' +
      '`aws ec2 describe-security-groups --filters Name=tag:karpenter.sh/discovery,Values=<cluster-name>`.',
    docs: TS
  },
  {
    id: 'no-amis',
    category: 'no-amis',
    title: 'The AMI selector resolved no image',
    pattern:
      /no amis exist|failed to discover (?:any )?AMIs|discovering amis from ssm|failed discovering amis|AMINotFound|AMISelector did not match|InvalidAMIID|UnsupportedAlias|specify your Ubuntu AMIs|resolved amis|Failed to resolve amis|getting amis|invalid alias family|failed to parse AMI alias|ParameterNotFound|parameter not found|invalid AMI ID|no instance types satisfy requirements of amis/i,
    fix:
      'The {NodeClass} `amiSelectorTerms` (alias, ids, tags, owners) resolve to no image the controller can use in ' +
      'this region/architecture. Check that the alias version exists, that ids/tags/owners are right, and that the ' +
      'controller may call ssm:GetParameter (aliases) and ec2:DescribeImages.',
    fixAlpha:
      'The AWSNodeTemplate `amiSelector` (or `amiFamily` with its SSM default) resolves to no image the controller can ' +
      'use in this region/architecture. Check the selector tags/ids/owners and that the controller may call ' +
      'ssm:GetParameter and ec2:DescribeImages.',
    docs: null
  },
  {
    id: 'launch-template',
    category: 'launch-template',
    title: 'EC2 rejected the launch template or launch parameters',
    pattern:
      /InvalidBlockDeviceMapping|LaunchTemplateNotFound|InvalidLaunchTemplate|creating launch template|launch template [^\n]*(?:not found|invalid)|InvalidParameter|SecurityGroupSubnetVPCMismatch|InvalidAMIID\.Malformed|no compatible launch templates/,
    fix:
      'EC2 rejected the launch parameters Karpenter built from the {NodeClass} (block device mappings, AMI, security ' +
      'groups in another VPC, metadata options). Fix the {NodeClass} field the error names; a launch template ' +
      'deleted outside Karpenter is recreated on the next launch.',
    docs: TS
  },
  {
    id: 'nodepool-limits',
    category: 'nodepool-limits',
    title: 'NodePool (Provisioner) limits are reached',
    pattern:
      /exceed (?:provisioner )?limits|exceed limits for|limits have been exhausted|resource usage (?:of [^\n]* )?exceeds limit|exceeds limit of/,
    fix:
      'The {NodePool} `{limits}` caps the CPU/memory it may launch, and every candidate instance would pass it. ' +
      'Raise or drop the limit, or let another {NodePool} take the pods.',
    docs: null
  },
  {
    id: 'unschedulable-pod',
    category: 'unschedulable-pod',
    title: 'Pods fit no NodePool (Provisioner)',
    pattern:
      /could not schedule pod|incompatible with (?:provisioner|nodepool)|no instance type (?:satisfied|met|has)|did not tolerate|incompatible requirements|does not have known values|exceed node volume limits|exceeds node resources|all pending pods could not be scheduled/i,
    fix:
      'No {NodePool} can take the pod: its requests, node selectors/affinity, topology spread, tolerations or a bound ' +
      "volume's zone exclude every instance type and zone the {NodePool}s offer. The text after each {NodePool} name " +
      'says why; change the pod spec or widen the {NodePool} requirements/taints (`kubectl describe pod` shows the ' +
      'same as an event).',
    docs: TS
  },
  {
    id: 'node-initialization',
    category: 'node-initialization',
    title: 'A node did not finish initialization (missing extended resource or startup taint)',
    pattern:
      /Inflight check failed|failed consistency check|didn't register on the node|startup taint|not initialized|expected resource|extended resource/i,
    fix:
      'An expected resource (e.g. `vpc.amazonaws.com/pod-eni`, `nvidia.com/gpu`) never appeared on the node or a ' +
      'startup taint stayed. Enable security groups for pods in the VPC CNI, install the device plugin, or make the ' +
      'component that should remove the {NodePool} `startupTaints` run on the node.',
    docs: TS
  },
  {
    id: 'registration-timeout',
    category: 'registration-timeout',
    title: 'Launched instances never joined the cluster',
    pattern:
      /due to registration ttl|terminating due to timeout|registration timeout|Node not registered|NodeNotFound|failed to register/,
    fix:
      'The instance started but no node registered within the timeout (15 min), so Karpenter terminated it. Look at ' +
      'the bootstrap: the node role must be mapped (aws-auth `system:node:{{EC2PrivateDNSName}}` or an access entry), ' +
      'security groups must let the node reach the control plane, and the AMI/user data must suit the cluster; the ' +
      'instance console output or kubelet journal tells which.',
    docs: TS
  },
  {
    id: 'disruption-budget',
    category: 'disruption-budget',
    title: 'Disruption budgets block or break disruption',
    pattern: /disruption budget|building disruption budgets|violate disruption budgets|without violating budgets/i,
    fix:
      'The {NodePool} `spec.disruption.budgets` either failed to parse (schedule/duration/nodes) or allow no ' +
      'disruption right now. Check the budgets (`kubectl get {nodepool} -o yaml`), e.g. a cron schedule without a ' +
      'duration, or `nodes: "0"` for the reasons being blocked.',
    docs: DISRUPTION
  },
  {
    id: 'drain',
    category: 'drain',
    title: 'Nodes could not be drained (PodDisruptionBudget or do-not-disrupt pods)',
    pattern:
      /violates a PDB|pdb [^\n]*prevents pod evictions|prevents pod evictions|Cannot evict pod|would violate the pod's disruption budget|PodDisruptionBudget|do-not-evict|do-not-disrupt|pods are waiting to be evicted|evicting pod|failed evicting|EvictionQueue|eviction does not support multiple PDBs|constructing pdbs|failed to drain|draining node/i,
    fix:
      'Termination waits for pods to be evicted, and a PodDisruptionBudget that allows 0 disruptions (or several ' +
      'PDBs on one pod), or a `karpenter.sh/do-not-disrupt` (`do-not-evict` before v0.32) annotation keeps them. ' +
      'Check `kubectl get pdb -A` for ALLOWED DISRUPTIONS 0; set `terminationGracePeriod` on the {NodePool} (v1) ' +
      'to bound how long a drain may block.',
    docs: DISRUPTION
  },
  {
    id: 'pricing',
    category: 'pricing',
    title: 'Pricing data could not be refreshed',
    pattern:
      /updating (?:on-demand |spot )?pricing|pricing data|retreiving|retrieving (?:spot )?pricing|pricing info|pricing found|pricing/i,
    fix:
      'The controller could not reach the AWS Price List API (or EC2 spot price history) and keeps its built-in ' +
      'prices, so cost-based choices use stale prices. In VPCs without internet or a pricing endpoint set ' +
      '`{settings}isolatedVPC=true` (AWS_ISOLATED_VPC) to stop the lookups; otherwise allow pricing:GetProducts and ' +
      'ec2:DescribeSpotPriceHistory.',
    docs: TS
  },
  {
    id: 'controller-internal',
    category: 'other',
    title: 'The controller hit an internal error',
    pattern:
      /please file an issue|invariant violated|inconsistent state|error hashing|failed hashing|failed to setup [\w ]+(?:indexer|probe|manager)|failed to register controller|setting up profiling|cache key is not of expected format|unexpected failure|expected to receive a single instance|received more instances than requested|launched instance type not included/,
    fix:
      'Karpenter reports an internal inconsistency, not a problem of your configuration. Upgrade to the newest patch ' +
      'release of your minor version; if it repeats there, report it to Karpenter with this log.',
    docs: null
  },
  {
    id: 'in-tree-storage',
    category: 'other',
    title: 'Volumes use an in-tree storage plugin',
    pattern: /uses an in-tree storage plugin/,
    fix:
      'Karpenter counts volume limits for CSI drivers only. Migrate StorageClasses/PVs to the EBS CSI driver ' +
      '(`ebs.csi.aws.com`); a startup taint `ebs.csi.aws.com/agent-not-ready:NoExecute` avoids scheduling before it is ready.',
    docs: TS
  }
]

/** v1.7+ `terminating due to timeout` names which timeout in its `reason` field. */
export const LAUNCH_TIMEOUT_RULE: ProblemRule = {
  id: 'launch-timeout',
  category: 'launch-timeout',
  title: 'Launches did not complete in time (launch timeout)',
  pattern: /launch_timeout/,
  fix:
    'The {NodeClaim} was not Launched within the launch timeout (5 min): the CreateFleet call kept failing or EC2 ' +
    'did not return an instance. The errors logged for the same {NodeClaim} before it say why (capacity, ' +
    'permissions, launch template); the instance never started, so node bootstrap is not the cause.',
  docs: null
}

/** NOISE then RULES, for one prefilter pass that serves isNoise and matchRule on the same text. */
const PREFILTER = new PatternPrefilter([...NOISE, ...RULES.map((r) => r.pattern)])
let scanned: string | null = null
let prefilterOn = true

/**
 * Turn the prefilter off (every pattern is then run in order, as matchRuleEveryPattern does) or back on: tests
 * compare whole reports of both ways.
 */
export function usePrefilter(on: boolean): void {
  prefilterOn = on
  scanned = null
}

/** Marks the patterns that may match `text` (once for a text asked about twice in a row). */
function scanOnce(text: string): void {
  if (scanned !== text) {
    PREFILTER.scan(text)
    scanned = text
  }
}

/** The first rule (in catalog order) whose pattern matches the text; only patterns the prefilter allows are run. */
export function matchRule(text: string, logger: string): ProblemRule | null {
  if (!prefilterOn) return matchRuleEveryPattern(text, logger)
  scanOnce(text)
  for (let i = 0; i < RULES.length; i++) {
    if (!PREFILTER.candidate(NOISE.length + i)) continue
    const rule = RULES[i]!
    if (rule.logger && !rule.logger.test(logger)) continue
    if (rule.pattern.test(text)) return rule
  }
  return null
}

/** matchRule without the prefilter: every pattern in order (the reference the prefilter is tested against). */
export function matchRuleEveryPattern(text: string, logger: string): ProblemRule | null {
  for (const rule of RULES) {
    if (rule.logger && !rule.logger.test(logger)) continue
    if (rule.pattern.test(text)) return rule
  }
  return null
}

/**
 * The cause of an entry: the message and error text first; the AWS error code / reason fields only when the text
 * names no cause (v1.5+ tags every fleet-only error `aws-error-code: UnfulfillableCapacity`, whatever it says).
 */
export function matchEntry(text: string, codes: string, logger: string, reason: string | null): ProblemRule | null {
  text = matchable(text)
  // `(aws-error-code=UnfulfillableCapacity, …)` inside the text is the same tag as the field; on a fleet error it says
  // nothing (every fleet error carries it), elsewhere it is the code of the error.
  const own = text.includes('UnfulfillableCapacity') ? text.replace(/aws-error-code=UnfulfillableCapacity/g, '') : text
  let fallback = codes
  if (fallback.includes('UnfulfillableCapacity') && text.includes('fleet error')) {
    fallback = fallback.replace(/UnfulfillableCapacity/g, '')
  }
  const rule = matchRule(own, logger) ?? (fallback.trim() ? matchRule(fallback, logger) : null)
  if (rule?.id === 'registration-timeout' && reason === 'launch_timeout') return LAUNCH_TIMEOUT_RULE
  return rule
}

/** Characters of an entry's text the rules look at: its start and its end (a chain's innermost error). */
const MATCH_HEAD = 1000
const MATCH_TAIL = 300

/**
 * The text rules are matched against: long texts (encoded authorization messages, pasted stack traces) keep their
 * first and last characters, so matching costs the same whatever the line length.
 */
export function matchable(text: string): string {
  return text.length > MATCH_HEAD + MATCH_TAIL ? `${text.slice(0, MATCH_HEAD)}\n${text.slice(-MATCH_TAIL)}` : text
}

/**
 * The key under which the cause of a text is remembered: the text with its volatile parts replaced (volatile.ts), so
 * an error flood that repeats one error with other ids in its text is classified once. Two texts with one key file
 * the cause of the first: the rules do not read the replaced parts (__tests__/analyze-prefilter.test.ts checks that
 * every inventory entry, with volatile values in place of its format verbs, and every fixture line files the cause of
 * its key, and that whole reports are the same with and without keys).
 */
export function causeKey(text: string): string {
  return causeKeysOn ? steadyText(text) : text
}

let causeKeysOn = true

/** Turn the cause keys off (each text is then its own key) or back on: tests compare whole reports of both ways. */
export function useCauseKeys(on: boolean): void {
  causeKeysOn = on
}

export function isNoise(text: string): boolean {
  if (!prefilterOn) return isNoiseEveryPattern(text)
  scanOnce(text)
  for (let i = 0; i < NOISE.length; i++) if (PREFILTER.candidate(i) && NOISE[i]!.test(text)) return true
  return false
}

/** isNoise without the prefilter (the reference). */
export function isNoiseEveryPattern(text: string): boolean {
  for (const re of NOISE) if (re.test(text)) return true
  return false
}

export const PANIC_FIX =
  'The controller crashed. The first line and the top frames of the stack trace say where; `kubectl logs --previous` ' +
  'shows the crashed container. Check whether it repeats (pod restarts) and whether a newer patch release of your ' +
  'minor version fixes it.'

export const OTHER_FIX =
  'No documented cause matches this error. The root cause names the failing step; check the objects it names ' +
  '({NodePool}, {NodeClass}, {NodeClaim}) with `kubectl describe` and the controller permissions.'

export type Terms = 'v1alpha5' | 'v1' | 'unknown'

const TERM_NAMES: Record<string, [alpha: string, v1: string, unknown: string]> = {
  NodePool: ['Provisioner', 'NodePool', 'NodePool (Provisioner before v0.32)'],
  NodeClass: ['AWSNodeTemplate', 'EC2NodeClass', 'EC2NodeClass (AWSNodeTemplate before v0.32)'],
  NodeClaim: ['Machine', 'NodeClaim', 'NodeClaim (Machine before v0.32)'],
  nodepool: ['provisioners', 'nodepools', 'nodepools'],
  ec2nodeclass: ['awsnodetemplates', 'ec2nodeclasses', 'ec2nodeclasses'],
  nodeclaim: ['machines', 'nodeclaims', 'nodeclaims'],
  subnetSelector: ['subnetSelector', 'subnetSelectorTerms', 'subnetSelectorTerms'],
  securityGroupSelector: ['securityGroupSelector', 'securityGroupSelectorTerms', 'securityGroupSelectorTerms'],
  amiSelector: ['amiSelector', 'amiSelectorTerms', 'amiSelectorTerms'],
  settings: ['settings.aws.', 'settings.', 'settings.'],
  limits: ['spec.limits.resources', 'spec.limits', 'spec.limits']
}

/** A fix in the object names of the log's era (see ProblemRule.fix). */
export function renderFix(fix: string, terms: Terms, fixAlpha?: string): string {
  const text = terms === 'v1alpha5' && fixAlpha ? fixAlpha : fix
  const i = terms === 'v1alpha5' ? 0 : terms === 'v1' ? 1 : 2
  let seenUnknown = false
  return text.replace(/\{(\w+)\}/g, (m, name: string) => {
    const t = TERM_NAMES[name]
    if (!t) return m
    // The long "(… before v0.32)" form once per fix: later mentions use the v1 name.
    if (i === 2 && t[2] !== t[1]) {
      if (seenUnknown) return t[1]
      seenUnknown = true
    }
    return t[i]
  })
}

// --- Inventory classification -------------------------------------------------------------------------------------

export type InventoryFiling =
  | { kind: 'cause'; rule: ProblemRule }
  | { kind: 'noise'; why: string }
  /** A wrapper (`creating instance, %w`): its cause is the error it wraps. */
  | { kind: 'context' }
  | { kind: 'other'; why: string }

/** AWS error codes the provider handles itself (retries, ignores, creates): never a cause on their own. */
export const HANDLED_CODES = new Set([
  'DryRunOperation',
  'InvalidInstanceID.NotFound',
  'InvalidLaunchTemplateId.NotFound',
  'InvalidLaunchTemplateName.NotFoundException',
  'InvalidCapacityReservationId.NotFound',
  'LaunchFailed',
  'InternalError',
  'AuthFailure',
  'License'
])

/** Below ERROR only these say something went wrong (the analyzer files them; other INFO/DEBUG lines are noise). */
export const PROBLEM_BELOW_ERROR =
  /terminating (?:machine )?due to (?:registration ttl|timeout)|failed to renew lease|leader election lost|Inflight check failed|failed consistency check|[Cc]ould not schedule pod|rendered user data is approaching/

/** Where a source entry is filed: a cause, noise, context or other (see the header). */
export function classifyInventoryEntry(kind: string, level: string, text: string): InventoryFiling {
  if (kind === 'aws-code') {
    const rule = matchRule(text, '')
    if (rule) return { kind: 'cause', rule }
    // Codes the controller handles itself are never logged as such; inside an error they are filed as other.
    if (HANDLED_CODES.has(text)) return { kind: 'noise', why: 'handled by the controller (retried, ignored, expected)' }
    return { kind: 'other', why: 'AWS error code without a documented cause' }
  }
  if (kind === 'log' && (level === 'INFO' || level === 'DEBUG') && !PROBLEM_BELOW_ERROR.test(text)) {
    return { kind: 'noise', why: 'informational message' }
  }
  if (isNoise(text)) return { kind: 'noise', why: 'expected behaviour' }
  const rule = matchRule(text, '')
  if (rule) return { kind: 'cause', rule }
  if (kind === 'error' && /(?:%w|%v|%s)\s*$/.test(text)) return { kind: 'context' }
  return { kind: 'other', why: 'no documented cause' }
}
