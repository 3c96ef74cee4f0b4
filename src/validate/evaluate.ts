// Release-aware schema evaluation over the schema store.
//
// One walk of the data over the merged structure (src/schemas/merged.ts) evaluates every release at once: each
// schema node is visited with the set of releases (a bitset) in which the data's path reaches it, and every check
// returns the releases in which it passes. That gives, in the same walk, the releases that accept the whole
// document (compatibleReleases) and, for one target release, its errors with the releases in which the same check
// passes for the same value (acceptedIn). No per-release schema is compiled.
import {
  enumBitsOf,
  getStore,
  patternRegex,
  rangesOf,
  resolveRelease,
  variantBit,
  variantMask,
  type ReleaseRange
} from '../schemas/index.js'
import { valuesOfCaseInsensitivePattern } from '../schemas/corrections.js'
import type { Bits, MNode } from '../schemas/merged.js'

export interface SchemaError {
  /** JSON pointer of the offending value (for an unknown field: the object holding it). */
  instancePath: string
  keyword: 'additionalProperties' | 'type' | 'enum' | 'required' | 'oneOf' | 'anyOf' | 'pattern' | string
  params: {
    additionalProperty?: string
    missingProperty?: string
    allowedValues?: unknown[]
    type?: string | string[]
    [k: string]: unknown
  }
  /** The releases (over all known) in which this same check passes for this value; [] when none does. */
  acceptedIn: ReleaseRange[]
}

export interface EvaluateOptions {
  /** Apply the corrections overlay (default true). */
  corrections?: boolean
  /** Instance paths whose value is an unexpanded placeholder: type/enum/pattern checks there are skipped. */
  skipValueChecksAt?: ReadonlySet<string>
}

interface Ctx {
  /** Bit of the release whose errors are collected (0n: none). */
  target: Bits
  errors: RawError[]
  skip: ReadonlySet<string> | undefined
  defs: Map<string, MNode>
  /**
   * Only when errors are collected: per instance path, the releases that reach it; per check (keyed like
   * RawError.key), the releases where it fails and, for enums, where the value is listed. A location can be
   * reached through different definitions in different releases ($ref targets change over time), so acceptedIn
   * is assembled from all of them after the walk.
   */
  reach: Map<string, Bits> | null
  fails: Map<string, Bits>
  listed: Map<string, Bits>
  /**
   * Inside the value of a key matched to a field only by ignoring case: eksctl's strict decode checks its Go types
   * and unknown fields, and its validation never sees it (no enum, pattern or required checks).
   */
  structural: boolean
}

interface RawError {
  instancePath: string
  keyword: string
  params: SchemaError['params']
  /** Identity of the check across releases; acceptedIn is computed from it after the walk (or `accepted`). */
  key?: string
  accepted?: Bits
}

function note(map: Map<string, Bits>, key: string, bits: Bits) {
  map.set(key, (map.get(key) ?? 0n) | bits)
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return isPlainObject(value)
    case 'array':
      return Array.isArray(value)
    case 'string':
      return typeof value === 'string'
    case 'boolean':
      return typeof value === 'boolean'
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value)
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
    case 'null':
      return value === null
    default:
      return false
  }
}

const pointer = (base: string, key: string | number): string => {
  const s = String(key)
  return `${base}/${s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s}`
}

// Bitsets are BigInts, and every operation on one allocates a new one. A check that passes in every release it was
// asked about (the common case) returns its reach unchanged, so `pass &= ~(reach & ~result)` is skipped then.

