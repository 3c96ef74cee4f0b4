// Field names of another letter case (`xray:` for `xRay:`). eksctl's strict decode (sigs.k8s.io/yaml
// UnmarshalStrict → encoding/json with DisallowUnknownFields) matches keys to fields whatever their case, so the
// file loads; the decode that builds the config (apimachinery's case-sensitive serializer) then skips the key. A
// warning at the key naming the spelling, never an unknown-field error, and no change to the compatible releases.
import { rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { compatibleReleases, evaluateRelease, foldFieldName } from '../src/validate/evaluate.js'
import { validateFiles } from '../src/validate/index.js'
import { runCli, workspace } from './support/run-cli.js'

const config = (policies: string, extra = ''): string =>
  [
    'apiVersion: eksctl.io/v1alpha5',
    'kind: ClusterConfig',
    'metadata:',
    '  name: demo',
    '  region: us-west-2',
    'managedNodeGroups:',
    '  - name: ng-1',
    '    instanceType: m5.large',
    '    iam:',
    '      withAddonPolicies:',
    `        ${policies}`,
    extra
  ].join('\n')

const ws = workspace()
afterAll(() => rmSync(ws, { recursive: true, force: true }))

async function validate(text: string, version = '0.230.0') {
  writeFileSync(path.join(ws, 'cluster.yaml'), text)
  const report = await validateFiles({ patterns: ['cluster.yaml'], workspace: ws, cwd: ws, eksctlVersion: version })
  return report.files[0]!
}

describe('field names of another case', () => {
  it('CLI: `xray:` is a warning at the key that names `xRay`, and the file stays valid (exit 0)', () => {
    const dir = workspace({ 'cluster.yaml': config('xray: true') })
    try {
      const run = runCli(dir, ['validate', 'cluster.yaml', '--eksctl-version', '0.230.0'])
      expect(run.code, run.stdout + run.stderr).toBe(0)
      expect(run.stdout).toContain(
        'cluster.yaml:11:9: warning[schema/field-name-case]: `xray` in `managedNodeGroups[0].iam.withAddonPolicies` ' +
          'is spelt `xRay`: eksctl 0.230.0 finds the field'
      )
      expect(run.stdout).toContain('Write `xRay`.')
      expect(run.stdout).not.toContain('unknown-field')
      expect(run.stdout).toContain('cluster.yaml: valid for eksctl 0.230.0')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('engine: the same compatible releases and minimum as the exact spelling, at old and new releases', async () => {
    for (const version of ['0.21.0', '0.105.0', '0.230.0']) {
      const folded = await validate(config('xray: true'), version)
      const exact = await validate(config('xRay: true'), version)
      expect(folded.valid).toBe(true)
      expect(folded.compatible).toEqual(exact.compatible)
      expect(folded.minEksctlVersion).toBe(exact.minEksctlVersion)
      expect(folded.maxEksctlVersion).toBe(exact.maxEksctlVersion)
      const warnings = folded.findings.filter((f) => f.ruleId === 'schema/field-name-case')
      expect(warnings).toHaveLength(1)
      expect(warnings[0]).toMatchObject({ severity: 'warning', line: 11, column: 9, endColumn: 13 })
      expect(exact.findings.filter((f) => f.ruleId === 'schema/field-name-case')).toEqual([])
    }
  })

  it("checks the value as Go's decoder does: types and unknown fields, not enums (the value never reaches validation)", async () => {
    const file = await validate(
      config(
        'xray: true',
        [
          '    amifamily: NotAFamily',
          '    desiredcapacity: two',
          '    Taints:',
          '      - key: a',
          '        bogus: 1'
        ].join('\n')
      )
    )
    const ids = file.findings.map((f) => `${f.line}:${f.ruleId}`)
    expect(ids).toContain('12:schema/field-name-case') // amifamily: no enum error for NotAFamily
    expect(ids).not.toContain('12:schema/enum-value')
    expect(ids).toContain('13:schema/field-name-case')
    expect(ids).toContain('13:schema/type') // desiredcapacity: two → json: cannot unmarshal string into int
    expect(ids).not.toContain('13:schema/unknown-field')
    expect(ids).toContain('14:schema/field-name-case')
    expect(ids).toContain('16:schema/unknown-field') // taints[0].bogus: DisallowUnknownFields applies inside
    expect(file.valid).toBe(false)
  })

  it('a required field written in other case is one error at the key: eksctl ignores it, so the field is missing', async () => {
    const file = await validate(config('xRay: true').replace('  - name: ng-1', '  - Name: ng-1'))
    const findings = file.findings.filter((f) => f.ruleId.startsWith('schema/'))
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ ruleId: 'schema/required', severity: 'error', line: 7, column: 5 })
    expect(findings[0]!.message).toContain('missing the required field `name`')
    expect(findings[0]!.message).toContain('`Name` is spelt in other letter case')
  })

  it('a key whose field the release does not have is still an unknown field there', async () => {
    // accessConfig appeared in 0.164.0: at 0.150.0 neither spelling is known
    const text = config('xRay: true', 'AccessConfig:\n  authenticationMode: API\n')
    const old = await validate(text, '0.150.0')
    expect(old.findings.map((f) => f.ruleId)).toContain('schema/unknown-field')
    const now = await validate(text, '0.230.0')
    expect(now.findings.map((f) => f.ruleId)).toEqual(['schema/field-name-case'])
    expect(now.compatible?.min).toBe(
      (await validate(text.replace('AccessConfig', 'accessConfig'), '0.230.0')).compatible?.min
    )
  })

  it("folds as Go's encoding/json does: ASCII letters, the Kelvin sign and the long s; nothing else", () => {
    expect(foldFieldName('xRay')).toBe('xray')
    expect(foldFieldName('\u212AubeletExtraConfig')).toBe('kubeletextraconfig')
    expect(foldFieldName('\u017FubnetS')).toBe('subnets')
    expect(foldFieldName('\u0130am')).toBe('\u0130am') // dotted capital I does not fold to i
    const data = parse(config('xray: true')) as Record<string, unknown>
    expect(evaluateRelease(data, '0.230.0')).toEqual([
      expect.objectContaining({ keyword: 'fieldNameCase', params: { additionalProperty: 'xray', spelling: 'xRay' } })
    ])
    const dotted = {
      apiVersion: 'eksctl.io/v1alpha5',
      kind: 'ClusterConfig',
      metadata: { name: 'a', 'reg\u0130on': 'us-west-2', region: 'us-west-2' }
    }
    expect(evaluateRelease(dotted, '0.230.0').map((e) => e.keyword)).toEqual(['additionalProperties'])
    expect(compatibleReleases(dotted)).toEqual([])
  })
})
