// End-to-end: `node dist/cli.js validate …` as a user runs it.
import { chmodSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli, workspace, type CliRun } from './support/run-cli.js'
import { standInScript } from './support/fake-eksctl.js'
import { hasShared, sharedDir } from './support/paths.js'
import { reportSchemaValidator, sarifValidator } from './support/schemas.js'
import { karpenterEnv, karpenterV027 } from './support/seed-configs.js'

const minimal = 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: a\n  region: us-east-1\n'

/** Bad input must give a message and an exit code, never a stack trace. */
function noCrash(run: CliRun): void {
  expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/)
  expect(run.stderr).not.toContain('internal error')
}

describe('cli: validate', () => {
  it('prints compiler-style findings with an excerpt for the seed case and exits 1', () => {
    const ws = workspace({ 'cluster.yaml': karpenterV027 })
    const run = runCli(ws, ['validate', 'cluster.yaml', '--eksctl-version', '0.105.0'])
    expect(run.code, run.stderr).toBe(1)
    expect(run.stdout).toContain(
      'cluster.yaml:22:1: error[schema/unknown-field]: `iamIdentityMappings` needs eksctl ≥ 0.112.0 (released 2022-09-19); ' +
        'eksctl 0.105.0 rejects it with `json: unknown field "iamIdentityMappings"`. Upgrade eksctl\n' +
        ' 22 | iamIdentityMappings:\n' +
        '    | ^^^^^^^^^^^^^^^^^^^\n'
    )
    expect(run.stdout).toContain(
      'cluster.yaml: invalid for eksctl 0.105.0; compatible: eksctl 0.120.0 … 0.201.0 only (later releases reject it; schema: eksctl ≥ 0.112.0)\n'
    )
    noCrash(run)
  })

  it('reads stdin with -, expands with --envsubst, and is valid for 0.120.0', () => {
    const ws = workspace()
    const run = runCli(ws, ['validate', '-', '--eksctl-version', '0.120.0', '--envsubst'], {
      input: karpenterV027,
      env: karpenterEnv
    })
    expect(run.code, run.stdout + run.stderr).toBe(0)
    expect(run.stdout).toContain(
      '-: valid for eksctl 0.120.0; compatible: eksctl 0.120.0 … 0.201.0 only (later releases reject it; schema: eksctl ≥ 0.112.0)'
    )
  })

  it('--format json follows the shipped schema; --fail-on never exits 0', () => {
    const ws = workspace({ 'a.yaml': karpenterV027, 'b.yml': minimal })
    const run = runCli(ws, [
      'validate',
      '*.y*ml',
      '--eksctl-version',
      '0.105.0',
      '--format',
      'json',
      '--fail-on',
      'never'
    ])
    expect(run.code).toBe(0)
    const report = JSON.parse(run.stdout)
    const validate = reportSchemaValidator()
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true)
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['a.yaml', 'b.yml'])
    expect(report.summary).toMatchObject({ files: 2, clusterConfigs: 2, errors: 2 })
    expect(report.files.map((f: { minEksctlVersion: string }) => f.minEksctlVersion)).toEqual(['0.120.0', '0.21.0'])
    expect(report.minEksctlVersion).toBe('0.120.0')
  })

  it('--format sarif is valid SARIF 2.1.0; --sarif-file writes the same', () => {
    const ws = workspace({ 'cluster.yaml': karpenterV027 })
    const run = runCli(ws, [
      'validate',
      'cluster.yaml',
      '--eksctl-version',
      '0.105.0',
      '--format',
      'sarif',
      '--sarif-file',
      'out/x.sarif'
    ])
    expect(run.code).toBe(1)
    const log = JSON.parse(run.stdout)
    expect(sarifValidator()(log)).toBe(true)
    expect(readFileSync(path.join(ws, 'out/x.sarif'), 'utf8')).toBe(run.stdout)
    expect(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual([
      'config/unexpanded-placeholder',
      'rules/kubernetes-version-supported',
      'schema/unknown-field'
    ])
    expect(log.runs[0].results[2]).toMatchObject({
      ruleId: 'schema/unknown-field',
      locations: [{ physicalLocation: { region: { startLine: 22, startColumn: 1, endLine: 22, endColumn: 20 } } }]
    })
  })

  it('--format github prints workflow commands', () => {
    const ws = workspace({ 'cluster.yaml': karpenterV027 })
    const run = runCli(ws, ['validate', 'cluster.yaml', '--eksctl-version', '0.105.0', '--format', 'github'])
    expect(run.stdout.split('\n')[1]).toBe(
      '::error title=eksctl-preflight [schema/unknown-field],file=cluster.yaml,line=22,endLine=22,col=1,endColumn=20::' +
        '`iamIdentityMappings` needs eksctl ≥ 0.112.0 (released 2022-09-19); eksctl 0.105.0 rejects it with ' +
        '`json: unknown field "iamIdentityMappings"`. Upgrade eksctl'
    )
  })

  it('usage errors exit 2: no files, unknown option, bad --format, unknown --eksctl-version, no eksctl for installed', () => {
    const ws = workspace({ 'cluster.yaml': minimal })
    for (const args of [
      ['validate'],
      ['validate', 'cluster.yaml', '--colour'],
      ['validate', 'cluster.yaml', '--format', 'xml', '--eksctl-version', 'latest'],
      ['validate', 'cluster.yaml', '--eksctl-version', 'banana']
    ]) {
      const run = runCli(ws, args)
      expect(run.code, args.join(' ')).toBe(2)
      noCrash(run)
    }
    const unknown = runCli(ws, ['validate', 'cluster.yaml', '--eksctl-version', 'banana'])
    // The CLI names its flags, not the action's inputs.
    expect(unknown.stderr).toMatch(/^eksctl-preflight validate: --eksctl-version "banana" names no eksctl release/)
    const installed = runCli(ws, ['validate', 'cluster.yaml'])
    expect(installed.code).toBe(2)
    expect(installed.stderr).toMatch(/^eksctl-preflight validate: eksctl was not found on PATH\./)
    expect(installed.stderr).toContain('--eksctl-version 0.230.0')
    expect(installed.stderr).not.toContain('install-eksctl')
    const option = runCli(ws, ['validate', 'cluster.yaml', '--colour'])
    // One line and a pointer to --help, not the whole help.
    expect(option.stderr).toBe(
      'eksctl-preflight validate: unknown option --colour (see eksctl-preflight validate --help)\n'
    )
  })

  it('--eksctl-version installed (the default) runs `eksctl version` from PATH; a -dev build gets a notice', () => {
    const ws = workspace({ 'cluster.yaml': minimal })
    const bin = workspace({ eksctl: '#!/bin/sh\necho 0.150.0-dev\n' })
    chmodSync(path.join(bin, 'eksctl'), 0o755)
    const run = runCli(ws, ['validate', 'cluster.yaml', '--format', 'json'], {
      env: { PATH: `${bin}:${path.dirname(process.execPath)}:/bin:/usr/bin` }
    })
    expect(run.code, run.stderr).toBe(0)
    const report = JSON.parse(run.stdout)
    expect(report).toMatchObject({
      eksctlVersion: '0.150.0',
      eksctlVersionSource: 'installed',
      eksctlVersionRequested: '0.150.0-dev',
      approximated: true,
      messages: [{ severity: 'notice', message: expect.stringContaining('development build') }]
    })
  })
})

