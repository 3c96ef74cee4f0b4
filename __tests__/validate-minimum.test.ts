// End-to-end: what the reports say about the release a file needs (`minEksctlVersion`, `min-eksctl-version`) when no
// release accepts a file, and how files that could not be read or parsed are counted. `node dist/cli.js` and
// `node dist/index.js` as a user and the runner run them.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runActionSync } from './support/run-action.js'
import { pathWithoutEksctl, runCli, workspace } from './support/run-cli.js'
import { reportSchemaValidator } from './support/schemas.js'

const head = 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: a\n  region: us-east-1\n'
/** Kubernetes 1.10: no release since 0.21.0 (the oldest with a schema) supports it. */
const k8s110 = head + '  version: "1.10"\n'
const duplicateNodegroups = head + 'managedNodeGroups:\n  - name: ng\n  - name: ng\n'
/** The schema accepts what the parser keeps (the last value); eksctl rejects the duplicate key in every release. */
const duplicateKey = head + 'vpc:\n  cidr: 10.0.0.0/16\n  cidr: 10.1.0.0/16\n'
/** Valid from 0.112.0 (iamIdentityMappings). */
const fromRelease =
  head +
  'iamIdentityMappings:\n  - arn: arn:aws:iam::000000000000:role/x\n    username: x\n    groups: [system:masters]\n'
const binary = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 0])

interface JsonReport {
  minEksctlVersion: string | null
  messages: { severity: string; message: string }[]
  files: { path: string; kind: string; valid: boolean; compatible: unknown; minEksctlVersion: string | null }[]
  summary: { files: number; clusterConfigs: number; errors: number }
}

function validateJson(ws: string, files: string[], version = '0.230.0'): JsonReport {
  const run = runCli(ws, ['validate', ...files, '--eksctl-version', version, '--format', 'json'])
  expect(run.stderr).toBe('')
  const report = JSON.parse(run.stdout) as JsonReport
  const validate = reportSchemaValidator()
  expect(validate(report), JSON.stringify(validate.errors)).toBe(true)
  return report
}

function validateText(ws: string, files: string[], version = '0.230.0'): { code: number | null; lines: string[] } {
  const run = runCli(ws, ['validate', ...files, '--eksctl-version', version])
  return { code: run.code, lines: run.stdout.trimEnd().split('\n') }
}

describe('minEksctlVersion when no release accepts a file', () => {
  it('an unsupported Kubernetes version at 0.230.0: null per file and overall, and the summary names the file', () => {
    const ws = workspace({ 'k8s.yaml': k8s110 })
    const report = validateJson(ws, ['k8s.yaml'])
    // The schema accepts it from 0.21.0; eksctl's Kubernetes version check rejects 1.10 in every release.
    expect(report.files[0]).toMatchObject({ valid: false, compatible: { min: '0.21.0', max: null } })
    expect(report.files[0]!.minEksctlVersion).toBeNull()
    expect(report.minEksctlVersion).toBeNull()
    const text = validateText(ws, ['k8s.yaml'])
    expect(text.code).toBe(1)
    expect(text.lines.slice(-2)).toEqual([
      'k8s.yaml: invalid for eksctl 0.230.0; accepted by no known eksctl release: no release fixes the errors above (schema: eksctl ≥ 0.21.0)',
      '1 error, 0 warnings, 0 notices in 1 ClusterConfig file; validated against eksctl 0.230.0 (as requested); no known eksctl release accepts k8s.yaml'
    ])
  })

  it('duplicate nodegroup names and duplicate keys: no release fixes them', () => {
    const ws = workspace({ 'ng.yaml': duplicateNodegroups, 'key.yaml': duplicateKey })
    for (const version of ['0.112.0', '0.230.0']) {
      const report = validateJson(ws, ['ng.yaml', 'key.yaml'], version)
      expect(report.files.map((f) => [f.path, f.minEksctlVersion])).toEqual([
        ['key.yaml', null],
        ['ng.yaml', null]
      ])
      expect(report.minEksctlVersion).toBeNull()
    }
    expect(validateText(ws, ['ng.yaml', 'key.yaml']).lines.at(-1)).toBe(
      '2 errors, 0 warnings, 0 notices in 2 ClusterConfig files; validated against eksctl 0.230.0 (as requested); no known eksctl release accepts key.yaml and ng.yaml'
    )
  })

  it('a file valid from some release keeps its minimum; next to a file no release accepts, there is no overall one', () => {
    const ws = workspace({ 'ok.yaml': fromRelease, 'k8s.yaml': k8s110 })
    const alone = validateJson(ws, ['ok.yaml'], '0.105.0')
    expect(alone.files[0]).toMatchObject({ valid: false, minEksctlVersion: '0.112.0' })
    expect(alone.minEksctlVersion).toBe('0.112.0')
    expect(validateText(ws, ['ok.yaml']).lines.at(-1)).toBe(
      '0 errors, 0 warnings, 0 notices in 1 ClusterConfig file; validated against eksctl 0.230.0 (as requested); all files need eksctl ≥ 0.112.0'
    )
    const both = validateJson(ws, ['ok.yaml', 'k8s.yaml'])
    expect(both.files.map((f) => [f.path, f.minEksctlVersion])).toEqual([
      ['k8s.yaml', null],
      ['ok.yaml', '0.112.0']
    ])
    expect(both.minEksctlVersion).toBeNull()
  })
})

