// A fast path for the YAML most ClusterConfigs are written in: block mappings and sequences, single-line plain and
// quoted scalars, one-line flow collections of scalars, `|` / `|-` block scalars, comments, a leading `---`.
//
// It reads the text line by line into the same data, position index and placeholder strings as the full path
// (./yaml.ts: the npm `yaml` parser, composer and our walker), without building a syntax tree: that path spends
// most of a run's loading time creating token, CST and AST objects for small files. Scalars are resolved with the
// same YAML 1.1 tags as the full path. Anything outside this subset, anything that would be an error or a warning
// (duplicate keys, bad indentation, tabs, anchors, aliases, tags, merge keys, multi-line plain scalars, nested flow
// collections, later documents…), makes it return null, and the caller parses the text with the full path. A test
// compares both paths on the examples and on generated documents (__tests__/config-yaml-fast.test.ts).
import { Document, isScalar, type Tags } from 'yaml'
import type { IndexEntry } from './yaml.js'

export interface FastParsed {
  data: Record<string, unknown>
  index: Map<string, IndexEntry>
  strings: Map<string, string>
}

interface ScalarTag {
  default?: boolean | 'key'
  test?: RegExp
  resolve: (value: string, onError: (message: string) => void, options: unknown) => unknown
}

interface Resolver {
  tags: ScalarTag[]
  string: ScalarTag
  options: unknown
}

type SchemaOptions = { version: '1.1'; merge: boolean; customTags: (tags: Tags) => Tags }
const resolvers = new WeakMap<SchemaOptions, Resolver>()

/** The scalar tags of the schema the full path parses with (same options), in the composer's order. */
function getResolver(options: SchemaOptions): Resolver {
  let resolver = resolvers.get(options)
  if (resolver) return resolver
  const doc = new Document(null, options)
  const schema = doc.schema as unknown as { tags: (ScalarTag & { collection?: string })[] } & Record<symbol, unknown>
  // The composer's fallback tag for plain scalars no other tag matches (the yaml package's `SCALAR` key).
  const string = schema[Symbol.for('yaml.scalar')] as ScalarTag | undefined
  if (!string) throw new Error('yaml: no string tag in the schema')
  resolver = { tags: schema.tags.filter((t) => !t.collection), string, options: doc.options }
  resolvers.set(options, resolver)
  return resolver
}

/**
 * Plain scalars that start with a letter and that no YAML 1.1 tag of the schema resolves: they are strings, so the
 * tags' tests need not run (most keys and values of a config: `name`, `m5.large`, `us-west-2`). The exceptions are
 * the null and bool words and the exponent-only floats (`e5`) of the tags listed in getResolver's schema; a test
 * checks this against the tags themselves (__tests__/config-yaml-fast.test.ts).
 */
const LETTER_FIRST = /^[A-Za-z][A-Za-z0-9_./-]*$/
const LETTER_FIRST_NOT_STRING =
  /^(?:[Nn]ull|NULL|[YyNn]|[Yy]es|YES|[Nn]o|NO|[Tt]rue|TRUE|[Ff]alse|FALSE|[Oo]n|ON|[Oo]ff|OFF|[eE][-+]?[0-9]+)$/

export function surelyString(source: string): boolean {
  return LETTER_FIRST.test(source) && !LETTER_FIRST_NOT_STRING.test(source)
}

class Bail extends Error {}
const BAIL = new Bail()
function bail(): never {
  throw BAIL
}

/** Characters the fast path leaves to the full parser wherever they occur. */
// eslint-disable-next-line no-control-regex
const UNSUPPORTED_CHARS = /[\u0000-\u0009\u000b-\u001f\u007f\u0085\u2028\u2029\ufeff]/
const PLAIN_KEY = /^[A-Za-z0-9_$.][A-Za-z0-9_$./-]*$/
/** Indicators a plain scalar cannot start with (`-`, `?`, `:` are handled apart). */
const PLAIN_FIRST_FORBIDDEN = new Set([...'[]{}#&*!|>\'"%@`,'])
const MAX_FAST_DEPTH = 200

interface Line {
  start: number
  /** End of the line's text, before `\n`. */
  end: number
  indent: number
}

