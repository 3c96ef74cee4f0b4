// Turning the evaluator's SchemaErrors into Findings a user can act on: which release accepts the field or
// value (since/until), what was expected, the closest known name for a typo, at the key or value position.
import semver from 'semver'
import type { ConfigDocument } from '../config/document.js'
import type { Finding, SourceRange } from '../report/finding.js'
import { SCHEMA_RULES } from '../report/rule-catalog.js'
import type { JsonSchema, Release, ReleaseRange } from '../schemas/index.js'
import type { SchemaError } from './evaluate.js'
import { describeForms, pointerSegments, propertiesAt } from './schema-walk.js'
import { closest } from './suggest.js'

export interface MessageContext {
  doc: ConfigDocument
  /** What to do about a field that needs a newer eksctl, in the shell's words (ShellWords.upgrade). */
  upgrade: string
  /** The release validated against. */
  target: Release
  /** Every known release, oldest first. */
  releases: readonly Release[]
  /** The target release's (corrected) schema, for field names and forms; loaded only when needed. */
  schema: () => JsonSchema
}

/** How the releases that accept a check relate to the target release. */
export type Explanation =
  | { kind: 'later'; since: string; lastAccepted: string | null; until: string | null; date: string }
  | { kind: 'earlier'; since: string; lastAccepted: string; until: string | null }

function releaseAfter(releases: readonly Release[], version: string): string | null {
  const i = releases.findIndex((r) => r.version === version)
  if (i >= 0) return releases[i + 1]?.version ?? null
  return releases.find((r) => semver.gt(r.version, version))?.version ?? null
}

export function explain(
  acceptedIn: readonly ReleaseRange[],
  target: string,
  releases: readonly Release[]
): Explanation | null {
  if (!acceptedIn.length) return null
  const later = acceptedIn.filter((r) => semver.gt(r.from, target)).sort((a, b) => semver.compare(a.from, b.from))[0]
  if (later) {
    return {
      kind: 'later',
      since: later.from,
      lastAccepted: later.to,
      until: later.to === null ? null : releaseAfter(releases, later.to),
      date: releases.find((r) => r.version === later.from)?.date ?? 'date unknown'
    }
  }
  const before = acceptedIn
    .filter((r) => r.to !== null && semver.lt(r.to, target))
    .sort((a, b) => semver.compare(a.to!, b.to!))
    .pop()
  if (before && before.to !== null) {
    return { kind: 'earlier', since: before.from, lastAccepted: before.to, until: releaseAfter(releases, before.to) }
  }
  return null
}

/** `managedNodeGroups[0].amiFamily` for `/managedNodeGroups/0/amiFamily`. */
export function displayPath(instancePath: string): string {
  let out = ''
  for (const seg of pointerSegments(instancePath)) {
    if (/^\d+$/.test(seg)) out += `[${seg}]`
    else if (/^[A-Za-z_][\w-]*$/.test(seg)) out += out ? `.${seg}` : seg
    else out += `[${JSON.stringify(seg)}]`
  }
  return out || 'the document'
}

function valueAt(data: unknown, instancePath: string): unknown {
  let v = data
  for (const seg of pointerSegments(instancePath)) {
    if (v === null || typeof v !== 'object') return undefined
    v = (v as Record<string, unknown>)[seg]
  }
  return v
}

function escapeSegment(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1')
}

function typeName(v: unknown): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'a list'
  if (typeof v === 'object') return 'a map'
  if (typeof v === 'number') return Number.isInteger(v) ? 'an integer' : 'a number'
  if (typeof v === 'boolean') return 'a boolean'
  return 'a string'
}

const article: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'a boolean',
  object: 'a map',
  array: 'a list',
  null: 'null'
}

function quoteList(values: readonly unknown[], max = 12): string {
  const shown = values.slice(0, max).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)))
  return shown.join(', ') + (values.length > max ? `, … (${values.length - max} more)` : '')
}

/** A document's lines, split once (a message per finding must not split the whole text again: N × size). */
const documentLines = new WeakMap<ConfigDocument, string[]>()
function lineOf(doc: ConfigDocument, line: number): string {
  let lines = documentLines.get(doc)
  if (!lines) documentLines.set(doc, (lines = doc.text.split(/\r?\n/)))
  return lines[line - 1] ?? ''
}

