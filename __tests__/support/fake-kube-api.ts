// A Kubernetes API server for tests, on 127.0.0.1 over plain HTTP, that real kubectl (1.32) talks to.
// It serves legacy discovery (/api, /apis, /apis/<g>/<v>; aggregated discovery is declined by answering plain
// JSON), /version, list/get of any object it holds (label and field selectors, Table output for `get -o wide`),
// pods/log (container, previous, timestamps, limitBytes, tailLines) and CRD-backed kinds with their categories,
// so `kubectl get karpenter` works. Modes: normal, or `hang` (accepts connections and never answers).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import { writeFileSync } from 'node:fs'

export interface KubeObject {
  apiVersion: string
  kind: string
  metadata: {
    name: string
    namespace?: string
    labels?: Record<string, string>
    uid?: string
    creationTimestamp?: string
    [key: string]: unknown
  }
  [key: string]: unknown
}

export interface ResourceType {
  group: string
  version: string
  resource: string
  kind: string
  namespaced: boolean
  shortNames?: string[]
  categories?: string[]
}

/** A container log: text (lines, no timestamps), or generated lines up to a size. */
export type LogSource = string | { repeatLine: string; bytes: number }

export interface ContainerLogs {
  current: LogSource
  previous?: LogSource
}

export interface FakeCluster {
  objects: KubeObject[]
  /** Keyed `namespace/pod/container`. */
  logs: Record<string, ContainerLogs>
  gitVersion?: string
}

export interface FakeKubeApiOptions {
  mode?: 'normal' | 'hang'
  /** Added before answering each pods/log request (benchmarks). */
  logLatencyMs?: number
}

export interface FakeKubeApi {
  url: string
  port: number
  /** Every request seen: `GET /api/v1/...?...`. */
  requests: string[]
  writeKubeconfig(path: string, options?: { token?: string; context?: string }): void
  close(): Promise<void>
}

const BUILTIN: ResourceType[] = [
  {
    group: '',
    version: 'v1',
    resource: 'pods',
    kind: 'Pod',
    namespaced: true,
    shortNames: ['po'],
    categories: ['all']
  },
  { group: '', version: 'v1', resource: 'events', kind: 'Event', namespaced: true, shortNames: ['ev'] },
  { group: '', version: 'v1', resource: 'configmaps', kind: 'ConfigMap', namespaced: true, shortNames: ['cm'] },
  { group: '', version: 'v1', resource: 'secrets', kind: 'Secret', namespaced: true },
  { group: '', version: 'v1', resource: 'nodes', kind: 'Node', namespaced: false, shortNames: ['no'] },
  { group: '', version: 'v1', resource: 'namespaces', kind: 'Namespace', namespaced: false, shortNames: ['ns'] },
  {
    group: '',
    version: 'v1',
    resource: 'services',
    kind: 'Service',
    namespaced: true,
    shortNames: ['svc'],
    categories: ['all']
  },
  {
    group: 'apps',
    version: 'v1',
    resource: 'deployments',
    kind: 'Deployment',
    namespaced: true,
    shortNames: ['deploy'],
    categories: ['all']
  },
  {
    group: 'apps',
    version: 'v1',
    resource: 'replicasets',
    kind: 'ReplicaSet',
    namespaced: true,
    shortNames: ['rs'],
    categories: ['all']
  },
  { group: 'coordination.k8s.io', version: 'v1', resource: 'leases', kind: 'Lease', namespaced: true },
  { group: 'events.k8s.io', version: 'v1', resource: 'events', kind: 'Event', namespaced: true, shortNames: ['ev'] },
  {
    group: 'apiextensions.k8s.io',
    version: 'v1',
    resource: 'customresourcedefinitions',
    kind: 'CustomResourceDefinition',
    namespaced: false,
    shortNames: ['crd', 'crds']
  },
  {
    group: 'admissionregistration.k8s.io',
    version: 'v1',
    resource: 'validatingwebhookconfigurations',
    kind: 'ValidatingWebhookConfiguration',
    namespaced: false
  },
  {
    group: 'admissionregistration.k8s.io',
    version: 'v1',
    resource: 'mutatingwebhookconfigurations',
    kind: 'MutatingWebhookConfiguration',
    namespaced: false
  }
]

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Resource types served by the CRDs among the objects (every served version). */
function crdTypes(objects: KubeObject[]): ResourceType[] {
  const out: ResourceType[] = []
  for (const crd of objects.filter((o) => o.kind === 'CustomResourceDefinition')) {
    const spec = crd.spec as Obj
    const names = spec.names as Obj
    for (const v of (spec.versions as Obj[]) ?? []) {
      if (v.served === false) continue
      out.push({
        group: String(spec.group),
        version: String(v.name),
        resource: String(names.plural),
        kind: String(names.kind),
        namespaced: spec.scope === 'Namespaced',
        shortNames: (names.shortNames as string[]) ?? [],
        categories: (names.categories as string[]) ?? []
      })
    }
  }
  return out
}