interface Node {
  value: unknown
  start: number
  /** End of the node's own text (the full path's range[1]). */
  end1: number
  /** End including what trails it (inline comment, comment lines after a block map): what a parent ends at. */
  end2: number
  /** A null with no text (`key:` / `-` with nothing after it). */
  empty?: boolean
}

class FastParser {
  readonly index = new Map<string, IndexEntry>()
  readonly strings = new Map<string, string>()
  private readonly lines: Line[] = []
  /** Index into lines of the next line to read. */
  private li = 0

  constructor(
    private readonly text: string,
    private readonly r: Resolver
  ) {}

  parse(): FastParsed | null {
    const { text } = this
    if (UNSUPPORTED_CHARS.test(text)) return null
    let sawContent = false
    let sawMarker = false
    for (let start = 0; start <= text.length;) {
      let end = text.indexOf('\n', start)
      if (end === -1) end = text.length
      let indent = 0
      while (text.charCodeAt(start + indent) === 32) indent++
      const first = start + indent
      const blank = first >= end || text.charCodeAt(first) === 35 /* # */
      if (!blank) {
        if (indent === 0 && (text.startsWith('---', start) || text.startsWith('...', start))) {
          const rest = text.slice(start + 3, end).trim()
          const marker = text.startsWith('---', start) && (rest === '' || rest.startsWith('#'))
          // Only a `---` before the first content; later markers (documents, `...`) go to the full path.
          if (!marker || sawContent || sawMarker || !/^\s/.test(text.slice(start + 3, start + 4) || ' ')) return null
          sawMarker = true
        } else {
          sawContent = true
          this.lines.push({ start, end, indent })
        }
      }
      if (end === text.length) break
      start = end + 1
    }
    if (!this.lines.length) return null
    try {
      const root = this.lines[0]!
      if (root.indent !== 0 || this.isSeqItem(root.start)) return null
      const node = this.map(root.start, 0, '', 0)
      if (this.li !== this.lines.length) return null
      this.setEntry('', undefined, node, 0)
      return { data: node.value as Record<string, unknown>, index: this.index, strings: this.strings }
    } catch (e) {
      if (e === BAIL) return null
      throw e
    }
  }

  private setEntry(ptr: string, key: [number, number] | undefined, node: Node, fallback: number): void {
    const value: [number, number] =
      node.start === node.end1 && key ? key : node.start === node.end1 ? [fallback, fallback] : [node.start, node.end1]
    this.index.set(ptr, key ? { key, value } : { value })
  }

  private isSeqItem(at: number): boolean {
    const c = this.text.charCodeAt(at + 1)
    return this.text.charCodeAt(at) === 45 /* - */ && (c === 32 || c === 10 || Number.isNaN(c))
  }

  /** The line after the current one, if it has content. */
  private peek(): Line | undefined {
    return this.lines[this.li]
  }

  /** End of the text a line's comment or content runs to (trailing spaces excluded). */
  private trimEnd(from: number, to: number): number {
    while (to > from && this.text.charCodeAt(to - 1) === 32) to--
    return to
  }

  /**
   * After a value ending at `at` on the line ending at `lineEnd`: only spaces, or spaces and a comment. Returns the
   * end of that comment (or `at`).
   */
  private afterValue(at: number, lineEnd: number): number {
    let i = at
    while (i < lineEnd && this.text.charCodeAt(i) === 32) i++
    if (i === lineEnd) return at
    if (this.text.charCodeAt(i) === 35 && i > at) return this.trimEnd(i, lineEnd)
    return bail()
  }

