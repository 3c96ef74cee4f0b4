// Inline suppression (`# eksctl-preflight-ignore <rule-id>`) is applied by validation to every finding of a file:
// loader (`config/…`), YAML (`yaml/…`), schema (`schema/…`) and rules (`rules/…`, also by bare id or group).
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Finding } from '../src/report/finding.js'
import { validateFiles } from '../src/validate/index.js'
import { fixturesDir } from './rules-helpers.js'
import { runCli, workspace } from './support/run-cli.js'
import { reportSchemaValidator, sarifValidator } from './support/schemas.js'

const controlDir = path.join(fixturesDir, '_control')

async function findingsOf(dir: string, file: string, eksctlVersion = '0.230.0'): Promise<Finding[]> {
  const report = await validateFiles({ patterns: [file], workspace: dir, cwd: dir, eksctlVersion })
  return report.files[0]!.findings
}

/** Every kind of finding, each silenced by a comment in another form. */
const mixed = [
  'apiVersion: eksctl.io/v1alpha5',
  'kind: ClusterConfig',
  'metadata:',
  '  name: demo',
  '  region: us-west-2',
  '  # eksctl-preflight-ignore schema/unknown-field',
  '  colour: blue',
  '  tags: {team: a, team: b} # eksctl-preflight-ignore yaml/duplicate-key',
  'nodeGroups:',
  '  - name: ng-1',
  '    instanceType: 5 # eksctl-preflight-ignore schema',
  '  - name: ng-1 # eksctl-preflight-ignore nodegroup-name-unique, schema/no-such-rule',
  '    volumeSize: yes',
  '# eksctl-preflight-ignore config/later-document',
  '---',
  'kind: Later',
  ''
].join('\n')

describe('inline suppression of rules findings', () => {
  it('marks findings suppressed on the same line or under a comment-only line, keeping them', async () => {
    const findings = await findingsOf(controlDir, 'suppressed.yaml')
    const by = (id: string) => findings.filter((f) => f.ruleId === `rules/${id}`)
    expect(by('nodegroup-size-range')).toMatchObject([{ line: 10, suppressed: true }])
    expect(by('nodegroup-name-unique')).toMatchObject([
      { line: 11, suppressed: true },
      { line: 15 } // ng-3 again: the comment names another rule
    ])
    expect(by('nodegroup-name-unique')[1]!.suppressed).toBeUndefined()
    expect(by('instance-lifetime-minimum')).toMatchObject([{ line: 13, suppressed: true }]) // by group
    expect(by('volume-kms-key-encrypted')).toMatchObject([{ line: 18 }])
    expect(by('volume-kms-key-encrypted')[0]!.suppressed).toBeUndefined()
  })

  it('warns about a suppression comment naming an unknown rule or none', async () => {
    const notes = (await findingsOf(controlDir, 'suppressed.yaml')).filter(
      (f) => f.ruleId === 'rules/suppression-comment'
    )
    expect(notes).toMatchObject([
      { line: 16, column: 3, severity: 'warning', message: expect.stringContaining('"no-such-rule"') },
      { line: 18, severity: 'warning', message: expect.stringContaining('needs a rule id') }
    ])
    expect(notes.every((n) => !n.suppressed)).toBe(true)
  })

  it('does not let a trailing comment on the line above reach the next line', async () => {
    const [f] = (await findingsOf(controlDir, 'trailing-above.yaml')).filter(
      (x) => x.ruleId === 'rules/nodegroup-size-range'
    )
    expect(f).toMatchObject({ line: 9 })
    expect(f!.suppressed).toBeUndefined()
  })
})

