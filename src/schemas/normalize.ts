// Normalisation of one release's raw `eksctl utils schema` output into the validation-relevant subset of
// draft-07 JSON Schema: eksctl's prose (descriptions), editor hints (preferredOrder, x-*), examples, defaults,
// dialect markers ($schema, also nested in 0.21.0) and draft-04 hyper-schema leftovers (media, binaryEncoding,
// contentEncoding: annotations only, they never change a verdict) are dropped. Unknown keywords make the build fail,
// so a new eksctl release that starts using one is noticed instead of silently ignored.
//
// Ajv strict mode (strictTypes) wants a `type` wherever object keywords (properties, required, additionalProperties,
// patternProperties) or array keywords (items) are used. eksctl's definitions from 0.22.0 on use them with no `type`
// at all, which in JSON Schema means "any value; these keywords only constrain objects". Normalisation makes that
// explicit without changing a verdict: such a node gets `type: ANY_TYPE` (every JSON type, object and array
// included). `additionalProperties: true` is dropped (it is the default; 0.21.0 uses it on free-form values, where a
// type would change the verdict). Whether such a value must be an object is the loader's business, so narrowing
// the type is a correction (struct-values-are-objects in ./corrections.ts), not part of normalisation.

export type SchemaNode = { [keyword: string]: unknown }

export interface NormalizedSchema {
  /** The root: `{$ref: '#/definitions/ClusterConfig'}` plus `type: 'object'` from 0.22.0. */
  root: SchemaNode
  definitions: Record<string, SchemaNode>
}

/** Every JSON type: the explicit form of "no type" (`integer` is covered by `number`). */
export const ANY_TYPE: readonly string[] = ['object', 'array', 'string', 'number', 'boolean', 'null']

const OBJECT_KEYWORDS = ['properties', 'required', 'additionalProperties', 'patternProperties'] as const

/** true for the `type` normalisation gives a node that declared none (see ANY_TYPE). */
export function isAnyType(type: unknown): boolean {
  return Array.isArray(type) && type.length === ANY_TYPE.length && ANY_TYPE.every((t, i) => type[i] === t)
}

export const DRAFT_07 = 'http://json-schema.org/draft-07/schema#'
export const DEFINITIONS_PREFIX = '#/definitions/'

/** Keywords that decide a verdict, kept. */
const KEPT = new Set([
  '$ref',
  'type',
  'enum',
  'pattern',
  'required',
  'properties',
  'patternProperties',
  'additionalProperties',
  'items',
  'oneOf',
  'anyOf'
])

/** Keywords that never decide a verdict, dropped. */
const DROPPED = new Set([
  'description',
  'x-intellij-html-description',
  'x-kubernetes-group-version-kind',
  'preferredOrder',
  'default',
  'examples',
  '$schema',
  'media',
  'binaryEncoding',
  'contentEncoding'
])

export class SchemaFormatError extends Error {}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function normalizeNode(raw: unknown, at: string): SchemaNode {
  if (!isObject(raw)) throw new SchemaFormatError(`${at}: a schema must be an object`)
  const out: SchemaNode = {}
  for (const [key, value] of Object.entries(raw)) {
    if (DROPPED.has(key)) continue
    if (!KEPT.has(key)) throw new SchemaFormatError(`${at}: unsupported keyword "${key}"`)
    switch (key) {
      case '$ref':
        if (typeof value !== 'string' || !value.startsWith(DEFINITIONS_PREFIX))
          throw new SchemaFormatError(`${at}/$ref: only local "#/definitions/…" references are supported`)
        out.$ref = value
        break
      case 'type':
        if (typeof value !== 'string' && !(Array.isArray(value) && value.every((t) => typeof t === 'string')))
          throw new SchemaFormatError(`${at}/type: expected a string or a list of strings`)
        out.type = value
        break
      case 'pattern':
        if (typeof value !== 'string') throw new SchemaFormatError(`${at}/pattern: expected a string`)
        out.pattern = value
        break
      case 'enum':
      case 'required':
        if (!Array.isArray(value)) throw new SchemaFormatError(`${at}/${key}: expected a list`)
        out[key] = [...value]
        break
      case 'properties':
      case 'patternProperties': {
        if (!isObject(value)) throw new SchemaFormatError(`${at}/${key}: expected an object`)
        const props: Record<string, SchemaNode> = {}
        for (const [name, sub] of Object.entries(value)) props[name] = normalizeNode(sub, `${at}/${key}/${name}`)
        out[key] = props
        break
      }
      case 'additionalProperties':
        out.additionalProperties =
          typeof value === 'boolean' ? value : normalizeNode(value, `${at}/additionalProperties`)
        break
      case 'items':
        if (Array.isArray(value)) throw new SchemaFormatError(`${at}/items: tuple items are not supported`)
        out.items = normalizeNode(value, `${at}/items`)
        break
      case 'oneOf':
      case 'anyOf':
        if (!Array.isArray(value)) throw new SchemaFormatError(`${at}/${key}: expected a list`)
        out[key] = value.map((sub, i) => normalizeNode(sub, `${at}/${key}/${i}`))
        break
    }
  }
  if (out.additionalProperties === true) delete out.additionalProperties
  if (out.type === undefined && (out.items !== undefined || OBJECT_KEYWORDS.some((k) => out[k] !== undefined)))
    return { type: [...ANY_TYPE], ...out }
  return out
}

/** Normalises a raw schema document (draft-04 in 0.21.0, the misspelled draft-07 URI in 0.22–0.40, draft-07 later). */
export function normalizeSchema(raw: unknown): NormalizedSchema {
  if (!isObject(raw)) throw new SchemaFormatError('the schema document must be a JSON object')
  const { definitions, ...rest } = raw
  if (!isObject(definitions)) throw new SchemaFormatError('the schema document has no "definitions" object')
  const root = normalizeNode(rest, '#')
  if (typeof root.$ref !== 'string') throw new SchemaFormatError('the schema root has no "$ref"')
  const defs: Record<string, SchemaNode> = {}
  for (const [name, def] of Object.entries(definitions)) defs[name] = normalizeNode(def, `#/definitions/${name}`)
  return { root, definitions: defs }
}

/** The JSON Schema document (draft-07) of a normalised schema. */
export function toJsonSchema(schema: NormalizedSchema): Record<string, unknown> {
  return { $schema: DRAFT_07, ...schema.root, definitions: schema.definitions }
}
