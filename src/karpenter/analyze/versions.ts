// Karpenter version from what a log says about itself. Every line carries the 7-character build commit; the table
// maps the release commits we have evidence for (the commits of the real lines in reference/karpenter.md, each
// matched to the provider release tag). Unknown commits are reported as such (karpenterCommit) with a null version
// unless the log also prints `discovered version` / `Initializing with version`, or collection found the version.
import semver from 'semver'

export const RELEASE_COMMITS: Readonly<Record<string, string>> = {
  b157d45: '0.16.1',
  f60dacd: '0.20.0',
  '06cb81f': '0.21.1',
  dc3af1a: '0.27.0',
  '637a642': '0.30.0',
  '322822a': '0.31.0',
  '74bf29c': '0.31.3',
  '5eda5c1': '0.32.2',
  fdf67d0: '0.32.4',
  '1d7f91c': '0.32.6',
  '8fb62bf': '0.33.2',
  '17d6c05': '0.34.0',
  '596ea97': '0.34.1',
  '17dd42b': '0.35.4',
  fb4d75f: '0.36.1',
  '490ef94': '0.37.0',
  '0ebc224': '0.37.4',
  '652e6aa': '1.0.5',
  '6174c75': '1.0.6',
  '4ff8cfe': '1.6.2',
  '1ad0d78': '1.8.1',
  f913f41: '1.8.2',
  f15a737: '1.8.4',
  '15781e3': '1.12.1'
}

/** `06cb81f-dirty` → `06cb81f`; anything that is not a short hex sha → null. */
export function normalizeCommit(commit: unknown): string | null {
  if (typeof commit !== 'string') return null
  const m = /^([0-9a-f]{7,40})(?:-dirty)?$/.exec(commit.trim())
  return m ? m[1]!.slice(0, 7) : null
}

export function versionForCommit(commit: string | null): string | null {
  return commit ? (RELEASE_COMMITS[commit] ?? null) : null
}

/** `v0.27.0`, `0.37.6`, `karpenter-1.0.5` → plain semver without `v`; null when it is not a version. */
export function normalizeVersion(v: unknown): string | null {
  if (typeof v !== 'string' || v.trim() === '') return null
  const cleaned = semver.clean(v.trim().replace(/^karpenter-/, ''), { loose: true })
  if (cleaned) return cleaned
  const coerced = semver.coerce(v, { includePrerelease: true })
  return coerced ? coerced.version : null
}
