// End-to-end: the bundled action (`node dist/index.js`) as the runner runs it.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { hasShared, sharedDir } from './support/paths.js'
import { runActionSync, type ActionRun } from './support/run-action.js'
import { pathWithoutEksctl, workspace } from './support/run-cli.js'
import { reportSchemaValidator, sarifValidator } from './support/schemas.js'
import { karpenterEnv, karpenterV027 } from './support/seed-configs.js'

/** The action with workspace ws on a runner without eksctl on PATH (unless env sets PATH). */
const runAction = (ws: string, inputs: Record<string, string>, env: Record<string, string> = {}): ActionRun =>
  runActionSync({ workspace: ws, inputs, env: { PATH: pathWithoutEksctl(), ...env } })

const headline =
  '`iamIdentityMappings` needs eksctl ≥ 0.112.0 (released 2022-09-19); eksctl 0.105.0 rejects it with ' +
  '`json: unknown field "iamIdentityMappings"`. Upgrade eksctl (install-eksctl: true installs the release eksctl-version names)'

function commands(stdout: string, kind: string): string[] {
  return stdout.split('\n').filter((l) => l.startsWith(`::${kind} `) || l.startsWith(`::${kind}::`))
}

describe('action: validate', () => {
  it('the seed case with eksctl 0.105.0: an error at the iamIdentityMappings line naming 0.112.0', () => {
    const ws = workspace({ 'clusters/karpenter.yaml': karpenterV027 })
    const run = runAction(ws, { config: 'clusters/*.yaml', 'eksctl-version': '0.105.0' })
    expect(run.code, run.stderr).toBe(1)
    // eksctl 0.105.0's own check also refuses Kubernetes 1.24 (its code accepts it from 0.120.0).
    expect(commands(run.stdout, 'error')).toEqual([
      '::error title=eksctl-preflight [rules/kubernetes-version-supported],file=clusters/karpenter.yaml,line=7,endLine=7,col=12,endColumn=18::' +
        'invalid version, supported values: 1.19, 1.20, 1.21, 1.22 — Kubernetes 1.24 needs eksctl ≥ 0.120.0; upgrade eksctl or pick one of 1.19, 1.20, 1.21, 1.22.',
      `::error title=eksctl-preflight [schema/unknown-field],file=clusters/karpenter.yaml,line=22,endLine=22,col=1,endColumn=20::${headline}`,
      '::error::eksctl-preflight: 2 errors, 0 warnings, 1 notice in 1 ClusterConfig file (fail-on: error); validated against eksctl 0.105.0.'
    ])
    // Without envsubst the placeholders are not type-checked, and one notice lists them.
    const notices = commands(run.stdout, 'notice')
    expect(notices).toHaveLength(1)
    expect(notices[0]).toMatch(
      /^::notice title=eksctl-preflight \[config\/unexpanded-placeholder\],file=clusters\/karpenter.yaml,line=5,endLine=5,col=9,endColumn=24::.*CLUSTER_NAME/
    )
    expect(run.outputs).toMatchObject({
      valid: 'false',
      errors: '2',
      warnings: '0',
      files: '1',
      'min-eksctl-version': '0.120.0',
      'eksctl-version': '0.105.0'
    })
    const reportFile = run.outputs['report-file']!
    expect(reportFile.startsWith(run.runnerTemp + path.sep)).toBe(true)
    const report = JSON.parse(readFileSync(reportFile, 'utf8'))
    const validate = reportSchemaValidator()
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true)
    expect(report.files[0]).toMatchObject({
      path: 'clusters/karpenter.yaml',
      kind: 'ClusterConfig',
      valid: false,
      compatible: { min: '0.112.0', max: null, gaps: [] }
    })
    expect(report.files[0].minEksctlVersion).toBe('0.120.0')
    expect(report.files[0].findings.find((f: { ruleId: string }) => f.ruleId === 'schema/unknown-field')).toMatchObject(
      {
        ruleId: 'schema/unknown-field',
        instancePath: '/iamIdentityMappings',
        line: 22,
        column: 1,
        endLine: 22,
        endColumn: 20,
        since: '0.112.0',
        until: null
      }
    )
    expect(report.eksctlVersionSource).toBe('flag')
    expect(run.summary).toContain(
      '## eksctl-preflight validate: ❌ 2 errors, 0 warnings, 1 notice in 1 ClusterConfig file'
    )
    expect(run.summary).toContain(
      '| `clusters/karpenter.yaml` | ❌ invalid | eksctl 0.120.0 … 0.201.0 | eksctl ≥ 0.112.0 | 2 | 0 | 1 |'
    )
    expect(run.summary).toContain(`| 22:1 | ❌ error | \`schema/unknown-field\` | ${headline} |`)
  })

  it('the seed case with eksctl 0.112.0 and envsubst: iamIdentityMappings is accepted', () => {
    const ws = workspace({ 'cluster.yaml': karpenterV027 })
    const run = runAction(ws, { config: 'cluster.yaml', 'eksctl-version': 'v0.112.0', envsubst: 'true' }, karpenterEnv)
    expect(run.code).toBe(1)
    // The schema accepts the file; what is left is eksctl 0.112.0's own Kubernetes version check.
    expect(commands(run.stdout, 'error')[0]).toMatch(
      /^::error title=eksctl-preflight \[rules\/kubernetes-version-supported\],file=cluster.yaml,line=7,.*Kubernetes 1.24 needs eksctl ≥ 0.120.0/
    )
    expect(run.outputs).toMatchObject({ errors: '1', 'min-eksctl-version': '0.120.0', 'eksctl-version': '0.112.0' })
  })

  it('the seed case with eksctl 0.112.0, envsubst and the Kubernetes version rule ignored: valid', () => {
    // The loader schema of 0.112.0 accepts the file; only eksctl's create-time version check (1.24 arrived in
    // 0.120.0) stood in the way, and ignore-rules turns exactly that off.
    const ws = workspace({ 'cluster.yaml': karpenterV027 })
    const run = runAction(
      ws,
      {
        config: 'cluster.yaml',
        'eksctl-version': '0.112.0',
        envsubst: 'true',
        'ignore-rules': 'kubernetes-version-supported'
      },
      karpenterEnv
    )
    expect(run.code, run.stdout + run.stderr).toBe(0)
    expect(commands(run.stdout, 'error')).toEqual([])
    expect(run.outputs).toMatchObject({ valid: 'true', errors: '0', 'eksctl-version': '0.112.0' })
    const report = JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8'))
    expect(report.files[0]).toMatchObject({ valid: true, compatible: { min: '0.112.0', max: null } })
  })

  it('the seed case with a later eksctl (0.120.0), envsubst and the variables set: valid', () => {
    const ws = workspace({ 'cluster.yaml': karpenterV027 })
    const sarif = 'reports/preflight.sarif'
    const run = runAction(
      ws,
      { config: 'cluster.yaml', 'eksctl-version': 'v0.120.0', envsubst: 'true', 'sarif-file': sarif },
      karpenterEnv
    )
    expect(run.code, run.stdout + run.stderr).toBe(0)
    expect(commands(run.stdout, 'error')).toEqual([])
    expect(run.outputs).toMatchObject({
      valid: 'true',
      errors: '0',
      files: '1',
      'min-eksctl-version': '0.120.0',
      'eksctl-version': '0.120.0'
    })
    const log = JSON.parse(readFileSync(path.join(ws, sarif), 'utf8'))
    const validate = sarifValidator()
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true)
    expect(log.runs[0].results).toEqual([])
    expect(run.summary).toContain(
      '| `cluster.yaml` | ✅ valid | eksctl 0.120.0 … 0.201.0 | eksctl ≥ 0.112.0 | 0 | 0 | 0 |'
    )
  })

  it('envsubst with a variable unset is an error that names it', () => {
    const ws = workspace({ 'cluster.yaml': karpenterV027 })
    const run = runAction(
      ws,
      { config: 'cluster.yaml', 'eksctl-version': '0.230.0', envsubst: 'true' },
      { CLUSTER_NAME: 'demo', AWS_DEFAULT_REGION: 'us-west-2' }
    )
    expect(run.code).toBe(1)
    const errors = commands(run.stdout, 'error').filter((e) => e.includes('[config/unset-variable]'))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(
      /^::error title=eksctl-preflight \[config\/unset-variable\],file=cluster.yaml,line=19,endLine=19,col=20,endColumn=37::/
    )
    expect(errors[0]).toContain('AWS_ACCOUNT_ID')
    // The emptied values are not reported again as type errors.
    expect(run.stdout).not.toContain('[schema/type]')
    expect(run.outputs.valid).toBe('false')
  })

  it('annotates 10 errors at most, then says how many more are in the summary', () => {
    const fields = Array.from({ length: 25 }, (_, i) => `unknownField${i}: 1`).join('\n')
    const ws = workspace({
      'c.yaml': `apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: a\n  region: us-east-1\n${fields}\n`
    })
    const run = runAction(ws, { config: 'c.yaml', 'eksctl-version': 'latest' })
    expect(run.code).toBe(1)
    const errors = commands(run.stdout, 'error')
    // 10 annotations plus the step failure message.
    expect(errors).toHaveLength(11)
    expect(errors[0]).toMatch(
      /^::error title=eksctl-preflight \[schema\/unknown-field\],file=c.yaml,line=6,endLine=6,col=1,endColumn=14::/
    )
    expect(commands(run.stdout, 'notice').at(-1)).toBe(
      '::notice title=eksctl-preflight::15 more findings (15 errors) not annotated: GitHub shows 10 errors, ' +
        'warnings and notices per step. All findings are in the job summary and the JSON report.'
    )
    expect(run.outputs.errors).toBe('25')
    expect(run.outputs['eksctl-version']).toBe(run.outputs['eksctl-version']!.match(/^\d+\.\d+\.\d+$/)?.[0])
    expect(run.summary.match(/\| ❌ error \| `schema\/unknown-field`/g)).toHaveLength(25)
  })

  it('working-directory is where the globs start; paths stay relative to the workspace', () => {
    const ws = workspace({
      'infra/eks/prod.yaml':
        'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: prod\n  region: eu-west-1\n  version: 1.30\n'
    })
    const run = runAction(ws, { config: '*.yaml', 'working-directory': 'infra/eks', 'eksctl-version': '0.230.0' })
    expect(run.code).toBe(1)
    expect(commands(run.stdout, 'error')[0]).toMatch(
      /^::error title=eksctl-preflight \[schema\/type\],file=infra\/eks\/prod.yaml,line=6,endLine=6,col=12,endColumn=16::`metadata.version` must be a string, got a number \(`1.30`\)\. Quote it: "1.30"\./
    )
  })

  it('file names that look like workflow commands cannot inject one through the log', () => {
    const ws = workspace({
      '::warning::injected.yaml': 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: {}\n'
    })
    const run = runAction(ws, { config: '*.yaml', 'eksctl-version': '0.230.0' })
    const lines = run.stdout.split('\n')
    const stop = lines.findIndex((l) => l.startsWith('::stop-commands::eksctl-preflight-'))
    const token = lines[stop]!.slice('::stop-commands::'.length)
    const resume = lines.indexOf(`::${token}::`)
    expect(stop).toBeGreaterThan(-1)
    expect(resume).toBeGreaterThan(stop)
    expect(lines.filter((l) => l.startsWith('::warning::injected')).length).toBeGreaterThan(0)
    // The only raw `::warning::` text is inside the stopped region; annotations escape it in properties.
    lines.forEach((l, i) => {
      if (l.startsWith('::warning::injected')) expect(i > stop && i < resume, l).toBe(true)
    })
    expect(commands(run.stdout, 'error').some((l) => l.includes('file=%3A%3Awarning%3A%3Ainjected.yaml'))).toBe(true)
  })

  it('fail-on never keeps the step green but reports valid=false', () => {
    const ws = workspace({ 'cluster.yaml': karpenterV027 })
    const run = runAction(ws, { config: 'cluster.yaml', 'eksctl-version': '0.105.0', 'fail-on': 'never' })
    expect(run.code).toBe(0)
    expect(run.outputs.valid).toBe('true')
    expect(run.outputs.errors).toBe('2')
    expect(commands(run.stdout, 'error')).toHaveLength(2)
  })

  it('eksctl-version installed without eksctl on PATH fails and says how to fix it', () => {
    const ws = workspace({ 'cluster.yaml': karpenterV027 })
    const run = runAction(ws, { config: 'cluster.yaml' })
    expect(run.code).toBe(1)
    const [error] = commands(run.stdout, 'error')
    expect(error).toMatch(/^::error::/)
    expect(error).toContain('eksctl-version')
    expect(error).toContain('install-eksctl')
    expect(run.outputs).toEqual({})
  })

  it('eksctl-version installed uses `eksctl version` from PATH', () => {
    const ws = workspace({ 'cluster.yaml': karpenterV027 })
    const bin = workspace({ eksctl: '#!/bin/sh\necho 0.120.0\n' })
    chmodSync(path.join(bin, 'eksctl'), 0o755)
    const run = runAction(ws, { config: 'cluster.yaml' }, { PATH: `${bin}:${pathWithoutEksctl()}:/bin:/usr/bin` })
    expect(run.code, run.stdout).toBe(0)
    expect(run.outputs['eksctl-version']).toBe('0.120.0')
    const report = JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8'))
    expect(report.eksctlVersionSource).toBe('installed')
  })

  it('an empty config is an error unless install-eksctl only installs', () => {
    const ws = workspace()
    const run = runAction(ws, { config: '', 'eksctl-version': '0.230.0' })
    expect(run.code).toBe(1)
    expect(commands(run.stdout, 'error')).toEqual([
      '::error::config is empty: name the ClusterConfig files to validate (globs, one per line), or set install-eksctl: true to only install eksctl.'
    ])
  })

  it('a glob that matches nothing and an unknown eksctl-version fail the step with a clear message', () => {
    const ws = workspace({ 'cluster.yaml': karpenterV027 })
    const none = runAction(ws, { config: 'clusters/*.yaml', 'eksctl-version': '0.230.0' })
    expect(none.code).toBe(1)
    expect(commands(none.stdout, 'error')[0]).toContain('clusters/*.yaml')
    const bad = runAction(ws, { config: 'cluster.yaml', 'eksctl-version': 'banana' })
    expect(bad.code).toBe(1)
    expect(commands(bad.stdout, 'error')[0]).toMatch(/^::error::eksctl-version "banana" names no eksctl release/)
    expect(existsSync(path.join(ws, 'reports'))).toBe(false)
  })

  it('refuses a sarif-file outside the workspace before validating, and writes nothing there', () => {
    const ws = workspace({ 'cluster.yaml': karpenterV027 })
    const outside = path.join(path.dirname(ws), `${path.basename(ws)}-outside.sarif`)
    const run = runAction(ws, {
      config: 'cluster.yaml',
      'eksctl-version': '0.230.0',
      'sarif-file': path.relative(ws, outside)
    })
    expect(run.code).toBe(1)
    expect(commands(run.stdout, 'error')).toEqual([
      `::error::sarif-file must be a file inside the workspace (${ws}); got "${path.relative(ws, outside)}"`
    ])
    expect(existsSync(outside)).toBe(false)
  })

  it.skipIf(process.platform === 'win32')(
    'refuses a sarif-file whose folder is a symbolic link out of the workspace, and writes nothing through it',
    () => {
      const ws = workspace({ 'cluster.yaml': karpenterV027 })
      const elsewhere = mkdtempSync(path.join(tmpdir(), 'sarif-elsewhere-'))
      try {
        symlinkSync(elsewhere, path.join(ws, 'reports'))
        for (const sarif of ['reports/preflight.sarif', 'reports/deeper/preflight.sarif']) {
          const run = runAction(ws, { config: 'cluster.yaml', 'eksctl-version': '0.230.0', 'sarif-file': sarif })
          expect(run.code).toBe(1)
          expect(commands(run.stdout, 'error')).toEqual([
            `::error::sarif-file "${sarif}" is in a folder that links outside the workspace (${ws}); write it to a folder of the workspace that is not a symbolic link to elsewhere`
          ])
        }
        expect(readdirSync(elsewhere)).toEqual([])
        // A link that stays inside the workspace is fine.
        mkdirSync(path.join(ws, 'out'))
        symlinkSync(path.join(ws, 'out'), path.join(ws, 'inside'))
        const ok = runAction(ws, {
          config: 'cluster.yaml',
          'eksctl-version': '0.230.0',
          'sarif-file': 'inside/x.sarif'
        })
        expect(commands(ok.stdout, 'error').filter((l) => l.includes('sarif-file'))).toEqual([])
        expect(existsSync(path.join(ws, 'out', 'x.sarif'))).toBe(true)
      } finally {
        rmSync(elsewhere, { recursive: true, force: true })
      }
    }
  )

  it.skipIf(!hasShared)('agrees with the verbatim Karpenter v0.27 config in ../shared/reference', () => {
    const md = readFileSync(path.join(sharedDir, 'reference/karpenter.md'), 'utf8')
    const from = md.indexOf('#### (a) v0.27')
    const start = md.indexOf('```yaml\n', from) + '```yaml\n'.length
    expect(md.slice(start, md.indexOf('```', start))).toBe(karpenterV027)
  })
})
