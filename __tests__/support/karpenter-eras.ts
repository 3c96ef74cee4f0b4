// Clusters running Karpenter in three eras, for the fake API server. Names, namespaces, labels, CRDs, API versions
// and log lines follow reference/karpenter.md (log lines are the real lines quoted there, with the commit of the
// era's release; values such as pod names are ours).
import type { ContainerLogs, FakeCluster, KubeObject } from './fake-kube-api.js'

export type Era = 'v0.27' | 'v0.33' | 'v1'

/** Secrets planted in logs, events and ConfigMaps; none may reach the evidence folder. */
export const PLANTED = {
  accessKeyId: 'AKIAQX4ZPLANTED7KEYZ',
  secretAccessKey: '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',
  jwt:
    'eyJhbGciOiJSUzI1NiIsImtpZCI6InBsYW50ZWQifQ.' +
    'eyJpc3MiOiJrdWJlcm5ldGVzL3NlcnZpY2VhY2NvdW50Iiwic3ViIjoic3lzdGVtOnNlcnZpY2VhY2NvdW50OmthcnBlbnRlciJ9.' +
    'c2lnbmF0dXJlLXBsYW50ZWQtZm9yLXRlc3Rz',
  bearer: 'plantedBearerToken0123456789abcdef',
  masked: 'masked-Pl4nted-Value-42',
  kubeconfigToken: 'kube-token-Pl4nted-abcdef012345',
  accountId: '123456789012'
} as const

export interface EraInfo {
  era: Era
  namespace: string
  version: string
  chart: string
  appVersion: string
  image: string
  pods: string[]
  leader: string
  /** Kinds `kubectl get karpenter` must list. */
  kinds: string[]
}

export interface EraOptions {
  /** Plant the secrets of PLANTED in logs, events and a ConfigMap. */
  plantSecrets?: boolean
  /** The standby pod's container restarted once (its previous log exists). */
  restartedPod?: boolean
  /** The leader's log is generated to this size instead of the real lines. */
  bigLogBytes?: number
  /** How many Karpenter pods (benchmarks); default 2. */
  podCount?: number
}

const CREATED = '2024-06-05T19:00:00Z'

function meta(name: string, namespace?: string, labels?: Record<string, string>): KubeObject['metadata'] {
  return { name, ...(namespace ? { namespace } : {}), ...(labels ? { labels } : {}), creationTimestamp: CREATED }
}

function crd(
  group: string,
  plural: string,
  kind: string,
  versions: string[],
  opts: { conversion?: boolean; shortNames?: string[] } = {}
): KubeObject {
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: meta(`${plural}.${group}`),
    spec: {
      group,
      names: {
        plural,
        singular: kind.toLowerCase(),
        kind,
        listKind: `${kind}List`,
        categories: ['karpenter'],
        ...(opts.shortNames ? { shortNames: opts.shortNames } : {})
      },
      scope: 'Cluster',
      versions: versions.map((v, i) => ({
        name: v,
        served: true,
        storage: i === 0,
        schema: { openAPIV3Schema: { type: 'object' } }
      })),
      ...(opts.conversion
        ? {
            conversion: {
              strategy: 'Webhook',
              webhook: {
                clientConfig: { service: { name: 'karpenter', namespace: 'kube-system', port: 8443 } },
                conversionReviewVersions: ['v1beta1', 'v1']
              }
            }
          }
        : { conversion: { strategy: 'None' } })
    }
  }
}