  /** A block mapping whose first key is at `at` (on the current line), at column `indent`. */
  private map(at: number, indent: number, ptr: string, depth: number): Node {
    if (depth > MAX_FAST_DEPTH) bail()
    const out: Record<string, unknown> = {}
    const seen = new Set<string>()
    let start = -1
    let last: Node | null = null
    let keyAt = at
    for (;;) {
      const line = this.lines[this.li]!
      this.li++
      const { key, keyRange, colon } = this.key(keyAt, line.end)
      if (start === -1) start = keyRange[0]
      const [k, identity] = key
      if (seen.has(identity)) bail()
      seen.add(identity)
      const childPtr = `${ptr}/${escapePointer(k)}`
      const value = this.valueAfterIndicator(colon + 1, line, indent, childPtr, depth, true)
      this.setEntry(childPtr, keyRange, value, keyRange[1])
      if (k === '__proto__')
        Object.defineProperty(out, k, { value: value.value, enumerable: true, writable: true, configurable: true })
      else out[k] = value.value
      last = value
      const next = this.peek()
      if (!next || next.indent < indent) break
      if (next.indent > indent) bail()
      if (this.isSeqItem(next.start + next.indent)) {
        // A sequence at the indentation of its map's keys belongs to the previous key, which was handled there.
        bail()
      }
      keyAt = next.start + next.indent
    }
    const end1 = last!.end2
    // Comment lines after a block mapping: from the first one in the column of its keys on, they are part of the
    // mapping's trailing range; shallower ones belong to what follows (as does one in column 1 after the root
    // mapping). Deeper ones attach to the last value in ways this path does not model: full path.
    const next = this.peek()
    const until = next ? next.start : this.text.length
    const [first, deepest] = this.commentIndents(end1, until)
    let end2 = end1
    if (deepest >= Math.max(indent, 1)) {
      if (indent === 0 || first !== indent) bail()
      end2 = this.trimEnd(end1, this.lastCommentLineEnd(until))
    }
    return { value: out, start, end1, end2 }
  }

  /**
   * Indentation of the first and of the deepest comment line in [from, until) (only blank and comment lines lie
   * there), -1 when there is none.
   */
  private commentIndents(from: number, until: number): [number, number] {
    const { text } = this
    let first = -1
    let deepest = -1
    // (`#` is looked for in [from, until) only: indexOf would scan the rest of the file when there is none.)
    for (let hash = this.hashIn(from, until); hash !== -1; hash = this.hashIn(hash + 1, until)) {
      const lineStart = text.lastIndexOf('\n', hash) + 1
      if (lineStart < from) bail() // not a line of its own: not expected here
      const indent = hash - lineStart
      if (first === -1) first = indent
      deepest = Math.max(deepest, indent)
      const nl = text.indexOf('\n', hash)
      if (nl === -1) break
      hash = nl
    }
    return [first, deepest]
  }

  /** Offset of the first `#` in [from, until), -1 when there is none. */
  private hashIn(from: number, until: number): number {
    for (let i = from; i < until; i++) if (this.text.charCodeAt(i) === 35) return i
    return -1
  }

  /** End of the last comment line before `until`. */
  private lastCommentLineEnd(until: number): number {
    const last = this.text.lastIndexOf('#', until - 1)
    const nl = this.text.indexOf('\n', last)
    return nl === -1 || nl > until ? until : nl
  }

  /** A block sequence whose first `-` is at `at` (on the current line), at column `indent`. */
  private seq(at: number, indent: number, ptr: string, depth: number): Node {
    if (depth > MAX_FAST_DEPTH) bail()
    const out: unknown[] = []
    const start = at
    let last: Node | null = null
    let dash = at
    const items: Node[] = []
    for (;;) {
      const line = this.lines[this.li]!
      this.li++
      const i = out.length
      const value = this.valueAfterIndicator(dash + 1, line, indent, `${ptr}/${i}`, depth, false)
      items.push(value)
      out.push(value.value)
      last = value
      const next = this.peek()
      if (!next || next.indent < indent) break
      if (next.indent > indent) bail()
      if (!this.isSeqItem(next.start + next.indent)) break
      dash = next.start + next.indent
    }
    items.forEach((item, i) => this.setEntry(`${ptr}/${i}`, undefined, item, start))
    const end1 = last!.end2
    // Comment lines after it: shallower ones belong to what follows; others are left to the full path.
    const next = this.peek()
    if (this.commentIndents(end1, next ? next.start : this.text.length)[1] >= indent) bail()
    return { value: out, start, end1, end2: end1 }
  }

