// Escaping for GitHub-flavoured Markdown (job summaries, PR comments): every untrusted string (config text, file
// names, cluster data, log lines) goes through one of these for the place it lands in, so data can end no table row,
// open no link, image or HTML element, and start no heading, list or code block. Used by the validation summary
// (report/markdown.ts) and the Karpenter summary (karpenter/analyze/render.ts).

/** Longest text a table cell or inline piece shows (longer is cut, with `…`); a summary may hold 1 MiB per step. */
export const MAX_INLINE_CHARS = 2000

/**
 * One line of text without control characters: CR, LF and the other line breaks (U+2028/9, NEL) become spaces (a
 * bare CR ends a table row in CommonMark), other C0/C1 controls and DEL become U+FFFD, bidirectional overrides are
 * dropped (they reorder what a reader sees).
 */
export function oneLine(text: string): string {
  return (
    text
      .replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, ' ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u0084\u0086-\u009f]/g, '\uFFFD')
      .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
      .replace(/\t/g, ' ')
  )
}

/** Cut to at most `max` characters (not inside a surrogate pair), marking the cut with `…`. */
export function clip(text: string, max = MAX_INLINE_CHARS): string {
  if (text.length <= max) return text
  let end = max - 1
  const code = text.charCodeAt(end - 1)
  if (code >= 0xd800 && code <= 0xdbff) end--
  return `${text.slice(0, end)}…`
}

/**
 * Markdown punctuation that can change what a line means: emphasis, code, links and images, HTML and entities,
 * tables, strikethrough, headings, GitHub math (`$`). Backslash-escaping ASCII punctuation is always literal in
 * CommonMark, so the text reads the same once rendered.
 */
const PUNCTUATION = /[\\`*_[\]<>&|~#$!]/g

/** Plain text (a paragraph, a list item, a blockquote, a heading): one line, every markdown character literal. */
export function mdText(text: string, max = MAX_INLINE_CHARS): string {
  return clip(oneLine(text), max).replace(PUNCTUATION, (c) => `\\${c}`)
}

/** A table cell's text: mdText (which escapes `|` as `\|`, the one escape GFM tables read before anything else). */
export function mdCell(text: string, max = MAX_INLINE_CHARS): string {
  return mdText(text, max)
}

/** A heading's text (after `### `): mdText, also escaping a trailing `#` run that would close the heading. */
export function mdHeading(text: string, max = MAX_INLINE_CHARS): string {
  return mdText(text, max)
}

/**
 * A code span: backticks longer than any backtick run in the text, a space of padding where the text starts or
 * ends with a backtick or a space; nothing inside is escaped (a code span shows entities and backslashes as they
 * are), except `|` in a table cell (`inTable`), which GFM reads as a cell border unless written `\|` (it still
 * shows `|`). Empty text gives an empty string.
 */
export function mdCode(text: string, options: { inTable?: boolean; max?: number } = {}): string {
  let body = clip(oneLine(text), options.max ?? MAX_INLINE_CHARS)
  if (body === '') return ''
  if (options.inTable) body = body.replace(/\|/g, '\\|')
  const longest = (body.match(/`+/g) ?? []).reduce((n, run) => Math.max(n, run.length), 0)
  const fence = '`'.repeat(longest + 1)
  const pad = /^[` ]|[` ]$/.test(body) ? ' ' : ''
  return `${fence}${pad}${body}${pad}${fence}`
}

/**
 * A message of ours that quotes data in single-backtick code spans (`` `iamIdentityMappings` needs eksctl … ``):
 * each quoted piece becomes a code span (mdCode), the rest plain text (mdText). A backtick inside the data can
 * only shift where spans start and end: every piece is escaped for what it becomes, so nothing is ever live.
 */
export function mdMessage(text: string, options: { inTable?: boolean; max?: number } = {}): string {
  const line = clip(oneLine(text), options.max ?? MAX_INLINE_CHARS)
  let out = ''
  let last = 0
  for (const m of line.matchAll(/`([^`]+)`/g)) {
    out += mdText(line.slice(last, m.index), Infinity)
    out += mdCode(m[1]!, { inTable: options.inTable, max: Infinity })
    last = m.index + m[0].length
  }
  return out + mdText(line.slice(last), Infinity)
}

/**
 * A fenced code block for multi-line data (a log sample): line breaks normalised (a bare CR would end the block
 * inside a list item), control characters replaced, a fence longer than any backtick run in the text.
 */
export function mdFence(text: string, info = 'text'): string {
  const body = text
    .replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u0084\u0086-\u009f]/g, '\uFFFD')
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
  const longest = (body.match(/`+/g) ?? []).reduce((n, run) => Math.max(n, run.length), 0)
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return `${fence}${info}\n${body}\n${fence}`
}
