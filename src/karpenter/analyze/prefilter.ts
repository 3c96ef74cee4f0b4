// A sound prefilter for the catalog: which patterns can match a text at all. Each pattern is read once for the
// literal strings one of which every match must contain (one per top-level alternative, e.g. `AccessDenied` and
// `not authorized to perform` for /AccessDenied|not authorized to perform|…/); a single pass over the text, four
// characters at a time, marks the patterns one of whose literals may start there. Only marked patterns (and the few
// with no usable literal) run their regular expression, so the result is the same as testing every pattern in order,
// at the cost of one pass instead of one scan per pattern.

/** Literals shorter than this are not used: a pattern with such an alternative is always tested. */
const GRAM = 4

/**
 * The lower-cased literals one of which any match of `re` contains (the longest run of plain characters that every
 * top-level alternative requires), or null when some alternative requires no run of GRAM characters.
 */
export function requiredLiterals(re: RegExp): string[] | null {
  if (/[uvy]/.test(re.flags)) return null // Unicode case folding, sticky matching: not worth reasoning about
  const src = re.source
  const out: string[] = []
  let best = ''
  let run = ''
  let i = 0
  const endRun = (): void => {
    if (run.length > best.length) best = run
    run = ''
  }
  const endAlternative = (): boolean => {
    endRun()
    if (best.length < GRAM || /[^\x20-\x7e]/.test(best)) return false
    out.push(best.toLowerCase())
    best = ''
    return true
  }
  /** After a token: a quantifier makes it optional or repeated, so it is not part of a required run. */
  const quantified = (): boolean => {
    const c = src[i]
    if (c === '?' || c === '*' || c === '+') {
      i++
      if (src[i] === '?') i++
      return true
    }
    if (c === '{' && /^\{\d+(?:,\d*)?\}/.test(src.slice(i))) {
      i = src.indexOf('}', i) + 1
      if (src[i] === '?') i++
      return true
    }
    return false
  }
  while (i < src.length) {
    const c = src[i]!
    if (c === '|') {
      if (!endAlternative()) return null
      i++
    } else if (c === '\\') {
      const e = src[i + 1]
      i += 2
      if (e === undefined) return null
      // Classes, assertions, back references, control and code escapes end the run; other escapes are literal.
      if (/[\w]/.test(e)) {
        if (e === 'c') i++
        else if (e === 'x') i += 2
        else if (e === 'u') i += src[i] === '{' ? src.indexOf('}', i) - i + 1 : 4
        else if (e === 'k' || e === 'p' || e === 'P') return null
        quantified()
        endRun()
      } else if (quantified()) endRun()
      else run += e
    } else if (c === '[') {
      i++
      if (src[i] === '^') i++
      if (src[i] === ']') i++
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1
      if (i >= src.length) return null
      i++
      quantified()
      endRun()
    } else if (c === '(') {
      let depth = 0
      while (i < src.length) {
        const d = src[i]!
        if (d === '\\') i += 2
        else if (d === '[') {
          i++
          if (src[i] === '^') i++
          if (src[i] === ']') i++
          while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1
          i++
        } else {
          if (d === '(') depth++
          else if (d === ')' && --depth === 0) {
            i++
            break
          }
          i++
        }
      }
      if (depth !== 0) return null
      quantified()
      endRun()
    } else if (c === ')' || c === ']' || c === '}' || c === '?' || c === '*' || c === '+' || c === '{') {
      return null // not a pattern this reader understands
    } else if (c === '.' || c === '^' || c === '$') {
      i++
      quantified()
      endRun()
    } else {
      i++
      if (quantified()) endRun()
      else run += c
    }
  }
  return endAlternative() ? out : null
}

/** The four characters at the end of `s`'s first GRAM characters, as the scan computes them. */
function gramOf(s: string): number {
  let h = 0
  for (let k = 0; k < GRAM; k++) h = ((h << 7) | s.charCodeAt(k)) & 0x0fffffff
  return h
}

function bloomSlot(h: number): number {
  return Math.imul(h, 0x9e3779b1) >>> 16
}

/** Patterns (by index) that may match a text, found in one pass. */
export class PatternPrefilter {
  /** Patterns with no usable literal: always candidates. */
  private readonly always: number[] = []
  private readonly grams = new Map<number, { pattern: number; literal: string }[]>()
  private readonly bloom = new Uint8Array(1 << 16)
  private readonly stamp: Uint32Array
  private generation = 0
  readonly size: number

  constructor(patterns: RegExp[]) {
    this.size = patterns.length
    this.stamp = new Uint32Array(patterns.length)
    patterns.forEach((re, index) => {
      const literals = requiredLiterals(re)
      if (literals === null) {
        this.always.push(index)
        return
      }
      for (const literal of literals) {
        const h = gramOf(literal)
        let list = this.grams.get(h)
        if (!list) this.grams.set(h, (list = []))
        list.push({ pattern: index, literal })
        this.bloom[bloomSlot(h)] = 1
      }
    })
  }

  /**
   * Mark the candidates for `text`; then `candidate(i)` says whether pattern i may match it. A literal counts only
   * where it occurs whole (compared without case), so a pattern that is not marked cannot match.
   */
  scan(text: string): void {
    let gen = ++this.generation
    if (gen === 0xffffffff) {
      this.stamp.fill(0)
      this.generation = gen = 1
    }
    for (const p of this.always) this.stamp[p] = gen
    const bloom = this.bloom
    let h = 0
    let n = 0
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i)
      if (c >= 65 && c <= 90) c += 32
      else if (c >= 128) {
        n = 0
        continue
      }
      h = ((h << 7) | c) & 0x0fffffff
      if (++n >= GRAM && bloom[bloomSlot(h)] === 1) {
        const list = this.grams.get(h)
        if (list !== undefined) this.markAt(text, i + 1 - GRAM, list, gen)
      }
    }
  }

  private markAt(text: string, at: number, list: { pattern: number; literal: string }[], gen: number): void {
    for (const { pattern, literal } of list) {
      if (this.stamp[pattern] === gen) continue
      if (at + literal.length > text.length) continue
      let same = true
      for (let k = GRAM; k < literal.length; k++) {
        let c = text.charCodeAt(at + k)
        if (c >= 65 && c <= 90) c += 32
        if (c !== literal.charCodeAt(k)) {
          same = false
          break
        }
      }
      if (same) this.stamp[pattern] = gen
    }
  }

  candidate(index: number): boolean {
    return this.stamp[index] === this.generation
  }
}