describe.skipIf(!hasShared)('cli: an installed eksctl newer than the bundled data (needs ../shared)', () => {
  it("validates with the binary's own `eksctl utils schema`, caches it, and says corrections do not apply", () => {
    const ws = workspace({ 'cluster.yaml': minimal })
    const schema = readFileSync(path.join(sharedDir, 'eksctl-schemas/schemas/0.230.0.json'), 'utf8')
    const bin = workspace({ eksctl: standInScript({ version: '0.231.0\n', schema }) })
    chmodSync(path.join(bin, 'eksctl'), 0o755)
    const toolCache = workspace()
    const env = { PATH: `${bin}:${path.dirname(process.execPath)}:/bin:/usr/bin`, RUNNER_TOOL_CACHE: toolCache }
    const run = runCli(ws, ['validate', 'cluster.yaml', '--format', 'json'], { env })
    expect(run.code, run.stderr).toBe(0)
    const report = JSON.parse(run.stdout)
    expect(report).toMatchObject({ eksctlVersion: '0.231.0', eksctlVersionSource: 'installed', approximated: false })
    expect(report.messages).toEqual([
      {
        severity: 'notice',
        message: expect.stringContaining('validated with its own schema (`eksctl utils schema`)')
      }
    ])
    expect(readFileSync(path.join(toolCache, 'eksctl-schema/0.231.0/schema.json'), 'utf8')).toBe(schema)
  })

  it('warns and falls back to the newest bundled release when the binary prints no usable schema', () => {
    const ws = workspace({ 'cluster.yaml': minimal })
    const bin = workspace({ eksctl: standInScript({ version: '0.231.0\n', schema: 'not json' }) })
    chmodSync(path.join(bin, 'eksctl'), 0o755)
    const env = { PATH: `${bin}:${path.dirname(process.execPath)}:/bin:/usr/bin`, RUNNER_TOOL_CACHE: workspace() }
    const run = runCli(ws, ['validate', 'cluster.yaml', '--format', 'json'], { env })
    expect(run.code, run.stderr).toBe(0)
    const report = JSON.parse(run.stdout)
    expect(report.eksctlVersion).toBe('0.230.0')
    expect(report.messages[0]).toMatchObject({
      severity: 'warning',
      message: expect.stringContaining('its own schema could not be used')
    })
  })
})