function groupVersionOf(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.indexOf('/')
  return slash === -1
    ? { group: '', version: apiVersion }
    : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) }
}

function matchesLabels(labels: Record<string, string>, selector: string | null): boolean {
  if (!selector) return true
  // Split on commas outside parentheses.
  const terms = selector.match(/([^,(]+(\([^)]*\))?)+/g) ?? []
  return terms.every((raw) => {
    const term = raw.trim()
    let m: RegExpExecArray | null
    if ((m = /^([^!=\s]+)\s*(==|=|!=)\s*(.*)$/.exec(term))) {
      const has = labels[m[1]]
      return m[2] === '!=' ? has !== m[3] : has === m[3]
    }
    if ((m = /^(\S+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(term))) {
      const values = m[3].split(',').map((s) => s.trim())
      return m[2] === 'in' ? values.includes(labels[m[1]]) : !values.includes(labels[m[1]])
    }
    if (term.startsWith('!')) return !(term.slice(1) in labels)
    return term in labels
  })
}

function fieldValue(obj: KubeObject, path: string): string {
  if (obj.kind === 'Event' && path === 'source') path = 'source.component'
  let cur: unknown = obj
  for (const part of path.split('.')) cur = isObj(cur) ? cur[part] : undefined
  return cur === undefined || cur === null ? '' : String(cur)
}

function matchesFields(obj: KubeObject, selector: string | null): boolean {
  if (!selector) return true
  return selector.split(',').every((term) => {
    const m = /^([^!=]+)(==|=|!=)(.*)$/.exec(term.trim())
    if (!m) return true
    const value = fieldValue(obj, m[1])
    return m[2] === '!=' ? value !== m[3] : value === m[3]
  })
}

function age(ts: unknown): string {
  if (typeof ts !== 'string') return '<unknown>'
  const seconds = Math.max(0, Math.round((Date.now() - Date.parse(ts)) / 1000))
  if (seconds < 120) return `${seconds}s`
  if (seconds < 7200) return `${Math.round(seconds / 60)}m`
  if (seconds < 172800) return `${Math.round(seconds / 3600)}h`
  return `${Math.round(seconds / 86400)}d`
}

interface Column {
  name: string
  type?: string
  priority?: number
  cell: (o: KubeObject) => string | number
}

function columnsFor(kind: string): Column[] {
  const nameCol: Column = { name: 'Name', cell: (o) => o.metadata.name }
  const ageCol: Column = { name: 'Age', cell: (o) => age(o.metadata.creationTimestamp) }
  const status = (o: KubeObject): Obj => (isObj(o.status) ? o.status : {})
  const spec = (o: KubeObject): Obj => (isObj(o.spec) ? o.spec : {})
  switch (kind) {
    case 'Pod':
      return [
        nameCol,
        {
          name: 'Ready',
          cell: (o) => {
            const cs = (status(o).containerStatuses as Obj[]) ?? []
            return `${cs.filter((c) => c.ready).length}/${((spec(o).containers as Obj[]) ?? []).length}`
          }
        },
        { name: 'Status', cell: (o) => String(status(o).phase ?? '') },
        {
          name: 'Restarts',
          type: 'integer',
          cell: (o) =>
            ((status(o).containerStatuses as Obj[]) ?? []).reduce((s, c) => s + Number(c.restartCount ?? 0), 0)
        },
        ageCol,
        { name: 'IP', priority: 1, cell: (o) => String(status(o).podIP ?? '<none>') },
        { name: 'Node', priority: 1, cell: (o) => String(spec(o).nodeName ?? '<none>') }
      ]
    case 'Event':
      return [
        { name: 'Last Seen', cell: (o) => age(o.lastTimestamp) },
        { name: 'Type', cell: (o) => String(o.type ?? '') },
        { name: 'Reason', cell: (o) => String(o.reason ?? '') },
        {
          name: 'Object',
          cell: (o) => {
            const io = (o.involvedObject as Obj) ?? {}
            return `${String(io.kind ?? '').toLowerCase()}/${String(io.name ?? '')}`
          }
        },
        { name: 'Message', cell: (o) => String(o.message ?? '') }
      ]
    case 'Node':
      return [
        nameCol,
        {
          name: 'Status',
          cell: (o) =>
            ((status(o).conditions as Obj[]) ?? []).find((c) => c.type === 'Ready')?.status === 'True'
              ? 'Ready'
              : 'NotReady'
        },
        ageCol,
        { name: 'Version', cell: (o) => String(((status(o).nodeInfo as Obj) ?? {}).kubeletVersion ?? '') },
        {
          name: 'Instance-Type',
          priority: 1,
          cell: (o) => o.metadata.labels?.['node.kubernetes.io/instance-type'] ?? '<none>'
        }
      ]
    default:
      return [nameCol, ageCol]
  }
}

function toTable(items: KubeObject[], kind: string, includeObject: string | null): Obj {
  const cols = columnsFor(kind)
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: { resourceVersion: '1' },
    columnDefinitions: cols.map((c) => ({
      name: c.name,
      type: c.type ?? 'string',
      format: c.name === 'Name' ? 'name' : '',
      description: c.name,
      priority: c.priority ?? 0
    })),
    rows: items.map((o) => ({
      cells: cols.map((c) => c.cell(o)),
      object:
        includeObject === 'Object'
          ? o
          : {
              kind: 'PartialObjectMetadata',
              apiVersion: 'meta.k8s.io/v1',
              metadata: { ...o.metadata, creationTimestamp: o.metadata.creationTimestamp ?? null }
            }
    }))
  }
}

