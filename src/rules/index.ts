// Rules eksctl checks at create time, run after the schema, release-aware.
// CONTRACT STUB: the rules work replaces these bodies; the signatures are what other parts use.
import type { ConfigDocument } from '../config/document.js'
import type { Finding } from '../report/finding.js'

export interface RuleSelection {
  /** Extra rule ids or groups to turn on (e.g. `karpenter`). */
  enable?: string[]
  /** Rule ids or groups to turn off. */
  disable?: string[]
}

export function runRules(_doc: ConfigDocument, _release: string, _selection?: RuleSelection): Finding[] {
  return []
}
