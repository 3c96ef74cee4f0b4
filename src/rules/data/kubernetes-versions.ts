// Kubernetes versions eksctl accepts for `create cluster`, per release.
// Up to 0.201.0 the lists were static (`SupportedVersions()`, `DeprecatedVersions()`, `DefaultVersion` in
// pkg/apis/eksctl.io/v1alpha5/types.go); the table below is the one in reference/eksctl.md §4.3, one row per release
// where something changed. From 0.202.0 eksctl asks EKS (`DescribeClusterVersions`) at run time: supported = every
// version whose status is not UNSUPPORTED. We cannot ask AWS offline, so we use EKS's published end-of-support dates
// evaluated at `eksFactsAsOf`, and say the check is approximate.
import { gte } from '../version.js'

export interface StaticVersionRow {
  /** First release with this row. */
  from: string
  defaultVersion: string
  /** Oldest and newest supported minor versions (inclusive). */
  supported: [string, string]
  /** Deprecated versions `1.10`…this one ("no longer supported"). */
  deprecatedUpTo: string
}

export const staticVersionRows: readonly StaticVersionRow[] = [
  { from: '0.21.0', defaultVersion: '1.16', supported: ['1.13', '1.16'], deprecatedUpTo: '1.12' },
  { from: '0.23.0', defaultVersion: '1.16', supported: ['1.14', '1.16'], deprecatedUpTo: '1.13' },
  { from: '0.24.0', defaultVersion: '1.16', supported: ['1.14', '1.17'], deprecatedUpTo: '1.13' },
  { from: '0.25.0', defaultVersion: '1.17', supported: ['1.14', '1.17'], deprecatedUpTo: '1.13' },
  { from: '0.30.0', defaultVersion: '1.17', supported: ['1.14', '1.18'], deprecatedUpTo: '1.13' },
  { from: '0.32.0', defaultVersion: '1.18', supported: ['1.14', '1.18'], deprecatedUpTo: '1.13' },
  { from: '0.35.0', defaultVersion: '1.18', supported: ['1.15', '1.18'], deprecatedUpTo: '1.14' },
  { from: '0.38.0', defaultVersion: '1.18', supported: ['1.15', '1.19'], deprecatedUpTo: '1.14' },
  { from: '0.45.0', defaultVersion: '1.19', supported: ['1.15', '1.19'], deprecatedUpTo: '1.14' },
  { from: '0.51.0', defaultVersion: '1.19', supported: ['1.15', '1.20'], deprecatedUpTo: '1.14' },
  { from: '0.53.0', defaultVersion: '1.19', supported: ['1.16', '1.20'], deprecatedUpTo: '1.14' },
  { from: '0.57.0', defaultVersion: '1.20', supported: ['1.16', '1.20'], deprecatedUpTo: '1.15' },
  { from: '0.58.0', defaultVersion: '1.20', supported: ['1.16', '1.21'], deprecatedUpTo: '1.15' },
  { from: '0.68.0', defaultVersion: '1.20', supported: ['1.17', '1.21'], deprecatedUpTo: '1.16' },
  { from: '0.73.0', defaultVersion: '1.21', supported: ['1.17', '1.21'], deprecatedUpTo: '1.16' },
  { from: '0.76.0', defaultVersion: '1.21', supported: ['1.18', '1.21'], deprecatedUpTo: '1.17' },
  { from: '0.92.0', defaultVersion: '1.21', supported: ['1.18', '1.22'], deprecatedUpTo: '1.17' },
  { from: '0.93.0', defaultVersion: '1.21', supported: ['1.19', '1.22'], deprecatedUpTo: '1.18' },
  { from: '0.95.0', defaultVersion: '1.22', supported: ['1.19', '1.22'], deprecatedUpTo: '1.18' },
  { from: '0.109.0', defaultVersion: '1.22', supported: ['1.20', '1.23'], deprecatedUpTo: '1.19' },
  { from: '0.115.0', defaultVersion: '1.23', supported: ['1.20', '1.23'], deprecatedUpTo: '1.19' },
  { from: '0.120.0', defaultVersion: '1.23', supported: ['1.20', '1.24'], deprecatedUpTo: '1.19' },
  { from: '0.125.0', defaultVersion: '1.24', supported: ['1.20', '1.24'], deprecatedUpTo: '1.19' },
  { from: '0.127.0', defaultVersion: '1.24', supported: ['1.21', '1.24'], deprecatedUpTo: '1.20' },
  { from: '0.131.0', defaultVersion: '1.24', supported: ['1.22', '1.24'], deprecatedUpTo: '1.21' },
  { from: '0.132.0', defaultVersion: '1.24', supported: ['1.22', '1.25'], deprecatedUpTo: '1.21' },
  { from: '0.134.0', defaultVersion: '1.25', supported: ['1.22', '1.25'], deprecatedUpTo: '1.21' },
  { from: '0.138.0', defaultVersion: '1.25', supported: ['1.22', '1.26'], deprecatedUpTo: '1.21' },
  { from: '0.143.0', defaultVersion: '1.25', supported: ['1.22', '1.27'], deprecatedUpTo: '1.21' },
  { from: '0.151.0', defaultVersion: '1.25', supported: ['1.23', '1.27'], deprecatedUpTo: '1.22' },
  { from: '0.160.0', defaultVersion: '1.25', supported: ['1.23', '1.28'], deprecatedUpTo: '1.22' },
  { from: '0.161.0', defaultVersion: '1.27', supported: ['1.23', '1.28'], deprecatedUpTo: '1.22' },
  { from: '0.169.0', defaultVersion: '1.27', supported: ['1.23', '1.29'], deprecatedUpTo: '1.22' },
  { from: '0.173.0', defaultVersion: '1.29', supported: ['1.23', '1.29'], deprecatedUpTo: '1.22' },
  { from: '0.179.0', defaultVersion: '1.29', supported: ['1.23', '1.30'], deprecatedUpTo: '1.22' },
  { from: '0.183.0', defaultVersion: '1.30', supported: ['1.23', '1.30'], deprecatedUpTo: '1.22' },
  { from: '0.191.0', defaultVersion: '1.30', supported: ['1.23', '1.31'], deprecatedUpTo: '1.22' }
]