function sourceText(doc: ConfigDocument, r: SourceRange): string {
  if (r.line !== r.endLine) return ''
  const line = lineOf(doc, r.line)
  return line.slice(r.column - 1, r.endColumn - 1)
}

/** The first line of a range (for whole-object positions such as a missing field at the top level). */
function firstLine(r: SourceRange, doc: ConfigDocument): SourceRange {
  if (r.line === r.endLine) return r
  const line = lineOf(doc, r.line)
  return { line: r.line, column: r.column, endLine: r.line, endColumn: Math.max(r.column + 1, line.length + 1) }
}

function sinceUntil(e: Explanation | null): Pick<Finding, 'since' | 'until'> {
  if (!e) return {}
  return { since: e.since, until: e.until }
}

/** `needs eksctl ≥ 0.112.0 (released 2022-09-19)`, or for a field that came and went, both ends. */
function needs(e: Extract<Explanation, { kind: 'later' }>): string {
  if (e.lastAccepted === null) return `needs eksctl ≥ ${e.since} (released ${e.date})`
  const removed = e.until ? `, removed in ${e.until}` : ''
  return `needs ${span(e.since, e.lastAccepted)} (${e.since} released ${e.date}${removed})`
}

function span(from: string, to: string | null): string {
  return to === null ? `eksctl ≥ ${from}` : from === to ? `eksctl ${from}` : `eksctl ${from} … ${to}`
}

/** A typo whose closest field is one the object misses: one finding (the unknown field), not two. */
interface Typo {
  suggestion: string | null
  required: boolean
}

/**
 * All errors of one document as findings. A misspelt required field (`nam:` for `name:`) gives an unknown field and
 * a missing required field: that is one root cause, reported once at the misspelt key.
 */
export function schemaErrorsToFindings(
  errors: readonly SchemaError[],
  ctx: MessageContext,
  /** Receives the unknown-field findings that also stand for a missing required field. */
  foldedTypos?: Set<Finding>
): Finding[] {
  const missing = new Map<string, Set<string>>()
  for (const e of errors) {
    if (e.keyword !== 'required' || typeof e.params.missingProperty !== 'string') continue
    if (!missing.has(e.instancePath)) missing.set(e.instancePath, new Set())
    missing.get(e.instancePath)!.add(e.params.missingProperty)
  }
  const folded = new Set<string>()
  const typos = new Map<SchemaError, Typo>()
  for (const e of errors) {
    if (e.keyword !== 'additionalProperties' || typeof e.params.additionalProperty !== 'string') continue
    if (explain(e.acceptedIn, ctx.target.version, ctx.releases)) continue
    const wanted = missing.get(e.instancePath)
    const candidates = wanted ? [...wanted].filter((w) => !folded.has(`${e.instancePath}/${w}`)) : []
    const required = closest(e.params.additionalProperty, candidates)
    if (required) {
      folded.add(`${e.instancePath}/${required}`)
      typos.set(e, { suggestion: required, required: true })
    }
  }
  // A required field written in other letter case (`Name:` for `name:`): eksctl ignores the key, so the field is
  // missing. One finding, at the key.
  const caseKeys = new Map<string, string>()
  for (const e of errors)
    if (e.keyword === 'fieldNameCase' && typeof e.params.additionalProperty === 'string')
      caseKeys.set(`${e.instancePath}\u0000${String(e.params.spelling)}`, e.params.additionalProperty)
  const caseMissing = new Set<string>()
  if (caseKeys.size)
    for (const e of errors)
      if (e.keyword === 'required' && caseKeys.has(`${e.instancePath}\u0000${String(e.params.missingProperty)}`))
        caseMissing.add(`${e.instancePath}\u0000${String(e.params.missingProperty)}`)
  // Several fields missing from one object (and no release explaining any): one finding that names them all.
  const plainMissing = new Map<string, SchemaError[]>()
  for (const e of errors) {
    if (e.keyword !== 'required' || typeof e.params.missingProperty !== 'string') continue
    if (folded.has(`${e.instancePath}/${e.params.missingProperty}`)) continue
    if (caseMissing.has(`${e.instancePath}\u0000${e.params.missingProperty}`)) continue
    if (explain(e.acceptedIn, ctx.target.version, ctx.releases)) continue
    plainMissing.set(e.instancePath, [...(plainMissing.get(e.instancePath) ?? []), e])
  }
  const findings: Finding[] = []
  const seen = new Set<string>()
  for (const e of errors) {
    if (e.keyword === 'required' && folded.has(`${e.instancePath}/${String(e.params.missingProperty)}`)) continue
    if (e.keyword === 'fieldNameCase' && caseMissing.has(`${e.instancePath}\u0000${String(e.params.spelling)}`))
      continue
    if (e.keyword === 'required' && caseMissing.has(`${e.instancePath}\u0000${String(e.params.missingProperty)}`)) {
      const missing = String(e.params.missingProperty)
      findings.push(missingInOtherCase(e, caseKeys.get(`${e.instancePath}\u0000${missing}`)!, missing, ctx))
      continue
    }
    const group = e.keyword === 'required' ? plainMissing.get(e.instancePath) : undefined
    if (group && group.length > 1) {
      if (group[0] !== e) continue
      findings.push(missingFields(group, ctx))
      continue
    }
    const typo = typos.get(e)
    const finding = schemaErrorToFinding(e, ctx, typo)
    if (typo?.required) foldedTypos?.add(finding)
    const key = `${finding.ruleId}\u0000${finding.instancePath}\u0000${finding.message}`
    if (seen.has(key)) continue
    seen.add(key)
    findings.push(finding)
  }
  return findings
}

