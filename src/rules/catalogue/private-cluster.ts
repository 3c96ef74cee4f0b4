// Private API access: the VPC endpoints a fully-private cluster may add (`privateCluster.additionalEndpointServices`)
// and the warning for a cluster whose Kubernetes API is reachable only from inside the VPC.
import { asArray, asObject, goQuote, isTrue, pointer } from '../context.js'
import type { RuleDefinition } from '../types.js'
import { controlPlaneOnOutposts, fullyPrivate } from './shared.js'

/**
 * The endpoint services eksctl marks optional (the only ones `additionalEndpointServices` accepts). The list is the
 * same in every release that has the field (0.24.0 on): cloudformation, autoscaling and logs.
 */
const OPTIONAL_ENDPOINT_SERVICES = ['cloudformation', 'autoscaling', 'logs']

const PRIVATE_ONLY_WARNINGS = [
  'warning, having public access disallowed will subsequently interfere with some features of eksctl. This will require running subsequent eksctl (and Kubernetes) commands/API calls from within the VPC.  Running these in the VPC requires making updates to some AWS resources.  See: https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html for more details',
  'warning, having public access disallowed will subsequently interfere with some features of eksctl. This will require running subsequent eksctl (and Kubernetes) commands/API calls from within the VPC.  Running these in the VPC requires making updates to some AWS resources.  See: https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html#private-access for more details'
]

export const privateClusterRules: RuleDefinition[] = [
  {
    id: 'private-cluster-endpoint-services',
    group: 'vpc',
    summary:
      'In a fully-private cluster, `privateCluster.additionalEndpointServices` lists only `cloudformation`, `autoscaling` or `logs`, each once.',
    severity: 'error',
    // errors.Wrap before 0.127.0: the same text
    eksctlMessages: [
      'invalid value in privateCluster.additionalEndpointServices: %w',
      'invalid value in privateCluster.additionalEndpointServices'
    ],
    eksctlParts: ['unsupported endpoint service %q', 'found duplicate endpoint service: %q'],
    example: 'privateCluster: {enabled: true, additionalEndpointServices: [ssm]}',
    check(ctx) {
      const pc = asObject(ctx.data.privateCluster)
      if (!pc || !isTrue(pc.enabled) || isTrue(pc.skipEndpointCreation)) return
      const services = asArray(pc.additionalEndpointServices)
      const seen = new Set<unknown>()
      for (let i = 0; i < services.length; i++) {
        const path = pointer('privateCluster', 'additionalEndpointServices', i)
        if (ctx.isPlaceholder(path)) return
        const service = services[i]
        if (typeof service !== 'string' || !OPTIONAL_ENDPOINT_SERVICES.includes(service)) {
          ctx.report(
            path,
            `invalid value in privateCluster.additionalEndpointServices: unsupported endpoint service ${goQuote(service)}`,
            `eksctl always creates the required endpoints; the optional ones are ${OPTIONAL_ENDPOINT_SERVICES.join(', ')} (lower case).`
          )
          return
        }
        if (seen.has(service)) {
          ctx.report(
            path,
            `invalid value in privateCluster.additionalEndpointServices: found duplicate endpoint service: ${goQuote(service)}`,
            'list each service once.'
          )
          return
        }
        seen.add(service)
      }
    }
  },
  {
    id: 'private-endpoint-only-warning',
    group: 'vpc',
    summary:
      'Warns when `vpc.clusterEndpoints` turns public access off and private access on: later eksctl and kubectl calls must then run from inside the VPC.',
    severity: 'warning',
    eksctlMessages: PRIVATE_ONLY_WARNINGS,
    example: 'vpc: {clusterEndpoints: {publicAccess: false, privateAccess: true}}',
    check(ctx) {
      const ep = asObject(asObject(ctx.data.vpc)?.clusterEndpoints)
      // a fully-private cluster gets both endpoints switched on while it is created; Outposts has its own rules
      if (!ep || fullyPrivate(ctx.data) || controlPlaneOnOutposts(ctx.data)) return
      // defaults: public access on, private access off
      if (ep.publicAccess !== false || !isTrue(ep.privateAccess)) return
      const text = ctx.wording(...PRIVATE_ONLY_WARNINGS)
      if (!text) return
      ctx.report(
        '/vpc/clusterEndpoints/publicAccess',
        text,
        'run eksctl, kubectl and CI jobs from a host inside the VPC (or through a VPN), or keep `publicAccess: true` and restrict it with `vpc.publicAccessCIDRs`.'
      )
    }
  }
]