const ERAS: Record<Era, Omit<EraInfo, 'pods' | 'leader'> & { podHash: string; commit: string; nodeLabel: string }> = {
  'v0.27': {
    era: 'v0.27',
    namespace: 'karpenter',
    version: '0.27.0',
    chart: 'karpenter-v0.27.0',
    appVersion: '0.27.0',
    image: 'public.ecr.aws/karpenter/controller:v0.27.0@sha256:' + 'a'.repeat(64),
    kinds: ['Provisioner', 'AWSNodeTemplate'],
    podHash: '5d7f4b6c8d',
    commit: 'dc3af1a',
    nodeLabel: 'karpenter.sh/provisioner-name'
  },
  'v0.33': {
    era: 'v0.33',
    namespace: 'kube-system',
    version: '0.33.2',
    chart: 'karpenter-v0.33.2',
    appVersion: '0.33.2',
    image: 'public.ecr.aws/karpenter/controller:v0.33.2@sha256:' + 'b'.repeat(64),
    kinds: ['NodePool', 'NodeClaim', 'EC2NodeClass'],
    podHash: '6c9d8f7b5a',
    commit: '8fb62bf',
    nodeLabel: 'karpenter.sh/nodepool'
  },
  v1: {
    era: 'v1',
    namespace: 'kube-system',
    version: '1.0.5',
    chart: 'karpenter-1.0.5',
    appVersion: '1.0.5',
    image: 'public.ecr.aws/karpenter/controller:1.0.5@sha256:' + 'c'.repeat(64),
    kinds: ['NodePool', 'NodeClaim', 'EC2NodeClass'],
    podHash: '7b4c8f6d9',
    commit: '652e6aa',
    nodeLabel: 'karpenter.sh/nodepool'
  }
}

const TAB = '\t'