function missingInOtherCase(error: SchemaError, key: string, missing: string, ctx: MessageContext): Finding {
  const { doc } = ctx
  const path = `${error.instancePath}/${escapeSegment(key)}`
  const where = error.instancePath ? `\`${displayPath(error.instancePath)}\`` : 'The ClusterConfig'
  return {
    ruleId: SCHEMA_RULES.required,
    severity: 'error',
    file: doc.path,
    message:
      `${where} is missing the required field \`${missing}\` (eksctl ${ctx.target.version}): \`${key}\` is spelt in ` +
      `other letter case, which eksctl's unknown-field check accepts and its decode then ignores. Write \`${missing}\`.`,
    instancePath: error.instancePath,
    ...doc.locate(path, 'key')
  }
}

function missingFields(group: readonly SchemaError[], ctx: MessageContext): Finding {
  const { doc } = ctx
  const path = group[0]!.instancePath
  const names = group.map((e) => `\`${String(e.params.missingProperty)}\``)
  const list = `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
  const where = path ? `\`${displayPath(path)}\`` : 'The ClusterConfig'
  const at = path ? doc.locate(path, 'key') : firstLine(doc.locate(''), doc)
  return {
    ruleId: SCHEMA_RULES.required,
    severity: 'error',
    file: doc.path,
    message: `${where} is missing the required fields ${list} (eksctl ${ctx.target.version}).`,
    instancePath: path,
    ...at
  }
}

