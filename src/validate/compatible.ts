// A file's compatible releases as min, max and gaps (from the evaluator's contiguous ranges).
import semver from 'semver'
import {
  filesNoReleaseAccepts,
  isValidatedClusterConfig,
  type CompatibleRange,
  type FileReport,
  type ReleaseGap
} from '../report/model.js'
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
  // Many files share a minimum: compare each distinct version once.
  return [...new Set(minimums as string[])].sort(semver.compare).pop() ?? null
}

/**
 * The report's minimum: the highest per-file minimum over the validated ClusterConfigs. null when some file is
 * accepted by no known release (a ClusterConfig without a minimum, a file that could not be read or parsed): no
 * release would make every file pass. null too when no ClusterConfig was validated.
 */
export function overallMinimum(files: readonly FileReport[]): string | null {
  const validated = files.filter(isValidatedClusterConfig)
  if (!validated.length || filesNoReleaseAccepts(files).length) return null
  return highestMinimum(validated.map((f) => f.minEksctlVersion))
}

const indexes = new WeakMap<readonly Release[], Map<string, number>>()

/** Position of a release in the list (cached per list): comparisons by index, not by parsing versions. */
function indexOf(releases: readonly Release[], version: string): number {
  let index = indexes.get(releases)
  // The store's list grows when a newer release brings its own schema (addReleaseSchema).
  if (!index || index.size !== releases.length)
    indexes.set(releases, (index = new Map(releases.map((r, i) => [r.version, i]))))
  const known = index.get(version)
  if (known !== undefined) return known
  // Not a listed release: the first listed one after it.
  const after = releases.findIndex((r) => semver.gt(r.version, version))
  return after < 0 ? releases.length : after - 0.5
}

/** The first release at or after `version` inside `ranges` (the schema-compatible runs); null when none is. */
export function firstAcceptedFrom(
  version: string,
  ranges: readonly ReleaseRange[],
  releases: readonly Release[]
): string | null {
  const at = indexOf(releases, version)
  let best = Infinity
  for (const range of ranges) {
    const from = indexOf(releases, range.from)
    const to = range.to === null ? releases.length - 1 : indexOf(releases, range.to)
    const first = Math.ceil(Math.max(at, from))
    if (first <= to && first < best) best = first
  }
  return best === Infinity ? null : (releases[best]?.version ?? null)
}

/**
 * The lowest release that passes the schema and eksctl's release-aware code checks: start at the schema's minimum,
 * run the checks there, and move to the latest release their errors name (`since`) until they pass. null when no
 * release passes: the schema accepts none, or the checks' errors at some release name no later release that fixes
 * them (a Kubernetes version no release supports, duplicate nodegroup names). `acceptedAt`: a release known to pass
 * (the target, when the file passes there); the search never answers null below it.
 */
export function minimumWithChecks(
  ranges: readonly ReleaseRange[],
  releases: readonly Release[],
  errorsAt: (version: string) => readonly { since?: string | null }[],
  acceptedAt?: string
): string | null {
  let candidate = ranges.length ? firstAcceptedFrom(ranges[0]!.from, ranges, releases) : null
  // Each step moves to a strictly later release, so the search ends.
  while (candidate !== null) {
    const current: string = candidate
    const errors = errorsAt(current)
    if (!errors.length) return current
    const sinces = errors
      .map((e) => e.since)
      .filter((v): v is string => typeof v === 'string' && semver.valid(v) !== null && semver.gt(v, current))
    if (!sinces.length) {
      // Errors that name no later release: moving on fixes none of them (nor does going back: the schema or the
      // checks rejected every earlier release on the way here) — unless a later release is known to pass (the
      // target the file was validated at): then the first passing release lies between, one release at a time.
      if (acceptedAt === undefined || !semver.gt(acceptedAt, current)) return null
      const next = releases[Math.floor(indexOf(releases, current)) + 1]
      candidate = next ? firstAcceptedFrom(next.version, ranges, releases) : null
      continue
    }
    candidate = firstAcceptedFrom(sinces.sort(semver.compare).at(-1)!, ranges, releases)
  }
  return null
}

/** The last release at or before `version` inside `ranges` (the schema-compatible runs); null when none is. */
export function lastAcceptedUpTo(
  version: string,
  ranges: readonly ReleaseRange[],
  releases: readonly Release[]
): string | null {
  const raw = indexOf(releases, version)
  // Not a listed release: the last listed one before it.
  const at = Number.isInteger(raw) ? raw : Math.floor(raw)
  let best = -1
  for (const range of ranges) {
    const from = indexOf(releases, range.from)
    const to = range.to === null ? releases.length - 1 : indexOf(releases, range.to)
    const last = Math.min(at, to)
    if (last >= from && last > best) best = last
  }
  return best < 0 ? null : (releases[best]?.version ?? null)
}

/**
 * The highest release that passes the schema and eksctl's release-aware code checks, searched down from the
 * schema's last accepted release: where the checks fail, move below the earliest release their errors name as no
 * longer accepting (`until`), or one release down for an error that names none, never below `minimum`. null when
 * the newest known release accepts the file (the window is open), or no release at or above `minimum` does.
 */
export function maximumWithChecks(
  ranges: readonly ReleaseRange[],
  releases: readonly Release[],
  minimum: string | null,
  errorsAt: (version: string) => readonly { until?: string | null }[]
): string | null {
  if (minimum === null || !releases.length) return null
  const newest = releases[releases.length - 1]!.version
  let candidate = lastAcceptedUpTo(newest, ranges, releases)
  while (candidate !== null && semver.gte(candidate, minimum)) {
    const current: string = candidate
    const errors = errorsAt(current)
    if (!errors.length) return current === newest ? null : current
    const untils = errors
      .map((e) => e.until)
      .filter((v): v is string => typeof v === 'string' && semver.valid(v) !== null && semver.lte(v, current))
    const below = untils.length ? untils.sort(semver.compare)[0]! : current
    const index = indexOf(releases, below)
    const previous = releases[Math.ceil(index) - 1]
    candidate = previous ? lastAcceptedUpTo(previous.version, ranges, releases) : null
  }
  // The minimum itself passes (it was found that way): the window closes there.
  return minimum === newest ? null : minimum
}

/**
 * The report's maximum: the lowest per-file maximum (files still accepted by the newest known release do not
 * bound it). null when every validated file is accepted by the newest known release, or the minimum is null.
 */
export function overallMaximum(files: readonly FileReport[]): string | null {
  if (overallMinimum(files) === null) return null
  const maxima = files
    .filter(isValidatedClusterConfig)
    .map((f) => f.maxEksctlVersion ?? null)
    .filter((m): m is string => m !== null)
  return [...new Set(maxima)].sort(semver.compare)[0] ?? null
}
