// One ClusterConfig at two releases: its findings at each end (schema and rules, as validation reports them), the
// ones that differ, and for each the release where it changed.
//
// Where a finding changed is found without validating the releases in between:
// - a schema finding carries, from the evaluator's one walk, the releases in which the same check passes for the
//   same value (acceptedIn): the release where it changed is read from that (exact, no further walk);
// - a rules finding is bisected over the ordered releases between the ends: rules run at about log2(n) releases,
//   and the schema is evaluated at none of them (the file's compatible ranges say where the schema accepts it).
import type { ConfigDocument } from '../config/document.js'
import type { Finding, Severity } from '../report/finding.js'
import { SCHEMA_RULES } from '../report/rule-catalog.js'
import { isRuleName, ruleGroupOf, ruleGroups, runRules, type RuleSelection } from '../rules/index.js'
import { getStore, schemaForRelease, type JsonSchema, type Release, type ReleaseRange } from '../schemas/index.js'
import { errorLocation, evaluateRelease, evaluateWithCompatible, type SchemaError } from '../validate/evaluate.js'
import { schemaErrorsToFindings } from '../validate/messages.js'
import { dropCascades, pathsEmptiedByUnsetVariables } from '../validate/root-cause.js'
import { Suppressions } from '../validate/suppression.js'
import { newForConfig, pairView, type PairView, type ConfiguredNews } from './schema-diff.js'

export type ChangeKind = 'breaks' | 'fixed' | 'changed'

export interface FindingState {
  severity: Severity
  message: string
}

export interface FindingChange {
  kind: ChangeKind
  ruleId: string
  instancePath: string
  line: number
  column: number
  endLine: number
  endColumn: number
  /** What release A (`from`) says; null when A reports nothing here. */
  from: FindingState | null
  /** What release B (`to`) says; null when B reports nothing here. */
  to: FindingState | null
  /** The first release (ascending) that behaves like the newer of A and B. */
  changedIn: string
  /** How changedIn was found: from the schema's release ranges, or by bisecting the rules over the releases. */
  foundBy: 'schema-ranges' | 'bisect'
  /** What to do about it. */
  action: string
}

export interface ComparedDocument {
  fromFindings: Finding[]
  toFindings: Finding[]
  changes: FindingChange[]
  news: ConfiguredNews[]
  /** The releases whose schema accepts the file (from the walk at B). */
  compatible: ReleaseRange[]
}

const SUPPRESSION_NAMES = {
  isKnown: (name: string) =>
    isRuleName(name) ||
    /^(schema|yaml|config)(\/|$)/.test(name) ||
    (Object.values(SCHEMA_RULES) as string[]).includes(name),
  groupOf: ruleGroupOf
}

interface Side {
  release: Release
  index: number
  errors: SchemaError[]
  findings: Finding[]
}

const key = (f: Pick<Finding, 'ruleId' | 'instancePath'>): string => `${f.ruleId}\0${f.instancePath}`

function inRanges(ranges: readonly ReleaseRange[], index: number): boolean {
  const { releases, index: byVersion } = getStore()
  return ranges.some((r) => {
    const from = byVersion.get(r.from) ?? -1
    const to = r.to === null ? releases.length - 1 : (byVersion.get(r.to) ?? -1)
    return index >= from && index <= to
  })
}

/**
 * A release's schema for the messages (field names, forms), one copy per release shared by every file of a run:
 * the messages only read it (schemaForRelease hands out a fresh copy per call).
 */
const schemas = new Map<string, JsonSchema>()
function sharedSchema(version: string): JsonSchema {
  const key = `${getStore().generation}:${version}`
  let schema = schemas.get(key)
  if (!schema) {
    if (schemas.size >= 8) schemas.delete(schemas.keys().next().value!)
    schemas.set(key, (schema = schemaForRelease(version)))
  }
  return schema
}

