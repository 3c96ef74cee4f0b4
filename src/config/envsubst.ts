// `${VAR}` / `$VAR` expansion like GNU `envsubst` without a variable list: every `$NAME` and `${NAME}` with NAME
// matching [A-Za-z_][A-Za-z0-9_]* is replaced by its value ('' when unset); anything else after `$` is kept as is.
// Expansion keeps a map back to the original offsets so findings point into the file the user wrote.

export interface Placeholder {
  name: string
  /** Offsets of the whole `${NAME}` / `$NAME` in the original text. */
  start: number
  end: number
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
    private readonly segments: Segment[]
  ) {}

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
  let out = ''
  let last = 0
  for (const m of text.matchAll(PLACEHOLDER)) {
    const name = m[1] ?? m[2]
    const start = m.index
    const end = start + m[0].length
    const value = Object.prototype.hasOwnProperty.call(env, name) ? env[name] : undefined
    if (value === undefined) unset.push({ name, start, end })
    out += text.slice(last, start)
    const expandedStart = out.length
    out += value ?? ''
    segments.push({ expandedStart, expandedEnd: out.length, originalStart: start, originalEnd: end })
    last = end
  }
  out += text.slice(last)
  return new Expansion(text, out, unset, segments)
}
