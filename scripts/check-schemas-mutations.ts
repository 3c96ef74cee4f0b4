// Deterministic mutations of a ClusterConfig document, for the exactness check (scripts/check-schemas.ts) and the
// evaluator cross-check tests: an unknown key at several depths, a wrong type (a scalar where a struct is
// expected among them), null for a struct, a bad enum value, a missing required key. Each mutation is a fresh copy
// of the document.

export interface Mutation {
  name: string
  doc: unknown
}

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Every object and leaf of `doc` with its path (keys and indices), in document order. */
function walk(doc: unknown, at: Array<string | number> = [], out: Array<[Array<string | number>, unknown]> = []) {
  out.push([at, doc])
  if (Array.isArray(doc)) doc.forEach((v, i) => walk(v, [...at, i], out))
  else if (isObj(doc)) for (const [k, v] of Object.entries(doc)) walk(v, [...at, k], out)
  return out
}

function edit(
  doc: unknown,
  at: Array<string | number>,
  change: (parent: Obj | unknown[], key: string | number) => void
) {
  const copy = structuredClone(doc)
  let parent = copy as Obj | unknown[]
  for (const k of at.slice(0, -1)) parent = (parent as Obj)[k as string] as Obj
  change(parent, at[at.length - 1]!)
  return copy
}

const set = (doc: unknown, at: Array<string | number>, value: unknown) =>
  edit(doc, at, (p, k) => void ((p as Obj)[k as string] = value))

export function mutationsOf(doc: unknown): Mutation[] {
  if (!isObj(doc)) return []
  const out: Mutation[] = []
  const nodes = walk(doc)
  const objects = nodes.filter(([, v]) => isObj(v))
  // unknown keys: at the root, at depth 1, the first object at depth 2 and 3, and the deepest object
  const depthPick = new Map<string, Array<string | number>>()
  for (const [at] of objects) {
    const d = at.length
    if (d <= 3 && !depthPick.has(`d${d}`)) depthPick.set(`d${d}`, at)
  }
  const deepest = objects.reduce((a, b) => (b[0].length > a[0].length ? b : a))[0]
  depthPick.set('deepest', deepest)
  for (const [label, at] of depthPick) {
    out.push({ name: `unknown key (${label}) at /${at.join('/')}`, doc: set(doc, [...at, 'xPreflightUnknown'], 1) })
  }
  // wrong types
  out.push({ name: 'metadata.name is a number', doc: set(doc, ['metadata', 'name'], 42) })
  const firstInt = nodes.find(([at, v]) => typeof v === 'number' && at.length > 1)
  if (firstInt) out.push({ name: `string at /${firstInt[0].join('/')}`, doc: set(doc, firstInt[0], 'ten') })
  const firstBool = nodes.find(([at, v]) => typeof v === 'boolean' && at.length > 1)
  if (firstBool) out.push({ name: `object at /${firstBool[0].join('/')}`, doc: set(doc, firstBool[0], { x: 1 }) })
  const firstArray = nodes.find(([at, v]) => Array.isArray(v) && at.length >= 1)
  if (firstArray) out.push({ name: `string at /${firstArray[0].join('/')}`, doc: set(doc, firstArray[0], 'one') })
  // a scalar where a struct is expected (eksctl's decoder rejects it), and null there (it leaves the field unset)
  out.push({ name: 'number at /metadata', doc: set(doc, ['metadata'], 5) })
  const element = objects.find(([at]) => at.length === 2 && typeof at[1] === 'number')
  if (element) out.push({ name: `number at /${element[0].join('/')}`, doc: set(doc, element[0], 7) })
  const section = objects.find(([at]) => at.length === 1 && at[0] !== 'metadata')
  if (section) out.push({ name: `null at /${section[0].join('/')}`, doc: set(doc, section[0], null) })
  // bad enum values
  out.push({ name: 'kind ClusterConfigs', doc: set(doc, ['kind'], 'ClusterConfigs') })
  for (const field of ['amiFamily', 'volumeType', 'gateway', 'ipFamily']) {
    const hit = nodes.find(([at, v]) => at[at.length - 1] === field && typeof v === 'string')
    if (hit) out.push({ name: `bad ${field}`, doc: set(doc, hit[0], 'NotAValue9') })
  }
  // values only the loader accepts (corrections): amiFamily in lower case, unmanaged taints as a map
  const ami = nodes.find(([at, v]) => at[at.length - 1] === 'amiFamily' && typeof v === 'string')
  if (ami) out.push({ name: 'amiFamily in lower case', doc: set(doc, ami[0], (ami[1] as string).toLowerCase()) })
  const taints = nodes.find(
    ([at, v]) => at[0] === 'nodeGroups' && at[2] === 'taints' && at.length === 3 && Array.isArray(v)
  )
  if (taints) {
    const map: Obj = {}
    for (const t of taints[1] as Obj[]) map[String(t.key)] = `${String(t.value ?? '')}:${String(t.effect)}`
    out.push({ name: 'nodeGroups taints as a map', doc: set(doc, taints[0], map) })
  }
  // missing required keys
  out.push({
    name: 'no metadata.name',
    doc: edit(doc, ['metadata', 'name'], (p, k) => delete (p as Obj)[k as string])
  })
  out.push({ name: 'no apiVersion', doc: edit(doc, ['apiVersion'], (p, k) => delete (p as Obj)[k as string]) })
  const ng = nodes.find(
    ([at, v]) => at.length === 2 && (at[0] === 'nodeGroups' || at[0] === 'managedNodeGroups') && isObj(v) && 'name' in v
  )
  if (ng)
    out.push({
      name: `no /${ng[0].join('/')}/name`,
      doc: edit(doc, [...ng[0], 'name'], (p, k) => delete (p as Obj)[k as string])
    })
  return out
}