function leaderLog(era: Era, ns: string): string {
  switch (era) {
    case 'v0.27':
      return [
        `2024-03-26T08:08:12.562Z${TAB}DEBUG${TAB}Successfully created the logger.`,
        `2024-03-26T08:08:12.563Z${TAB}DEBUG${TAB}controller.aws${TAB}discovered version${TAB}{"commit": "dc3af1a", "version": "v0.27.0"}`,
        `2024-03-26T08:08:15.100Z${TAB}INFO${TAB}controller${TAB}successfully acquired lease ${ns}/karpenter-leader-election${TAB}{"commit": "dc3af1a"}`,
        `2024-03-26T08:10:45.180Z${TAB}INFO${TAB}controller.provisioner${TAB}found provisionable pod(s)${TAB}{"commit": "dc3af1a", "pods": 1}`,
        `2024-03-26T08:10:45.180Z${TAB}INFO${TAB}controller.provisioner${TAB}computed new node(s) to fit pod(s)${TAB}{"commit": "dc3af1a", "nodes": 1, "pods": 1}`,
        `2024-03-26T08:10:45.181Z${TAB}INFO${TAB}controller.provisioner${TAB}launching node with 1 pods requesting {"cpu":"1155m","memory":"120Mi","pods":"5"} from types c6a.large, m5.large and 12 other(s)${TAB}{"commit": "dc3af1a", "provisioner": "default"}`,
        `2024-03-26T08:10:47.644Z${TAB}INFO${TAB}controller.provisioner.cloudprovider${TAB}launched new instance${TAB}{"commit": "dc3af1a", "provisioner": "default", "id": "i-0e9db85152cbdb3bd", "hostname": "ip-192-168-27-76.us-west-2.compute.internal", "instance-type": "c6a.large", "zone": "us-west-2b", "capacity-type": "on-demand"}`
      ].join('\n')
    case 'v0.33':
      return [
        `{"level":"INFO","time":"2024-02-15T15:30:00.100Z","logger":"controller","message":"successfully acquired lease ${ns}/karpenter-leader-election","commit":"8fb62bf"}`,
        '{"level":"INFO","time":"2024-02-15T15:40:28.291Z","logger":"controller.provisioner","message":"found provisionable pod(s)","commit":"8fb62bf","pods":"default/inflate-68d745b4d7-pfptx","duration":"13.390368ms"}',
        '{"level":"INFO","time":"2024-02-15T15:40:28.300Z","logger":"controller.provisioner","message":"created nodeclaim","commit":"8fb62bf","nodepool":"default","nodeclaim":"default-mf7bc","requests":{"cpu":"1155m","memory":"120Mi","pods":"5"},"instance-types":"c5.large, c5.xlarge, m5.large and 45 other(s)"}',
        '{"level":"INFO","time":"2024-02-15T15:40:31.059Z","logger":"controller.nodeclaim.lifecycle","message":"launched nodeclaim","commit":"8fb62bf","nodeclaim":"default-mf7bc","provider-id":"aws:///us-east-2a/i-0241bcb873a590746","instance-type":"c5.large","zone":"us-east-2a","capacity-type":"spot","allocatable":{"cpu":"1930m","ephemeral-storage":"17Gi","memory":"3114Mi","pods":"29"}}',
        '{"level":"INFO","time":"2024-02-15T15:41:54.109Z","logger":"controller.nodeclaim.lifecycle","message":"initialized nodeclaim","commit":"8fb62bf","nodeclaim":"default-mf7bc","provider-id":"aws:///us-east-2a/i-0241bcb873a590746","node":"ip-10-156-106-121.us-east-2.compute.internal"}',
        '{"level":"INFO","time":"2024-02-15T15:42:00.476Z","logger":"controller.disruption","message":"disrupting via consolidation delete, terminating 1 candidates ip-10-156-106-121.us-east-2.compute.internal/r5a.xlarge/spot","commit":"8fb62bf"}'
      ].join('\n')
    case 'v1':
      return [
        '{"level":"INFO","time":"2024-10-04T08:17:02.663Z","logger":"controller","message":"Starting workers","commit":"652e6aa","controller":"nodepool.hash","controllerGroup":"karpenter.sh","controllerKind":"NodePool","worker count":10}',
        `{"level":"INFO","time":"2024-10-04T08:17:03.100Z","logger":"controller","message":"successfully acquired lease ${ns}/karpenter-leader-election","commit":"652e6aa"}`,
        '{"level":"INFO","time":"2024-10-04T08:23:21.354Z","logger":"controller","message":"created nodeclaim","commit":"652e6aa","controller":"provisioner","namespace":"","name":"","reconcileID":"58031f10-6a0b-4f3e-9b8f-1c2d3e4f5a6b","NodePool":{"name":"default"},"NodeClaim":{"name":"default-qf4tc"},"requests":{"cpu":"850m","memory":"500M","pods":"4"},"instance-types":"c3.large, c4.large, c4.xlarge, c5.large, c5a.large and 55 other(s)"}',
        '{"level":"INFO","time":"2024-10-04T08:23:23.670Z","logger":"controller","message":"launched nodeclaim","commit":"652e6aa","controller":"nodeclaim.lifecycle","controllerGroup":"karpenter.sh","controllerKind":"NodeClaim","NodeClaim":{"name":"default-qf4tc"},"namespace":"","name":"default-qf4tc","reconcileID":"672ab9c9-1a2b-4c3d-8e9f-0a1b2c3d4e5f","provider-id":"aws:///eu-west-1c/i-01c5177e8d5d89ca8","instance-type":"c7a.medium","zone":"eu-west-1c","capacity-type":"spot","allocatable":{"cpu":"940m","ephemeral-storage":"17Gi","memory":"1451Mi","pods":"8","vpc.amazonaws.com/pod-eni":"4"}}',
        '{"level":"INFO","time":"2024-10-04T08:23:36.540Z","logger":"controller","message":"found provisionable pod(s)","commit":"652e6aa","controller":"provisioner","namespace":"","name":"","reconcileID":"c13956b6-2b3c-4d5e-9f0a-1b2c3d4e5f60","Pods":"web-renderer/main-759695cfff-sf8l6, web-renderer/main-759695cfff-5kbmg","duration":"60.618806ms"}'
      ].join('\n')
  }
}

function standbyLog(era: Era, ns: string): string {
  if (era === 'v0.27') {
    return `2024-03-26T08:08:14.000Z${TAB}INFO${TAB}controller${TAB}attempting to acquire leader lease ${ns}/karpenter-leader-election...${TAB}{"commit": "dc3af1a"}`
  }
  const commit = ERAS[era].commit
  return `{"level":"INFO","time":"2024-10-04T08:17:02.000Z","logger":"controller","message":"attempting to acquire leader lease ${ns}/karpenter-leader-election...","commit":"${commit}"}`
}

