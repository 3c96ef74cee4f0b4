// Upgrade impact: what moving eksctl from release A to release B changes, for given ClusterConfigs (per file and
// finding: what A said, what B says, the release in between where it changed, what to do; fields and values B
// adds where the file configures something) or, without files, for the ClusterConfig schema and the rules as a
// changelog. Shells (CLI `upgrade`, the action's compare-eksctl-version) only render the UpgradeReport.
import { eachConfig, type LoadedFile } from '../config/index.js'
import type { Finding } from '../report/finding.js'
import type { RunMessage } from '../report/model.js'
import { listRules, selectRules, type RuleSelection } from '../rules/index.js'
import { gte, lt } from '../rules/version.js'
import { kubernetesVersionFacts } from '../rules/data/kubernetes-versions.js'
import { getStore } from '../schemas/index.js'
import { InputError, resolveTarget, type InstalledTarget, type Target } from '../validate/index.js'
import { compareDocument } from './compare.js'
import { diffSchemas } from './schema-diff.js'
import type {
  Changelog,
  KubernetesVersionChanges,
  ReleaseEnd,
  RuleChange,
  UpgradeFileReport,
  UpgradeNotice,
  UpgradeReport
} from './model.js'

export type * from './model.js'
export { InputError }

export interface UpgradeOptions {
  /** Release A: `installed`, `latest`, or a release (`0.150.0`, `v0.150.0`). */
  from: string
  /** Release B, in the same forms. */
  to: string
  /** How `from` was chosen when not by the user directly (`base`: read from the base branch). */
  fromSource?: 'base'
  /** Globs or paths; none gives the changelog of the schema and rules between the releases. */
  patterns: string[]
  workspace: string
  cwd: string
  envsubst?: boolean
  env?: Record<string, string | undefined>
  readStdin?: () => Promise<string>
  /** The eksctl to use for `installed` (install-eksctl's result); otherwise `eksctl version` runs from PATH. */
  installed?: InstalledTarget | null
  rules?: RuleSelection
}

function endOf(target: Target, source?: 'base'): ReleaseEnd {
  return {
    version: target.release.version,
    date: target.release.date,
    requested: target.requested,
    source: source ?? target.source,
    approximated: target.approximated
  }
}

async function resolveEnd(value: string, what: '--from' | '--to', options: UpgradeOptions): Promise<Target> {
  try {
    return await resolveTarget(value, options.installed, options.env)
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`${what}: ${error.message}`)
    throw error
  }
}

export async function compareReleases(options: UpgradeOptions): Promise<UpgradeReport> {
  const rules: RuleSelection = {
    ...options.rules,
    enable: options.rules?.enable ?? [],
    disable: options.rules?.disable ?? []
  }
  selectRules(rules) // unknown names are input errors before anything runs
  const fromTarget = await resolveEnd(options.from, '--from', options)
  const toTarget = await resolveEnd(options.to, '--to', options)
  const { index } = getStore()
  const from = index.get(fromTarget.release.version)!
  const to = index.get(toTarget.release.version)!
  const messages: RunMessage[] = [...fromTarget.messages, ...toTarget.messages]
  const direction = from === to ? 'same' : from < to ? 'upgrade' : 'downgrade'
  if (direction === 'same')
    messages.push({
      severity: 'notice',
      message: `Both ends are eksctl ${toTarget.release.version}: nothing changes.`
    })
  const files: UpgradeFileReport[] = []
  if (options.patterns.length) {
    const loaded = eachConfig({
      patterns: options.patterns,
      workspace: options.workspace,
      cwd: options.cwd,
      envsubst: options.envsubst ?? false,
      env: options.env ?? {},
      readStdin: options.readStdin
    })
    for await (const file of loaded) files.push(compareLoaded(file, from, to, rules))
    if (!files.some((f) => f.compared))
      messages.push({
        severity: 'error',
        message: 'None of the files matched is an eksctl ClusterConfig that could be read: nothing was compared.'
      })
  }
  const changes = files.flatMap((f) => f.changes)
  return {
    from: endOf(fromTarget, options.fromSource),
    to: endOf(toTarget),
    direction,
    messages,
    files,
    changelog: options.patterns.length ? null : changelog(from, to),
    summary: {
      files: files.length,
      clusterConfigs: files.filter((f) => f.compared).length,
      breaks: changes.filter((c) => c.kind === 'breaks').length,
      fixed: changes.filter((c) => c.kind === 'fixed').length,
      changed: changes.filter((c) => c.kind === 'changed').length,
      notices: files.reduce((n, f) => n + f.notices.length, 0)
    }
  }
}