/** Compares one parsed ClusterConfig between releases `from` and `to` (store indices). */
export function compareDocument(
  doc: ConfigDocument,
  loaderFindings: readonly Finding[],
  from: number,
  to: number,
  selection: RuleSelection
): ComparedDocument {
  const { releases } = getStore()
  const emptied = pathsEmptiedByUnsetVariables(doc, loaderFindings)
  const skip = emptied.size ? new Set([...doc.placeholderPaths, ...emptied]) : doc.placeholderPaths
  const options = { skipValueChecksAt: skip }
  const suppressions = new Suppressions(doc.text, SUPPRESSION_NAMES)
  // One walk at B gives B's errors and the releases that accept the whole file; A needs a walk only when the
  // schema rejects the file there.
  const atTo = evaluateWithCompatible(doc.data, releases[to]!.version, options)
  const compatible = atTo.compatible
  const errorsFrom =
    from === to
      ? atTo.errors
      : inRanges(compatible, from)
        ? []
        : evaluateRelease(doc.data, releases[from]!.version, { ...options, rejected: true })

  const side = (index: number, errors: SchemaError[]): Side => {
    const release = releases[index]!
    const ctx = {
      doc,
      target: release,
      releases,
      schema: () => sharedSchema(release.version),
      upgrade: 'Upgrade eksctl'
    }
    const folded = new Set<Finding>()
    const schemaFindings = schemaErrorsToFindings(errors, ctx, folded)
    const findings = dropCascades(schemaFindings, runRules(doc, release.version, selection), emptied, folded)
    suppressions.apply(findings)
    return { release, index, errors, findings: findings.filter((f) => !f.suppressed) }
  }
  const A = side(from, errorsFrom)
  const B = side(to, atTo.errors)
  const view = pairView({ from, to })

  // Rules findings at releases in between, for the bisection (memoized: several findings share the steps).
  const rulesAt = new Map<number, Map<string, Severity>>()
  const rulesState = (index: number): Map<string, Severity> => {
    let state = rulesAt.get(index)
    if (!state) {
      state = new Map()
      const found = runRules(doc, releases[index]!.version, selection)
      suppressions.apply(found)
      for (const f of found) if (!f.suppressed && !state.has(key(f))) state.set(key(f), f.severity)
      rulesAt.set(index, state)
    }
    return state
  }
  // The same with only one rule selected, per rule id.
  const oneRuleAt = new Map<string, Map<string, Severity>>()
  const ruleState = (ruleId: string, index: number): Map<string, Severity> => {
    const cacheKey = `${ruleId}\0${index}`
    let state = oneRuleAt.get(cacheKey)
    if (!state) {
      state = new Map()
      const found = runRules(doc, releases[index]!.version, onlyRule(selection, ruleId))
      suppressions.apply(found)
      for (const f of found) if (!f.suppressed && !state.has(key(f))) state.set(key(f), f.severity)
      oneRuleAt.set(cacheKey, state)
    }
    return state
  }
  for (const [side0, state] of [
    [A, from],
    [B, to]
  ] as const) {
    const m = new Map<string, Severity>()
    for (const f of side0.findings) if (f.ruleId.startsWith('rules/') && !m.has(key(f))) m.set(key(f), f.severity)
    rulesAt.set(state, m)
  }

  const byKey = (list: Finding[]) => {
    const m = new Map<string, Finding>()
    for (const f of list) if (!m.has(key(f))) m.set(key(f), f)
    return m
  }
  const atA = byKey(A.findings)
  const atB = byKey(B.findings)
  const changes: FindingChange[] = []
  for (const k of new Set([...atA.keys(), ...atB.keys()])) {
    const a = atA.get(k)
    const b = atB.get(k)
    if (a && b && a.severity === b.severity) continue
    const any = (b ?? a)!
    const kind: ChangeKind =
      b?.severity === 'error' && a?.severity !== 'error'
        ? 'breaks'
        : a?.severity === 'error' && b?.severity !== 'error'
          ? 'fixed'
          : 'changed'
    let changedIn: string
    let foundBy: FindingChange['foundBy']
    const schemaPresence = any.ruleId.startsWith('schema/') ? schemaStateOf(any, a ? A.errors : B.errors) : null
    if (schemaPresence) {
      changedIn = view.boundary(schemaPresence.state, schemaPresence.edges)
      foundBy = 'schema-ranges'
    } else {
      // A break or a fix is where the error appears or goes (a notice may come or go elsewhere on the way: Kubernetes
      // 1.31 is an error in 0.190.0, accepted from 0.191.0, and an approximate-check notice from 0.202.0).
      // Bisect running only this finding's rule (cheap), then confirm the boundary with every rule (a rule may leave
      // a problem to another one, `isActive`): two full runs instead of one per step. Unconfirmed: bisect in full.
      const project = (severity: string): string | boolean => (kind === 'changed' ? severity : severity === 'error')
      const fullAt = (i: number) => project(rulesState(i).get(k) ?? 'none')
      const oneAt = (i: number) => project(ruleState(any.ruleId, i).get(k) ?? 'none')
      changedIn = bisect(view, oneAt)
      const hi = releaseIndex(changedIn)
      const upper = fullAt(view.hi)
      if (fullAt(hi) !== upper || (hi - 1 > view.lo && fullAt(hi - 1) === upper)) changedIn = bisect(view, fullAt)
      foundBy = 'bisect'
    }
    const where = b ?? a!
    changes.push({
      kind,
      ruleId: any.ruleId,
      instancePath: any.instancePath,
      line: where.line,
      column: where.column,
      endLine: where.endLine,
      endColumn: where.endColumn,
      from: a ? { severity: a.severity, message: a.message } : null,
      to: b ? { severity: b.severity, message: b.message } : null,
      changedIn,
      foundBy,
      action: actionFor(kind, a, b, changedIn, view)
    })
  }
  changes.sort((x, y) => x.line - y.line || x.column - y.column || x.ruleId.localeCompare(y.ruleId))
  return {
    fromFindings: A.findings,
    toFindings: B.findings,
    changes,
    news: newForConfig(doc.data, { from, to }),
    compatible
  }
}