/** First release that asks EKS for the version list at run time (eksctl #8144). */
export const DYNAMIC_VERSIONS_SINCE = '0.202.0'

/** `DefaultVersion` hard-coded in eksctl from these releases on (dynamic era). */
export const dynamicDefaultVersions: readonly { from: string; defaultVersion: string }[] = [
  { from: '0.202.0', defaultVersion: '1.30' },
  { from: '0.206.0', defaultVersion: '1.32' },
  { from: '0.222.0', defaultVersion: '1.34' }
]

/**
 * EKS version calendar (AWS "Amazon EKS Kubernetes release calendar"): the date each version's extended support
 * ends (after which DescribeClusterVersions reports it UNSUPPORTED). 1.36 is known only from the Karpenter
 * getting-started guide (v1.14 docs use K8S_VERSION 1.36); its end date is an estimate.
 */
export const eksExtendedSupportEnd: readonly { version: string; end: string }[] = [
  { version: '1.23', end: '2024-10-11' },
  { version: '1.24', end: '2025-01-31' },
  { version: '1.25', end: '2025-05-01' },
  { version: '1.26', end: '2025-06-11' },
  { version: '1.27', end: '2025-07-24' },
  { version: '1.28', end: '2025-11-26' },
  { version: '1.29', end: '2026-03-23' },
  { version: '1.30', end: '2026-07-23' },
  { version: '1.31', end: '2026-11-26' },
  { version: '1.32', end: '2027-03-23' },
  { version: '1.33', end: '2027-07-29' },
  { version: '1.34', end: '2027-12-02' },
  { version: '1.35', end: '2028-03-27' },
  { version: '1.36', end: '2028-07-31' }
]

/** The day the facts above are evaluated at (the date of the newest eksctl release this project knows). */
export const eksFactsAsOf = '2026-08-13'

/** AmazonLinux2 AMIs are not published for this Kubernetes version and later (`AmazonLinux2EOLVersion`). */
export const AMAZON_LINUX_2_EOL_VERSION = '1.33'

export interface KubernetesVersionFacts {
  release: string
  /** true from 0.202.0: the list is our approximation of what EKS reports. */
  approximate: boolean
  defaultVersion: string
  supported: string[]
  deprecated: string[]
  /** Highest supported version (what `latest` resolves to). */
  latest: string
}

export function minor(version: string): number | null {
  const m = /^(\d+)\.(\d+)$/.exec(version.trim())
  return m && m[1] === '1' ? Number(m[2]) : null
}

function range(from: string, to: string): string[] {
  const out: string[] = []
  for (let m = minor(from)!; m <= minor(to)!; m++) out.push(`1.${m}`)
  return out
}

const factsByRelease = new Map<string, KubernetesVersionFacts>()