/** The releases in `reach` in which `data` at `path` is valid against `node`; errors of ctx.target into ctx.errors. */
function evaluate(node: MNode, data: unknown, reach: Bits, path: string, ctx: Ctx): Bits {
  const S = reach & node.b
  if (S === 0n) return 0n
  let pass = S
  const collect = ctx.target !== 0n && (S & ctx.target) !== 0n
  if (ctx.reach) note(ctx.reach, path, S)

  // $ref (draft-07 siblings are applied too, as Ajv 8 does)
  for (const e of node.ref ?? []) {
    const sub = S & e.b
    if (sub === 0n) continue
    const def = ctx.defs.get(e.v)
    if (!def) continue
    const r = evaluate(def, data, sub, path, ctx)
    if (r !== sub) pass &= ~(sub & ~r)
  }

  // value checks: type, enum, pattern
  let typeFailsTarget = false
  if (ctx.skip === undefined || !ctx.skip.has(path)) {
    if (node.type) {
      let fail = 0n
      let wanted: string | string[] | undefined
      for (const e of node.type) {
        const m = S & e.b
        if (!m) continue
        const ok = typeof e.v === 'string' ? hasType(data, e.v) : e.v.some((t) => hasType(data, t))
        if (!ok) {
          fail |= m
          if (e.b & ctx.target) wanted = e.v
        }
      }
      if (fail) pass &= ~fail
      if (ctx.reach && fail) note(ctx.fails, `type\0${path}`, fail)
      if (collect && fail && fail & ctx.target) {
        typeFailsTarget = true
        ctx.errors.push({ instancePath: path, keyword: 'type', params: { type: wanted }, key: `type\0${path}` })
      }
    }
    if (!ctx.structural && (node.enumB !== undefined || node.pattern)) {
      const { listed, constrained } = enumBitsOf(node, data, S)
      const fail = listed === constrained ? 0n : constrained & ~listed
      if (fail) pass &= ~fail
      if (ctx.reach) note(ctx.listed, `enum\0${path}`, listed)
      if (collect && !typeFailsTarget && fail && fail & ctx.target) {
        const target = ctx.target
        if (node.enumB !== undefined && node.enumB & target) {
          const allowedValues = node.enumV!.filter((e) => e.b & target).map((e) => e.v)
          ctx.errors.push({ instancePath: path, keyword: 'enum', params: { allowedValues }, key: `enum\0${path}` })
        } else {
          const pattern = node.pattern!.find((e) => e.b & target)!.v
          const values = valuesOfCaseInsensitivePattern(pattern)
          ctx.errors.push(
            values
              ? {
                  instancePath: path,
                  keyword: 'enum',
                  params: { allowedValues: values, caseInsensitive: true },
                  key: `enum\0${path}`
                }
              : { instancePath: path, keyword: 'pattern', params: { pattern }, key: `enum\0${path}` }
          )
        }
      }
    }
  }

  if (isPlainObject(data)) {
    const o = evaluateObject(node, data, S, path, ctx, collect)
    if (o !== S) pass &= o
  } else if (Array.isArray(data) && node.items) {
    const ib = S & node.items.b
    if (ib) {
      const items = node.items
      for (let i = 0; i < data.length; i++) {
        const r = evaluate(items, data[i], ib, pointer(path, i), ctx)
        if (r !== ib) pass &= ~(ib & ~r)
      }
    }
  }

  if (node.oneOf) pass &= evaluateCombinator(node.oneOf, 'oneOf', data, S, path, ctx, collect)
  if (node.anyOf) pass &= evaluateCombinator(node.anyOf, 'anyOf', data, S, path, ctx, collect)
  return pass
}

function evaluateObject(
  node: MNode,
  data: Record<string, unknown>,
  S: Bits,
  path: string,
  ctx: Ctx,
  collect: boolean
): Bits {
  let pass = S
  for (const e of ctx.structural ? [] : (node.required ?? [])) {
    const fail = S & e.b
    if (!fail || Object.prototype.hasOwnProperty.call(data, e.v)) continue
    pass &= ~fail
    const key = `required\0${path}\0${e.v}`
    if (ctx.reach) note(ctx.fails, key, fail)
    if (collect && fail & ctx.target)
      ctx.errors.push({ instancePath: path, keyword: 'required', params: { missingProperty: e.v }, key })
  }
  for (const key of Object.keys(data)) {
    const value = data[key]
    const childPath = pointer(path, key)
    const prop = node.props?.get(key)
    const pb = prop ? S & prop.b : 0n
    if (pb) {
      const r = evaluate(prop!, value, pb, childPath, ctx)
      if (r !== pb) pass &= ~(pb & ~r)
    }
    let rest = pb === S ? 0n : S & ~pb
    if (!rest) continue
    for (const [pattern, pnode] of node.pprops ?? []) {
      const mb = rest & pnode.b
      if (!mb || !patternRegex(pattern).test(key)) continue
      const r = evaluate(pnode, value, mb, childPath, ctx)
      if (r !== mb) pass &= ~(mb & ~r)
      rest &= ~mb
    }
    if (!rest) continue
    let closed = 0n
    for (const e of node.apBool ?? []) if (e.v === false) closed |= rest & e.b
    if (closed && node.props) {
      const [unknown, failed] = evaluateFoldedName(node, key, value, closed, path, childPath, ctx, collect)
      if (failed) pass &= ~failed
      closed = unknown
    }
    if (closed) {
      pass &= ~closed
      const id = `additionalProperties\0${path}\0${key}`
      if (ctx.reach) note(ctx.fails, id, closed)
      if (collect && closed & ctx.target)
        ctx.errors.push({
          instancePath: path,
          keyword: 'additionalProperties',
          params: { additionalProperty: key },
          key: id
        })
    }
    if (node.apNode) {
      const ab = rest & node.apNode.b
      if (ab) {
        const r = evaluate(node.apNode, value, ab, childPath, ctx)
        if (r !== ab) pass &= ~(ab & ~r)
      }
    }
  }
  return pass
}

