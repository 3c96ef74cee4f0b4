// Finds the error (and warning) texts in one Go source file, with the function each is in. Not a Go parser: a
// tokenizer (comments, the three literal kinds) plus the few shapes eksctl builds errors with:
//   errors.New("…"), fmt.Errorf("…", …), errors.Errorf("…", …), errors.Wrap(f)(err, "…", …)  → kind error
//   logger.Warning("…", …)                                                                   → kind warning
//   helper constructors whose name says error (makeAddonErr("…"), ErrInvalidName(…), errCantSet("…"))
//   and fmt.Sprintf("…") inside the arguments of any of those, or inside an `Error() string` method → kind part
// A format is the literal text, concatenations of literals joined, and identifiers bound to a literal in the same
// file resolved; an operand that cannot be resolved is kept as `{expr}`.

export type EntryKind = 'error' | 'warning' | 'part'

export interface FoundText {
  kind: EntryKind
  format: string
  /** `Name`, `Type.Method`, or `(package)` for package-level declarations. */
  function: string
  /** The helper the text is passed to, for kind `part`. */
  via?: string
  /** errors.Wrap / Wrapf: eksctl prints `<format>: <wrapped error>`. */
  wrap?: boolean
  line: number
}

interface Token {
  t: 'id' | 'str' | 'op' | 'num' | 'char'
  v: string
  line: number
}

function decodeInterpreted(body: string): string {
  let out = ''
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!
    if (c !== '\\') {
      out += c
      continue
    }
    const n = body[++i]!
    const simple: Record<string, string> = {
      a: '\x07',
      b: '\b',
      f: '\f',
      n: '\n',
      r: '\r',
      t: '\t',
      v: '\v',
      '\\': '\\',
      "'": "'",
      '"': '"'
    }
    if (n in simple) out += simple[n]
    else if (n === 'x') {
      out += String.fromCharCode(parseInt(body.slice(i + 1, i + 3), 16))
      i += 2
    } else if (n === 'u') {
      out += String.fromCodePoint(parseInt(body.slice(i + 1, i + 5), 16))
      i += 4
    } else if (n === 'U') {
      out += String.fromCodePoint(parseInt(body.slice(i + 1, i + 9), 16))
      i += 8
    } else if (/[0-7]/.test(n)) {
      out += String.fromCharCode(parseInt(body.slice(i, i + 3), 8))
      i += 2
    } else out += n
  }
  return out
}

export function tokenize(src: string): Token[] {
  const tokens: Token[] = []
  let line = 1
  let i = 0
  const n = src.length
  while (i < n) {
    const c = src[i]!
    if (c === '\n') {
      line++
      i++
    } else if (c === ' ' || c === '\t' || c === '\r') i++
    else if (c === '/' && src[i + 1] === '/') {
      while (i < n && src[i] !== '\n') i++
    } else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2)
      const stop = end < 0 ? n : end + 2
      for (let k = i; k < stop; k++) if (src[k] === '\n') line++
      i = stop
    } else if (c === '"') {
      let j = i + 1
      while (j < n && src[j] !== '"' && src[j] !== '\n') j += src[j] === '\\' ? 2 : 1
      tokens.push({ t: 'str', v: decodeInterpreted(src.slice(i + 1, j)), line })
      i = j + 1
    } else if (c === '`') {
      const end = src.indexOf('`', i + 1)
      const stop = end < 0 ? n : end
      const v = src.slice(i + 1, stop).replace(/\r/g, '')
      tokens.push({ t: 'str', v, line })
      for (const ch of v) if (ch === '\n') line++
      i = stop + 1
    } else if (c === "'") {
      let j = i + 1
      while (j < n && src[j] !== "'" && src[j] !== '\n') j += src[j] === '\\' ? 2 : 1
      tokens.push({ t: 'char', v: src.slice(i, j + 1), line })
      i = j + 1
    } else if (/[A-Za-z_\u0080-\uffff]/.test(c)) {
      let j = i + 1
      while (j < n && /[A-Za-z0-9_\u0080-\uffff]/.test(src[j]!)) j++
      tokens.push({ t: 'id', v: src.slice(i, j), line })
      i = j
    } else if (/[0-9]/.test(c)) {
      let j = i + 1
      while (j < n && /[0-9a-zA-Z_.]/.test(src[j]!)) j++
      tokens.push({ t: 'num', v: src.slice(i, j), line })
      i = j
    } else {
      const two = src.slice(i, i + 2)
      const op = [':=', '==', '!=', '<=', '>=', '&&', '||', '+=', '<-', '...'].includes(two)
        ? two
        : src.slice(i, i + 3) === '...'
          ? '...'
          : c
      tokens.push({ t: 'op', v: op, line })
      i += op.length
    }
  }
  return tokens
}

