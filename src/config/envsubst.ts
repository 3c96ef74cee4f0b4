// `${VAR}` / `$VAR` expansion like GNU `envsubst` without a variable list: every `$NAME` and `${NAME}` with NAME
// matching [A-Za-z_][A-Za-z0-9_]* is replaced by its value ('' when unset); anything else after `$` is kept as is.
// Expansion keeps a map back to the original offsets so findings point into the file the user wrote.
//
// Secrets: the runner's own credentials and the usual cloud credential variables are never expanded (a config that
// names them is refused at their position), every other expanded value that looks secret is returned for masking,
// and `conceal` puts the placeholder as written back in place of an expanded value in any text a report shows.

export interface Placeholder {
  name: string
  /** Offsets of the whole `${NAME}` / `$NAME` in the original text. */
  start: number
  end: number
}

/**
 * Variables envsubst refuses to expand: the runner's tokens and inputs, and credential variables. Expanding them
 * would copy a credential into the reports (SARIF uploaded to code scanning, the JSON report, the summary).
 */
export const REFUSED_VARIABLES =
  /^(?:ACTIONS_\w*|INPUT_\w*|STATE_\w*|GITHUB_TOKEN|GH_TOKEN|GH_ENTERPRISE_TOKEN|GITHUB_ENTERPRISE_TOKEN|AWS_SECRET_\w*|AWS_SESSION_TOKEN|AWS_SECURITY_TOKEN|AWS_CONTAINER_AUTHORIZATION_TOKEN|AZURE_CLIENT_SECRET|ARM_CLIENT_SECRET|GOOGLE_CREDENTIALS|GOOGLE_APPLICATION_CREDENTIALS_JSON|NPM_TOKEN|NODE_AUTH_TOKEN)$/

export function isRefusedVariable(name: string): boolean {
  return REFUSED_VARIABLES.test(name)
}

const SECRET_NAME =
  /(?:SECRET|TOKEN|PASSWORD|PASSWD|PASSPHRASE|PRIVATE|CREDENTIAL|API_?KEY|ACCESS_?KEY|AUTH|CERT|SIGNING|_PAT$|^PAT_|_KEY$)/i

/**
 * Whether an expanded value should be masked in the logs: its variable's name says secret, or the value has the
 * shape of one (an AWS access key id, a PEM block, a JWT, a GitHub token, a long high-entropy string).
 */
export function looksSecret(name: string, value: string): boolean {
  if (value.trim().length < 4) return false
  if (SECRET_NAME.test(name)) return true
  if (/^(?:AKIA|ASIA|AROA|AIDA)[A-Z0-9]{16}$/.test(value)) return true
  if (/-----BEGIN [A-Z ]+-----/.test(value)) return true
  if (/^eyJ[\w-]+\.[\w-]+\./.test(value)) return true
  if (/^(?:gh[pousr]_|github_pat_|glpat-|xox[abpr]-)/.test(value)) return true
  return (
    value.length >= 24 &&
    /^[A-Za-z0-9+/=_.-]+$/.test(value) &&
    /[a-z]/.test(value) &&
    /[A-Z]/.test(value) &&
    /\d/.test(value)
  )
}

const PLACEHOLDER = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g

interface Segment {
  /** Start of the replacement in the expanded text and of the placeholder in the original. */
  expandedStart: number
  expandedEnd: number
  originalStart: number
  originalEnd: number
}

export class Expansion {
  constructor(
    readonly original: string,
    readonly expanded: string,
    /** Placeholders whose variable is not set (replaced by ''). */
    readonly unset: Placeholder[],
    private readonly segments: Segment[],
    /** Placeholders of refused variables (REFUSED_VARIABLES): not expanded, replaced by ''. */
    readonly refused: Placeholder[] = [],
    /** Distinct expanded values that look secret (looksSecret): the shell masks them before printing anything. */
    readonly secretValues: string[] = []
  ) {}

