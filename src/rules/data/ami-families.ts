// AMI families eksctl accepts, per release: `SupportedAMIFamilies()` follows the schema enum history in
// reference/eksctl.md §6.7 (the enum first appears in 0.31.0). Matching is case-insensitive from 0.86.0.
import { gte, lt } from '../version.js'

interface FamilyChange {
  release: string
  add?: string[]
  remove?: string[]
}

const changes: readonly FamilyChange[] = [
  {
    release: '0.31.0',
    add: [
      'AmazonLinux2',
      'Ubuntu2004',
      'Ubuntu1804',
      'Bottlerocket',
      'WindowsServer2019CoreContainer',
      'WindowsServer2019FullContainer',
      'WindowsServer1909CoreContainer',
      'WindowsServer2004CoreContainer'
    ]
  },
  { release: '0.43.0', remove: ['WindowsServer1909CoreContainer'] },
  { release: '0.73.0', add: ['WindowsServer20H2CoreContainer'] },
  { release: '0.109.0', remove: ['WindowsServer2004CoreContainer', 'WindowsServer20H2CoreContainer'] },
  { release: '0.116.0', add: ['WindowsServer2022CoreContainer', 'WindowsServer2022FullContainer'] },
  { release: '0.172.0', add: ['Ubuntu2204'] },
  { release: '0.176.0', add: ['AmazonLinux2023'] },
  { release: '0.177.0', add: ['UbuntuPro2204'] },
  { release: '0.201.0', add: ['Ubuntu2404', 'UbuntuPro2404'] },
  { release: '0.208.0', remove: ['Ubuntu1804'], add: ['UbuntuPro2004'] },
  { release: '0.222.0', add: ['WindowsServer2025CoreContainer', 'WindowsServer2025FullContainer'] },
  { release: '0.226.0', add: ['Ubuntu2604', 'UbuntuPro2604'] },
  { release: '0.230.0', add: ['BottlerocketFips'] }
]

/** First release with an AMI family list. */
export const AMI_FAMILIES_SINCE = '0.31.0'
/** eksctl normalises the case of `amiFamily` from this release on. */
export const AMI_FAMILY_CASE_INSENSITIVE_SINCE = '0.86.0'
/** Windows families that eksctl reports as deprecated (not merely unknown) once removed. */
export const deprecatedWindowsFamilies = ['WindowsServer2004CoreContainer', 'WindowsServer20H2CoreContainer']

const familiesByRelease = new Map<string, string[]>()

/** The amiFamily values eksctl `release` accepts (memoized per release; do not modify the list). */
export function amiFamiliesFor(release: string): string[] {
  let families = familiesByRelease.get(release)
  if (!families) familiesByRelease.set(release, (families = Object.freeze(computeAmiFamilies(release)) as string[]))
  return families
}

function computeAmiFamilies(release: string): string[] {
  const families: string[] = []
  for (const change of changes) {
    if (lt(release, change.release)) break
    for (const r of change.remove ?? []) families.splice(families.indexOf(r), 1)
    families.push(...(change.add ?? []))
  }
  return families
}

/** The release that first accepted `family` (exact spelling), or null. */
export function amiFamilySince(family: string): string | null {
  for (const change of changes) if (change.add?.includes(family)) return change.release
  return null
}

/** The canonical spelling eksctl would accept for `value` in `release`, or null when unsupported. */
export function resolveAmiFamily(release: string, value: string): string | null {
  const families = amiFamiliesFor(release)
  if (families.includes(value)) return value
  if (gte(release, AMI_FAMILY_CASE_INSENSITIVE_SINCE)) {
    return families.find((f) => f.toLowerCase() === value.toLowerCase()) ?? null
  }
  return null
}
