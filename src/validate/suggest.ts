// "Did you mean …": the closest candidate by edit distance (adjacent swaps count as one edit), for field names and
// values in findings and for the field paths of `eksctl-preflight fields`.
import { fieldHistory, listReleases, parseFieldPath, schemaForRelease, type HistoryOptions } from '../schemas/index.js'
import { propertiesAtFieldPath } from './schema-walk.js'

export function editDistance(a: string, b: string): number {
  const n = a.length
  const m = b.length
  if (n === 0) return m
  if (m === 0) return n
  // Three rows, reused (a typo lookup runs this for every candidate of every unknown key).
  let prev2: number[] = new Array<number>(m + 1).fill(0)
  let prev: number[] = new Array<number>(m + 1)
  let cur: number[] = new Array<number>(m + 1)
  for (let j = 0; j <= m; j++) prev[j] = j
  for (let i = 1; i <= n; i++) {
    cur[0] = i
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1)
      cur[j] = v
    }
    const done = prev2
    prev2 = prev
    prev = cur
    cur = done
  }
  return prev[m]!
}

/** The candidate closest to `word` (case differences cost nothing extra), if close enough to be a typo. */
export function closest(word: string, candidates: readonly string[]): string | null {
  const lower = word.toLowerCase()
  let best: string | null = null
  let bestScore = Infinity
  let bestPrefix = -1
  for (const c of candidates) {
    if (c === word) continue
    // The distance is at least the difference in length: a candidate that cannot reach the best so far is skipped.
    if (Math.abs(c.length - word.length) > bestScore) continue
    const other = c.toLowerCase()
    const d = other === lower ? 0 : editDistance(lower, other)
    // Ties go to the candidate sharing the longest prefix (`nam` → `name`, not `iam`).
    const prefix = commonPrefix(lower, other)
    if (d < bestScore || (d === bestScore && prefix > bestPrefix)) {
      best = c
      bestScore = d
      bestPrefix = prefix
    }
  }
  if (best === null) return null
  const limit = Math.max(1, Math.floor(Math.max(word.length, best.length) / 3))
  return bestScore <= limit ? best : null
}

function commonPrefix(a: string, b: string): number {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return i
}

/** `['managedNodeGroups', '[]', 'taints']` → `managedNodeGroups[].taints`. */
export function formatFieldPath(segments: readonly string[]): string {
  let out = ''
  for (const seg of segments) out += seg === '[]' ? '[]' : out === '' ? seg : `.${seg}`
  return out
}

/**
 * For a field path that exists in no release (`iamIdentityMapings`, `managedNodeGroups[].tants`), the closest path
 * that exists in some release: the first unknown segment is replaced by the closest field known at that level
 * (in the newest release that has the level, else in any release), and the rest is checked the same way.
 * null when the path exists, or nothing is close enough.
 */
export function suggestFieldPath(path: string, options: HistoryOptions = {}): string | null {
  const exists = (segments: readonly string[]): boolean => fieldHistory(formatFieldPath(segments), options).length > 0
  const segments = parseFieldPath(path)
  if (!segments.length || exists(segments)) return null
  // The longest prefix that some release has (the root always exists).
  let depth = segments.length - 1
  while (depth > 0 && !exists(segments.slice(0, depth))) depth--
  const prefix = segments.slice(0, depth)
  const unknown = segments[depth]!
  const rest = segments.slice(depth + 1)
  // `managedNodeGroups.taints` for `managedNodeGroups[].taints`: a list's items were meant.
  const asItems = [...prefix, '[]', ...segments.slice(depth)]
  if (unknown !== '[]' && unknown !== '*' && exists(asItems)) return formatFieldPath(asItems)
  if (unknown === '[]' || unknown === '*') return null
  const ranges = prefix.length ? fieldHistory(formatFieldPath(prefix), options) : []
  const releases = listReleases()
  const newest = ranges.length ? (ranges.at(-1)!.to ?? releases.at(-1)!.version) : releases.at(-1)!.version
  const corrections = options.corrections ?? true
  const namesIn = (version: string) => propertiesAtFieldPath(schemaForRelease(version, { corrections }), prefix)
  let name = closest(unknown, namesIn(newest))
  // A field only older releases had: look through every release (a lookup that already found nothing).
  if (name === null) name = closest(unknown, [...new Set(releases.flatMap((r) => namesIn(r.version)))])
  if (name === null) return null
  const fixed = [...prefix, name, ...rest]
  if (exists(fixed)) return formatFieldPath(fixed)
  return rest.length ? suggestFieldPath(formatFieldPath(fixed), options) : null
}
