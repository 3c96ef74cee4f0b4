// What a rule is: a stable id, the group it belongs to, the eksctl releases that had the check, the eksctl error
// text it mirrors, and the check itself. The catalogue (catalogue/*.ts) holds the definitions; index.ts runs them.
import type { Severity } from '../report/finding.js'
import type { RuleContext } from './context.js'

export const ruleGroups = [
  'metadata',
  'cluster',
  'nodegroups',
  'iam',
  'vpc',
  'logging',
  'fargate',
  'addons',
  'karpenter'
] as const
export type RuleGroup = (typeof ruleGroups)[number]

export interface RuleDefinition {
  /** Stable id (kebab-case). Findings carry it as `rules/<id>`. */
  id: string
  group: RuleGroup
  /** What the rule checks, one sentence (README table). */
  summary: string
  /** First eksctl release that had the check (inclusive). */
  since: string
  /** First eksctl release that no longer has it (exclusive); absent = still there. */
  until?: string
  /** Severity of the findings unless a finding says otherwise. */
  severity: Severity
  /** Off unless enabled by id or group (the `karpenter` prerequisites). */
  defaultEnabled?: boolean
  /** eksctl's own error texts (Go format verbs kept), quoted verbatim in the findings. */
  eksctlMessages: string[]
  /** A short config excerpt that breaks the rule (README table). */
  example: string
  check(ctx: RuleContext): void
}