describe('inline suppression of schema, YAML and loader findings', () => {
  it('silences schema/…, yaml/…, config/… ids and engine groups; what is silenced never counts', async () => {
    const ws = workspace({ 'cluster.yaml': mixed })
    const report = await validateFiles({ patterns: ['cluster.yaml'], workspace: ws, cwd: ws, eksctlVersion: '0.230.0' })
    const findings = report.files[0]!.findings
    const brief = findings.map((f) => `${f.line} ${f.ruleId}${f.suppressed ? ' suppressed' : ''}`)
    expect(brief).toEqual([
      '7 schema/unknown-field suppressed', // comment alone on the line above
      '8 yaml/duplicate-key suppressed', // trailing comment, full id
      '11 schema/type suppressed', // by the engine group `schema`
      '12 rules/nodegroup-name-unique suppressed', // bare rules id
      '12 rules/suppression-comment', // the unknown id in the same comment keeps its warning
      '13 schema/type', // no comment: counts
      '15 config/later-document suppressed'
    ])
    expect(findings[4]!.message).toContain('"schema/no-such-rule"')
    expect(report.files[0]!.valid).toBe(false)
    expect(report.summary).toMatchObject({ errors: 1, warnings: 1, notices: 0, suppressed: 5 })
  })

  it('a file whose only errors are silenced is valid', async () => {
    const text = mixed.replace('    volumeSize: yes\n', '')
    const ws = workspace({ 'cluster.yaml': text })
    const report = await validateFiles({ patterns: ['cluster.yaml'], workspace: ws, cwd: ws, eksctlVersion: '0.230.0' })
    expect(report.files[0]!.valid).toBe(true)
    expect(report.summary).toMatchObject({ errors: 0, warnings: 1, suppressed: 5 })
  })

  it('does not silence the error that kept a file from being parsed: it was not validated', async () => {
    const text =
      'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: a: b # eksctl-preflight-ignore yaml\n'
    const ws = workspace({ 'cluster.yaml': text })
    const report = await validateFiles({ patterns: ['cluster.yaml'], workspace: ws, cwd: ws, eksctlVersion: '0.230.0' })
    expect(report.files[0]!.findings).toMatchObject([{ ruleId: 'yaml/syntax', line: 4 }])
    expect(report.files[0]!.findings[0]!.suppressed).toBeUndefined()
    expect(report.files[0]!.valid).toBe(false)
  })

  it('a silenced rules error at older releases does not raise the file’s minimum eksctl', async () => {
    // Kubernetes 1.33 is accepted from 0.202.0 on: that is the minimum, unless the check is silenced on its line.
    const text = (comment: string) =>
      `apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: a\n  region: us-west-2\n  version: "1.33"${comment}\n`
    const ws = workspace({
      'plain.yaml': text(''),
      'silenced.yaml': text(' # eksctl-preflight-ignore kubernetes-version-supported')
    })
    const report = await validateFiles({ patterns: ['*.yaml'], workspace: ws, cwd: ws, eksctlVersion: '0.230.0' })
    const [plain, silenced] = report.files
    expect([plain!.path, silenced!.path]).toEqual(['plain.yaml', 'silenced.yaml'])
    expect(plain!.minEksctlVersion).toBe('0.202.0')
    expect(silenced!.compatible!.min).toBe('0.21.0')
    expect(silenced!.minEksctlVersion).toBe('0.21.0')
  })

  it('the CLI reports silenced findings with suppressed: true in JSON and SARIF suppressions, and exits by the rest', () => {
    const ws = workspace({ 'cluster.yaml': mixed })
    const json = runCli(ws, ['validate', 'cluster.yaml', '--eksctl-version', '0.230.0', '--format', 'json'])
    expect(json.code, json.stderr).toBe(1) // volumeSize: yes still counts
    const report = JSON.parse(json.stdout)
    expect(reportSchemaValidator()(report)).toBe(true)
    const unknownField = report.files[0].findings.find((f: Finding) => f.ruleId === 'schema/unknown-field')
    expect(unknownField).toMatchObject({ instancePath: '/metadata/colour', line: 7, suppressed: true })
    expect(report.summary).toMatchObject({ errors: 1, suppressed: 5 })

    const sarif = runCli(ws, ['validate', 'cluster.yaml', '--eksctl-version', '0.230.0', '--format', 'sarif'])
    const log = JSON.parse(sarif.stdout)
    expect(sarifValidator()(log)).toBe(true)
    const results = log.runs[0].results as { ruleId: string; suppressions?: unknown[] }[]
    expect(results.find((r) => r.ruleId === 'yaml/duplicate-key')!.suppressions).toEqual([{ kind: 'inSource' }])
    expect(results.filter((r) => r.ruleId === 'schema/type').map((r) => r.suppressions)).toEqual([
      [{ kind: 'inSource' }],
      undefined
    ])

    const fixed = workspace({ 'cluster.yaml': mixed.replace('    volumeSize: yes\n', '') })
    const ok = runCli(fixed, ['validate', 'cluster.yaml', '--eksctl-version', '0.230.0'])
    expect(ok.code, ok.stdout + ok.stderr).toBe(0)
    expect(ok.stdout).not.toContain('schema/unknown-field') // the text report leaves silenced findings out
  })
})