describe('files that could not be read or parsed', () => {
  it('are listed with their errors and fail the run, but are not counted as ClusterConfigs', () => {
    const ws = workspace({ 'bin.yaml': binary, 'broken.yaml': head + 'vpc: {cidr: [\n', 'ok.yaml': fromRelease })
    const report = validateJson(ws, ['bin.yaml', 'broken.yaml'])
    expect(report.summary).toMatchObject({ files: 2, clusterConfigs: 0, errors: 2 })
    expect(report.files.map((f) => [f.path, f.valid, f.compatible])).toEqual([
      ['bin.yaml', false, null],
      ['broken.yaml', false, null]
    ])
    expect(report.minEksctlVersion).toBeNull()
    const text = validateText(ws, ['bin.yaml'])
    expect(text.code).toBe(1)
    expect(text.lines.slice(-2)).toEqual([
      'bin.yaml: not validated: binary file (see above)',
      '1 error, 0 warnings, 0 notices in 1 file (0 ClusterConfigs validated); validated against eksctl 0.230.0 (as requested); not validated: bin.yaml (binary file)'
    ])
    // A YAML syntax error is called that, not "no known eksctl release accepts it".
    const broken = validateText(ws, ['broken.yaml'])
    expect(broken.lines.slice(-2)).toEqual([
      'broken.yaml: not validated: YAML syntax error (see above)',
      '1 error, 0 warnings, 0 notices in 1 file (0 ClusterConfigs validated); validated against eksctl 0.230.0 (as requested); not validated: broken.yaml (YAML syntax error)'
    ])
    // Next to a valid ClusterConfig: that one is counted, and no minimum is claimed for both.
    const mixed = validateJson(ws, ['bin.yaml', 'ok.yaml'])
    expect(mixed.summary).toMatchObject({ files: 2, clusterConfigs: 1, errors: 1 })
    expect(mixed.minEksctlVersion).toBeNull()
  })

  it('a file that is not a ClusterConfig: singular and plural wording', () => {
    const configMap = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n'
    const ws = workspace({ 'a.yaml': configMap, 'b.yaml': configMap })
    const one = runCli(ws, ['validate', 'a.yaml', '--eksctl-version', '0.230.0'])
    expect(one.code).toBe(1)
    expect(one.stdout).toContain(
      'eksctl-preflight: error: The file matched is not an eksctl ClusterConfig (apiVersion: eksctl.io/v1alpha5, kind: ClusterConfig): nothing was validated.\n'
    )
    const two = runCli(ws, ['validate', '*.yaml', '--eksctl-version', '0.230.0'])
    expect(two.code).toBe(1)
    expect(two.stdout).toContain(
      'eksctl-preflight: error: None of the 2 files matched is an eksctl ClusterConfig (apiVersion: eksctl.io/v1alpha5, kind: ClusterConfig): nothing was validated.\n'
    )
    expect(two.stdout.trimEnd().split('\n').at(-1)).toBe(
      '1 error, 0 warnings, 2 notices in 2 files (0 ClusterConfigs validated); validated against eksctl 0.230.0 (as requested)'
    )
  })
})

describe('action: min-eksctl-version and files', () => {
  const runAction = (ws: string, config: string) =>
    runActionSync({
      workspace: ws,
      inputs: { config, 'eksctl-version': '0.230.0' },
      env: { PATH: pathWithoutEksctl() }
    })

  it('empty min-eksctl-version and a summary line naming the file when no release accepts it', () => {
    const ws = workspace({ 'clusters/k8s.yaml': k8s110, 'clusters/ok.yaml': fromRelease })
    const run = runAction(ws, 'clusters/*.yaml')
    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({ valid: 'false', errors: '1', files: '2', 'min-eksctl-version': '' })
    expect(run.summary).toContain(
      'Validated against eksctl 0.230.0 (as requested). No known eksctl release accepts `clusters/k8s.yaml`.\n'
    )
    expect(run.summary).not.toContain('All files need')
    const report = JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8')) as JsonReport
    expect(report.minEksctlVersion).toBeNull()
  })

  it('a file valid from some release: min-eksctl-version is its minimum', () => {
    const ws = workspace({ 'cluster.yaml': fromRelease })
    const run = runAction(ws, 'cluster.yaml')
    expect(run.code, run.stdout + run.stderr).toBe(0)
    expect(run.outputs).toMatchObject({ valid: 'true', files: '1', 'min-eksctl-version': '0.112.0' })
    expect(run.summary).toContain('All files need eksctl ≥ **0.112.0**.')
  })

  it('a binary file is not counted in files, and fails the step', () => {
    const ws = workspace({ 'bin.yaml': binary })
    const run = runAction(ws, 'bin.yaml')
    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({ valid: 'false', errors: '1', files: '0', 'min-eksctl-version': '' })
    expect(run.stdout).toContain(
      '::error::eksctl-preflight: 1 error, 0 warnings, 0 notices in 1 file (0 ClusterConfigs validated) (fail-on: error); validated against eksctl 0.230.0.'
    )
    expect(run.summary).toContain('| `bin.yaml` | ❌ not validated |')
  })
})