export function schemaErrorToFinding(error: SchemaError, ctx: MessageContext, typo?: Typo): Finding {
  const { doc, target } = ctx
  const t = target.version
  const e = explain(error.acceptedIn, t, ctx.releases)
  const base = { severity: 'error' as const, file: doc.path, ...sinceUntil(e) }

  if (error.keyword === 'fieldNameCase' && typeof error.params.additionalProperty === 'string') {
    const key = error.params.additionalProperty
    const spelling = String(error.params.spelling)
    const path = `${error.instancePath}/${escapeSegment(key)}`
    const where = error.instancePath ? ` in \`${displayPath(error.instancePath)}\`` : ''
    const message =
      `\`${key}\`${where} is spelt \`${spelling}\`: eksctl ${t} finds the field when it checks the file for unknown ` +
      `fields (names match there whatever their case), then reads the file with exact names and drops the value, ` +
      `so the setting has no effect. Write \`${spelling}\`.`
    return {
      severity: 'warning',
      file: doc.path,
      ruleId: SCHEMA_RULES.fieldNameCase,
      message,
      instancePath: path,
      ...doc.locate(path, 'key')
    }
  }

  if (error.keyword === 'additionalProperties' && typeof error.params.additionalProperty === 'string') {
    const key = error.params.additionalProperty
    const path = `${error.instancePath}/${escapeSegment(key)}`
    const where = error.instancePath ? ` in \`${displayPath(error.instancePath)}\`` : ''
    const rejects = `eksctl ${t} rejects it with \`json: unknown field "${key}"\``
    let message: string
    if (e?.kind === 'later') {
      message = `\`${key}\`${where} ${needs(e)}; ${rejects}. ${ctx.upgrade}`
    } else if (e?.kind === 'earlier') {
      message =
        `\`${key}\`${where} was removed in eksctl ${e.until ?? 'a later release'} ` +
        `(accepted by ${span(e.since, e.lastAccepted)}); ${rejects}.`
    } else {
      const suggestion = typo?.suggestion ?? suggestField(key, error.instancePath, ctx)
      const required = typo?.required ? ' (required, and missing here)' : ''
      const hint = suggestion ? ` Did you mean \`${suggestion}\`${required}?` : ''
      const known = suggestion ? '' : knownFieldsHint(error.instancePath, ctx)
      message = `Unknown field \`${key}\`${where}: no eksctl release knows it; ${rejects}.${hint}${known}`
    }
    return { ...base, ruleId: SCHEMA_RULES.unknownField, message, instancePath: path, ...doc.locate(path, 'key') }
  }

  const field = displayPath(error.instancePath)
  const value = valueAt(doc.data, error.instancePath)
  const position = doc.locate(error.instancePath, 'value')

  if (error.keyword === 'enum') {
    const allowed = (error.params.allowedValues ?? []) as unknown[]
    const shown = typeof value === 'string' ? value : JSON.stringify(value)
    let message: string
    if (e?.kind === 'later') {
      message = `\`${shown}\` for \`${field}\` ${needs(e)}; eksctl ${t} accepts ${quoteList(allowed)}. ${ctx.upgrade}`
    } else if (e?.kind === 'earlier') {
      message =
        `\`${shown}\` for \`${field}\` was removed in eksctl ${e.until ?? 'a later release'} ` +
        `(accepted by ${span(e.since, e.lastAccepted)}); eksctl ${t} accepts ${quoteList(allowed)}.`
    } else {
      const strings = allowed.filter((v): v is string => typeof v === 'string')
      const suggestion = typeof value === 'string' ? closest(value, strings) : null
      const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : ''
      message = `\`${shown}\` is not a valid \`${field}\`: eksctl ${t} accepts ${quoteList(allowed)}.${hint}`
    }
    return { ...base, ruleId: SCHEMA_RULES.enumValue, message, instancePath: error.instancePath, ...position }
  }

  if (error.keyword === 'type') {
    const expected = ([] as string[]).concat((error.params.type as string | string[] | undefined) ?? [])
    const want = expected.map((x) => article[x] ?? x).join(' or ') || 'another type'
    const text = sourceText(doc, position)
    const got = typeName(value)
    let message = `\`${field}\` must be ${want}, got ${got}${text ? ` (\`${text}\`)` : ''}.`
    if (expected.includes('string') && (typeof value === 'number' || typeof value === 'boolean')) {
      const literal = text || String(value)
      message +=
        typeof value === 'boolean'
          ? ` YAML 1.1, which eksctl reads, makes unquoted ${literal} a boolean: quote it ("${literal}").`
          : ` Quote it: "${literal}".`
    }
    if (e) message += ` ${explainAcceptance(e, t, 'this type', ctx.upgrade)}`
    return { ...base, ruleId: SCHEMA_RULES.type, message, instancePath: error.instancePath, ...position }
  }

  if (error.keyword === 'required' && typeof error.params.missingProperty === 'string') {
    const missing = error.params.missingProperty
    const where = error.instancePath ? `\`${field}\`` : 'The ClusterConfig'
    let message = `${where} is missing the required field \`${missing}\` (eksctl ${t}).`
    if (e) message += ` ${explainAcceptance(e, t, 'it without that field', ctx.upgrade)}`
    const at = error.instancePath ? doc.locate(error.instancePath, 'key') : firstLine(doc.locate(''), doc)
    return { ...base, ruleId: SCHEMA_RULES.required, message, instancePath: error.instancePath, ...at }
  }

  if (error.keyword === 'oneOf' || error.keyword === 'anyOf') {
    let forms: string | null = null
    try {
      forms = describeForms(ctx.schema(), error.instancePath, doc.data)
    } catch {
      forms = null
    }
    const many = Array.isArray(error.params.passingSchemas) && error.params.passingSchemas.length > 1
    let message = many
      ? `\`${field}\` matches more than one of the forms eksctl ${t} allows${forms ? ` (${forms})` : ''}.`
      : `\`${field}\` is ${typeName(value)} in none of the forms eksctl ${t} allows${forms ? `: expected ${forms}` : ''}.`
    if (e) message += ` ${explainAcceptance(e, t, 'this form', ctx.upgrade)}`
    return { ...base, ruleId: SCHEMA_RULES.oneOf, message, instancePath: error.instancePath, ...position }
  }

  if (error.keyword === 'pattern') {
    const shown = typeof value === 'string' ? value : JSON.stringify(value)
    let message = `\`${shown}\` is not in the format \`${field}\` needs (pattern \`${String(error.params.pattern)}\`).`
    if (e) message += ` ${explainAcceptance(e, t, 'this value', ctx.upgrade)}`
    return { ...base, ruleId: SCHEMA_RULES.pattern, message, instancePath: error.instancePath, ...position }
  }

  const detail = Object.entries(error.params)
    .map(([k, v]) => `${k} ${JSON.stringify(v)}`)
    .join(', ')
  let message = `\`${field}\` fails the schema's \`${error.keyword}\` check${detail ? ` (${detail})` : ''} for eksctl ${t}.`
  if (e) message += ` ${explainAcceptance(e, t, 'this value', ctx.upgrade)}`
  return { ...base, ruleId: SCHEMA_RULES.constraint, message, instancePath: error.instancePath, ...position }
}

