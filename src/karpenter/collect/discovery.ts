// Finding Karpenter: which namespace it runs in, its Deployment and pod selector, and its version.
// Pure functions over what `helm ls -A -o json` and `kubectl get deployments -A -o yaml` printed.
import { parse, parseAllDocuments } from 'yaml'

export interface HelmRelease {
  name: string
  namespace: string
  revision: string
  status: string
  chart: string
  app_version: string
  updated?: string
}

export interface KarpenterVersionInfo {
  /** Best single answer: the helm app version, else the controller image tag. */
  version: string | null
  chartVersion: string | null
  appVersion: string | null
  image: string | null
  imageTag: string | null
  source: 'helm' | 'image' | null
}

export interface DeploymentFacts {
  name: string
  namespace: string
  /** Label selector of its pods, as `k=v,k2=v2`. */
  selector: string
  image: string | null
}

export type NamespaceSource = 'input' | 'helm' | 'deployment'

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null)

export const DEFAULT_POD_SELECTOR = 'app.kubernetes.io/name=karpenter'

/** Releases printed by `helm ls -A -o json`; throws on output that is not that shape. */
export function parseHelmReleases(json: string): HelmRelease[] {
  const data: unknown = JSON.parse(json === '' ? '[]' : json)
  if (!Array.isArray(data)) throw new Error('helm ls output is not a JSON array')
  return data.filter(isObj).map((r) => ({
    name: String(r.name ?? ''),
    namespace: String(r.namespace ?? ''),
    revision: String(r.revision ?? ''),
    status: String(r.status ?? ''),
    chart: String(r.chart ?? ''),
    app_version: String(r.app_version ?? ''),
    updated: r.updated === undefined ? undefined : String(r.updated)
  }))
}

/** The chart version when `chart` (helm's `<name>-<version>`) is the karpenter chart (not karpenter-crd). */
export function karpenterChartVersion(chart: string): string | null {
  const match = /^karpenter-(v?\d+\.\d+\.\d+\S*)$/.exec(chart)
  return match ? match[1] : null
}

export function karpenterReleases(releases: HelmRelease[]): HelmRelease[] {
  return releases.filter((r) => karpenterChartVersion(r.chart) !== null)
}

/** Releases of the karpenter and karpenter-crd charts (both worth `helm get values` / `helm history`). */
export function karpenterRelatedReleases(releases: HelmRelease[]): HelmRelease[] {
  return releases.filter((r) => karpenterChartVersion(r.chart) !== null || /^karpenter-crd-v?\d/.test(r.chart))
}

function selectorOf(deployment: Obj): string {
  const spec = isObj(deployment.spec) ? deployment.spec : {}
  const selector = isObj(spec.selector) ? spec.selector : {}
  const labels = isObj(selector.matchLabels) ? selector.matchLabels : {}
  const parts = Object.entries(labels)
    .filter(([, v]) => typeof v === 'string')
    .map(([k, v]) => `${k}=${v as string}`)
  return parts.length > 0 ? parts.sort().join(',') : DEFAULT_POD_SELECTOR
}

function controllerImage(deployment: Obj): string | null {
  const spec = isObj(deployment.spec) ? deployment.spec : {}
  const template = isObj(spec.template) ? spec.template : {}
  const podSpec = isObj(template.spec) ? template.spec : {}
  const containers = Array.isArray(podSpec.containers) ? podSpec.containers.filter(isObj) : []
  const chosen = containers.find((c) => c.name === 'controller') ?? containers[0]
  return chosen ? str(chosen.image) : null
}

/** Deployments in a `kubectl get deployments -o yaml` List (or a single object). */
export function parseDeployments(yamlText: string): DeploymentFacts[] {
  const doc: unknown = parse(yamlText)
  const items = isObj(doc) && Array.isArray(doc.items) ? doc.items : isObj(doc) ? [doc] : []
  const out: DeploymentFacts[] = []
  for (const item of items) {
    if (!isObj(item) || !isObj(item.metadata)) continue
    const name = str(item.metadata.name)
    const namespace = str(item.metadata.namespace)
    if (!name || !namespace) continue
    out.push({ name, namespace, selector: selectorOf(item), image: controllerImage(item) })
  }
  return out.sort((a, b) => `${a.namespace}/${a.name}`.localeCompare(`${b.namespace}/${b.name}`))
}

