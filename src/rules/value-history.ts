// In which releases a value is accepted where eksctl decides in code rather than in its schema: the same data and
// the same test the rules use, so `eksctl-preflight fields metadata.version=1.24` and a validation of a file with
// `version: "1.24"` cannot disagree.
import type { Release, ReleaseRange } from '../schemas/index.js'
import { createClusterAccepts, eksFactsAsOf, DYNAMIC_VERSIONS_SINCE } from './data/kubernetes-versions.js'

export interface CodeCheckedHistory {
  /** Contiguous runs of releases that accept the value, oldest first. */
  ranges: ReleaseRange[]
  /** The rule that checks it (`rules/kubernetes-version-supported`). */
  checkedBy: string
  /** How eksctl decides, and what dated data stands in for what it asks at run time. */
  note: string
}

/** `managedNodeGroups[].x`, `managedNodeGroups.*.x`, `managedNodeGroups.0.x` → `managedNodeGroups.x`. */
function normalizePath(path: string): string {
  return path
    .replace(/\[\d*\]/g, '')
    .split('.')
    .filter((part) => part !== '*' && !/^\d+$/.test(part))
    .join('.')
}

const CHECKS: Record<
  string,
  { checkedBy: string; accepts: (release: string, value: string) => boolean; note: string }
> = {
  'metadata.version': {
    checkedBy: 'rules/kubernetes-version-supported',
    accepts: (release, value) => createClusterAccepts(release, value.trim()),
    note:
      `checked in eksctl's code, not its schema: static lists before ${DYNAMIC_VERSIONS_SINCE}, from ` +
      `${DYNAMIC_VERSIONS_SINCE} what EKS offers when eksctl runs, here per the EKS version calendar of ${eksFactsAsOf}`
  }
}

/** The releases accepting `path=value` per eksctl's own code check; null when no rule decides that path's values. */
export function codeCheckedValueHistory(
  path: string,
  value: string,
  releases: readonly Release[]
): CodeCheckedHistory | null {
  const check = CHECKS[normalizePath(path)]
  if (!check) return null
  const ranges: ReleaseRange[] = []
  let open: ReleaseRange | null = null
  let previous: string | null = null
  for (const release of releases) {
    if (check.accepts(release.version, value)) {
      if (!open) ranges.push((open = { from: release.version, to: null }))
    } else if (open) {
      open.to = previous
      open = null
    }
    previous = release.version
  }
  return { ranges, checkedBy: check.checkedBy, note: check.note }
}
