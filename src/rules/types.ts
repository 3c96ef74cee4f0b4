// What a rule is: a stable id, the group it belongs to, the eksctl error texts it mirrors (exact Go format strings
// from eksctl's source: its releases and per-release wording come from the generated inventory,
// src/rules/inventory/), and the check itself. The catalogue (catalogue/*.ts) holds the definitions; index.ts runs
// them.
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
  /**
   * `eksctl` (the default): a check eksctl has. The rule runs at the releases whose source holds any of its
   * `eksctlMessages` (src/rules/inventory), and a finding whose eksctl wording the validated release does not have is
   * dropped. `ours`: a check of this project (the karpenter group), which runs from `since`.
   */
  origin?: 'eksctl' | 'ours'
  /**
   * `ours`: first eksctl release the rule runs at (inclusive). An eksctl rule may state it only as an assertion; the
   * derivation test fails when it differs from the inventory.
   */
  since?: string
  /** First release without the check (exclusive); same status as `since`. */
  until?: string
  /** Severity of the findings unless a finding says otherwise. */
  severity: Severity
  /** Off unless enabled by id or group (the `karpenter` prerequisites). */
  defaultEnabled?: boolean
  /**
   * eksctl's own error texts: exact Go format strings as in eksctl's source (each one an inventory entry's
   * `format`), every wording the check had across releases. Findings quote them, formatted.
   */
  eksctlMessages: string[]
  /**
   * Texts that eksctl prints only inside one of `eksctlMessages` (the wrapped error of `…: %w`, the argument of an
   * error helper): exact inventory formats too. With parts, the rule runs where a message and a part both exist.
   */
  eksctlParts?: string[]
  /** A short config excerpt that breaks the rule (README table). */
  example: string
  check(ctx: RuleContext): void
}
