// The eksctl minimum that Karpenter's getting-started guide states in its "Install these tools" list, per docs
// version (reference/karpenter.md §5.1). Docs versions before v0.33 state none.
import semver from 'semver'

export const karpenterGuideEksctlMinimum: readonly { from: string; eksctl: string }[] = [
  { from: '0.33.0', eksctl: '0.165.0' },
  { from: '0.34.0', eksctl: '0.169.0' },
  { from: '0.37.0', eksctl: '0.180.0' },
  { from: '1.0.0', eksctl: '0.191.0' },
  { from: '1.2.0', eksctl: '0.202.0' }
]

/** The stated minimum for a Karpenter version (`1.0.11`, `v0.27.6`), null when its guide states none. */
export function eksctlMinimumForKarpenter(karpenterVersion: string): string | null {
  const v = semver.coerce(karpenterVersion)
  if (!v) return null
  let min: string | null = null
  for (const row of karpenterGuideEksctlMinimum) if (semver.gte(v, row.from)) min = row.eksctl
  return min
}
