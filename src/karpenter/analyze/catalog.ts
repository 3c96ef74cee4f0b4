// Problem catalog: which log/status text means which problem, and what to do about it. The fixes restate Karpenter's
// troubleshooting/FAQ/upgrade docs in our words where a section exists; otherwise they say what the code does.
import type { ProblemCategory } from './types.js'

export interface ProblemRule {
  /** Stable id of the cause (several causes may share a category). */
  id: string
  category: ProblemCategory
  title: string
  /** Tested against the entry text: message, `error`, AWS error code, `reason` and continuation lines. */
  pattern: RegExp
  /** When set, the entry's logger or controller must match too. */
  logger?: RegExp
  fix: string
  docs: string | null
}

const TS = 'https://karpenter.sh/docs/troubleshooting/'
const FAQ = 'https://karpenter.sh/docs/faq/'
const GETTING_STARTED = 'https://karpenter.sh/docs/getting-started/getting-started-with-karpenter/'
const UPGRADE = 'https://karpenter.sh/docs/upgrading/upgrade-guide/'
const V1_MIGRATION = 'https://karpenter.sh/docs/upgrading/v1-migration/'

/** Entries matching these are expected behaviour, not problems (they are still counted as parsed lines). */
export const NOISE: RegExp[] = [
  // Optimistic-concurrency conflicts: controller-runtime retries with the fresh object.
  /the object has been modified; please apply your changes to the latest version/,
  // The standby replica waits for the lease; that is how leader election works.
  /attempting to acquire leader lease/,
  /successfully acquired lease/
]