const OPEN: Record<string, string> = { '(': ')', '[': ']', '{': '}' }

function matching(tokens: Token[], open: number): number {
  const o = tokens[open]!.v
  const c = OPEN[o]!
  let depth = 0
  for (let k = open; k < tokens.length; k++) {
    const v = tokens[k]!.t === 'op' ? tokens[k]!.v : ''
    if (v === o) depth++
    else if (v === c && --depth === 0) return k
  }
  return tokens.length - 1
}

interface FunctionSpan {
  start: number
  end: number
  name: string
}

function functionSpans(tokens: Token[]): FunctionSpan[] {
  const spans: FunctionSpan[] = []
  let depth = 0
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!
    if (tok.t === 'op' && (tok.v === '{' || tok.v === '(' || tok.v === '[')) depth++
    else if (tok.t === 'op' && (tok.v === '}' || tok.v === ')' || tok.v === ']')) depth--
    if (depth !== 0 || tok.t !== 'id' || tok.v !== 'func') continue
    let j = i + 1
    let recv = ''
    if (tokens[j]?.v === '(') {
      const close = matching(tokens, j)
      const ids = tokens.slice(j + 1, close).filter((t) => t.t === 'id')
      recv = ids.at(-1)?.v ?? ''
      // generic receivers `(r *T[K])`: the type is the identifier before `[`
      const bracket = tokens.slice(j + 1, close).findIndex((t) => t.v === '[')
      if (bracket > 0) recv = tokens[j + bracket]!.v
      j = close + 1
    }
    const name = tokens[j]?.t === 'id' ? tokens[j]!.v : ''
    // find the body: the first `{` outside parentheses that is not the body of interface{} / struct{}
    let k = j + 1
    let paren = 0
    let body = -1
    for (; k < tokens.length; k++) {
      const t = tokens[k]!
      if (t.t === 'id' && (t.v === 'interface' || t.v === 'struct') && tokens[k + 1]?.v === '{') {
        k = matching(tokens, k + 1)
        continue
      }
      if (t.t !== 'op') continue
      if (t.v === '(' || t.v === '[') paren++
      else if (t.v === ')' || t.v === ']') paren--
      else if (t.v === '{' && paren === 0) {
        body = k
        break
      }
      // a declaration without a body ends at the next top-level `func`
      if (t.v === '}' && paren === 0) break
    }
    if (body < 0) continue
    const end = matching(tokens, body)
    spans.push({ start: i, end, name: recv ? `${recv}.${name}` : name })
    i = end
  }
  return spans
}

const ERROR_CALLS: Record<string, { arg: number; kind: EntryKind; wrap?: boolean }> = {
  'errors.New': { arg: 0, kind: 'error' },
  'fmt.Errorf': { arg: 0, kind: 'error' },
  'errors.Errorf': { arg: 0, kind: 'error' },
  'errors.Wrapf': { arg: 1, kind: 'error', wrap: true },
  'errors.Wrap': { arg: 1, kind: 'error', wrap: true },
  'logger.Warning': { arg: 0, kind: 'warning' }
}

/** Helper constructors: named like an error, not the errors package's predicates. */
function isErrorHelper(name: string): boolean {
  const last = name.split('.').at(-1)!
  if (name.startsWith('errors.') || name.startsWith('fmt.') || /^Is[A-Z]/.test(last)) return false
  return /^(err|Err)[A-Z]|Err$|Error$/.test(last) && last !== 'Error'
}

function splitArgs(tokens: Token[], open: number, close: number): [number, number][] {
  const args: [number, number][] = []
  let start = open + 1
  for (let k = open + 1; k < close; k++) {
    const v = tokens[k]!
    if (v.t === 'op' && OPEN[v.v]) {
      k = matching(tokens, k)
      continue
    }
    if (v.t === 'op' && v.v === ',') {
      args.push([start, k])
      start = k + 1
    }
  }
  if (start < close) args.push([start, close])
  return args
}

