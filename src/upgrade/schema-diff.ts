// What the ClusterConfig schema gained and lost between two releases, read from the merged store in one walk (each
// node carries the releases it exists in: no per-release schema is built). Two uses:
// - the changelog of the whole schema (fields and enum values added or removed), and
// - for one config, the fields and values that are new in the target release where the config already sets
//   something (its objects, its enum-valued fields).
// The corrected variant of each release is read: the schema validation uses.
import { getStore, variantBit, type Release } from '../schemas/index.js'
import { correctedBit } from '../schemas/merged.js'
import { valuesOfCaseInsensitivePattern } from '../schemas/corrections.js'
import type { Bits, MNode } from '../schemas/merged.js'

/** Two releases by index in the store (A = from, B = to; either order). */
export interface ReleasePair {
  from: number
  to: number
}

export interface FieldChange {
  /** `managedNodeGroups[].amiFamily`, `upgradePolicy` (as `eksctl-preflight fields` takes it). */
  path: string
  /** The first release (ascending) that behaves like the newer end of the pair. */
  release: string
}

export interface ValueChange extends FieldChange {
  value: string
}

export interface SchemaDiff {
  /** Fields in the newer release's schema, not in the older one's. */
  fieldsAdded: FieldChange[]
  fieldsRemoved: FieldChange[]
  valuesAdded: ValueChange[]
  valuesRemoved: ValueChange[]
}

type Located = Array<[MNode, Bits]>

const MAX_DEPTH = 24

/** The node and everything its $ref / oneOf / anyOf lead to, each with the releases where that holds. */
function expand(node: MNode, bits: Bits, out: Located, depth = 0): Located {
  bits &= node.b
  if (bits === 0n || depth > MAX_DEPTH) return out
  out.push([node, bits])
  const { defs } = getStore().merged
  for (const e of node.ref ?? []) {
    const target = defs.get(e.v)
    if (target && bits & e.b) expand(target, bits & e.b, out, depth + 1)
  }
  for (const list of [node.oneOf, node.anyOf]) {
    if (list && bits & list.b) for (const branch of list.v) expand(branch, bits & list.b, out, depth + 1)
  }
  return out
}

/** Child nodes by property name over all located nodes (a field may come from different definitions over time). */
function childrenOf(here: Located): Map<string, Located> {
  const out = new Map<string, Located>()
  for (const [node, bits] of here) {
    if (!node.props) continue
    for (const [name, child] of node.props) {
      const b = bits & child.b
      if (!b) continue
      let list = out.get(name)
      if (!list) out.set(name, (list = []))
      expand(child, b, list)
    }
  }
  return out
}

function itemsOf(here: Located): Located {
  const out: Located = []
  for (const [node, bits] of here) if (node.items) expand(node.items, bits, out)
  return out
}

/** Values of patternProperties / additionalProperties maps (`vpc.subnets.private.*`). */
function mapValuesOf(here: Located): Located {
  const out: Located = []
  for (const [node, bits] of here) {
    if (node.apNode) expand(node.apNode, bits, out)
    for (const p of node.pprops?.values() ?? []) expand(p, bits, out)
  }
  return out
}

function union(here: Located): Bits {
  let b = 0n
  for (const [, bits] of here) b |= bits
  return b
}

/** Per allowed value, the releases that accept it; plus the releases where the field has a list of values at all. */
function enumValues(here: Located): { constrained: Bits; values: Map<string, Bits> } {
  let constrained = 0n
  const values = new Map<string, Bits>()
  const add = (v: string, b: Bits) => values.set(v, (values.get(v) ?? 0n) | b)
  for (const [node, bits] of here) {
    if (node.enumB !== undefined && bits & node.enumB) {
      constrained |= bits & node.enumB
      for (const e of node.enumV ?? []) if (bits & e.b && typeof e.v === 'string') add(e.v, bits & e.b)
    }
    for (const e of node.pattern ?? []) {
      if (!(bits & e.b)) continue
      const list = valuesOfCaseInsensitivePattern(e.v)
      if (!list) continue
      constrained |= bits & e.b
      for (const v of list) add(v, bits & e.b)
    }
  }
  return { constrained, values }
}

/** The view of a pair, shared by every file of a run (kept for the last few pairs). */
const views = new Map<string, PairView>()
export function pairView(pair: ReleasePair): PairView {
  const key = `${getStore().generation}:${pair.from}:${pair.to}`
  let view = views.get(key)
  if (!view) {
    if (views.size >= 8) views.delete(views.keys().next().value!)
    views.set(key, (view = new PairView(pair)))
  }
  return view
}

