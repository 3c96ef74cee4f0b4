// YAML → the data eksctl's loader sees, plus an index from JSON pointer to source offsets, in one walk.
//
// eksctl reads a config with sigs.k8s.io/yaml `UnmarshalStrict`, i.e. go-yaml v2 in strict mode: YAML 1.1 scalars
// (yes/no/on/off/y/n are booleans, also as map keys; 0777 is octal), no timestamps or sexagesimal numbers (they stay
// strings), duplicate keys are an error, and — because strict mode refuses to set a key twice in a map — so is a
// key that a merge (`<<`) also supplies (go-yaml/yaml#410). The npm `yaml` package parses the text with the YAML 1.1
// schema minus the tags go-yaml does not resolve; this module walks its AST itself so that aliases are expanded
// under a budget (a "billion laughs" document becomes a finding), merge keys follow go-yaml, and every node's
// source range is recorded under its instance path.
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  Composer,
  Parser,
  visit,
  type Alias,
  type Document,
  type Node,
  type Pair,
  type Tags
} from 'yaml'
import type { Severity } from '../report/finding.js'
import { parseYamlFast } from './yaml-fast.js'
import { locateSyntaxError } from './yaml-syntax.js'

/** Nodes that alias expansion may materialize (beyond the nodes written in the file) before we give up. */
export const ALIAS_EXPANSION_LIMIT = 100_000
/** Nesting depth of collections (go-yaml v2 allows 10,000, but the npm parser overflows its stack near 900 and a
 * ClusterConfig needs about 10). */
export const MAX_DEPTH = 256

export interface RawIssue {
  ruleId: string
  severity: Severity
  message: string
  /** Offsets in the parsed text, end exclusive. */
  start: number
  end: number
  instancePath: string
}

export interface IndexEntry {
  /** The map key token of the entry (absent for sequence items and the root). */
  key?: [number, number]
  value: [number, number]
}

export interface ParsedYaml {
  /** The first document could be turned into data (no syntax error, no alias bomb). */
  ok: boolean
  /** The first document has no content (empty file, only comments, or only `---`). */
  empty: boolean
  data: unknown
  index: Map<string, IndexEntry>
  issues: RawIssue[]
  /** Scalar string values by instance path (for placeholder detection). */
  strings: Map<string, string>
}

// Tags of the npm yaml 1.1 schema that go-yaml v2 does not resolve on plain scalars (it keeps those strings).
const DROPPED_TAGS = new Set([
  'tag:yaml.org,2002:timestamp',
  'tag:yaml.org,2002:int:TIME',
  'tag:yaml.org,2002:float:TIME',
  'tag:yaml.org,2002:binary',
  'tag:yaml.org,2002:omap',
  'tag:yaml.org,2002:pairs',
  'tag:yaml.org,2002:set'
])

const PARSE_OPTIONS = {
  version: '1.1' as const,
  merge: true,
  // Duplicate keys are found by the walk (a Set per mapping): the parser's own check is quadratic in the size of
  // a mapping (100,000 keys took minutes).
  uniqueKeys: false,
  prettyErrors: false,
  customTags: (tags: Tags): Tags =>
    tags.filter((t) => {
      const tag = t as { tag?: string; format?: string }
      return !DROPPED_TAGS.has(tag.format ? `${tag.tag}:${tag.format}` : String(tag.tag))
    })
}

