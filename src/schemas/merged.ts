// The merged schema structure: one tree per definition over every release, where each keyword value, property,
// required entry and enum value carries the set of schema *variants* in which it holds.
//
// Variants: release i has two, its schema as eksctl ships it ("raw", bit 2i) and the same with the corrections
// overlay applied ("corrected", bit 2i+1). Most of the tree is identical in both, so the overlay costs a few
// extra ranges, not a second copy. Sets of variants are BigInt bitsets at run time and compact range strings on
// disk ("0-213" = both variants of releases 0…213, "38-213r" raw only, "38-213c" corrected only).
import { DEFINITIONS_PREFIX, type NormalizedSchema, type SchemaNode } from './normalize.js'

export type Bits = bigint

export interface Entry<T> {
  v: T
  b: Bits
}

export interface MNode {
  /** Variants in which this node exists. */
  b: Bits
  ref?: Entry<string>[] // definition names
  type?: Entry<string | string[]>[]
  pattern?: Entry<string>[]
  /** Variants with an enum here, and the variants in which each value is listed. */
  enumB?: Bits
  enumV?: Entry<unknown>[]
  required?: Entry<string>[]
  props?: Map<string, MNode>
  pprops?: Map<string, MNode>
  apBool?: Entry<boolean>[]
  apNode?: MNode
  items?: MNode
  oneOf?: { b: Bits; v: MNode[] }
  anyOf?: { b: Bits; v: MNode[] }
}

export interface MergedSchemas {
  root: MNode
  defs: Map<string, MNode>
}

// ---------------------------------------------------------------------------------------------------------------
// bit helpers

export const rawBit = (release: number): Bits => 1n << BigInt(2 * release)
export const correctedBit = (release: number): Bits => 1n << BigInt(2 * release + 1)

const evenMaskCache = new Map<number, Bits>()
/** The raw-variant bits of releases 0…count-1 (0b0101…). */
export function rawMask(count: number): Bits {
  let m = evenMaskCache.get(count)
  if (m === undefined) {
    // 0x55… has the even bits set
    const hex = '5'.repeat(Math.ceil((2 * count) / 4))
    m = BigInt('0x' + (hex || '0')) & ((1n << BigInt(2 * count)) - 1n)
    evenMaskCache.set(count, m)
  }
  return m
}
export const correctedMask = (count: number): Bits => rawMask(count) << 1n

function span(from: number, to: number): Bits {
  return ((1n << BigInt(2 * (to - from + 1))) - 1n) << BigInt(2 * from)
}

const parseCache = new Map<string, Bits>()
/** "0-20,38-213r,40c" → bits. */
export function parseRanges(text: string): Bits {
  let bits = parseCache.get(text)
  if (bits !== undefined) return bits
  bits = 0n
  for (const token of text.split(',')) {
    if (!token) continue
    const last = token[token.length - 1]
    const variant = last === 'r' || last === 'c' ? last : ''
    const body = variant ? token.slice(0, -1) : token
    const dash = body.indexOf('-')
    const from = Number(dash < 0 ? body : body.slice(0, dash))
    const to = Number(dash < 0 ? body : body.slice(dash + 1))
    if (!Number.isInteger(from) || !Number.isInteger(to) || to < from) throw new Error(`bad range "${token}"`)
    let s = span(from, to)
    if (variant === 'r') s &= rawMask(to + 1)
    else if (variant === 'c') s &= correctedMask(to + 1)
    bits |= s
  }
  parseCache.set(text, bits)
  return bits
}

/** Release indices whose bit in `bits` is set, for one variant (0 raw, 1 corrected). */
export function releasesOf(bits: Bits, variant: 0 | 1): number[] {
  // One conversion to binary digits instead of a BigInt shift (a new BigInt) per release.
  const out: number[] = []
  if (bits <= 0n) return out
  const digits = bits.toString(2)
  const last = digits.length - 1
  for (let bit = variant; bit <= last; bit += 2) if (digits.charCodeAt(last - bit) === 49 /* 1 */) out.push(bit >> 1)
  return out
}

function runs(indices: number[]): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (const i of indices) {
    const lastRun = out[out.length - 1]
    if (lastRun && lastRun[1] === i - 1) lastRun[1] = i
    else out.push([i, i])
  }
  return out
}

export function formatRanges(bits: Bits): string {
  const raw = new Set(releasesOf(bits, 0))
  const cor = new Set(releasesOf(bits, 1))
  const both = [...raw].filter((i) => cor.has(i))
  const rawOnly = [...raw].filter((i) => !cor.has(i))
  const corOnly = [...cor].filter((i) => !raw.has(i))
  const fmt = (rs: Array<[number, number]>, suffix: string) =>
    rs.map(([a, b]) => (a === b ? `${a}${suffix}` : `${a}-${b}${suffix}`))
  return [...fmt(runs(both), ''), ...fmt(runs(rawOnly), 'r'), ...fmt(runs(corOnly), 'c')].join(',')
}

