// What a rule sees while it runs: the config data, the target release, helpers to walk nodegroups, and report()
// which turns (instance path, eksctl text, fix) into a Finding at the position of the offending value.
import semver from 'semver'
import type { ConfigDocument } from '../config/document.js'
import type { Finding, Severity } from '../report/finding.js'
import type { RuleDefinition } from './types.js'
import { gte } from './version.js'
import { effectiveKubernetesVersion, type EffectiveKubernetesVersion } from './data/kubernetes-versions.js'
import { formatExistsAt, formatPattern, markerAt } from './inventory/index.js'

export { goSprintf } from './inventory/index.js'

/**
 * Whether eksctl at `release` could print `text` for a rule with these formats: the formats that match the whole
 * text must include one the release has, and so must the formats found inside it (the wrapped error of a
 * `…: %w`). A text none of the formats explains (the project's own notices) passes.
 */
export function wordingExistsAt(formats: readonly string[], text: string, release: string): boolean {
  let whole = 0
  let wholeOk = false
  let inner = 0
  let innerOk = false
  for (const f of formats) {
    if (formatPattern(f, true).test(text)) {
      whole++
      wholeOk ||= formatExistsAt(f, release)
    } else if (formatPattern(f).test(text)) {
      inner++
      innerOk ||= formatExistsAt(f, release)
    }
  }
  return (whole === 0 || wholeOk) && (inner === 0 || innerOk)
}

export type JsonObject = Record<string, unknown>

export function asObject(value: unknown): JsonObject | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : undefined
}
export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}
export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}
export function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}
/** eksctl's `IsEnabled`: explicitly true. */
export function isTrue(value: unknown): boolean {
  return value === true
}
/** eksctl's `IsDisabled`: unset or false. */
export function isFalsy(value: unknown): boolean {
  return value === undefined || value === null || value === false
}
export function isSet(value: unknown): boolean {
  return value !== undefined && value !== null && value !== ''
}

/** JSON pointer from segments (`~` and `/` escaped). */
export function pointer(...segments: (string | number)[]): string {
  let out = ''
  for (const segment of segments) {
    const s = String(segment)
    out += '/' + (s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s)
  }
  return out
}

/** Go's `%q` for a string (close enough: JSON escaping). */
export function goQuote(value: unknown): string {
  return JSON.stringify(String(value))
}

/** Go's `%v` for a string slice: `[a b c]`. */
export function goList(values: readonly unknown[]): string {
  return `[${values.map(String).join(' ')}]`
}

const normalized = new Map<string, string>()

export function normalizeRelease(release: string): string {
  const known = normalized.get(release)
  if (known !== undefined) return known
  const v = semver.valid(semver.coerce(release))
  if (!v) throw new Error(`not an eksctl release: ${JSON.stringify(release)}`)
  if (normalized.size < 10_000) normalized.set(release, v)
  return v
}

export interface NodeGroupRef {
  ng: JsonObject
  /** JSON pointer: `/managedNodeGroups/1`. */
  path: string
  /** As eksctl prints it: `managedNodeGroups[1]`. */
  label: string
  managed: boolean
  index: number
}

export interface ReportOptions {
  part?: 'key' | 'value'
  severity?: Severity
  since?: string | null
  until?: string | null
}

type NodeGroupKind = 'all' | 'managed' | 'unmanaged'

/**
 * What every rule of a run asks about one document and does not depend on the rule: its nodegroups (per document
 * object) and its effective Kubernetes version (per document and release). A run asks for them once per rule, at
 * the target release and at the releases the minimum search visits; they are computed once per document. Kept
 * only as long as the document object lives.
 */
interface DocumentFacts {
  nodeGroups: Partial<Record<NodeGroupKind, readonly NodeGroupRef[]>>
  kubernetes: Map<string, EffectiveKubernetesVersion>
}
const documentFacts = new WeakMap<ConfigDocument, DocumentFacts>()

function factsOf(doc: ConfigDocument): DocumentFacts {
  let facts = documentFacts.get(doc)
  if (!facts) documentFacts.set(doc, (facts = { nodeGroups: {}, kubernetes: new Map() }))
  return facts
}

