import { describe, expect, it } from 'vitest'
import { excerpt, renderText } from '../src/report/text.js'
import { failsOn } from '../src/report/model.js'
import { finding, fixtureReport } from './support/report-fixture.js'

describe('text report', () => {
  it('prints compiler-style lines with an excerpt and a caret under the reported columns', () => {
    expect(renderText(fixtureReport())).toBe(
      [
        'eksctl-preflight: notice: eksctl 0.105.3 is not a known release; using 0.105.0.',
        'clusters/demo.yaml:6:12: error[schema/type]: `metadata.version` must be a string, got a number (`1.30`). Quote it: "1.30".',
        ' 6 |   version: 1.30',
        '   |            ^^^^',
        'clusters/demo.yaml:7:1: error[schema/unknown-field]: `iamIdentityMappings` needs eksctl ≥ 0.112.0 (released 2022-09-19); eksctl 0.105.0 rejects it with `json: unknown field "iamIdentityMappings"`. Upgrade eksctl (install-eksctl: true installs the release eksctl-version names)',
        ' 7 | iamIdentityMappings:',
        '   | ^^^^^^^^^^^^^^^^^^^',
        'clusters/values.yaml:1:1: notice[config/not-cluster-config]: Skipped: not an eksctl ClusterConfig (kind: ConfigMap).',
        '',
        'clusters/demo.yaml: invalid for eksctl 0.105.0; needs eksctl ≥ 0.112.0',
        'clusters/values.yaml: skipped (not an eksctl ClusterConfig)',
        '2 errors, 0 warnings, 2 notices in 2 files (1 ClusterConfig validated); validated against eksctl 0.105.0 (installed); all files need eksctl ≥ 0.112.0',
        ''
      ].join('\n')
    )
  })

  it('underlines to the end of the line for a multi-line range and keeps tabs in the lead', () => {
    const source = 'a:\n\tbcd: [1,\n  2]\n'
    expect(excerpt(source, finding({ line: 2, column: 2, endLine: 3, endColumn: 4 }))).toBe(
      ' 2 | \tbcd: [1,\n   | \t^^^^^^^^\n'
    )
  })

  it('shows no excerpt without source or for a line outside it, and neutralises control characters', () => {
    expect(excerpt(undefined, finding({ line: 1, column: 1 }))).toBe('')
    expect(excerpt('a: b\n', finding({ line: 9, column: 1 }))).toBe('')
    expect(excerpt('a: \u001b[31mred\n', finding({ line: 1, column: 4 }))).toBe(' 1 | a: �[31mred\n   |    ^\n')
  })

  it('fails on findings at or above fail-on, and never with never', () => {
    const report = fixtureReport()
    expect(failsOn(report, 'error')).toBe(true)
    expect(failsOn(report, 'never')).toBe(false)
    const clean = fixtureReport({ findings: [], valid: true })
    expect(failsOn(clean, 'error')).toBe(false)
    // The run notice (approximated release) and the skip notice count at fail-on notice level only.
    expect(failsOn(clean, 'warning')).toBe(false)
    expect(failsOn(clean, 'notice')).toBe(true)
  })
})
