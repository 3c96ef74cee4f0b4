// Finding the subschemas that apply at an instance path (through $ref, items, additionalProperties and the
// oneOf/anyOf/allOf branches), to name the fields and forms a release allows there.
import type { JsonSchema } from '../schemas/index.js'

type Schema = JsonSchema

export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
}

function resolveRef(root: Schema, ref: string): Schema | null {
  if (!ref.startsWith('#')) return null
  let node: unknown = root
  for (const seg of pointerSegments(decodeURIComponent(ref.slice(1)))) {
    if (node === null || typeof node !== 'object') return null
    node = (node as Record<string, unknown>)[seg]
  }
  return node !== null && typeof node === 'object' ? (node as Schema) : null
}

/** The schema itself with $ref followed, plus every allOf/oneOf/anyOf branch (flattened). */
function expand(root: Schema, schema: Schema, seen = new Set<Schema>()): Schema[] {
  if (seen.has(schema)) return []
  seen.add(schema)
  const out: Schema[] = [schema]
  if (typeof schema.$ref === 'string') {
    const target = resolveRef(root, schema.$ref)
    if (target) out.push(...expand(root, target, seen))
  }
  for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
    const branches = schema[key]
    if (Array.isArray(branches)) {
      for (const b of branches) if (b && typeof b === 'object') out.push(...expand(root, b as Schema, seen))
    }
  }
  return out
}

function child(schema: Schema, segment: string, isArray: boolean): Schema[] {
  const out: Schema[] = []
  if (isArray) {
    const items = schema.items
    if (Array.isArray(items)) {
      const item = items[Number(segment)]
      if (item && typeof item === 'object') out.push(item as Schema)
    } else if (items && typeof items === 'object') out.push(items as Schema)
    return out
  }
  const props = schema.properties as Record<string, Schema> | undefined
  if (props && Object.prototype.hasOwnProperty.call(props, segment)) out.push(props[segment]!)
  else if (schema.additionalProperties && typeof schema.additionalProperties === 'object')
    out.push(schema.additionalProperties as Schema)
  return out
}

/** The (expanded) subschemas one step down from `current`. */
function step(root: Schema, current: readonly Schema[], segment: string, isArray: boolean): Schema[] {
  const next: Schema[] = []
  for (const s of current) for (const c of child(s, segment, isArray)) next.push(...expand(root, c))
  return [...new Set(next)]
}

/** Every (expanded) subschema that applies at `instancePath` of `data`. */
export function schemasAt(root: Schema, instancePath: string, data: unknown): Schema[] {
  let current = expand(root, root)
  let value: unknown = data
  for (const seg of pointerSegments(instancePath)) {
    current = step(root, current, seg, Array.isArray(value))
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[seg] : undefined
  }
  return current
}

function propertyNames(schemas: readonly Schema[]): string[] {
  const names = new Set<string>()
  for (const s of schemas) {
    const props = s.properties
    if (props && typeof props === 'object') for (const k of Object.keys(props)) names.add(k)
  }
  return [...names].sort()
}

/** The property names any applicable subschema declares at `instancePath`. */
export function propertiesAt(root: Schema, instancePath: string, data: unknown): string[] {
  return propertyNames(schemasAt(root, instancePath, data))
}

/**
 * The property names declared at a field path given as segments (`['managedNodeGroups', '[]']`: `[]` is a list's
 * items, `*` a map's values), as `eksctl-preflight fields` spells paths.
 */
export function propertiesAtFieldPath(root: Schema, segments: readonly string[]): string[] {
  let current = expand(root, root)
  for (const seg of segments) {
    if (seg === '[]') current = step(root, current, '0', true)
    else if (seg === '*') {
      const values: Schema[] = []
      for (const s of current) {
        if (s.additionalProperties && typeof s.additionalProperties === 'object')
          values.push(...expand(root, s.additionalProperties as Schema))
        const patterns = s.patternProperties
        if (patterns && typeof patterns === 'object')
          for (const p of Object.values(patterns as Record<string, Schema>)) values.push(...expand(root, p))
      }
      current = [...new Set(values)]
    } else current = step(root, current, seg, false)
  }
  return propertyNames(current)
}

function describeOne(root: Schema, schema: Schema, depth: number): string | null {
  const parts = expand(root, schema)
  const types = new Set<string>()
  for (const p of parts) {
    if (Array.isArray(p.enum) && p.enum.length <= 6) return `one of ${p.enum.map((v) => JSON.stringify(v)).join(', ')}`
    if (typeof p.type === 'string') types.add(p.type)
    else if (Array.isArray(p.type)) for (const t of p.type) types.add(String(t))
  }
  if (types.has('array')) {
    const items = parts.map((p) => p.items).find((i) => i && typeof i === 'object' && !Array.isArray(i))
    const inner = items && depth < 2 ? describeOne(root, items as Schema, depth + 1) : null
    return inner ? `a list of ${inner.replace(/^an? /, '').replace(/^one of /, 'values among ')}s` : 'a list'
  }
  if (types.has('object')) {
    const names = parts.flatMap((p) =>
      p.properties && typeof p.properties === 'object' ? Object.keys(p.properties) : []
    )
    if (names.length && names.length <= 4) return `a map with ${names.map((n) => '`' + n + '`').join(', ')}`
    return 'a map'
  }
  if (types.has('string')) return 'a string'
  if (types.has('integer')) return 'an integer'
  if (types.has('number')) return 'a number'
  if (types.has('boolean')) return 'a boolean'
  return null
}

/** `a string or a list of strings`: the forms the oneOf/anyOf at a path allows; null when not describable. */
export function describeForms(root: Schema, instancePath: string, data: unknown): string | null {
  const forms = new Set<string>()
  for (const s of schemasAt(root, instancePath, data)) {
    for (const key of ['oneOf', 'anyOf'] as const) {
      const branches = s[key]
      if (!Array.isArray(branches)) continue
      for (const b of branches) {
        const d = b && typeof b === 'object' ? describeOne(root, b as Schema, 0) : null
        if (d) forms.add(d)
      }
    }
  }
  return forms.size ? [...forms].join(' or ') : null
}