// ---------------------------------------------------------------------------------------------------------------
// merging a normalised schema into the structure

export function emptyMerged(): MergedSchemas {
  return { root: { b: 0n }, defs: new Map() }
}

function addEntry<T>(list: Entry<T>[] | undefined, value: T, bit: Bits): Entry<T>[] {
  const out = list ?? []
  const key = JSON.stringify(value)
  const found = out.find((e) => JSON.stringify(e.v) === key)
  if (found) found.b |= bit
  else out.push({ v: value, b: bit })
  return out
}

function mergeList(target: { b: Bits; v: MNode[] } | undefined, list: SchemaNode[], bit: Bits) {
  const out = target ?? { b: 0n, v: [] }
  out.b |= bit
  list.forEach((sub, i) => {
    out.v[i] ??= { b: 0n }
    mergeNode(out.v[i]!, sub, bit)
  })
  return out
}

/** Adds one variant (`bit`) of one normalised node into the merged node `m`. */
export function mergeNode(m: MNode, node: SchemaNode, bit: Bits): void {
  m.b |= bit
  for (const [key, value] of Object.entries(node)) {
    switch (key) {
      case '$ref':
        m.ref = addEntry(m.ref, (value as string).slice(DEFINITIONS_PREFIX.length), bit)
        break
      case 'type':
        m.type = addEntry(m.type, value as string | string[], bit)
        break
      case 'pattern':
        m.pattern = addEntry(m.pattern, value as string, bit)
        break
      case 'enum':
        m.enumB = (m.enumB ?? 0n) | bit
        for (const v of value as unknown[]) m.enumV = addEntry(m.enumV, v, bit)
        m.enumV ??= []
        break
      case 'required':
        for (const v of value as string[]) m.required = addEntry(m.required, v, bit)
        m.required ??= []
        break
      case 'properties':
      case 'patternProperties': {
        const field = key === 'properties' ? 'props' : 'pprops'
        const map = (m[field] ??= new Map())
        for (const [name, sub] of Object.entries(value as Record<string, SchemaNode>)) {
          let child = map.get(name)
          if (!child) map.set(name, (child = { b: 0n }))
          mergeNode(child, sub, bit)
        }
        break
      }
      case 'additionalProperties':
        if (typeof value === 'boolean') m.apBool = addEntry(m.apBool, value, bit)
        else mergeNode((m.apNode ??= { b: 0n }), value as SchemaNode, bit)
        break
      case 'items':
        mergeNode((m.items ??= { b: 0n }), value as SchemaNode, bit)
        break
      case 'oneOf':
        m.oneOf = mergeList(m.oneOf, value as SchemaNode[], bit)
        break
      case 'anyOf':
        m.anyOf = mergeList(m.anyOf, value as SchemaNode[], bit)
        break
      default:
        throw new Error(`mergeNode: unexpected keyword ${key}`)
    }
  }
}

export function mergeSchema(merged: MergedSchemas, schema: NormalizedSchema, bit: Bits): void {
  mergeNode(merged.root, schema.root, bit)
  for (const [name, def] of Object.entries(schema.definitions)) {
    let m = merged.defs.get(name)
    if (!m) merged.defs.set(name, (m = { b: 0n }))
    mergeNode(m, def, bit)
  }
}

// ---------------------------------------------------------------------------------------------------------------
// extracting one variant as a plain JSON Schema

function pick<T>(list: Entry<T>[] | undefined, bit: Bits): T | undefined {
  return list?.find((e) => e.b & bit)?.v
}

export function extractNode(m: MNode, bit: Bits): SchemaNode {
  const out: SchemaNode = {}
  const ref = pick(m.ref, bit)
  if (ref !== undefined) out.$ref = DEFINITIONS_PREFIX + ref
  const type = pick(m.type, bit)
  if (type !== undefined) out.type = type
  if (m.enumB !== undefined && m.enumB & bit) out.enum = m.enumV!.filter((e) => e.b & bit).map((e) => e.v)
  const pattern = pick(m.pattern, bit)
  if (pattern !== undefined) out.pattern = pattern
  if (m.required) {
    const req = m.required.filter((e) => e.b & bit).map((e) => e.v)
    if (req.length) out.required = req
  }
  for (const [field, key] of [
    ['props', 'properties'],
    ['pprops', 'patternProperties']
  ] as const) {
    const map = m[field]
    if (!map) continue
    const props: Record<string, SchemaNode> = {}
    let any = false
    for (const [name, child] of map) {
      if (child.b & bit) {
        props[name] = extractNode(child, bit)
        any = true
      }
    }
    if (any) out[key] = props
  }
  const ap = pick(m.apBool, bit)
  if (ap !== undefined) out.additionalProperties = ap
  else if (m.apNode && m.apNode.b & bit) out.additionalProperties = extractNode(m.apNode, bit)
  if (m.items && m.items.b & bit) out.items = extractNode(m.items, bit)
  for (const key of ['oneOf', 'anyOf'] as const) {
    const list = m[key]
    if (list && list.b & bit) out[key] = list.v.filter((n) => n.b & bit).map((n) => extractNode(n, bit))
  }
  return out
}

