// The AWS regions eksctl accepts, per release: `api.SupportedRegions()` of pkg/apis/eksctl.io/v1alpha5, read from
// eksctl's source at every release by scripts/build-eksctl-inventory.ts (STRING_LISTS) into the inventory's
// constants. eksctl compares `metadata.region` with this list exactly (`IsSupportedRegion`, pkg/eks/api.go).
import { constantAt, constantHistory, inventoryReleases, releaseIndex } from '../inventory/index.js'

const NAME = 'supportedRegions'

const parsed = new Map<string, readonly string[]>()
function split(value: string): readonly string[] {
  let list = parsed.get(value)
  if (!list) parsed.set(value, (list = Object.freeze(value.split(','))))
  return list
}

/** The regions eksctl `release` accepts, in its order (the order its error prints them); undefined before 0.21.0. */
export function supportedRegionsAt(release: string): readonly string[] | undefined {
  const value = constantAt(NAME, release)
  return value === undefined ? undefined : split(value)
}

/** The first release after `release` whose list has `region` (a region eksctl added later), or null. */
export function regionAddedAfter(region: string, release: string): string | null {
  const after = releaseIndex(release)
  let first: number | null = null
  for (const [value, ranges] of constantHistory(NAME)) {
    if (!split(value).includes(region)) continue
    for (const [a, b] of ranges) {
      const candidate = Math.max(a, after + 1)
      if (candidate <= b && (first === null || candidate < first)) first = candidate
    }
  }
  return first === null ? null : inventoryReleases[first]!
}

/** Every region any release accepts. */
export function everySupportedRegion(): readonly string[] {
  const all = new Set<string>()
  for (const [value] of constantHistory(NAME)) for (const r of split(value)) all.add(r)
  return [...all]
}
