import { describe, expect, it } from 'vitest'
import { renderJson, toJsonReport } from '../src/report/json.js'
import { renderSarif } from '../src/report/sarif.js'
import { planAnnotations, renderGithub, workflowCommand } from '../src/report/github.js'
import { renderMarkdown } from '../src/report/markdown.js'
import { summarize, type ValidationReport } from '../src/report/model.js'
import { finding, fixtureReport } from './support/report-fixture.js'
import { reportSchemaValidator, sarifValidator } from './support/schemas.js'

describe('JSON report', () => {
  it('has the documented shape and validates against the shipped schema', () => {
    const json = JSON.parse(renderJson(fixtureReport())) as Record<string, unknown>
    const validate = reportSchemaValidator()
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true)
    expect(json).toMatchObject({
      eksctlVersion: '0.105.0',
      eksctlVersionSource: 'installed',
      files: [
        {
          path: 'clusters/demo.yaml',
          kind: 'ClusterConfig',
          valid: false,
          compatible: { min: '0.112.0', max: null },
          findings: [
            { ruleId: 'schema/type', line: 6, column: 12, endLine: 6, endColumn: 16 },
            {
              ruleId: 'schema/unknown-field',
              severity: 'error',
              instancePath: '/iamIdentityMappings',
              line: 7,
              column: 1,
              endLine: 7,
              endColumn: 20,
              since: '0.112.0',
              until: null
            }
          ]
        },
        { path: 'clusters/values.yaml', kind: 'skipped', compatible: null }
      ],
      summary: { files: 2, errors: 2, warnings: 0, notices: 2 }
    })
    // since/until only where a release range explains the finding; no source text, no file per finding.
    const first = (json.files as { findings: Record<string, unknown>[] }[])[0]!.findings[0]!
    expect(Object.keys(first)).toEqual([
      'ruleId',
      'severity',
      'message',
      'instancePath',
      'line',
      'column',
      'endLine',
      'endColumn'
    ])
    expect(JSON.stringify(json)).not.toContain('iamIdentityMappings:\n')
  })

  it('the shipped schema rejects a report that breaks the contract', () => {
    const validate = reportSchemaValidator()
    const json = toJsonReport(fixtureReport()) as { files: { findings: { line: number }[] }[] }
    json.files[0]!.findings[0]!.line = 0
    expect(validate(json)).toBe(false)
    expect(validate({ eksctlVersion: '0.105.0', eksctlVersionSource: 'guess', files: [], summary: {} })).toBe(false)
  })
})

describe('SARIF report', () => {
  it('is valid SARIF 2.1.0 with rules, levels, regions and in-source suppressions', () => {
    const report = fixtureReport()
    report.files[0]!.findings.push(
      finding({ line: 3, column: 1, severity: 'warning', ruleId: 'rules/x', suppressed: true })
    )
    const sarif = JSON.parse(renderSarif(report))
    const validate = sarifValidator()
    expect(validate(sarif), JSON.stringify(validate.errors, null, 1)).toBe(true)
    const run = sarif.runs[0]
    expect(run.tool.driver.name).toBe('eksctl-preflight')
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      'config/not-cluster-config',
      'rules/x',
      'schema/type',
      'schema/unknown-field'
    ])
    const unknown = run.results.find((r: { ruleId: string }) => r.ruleId === 'schema/unknown-field')
    expect(unknown).toMatchObject({
      level: 'error',
      ruleIndex: 3,
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'clusters/demo.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 7, startColumn: 1, endLine: 7, endColumn: 20 }
          }
        }
      ],
      properties: { instancePath: '/iamIdentityMappings', since: '0.112.0', until: null }
    })
    expect(run.results.find((r: { ruleId: string }) => r.ruleId === 'rules/x')).toMatchObject({
      level: 'warning',
      suppressions: [{ kind: 'inSource' }]
    })
    expect(run.results.find((r: { ruleId: string }) => r.ruleId === 'config/not-cluster-config').level).toBe('note')
    expect(run.invocations[0].toolExecutionNotifications).toEqual([
      { level: 'note', message: { text: 'eksctl 0.105.3 is not a known release; using 0.105.0.' } }
    ])
  })

  it('percent-encodes paths and the official schema catches a broken region', () => {
    const report = fixtureReport({ path: 'my clusters/a b.yaml' })
    for (const f of report.files[0]!.findings) f.file = 'my clusters/a b.yaml'
    const sarif = JSON.parse(renderSarif(report))
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('my%20clusters/a%20b.yaml')
    const validate = sarifValidator()
    sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0
    expect(validate(sarif)).toBe(false)
  })
})

