// Release comparisons for the rules, which compare the same few dozen versions millions of times over a large run:
// each version string is parsed by semver once and the parsed SemVer is reused (semver returns a SemVer it is given
// as is). Only well-formed versions are cached; anything else goes to semver unchanged.
import semver, { SemVer } from 'semver'

const parsed = new Map<string, SemVer>()
const CACHE_LIMIT = 10_000

function sv(version: string | SemVer): string | SemVer {
  if (typeof version !== 'string') return version
  let v = parsed.get(version)
  if (v) return v
  try {
    v = new SemVer(version)
  } catch {
    return version
  }
  if (parsed.size >= CACHE_LIMIT) parsed.clear()
  parsed.set(version, v)
  return v
}

export const gte = (a: string | SemVer, b: string | SemVer): boolean => semver.gte(sv(a), sv(b))
export const lt = (a: string | SemVer, b: string | SemVer): boolean => semver.lt(sv(a), sv(b))
export const gt = (a: string | SemVer, b: string | SemVer): boolean => semver.gt(sv(a), sv(b))
export const compare = (a: string | SemVer, b: string | SemVer): number => semver.compare(sv(a), sv(b))
