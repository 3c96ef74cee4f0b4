// "Did you mean …": the closest candidate by edit distance (adjacent swaps count as one edit).

export function editDistance(a: string, b: string): number {
  const n = a.length
  const m = b.length
  if (n === 0) return m
  if (m === 0) return n
  let prev2: number[] = new Array<number>(m + 1).fill(0)
  let prev: number[] = Array.from({ length: m + 1 }, (_, j) => j)
  for (let i = 1; i <= n; i++) {
    const cur: number[] = new Array<number>(m + 1)
    cur[0] = i
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1)
      cur[j] = v
    }
    prev2 = prev
    prev = cur
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