  /**
   * The value after `key:` or `-` (at offset `from` on `line`), for a collection at column `indent`. Consumes the
   * lines of a nested block collection or block scalar.
   */
  private valueAfterIndicator(
    from: number,
    line: Line,
    indent: number,
    ptr: string,
    depth: number,
    inMap: boolean
  ): Node {
    const { text } = this
    let i = from
    while (i < line.end && text.charCodeAt(i) === 32) i++
    if (i === line.end || text.charCodeAt(i) === 35) {
      // Nothing on this line but maybe a comment: the value is on the next lines, or null.
      const comment = i !== line.end
      const next = this.peek()
      if (next && next.indent > indent) {
        const first = next.start + next.indent
        if (this.isSeqItem(first)) return this.seq(first, next.indent, ptr, depth + 1)
        return this.map(first, next.indent, ptr, depth + 1)
      }
      if (inMap && next && next.indent === indent && this.isSeqItem(next.start + next.indent))
        return this.seq(next.start + next.indent, indent, ptr, depth + 1)
      if (comment) bail() // a null followed by a comment: left to the full path
      return { value: null, start: from, end1: from, end2: from, empty: true }
    }
    if (i === from) bail() // `key:x` or `-x` would not be an indicator at all
    const c = text.charCodeAt(i)
    if (!inMap && this.keyEnd(i, line.end) !== -1) {
      // `- key: value`: a mapping whose keys are at this column, starting on this (already read) line.
      this.li--
      return this.map(i, i - line.start, ptr, depth + 1)
    }
    if (c === 45 /* - */ && this.isSeqItem(i)) bail()
    let node: Node
    if (c === 124 /* | */) return this.blockScalar(i, line, indent, ptr)
    if (c === 91 /* [ */ || c === 123 /* { */) node = this.flow(i, line.end, ptr, depth + 1)
    else node = this.scalar(i, line.end, ptr, false)
    // The value must be the only thing on its line; a deeper line after it would continue a plain scalar.
    const next = this.peek()
    if (next && next.indent > indent) bail()
    return node
  }

  /** Offset of the `:` ending a key that starts at `at`, or -1 when the line holds no `key:` there. */
  private keyEnd(at: number, lineEnd: number): number {
    const { text } = this
    const c = text.charCodeAt(at)
    if (c === 34 || c === 39) {
      const close = text.indexOf(String.fromCharCode(c), at + 1)
      if (close === -1 || close >= lineEnd) return -1
      const colon = close + 1
      if (text.charCodeAt(colon) !== 58) return -1
      const after = text.charCodeAt(colon + 1)
      return colon + 1 === lineEnd || after === 32 ? colon : -1
    }
    for (let i = at; i < lineEnd; i++) {
      const d = text.charCodeAt(i)
      if (d === 58 /* : */) {
        const after = text.charCodeAt(i + 1)
        if (i + 1 === lineEnd || after === 32) return i
      } else if (d === 32) return -1
    }
    return -1
  }

  private key(at: number, lineEnd: number): { key: [string, string]; keyRange: [number, number]; colon: number } {
    const colon = this.keyEnd(at, lineEnd)
    if (colon === -1 || colon - at > 1000) bail()
    const { text } = this
    const c = text.charCodeAt(at)
    const keyRange: [number, number] = [at, colon]
    if (c === 34 || c === 39) {
      const inner = text.slice(at + 1, colon - 1)
      if (inner.includes('\\') || inner.includes("'") || inner.includes('"')) bail()
      return { key: [inner, `string:${inner}`], keyRange, colon }
    }
    const source = text.slice(at, colon)
    if (!PLAIN_KEY.test(source)) bail()
    const v = this.resolvePlain(source)
    if (v === null || v === undefined) return { key: ['null', 'null'], keyRange, colon }
    if (typeof v === 'object' || typeof v === 'symbol') bail()
    return { key: [String(v), `${typeof v}:${String(v)}`], keyRange, colon }
  }

  /** Resolve a plain scalar as the composer does (YAML 1.1 tags, first match wins). */
  private resolvePlain(source: string): unknown {
    if (surelyString(source)) return source
    const { tags, string, options } = this.r
    let tag = string
    for (const t of tags) {
      if (t.default === true && t.test?.test(source)) {
        tag = t
        break
      }
    }
    let failed = false
    let v = tag.resolve(source, () => (failed = true), options)
    // Tags that keep the source format return a Scalar node (the composer takes its value).
    if (isScalar(v)) v = v.value
    if (failed || (typeof v === 'object' && v !== null)) bail()
    return v
  }