/**
 * Go's encoding/json matches a key to a struct field ignoring case when no field has its exact name (ASCII letters,
 * plus the two non-ASCII runes that fold to one: U+212A KELVIN SIGN and U+017F LONG S). eksctl's first, strict
 * decode (sigs.k8s.io/yaml UnmarshalStrict, DisallowUnknownFields) goes through it, so `xray:` for `xRay:` is no
 * unknown field; the decode that builds the config (apimachinery's case-sensitive serializer) then skips the key.
 */
export function foldFieldName(name: string): string {
  let out = ''
  for (const ch of name) {
    if (ch >= 'A' && ch <= 'Z') out += ch.toLowerCase()
    else if (ch === '\u212a') out += 'k'
    else if (ch === '\u017f') out += 's'
    else out += ch
  }
  return out
}

/** Per merged node: its properties by folded name (first declared first, as encoding/json tries its fields). */
const foldedProps = new WeakMap<MNode, Map<string, [string, MNode][]>>()
function propsFolded(node: MNode): Map<string, [string, MNode][]> {
  let map = foldedProps.get(node)
  if (!map) {
    map = new Map()
    for (const [name, prop] of node.props ?? []) {
      const f = foldFieldName(name)
      const list = map.get(f)
      if (list) list.push([name, prop])
      else map.set(f, [[name, prop]])
    }
    foldedProps.set(node, map)
  }
  return map
}

/**
 * For a key no release of `closed` knows by its exact name: the releases in which a field of another case takes it
 * (see foldFieldName) accept it, with its value checked as Go's decoder checks it (types and unknown fields, not the
 * schema's enums, patterns or required fields: the value never reaches eksctl's validation). Returns the releases
 * that still reject the key as unknown, and those in which its value fails those checks. For the target release, a
 * `fieldNameCase` note names the field's spelling.
 */
function evaluateFoldedName(
  node: MNode,
  key: string,
  value: unknown,
  closed: Bits,
  path: string,
  childPath: string,
  ctx: Ctx,
  collect: boolean
): [Bits, Bits] {
  const matches = propsFolded(node).get(foldFieldName(key))
  if (!matches) return [closed, 0n]
  let rest = closed
  let failed = 0n
  for (const [name, prop] of matches) {
    const mb = rest & prop.b
    if (!mb) continue
    rest &= ~mb
    const structural = ctx.structural
    ctx.structural = true
    const r = evaluate(prop, value, mb, childPath, ctx)
    ctx.structural = structural
    if (r !== mb) failed |= mb & ~r
    if (collect && mb & ctx.target)
      ctx.errors.push({
        instancePath: path,
        keyword: 'fieldNameCase',
        params: { additionalProperty: key, spelling: name }
      })
    if (!rest) break
  }
  return [rest, failed]
}