/** Escape one JSON-pointer segment. */
export function escapePointer(segment: string): string {
  return segment.indexOf('~') === -1 && segment.indexOf('/') === -1
    ? segment
    : segment.replace(/~/g, '~0').replace(/\//g, '~1')
}

class Abort extends Error {}

function isMergeKey(key: unknown): boolean {
  return isScalar(key) && (typeof key.value === 'symbol' || (key.type === 'PLAIN' && key.source === '<<'))
}

/** Go's `%#v`-ish rendering of a key for messages. */
function quote(s: string): string {
  return JSON.stringify(s)
}

class Walker {
  readonly index = new Map<string, IndexEntry>()
  readonly issues: RawIssue[] = []
  readonly strings = new Map<string, string>()
  private expanded = 0
  private readonly active = new Set<Node>()

  /** Each alias's node, found in one pass on the first alias (the npm parser's `alias.resolve` walks the whole
   * document for every alias: quadratic). */
  private targets: Map<Alias, Node> | null = null

  constructor(
    private readonly doc: Document,
    private readonly text: string
  ) {}

  private aliasTargets(): Map<Alias, Node> {
    if (this.targets) return this.targets
    const targets = new Map<Alias, Node>()
    const anchors = new Map<string, Node>()
    visit(this.doc, (_key, node) => {
      if (isAlias(node)) {
        const target = anchors.get(node.source)
        if (target) targets.set(node, target)
      } else if (node && typeof node === 'object' && 'anchor' in node && typeof node.anchor === 'string') {
        anchors.set(node.anchor, node as Node)
      }
    })
    this.targets = targets
    return targets
  }

  /** [start, end) of a node without trailing whitespace and comments; an empty node gets a zero-width range. */
  rangeOf(node: Node | null | undefined, fallback: number): [number, number] {
    const r = node?.range
    if (!r) return [fallback, fallback]
    let end = r[1]
    while (end > r[0] && /\s/.test(this.text[end - 1])) end--
    return [r[0], end]
  }

  issue(ruleId: string, severity: Severity, message: string, range: [number, number], instancePath: string): void {
    this.issues.push({ ruleId, severity, message, start: range[0], end: range[1], instancePath })
  }

  private count(viaAlias: boolean, range: [number, number], ptr: string): void {
    if (viaAlias && ++this.expanded > ALIAS_EXPANSION_LIMIT) {
      this.issue(
        'yaml/alias-limit',
        'error',
        `Alias expansion exceeds ${ALIAS_EXPANSION_LIMIT.toLocaleString('en-US')} nodes ` +
          `(a "billion laughs" document?): refusing to expand it.`,
        range,
        ptr
      )
      throw new Abort()
    }
  }

  private resolveAlias(node: Node, ptr: string): Node | null {
    if (!isAlias(node)) return node
    const target = this.aliasTargets().get(node)
    if (!target) {
      this.issue('yaml/syntax', 'error', `Unknown alias *${node.source}.`, this.rangeOf(node, 0), ptr)
      throw new Abort()
    }
    if (this.active.has(target)) {
      this.issue(
        'yaml/alias-cycle',
        'error',
        `Alias *${node.source} refers to a node that contains it: the document would be infinite.`,
        this.rangeOf(node, 0),
        ptr
      )
      throw new Abort()
    }
    return target
  }

  value(
    node: Node | null,
    ptr: string,
    depth: number,
    viaAlias: boolean,
    fallback: number,
    key?: [number, number]
  ): unknown {
    const own = this.rangeOf(node, fallback)
    if (node && isAlias(node)) {
      const target = this.resolveAlias(node, ptr) as Node
      this.active.add(target)
      const v = this.value(target, ptr, depth + 1, true, own[0])
      this.active.delete(target)
      // The alias token is where this value is written; its children live in the anchored node.
      this.setEntry(ptr, key, own, fallback)
      return v
    }
    this.count(viaAlias, own, ptr)
    if (depth > MAX_DEPTH) {
      this.issue('yaml/too-deep', 'error', `Nesting deeper than ${MAX_DEPTH} levels.`, own, ptr)
      throw new Abort()
    }
    this.setEntry(ptr, key, own, fallback)
    if (!node) return null
    if (isMap(node)) return this.map(node, ptr, depth, viaAlias)
    if (isSeq(node)) {
      const out: unknown[] = []
      node.items.forEach((item, i) => {
        out.push(this.value(item as Node | null, `${ptr}/${i}`, depth + 1, viaAlias, own[0]))
      })
      return out
    }
    if (isScalar(node)) {
      const v = node.value
      if (typeof v === 'string') {
        this.strings.set(ptr, v)
        return v
      }
      if (typeof v === 'bigint') return Number(v)
      if (v === undefined || typeof v === 'symbol') return node.source ?? null
      return v
    }
    return null
  }

  private setEntry(ptr: string, key: [number, number] | undefined, value: [number, number], fallback: number): void {
    // A value with no text of its own (`key:` with nothing after it) is shown at its key.
    const v: [number, number] =
      value[0] === value[1] && key ? key : value[0] === value[1] ? [fallback, fallback] : value
    this.index.set(ptr, key ? { key, value: v } : { value: v })
  }

  /** The key as a JSON object key, and its identity for go-yaml's duplicate check (`1` and `"1"` differ). */
  private keyString(pair: Pair, ptr: string): [string, string] | null {
    let k = pair.key as Node | null
    if (k && isAlias(k)) k = this.resolveAlias(k, ptr)
    if (k === null || k === undefined) return ['null', 'null']
    if (isScalar(k)) {
      const v = k.value
      if (v === null || v === undefined) return ['null', 'null']
      return [String(v), `${typeof v}:${String(v)}`]
    }
    this.issue(
      'yaml/complex-key',
      'error',
      'A mapping or sequence used as a map key: eksctl cannot read it.',
      this.rangeOf(pair.key as Node, 0),
      ptr
    )
    return null
  }

  private map(node: Node, ptr: string, depth: number, viaAlias: boolean): Record<string, unknown> {
    if (!isMap(node)) return {}
    const out: Record<string, unknown> = {}
    const origin = new Map<string, 'merge' | 'explicit'>()
    const assign = (k: string, v: unknown): void => {
      if (k === '__proto__')
        Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true })
      else out[k] = v
    }
    const explicit: Pair[] = []
    const sources: { node: Node; via: boolean; mergeKey: [number, number] }[] = []
    for (const pair of node.items) {
      if (!isMergeKey(pair.key)) {
        explicit.push(pair)
        continue
      }
      const mergeKey = this.rangeOf(pair.key as Node, 0)
      const v = pair.value as Node | null
      const list = v && isSeq(v) ? (v.items as Node[]) : [v]
      for (const item of list) {
        const src =
          item && isAlias(item)
            ? { node: this.resolveAlias(item, ptr) as Node, via: true }
            : { node: item, via: viaAlias }
        if (!src.node || !isMap(src.node)) {
          this.issue(
            'yaml/merge-invalid',
            'error',
            'A merge key (`<<`) needs a mapping or a sequence of mappings as its value.',
            this.rangeOf(item ?? (pair.key as Node), mergeKey[0]),
            ptr
          )
          continue
        }
        sources.push({ node: src.node, via: src.via, mergeKey })
      }
    }
    // Earlier merge sources take precedence over later ones; explicit keys over all of them.
    for (let i = sources.length - 1; i >= 0; i--) {
      const s = sources[i]
      this.active.add(s.node)
      const merged = this.map(s.node, ptr, depth + 1, s.via)
      this.active.delete(s.node)
      for (const k of Object.keys(merged)) {
        if (origin.has(k)) {
          this.issue(
            'yaml/duplicate-key',
            'error',
            `key ${quote(k)} already set in map: two merged mappings both set it, which eksctl's YAML parser ` +
              `(go-yaml v2, strict mode) rejects.`,
            s.mergeKey,
            `${ptr}/${escapePointer(k)}`
          )
        }
        origin.set(k, 'merge')
        assign(k, merged[k])
      }
    }
    const explicitKeys = new Set<string>()
    for (const pair of explicit) {
      const key = this.keyString(pair, ptr)
      if (key === null) continue
      const [k, identity] = key
      const childPtr = `${ptr}/${escapePointer(k)}`
      const keyRange = this.rangeOf(pair.key as Node, 0)
      if (explicitKeys.has(identity)) {
        this.issue(
          'yaml/duplicate-key',
          'error',
          `key ${quote(k)} already set in map: eksctl rejects a duplicate key.`,
          keyRange,
          childPtr
        )
      }
      explicitKeys.add(identity)
      if (origin.get(k) === 'merge') {
        this.issue(
          'yaml/duplicate-key',
          'error',
          `key ${quote(k)} already set in map: it is also merged in with \`<<\`, and eksctl's YAML parser ` +
            `(go-yaml v2, strict mode) rejects overriding a merged key. Remove it from one of the two places.`,
          keyRange,
          childPtr
        )
      }
      origin.set(k, 'explicit')
      assign(k, this.value(pair.value as Node | null, childPtr, depth + 1, viaAlias, keyRange[1], keyRange))
    }
    return out
  }
}

