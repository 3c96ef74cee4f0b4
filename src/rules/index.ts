// Rules eksctl checks at create time, run after the schema, release-aware.
// runRules() evaluates the catalogue (catalogue/*.ts) against one document for one eksctl release; listRules() is the
// catalogue as data (README table, `rules` / `ignore-rules` validation). Inline ignore comments are applied by
// validation (src/validate/suppression.ts) to the findings of every check, these included.
import type { ConfigDocument } from '../config/document.js'
import { InputError } from '../config/index.js'
import type { Finding, Severity } from '../report/finding.js'
import { catalogue } from './catalogue/index.js'
import { normalizeRelease, RuleContext } from './context.js'
import { gte, lt } from './version.js'
import { ruleGroups, type RuleDefinition, type RuleGroup } from './types.js'
import {
  describeRanges,
  entriesFor,
  intersectRanges,
  inventoryReleases,
  rangesOf,
  releaseIndex,
  releaseInRanges,
  spanOf
} from './inventory/index.js'

export { ruleGroups, type RuleDefinition, type RuleGroup } from './types.js'

export interface RuleSelection {
  /** Extra rule ids or groups to turn on (e.g. `karpenter`). */
  enable?: string[]
  /** Rule ids or groups to turn off. */
  disable?: string[]
  /** Karpenter version the cluster is prepared for (`karpenter-eksctl-minimum`); default `karpenter.version`. */
  karpenterVersion?: string
}

/** A rule id or group in `rules` / `ignore-rules` / a suppression comment that does not exist: exit code 2. */
export class RuleSelectionError extends InputError {}

export interface RuleInfo {
  id: string
  /** As findings carry it: `rules/<id>`. */
  ruleId: string
  group: RuleGroup
  summary: string
  /** `eksctl`: derived from the inventory; `ours`: a check of this project. */
  origin: 'eksctl' | 'ours'
  since: string
  until: string | null
  /** The releases the rule runs at, e.g. `0.57.0–0.230.0` (eksctl rules: from the inventory). */
  releases: string
  severity: Severity
  defaultEnabled: boolean
  eksctlMessages: string[]
  eksctlParts: string[]
  example: string
}

/** Where a rule runs: index ranges into the inventory releases (eksctl rules) or its typed span (ours). */
interface RuleSpan {
  since: string
  until: string | null
  ranges: [number, number][] | null
}

const spans = new Map<RuleDefinition, RuleSpan>()

/** The releases a rule runs at: for eksctl rules, those whose source holds any of its eksctlMessages. */
export function ruleSpan(rule: RuleDefinition): RuleSpan {
  let span = spans.get(rule)
  if (!span) {
    if (rule.origin === 'ours') {
      if (!rule.since) throw new Error(`rule ${rule.id}: a rule of ours needs \`since\``)
      span = { since: rule.since, until: rule.until ?? null, ranges: null }
    } else {
      const messages = rangesOf(rule.eksctlMessages)
      const ranges = rule.eksctlParts?.length ? intersectRanges(messages, rangesOf(rule.eksctlParts)) : messages
      // a rule whose messages the inventory does not know runs nowhere (the derivation test reports it)
      span = { ...(spanOf(ranges) ?? { since: inventoryReleases.at(-1)!, until: inventoryReleases.at(-1)! }), ranges }
    }
    spans.set(rule, span)
  }
  return span
}

export function listRules(): RuleInfo[] {
  return catalogue.map((r) => {
    const span = ruleSpan(r)
    return {
      id: r.id,
      ruleId: `rules/${r.id}`,
      group: r.group,
      summary: r.summary,
      origin: r.origin ?? 'eksctl',
      since: span.since,
      until: span.until,
      releases: span.ranges
        ? describeRanges(span.ranges)
        : span.until
          ? `${span.since} – before ${span.until}`
          : `≥ ${span.since}`,
      severity: r.severity,
      defaultEnabled: r.defaultEnabled !== false,
      eksctlMessages: [...r.eksctlMessages],
      eksctlParts: [...(r.eksctlParts ?? [])],
      example: r.example
    }
  })
}

