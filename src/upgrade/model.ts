// What an upgrade comparison found: the model the text, JSON and Markdown renderers print
// (JSON contract: schemas-report/upgrade-report.schema.json; fields are only ever added).
import type { Finding, Severity } from '../report/finding.js'
import type { RunMessage, VersionSource } from '../report/model.js'
import type { FindingChange } from './compare.js'
import type { FieldChange, ValueChange } from './schema-diff.js'

export interface ReleaseEnd {
  /** The known release compared (`0.150.0`). */
  version: string
  /** Its tag date (YYYY-MM-DD), '' when unknown (a newer installed eksctl's own schema). */
  date: string
  /** What was asked for (`installed` resolves to the detected version). */
  requested: string
  source: VersionSource | 'base'
  approximated: boolean
}

export interface UpgradeNotice {
  /** `field` (fields new under an object the file sets), `value` (values new for a field it sets). */
  kind: 'field' | 'value'
  /** Schema path (`managedNodeGroups[].amiFamily`, `(top level)`). */
  path: string
  instancePath: string
  line: number
  column: number
  endLine: number
  endColumn: number
  /** The new names with the first release that has each. */
  names: Array<{ name: string; since: string }>
  message: string
}

export interface UpgradeFileReport {
  path: string
  kind: 'ClusterConfig' | 'skipped'
  /** false when the file was skipped or could not be read or parsed (its loader findings say why). */
  compared: boolean
  /** Error counts at each end, and whether the file passes there (schema and rules, inline ignores applied). */
  from: { valid: boolean; errors: number } | null
  to: { valid: boolean; errors: number } | null
  changes: FindingChange[]
  notices: UpgradeNotice[]
  /** Loader findings (a file that could not be read or parsed; warnings such as a later YAML document). */
  findings: Finding[]
  /** Source text for excerpts (not serialized). */
  source?: string
}

export interface KubernetesVersionChanges {
  added: string[]
  dropped: string[]
  /** true when either end asks EKS at run time (0.202.0 and later): the lists are the EKS calendar's. */
  approximate: boolean
}

export interface RuleChange {
  ruleId: string
  summary: string
  /** The release that added (since) or removed (until) the check. */
  release: string
  /** Off unless enabled (`rules: karpenter`). */
  optIn: boolean
}

export interface Changelog {
  fieldsAdded: FieldChange[]
  fieldsRemoved: FieldChange[]
  valuesAdded: ValueChange[]
  valuesRemoved: ValueChange[]
  kubernetesVersions: KubernetesVersionChanges
  rulesAdded: RuleChange[]
  rulesRemoved: RuleChange[]
}

export interface UpgradeSummary {
  files: number
  clusterConfigs: number
  /** Errors at B that A did not report. */
  breaks: number
  /** Errors at A that B no longer reports. */
  fixed: number
  /** Other differences (warnings, notices, severities). */
  changed: number
  notices: number
}

export interface UpgradeReport {
  from: ReleaseEnd
  to: ReleaseEnd
  direction: 'upgrade' | 'downgrade' | 'same'
  messages: RunMessage[]
  files: UpgradeFileReport[]
  /** The schema and rules changes between the ends; null when files were compared. */
  changelog: Changelog | null
  summary: UpgradeSummary
}

export type { FindingChange, Severity }