  /** A single-line scalar in block context starting at `at`; the rest of the line is a comment at most. */
  private scalar(at: number, lineEnd: number, ptr: string, inFlow: boolean): Node {
    const { text } = this
    const c = text.charCodeAt(at)
    let valueEnd: number
    let value: unknown
    if (c === 34 /* " */ || c === 39 /* ' */) {
      ;[value, valueEnd] = this.quoted(at, lineEnd)
      if (!inFlow) {
        const end2 = this.afterValue(valueEnd, lineEnd)
        this.strings.set(ptr, value as string)
        return { value, start: at, end1: valueEnd, end2 }
      }
      this.strings.set(ptr, value as string)
      return { value, start: at, end1: valueEnd, end2: valueEnd }
    }
    // plain: up to ` #` or the end of the line (searched on this line only)
    let stop = lineEnd
    for (let h = at + 1; h < lineEnd; h++) {
      if (text.charCodeAt(h) === 35 /* # */ && text.charCodeAt(h - 1) === 32) {
        stop = h - 1
        break
      }
    }
    valueEnd = this.trimEnd(at, stop)
    const source = text.slice(at, valueEnd)
    const ch = source[0]!
    if (PLAIN_FIRST_FORBIDDEN.has(ch)) bail()
    if ((ch === '-' || ch === '?' || ch === ':') && (source.length === 1 || source[1] === ' ')) bail()
    if (source.includes(': ') || source.endsWith(':')) bail()
    value = this.resolvePlain(source)
    const end2 = stop === lineEnd ? valueEnd : this.trimEnd(stop, lineEnd)
    if (typeof value === 'string') {
      this.strings.set(ptr, value)
      return { value, start: at, end1: valueEnd, end2 }
    }
    if (typeof value === 'bigint') value = Number(value)
    else if (value === undefined || typeof value === 'symbol') value = source
    return { value, start: at, end1: valueEnd, end2 }
  }