function normalizeName(name: string): string {
  return name.trim().replace(/^rules\//, '')
}

function isGroup(name: string): name is RuleGroup {
  return (ruleGroups as readonly string[]).includes(name)
}

function isKnown(name: string): boolean {
  return isGroup(name) || catalogue.some((r) => r.id === name)
}

/** Whether a name (`rules/` prefix allowed) is a rule id or group of the catalogue. */
export function isRuleName(name: string): boolean {
  return isKnown(normalizeName(name))
}

/** The group of a catalogue rule (bare id), undefined for ids the catalogue does not have. */
export function ruleGroupOf(id: string): RuleGroup | undefined {
  return catalogue.find((r) => r.id === id)?.group
}

/**
 * Splits a `rules` / `ignore-rules` input (comma-, space- or newline-separated) into names and checks each one.
 * Throws RuleSelectionError naming the unknown entries.
 */
export function parseRuleList(input: string | readonly string[], what = 'rule'): string[] {
  const parts = (typeof input === 'string' ? [input] : input)
    .flatMap((s) => s.split(/[\s,]+/))
    .map(normalizeName)
    .filter((s) => s !== '')
  assertKnown(parts, what)
  return parts
}

function assertKnown(names: readonly string[], what: string): void {
  const unknown = names.filter((n) => !isKnown(n))
  if (unknown.length > 0) {
    throw new RuleSelectionError(
      `unknown ${what} ${unknown.map((u) => JSON.stringify(u)).join(', ')}: use a rule id (see \`eksctl-preflight rules\` or docs/rules.md) or a group (${ruleGroups.join(', ')})`
    )
  }
}

/**
 * The rules that run. Defaults, then groups, then ids: a more specific name wins; at the same level `disable` wins.
 */
export function selectRules(
  selection: RuleSelection = {},
  names: { enable: string; disable: string } = { enable: '`rules`', disable: '`ignore-rules`' }
): RuleDefinition[] {
  const enable = (selection.enable ?? []).map(normalizeName).filter((s) => s !== '')
  const disable = (selection.disable ?? []).map(normalizeName).filter((s) => s !== '')
  assertKnown(enable, `rule or group in ${names.enable}`)
  assertKnown(disable, `rule or group in ${names.disable}`)
  return catalogue.filter((r) => {
    if (disable.includes(r.id)) return false
    if (enable.includes(r.id)) return true
    if (disable.includes(r.group)) return false
    if (enable.includes(r.group)) return true
    return r.defaultEnabled !== false
  })
}

function appliesTo(rule: RuleDefinition, release: string): boolean {
  const span = ruleSpan(rule)
  if (span.ranges) return releaseInRanges(span.ranges, release)
  return gte(release, span.since) && (!span.until || lt(release, span.until))
}

interface ActiveRules {
  rules: RuleDefinition[]
  activeIds: Set<string>
}

/** The rules that run for one selection at one release, remembered per selection object (a run validates many
 * files with the same selection, at the target and at the releases the minimum search visits). */
const activeBySelection = new WeakMap<RuleSelection, Map<string, ActiveRules>>()
const activeByDefault = new Map<string, ActiveRules>()

function activeRules(version: string, selection: RuleSelection | undefined): ActiveRules {
  let byVersion = selection ? activeBySelection.get(selection) : activeByDefault
  if (!byVersion) {
    byVersion = new Map()
    activeBySelection.set(selection!, byVersion)
  }
  let active = byVersion.get(version)
  if (!active) {
    const rules = selectRules(selection).filter((r) => appliesTo(r, version))
    active = { rules, activeIds: new Set(rules.map((r) => r.id)) }
    byVersion.set(version, active)
  }
  return active
}

const ruleChanges = new Map<string, number[]>()

/**
 * The first release after `release` at which an eksctl rule's check may behave differently: where any of its
 * messages or parts appears in or leaves eksctl's source. null for rules of ours, unknown ids, and when the
 * inventory has no later change. The minimum search uses it for an error that names no release that fixes it.
 */
export function nextRuleChange(ruleId: string, release: string): string | null {
  const id = ruleId.startsWith('rules/') ? ruleId.slice('rules/'.length) : ruleId
  let points = ruleChanges.get(id)
  if (!points) {
    const rule = catalogue.find((r) => r.id === id)
    const formats = rule && rule.origin !== 'ours' ? [...rule.eksctlMessages, ...(rule.eksctlParts ?? [])] : []
    const set = new Set<number>()
    for (const f of formats)
      for (const e of entriesFor(f))
        for (const [a, b] of e.ranges) {
          set.add(a)
          set.add(b + 1)
        }
    points = [...set].filter((i) => i < inventoryReleases.length).sort((a, b) => a - b)
    ruleChanges.set(id, points)
  }
  const at = releaseIndex(normalizeRelease(release))
  const next = points.find((i) => i > at)
  return next === undefined ? null : inventoryReleases[next]!
}

export function runRules(doc: ConfigDocument, release: string, selection?: RuleSelection): Finding[] {
  const version = normalizeRelease(release)
  const { rules, activeIds } = activeRules(version, selection)
  const findings: Finding[] = []
  if (rules.length === 0) return findings
  const isActive = (id: string): boolean => activeIds.has(id)
  // One context for the whole run (what it knows about the document does not depend on the rule).
  const ctx = new RuleContext(doc, version, rules[0]!, findings, isActive, selection?.karpenterVersion)
  for (const rule of rules) {
    ctx.rule = rule
    try {
      rule.check(ctx)
    } catch (err) {
      // A rule must never take the run down: report it as a finding that points at the rule.
      findings.push({
        ruleId: `rules/${rule.id}`,
        severity: 'warning',
        message: `rule ${rule.id} could not run on this file: ${err instanceof Error ? err.message : String(err)}`,
        instancePath: '',
        file: doc.path,
        ...doc.locate('')
      })
    }
  }
  findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId))
  return findings
}
