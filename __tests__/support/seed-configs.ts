// Seed ClusterConfigs the validation tests share.

/** The Karpenter v0.27 getting-started ClusterConfig, verbatim (reference/karpenter.md §5.2 (a)). */
export const karpenterV027 = `---
apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: \${CLUSTER_NAME}
  region: \${AWS_DEFAULT_REGION}
  version: "1.24"
  tags:
    karpenter.sh/discovery: \${CLUSTER_NAME}

iam:
  withOIDC: true
  serviceAccounts:
  - metadata:
      name: karpenter
      namespace: karpenter
    roleName: \${CLUSTER_NAME}-karpenter
    attachPolicyARNs:
    - arn:aws:iam::\${AWS_ACCOUNT_ID}:policy/KarpenterControllerPolicy-\${CLUSTER_NAME}
    roleOnly: true

iamIdentityMappings:
- arn: "arn:aws:iam::\${AWS_ACCOUNT_ID}:role/KarpenterNodeRole-\${CLUSTER_NAME}"
  username: system:node:{{EC2PrivateDNSName}}
  groups:
  - system:bootstrappers
  - system:nodes

managedNodeGroups:
- instanceType: m5.large
  amiFamily: AmazonLinux2
  name: \${CLUSTER_NAME}-ng
  desiredCapacity: 2
  minSize: 1
  maxSize: 10

## Optionally run on fargate
# fargateProfiles:
# - name: karpenter
#  selectors:
#  - namespace: karpenter
`

export const karpenterEnv = { CLUSTER_NAME: 'demo', AWS_DEFAULT_REGION: 'us-west-2', AWS_ACCOUNT_ID: '111122223333' }
