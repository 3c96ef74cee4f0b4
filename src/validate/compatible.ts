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

/** The highest of per-file minimums; null when some file has none (no release accepts it) or there is no file. */
export function highestMinimum(minimums: readonly (string | null)[]): string | null {
  if (!minimums.length || minimums.some((m) => m === null)) return null
  return [...(minimums as string[])].sort(semver.compare).pop() ?? null
}

/** The first release at or after `version` inside `ranges` (the schema-compatible runs); null when none is. */
export function firstAcceptedFrom(
  version: string,
  ranges: readonly ReleaseRange[],
  releases: readonly Release[]
): string | null {
  for (const r of releases) {
    if (semver.lt(r.version, version)) continue
    if (ranges.some((g) => semver.gte(r.version, g.from) && (g.to === null || semver.lte(r.version, g.to))))
      return r.version
  }
  return null
}

/**
 * The lowest release that passes the schema and eksctl's release-aware code checks: start at the schema's minimum,
 * run the checks there, and move to the release their errors name (`since`) until they pass. Checks whose errors
 * name no release stop the search there (the schema's answer stands).
 */
export function minimumWithChecks(
  ranges: readonly ReleaseRange[],
  releases: readonly Release[],
  errorsAt: (version: string) => readonly { since?: string | null }[]
): string | null {
  let candidate = ranges.length ? firstAcceptedFrom(ranges[0]!.from, ranges, releases) : null
  for (let step = 0; candidate !== null && step < 8; step++) {
    const current: string = candidate
    const sinces = errorsAt(current)
      .map((e) => e.since)
      .filter((v): v is string => typeof v === 'string' && semver.valid(v) !== null && semver.gt(v, current))
    if (!sinces.length) return current
    candidate = firstAcceptedFrom(sinces.sort(semver.compare).at(-1)!, ranges, releases)
  }
  return candidate
}