/** oneOf / anyOf. A single branch in the target release reports its own errors; otherwise one error for all. */
function evaluateCombinator(
  list: { b: Bits; v: MNode[] },
  keyword: 'oneOf' | 'anyOf',
  data: unknown,
  S: Bits,
  path: string,
  ctx: Ctx,
  collect: boolean
): Bits {
  const lb = S & list.b
  if (!lb) return S
  const targetBranches = collect && lb & ctx.target ? list.v.filter((b) => b.b & ctx.target).length : 0
  const outer = ctx.errors
  let one = 0n
  let many = 0n
  for (const branch of list.v) {
    const bb = lb & branch.b
    if (!bb) continue
    // a lone branch reports its errors as the errors of this node; several branches are summarised below
    ctx.errors = targetBranches === 1 ? outer : []
    const p = evaluate(branch, data, bb, path, ctx)
    many |= one & p
    one = (one | p) & ~many
  }
  ctx.errors = outer
  // Without the value checks (ctx.structural) branches told apart by an enum or pattern can both pass: any will do.
  const ok = keyword === 'oneOf' && !ctx.structural ? one : one | many
  const fail = lb & ~ok
  if (collect && targetBranches > 1 && fail & ctx.target)
    outer.push({ instancePath: path, keyword, params: {}, accepted: lb & ok })
  return S & ~fail
}

function walk(data: unknown, target: Bits, options: EvaluateOptions, track: boolean): Ctx & { pass: Bits } {
  const store = getStore()
  const ctx: Ctx = {
    target,
    errors: [],
    // An empty set (no placeholders, the common case) is no set: no lookup per visited node.
    skip: options.skipValueChecksAt?.size ? options.skipValueChecksAt : undefined,
    defs: store.merged.defs,
    reach: track ? new Map() : null,
    fails: new Map(),
    listed: new Map(),
    structural: false
  }
  const pass = evaluate(store.merged.root, data, variantMask(options.corrections ?? true), '', ctx)
  return Object.assign(ctx, { pass })
}

function run(data: unknown, target: Bits, options: EvaluateOptions): { pass: Bits; errors: RawError[] } {
  // The bookkeeping behind acceptedIn (which releases reach each path, where each check fails) costs more than the
  // walk itself, and only errors of the target release need it: walk without it, and again with it only when the
  // first walk found such errors (a valid document, the common case, is walked once).
  let ctx = walk(data, target, options, false)
  if (!ctx.errors.some((e) => e.key !== undefined)) return { pass: ctx.pass, errors: ctx.errors }
  ctx = walk(data, target, options, true)
  for (const e of ctx.errors) {
    if (e.key === undefined) continue
    e.accepted = e.key.startsWith('enum\0')
      ? (ctx.listed.get(e.key) ?? 0n)
      : (ctx.reach!.get(e.instancePath) ?? 0n) & ~(ctx.fails.get(e.key) ?? 0n)
  }
  return { pass: ctx.pass, errors: ctx.errors }
}

function toSchemaErrors(errors: RawError[], corrections: boolean): SchemaError[] {
  return errors.map((e) => ({
    instancePath: e.instancePath,
    keyword: e.keyword,
    params: e.params,
    acceptedIn: rangesOf(e.accepted ?? 0n, corrections)
  }))
}

/** Errors of `data` against one release's schema. One root cause, one error (no oneOf cascades). */
export function evaluateRelease(data: unknown, version: string, options: EvaluateOptions = {}): SchemaError[] {
  return evaluateWithCompatible(data, version, options).errors
}

/** The releases whose schema accepts `data`, as contiguous ranges (gaps show as separate ranges). */
export function compatibleReleases(data: unknown, options: EvaluateOptions = {}): ReleaseRange[] {
  const corrections = options.corrections ?? true
  return rangesOf(run(data, 0n, options).pass, corrections)
}

/**
 * evaluateRelease and compatibleReleases from one walk (the walk computes the verdict of every release anyway):
 * what validation asks for each file.
 */
export function evaluateWithCompatible(
  data: unknown,
  version: string,
  options: EvaluateOptions = {}
): { errors: SchemaError[]; compatible: ReleaseRange[] } {
  const corrections = options.corrections ?? true
  const index = getStore().index.get(resolveRelease(version).release.version)!
  const { pass, errors } = run(data, variantBit(index, corrections), options)
  return { errors: toSchemaErrors(errors, corrections), compatible: rangesOf(pass, corrections) }
}

/**
 * Where an error is, as one pointer: the instance path, plus the property for additionalProperties and required
 * errors (`/managedNodeGroups/0/foo`). Works on Ajv's errors too (used to compare the two).
 */
export function errorLocation(error: { instancePath: string; params: Record<string, unknown> }): string {
  const prop = error.params.additionalProperty ?? error.params.missingProperty
  return typeof prop === 'string' ? pointer(error.instancePath, prop) : error.instancePath
}