export function findErrorTexts(src: string): FoundText[] {
  const tokens = tokenize(src)
  const spans = functionSpans(tokens)
  const functionAt = (k: number): string => spans.find((s) => s.start <= k && k <= s.end)?.name ?? '(package)'

  // identifiers bound to literal strings: `x := "…"`, `x = "…"`, `const x = "…"`
  const bindings = new Map<string, { at: number; value: string }[]>()
  for (let k = 0; k + 2 < tokens.length; k++) {
    const a = tokens[k]!
    const op = tokens[k + 1]!
    if (a.t !== 'id' || op.t !== 'op' || (op.v !== ':=' && op.v !== '=')) continue
    const value = literalConcat(tokens, k + 2)
    if (value === null) continue
    const list = bindings.get(a.v) ?? []
    list.push({ at: k, value: value.text })
    bindings.set(a.v, list)
  }
  const resolve = (name: string, at: number): string | null => {
    const list = bindings.get(name)
    if (!list) return null
    const before = list.filter((b) => b.at < at).at(-1)
    return (before ?? list[0]!).value
  }

  const evalArg = (from: number, to: number): string | null => {
    let text = ''
    let literal = false
    let k = from
    while (k < to) {
      const tok = tokens[k]!
      let end = k + 1
      if (tok.t === 'str') {
        text += tok.v
        literal = true
      } else if (tok.t === 'id' && (end >= to || tokens[end]!.v === '+')) {
        const bound = resolve(tok.v, k)
        if (bound !== null) {
          text += bound
          literal = true
        } else text += `{${tok.v}}`
      } else {
        // an operand that is an expression: up to the next top-level `+`
        while (end < to && tokens[end]!.v !== '+') {
          if (tokens[end]!.t === 'op' && OPEN[tokens[end]!.v]) end = matching(tokens, end)
          end++
        }
        if (tokens[k]!.t === 'op' && OPEN[tokens[k]!.v]) end = Math.max(end, matching(tokens, k) + 1)
        text += `{${tokens
          .slice(k, end)
          .map((t) => (t.t === 'str' ? JSON.stringify(t.v) : t.v))
          .join('')}}`
      }
      k = end
      if (k < to && tokens[k]!.v === '+') k++
      else if (k < to) return literal ? text : null
    }
    return literal ? text : null
  }

  const found: FoundText[] = []
  const seen = new Set<string>()
  const add = (f: FoundText): void => {
    const key = `${f.kind}\0${f.format}\0${f.function}\0${f.via ?? ''}\0${f.wrap ? 'w' : ''}`
    if (seen.has(key)) return
    seen.add(key)
    found.push(f)
  }

  const scanSprintf = (from: number, to: number, via: string, fn: string): void => {
    for (let k = from; k < to; k++) {
      if (
        tokens[k]!.v === 'fmt' &&
        tokens[k + 1]?.v === '.' &&
        tokens[k + 2]?.v === 'Sprintf' &&
        tokens[k + 3]?.v === '('
      ) {
        const close = matching(tokens, k + 3)
        const [first] = splitArgs(tokens, k + 3, close)
        const format = first ? evalArg(first[0], first[1]) : null
        if (format !== null) add({ kind: 'part', format, function: fn, via, line: tokens[k]!.line })
      }
    }
  }

  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k]!
    if (tok.t !== 'id') continue
    if (k > 0 && tokens[k - 1]!.v === '.') continue // middle of a selector
    let name = tok.v
    let e = k
    while (tokens[e + 1]?.v === '.' && tokens[e + 2]?.t === 'id') {
      e += 2
      name += '.' + tokens[e]!.v
    }
    if (tokens[e + 1]?.v !== '(') continue
    if (k > 0 && tokens[k - 1]!.v === 'func') continue // a declaration, not a call
    const open = e + 1
    const close = matching(tokens, open)
    const fn = functionAt(k)
    const target = ERROR_CALLS[name]
    if (target) {
      const args = splitArgs(tokens, open, close)
      const arg = args[target.arg]
      const format = arg ? evalArg(arg[0], arg[1]) : null
      if (format !== null)
        add({ kind: target.kind, format, function: fn, line: tok.line, ...(target.wrap ? { wrap: true } : {}) })
      scanSprintf(open, close, name, fn)
    } else if (isErrorHelper(name)) {
      for (const [a, b] of splitArgs(tokens, open, close)) {
        if (!tokens.slice(a, b).some((t) => t.t === 'str')) continue
        const format = evalArg(a, b)
        if (format !== null) add({ kind: 'part', format, function: fn, via: name, line: tokens[a]!.line })
      }
      scanSprintf(open, close, name, fn)
    } else if (name === 'fmt.Sprintf' && fn.endsWith('.Error')) {
      const [first] = splitArgs(tokens, open, close)
      const format = first ? evalArg(first[0], first[1]) : null
      if (format !== null) add({ kind: 'part', format, function: fn, via: 'Error()', line: tok.line })
    }
  }
  return found
}

function literalConcat(tokens: Token[], k: number): { text: string; end: number } | null {
  if (tokens[k]?.t !== 'str') return null
  let text = tokens[k]!.v
  let j = k + 1
  while (tokens[j]?.v === '+' && tokens[j + 1]?.t === 'str') {
    text += tokens[j + 1]!.v
    j += 2
  }
  // `x := "a" + y` is not a literal binding
  if (tokens[j]?.v === '+') return null
  return { text, end: j }
}
