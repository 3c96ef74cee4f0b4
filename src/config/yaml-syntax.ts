// Where a YAML syntax error is, in the words of the person who made it. The parser reports an error where it
// noticed it, which for two common slips is not where the slip is:
// - a key indented deeper than its siblings (`  name: demo` then `   region: x`) continues the value above it as a
//   multi-line plain scalar, and the parser complains at that value ("Nested mappings are not allowed in compact
//   mappings"): the line to fix is the mis-indented key's;
// - a quote that is never closed swallows the rest of the file, and the parser complains at its end ("Missing
//   closing quote"), past the last line: the place to fix is the opening quote.
// Every other error keeps the parser's position, moved inside the text when it lies past the last character.
import type { YAMLError } from 'yaml'

export interface SyntaxPosition {
  /** Offsets in the text, end exclusive. */
  start: number
  end: number
  message: string
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1
}

function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset)
  const end = nl === -1 ? text.length : nl
  return end > offset && text[end - 1] === '\r' ? end - 1 : end
}

function lineNumber(text: string, offset: number): number {
  let n = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) n++
  return n
}

/** The offset of the opening quote of a quoted scalar that is never closed, or -1. */
export function unclosedQuote(text: string): number {
  // A small scanner for where quoted scalars can start: after `: `, `- `, `[`, `{`, `,` or at a line's first
  // non-blank, outside comments and plain scalars. Enough for the block YAML of configs; the parser has already
  // said that some quote is unclosed, this only finds which.
  let i = 0
  const n = text.length
  let atValueStart = true
  while (i < n) {
    const c = text[i]!
    if (c === '\n') {
      atValueStart = true
      i++
      continue
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++
      continue
    }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      i = text.indexOf('\n', i)
      if (i === -1) break
      continue
    }
    if (atValueStart && (c === '"' || c === "'")) {
      const open = i
      i++
      let closed = false
      while (i < n) {
        const d = text[i]!
        if (c === '"' && d === '\\') {
          i += 2
          continue
        }
        if (d === c) {
          if (c === "'" && text[i + 1] === "'") {
            i += 2
            continue
          }
          closed = true
          i++
          break
        }
        i++
      }
      if (!closed) return open
      atValueStart = false
      continue
    }
    if (c === '[' || c === '{' || c === ',' || ((c === '-' || c === '?') && /\s/.test(text[i + 1] ?? ' '))) {
      atValueStart = true
      i++
      continue
    }
    if (c === ':' && /\s/.test(text[i + 1] ?? ' ')) {
      atValueStart = true
      i++
      continue
    }
    atValueStart = false
    i++
  }
  return -1
}

/** Position and message of the first syntax error of a document (errors as the `yaml` package reports them). */
export function locateSyntaxError(text: string, errors: readonly YAMLError[]): SyntaxPosition {
  const first = errors[0]!
  const reason = first.message.replace(/\s+at line \d+, column \d+:?[\s\S]*$/, '')
  const [s, e] = first.pos

  // An unclosed quote makes the parser report other errors first (an implicit key over many lines): it wins.
  if (errors.some((x) => x.code === 'MISSING_CHAR' && /quote/i.test(x.message))) {
    const open = unclosedQuote(text)
    if (open !== -1) {
      return {
        start: open,
        end: lineEnd(text, open),
        message: `YAML syntax error: the quote opened here is never closed.`
      }
    }
  }

  if (first.code === 'BLOCK_AS_IMPLICIT_KEY' || first.code === 'MULTILINE_IMPLICIT_KEY') {
    const multi = errors.find((x) => x.code === 'MULTILINE_IMPLICIT_KEY')
    if (multi) {
      const [ms, me] = multi.pos
      const keyLine = lineStart(text, Math.min(me, text.length))
      if (keyLine > ms) {
        let start = keyLine
        while (start < text.length && (text[start] === ' ' || text[start] === '\t')) start++
        const colon = text.indexOf(':', start)
        const end = colon !== -1 && colon < lineEnd(text, start) ? colon : lineEnd(text, start)
        const key = text.slice(start, end).trim()
        const above = lineNumber(text, ms)
        if (key !== '' && start < text.trimEnd().length)
          return {
            start,
            end: Math.max(end, start + 1),
            message:
              `YAML syntax error: \`${key}\` is indented deeper than the key on line ${above}, so YAML reads it as ` +
              `part of that key's value. Indent it like the key it belongs with.`
          }
      }
    }
  }

  if (first.code === 'BAD_INDENT' && s < text.length) {
    // The parser points at the indentation; the key after it is what to move.
    let start = s
    const end0 = lineEnd(text, s)
    while (start < end0 && (text[start] === ' ' || text[start] === '\t')) start++
    if (start < end0) {
      const colon = text.indexOf(':', start)
      const end = colon !== -1 && colon < end0 ? colon : end0
      const key = text.slice(start, end).trim()
      return {
        start,
        end: Math.max(end, start + 1),
        message: `YAML syntax error: \`${key}\` does not line up with the keys it belongs with (${reason}).`
      }
    }
  }

  // Past the last character (an error at the end of the input): the end of the last line that has text.
  const last = text.trimEnd().length
  if (s >= last && last > 0) {
    const start = lineStart(text, last - 1)
    return { start: Math.max(start, last - 1), end: last, message: `YAML syntax error: ${reason}` }
  }
  // On the line where it starts: a range that runs on to the end of the file (the rest of an unterminated
  // scalar) says nothing more and would end past the last line.
  return { start: s, end: Math.max(Math.min(e, lineEnd(text, s)), s), message: `YAML syntax error: ${reason}` }
}