function docStart(doc: Document, text: string): number {
  const r = doc.range?.[0] ?? 0
  // Show a later document at its `---` marker when it has one.
  const marker = text.lastIndexOf('---', r)
  if (marker !== -1 && (marker === 0 || text[marker - 1] === '\n') && !text.slice(marker + 3, r).includes('\n---'))
    return marker
  return r
}

function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset)
  const end = nl === -1 ? text.length : nl
  return end > offset && text[end - 1] === '\r' ? end - 1 : end
}

export function parseYaml(text: string): ParsedYaml {
  // Most configs are plain block YAML: read those without building a syntax tree (same result, see ./yaml-fast.ts).
  const fast = parseYamlFast(text, PARSE_OPTIONS)
  if (fast) return { ok: true, empty: false, data: fast.data, index: fast.index, issues: [], strings: fast.strings }
  return parseYamlFull(text)
}

/** The fast path's result for a text, or null when the text needs the full path (for tests). */
export function yamlFastPath(text: string): ReturnType<typeof parseYamlFast> {
  return parseYamlFast(text, PARSE_OPTIONS)
}

/** parseYaml without the fast path (the reference the fast path is tested against). */
export function parseYamlFull(text: string): ParsedYaml {
  const fail = (issues: RawIssue[]): ParsedYaml => ({
    ok: false,
    empty: false,
    data: null,
    index: new Map(),
    issues,
    strings: new Map()
  })
  const deep = flowDepthExceeds(text, MAX_DEPTH)
  if (deep !== -1) {
    const message = `Flow collections (\`[\` / \`{\`) nested deeper than ${MAX_DEPTH} levels.`
    return fail([{ ruleId: 'yaml/too-deep', severity: 'error', message, start: deep, end: deep + 1, instancePath: '' }])
  }
  let docs: Document[]
  try {
    docs = firstDocuments(text)
  } catch (e) {
    const message =
      e instanceof RangeError ? 'The document is nested too deeply to parse.' : `YAML parser failed: ${String(e)}`
    return fail([
      { ruleId: 'yaml/too-deep', severity: 'error', message, start: 0, end: lineEnd(text, 0), instancePath: '' }
    ])
  }
  const issues: RawIssue[] = []
  const first = docs[0]
  const later = docs.slice(1).find((d) => d.contents !== null || d.errors.length > 0)
  if (later) {
    const start = docStart(later, text)
    issues.push({
      ruleId: 'config/later-document',
      severity: 'warning',
      message:
        'eksctl reads only the first YAML document of a file and silently ignores this one and any after it. ' +
        'Put each ClusterConfig in its own file.',
      start,
      end: lineEnd(text, start),
      instancePath: ''
    })
  }
  if (!first || (first.contents === null && first.errors.length === 0)) {
    return { ok: true, empty: true, data: null, index: new Map(), issues, strings: new Map() }
  }
  let syntax = false
  for (const err of first.errors) {
    const [start, end] = err.pos
    if (!syntax && /Maximum call stack size exceeded/.test(err.message)) {
      syntax = true
      const message = 'The document is nested too deeply to parse.'
      issues.push({
        ruleId: 'yaml/too-deep',
        severity: 'error',
        message,
        start,
        end: Math.max(end, start),
        instancePath: ''
      })
    } else if (!syntax) {
      syntax = true
      // Where the slip is, not where the parser noticed it (a mis-indented key, an unclosed quote): ./yaml-syntax.ts
      const at = locateSyntaxError(text, first.errors.slice(first.errors.indexOf(err)))
      let message = at.message
      const lineText = text.slice(text.lastIndexOf('\n', at.start - 1) + 1, lineEnd(text, at.start))
      if (/[[{].*\$\{|\$\{[^}]*\}.*[\]}]/.test(lineText))
        message +=
          ' (an unexpanded ${VAR} placeholder inside a flow collection is a YAML syntax error; expand it first with envsubst)'
      issues.push({
        ruleId: 'yaml/syntax',
        severity: 'error',
        message,
        start: at.start,
        end: at.end,
        instancePath: ''
      })
    }
  }
  for (const w of first.warnings) {
    const [start, end] = w.pos
    issues.push({
      ruleId: w.code === 'TAG_RESOLVE_FAILED' ? 'yaml/unresolved-tag' : 'yaml/warning',
      severity: 'warning',
      message: w.message.replace(/\s+at line \d+, column \d+:?[\s\S]*$/, ''),
      start,
      end: Math.max(end, start),
      instancePath: ''
    })
  }
  if (syntax) return fail(issues)
  const walker = new Walker(first, text)
  try {
    const data = walker.value(first.contents as Node | null, '', 0, false, 0)
    return {
      ok: true,
      empty: false,
      data,
      index: walker.index,
      issues: issues.concat(unique(walker.issues)),
      strings: walker.strings
    }
  } catch (e) {
    if (e instanceof Abort) return fail(issues.concat(unique(walker.issues)))
    if (e instanceof RangeError) {
      issues.push({
        ruleId: 'yaml/too-deep',
        severity: 'error',
        message: 'The document is nested too deeply to read.',
        start: 0,
        end: lineEnd(text, 0),
        instancePath: ''
      })
      return fail(issues)
    }
    throw e
  }
}