  /**
   * A text (a finding's message) with every expanded value put back as the placeholder that produced it, so a report
   * never shows a value from the environment. Values of 4 characters or more are replaced wherever they stand
   * between non-word characters; shorter ones only where quoted whole (`v`, "v"), so that a `1` does not rewrite
   * every version number of the message.
   */
  conceal(text: string): string {
    const swaps = this.concealList()
    if (!swaps.length) return text
    let out = text
    for (const { value, placeholder, short } of swaps) {
      if (!out.includes(value)) continue
      if (short) {
        for (const q of ['`', '"', "'"]) out = out.split(q + value + q).join(q + placeholder + q)
        continue
      }
      let from = 0
      let result = ''
      for (let at = out.indexOf(value); at !== -1; at = out.indexOf(value, at + value.length)) {
        const before = out[at - 1]
        const after = out[at + value.length]
        if ((before !== undefined && /\w/.test(before)) || (after !== undefined && /\w/.test(after))) continue
        result += out.slice(from, at) + placeholder
        from = at + value.length
      }
      out = result + out.slice(from)
    }
    return out
  }

  private swaps: { value: string; placeholder: string; short: boolean }[] | null = null
  private concealList(): { value: string; placeholder: string; short: boolean }[] {
    if (this.swaps) return this.swaps
    const byValue = new Map<string, string>()
    for (const s of this.segments) {
      const value = this.expanded.slice(s.expandedStart, s.expandedEnd)
      if (value.trim() === '' || byValue.has(value)) continue
      byValue.set(value, this.original.slice(s.originalStart, s.originalEnd))
    }
    // Longest first: a value that contains another is put back whole.
    this.swaps = [...byValue]
      .sort((a, b) => b[0].length - a[0].length)
      .map(([value, placeholder]) => ({ value, placeholder, short: value.length < 4 }))
    return this.swaps
  }

  /** Index of the last segment whose start (in the expanded or the original text) is ≤ offset; -1 if none. */
  private lastSegmentStartingAtOrBefore(start: 'expandedStart' | 'originalStart', offset: number): number {
    const segs = this.segments
    let lo = 0
    let hi = segs.length - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (segs[mid][start] <= offset) {
        found = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    return found
  }

  /**
   * Map an offset of the expanded text to the original. An offset inside a replaced value maps to the start of
   * its placeholder (side 'start') or to its end (side 'end'), so a range over a value covers its placeholder.
   */
  toOriginal(offset: number, side: 'start' | 'end'): number {
    const found = this.lastSegmentStartingAtOrBefore('expandedStart', offset)
    if (found === -1) return offset
    const s = this.segments[found]
    if (offset >= s.expandedEnd && offset > s.expandedStart) return s.originalEnd + (offset - s.expandedEnd)
    if (offset === s.expandedStart) return s.originalStart
    // Inside a replaced value.
    return side === 'start' ? s.originalStart : s.originalEnd
  }

  /** Map an offset of the original text to the expanded one (inside a placeholder: where its value starts). */
  toExpanded(offset: number): number {
    const found = this.lastSegmentStartingAtOrBefore('originalStart', offset)
    if (found === -1) return offset
    const s = this.segments[found]
    return offset < s.originalEnd ? s.expandedStart : s.expandedEnd + (offset - s.originalEnd)
  }
}

/** The identity expansion (no envsubst). */
export function noExpansion(text: string): Expansion {
  return new Expansion(text, text, [], [])
}

export function envsubst(text: string, env: Record<string, string | undefined>): Expansion {
  const segments: Segment[] = []
  const unset: Placeholder[] = []
  const refused: Placeholder[] = []
  const secrets = new Set<string>()
  let out = ''
  let last = 0
  for (const m of text.matchAll(PLACEHOLDER)) {
    const name = m[1] ?? m[2]
    const start = m.index
    const end = start + m[0].length
    const refuse = isRefusedVariable(name)
    const value = refuse ? '' : Object.prototype.hasOwnProperty.call(env, name) ? env[name] : undefined
    if (refuse) refused.push({ name, start, end })
    else if (value === undefined) unset.push({ name, start, end })
    else if (looksSecret(name, value)) secrets.add(value)
    out += text.slice(last, start)
    const expandedStart = out.length
    out += value ?? ''
    segments.push({ expandedStart, expandedEnd: out.length, originalStart: start, originalEnd: end })
    last = end
  }
  out += text.slice(last)
  return new Expansion(text, out, unset, segments, refused, [...secrets])
}