function previousLog(era: Era, ns: string): string {
  if (era === 'v0.27') {
    return `2024-03-26T07:58:09.522Z${TAB}ERROR${TAB}controller${TAB}error retrieving resource lock ${ns}/karpenter-leader-election: context deadline exceeded${TAB}{"commit": "dc3af1a"}`
  }
  const commit = ERAS[era].commit
  return [
    `{"level":"ERROR","time":"2024-10-04T08:10:35.638Z","logger":"controller","message":"error retrieving resource lock ${ns}/karpenter-leader-election: context deadline exceeded","commit":"${commit}"}`,
    `{"level":"INFO","time":"2024-10-04T08:10:35.700Z","logger":"controller","message":"failed to renew lease ${ns}/karpenter-leader-election: timed out waiting for the condition","commit":"${commit}"}`
  ].join('\n')
}

function plantedLogLines(era: Era): string {
  const p = PLANTED
  const lines = [
    `aws sdk debug: using credentials access_key_id=${p.accessKeyId} aws_secret_access_key=${p.secretAccessKey}`,
    `webhook request header Authorization: Bearer ${p.bearer}`,
    `projected service account token ${p.jwt}`,
    `value from a masked step output: ${p.masked}`,
    `kubeconfig token echoed by a debug print: ${p.kubeconfigToken}`,
    `assuming role arn:aws:iam::${p.accountId}:role/KarpenterControllerRole-demo`
  ]
  if (era === 'v0.27')
    return lines
      .map((l) => `2024-03-26T08:11:00.000Z${TAB}DEBUG${TAB}controller.aws${TAB}${l}${TAB}{"commit": "dc3af1a"}`)
      .join('\n')
  return lines
    .map((l) =>
      JSON.stringify({
        level: 'DEBUG',
        time: '2024-10-04T08:24:00.000Z',
        logger: 'controller',
        message: l,
        commit: ERAS[era].commit
      })
    )
    .join('\n')
}

export function eraInfo(era: Era, options: EraOptions = {}): EraInfo {
  const e = ERAS[era]
  const count = options.podCount ?? 2
  const suffixes = [
    '2xkqz',
    'h9vlp',
    'm4r7t',
    'p8w2c',
    'q5n6d',
    'r3j9k',
    's7b4f',
    't2x8g',
    'v6c1h',
    'w9z5j',
    'x4m7l',
    'z8q2n'
  ]
  const pods = Array.from(
    { length: count },
    (_, i) => `karpenter-${e.podHash}-${suffixes[i % suffixes.length]}${i >= suffixes.length ? i : ''}`
  )
  return {
    era,
    namespace: e.namespace,
    version: e.version,
    chart: e.chart,
    appVersion: e.appVersion,
    image: e.image,
    kinds: e.kinds,
    pods,
    leader: pods[0]
  }
}