export function extractSchema(merged: MergedSchemas, bit: Bits): NormalizedSchema {
  const definitions: Record<string, SchemaNode> = {}
  for (const [name, def] of merged.defs) if (def.b & bit) definitions[name] = extractNode(def, bit)
  return { root: extractNode(merged.root, bit), definitions }
}

// ---------------------------------------------------------------------------------------------------------------
// on-disk form (JSON). A node's "@" is omitted when it equals its parent's; an entry's range is omitted when it
// equals its node's.

export type SerialNode = { [k: string]: unknown }

function serialEntries<T>(list: Entry<T>[], nodeBits: Bits): unknown[] {
  return list.map((e) => (e.b === nodeBits ? [e.v] : [e.v, formatRanges(e.b)]))
}

export function serializeNode(m: MNode, parentBits: Bits | null): SerialNode {
  const out: SerialNode = {}
  if (m.b !== parentBits) out['@'] = formatRanges(m.b)
  if (m.ref) out.$ref = serialEntries(m.ref, m.b)
  if (m.type) out.type = serialEntries(m.type, m.b)
  if (m.pattern) out.pattern = serialEntries(m.pattern, m.b)
  if (m.enumB !== undefined) {
    const e: SerialNode = { v: serialEntries(m.enumV!, m.enumB) }
    if (m.enumB !== m.b) e['@'] = formatRanges(m.enumB)
    out.enum = e
  }
  if (m.required) out.required = serialEntries(m.required, m.b)
  for (const [field, key] of [
    ['props', 'properties'],
    ['pprops', 'patternProperties']
  ] as const) {
    const map = m[field]
    if (!map) continue
    const o: Record<string, SerialNode> = {}
    for (const [name, child] of map) o[name] = serializeNode(child, m.b)
    out[key] = o
  }
  if (m.apBool) out.additionalProperties = serialEntries(m.apBool, m.b)
  if (m.apNode) out.additionalPropertiesSchema = serializeNode(m.apNode, m.b)
  if (m.items) out.items = serializeNode(m.items, m.b)
  for (const key of ['oneOf', 'anyOf'] as const) {
    const list = m[key]
    if (!list) continue
    const o: SerialNode = { v: list.v.map((n) => serializeNode(n, list.b)) }
    if (list.b !== m.b) o['@'] = formatRanges(list.b)
    out[key] = o
  }
  return out
}

function readEntries<T>(list: unknown, nodeBits: Bits): Entry<T>[] {
  return (list as Array<[T, string?]>).map(([v, r]) => ({ v, b: r === undefined ? nodeBits : parseRanges(r) }))
}

export function deserializeNode(s: SerialNode, parentBits: Bits): MNode {
  const b = typeof s['@'] === 'string' ? parseRanges(s['@']) : parentBits
  const m: MNode = { b }
  if (s.$ref) m.ref = readEntries(s.$ref, b)
  if (s.type) m.type = readEntries(s.type, b)
  if (s.pattern) m.pattern = readEntries(s.pattern, b)
  if (s.enum) {
    const e = s.enum as SerialNode
    m.enumB = typeof e['@'] === 'string' ? parseRanges(e['@']) : b
    m.enumV = readEntries(e.v, m.enumB)
  }
  if (s.required) m.required = readEntries(s.required, b)
  for (const [field, key] of [
    ['props', 'properties'],
    ['pprops', 'patternProperties']
  ] as const) {
    const o = s[key] as Record<string, SerialNode> | undefined
    if (!o) continue
    const map = new Map<string, MNode>()
    for (const [name, child] of Object.entries(o)) map.set(name, deserializeNode(child, b))
    m[field] = map
  }
  if (s.additionalProperties) m.apBool = readEntries(s.additionalProperties, b)
  if (s.additionalPropertiesSchema) m.apNode = deserializeNode(s.additionalPropertiesSchema as SerialNode, b)
  if (s.items) m.items = deserializeNode(s.items as SerialNode, b)
  for (const key of ['oneOf', 'anyOf'] as const) {
    const o = s[key] as SerialNode | undefined
    if (!o) continue
    const lb = typeof o['@'] === 'string' ? parseRanges(o['@']) : b
    m[key] = { b: lb, v: (o.v as SerialNode[]).map((n) => deserializeNode(n, lb)) }
  }
  return m
}