function compareLoaded(file: LoadedFile, from: number, to: number, rules: RuleSelection): UpgradeFileReport {
  const report: UpgradeFileReport = {
    path: file.path,
    kind: file.kind,
    compared: false,
    from: null,
    to: null,
    changes: [],
    notices: [],
    findings: file.findings.filter((f) => f.ruleId !== 'config/unexpanded-placeholder')
  }
  const doc = file.document
  if (file.kind !== 'ClusterConfig' || !doc) return report
  const result = compareDocument(doc, file.findings, from, to, rules)
  const errors = (list: Finding[]) => list.filter((f) => f.severity === 'error').length
  const readErrors = file.findings.some((f) => f.severity === 'error')
  report.compared = true
  report.from = { valid: !readErrors && errors(result.fromFindings) === 0, errors: errors(result.fromFindings) }
  report.to = { valid: !readErrors && errors(result.toFindings) === 0, errors: errors(result.toFindings) }
  report.changes = result.changes
  report.notices = result.news.map((n): UpgradeNotice => {
    const range = doc.locate(n.instancePath, n.instancePath ? 'key' : 'value')
    const at = range.line === range.endLine ? range : { ...range, endLine: range.line, endColumn: range.column + 1 }
    const names = n.names.map((x) => ({ name: x.name, since: x.release }))
    const list = names.map((x) => `\`${x.name}\` (${x.since})`).join(', ')
    const b = getStore().releases[to]!.version
    const message =
      n.kind === 'field'
        ? `eksctl ${b} adds fields ${n.path === '(top level)' ? 'at the top level' : `to \`${n.path}\``} that this file could use: ${list}.`
        : `eksctl ${b} adds values for \`${n.path}\`: ${list}.`
    return { kind: n.kind, path: n.path, instancePath: n.instancePath, ...at, names, message }
  })
  report.source = doc.text
  return report
}

function ruleActive(rule: { since: string; until: string | null }, version: string): boolean {
  return gte(version, rule.since) && (rule.until === null || lt(version, rule.until))
}

/** The schema's and the rules' changes between two releases (store indices). */
export function changelog(from: number, to: number): Changelog {
  const { releases } = getStore()
  const older = releases[Math.min(from, to)]!.version
  const newer = releases[Math.max(from, to)]!.version
  const diff = diffSchemas({ from, to })
  const factsOld = kubernetesVersionFacts(older)
  const factsNew = kubernetesVersionFacts(newer)
  const kubernetesVersions: KubernetesVersionChanges = {
    added: factsNew.supported.filter((v) => !factsOld.supported.includes(v)),
    dropped: factsOld.supported.filter((v) => !factsNew.supported.includes(v)),
    approximate: factsOld.approximate || factsNew.approximate
  }
  const rulesAdded: RuleChange[] = []
  const rulesRemoved: RuleChange[] = []
  for (const rule of listRules()) {
    const inOld = ruleActive(rule, older)
    const inNew = ruleActive(rule, newer)
    if (inOld === inNew) continue
    const entry = {
      ruleId: rule.ruleId,
      summary: rule.summary,
      release: inNew ? rule.since : rule.until!,
      optIn: !rule.defaultEnabled
    }
    ;(inNew ? rulesAdded : rulesRemoved).push(entry)
  }
  const upgrade = to >= from
  const byRelease = <T extends { release: string }>(list: T[]) =>
    list.sort((a, b) => (getStore().index.get(a.release) ?? 0) - (getStore().index.get(b.release) ?? 0))
  return {
    // In a downgrade, what the newer release added is what the move removes.
    fieldsAdded: upgrade ? diff.fieldsAdded : diff.fieldsRemoved,
    fieldsRemoved: upgrade ? diff.fieldsRemoved : diff.fieldsAdded,
    valuesAdded: upgrade ? diff.valuesAdded : diff.valuesRemoved,
    valuesRemoved: upgrade ? diff.valuesRemoved : diff.valuesAdded,
    kubernetesVersions: upgrade
      ? kubernetesVersions
      : { ...kubernetesVersions, added: kubernetesVersions.dropped, dropped: kubernetesVersions.added },
    rulesAdded: byRelease(upgrade ? rulesAdded : rulesRemoved),
    rulesRemoved: byRelease(upgrade ? rulesRemoved : rulesAdded)
  }
}