function logLineTime(line: string, fallback: Date, index: number): string {
  const m = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z)/.exec(line) ?? /"time":"([^"]+)"/.exec(line)
  const date = m ? new Date(m[1]) : new Date(fallback.getTime() + index)
  return Number.isNaN(date.getTime()) ? fallback.toISOString() : date.toISOString().replace(/\.(\d+)Z$/, '.$1000000Z')
}

export async function startFakeKubeApi(cluster: FakeCluster, options: FakeKubeApiOptions = {}): Promise<FakeKubeApi> {
  const requests: string[] = []
  const sockets = new Set<Socket>()
  let uid = 0
  for (const o of cluster.objects) {
    o.metadata.uid ??= `00000000-0000-4000-8000-${String(++uid).padStart(12, '0')}`
    o.metadata.creationTimestamp ??= new Date(Date.now() - 3600_000).toISOString()
    o.metadata.resourceVersion ??= String(1000 + uid)
  }
  const types = [...BUILTIN, ...crdTypes(cluster.objects)]

  const send = (res: ServerResponse, code: number, body: unknown, type = 'application/json'): void => {
    const data = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body)
    res.writeHead(code, { 'content-type': type })
    res.end(data)
  }
  const status = (res: ServerResponse, code: number, reason: string, message: string): void =>
    send(res, code, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code })

  const groups = (): Map<string, string[]> => {
    const m = new Map<string, string[]>()
    for (const t of types) {
      if (t.group === '') continue
      const versions = m.get(t.group) ?? []
      if (!versions.includes(t.version)) versions.push(t.version)
      m.set(t.group, versions)
    }
    return m
  }

  const resourceList = (group: string, version: string): Obj => ({
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: group ? `${group}/${version}` : version,
    resources: types
      .filter((t) => t.group === group && t.version === version)
      .flatMap((t) => {
        const main = {
          name: t.resource,
          singularName: t.kind.toLowerCase(),
          namespaced: t.namespaced,
          kind: t.kind,
          verbs: ['get', 'list', 'watch'],
          ...(t.shortNames?.length ? { shortNames: t.shortNames } : {}),
          ...(t.categories?.length ? { categories: t.categories } : {})
        }
        return t.kind === 'Pod' && group === ''
          ? [main, { name: 'pods/log', singularName: '', namespaced: true, kind: 'Pod', verbs: ['get'] }]
          : [main]
      })
  })

  const objectsOf = (t: ResourceType, ns: string | null): KubeObject[] =>
    cluster.objects.filter((o) => {
      if (o.kind !== t.kind) return false
      const gv = groupVersionOf(o.apiVersion)
      // Objects of a CRD are served under every served version (no conversion needed for the tests).
      if (gv.group !== t.group) return false
      return ns === null || o.metadata.namespace === ns
    })

  const serveLog = async (res: ServerResponse, ns: string, pod: string, query: URLSearchParams): Promise<void> => {
    const podObj = cluster.objects.find(
      (o) => o.kind === 'Pod' && o.metadata.namespace === ns && o.metadata.name === pod
    )
    if (!podObj) return status(res, 404, 'NotFound', `pods "${pod}" not found`)
    const containers = (((podObj.spec as Obj).containers as Obj[]) ?? []).map((c) => String(c.name))
    const container = query.get('container') ?? (containers.length === 1 ? containers[0] : '')
    if (!container) {
      return status(
        res,
        400,
        'BadRequest',
        `a container name must be specified for pod ${pod}, choose one of: [${containers.join(' ')}]`
      )
    }
    const logs = cluster.logs[`${ns}/${pod}/${container}`]
    const previous = query.get('previous') === 'true'
    const source = previous ? logs?.previous : logs?.current
    if (source === undefined) {
      return previous
        ? status(res, 400, 'BadRequest', `previous terminated container "${container}" in pod "${pod}" not found`)
        : send(res, 200, '', 'text/plain')
    }
    if (options.logLatencyMs) await new Promise((r) => setTimeout(r, options.logLatencyMs))
    const limit = query.has('limitBytes') ? Number(query.get('limitBytes')) : Infinity
    const timestamps = query.get('timestamps') === 'true'
    res.writeHead(200, { 'content-type': 'text/plain' })
    let sent = 0
    const base = new Date('2024-01-01T00:00:00Z')
    /** Writes up to the byte limit; false once the limit is reached. */
    const write = (chunk: string): boolean => {
      const buf = Buffer.from(chunk)
      const room = limit - sent
      if (buf.length >= room) {
        res.write(buf.subarray(0, room))
        sent = limit
        return false
      }
      sent += buf.length
      res.write(buf)
      return true
    }
    if (typeof source === 'string') {
      let lines = source.split('\n')
      if (lines[lines.length - 1] === '') lines.pop()
      const tail = query.get('tailLines')
      if (tail !== null) lines = lines.slice(-Number(tail))
      for (let i = 0; i < lines.length; i++) {
        if (!write(`${timestamps ? logLineTime(lines[i], base, i) + ' ' : ''}${lines[i]}\n`)) break
      }
      res.end()
      return
    }
    // Generated log: stream in chunks, respecting back-pressure.
    const stamp = timestamps ? `${base.toISOString()} ` : ''
    const line = `${stamp}${source.repeatLine}\n`
    const block = line.repeat(Math.max(1, Math.floor(65536 / line.length)))
    let total = 0
    while (total < source.bytes && sent < limit) {
      const piece = block.slice(0, Math.min(block.length, source.bytes - total))
      total += piece.length
      if (!write(piece)) break
      if (res.writableNeedDrain) await new Promise((r) => res.once('drain', r))
    }
    res.end()
  }

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    requests.push(`${req.method} ${url.pathname}${url.search}`)
    const parts = url.pathname.split('/').filter(Boolean)
    const accept = req.headers.accept ?? ''
    const wantsTable = accept.includes('as=Table')
    if (url.pathname === '/version') {
      return send(res, 200, {
        major: '1',
        minor: '30',
        gitVersion: cluster.gitVersion ?? 'v1.30.4-eks-a737599',
        gitCommit: 'a737599',
        gitTreeState: 'clean',
        buildDate: '2024-08-26T21:27:41Z',
        goVersion: 'go1.22.5',
        compiler: 'gc',
        platform: 'linux/amd64'
      })
    }
    if (url.pathname === '/api') {
      return send(res, 200, { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [] })
    }
    if (url.pathname === '/apis') {
      return send(res, 200, {
        kind: 'APIGroupList',
        apiVersion: 'v1',
        groups: [...groups()].map(([name, versions]) => ({
          name,
          versions: versions.map((v) => ({ groupVersion: `${name}/${v}`, version: v })),
          preferredVersion: { groupVersion: `${name}/${versions[0]}`, version: versions[0] }
        }))
      })
    }
    // /api/v1/... or /apis/<group>/<version>/...
    let group: string
    let version: string
    let rest: string[]
    if (parts[0] === 'api' && parts.length >= 2) {
      group = ''
      version = parts[1]
      rest = parts.slice(2)
    } else if (parts[0] === 'apis' && parts.length >= 3) {
      group = parts[1]
      version = parts[2]
      rest = parts.slice(3)
    } else {
      return status(res, 404, 'NotFound', 'the server could not find the requested resource')
    }
    if (rest.length === 0) {
      if (!types.some((t) => t.group === group && t.version === version)) {
        return status(res, 404, 'NotFound', 'the server could not find the requested resource')
      }
      return send(res, 200, resourceList(group, version))
    }
    let ns: string | null = null
    if (rest[0] === 'namespaces' && rest.length >= 3) {
      ns = rest[1]
      rest = rest.slice(2)
    }
    const [resource, name, sub] = rest
    const type = types.find((t) => t.group === group && t.version === version && t.resource === resource)
    if (!type) return status(res, 404, 'NotFound', 'the server could not find the requested resource')
    if (type.resource === 'secrets') {
      return status(
        res,
        403,
        'Forbidden',
        'secrets is forbidden in this test server: the collector must never read Secrets'
      )
    }
    if (sub === 'log' && ns !== null && name) return serveLog(res, ns, name, url.searchParams)
    const apiVersion = group ? `${group}/${version}` : version
    const pool = objectsOf(type, ns).map((o) => ({ ...o, apiVersion }))
    if (name) {
      const found = pool.find((o) => o.metadata.name === name)
      if (!found) return status(res, 404, 'NotFound', `${type.resource}${group ? '.' + group : ''} "${name}" not found`)
      return send(res, 200, wantsTable ? toTable([found], type.kind, url.searchParams.get('includeObject')) : found)
    }
    const items = pool
      .filter((o) => matchesLabels(o.metadata.labels ?? {}, url.searchParams.get('labelSelector')))
      .filter((o) => matchesFields(o, url.searchParams.get('fieldSelector')))
    if (wantsTable) return send(res, 200, toTable(items, type.kind, url.searchParams.get('includeObject')))
    return send(res, 200, {
      kind: `${type.kind}List`,
      apiVersion,
      metadata: { resourceVersion: '2000' },
      items
    })
  }

  const server: Server = createServer((req, res) => {
    if (options.mode === 'hang') return // accept, read, never answer
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) status(res, 500, 'InternalError', String(error))
      else res.destroy()
    })
  })
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  const url = `http://127.0.0.1:${port}`
  return {
    url,
    port,
    requests,
    writeKubeconfig(path, opts = {}) {
      writeFileSync(path, kubeconfigFor(url, opts.token ?? 'test-token-0123456789', opts.context ?? 'fake'))
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      })
  }
}

export function kubeconfigFor(server: string, token: string, context = 'fake'): string {
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    `- name: ${context}`,
    '  cluster:',
    `    server: ${server}`,
    'users:',
    `- name: ${context}-user`,
    '  user:',
    `    token: ${token}`,
    'contexts:',
    `- name: ${context}`,
    '  context:',
    `    cluster: ${context}`,
    `    user: ${context}-user`,
    `current-context: ${context}`,
    ''
  ].join('\n')
}