/** The tag of an image reference (`repo/x:tag@sha256:…` → `tag`), or null when it has none. */
export function imageTag(image: string): string | null {
  const withoutDigest = image.split('@')[0]
  const lastSlash = withoutDigest.lastIndexOf('/')
  const colon = withoutDigest.indexOf(':', lastSlash + 1)
  return colon === -1 ? null : withoutDigest.slice(colon + 1) || null
}

export interface NamespaceDecision {
  namespace: string | null
  source: NamespaceSource | null
  release: HelmRelease | null
  deployment: DeploymentFacts | null
  /** Things the user should know (several installs found, …). */
  notes: string[]
}

export function decideNamespace(
  input: string | undefined,
  releases: HelmRelease[],
  deployments: DeploymentFacts[]
): NamespaceDecision {
  const notes: string[] = []
  const charts = karpenterReleases(releases)
  const preferred = charts.find((r) => r.status === 'deployed') ?? charts[0] ?? null
  let namespace: string | null = null
  let source: NamespaceSource | null = null
  if (input) {
    namespace = input
    source = 'input'
  } else if (preferred) {
    namespace = preferred.namespace
    source = 'helm'
  } else if (deployments.length > 0) {
    namespace = deployments[0].namespace
    source = 'deployment'
  }
  const namespaces = new Set([...charts.map((r) => r.namespace), ...deployments.map((d) => d.namespace)])
  if (namespaces.size > 1) {
    notes.push(`Karpenter found in several namespaces (${[...namespaces].sort().join(', ')}); collected ${namespace}`)
  }
  const release = charts.find((r) => r.namespace === namespace) ?? null
  const deployment =
    deployments.find((d) => d.namespace === namespace && release !== null && d.name.includes(release.name)) ??
    deployments.find((d) => d.namespace === namespace) ??
    null
  return { namespace, source, release, deployment, notes }
}

export function versionInfo(release: HelmRelease | null, deployment: DeploymentFacts | null): KarpenterVersionInfo {
  const chartVersion = release ? karpenterChartVersion(release.chart) : null
  const appVersion = release && release.app_version !== '' ? release.app_version : null
  const image = deployment?.image ?? null
  const tag = image ? imageTag(image) : null
  const version = appVersion ?? tag ?? chartVersion
  return {
    version,
    chartVersion,
    appVersion,
    image,
    imageTag: tag,
    source: appVersion || chartVersion ? 'helm' : tag ? 'image' : null
  }
}

/** `spec.holderIdentity` of a Lease in YAML, and the pod name it names (`<pod>_<uuid>`). */
export function leaseHolder(yamlText: string): { holderIdentity: string; pod: string } | null {
  let doc: unknown
  try {
    doc = parse(yamlText)
  } catch {
    return null
  }
  const spec = isObj(doc) && isObj(doc.spec) ? doc.spec : null
  const holder = spec ? str(spec.holderIdentity) : null
  return holder ? { holderIdentity: holder, pod: holder.split('_')[0] } : null
}

export interface PodFacts {
  name: string
  containers: { name: string; restartCount: number }[]
}

/** Pods and their containers (with restart counts) from `kubectl get pods -o yaml`. */
export function parsePods(yamlText: string): PodFacts[] {
  const pods: PodFacts[] = []
  for (const document of parseAllDocuments(yamlText)) {
    const doc: unknown = document.toJS()
    const items = isObj(doc) && Array.isArray(doc.items) ? doc.items : isObj(doc) && doc.kind === 'Pod' ? [doc] : []
    for (const item of items) {
      if (!isObj(item) || !isObj(item.metadata)) continue
      const name = str(item.metadata.name)
      if (!name) continue
      const spec = isObj(item.spec) ? item.spec : {}
      const status = isObj(item.status) ? item.status : {}
      const statuses = Array.isArray(status.containerStatuses) ? status.containerStatuses.filter(isObj) : []
      const containers = (Array.isArray(spec.containers) ? spec.containers.filter(isObj) : [])
        .map((c) => str(c.name))
        .filter((n): n is string => n !== null)
        .map((containerName) => {
          const st = statuses.find((s) => s.name === containerName)
          const restarts = st && typeof st.restartCount === 'number' ? st.restartCount : 0
          return { name: containerName, restartCount: restarts }
        })
      pods.push({ name, containers })
    }
  }
  return pods
}