const releaseIndex = (version: string): number => getStore().index.get(version)!

/** A selection that runs one rule (by `rules/<id>`), kept per selection object and rule so the rules' caches hold. */
const singleRule = new WeakMap<RuleSelection, Map<string, RuleSelection>>()
function onlyRule(selection: RuleSelection, ruleId: string): RuleSelection {
  let byRule = singleRule.get(selection)
  if (!byRule) singleRule.set(selection, (byRule = new Map()))
  let one = byRule.get(ruleId)
  if (!one) {
    one = { ...selection, enable: [ruleId], disable: [...ruleGroups] }
    byRule.set(ruleId, one)
  }
  return one
}

interface ErrorLocations {
  requiredByObject: Map<string, SchemaError[]>
  requiredByLocation: Map<string, SchemaError[]>
  otherByLocation: Map<string, SchemaError[]>
}
const errorLocations = new WeakMap<readonly SchemaError[], ErrorLocations>()
function locationsOf(errors: readonly SchemaError[]): ErrorLocations {
  let at = errorLocations.get(errors)
  if (!at) {
    at = { requiredByObject: new Map(), requiredByLocation: new Map(), otherByLocation: new Map() }
    const add = (map: Map<string, SchemaError[]>, key: string, e: SchemaError) => {
      const list = map.get(key)
      if (list) list.push(e)
      else map.set(key, [e])
    }
    for (const e of errors) {
      if (e.keyword === 'required') {
        add(at.requiredByObject, e.instancePath, e)
        add(at.requiredByLocation, errorLocation(e), e)
      } else add(at.otherByLocation, errorLocation(e), e)
    }
    errorLocations.set(errors, at)
  }
  return at
}

/**
 * A schema finding's presence per release, from the acceptedIn ranges of the evaluator's errors at the same place
 * (the releases in which that check passes for this value). null when no error maps to the finding.
 */
function schemaStateOf(
  f: Finding,
  errors: readonly SchemaError[]
): { state: (i: number) => boolean; edges: number[] } | null {
  // A missing-field finding stands at the object (its required errors' instancePath); every other finding at the
  // error's location. Looked up in a per-side index rather than scanning every error for every change.
  const at = locationsOf(errors)
  const p = f.instancePath
  const matched =
    f.ruleId === SCHEMA_RULES.required
      ? [...(at.requiredByObject.get(p) ?? []), ...(at.otherByLocation.get(p) ?? [])]
      : [...(at.requiredByLocation.get(p) ?? []), ...(at.otherByLocation.get(p) ?? [])]
  if (!matched.length) return null
  const { index } = getStore()
  const accepted = matched.map((e) =>
    e.acceptedIn.map((r) => [index.get(r.from) ?? -1, r.to === null ? Infinity : (index.get(r.to) ?? -1)] as const)
  )
  // Present in a release where some matched check does not pass; that can change only where a range starts or ends.
  return {
    state: (i) => accepted.some((ranges) => !ranges.some(([lo, hi]) => i >= lo && i <= hi)),
    edges: accepted.flat().flatMap(([lo, hi]) => [lo, hi + 1])
  }
}

/**
 * The first release (ascending) from which `state` equals its value at the newer end, by bisection over the
 * releases between the ends (state(lo) differs from state(hi) by construction). A state that changed more than once
 * in between gives one of the changes.
 */
export function bisect<T>(view: PairView, state: (index: number) => T): string {
  const upper = state(view.hi)
  let lo = view.lo
  let hi = view.hi
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1
    if (state(mid) === upper) hi = mid
    else lo = mid
  }
  return view.releases[hi]!.version
}

function lastBefore(view: PairView, version: string): string {
  const i = view.releases.findIndex((r) => r.version === version)
  return view.releases[Math.max(0, i - 1)]!.version
}

function actionFor(
  kind: ChangeKind,
  a: Finding | undefined,
  b: Finding | undefined,
  changedIn: string,
  view: PairView
): string {
  const upgrade = view.pair.to > view.pair.from
  const bRelease = view.releases[view.pair.to]!.version
  if (kind === 'breaks') {
    const stay = upgrade
      ? `or stay below eksctl ${changedIn} (${lastBefore(view, changedIn)} is the last release that accepts it)`
      : `or stay on eksctl ${changedIn} or later`
    return `Fix this before moving to eksctl ${bRelease}: ${fixOf(b!)}; ${stay}.`
  }
  if (kind === 'fixed') return `Nothing to do: eksctl ${bRelease} accepts this${upgrade ? ` (from ${changedIn})` : ''}.`
  if (!b) return `Nothing to do: eksctl ${bRelease} no longer reports this.`
  return `Review: ${fixOf(b)}.`
}

/** The fix a finding's message states (rules write "eksctl's text — fix"), or the whole message. */
function fixOf(f: Finding): string {
  const dash = f.message.lastIndexOf(' — ')
  const text = dash >= 0 ? f.message.slice(dash + 3) : f.message
  return text.replace(/[.\s]+$/, '')
}
