// A small, hand-made ValidationReport for the report-format tests (the engine's own output is covered by the
// validate-* and action-* tests).
import type { Finding } from '../../src/report/finding.js'
import { summarize, type FileReport, type ValidationReport } from '../../src/report/model.js'

export const clusterYaml = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: demo
  region: us-west-2
  version: 1.30
iamIdentityMappings:
  - arn: arn:aws:iam::111122223333:role/KarpenterNodeRole-demo
    username: system:node:{{EC2PrivateDNSName}}
`

export function finding(over: Partial<Finding> & Pick<Finding, 'line' | 'column'>): Finding {
  return {
    ruleId: 'schema/type',
    severity: 'error',
    message: 'a problem',
    instancePath: '',
    file: 'clusters/demo.yaml',
    endLine: over.line,
    endColumn: over.column + 1,
    ...over
  }
}

export function fixtureReport(extra: Partial<FileReport> = {}): ValidationReport {
  const findings: Finding[] = [
    finding({
      line: 6,
      column: 12,
      endColumn: 16,
      instancePath: '/metadata/version',
      message: '`metadata.version` must be a string, got a number (`1.30`). Quote it: "1.30".'
    }),
    finding({
      ruleId: 'schema/unknown-field',
      line: 7,
      column: 1,
      endColumn: 20,
      instancePath: '/iamIdentityMappings',
      since: '0.112.0',
      until: null,
      message:
        '`iamIdentityMappings` needs eksctl ≥ 0.112.0 (released 2022-09-19); eksctl 0.105.0 rejects it with ' +
        '`json: unknown field "iamIdentityMappings"`. Upgrade eksctl (install-eksctl: true installs the release eksctl-version names)'
    })
  ]
  const files: FileReport[] = [
    {
      path: 'clusters/demo.yaml',
      kind: 'ClusterConfig',
      valid: false,
      compatible: { min: '0.112.0', max: null, gaps: [] },
      minEksctlVersion: '0.112.0',
      maxEksctlVersion: null,
      findings,
      source: clusterYaml,
      ...extra
    },
    {
      path: 'clusters/values.yaml',
      kind: 'skipped',
      valid: true,
      compatible: null,
      minEksctlVersion: null,
      maxEksctlVersion: null,
      findings: [
        finding({
          file: 'clusters/values.yaml',
          ruleId: 'config/not-cluster-config',
          severity: 'notice',
          line: 1,
          column: 1,
          message: 'Skipped: not an eksctl ClusterConfig (kind: ConfigMap).'
        })
      ]
    }
  ]
  const messages = [{ severity: 'notice' as const, message: 'eksctl 0.105.3 is not a known release; using 0.105.0.' }]
  return {
    eksctlVersion: '0.105.0',
    eksctlVersionSource: 'installed',
    eksctlVersionRequested: '0.105.3',
    approximated: true,
    messages,
    files,
    minEksctlVersion: '0.112.0',
    maxEksctlVersion: null,
    summary: summarize(files, messages)
  }
}
