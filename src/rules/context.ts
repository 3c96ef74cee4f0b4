// What a rule sees while it runs: the config data, the target release, helpers to walk nodegroups, and report()
// which turns (instance path, eksctl text, fix) into a Finding at the position of the offending value.
import semver from 'semver'
import type { ConfigDocument } from '../config/document.js'
import type { Finding, Severity } from '../report/finding.js'
import type { RuleDefinition } from './types.js'
import { gte } from './version.js'
import { effectiveKubernetesVersion, type EffectiveKubernetesVersion } from './data/kubernetes-versions.js'

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
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('')
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

export class RuleContext {
  readonly data: JsonObject
  private k8s: EffectiveKubernetesVersion | undefined

  constructor(
    readonly doc: ConfigDocument,
    readonly release: string,
    readonly rule: RuleDefinition,
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
      const path = '/metadata/version'
      const raw = asObject(this.data.metadata)?.version
      this.k8s = effectiveKubernetesVersion(this.release, raw)
      if (this.isPlaceholder(path)) this.k8s = { ...this.k8s, version: null }
    }
    return this.k8s
  }

  nodeGroups(kind: 'all' | 'managed' | 'unmanaged' = 'all'): NodeGroupRef[] {
    const out: NodeGroupRef[] = []
    const add = (key: 'nodeGroups' | 'managedNodeGroups', managed: boolean): void => {
      asArray(this.data[key]).forEach((item, index) => {
        const ng = asObject(item)
        if (ng) out.push({ ng, path: pointer(key, index), label: `${key}[${index}]`, managed, index })
      })
    }
    if (kind !== 'managed') add('nodeGroups', false)
    if (kind !== 'unmanaged') add('managedNodeGroups', true)
    return out
  }

  /**
   * Records a finding at the value (or key) at `path`. `eksctlText` is eksctl's error as it would print it, `fix`
   * says what to change.
   */
  report(path: string, eksctlText: string, fix: string, options: ReportOptions = {}): void {
    const range = this.doc.locate(path, options.part ?? 'value')
    const finding: Finding = {
      ruleId: `rules/${this.rule.id}`,
      severity: options.severity ?? this.rule.severity,
      message: `${eksctlText} — ${fix}`,
      instancePath: path,
      file: this.doc.path,
      ...range
    }
    if (options.since !== undefined) finding.since = options.since
    if (options.until !== undefined) finding.until = options.until
    this.sink.push(finding)
  }
}