/** What eksctl `release` accepts for `metadata.version` (memoized per release: rules ask once per file). */
export function kubernetesVersionFacts(release: string): KubernetesVersionFacts {
  let facts = factsByRelease.get(release)
  if (!facts) {
    facts = computeKubernetesVersionFacts(release)
    Object.freeze(facts.supported)
    Object.freeze(facts.deprecated)
    factsByRelease.set(release, Object.freeze(facts))
  }
  return facts
}

function computeKubernetesVersionFacts(release: string): KubernetesVersionFacts {
  if (gte(release, DYNAMIC_VERSIONS_SINCE)) {
    let defaultVersion = dynamicDefaultVersions[0]!.defaultVersion
    for (const row of dynamicDefaultVersions) if (gte(release, row.from)) defaultVersion = row.defaultVersion
    const supported = eksExtendedSupportEnd.filter((v) => v.end > eksFactsAsOf).map((v) => v.version)
    const oldest = minor(supported[0]!)!
    const deprecated = range('1.10', `1.${oldest - 1}`)
    return { release, approximate: true, defaultVersion, supported, deprecated, latest: supported.at(-1)! }
  }
  let row = staticVersionRows[0]!
  for (const r of staticVersionRows) if (gte(release, r.from)) row = r
  const supported = range(row.supported[0], row.supported[1])
  return {
    release,
    approximate: false,
    defaultVersion: row.defaultVersion,
    supported,
    deprecated: range('1.10', row.deprecatedUpTo),
    latest: row.supported[1]
  }
}

export interface EffectiveKubernetesVersion {
  /** The version eksctl ends up with (`1.30`), or null when the value is not a version string. */
  version: string | null
  /** What the file says (`auto`, `1.30`…), undefined when unset. */
  written: string | undefined
  facts: KubernetesVersionFacts
}

export function effectiveKubernetesVersion(release: string, raw: unknown): EffectiveKubernetesVersion {
  const facts = kubernetesVersionFacts(release)
  if (raw === undefined || raw === null || raw === '')
    return { version: facts.defaultVersion, written: undefined, facts }
  if (typeof raw !== 'string') return { version: null, written: String(raw), facts }
  const value = raw.trim()
  if (value === 'auto') return { version: facts.defaultVersion, written: raw, facts }
  if (value === 'latest') return { version: facts.latest, written: raw, facts }
  return { version: minor(value) === null ? null : value, written: raw, facts }
}

/** a < b for `1.x` versions; false when either is not one. */
export function versionLess(a: string, b: string): boolean {
  const x = minor(a)
  const y = minor(b)
  return x !== null && y !== null && x < y
}

/** The first release whose `create cluster` accepts `version` (static lists, then the EKS calendar), or null. */
export function firstReleaseSupporting(version: string): string | null {
  if (firstSupporting.has(version)) return firstSupporting.get(version)!
  const first = computeFirstReleaseSupporting(version)
  // Only `1.x` strings are remembered (a small set); anything else is answered without being kept.
  if (minor(version) !== null && firstSupporting.size < 1000) firstSupporting.set(version, first)
  return first
}

const firstSupporting = new Map<string, string | null>()

function computeFirstReleaseSupporting(version: string): string | null {
  for (const row of staticVersionRows) {
    if (row.defaultVersion === version || range(row.supported[0], row.supported[1]).includes(version)) return row.from
  }
  return eksExtendedSupportEnd.some((v) => v.version === version) ? DYNAMIC_VERSIONS_SINCE : null
}

/**
 * Whether `create cluster` of eksctl `release` accepts `metadata.version: <version>`: the check the
 * kubernetes-version-supported rule makes (a supported version, or the default of a static-list release), and what
 * `eksctl-preflight fields metadata.version=<version>` answers from.
 */
export function createClusterAccepts(release: string, version: string): boolean {
  const facts = kubernetesVersionFacts(release)
  return facts.supported.includes(version) || (!facts.approximate && version === facts.defaultVersion)
}

/**
 * The first release after `firstReleaseSupporting(version)` whose `create cluster` no longer accepts `version`
 * (the static lists drop old versions; from 0.202.0 the EKS calendar decides), or null when the newest release
 * still does or none ever did.
 */
export function firstReleaseDropping(version: string): string | null {
  const first = firstReleaseSupporting(version)
  if (first === null) return null
  for (const row of staticVersionRows) {
    if (!gte(row.from, first)) continue
    if (!createClusterAccepts(row.from, version)) return row.from
  }
  for (const row of dynamicDefaultVersions) {
    if (!createClusterAccepts(row.from, version)) return row.from
  }
  return null
}