// Order matters: the first matching rule wins, so specific causes come before the generic ones that their text also
// contains (an AccessDeniedException while resolving the cluster endpoint is a cluster-endpoint problem).
export const RULES: ProblemRule[] = [
  {
    id: 'spot-slr',
    category: 'spot-service-linked-role',
    title: 'The EC2 Spot service-linked role is missing and the controller may not create it',
    pattern: /ServiceLinkedRoleCreationNotPermitted|SpotSLRCreationFailed|service-linked role for EC2 Spot/,
    fix:
      'Create the role once per AWS account: `aws iam create-service-linked-role --aws-service-name spot.amazonaws.com` ' +
      '(an "has been taken" answer means it already exists). Until then Spot launches fail; from v1.5 Karpenter treats ' +
      'this like missing Spot capacity and uses on-demand if the NodePool allows it.',
    docs: TS
  },
  {
    id: 'cluster-endpoint',
    category: 'cluster-endpoint',
    title: 'The controller could not determine the cluster endpoint',
    pattern:
      /unable to detect the cluster endpoint|failed detecting cluster endpoint|failed to resolve cluster endpoint|not a valid clusterEndpoint URL/,
    fix:
      'With no endpoint configured, Karpenter asks EKS for it (`eks:DescribeCluster`) at startup and exits if that ' +
      'fails. Allow `eks:DescribeCluster` on the cluster for the controller role and check it can reach the EKS API, ' +
      'or set the endpoint explicitly (Helm `settings.clusterEndpoint`; `settings.aws.clusterEndpoint` before v0.33).',
    docs: null
  },
  {
    id: 'sts-credentials',
    category: 'sts-credentials',
    title: 'The controller could not obtain AWS credentials (STS / EC2 connectivity check failed)',
    pattern:
      /Checking EC2 API connectivity|ec2 api connectivity check failed|WebIdentityErr|failed to retrieve credentials|NoCredentialProviders|InvalidIdentityToken|ExpiredToken|lookup sts\.[\w.-]+ on [^:]+:\d+: (?:i\/o timeout|no such host)/,
    fix:
      'An `i/o timeout` looking up sts.<region>.amazonaws.com means cluster DNS was not answering when the pod ' +
      'started: install with `--set dnsPolicy=Default`, or make sure CoreDNS runs on capacity that exists without ' +
      'Karpenter (managed node group/Fargate). Otherwise check the identity wiring: with IRSA the role-arn annotation ' +
      'on the `karpenter` service account and the role trust policy; with Pod Identity the association and the ' +
      '`eks-pod-identity-agent` addon.',
    docs: TS
  },
  {
    id: 'queue-not-found',
    category: 'queue-not-found',
    title: 'The interruption queue does not exist or cannot be read',
    pattern: /NonExistentQueue|QueueNotFound|QueueDoesNotExist|specified queue does not exist|creating sqs provider/,
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
      /conversion webhook for karpenter|isn't configured for webhook conversion|service "karpenter" not found|ConversionWebhook/,
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
    pattern: /failed calling webhook|no endpoints available for service "?karpenter/,
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
    pattern: /RequestLimitExceeded|ThrottlingException|Throttling: |Rate exceeded|TooManyRequestsException/,
    fix:
      'EC2 (or another AWS API) rejected calls for exceeding the request rate. Karpenter backs off and retries; if it ' +
      'persists, look for other automation calling the same APIs in the account and region, or ask AWS for a higher ' +
      'API rate limit.',
    docs: null
  },
  {
    id: 'capacity-quota',
    category: 'insufficient-capacity',
    title: 'An account quota stopped the launch',
    pattern:
      /VcpuLimitExceeded|VCPULimitExceeded|MaxSpotInstanceCountExceeded|SpotQuotaExceeded|FleetQuotaExceeded|MaxFleetCountExceeded/,
    fix:
      'The AWS account reached a quota (vCPUs per instance family, Spot instances or fleets). Request an increase in ' +
      'Service Quotas, or set NodePool limits so Karpenter stays under it.',
    docs: FAQ
  },
  {
    id: 'capacity-subnet-ips',
    category: 'insufficient-capacity',
    title: 'The selected subnets have no free IP addresses',
    pattern: /InsufficientFreeAddressesInSubnet/,
    fix:
      'The subnets selected by the EC2NodeClass are out of addresses. Add subnets (or a secondary CIDR) tagged for ' +
      'the selector, or use prefix delegation/custom networking to use fewer addresses per node.',
    docs: null
  },
  {
    id: 'insufficient-capacity',
    category: 'insufficient-capacity',
    title: 'EC2 had no capacity for the requested instance types',
    pattern:
      /insufficient capacity|InsufficientInstanceCapacity|UnfulfillableCapacity|ReservationCapacityExceeded|all requested instance types were unavailable/,
    fix:
      'No offering (instance type × zone × capacity type) the NodeClaim allowed had capacity; Karpenter marks such ' +
      'offerings unavailable for about 3 minutes and tries others. Give it room: allow more instance families and ' +
      'sizes and more zones, and both `spot` and `on-demand` in `karpenter.sh/capacity-type` so it can fall back.',
    docs: FAQ
  },
  {
    id: 'no-subnets',
    category: 'no-subnets',
    title: 'No subnet matched the subnet selector',
    pattern: /no subnets|getting subnets|SubnetsNotFound|SubnetSelector did not match/,
    fix:
      'Tag the node subnets with the key/value the selector uses (the guide uses `karpenter.sh/discovery: ' +
      '<cluster-name>`) or fix `subnetSelectorTerms` (`subnetSelector` before v0.32). Check what matches with ' +
      '`aws ec2 describe-subnets --filters Name=tag:karpenter.sh/discovery,Values=<cluster-name>`.',
    docs: TS
  },
  {
    id: 'no-security-groups',
    category: 'no-security-groups',
    title: 'No security group matched the security group selector',
    pattern: /no security groups|getting security groups|SecurityGroupsNotFound|SecurityGroupSelector did not match/,
    fix:
      'Tag the node security group with the key/value the selector uses (the guide uses `karpenter.sh/discovery: ' +
      '<cluster-name>`) or fix `securityGroupSelectorTerms` (`securityGroupSelector` before v0.32). Check with ' +
      '`aws ec2 describe-security-groups --filters Name=tag:karpenter.sh/discovery,Values=<cluster-name>`.',
    docs: TS
  },
  {
    id: 'no-amis',
    category: 'no-amis',
    title: 'The AMI selector resolved no image',
    pattern:
      /no amis exist|failed to discover (?:any )?AMIs|discovering amis from ssm|failed discovering amis|AMINotFound|AMISelector did not match|InvalidAMIID|UnsupportedAlias|specify your Ubuntu AMIs/i,
    fix:
      'The EC2NodeClass `amiSelectorTerms` (alias, ids, tags, owners) or `amiFamily` resolve to no image the ' +
      'controller can use in this region/architecture. Check that the alias version exists, that ids/tags/owners are ' +
      'right, and that the controller may call ssm:GetParameter (aliases) and ec2:DescribeImages.',
    docs: null
  },
  {
    id: 'unauthorized',
    category: 'unauthorized',
    title: 'EC2 refused an action for the controller role (UnauthorizedOperation)',
    pattern: /UnauthorizedOperation|AuthCheckFailed|AMIAuthorizationFailure|Reason: Unauthorized/,
    fix:
      'The controller role may not call an EC2 action (usually CreateFleet/RunInstances/CreateLaunchTemplate). Compare ' +
      'its policy with the getting-started CloudFormation template of your version, check tag conditions, Service ' +
      'Control Policies ("explicit deny") and KMS grants for encrypted EBS volumes; `aws sts ' +
      'decode-authorization-message` shows the denied action. On v1.x, annotate the EC2NodeClass after the fix to ' +
      're-run validation.',
    docs: TS
  },
  {
    id: 'access-denied',
    category: 'access-denied',
    title: 'An AWS API call was denied for the controller role',
    pattern: /AccessDenied|not authorized to perform/,
    fix:
      'Add the denied action (named in the message, e.g. iam:PassRole on the node role, iam:ListInstanceProfiles ' +
      'since v1.7, ssm:GetParameter, pricing:GetProducts) to the controller policy; the upgrade guide lists the ' +
      'permissions each release needs.',
    docs: UPGRADE
  },
  {
    id: 'nodepool-limits',
    category: 'nodepool-limits',
    title: 'NodePool (Provisioner) limits are reached',
    pattern: /exceed (?:provisioner )?limits|exceed limits for|limits have been exhausted/,
    fix:
      'The NodePool `spec.limits` (Provisioner `spec.limits.resources` before v0.32) caps the CPU/memory it may ' +
      'launch, and every candidate instance would pass it. Raise or drop the limit, or let another NodePool take ' +
      'the pods.',
    docs: null
  },
  {
    id: 'unschedulable-pod',
    category: 'unschedulable-pod',
    title: 'Pods fit no NodePool (Provisioner)',
    pattern:
      /could not schedule pod|incompatible with (?:provisioner|nodepool)|no instance type (?:satisfied|met|has)|did not tolerate|incompatible requirements/i,
    fix:
      'No NodePool can take the pod: its requests, node selectors/affinity, topology spread, tolerations or a bound ' +
      "volume's zone exclude every instance type and zone the NodePools offer. The text after each NodePool name says " +
      'why; change the pod spec or widen the NodePool requirements/taints (`kubectl describe pod` shows the same as ' +
      'an event).',
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
    id: 'pricing',
    category: 'other',
    title: 'Pricing data could not be refreshed',
    pattern: /updating (?:on-demand|spot) pricing|pricing data|retreiving pricing|retrieving pricing/,
    fix:
      'The controller could not reach the AWS Price List API and keeps its built-in prices. In VPCs without internet ' +
      'or a pricing endpoint set `settings.isolatedVPC=true` (AWS_ISOLATED_VPC) to stop the lookups.',
    docs: TS
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
  },
  {
    id: 'node-not-initialized',
    category: 'other',
    title: 'A node did not finish initialization (missing extended resource or startup taint)',
    pattern: /Inflight check failed|failed consistency check|didn't register on the node/,
    fix:
      'An expected resource (e.g. `vpc.amazonaws.com/pod-eni`, `nvidia.com/gpu`) never appeared on the node or a ' +
      'startup taint stayed. Enable security groups for pods in the VPC CNI, install the device plugin, or remove the ' +
      'taint from the NodePool.',
    docs: TS
  },
  {
    id: 'nodeclass-not-ready',
    category: 'other',
    title: 'The EC2NodeClass is not ready',
    pattern: /NodeClassRef not ready|NodeClassNotReady|nodeclass status has not been reconciled|resolving cluster CIDR/,
    fix:
      'NodeClaims wait until their EC2NodeClass is Ready. `kubectl get ec2nodeclass -o yaml` shows which condition ' +
      '(SubnetsReady, SecurityGroupsReady, AMIsReady, InstanceProfileReady, ValidationSucceeded) is False and why.',
    docs: null
  },
  {
    id: 'launch-template',
    category: 'other',
    title: 'The instance launch request was invalid',
    pattern:
      /InvalidBlockDeviceMapping|LaunchTemplateNotFound|InvalidLaunchTemplate|UserDataSizeLimitExceeded|InstanceProfileNameInvalid|SecurityGroupSubnetVPCMismatch|InvalidParameter/,
    fix:
      'EC2 rejected the launch parameters Karpenter built from the EC2NodeClass (block device mappings, user data, ' +
      'instance profile, security groups in another VPC). Fix the EC2NodeClass field the error names.',
    docs: TS
  }
]

export function matchRule(text: string, logger: string): ProblemRule | null {
  for (const rule of RULES) {
    if (rule.logger && !rule.logger.test(logger)) continue
    if (rule.pattern.test(text)) return rule
  }
  return null
}

export function isNoise(text: string): boolean {
  for (const re of NOISE) if (re.test(text)) return true
  return false
}

export const PANIC_FIX =
  'The controller crashed. The first line and the top frames of the stack trace say where; `kubectl logs --previous` ' +
  'shows the crashed container. Check whether it repeats (pod restarts) and whether a newer patch release of your ' +
  'minor version fixes it.'

export const OTHER_FIX =
  'No documented cause matches this error. The message names the failing step; check the objects it names ' +
  '(NodePool, EC2NodeClass, NodeClaim) with `kubectl describe` and the controller permissions.'