/** Walks releases between the pair: the bits and labels the comparisons need. */
export class PairView {
  readonly releases: readonly Release[]
  readonly lo: number
  readonly hi: number
  readonly bitFrom: Bits
  readonly bitTo: Bits
  /** Corrected bits of every release from the older to the newer end of the pair. */
  readonly span: Bits

  constructor(readonly pair: ReleasePair) {
    this.releases = getStore().releases
    this.lo = Math.min(pair.from, pair.to)
    this.hi = Math.max(pair.from, pair.to)
    this.bitFrom = variantBit(pair.from, true)
    this.bitTo = variantBit(pair.to, true)
    // The corrected bits (odd positions) of releases lo…hi.
    const upTo = (n: number): Bits => (1n << BigInt(2 * n)) - 1n
    this.span = upTo(this.hi + 1) & ~upTo(this.lo) & (correctedBit(0) * (upTo(this.hi + 1) / 3n))
  }

  has(bits: Bits, index: number): boolean {
    return (bits & variantBit(index, true)) !== 0n
  }

  /**
   * The first release (ascending, in (lo, hi]) from which the state of the newer end holds up to it: where a change
   * between the two ends took effect. `state` maps a release index to a comparable value; `edges`, when known, lists
   * every index at which it may change (a schema check's accepted ranges: where each starts and ends).
   */
  boundary<T>(state: (index: number) => T, edges?: readonly number[]): string {
    const upper = state(this.hi)
    let j = this.hi
    if (!edges) {
      while (j - 1 > this.lo && state(j - 1) === upper) j--
      return this.releases[j]!.version
    }
    // `edges`: the only indices where state(i) may differ from state(i - 1) (it is constant in between), so the
    // same walk steps from edge to edge instead of release by release.
    const below = [...new Set(edges)].filter((e) => e > this.lo + 1 && e <= this.hi).sort((a, b) => b - a)
    for (const e of below) {
      if (state(e - 1) !== upper) return this.releases[e]!.version
      j = e - 1
    }
    return this.releases[Math.min(this.lo + 1, j)]!.version
  }

  boundaryOfBits(bits: Bits): string {
    return this.boundary((i) => this.has(bits, i))
  }

  /** 'added' (in the newer end only), 'removed' (in the older end only), or null. */
  change(bits: Bits): 'added' | 'removed' | null {
    const inLo = this.has(bits, this.lo)
    const inHi = this.has(bits, this.hi)
    return inLo === inHi ? null : inHi ? 'added' : 'removed'
  }
}

function pathJoin(base: string, name: string): string {
  return base ? `${base}.${name}` : name
}

/** The whole schema's changes between the pair. */
export function diffSchemas(pair: ReleasePair): SchemaDiff {
  const view = pairView(pair)
  const diff: SchemaDiff = { fieldsAdded: [], fieldsRemoved: [], valuesAdded: [], valuesRemoved: [] }
  const seen = new Set<string>()
  const visit = (here: Located, path: string, depth: number): void => {
    if (!here.length || depth > MAX_DEPTH || seen.has(path)) return
    seen.add(path)
    diffValues(view, here, path, diff.valuesAdded, diff.valuesRemoved)
    for (const [name, located] of childrenOf(here)) {
      const child = pathJoin(path, name)
      const bits = union(located)
      const change = view.change(bits)
      if (change === 'added') diff.fieldsAdded.push({ path: child, release: view.boundaryOfBits(bits) })
      else if (change === 'removed') diff.fieldsRemoved.push({ path: child, release: view.boundaryOfBits(bits) })
      else if (change === null && view.has(bits, view.lo)) visit(located, child, depth + 1)
    }
    const items = itemsOf(here)
    if (items.length) visit(items, `${path}[]`, depth + 1)
    const values = mapValuesOf(here)
    if (values.length) visit(values, pathJoin(path, '*'), depth + 1)
  }
  visit(expand(getStore().merged.root, view.span, []), '', 0)
  const byPath = (a: FieldChange, b: FieldChange) => a.path.localeCompare(b.path)
  diff.fieldsAdded.sort(byPath)
  diff.fieldsRemoved.sort(byPath)
  return diff
}

function diffValues(view: PairView, here: Located, path: string, added: ValueChange[], removed: ValueChange[]): void {
  const { constrained, values } = enumValues(here)
  // Only a list of values at both ends has values added or removed (a list that appears or goes is a type change).
  if (!view.has(constrained, view.lo) || !view.has(constrained, view.hi)) return
  for (const [value, bits] of values) {
    const change = view.change(bits)
    if (!change) continue
    ;(change === 'added' ? added : removed).push({ path, value, release: view.boundaryOfBits(bits) })
  }
}