describe('cli: bad input', () => {
  const v = ['--eksctl-version', '0.230.0']
  const cases: {
    name: string
    files: Record<string, string | Buffer>
    args?: string[]
    code: number
    expect: RegExp
  }[] = [
    {
      name: 'YAML syntax error',
      files: { 'c.yaml': minimal + 'vpc: {cidr: [\n' },
      code: 1,
      expect: /^c\.yaml:\d+:\d+: error\[yaml\/syntax\]/m
    },
    {
      name: 'duplicate key',
      files: { 'c.yaml': minimal + 'metadata:\n  name: b\n' },
      code: 1,
      expect: /^c\.yaml:6:1: error\[yaml\/duplicate-key\]/m
    },
    {
      name: 'alias bomb (billion laughs)',
      files: {
        'c.yaml':
          minimal +
          'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' +
          Array.from({ length: 8 }, (_, i) => {
            const p = String.fromCharCode(97 + i)
            const n = String.fromCharCode(98 + i)
            return `${n}: &${n} [*${p},*${p},*${p},*${p},*${p},*${p},*${p},*${p},*${p}]`
          }).join('\n') +
          '\n'
      },
      code: 1,
      expect: /^c\.yaml:\d+:\d+: error\[yaml\/alias-limit\]/m
    },
    {
      name: 'binary file',
      files: { 'c.yaml': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 0]) },
      code: 1,
      expect: /^c\.yaml:1:\d+: error\[config\/binary\]/m
    },
    {
      name: 'non-UTF-8 bytes',
      files: { 'c.yaml': Buffer.concat([Buffer.from(minimal), Buffer.from([0xff, 0xfe, 0x0a])]) },
      code: 1,
      expect: /^c\.yaml:6:\d+: error\[config\/encoding\]/m
    },
    { name: 'empty file', files: { 'c.yaml': '' }, code: 1, expect: /^c\.yaml:1:1: warning\[config\/empty\]/m },
    {
      name: 'non-ClusterConfig YAML',
      files: { 'c.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n' },
      code: 1,
      expect: /^eksctl-preflight: error: The file matched is not an eksctl ClusterConfig /m
    },
    { name: 'glob that matches nothing', files: {}, args: ['nothing/*.yaml'], code: 2, expect: /nothing\/\*\.yaml/ }
  ]
  for (const c of cases) {
    it(`${c.name}: exit ${c.code}, a clear message with a position`, () => {
      const ws = workspace(c.files)
      const run = runCli(ws, ['validate', ...(c.args ?? ['c.yaml']), ...v])
      expect(run.code, run.stdout + run.stderr).toBe(c.code)
      expect(run.stdout + run.stderr).toMatch(c.expect)
      noCrash(run)
    })
  }

  it('a JSON config is validated with positions', () => {
    const ws = workspace({
      'c.json': JSON.stringify(
        {
          apiVersion: 'eksctl.io/v1alpha5',
          kind: 'ClusterConfig',
          metadata: { name: 'a', region: 'us-east-1' },
          iamIdentityMappings: []
        },
        null,
        2
      )
    })
    const run = runCli(ws, ['validate', 'c.json', '--eksctl-version', '0.105.0'])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /^c\.json:8:3: error\[schema\/unknown-field\]: `iamIdentityMappings` needs eksctl ≥ 0\.112\.0/m
    )
  })

  it('a 50 MB file is refused with a message, not read', () => {
    const ws = workspace()
    writeFileSync(path.join(ws, 'c.yaml'), Buffer.alloc(50 * 1024 * 1024, 'a'))
    const run = runCli(ws, ['validate', 'c.yaml', ...v])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^c\.yaml:1:1: error\[config\/too-large\]/m)
    noCrash(run)
  })

  it('with --workspace, a symlink out of the workspace is refused (exit 2), as in the action', () => {
    const outside = workspace({ 'secret.yaml': minimal })
    const ws = workspace()
    symlinkSync(path.join(outside, 'secret.yaml'), path.join(ws, 'c.yaml'))
    const run = runCli(ws, ['validate', 'c.yaml', '--workspace', '.', ...v])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('c.yaml')
    noCrash(run)
  })

  it('without --workspace, a file named on the command line is read through its symlink, shown as named', () => {
    const outside = workspace({ 'secret.yaml': minimal })
    const ws = workspace()
    symlinkSync(path.join(outside, 'secret.yaml'), path.join(ws, 'c.yaml'))
    const run = runCli(ws, ['validate', 'c.yaml', ...v])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain('c.yaml: valid for eksctl')
  })

  it('a glob does not follow a symlink out of the folder it starts from (exit 2)', () => {
    const outside = workspace({ 'secret.yaml': minimal })
    const ws = workspace({ 'clusters/a.yaml': minimal })
    symlinkSync(outside, path.join(ws, 'clusters', 'linked'))
    const run = runCli(ws, ['validate', 'clusters/**/*.yaml', ...v])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('clusters/linked is a symlink to')
    expect(run.stderr).toContain('Name the file itself to read it.')
    noCrash(run)
  })
})