/** The same issue found again through another use of an anchor is reported once. */
function unique(issues: RawIssue[]): RawIssue[] {
  const seen = new Set<string>()
  return issues.filter((i) => {
    const k = `${i.ruleId}\0${i.start}\0${i.end}\0${i.message}`
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

/**
 * Offset of the first `[`/`{` that opens a flow collection deeper than `limit`, or -1. The YAML parser takes
 * quadratic time on such input (a 2 MB file of `[` took 13 s) and overflows its stack near 900 levels, so such a
 * text is refused before parsing. Quoted text and comments are skipped.
 */
export function flowDepthExceeds(text: string, limit: number): number {
  // Fast path: too few brackets to reach the limit at all.
  let brackets = 0
  for (let i = text.indexOf('['); i !== -1 && brackets <= limit; i = text.indexOf('[', i + 1)) brackets++
  for (let i = text.indexOf('{'); i !== -1 && brackets <= limit; i = text.indexOf('{', i + 1)) brackets++
  if (brackets <= limit) return -1
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return i
    } else if (c === 0x5d || c === 0x7d) {
      if (depth > 0) depth--
    } else if (c === 0x22 || c === 0x27) {
      // Skip a quoted scalar ('' escapes a single quote, a backslash escapes in double quotes).
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i)
        if (c === 0x22 && d === 0x5c) i++
        else if (d === c) {
          if (c === 0x27 && text.charCodeAt(i + 1) === 0x27) i++
          else break
        }
      }
    } else if (c === 0x23 && (i === 0 || /\s/.test(text[i - 1]))) {
      const nl = text.indexOf('\n', i)
      i = nl === -1 ? text.length : nl
    }
  }
  return -1
}

/**
 * The first document, and the next one that has content (enough to warn that eksctl ignores it). Parsing stops
 * there: a file of 300,000 small documents costs what two do.
 */
function firstDocuments(text: string): Document[] {
  const composer = new Composer(PARSE_OPTIONS)
  const docs: Document[] = []
  for (const doc of composer.compose(new Parser().parse(text), true) as Iterable<Document>) {
    if (docs.length === 0 || doc.contents !== null || doc.errors.length > 0) docs.push(doc)
    if (docs.length === 2) break
  }
  return docs
}