export interface ConfiguredNews {
  /** Where the file configures it: the pointer of the first object or value found (for the position). */
  instancePath: string
  path: string
  kind: 'field' | 'value'
  /** New field names under that object, or new values of that field. */
  names: Array<{ name: string; release: string }>
}

/**
 * What one schema path holds between the pair, computed once per path and shared by every config compared: a tree
 * that follows the configs' keys (no path strings are built per value).
 */
interface PathFacts {
  /** `managedNodeGroups[].amiFamily`; '' for the top level. */
  path: string
  here: Located
  /** Per key of an object at this path: the facts of the field (or of the map value the key stands for). */
  keys?: Map<string, PathFacts>
  children?: Map<string, Located>
  mapped?: PathFacts
  items?: PathFacts
  /** Fields of this object that the newer end adds, with the release that added each. */
  added?: ConfiguredNews['names']
  /** Values of this field that the newer end adds (null: no list of values at both ends). */
  values?: ConfiguredNews['names'] | null
}

/** Per pair of releases: the facts of the top level (kept for the last few pairs). */
const pairCache = new Map<string, { view: PairView; root: PathFacts }>()
const PAIR_CACHE_LIMIT = 8

function pairFacts(pair: ReleasePair): { view: PairView; root: PathFacts } {
  const key = `${getStore().generation}:${pair.from}:${pair.to}`
  let entry = pairCache.get(key)
  if (!entry) {
    if (pairCache.size >= PAIR_CACHE_LIMIT) pairCache.delete(pairCache.keys().next().value!)
    const view = pairView(pair)
    entry = { view, root: { path: '', here: expand(getStore().merged.root, view.span, []) } }
    pairCache.set(key, entry)
  }
  return entry
}

/** The facts for one key of an object at `f`: the field when the newer end has it, else a value of the map. */
function factsOfKey(f: PathFacts, key: string, view: PairView): PathFacts {
  const keys = (f.keys ??= new Map())
  let kf = keys.get(key)
  if (!kf) {
    const located = (f.children ??= childrenOf(f.here)).get(key)
    if (located && view.has(union(located), view.hi)) kf = { path: pathJoin(f.path, key), here: located }
    else kf = f.mapped ??= { path: pathJoin(f.path, '*'), here: mapValuesOf(f.here) }
    keys.set(key, kf)
  }
  return kf
}

const escapeSegment = (s: string): string =>
  s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/**
 * For one config: the fields new in the newer release under every object the config sets, and the values new in
 * it for every enum-valued field the config sets (one entry per schema path, at its first place in the file).
 * Only for an upgrade (the newer end is the target); a downgrade adds nothing to use.
 */
export function newForConfig(data: unknown, pair: ReleasePair): ConfiguredNews[] {
  if (pair.to <= pair.from) return []
  const { view, root } = pairFacts(pair)
  const out: ConfiguredNews[] = []
  const reported = new Set<PathFacts>()
  const visit = (value: unknown, f: PathFacts, pointer: string, depth: number): void => {
    if (!f.here.length || depth > MAX_DEPTH) return
    if (isObject(value)) {
      if (!reported.has(f)) {
        reported.add(f)
        const children = (f.children ??= childrenOf(f.here))
        f.added ??= [...children]
          .filter(([, located]) => view.change(union(located)) === 'added')
          .map(([name, located]) => ({ name, release: view.boundaryOfBits(union(located)) }))
        const names = f.added.filter((n) => !(n.name in value))
        if (names.length) out.push({ instancePath: pointer, path: f.path || '(top level)', kind: 'field', names })
      }
      for (const key in value)
        visit(value[key], factsOfKey(f, key, view), `${pointer}/${escapeSegment(key)}`, depth + 1)
      return
    }
    if (Array.isArray(value)) {
      const items = (f.items ??= { path: `${f.path}[]`, here: itemsOf(f.here) })
      for (let i = 0; i < value.length; i++) visit(value[i], items, `${pointer}/${i}`, depth + 1)
      return
    }
    if (typeof value === 'string' && !reported.has(f)) {
      reported.add(f)
      if (f.values === undefined) {
        const { constrained, values } = enumValues(f.here)
        f.values =
          view.has(constrained, view.lo) && view.has(constrained, view.hi)
            ? [...values]
                .filter(([, bits]) => view.change(bits) === 'added')
                .map(([name, bits]) => ({ name, release: view.boundaryOfBits(bits) }))
            : null
      }
      const names = f.values?.filter((n) => n.name !== value) ?? []
      if (names.length) out.push({ instancePath: pointer, path: f.path, kind: 'value', names })
    }
  }
  visit(data, root, '', 0)
  return out
}
