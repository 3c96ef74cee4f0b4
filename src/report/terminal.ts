// Text for a terminal, or for the log of a CI step: what a config file, a file name or a log line holds must not act
// on the terminal (escape sequences that clear the screen or set the title, bidi overrides that reorder what is
// shown) nor on the runner (a line that starts with `::` or holds `##[` is a workflow command). Also the optional
// colour of the CLI's text output, added only after the text is made safe.

// C0 controls other than tab and newline, DEL, C1 controls; Unicode bidi embeddings/overrides/isolates and the
// line/paragraph separators that some terminals break on.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

/** What follows ESC in an SGR colour sequence (`ESC[31m`). */
const SGR_AFTER_ESC = /^\[[0-9;]*m/

function escapeChar(c: string): string {
  const code = c.charCodeAt(0)
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
}

/** One value shown inside a line (a message, a path, a key): every control character, newlines too, made visible. */
export function inlineSafe(text: string): string {
  return text.replace(UNSAFE, escapeChar).replace(/\n/g, '\\n').replace(/\t/g, '\\t')
}

/**
 * A message that may span lines (eksctl's own errors do): inlineSafe, except that each newline starts a new line
 * indented by `indent`, so the text reads as one block. terminalSafe still guards those lines' starts.
 */
export function blockSafe(text: string, indent = '    '): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => inlineSafe(line))
    .join(`\n${indent}`)
}

/**
 * Lines for the terminal or a step log: control characters made visible (`\x1b`, `\u202e`), tabs and newlines
 * kept; a line whose first non-blank characters are `::` gets a `\` in front, and `##[` becomes `##\[`, so the
 * runner reads neither as a workflow command. With `keepColour`, the SGR colour sequences this module writes
 * (`ESC[…m`) are kept; data never carries them here, because data goes through inlineSafe first.
 */
export function terminalSafe(text: string, keepColour = false): string {
  const escaped = keepColour
    ? text.replace(UNSAFE, (c, offset: number) =>
        c === '\u001b' && SGR_AFTER_ESC.test(text.slice(offset + 1, offset + 12)) ? c : escapeChar(c)
      )
    : text.replace(UNSAFE, escapeChar)
  return escaped.replace(/^([ \t]*)::/gm, '$1\\::').replace(/##\[/g, '##\\[')
}

export interface Palette {
  bold: (s: string) => string
  dim: (s: string) => string
  red: (s: string) => string
  yellow: (s: string) => string
  cyan: (s: string) => string
  green: (s: string) => string
}

const sgr =
  (open: number, close: number) =>
  (s: string): string =>
    s === '' ? s : `\u001b[${open}m${s}\u001b[${close}m`

export const COLOURS: Palette = {
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  cyan: sgr(36, 39),
  green: sgr(32, 39)
}

const same = (s: string): string => s
export const NO_COLOURS: Palette = { bold: same, dim: same, red: same, yellow: same, cyan: same, green: same }

/**
 * Whether to colour: never with --no-color or NO_COLOR (https://no-color.org: set and not empty) or TERM=dumb;
 * forced with FORCE_COLOR (set, not empty, not 0); otherwise only when stdout is a terminal (not a pipe or file).
 */
export function wantColour(options: {
  noColorFlag: boolean
  env: Record<string, string | undefined>
  isTTY: boolean
}): boolean {
  const { env } = options
  if (options.noColorFlag) return false
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0') return true
  if (env.TERM === 'dumb') return false
  return options.isTTY
}