function explainAcceptance(e: Explanation, target: string, what: string, upgrade: string): string {
  return e.kind === 'later'
    ? `${span(e.since, e.lastAccepted)} accepts ${what} (released ${e.date}); ${upgrade}.`
    : `${span(e.since, e.lastAccepted)} accepted ${what}; eksctl ${e.until ?? target} and later do not.`
}

/**
 * The fields the schema knows at a parent path, and those of them the object does not hold yet, computed once per
 * parent and context: a map with N unknown keys asks N times (once each would make it N × N).
 */
const fieldsAtParent = new WeakMap<MessageContext, Map<string, { known: string[]; free: string[] } | null>>()
function fieldsAt(parentPath: string, ctx: MessageContext): { known: string[]; free: string[] } | null {
  let cache = fieldsAtParent.get(ctx)
  if (!cache) fieldsAtParent.set(ctx, (cache = new Map()))
  if (cache.has(parentPath)) return cache.get(parentPath)!
  let fields: { known: string[]; free: string[] } | null
  try {
    const present = valueAt(ctx.doc.data, parentPath)
    const known = propertiesAt(ctx.schema(), parentPath, ctx.doc.data)
    const free =
      present && typeof present === 'object'
        ? known.filter((n) => !Object.prototype.hasOwnProperty.call(present, n))
        : known
    fields = { known, free }
  } catch {
    fields = null
  }
  cache.set(parentPath, fields)
  return fields
}

function suggestField(key: string, parentPath: string, ctx: MessageContext): string | null {
  const fields = fieldsAt(parentPath, ctx)
  return fields ? closest(key, fields.free) : null
}

function knownFieldsHint(parentPath: string, ctx: MessageContext): string {
  const names = fieldsAt(parentPath, ctx)?.known ?? []
  if (!names.length || names.length > 15) return ''
  return ` Fields eksctl ${ctx.target.version} knows here: ${names.join(', ')}.`
}