  /** A quoted scalar on one line: its value and the offset after the closing quote. */
  private quoted(at: number, lineEnd: number): [string, number] {
    const { text } = this
    if (text.charCodeAt(at) === 39) {
      let out = ''
      let from = at + 1
      for (;;) {
        const q = text.indexOf("'", from)
        if (q === -1 || q >= lineEnd) return bail()
        out += text.slice(from, q)
        if (text.charCodeAt(q + 1) === 39) {
          out += "'"
          from = q + 2
          continue
        }
        return [out, q + 1]
      }
    }
    let escapes = false
    for (let i = at + 1; i < lineEnd; i++) {
      const d = text.charCodeAt(i)
      if (d === 92 /* \ */) {
        escapes = true
        const e = text[i + 1]
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) bail()
          i += 5
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i++
        else bail()
      } else if (d === 34) {
        const inner = text.slice(at + 1, i)
        return [escapes ? (JSON.parse(`"${inner}"`) as string) : inner, i + 1]
      }
    }
    return bail()
  }

  /** A flow sequence or mapping of scalars on one line. */
  private flow(at: number, lineEnd: number, ptr: string, depth: number): Node {
    if (depth > MAX_FAST_DEPTH) bail()
    const { text } = this
    const isSeq = text.charCodeAt(at) === 91
    const close = isSeq ? 93 : 125
    const seqOut: unknown[] = []
    const mapOut: Record<string, unknown> = {}
    const seen = new Set<string>()
    const entries: { ptr: string; key?: [number, number]; node: Node }[] = []
    let i = at + 1
    const skip = (): void => {
      while (i < lineEnd && text.charCodeAt(i) === 32) i++
    }
    skip()
    if (text.charCodeAt(i) !== close) {
      for (;;) {
        skip()
        const c = text.charCodeAt(i)
        if (c === 44 || c === close || i >= lineEnd) bail()
        let keyRange: [number, number] | undefined
        let childPtr = `${ptr}/${seqOut.length}`
        if (!isSeq) {
          const colon = this.flowToken(i, lineEnd, true)
          if (text.charCodeAt(colon) !== 58 || text.charCodeAt(colon + 1) !== 32) bail()
          const { key } = this.key(i, colon + 1 === lineEnd ? lineEnd : colon + 1)
          if (seen.has(key[1])) bail()
          seen.add(key[1])
          keyRange = [i, colon]
          childPtr = `${ptr}/${escapePointer(key[0])}`
          i = colon + 1
          skip()
          const v = text.charCodeAt(i)
          if (v === 44 || v === close) bail()
          const node = this.flowScalar(i, lineEnd, childPtr)
          entries.push({ ptr: childPtr, key: keyRange, node })
          if (key[0] === '__proto__')
            Object.defineProperty(mapOut, key[0], {
              value: node.value,
              enumerable: true,
              writable: true,
              configurable: true
            })
          else mapOut[key[0]] = node.value
          i = node.end1
        } else {
          const node = this.flowScalar(i, lineEnd, childPtr)
          entries.push({ ptr: childPtr, node })
          seqOut.push(node.value)
          i = node.end1
        }
        skip()
        const d = text.charCodeAt(i)
        if (d === close) break
        if (d !== 44) bail()
        i++
      }
    }
    const end1 = i + 1
    const end2 = this.afterValue(end1, lineEnd)
    for (const e of entries) this.setEntry(e.ptr, e.key, e.node, at)
    return { value: isSeq ? seqOut : mapOut, start: at, end1, end2 }
  }

  /** End of a plain token in a flow collection starting at `at` (stops at `,` `]` `}` and, for keys, `:`). */
  private flowToken(at: number, lineEnd: number, isKey: boolean): number {
    const { text } = this
    const c = text.charCodeAt(at)
    if (c === 34 || c === 39) {
      const close = text.indexOf(String.fromCharCode(c), at + 1)
      return close === -1 || close >= lineEnd ? bail() : close + 1
    }
    let i = at
    for (; i < lineEnd; i++) {
      const d = text.charCodeAt(i)
      if (d === 44 || d === 93 || d === 125 || d === 91 || d === 123 || d === 35) break
      if (d === 58) {
        if (isKey) break
        bail()
      }
    }
    return this.trimEnd(at, i)
  }

  private flowScalar(at: number, lineEnd: number, ptr: string): Node {
    const c = this.text.charCodeAt(at)
    if (c === 34 || c === 39) return this.scalar(at, lineEnd, ptr, true)
    const end = this.flowToken(at, lineEnd, false)
    if (end === at) bail()
    const node = this.scalar(at, end, ptr, true)
    return { ...node, end2: node.end1 }
  }

  /** A `|` or `|-` block scalar whose header is at `at`, for a collection at column `indent`. */
  private blockScalar(at: number, line: Line, indent: number, ptr: string): Node {
    const { text } = this
    const header = text.slice(at, line.end)
    const strip = header === '|-'
    if (header !== '|' && !strip) bail()
    // Content: the raw lines after the header (our line list skips blank and comment-looking lines, so the text
    // itself is read here).
    let pos = line.end + 1
    if (line.end >= text.length) bail()
    const parts: string[] = []
    let contentIndent = -1
    let lastEnd = -1
    let blankRun = 0
    for (;;) {
      if (pos > text.length) break
      let end = text.indexOf('\n', pos)
      if (end === -1) end = text.length
      let sp = 0
      while (text.charCodeAt(pos + sp) === 32) sp++
      const blank = pos + sp === end
      if (blank) {
        if (sp > 0 || contentIndent === -1 || end === text.length) {
          if (end === text.length && sp === 0 && contentIndent !== -1) break
          bail()
        }
        blankRun++
      } else {
        if (contentIndent === -1) {
          if (sp <= indent) bail()
          contentIndent = sp
        }
        if (sp < contentIndent) {
          if (sp > indent) bail()
          break
        }
        if (end === text.length) bail() // no line break after the last line
        for (; blankRun > 0; blankRun--) parts.push('')
        parts.push(text.slice(pos + contentIndent, end))
        lastEnd = end
      }
      if (end === text.length) break
      pos = end + 1
    }
    if (contentIndent === -1) bail()
    // Skip the lines consumed (our line list holds content lines only).
    while (this.li < this.lines.length && this.lines[this.li]!.start < lastEnd) this.li++
    const value = parts.join('\n') + (strip ? '' : '\n')
    this.strings.set(ptr, value)
    const end1 = this.trimEnd(at, lastEnd)
    return { value, start: at, end1, end2: end1 }
  }
}

function escapePointer(segment: string): string {
  return segment.indexOf('~') === -1 && segment.indexOf('/') === -1
    ? segment
    : segment.replace(/~/g, '~0').replace(/\//g, '~1')
}

/**
 * The data, index and strings of `text` when it is in the subset this path reads (exactly what the full path would
 * give, with no issues); null when the full path must parse it.
 */
export function parseYamlFast(text: string, options: SchemaOptions): FastParsed | null {
  return new FastParser(text, getResolver(options)).parse()
}