function manyFindings(errors: number, warnings: number, notices: number): ValidationReport {
  const report = fixtureReport()
  const f = report.files[0]!
  f.findings = []
  let line = 1
  for (const [severity, n] of [
    ['notice', notices],
    ['warning', warnings],
    ['error', errors]
  ] as const)
    for (let i = 0; i < n; i++)
      f.findings.push(finding({ severity, line: line++, column: 1, message: `${severity} ${i}` }))
  report.messages = []
  report.files.pop()
  report.summary = summarize(report.files, report.messages)
  return report
}

describe('GitHub annotations', () => {
  it('annotates at most 10 per severity, errors first, and says how many more are in the summary', () => {
    const plan = planAnnotations(manyFindings(25, 12, 3))
    const severities = plan.annotations.map((a) => a.severity)
    expect(severities.filter((s) => s === 'error')).toHaveLength(10)
    expect(severities.filter((s) => s === 'warning')).toHaveLength(10)
    expect(severities.slice(0, 10).every((s) => s === 'error')).toBe(true)
    expect(plan.omitted).toEqual({ error: 15, warning: 2, notice: 0 })
    expect(plan.annotations.at(-1)).toEqual({
      severity: 'notice',
      title: 'eksctl-preflight',
      message:
        '17 more findings (15 errors, 2 warnings) not annotated: GitHub shows 10 errors, warnings and notices per ' +
        'step. All findings are in the job summary and the JSON report.'
    })
    expect(plan.annotations.filter((a) => a.severity === 'notice')).toHaveLength(4)
  })

  it('gives up the last notice slot to the overflow notice when notices are full', () => {
    const plan = planAnnotations(manyFindings(0, 0, 12))
    const notices = plan.annotations.filter((a) => a.severity === 'notice')
    expect(notices).toHaveLength(10)
    expect(plan.omitted.notice).toBe(3)
    expect(notices.at(-1)!.message).toMatch(/^3 more findings \(3 notices\)/)
  })

  it('writes workflow commands like @actions/core, columns only on one-line ranges, escaped', () => {
    const lines = renderGithub(fixtureReport()).trimEnd().split('\n')
    expect(lines[0]).toBe(
      '::error title=eksctl-preflight [schema/type],file=clusters/demo.yaml,line=6,endLine=6,col=12,endColumn=16::' +
        '`metadata.version` must be a string, got a number (`1.30`). Quote it: "1.30".'
    )
    expect(lines[1]).toContain('::error title=eksctl-preflight [schema/unknown-field],file=clusters/demo.yaml,line=7,')
    expect(
      workflowCommand({
        severity: 'warning',
        message: '50% done\nnext',
        title: 'a:b,c',
        file: 'x.yaml',
        startLine: 2,
        endLine: 4
      })
    ).toBe('::warning title=a%3Ab%2Cc,file=x.yaml,line=2,endLine=4::50%25 done%0Anext')
  })
})

describe('job summary (Markdown)', () => {
  it('has the verdict, a per-file table with the compatible range, and every finding, escaped', () => {
    const report = fixtureReport()
    report.files[0]!.findings[0]!.message = 'a | b <script>'
    const md = renderMarkdown(report)
    expect(md).toContain(
      '## eksctl-preflight validate: ❌ 2 errors, 0 warnings, 2 notices in 2 files (1 ClusterConfig validated)'
    )
    expect(md).toContain('All files need eksctl ≥ **0.112.0**.')
    expect(md).toContain('| `clusters/demo.yaml` | ❌ invalid | eksctl ≥ 0.112.0 | eksctl ≥ 0.112.0 | 2 | 0 | 0 |')
    expect(md).toContain('| `clusters/values.yaml` | ➖ skipped |  |  | 0 | 0 | 1 |')
    expect(md).toContain('| 6:12 | ❌ error | `schema/type` | a \\| b \\<script\\> |')
    expect(md).toContain('| 7:1 | ❌ error | `schema/unknown-field` | `iamIdentityMappings` needs eksctl ≥ 0.112.0')
  })
})