export function eraCluster(era: Era, options: EraOptions = {}): FakeCluster {
  const e = ERAS[era]
  const info = eraInfo(era, options)
  const ns = info.namespace
  const labels = { 'app.kubernetes.io/name': 'karpenter', 'app.kubernetes.io/instance': 'karpenter' }
  const objects: KubeObject[] = []
  const logs: Record<string, ContainerLogs> = {}

  objects.push({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: meta('karpenter', ns, {
      ...labels,
      'app.kubernetes.io/version': e.version,
      'app.kubernetes.io/managed-by': 'Helm'
    }),
    spec: {
      replicas: info.pods.length,
      selector: { matchLabels: labels },
      template: { metadata: { labels }, spec: { containers: [{ name: 'controller', image: e.image }] } }
    },
    status: { replicas: info.pods.length, readyReplicas: info.pods.length, availableReplicas: info.pods.length }
  })
  info.pods.forEach((pod, i) => {
    const restarted = options.restartedPod === true && i === 1
    objects.push({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { ...meta(pod, ns, { ...labels, 'pod-template-hash': e.podHash }) },
      spec: {
        nodeName: `ip-192-168-10-${10 + i}.us-west-2.compute.internal`,
        serviceAccountName: 'karpenter',
        containers: [
          {
            name: 'controller',
            image: e.image,
            env: [
              { name: 'KUBERNETES_MIN_VERSION', value: '1.19.0-0' },
              { name: 'CLUSTER_NAME', value: 'demo' }
            ]
          }
        ]
      },
      status: {
        phase: 'Running',
        podIP: `192.168.10.${100 + i}`,
        containerStatuses: [
          {
            name: 'controller',
            ready: true,
            restartCount: restarted ? 1 : 0,
            image: e.image,
            ...(restarted
              ? { lastState: { terminated: { exitCode: 1, reason: 'Error', finishedAt: '2024-10-04T08:10:36Z' } } }
              : {})
          }
        ]
      }
    })
    const key = `${ns}/${pod}/controller`
    if (i === 0) {
      const base = leaderLog(era, ns)
      logs[key] = {
        current: options.bigLogBytes
          ? { repeatLine: base.split('\n').slice(-1)[0], bytes: options.bigLogBytes }
          : options.plantSecrets
            ? `${base}\n${plantedLogLines(era)}`
            : base
      }
    } else {
      logs[key] = { current: standbyLog(era, ns), ...(restarted ? { previous: previousLog(era, ns) } : {}) }
    }
  })
  objects.push({
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: meta('karpenter-leader-election', ns),
    spec: {
      holderIdentity: `${info.leader}_3f2e1d0c-b9a8-4765-8432-10fedcba9876`,
      leaseDurationSeconds: 15,
      leaseTransitions: 2
    }
  })

  // Karpenter's CRDs and objects of the era.
  if (era === 'v0.27') {
    objects.push(
      crd('karpenter.sh', 'provisioners', 'Provisioner', ['v1alpha5']),
      crd('karpenter.k8s.aws', 'awsnodetemplates', 'AWSNodeTemplate', ['v1alpha1']),
      {
        apiVersion: 'karpenter.sh/v1alpha5',
        kind: 'Provisioner',
        metadata: meta('default'),
        spec: {
          requirements: [{ key: 'karpenter.sh/capacity-type', operator: 'In', values: ['spot'] }],
          limits: { resources: { cpu: 1000 } },
          providerRef: { name: 'default' },
          ttlSecondsAfterEmpty: 30
        }
      },
      {
        apiVersion: 'karpenter.k8s.aws/v1alpha1',
        kind: 'AWSNodeTemplate',
        metadata: meta('default'),
        spec: {
          subnetSelector: { 'karpenter.sh/discovery': 'demo' },
          securityGroupSelector: { 'karpenter.sh/discovery': 'demo' }
        }
      }
    )
  } else {
    const v = era === 'v1' ? 'v1' : 'v1beta1'
    const versions = era === 'v1' ? ['v1', 'v1beta1'] : ['v1beta1']
    objects.push(
      crd('karpenter.sh', 'nodepools', 'NodePool', versions, { conversion: era === 'v1' }),
      crd('karpenter.sh', 'nodeclaims', 'NodeClaim', versions, { conversion: era === 'v1' }),
      crd('karpenter.k8s.aws', 'ec2nodeclasses', 'EC2NodeClass', versions, {
        conversion: era === 'v1',
        shortNames: ['ec2nc', 'ec2ncs']
      }),
      {
        apiVersion: `karpenter.sh/${v}`,
        kind: 'NodePool',
        metadata: meta('default'),
        spec: {
          template: {
            spec: {
              requirements: [{ key: 'karpenter.sh/capacity-type', operator: 'In', values: ['spot', 'on-demand'] }],
              nodeClassRef:
                era === 'v1'
                  ? { group: 'karpenter.k8s.aws', kind: 'EC2NodeClass', name: 'default' }
                  : { name: 'default' }
            }
          },
          limits: { cpu: 1000 }
        }
      },
      {
        apiVersion: `karpenter.sh/${v}`,
        kind: 'NodeClaim',
        metadata: meta(era === 'v1' ? 'default-qf4tc' : 'default-mf7bc', undefined, {
          'karpenter.sh/nodepool': 'default'
        }),
        spec: { nodeClassRef: { name: 'default' } },
        status: {
          providerID: era === 'v1' ? 'aws:///eu-west-1c/i-01c5177e8d5d89ca8' : 'aws:///us-east-2a/i-0241bcb873a590746',
          conditions: [
            { type: 'Launched', status: 'True', reason: 'Launched' },
            { type: 'Registered', status: 'True', reason: 'Registered' },
            { type: 'Initialized', status: 'True', reason: 'Initialized' }
          ]
        }
      },
      {
        apiVersion: `karpenter.k8s.aws/${v}`,
        kind: 'EC2NodeClass',
        metadata: meta('default'),
        spec: {
          amiFamily: 'AL2',
          role: 'KarpenterNodeRole-demo',
          subnetSelectorTerms: [{ tags: { 'karpenter.sh/discovery': 'demo' } }],
          securityGroupSelectorTerms: [{ tags: { 'karpenter.sh/discovery': 'demo' } }]
        },
        status: {
          instanceProfile: 'demo_1234567890',
          conditions: era === 'v1' ? [{ type: 'Ready', status: 'True', reason: 'Ready' }] : []
        }
      }
    )
  }
  // Webhook configurations: v0.19–v0.32 charts ship admission webhooks; 0.33.0 disabled them; v1.1+ has none.
  if (era === 'v0.27') {
    for (const name of [
      'validation.webhook.karpenter.sh',
      'validation.webhook.config.karpenter.sh',
      'validation.webhook.karpenter.k8s.aws'
    ]) {
      objects.push({
        apiVersion: 'admissionregistration.k8s.io/v1',
        kind: 'ValidatingWebhookConfiguration',
        metadata: meta(name, undefined, labels),
        webhooks: [{ name, clientConfig: { service: { name: 'karpenter', namespace: ns, port: 443 } } }]
      })
    }
    for (const name of ['defaulting.webhook.karpenter.sh', 'defaulting.webhook.karpenter.k8s.aws']) {
      objects.push({
        apiVersion: 'admissionregistration.k8s.io/v1',
        kind: 'MutatingWebhookConfiguration',
        metadata: meta(name, undefined, labels),
        webhooks: [{ name, clientConfig: { service: { name: 'karpenter', namespace: ns, port: 443 } } }]
      })
    }
  }
  // Someone else's webhook, which must not be collected.
  objects.push({
    apiVersion: 'admissionregistration.k8s.io/v1',
    kind: 'MutatingWebhookConfiguration',
    metadata: meta('aws-load-balancer-webhook'),
    webhooks: []
  })
  // ConfigMaps: config-logging and karpenter-global-settings up to v0.32.
  if (era === 'v0.27') {
    objects.push(
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: meta('config-logging', ns, labels),
        data: {
          'zap-logger-config': '{"level": "debug", "development": false, "encoding": "console"}',
          'loglevel.webhook': 'error'
        }
      },
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: meta('karpenter-global-settings', ns, labels),
        data: {
          'aws.clusterName': 'demo',
          'aws.defaultInstanceProfile': 'KarpenterNodeInstanceProfile-demo',
          'aws.interruptionQueueName': 'demo'
        }
      }
    )
  }
  // A ConfigMap that is not Karpenter's, and a Secret that is (neither may be collected).
  objects.push(
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta('coredns', 'kube-system'), data: { Corefile: '.:53 {}' } },
    {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: meta('karpenter-cert', ns, labels),
      data: { 'tls.key': Buffer.from('not for artifacts').toString('base64') }
    }
  )
  if (options.plantSecrets) {
    objects.push({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: meta('karpenter-debug-settings', ns, labels),
      data: {
        AWS_ACCESS_KEY_ID: PLANTED.accessKeyId,
        credentials: `[default]\naws_access_key_id = ${PLANTED.accessKeyId}\naws_secret_access_key = ${PLANTED.secretAccessKey}\n`,
        'webhook-auth': `Bearer ${PLANTED.bearer}`,
        token: PLANTED.jwt,
        note: `deploy key ${PLANTED.masked}`
      }
    })
  }

  // Nodes: two launched by Karpenter, one from the managed node group.
  const node = (name: string, extra: Record<string, string>): KubeObject => ({
    apiVersion: 'v1',
    kind: 'Node',
    metadata: meta(name, undefined, {
      'kubernetes.io/hostname': name,
      'node.kubernetes.io/instance-type': 'c6a.large',
      ...extra
    }),
    status: {
      conditions: [{ type: 'Ready', status: 'True', reason: 'KubeletReady', lastTransitionTime: CREATED }],
      nodeInfo: { kubeletVersion: 'v1.30.4-eks-a737599' }
    }
  })
  objects.push(
    node('ip-192-168-10-10.us-west-2.compute.internal', { 'eks.amazonaws.com/nodegroup': 'demo-ng' }),
    node('ip-192-168-27-76.us-west-2.compute.internal', {
      [e.nodeLabel]: 'default',
      'karpenter.sh/capacity-type': 'spot'
    })
  )

  // Events: in the namespace, and from karpenter elsewhere.
  let n = 0
  const event = (
    namespace: string,
    involved: { kind: string; name: string; namespace?: string },
    reason: string,
    message: string,
    component: string,
    type = 'Normal'
  ): KubeObject => ({
    apiVersion: 'v1',
    kind: 'Event',
    metadata: meta(`${involved.name}.17c${(n++).toString(16).padStart(13, '0')}`, namespace),
    involvedObject: { apiVersion: 'v1', ...involved },
    reason,
    message,
    type,
    source: { component },
    firstTimestamp: CREATED,
    lastTimestamp: CREATED,
    count: 1
  })
  objects.push(
    event(
      ns,
      { kind: 'Pod', name: info.leader, namespace: ns },
      'Scheduled',
      `Successfully assigned ${ns}/${info.leader} to ip-192-168-10-10.us-west-2.compute.internal`,
      'default-scheduler'
    ),
    event(
      ns,
      { kind: 'Lease', name: 'karpenter-leader-election', namespace: ns },
      'LeaderElection',
      `${info.leader}_3f2e1d0c became leader`,
      'karpenter'
    ),
    event(
      'default',
      { kind: 'Pod', name: 'inflate-68d745b4d7-pfptx', namespace: 'default' },
      'Nominated',
      'Pod should schedule on: nodeclaim/default-qf4tc',
      'karpenter'
    ),
    event(
      'default',
      { kind: 'Pod', name: 'web-1', namespace: 'default' },
      'FailedScheduling',
      '0/3 nodes are available: 3 Insufficient cpu.',
      'default-scheduler',
      'Warning'
    )
  )
  if (options.plantSecrets) {
    objects.push(
      event(
        'default',
        { kind: 'Pod', name: 'inflate-68d745b4d7-pfptx', namespace: 'default' },
        'FailedLaunch',
        `launch failed with key ${PLANTED.accessKeyId} and header Authorization: Bearer ${PLANTED.bearer}`,
        'karpenter',
        'Warning'
      ),
      event(
        ns,
        { kind: 'Pod', name: info.leader, namespace: ns },
        'Debug',
        `token ${PLANTED.jwt} value ${PLANTED.masked}`,
        'kubelet',
        'Warning'
      )
    )
  }
  return { objects, logs }
}

/** What `helm ls -A -o json` prints for the era (the karpenter chart, karpenter-crd for v1, another release). */
export function helmReleases(era: Era): object[] {
  const info = eraInfo(era)
  const releases: object[] = [
    {
      name: 'karpenter',
      namespace: info.namespace,
      revision: '1',
      updated: '2024-10-04 08:16:01.123456789 +0000 UTC',
      status: 'deployed',
      chart: info.chart,
      app_version: info.appVersion
    },
    {
      name: 'metrics-server',
      namespace: 'kube-system',
      revision: '3',
      updated: '2024-10-01 10:00:00.000000000 +0000 UTC',
      status: 'deployed',
      chart: 'metrics-server-3.12.1',
      app_version: '0.7.1'
    }
  ]
  if (era === 'v1') {
    releases.push({
      name: 'karpenter-crd',
      namespace: info.namespace,
      revision: '1',
      updated: '2024-10-04 08:15:30.000000000 +0000 UTC',
      status: 'deployed',
      chart: 'karpenter-crd-1.0.5',
      app_version: '1.0.5'
    })
  }
  return releases
}
