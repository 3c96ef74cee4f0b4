// The findings the config loader produces: id, default severity, and what each means (also used for SARIF rules).
import type { Severity } from '../report/finding.js'

export interface RuleInfo {
  severity: Severity
  summary: string
}

export const configRules: Record<string, RuleInfo> = {
  'yaml/syntax': { severity: 'error', summary: 'The first YAML document is not valid YAML.' },
  'yaml/duplicate-key': {
    severity: 'error',
    summary: 'A key is set twice in one mapping (also through a merge key `<<`), which eksctl rejects.'
  },
  'yaml/alias-limit': {
    severity: 'error',
    summary: 'Alias expansion exceeds the limit (a "billion laughs" document).'
  },
  'yaml/alias-cycle': { severity: 'error', summary: 'An alias refers to a node that contains it.' },
  'yaml/merge-invalid': {
    severity: 'error',
    summary: 'A merge key `<<` whose value is not a mapping or list of mappings.'
  },
  'yaml/complex-key': { severity: 'error', summary: 'A mapping or sequence used as a map key.' },
  'yaml/too-deep': { severity: 'error', summary: 'Collections nested deeper than the limit.' },
  'yaml/unresolved-tag': {
    severity: 'warning',
    summary: 'A YAML tag (`!Ref`, `!!binary`…) that is read as a plain string.'
  },
  'yaml/warning': { severity: 'warning', summary: 'Another YAML parser warning.' },
  'config/later-document': {
    severity: 'warning',
    summary: 'A second YAML document in the file: eksctl silently ignores it.'
  },
  'config/not-clusterconfig': {
    severity: 'notice',
    summary: 'The first document is not apiVersion eksctl.io/v1alpha5 + kind ClusterConfig: the file is skipped.'
  },
  'config/not-mapping': { severity: 'notice', summary: 'The first document is not a mapping: the file is skipped.' },
  'config/empty': { severity: 'warning', summary: 'The file holds no YAML document: skipped (eksctl rejects it).' },
  'config/old-api-version': {
    severity: 'error',
    summary: 'kind ClusterConfig with apiVersion eksctl.io/v1alpha3 or v1alpha4, refused by eksctl since 0.1.31.'
  },
  'config/api-version': { severity: 'error', summary: 'kind ClusterConfig with a missing or unknown apiVersion.' },
  'config/missing-kind': { severity: 'error', summary: 'apiVersion eksctl.io/v1alpha5 without a kind.' },
  'config/unexpanded-placeholder': {
    severity: 'notice',
    summary:
      'Values hold `${VAR}` or `$VAR` placeholders and envsubst is off: their types and allowed values are not checked.'
  },
  'config/unset-variable': { severity: 'error', summary: 'envsubst is on and a `$VAR` / `${VAR}` is not set.' },
  'config/refused-variable': {
    severity: 'error',
    summary:
      'envsubst is on and the config names a runner or credential variable (`ACTIONS_*`, `GITHUB_TOKEN`, ' +
      '`AWS_SECRET_*`, `AWS_SESSION_TOKEN`, `INPUT_*`…): it is not expanded.'
  },
  'config/too-large': { severity: 'error', summary: 'The file exceeds the size limit (10 MiB) and was not read.' },
  'config/binary': { severity: 'error', summary: 'The file contains NUL bytes: it is binary.' },
  'config/encoding': { severity: 'error', summary: 'The file is not UTF-8.' },
  'config/unreadable': { severity: 'error', summary: 'The file could not be read (permissions, a folder…).' },
  'config/internal-error': { severity: 'error', summary: 'A bug in eksctl-preflight while reading the file.' }
}