function listNodeGroups(data: JsonObject, kind: NodeGroupKind): readonly NodeGroupRef[] {
  const out: NodeGroupRef[] = []
  const add = (key: 'nodeGroups' | 'managedNodeGroups', managed: boolean): void => {
    asArray(data[key]).forEach((item, index) => {
      const ng = asObject(item)
      if (ng) out.push({ ng, path: `/${key}/${index}`, label: `${key}[${index}]`, managed, index })
    })
  }
  if (kind !== 'managed') add('nodeGroups', false)
  if (kind !== 'unmanaged') add('managedNodeGroups', true)
  return Object.freeze(out)
}

export class RuleContext {
  readonly data: JsonObject
  private k8s: EffectiveKubernetesVersion | undefined

  constructor(
    readonly doc: ConfigDocument,
    readonly release: string,
    /** The rule being run (runRules moves one context from rule to rule of a run). */
    public rule: RuleDefinition,
    private readonly sink: Finding[],
    private readonly active: (ruleId: string) => boolean,
    /** Karpenter version the cluster is meant for (`--karpenter-version`), when the caller knows it. */
    readonly karpenterVersion?: string
  ) {
    this.data = asObject(doc.data) ?? {}
  }

  atLeast(release: string): boolean {
    return gte(this.release, release)
  }

  /**
   * Whether eksctl's source at this release holds `format` (one of the rule's eksctlMessages), per the inventory;
   * with `fn`, in that function (`ValidateNodeGroup` vs `ValidateManagedNodeGroup`).
   */
  has(format: string, fn?: string): boolean {
    return formatExistsAt(format, this.release, fn)
  }

  /**
   * Whether eksctl's source at this release holds the code marker `name` (scripts/eksctl-markers.ts): a behaviour
   * with no error text of its own (an exemption, a default, a check through a generic helper).
   */
  marker(name: string): boolean {
    return markerAt(name, this.release)
  }

  private formats(): readonly string[] {
    return this.rule.eksctlParts ? [...this.rule.eksctlMessages, ...this.rule.eksctlParts] : this.rule.eksctlMessages
  }

  /** The first of `formats` (a check's wordings, newest first) that this release has, or undefined. */
  wording(...formats: string[]): string | undefined {
    return formats.find((f) => formatExistsAt(f, this.release))
  }

  /** Whether another rule runs in this pass (to avoid two findings for one problem). */
  isActive(ruleId: string): boolean {
    return this.active(ruleId)
  }

  isPlaceholder(path: string): boolean {
    return this.doc.placeholderPaths.has(path)
  }

  /** `metadata.version` as eksctl resolves it for this release (default / auto / latest applied). */
  kubernetesVersion(): EffectiveKubernetesVersion {
    if (!this.k8s) {
      const { kubernetes } = factsOf(this.doc)
      let k8s = kubernetes.get(this.release)
      if (!k8s) {
        const path = '/metadata/version'
        const raw = asObject(this.data.metadata)?.version
        k8s = effectiveKubernetesVersion(this.release, raw)
        if (this.isPlaceholder(path)) k8s = { ...k8s, version: null }
        kubernetes.set(this.release, k8s)
      }
      this.k8s = k8s
    }
    return this.k8s
  }

  /** The document's nodegroups (shared by the rules of a run: read-only). */
  nodeGroups(kind: NodeGroupKind = 'all'): readonly NodeGroupRef[] {
    const { nodeGroups } = factsOf(this.doc)
    return (nodeGroups[kind] ??= listNodeGroups(this.data, kind))
  }

  /**
   * Records a finding at the value (or key) at `path`. `eksctlText` is eksctl's error as it would print it, `fix`
   * says what to change.
   */
  report(path: string, eksctlText: string, fix: string, options: ReportOptions = {}): void {
    // eksctl rules quote eksctl: a wording the validated release does not have is not reported.
    if (this.rule.origin !== 'ours' && !wordingExistsAt(this.formats(), eksctlText, this.release)) return
    const { line, column, endLine, endColumn } = this.doc.locate(path, options.part ?? 'value')
    const finding: Finding = {
      ruleId: `rules/${this.rule.id}`,
      severity: options.severity ?? this.rule.severity,
      message: `${eksctlText} — ${fix}`,
      instancePath: path,
      file: this.doc.path,
      line,
      column,
      endLine,
      endColumn
    }
    if (options.since !== undefined) finding.since = options.since
    if (options.until !== undefined) finding.until = options.until
    this.sink.push(finding)
  }
}
