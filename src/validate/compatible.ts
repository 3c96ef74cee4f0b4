// A file's compatible releases as min, max and gaps (from the evaluator's contiguous ranges).
import semver from 'semver'
import type { CompatibleRange, ReleaseGap } from '../report/model.js'
import type { Release, ReleaseRange } from '../schemas/index.js'

export function toCompatibleRange(ranges: readonly ReleaseRange[], releases: readonly Release[]): CompatibleRange {
  if (!ranges.length) return { min: null, max: null, gaps: [] }
  const sorted = [...ranges].sort((a, b) => semver.compare(a.from, b.from))
  const last = sorted[sorted.length - 1]!
  const gaps: ReleaseGap[] = []
  for (let i = 0; i + 1 < sorted.length; i++) {
    const end = sorted[i]!.to
    const nextFrom = sorted[i + 1]!.from
    if (end === null) continue
    const rejected = releases.filter((r) => semver.gt(r.version, end) && semver.lt(r.version, nextFrom))
    if (rejected.length) gaps.push({ from: rejected[0]!.version, to: rejected[rejected.length - 1]!.version })
  }
  return { min: sorted[0]!.from, max: last.to, gaps }
}

/** The highest per-file minimum; null when some file has no compatible release or there is none. */
export function highestMinimum(ranges: readonly (CompatibleRange | null)[]): string | null {
  const checked = ranges.filter((r): r is CompatibleRange => r !== null)
  if (!checked.length || checked.some((r) => r.min === null)) return null
  return (
    checked
      .map((r) => r.min!)
      .sort(semver.compare)
      .pop() ?? null
  )
}
