// The CLI as a terminal user meets it, run as `node dist/cli.js` in real processes: --version, help that fits 80
// columns and exits 0, colour only on a terminal (a real pseudo-terminal from util-linux `script`), --quiet, files
// named outside the current folder read and shown as named, messages that name flags, and text that can neither
// drive the terminal nor the Actions runner.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from './support/paths.js'
import { runCli, workspace, pathWithoutEksctl } from './support/run-cli.js'

const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }
const CLI = path.join(repoRoot, 'dist', 'cli.js')
const v = ['--eksctl-version', '0.230.0']

const ok = [
  'apiVersion: eksctl.io/v1alpha5',
  'kind: ClusterConfig',
  'metadata:',
  '  name: demo',
  '  region: us-west-2',
  ''
].join('\n')
const bad = ok + 'managedNodeGroups:\n  - name: ng\n    minSize: 3\n    desiredCapacity: 2\n'

/** Runs the CLI under a pseudo-terminal (util-linux `script`), so stdout is a TTY as in an interactive shell. */
function runInTerminal(cwd: string, args: string[], env: Record<string, string> = {}): string | null {
  const probe = spawnSync('script', ['--version'], { encoding: 'utf8' })
  if (probe.status !== 0) return null
  const command = [process.execPath, CLI, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ')
  const result = spawnSync('script', ['-qec', command, '/dev/null'], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { PATH: `${pathWithoutEksctl()}:/usr/bin:/bin`, HOME: cwd, TERM: 'xterm', ...env }
  })
  return result.stdout
}

// eslint-disable-next-line no-control-regex -- an ANSI colour sequence is what the test looks for
const SGR = /\u001b\[[0-9;]*m/

describe('CLI: version and help', () => {
  it.each([['--version'], ['-V'], ['validate', '--version']])(
    '%j prints the package version and exits 0',
    (...args) => {
      const run = runCli(repoRoot, args)
      expect(run.code).toBe(0)
      expect(run.stdout).toBe(`eksctl-preflight ${pkg.version}\n`)
    }
  )

  it.each([
    [['--help']],
    [['validate', '--help']],
    [['schema', '--help']],
    [['fields', '--help']],
    [['rules', '--help']],
    [['karpenter', '--help']],
    [['karpenter', 'collect', '--help']],
    [['karpenter', 'analyze', '--help']]
  ])('%j exits 0 with help no wider than 80 columns', (args) => {
    const run = runCli(repoRoot, args)
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout.length).toBeGreaterThan(100)
    for (const line of run.stdout.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80)
  })

  it('no command: the help on stderr, exit 2', () => {
    const run = runCli(repoRoot, [])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('Usage: eksctl-preflight COMMAND')
  })
})

describe('CLI: colour', () => {
  it('is on in a terminal, off with NO_COLOR, --no-color, TERM=dumb or a pipe', () => {
    const ws = workspace({ 'bad.yaml': bad })
    const tty = runInTerminal(ws, ['validate', 'bad.yaml', ...v])
    if (tty === null) {
      console.warn('util-linux `script` is not installed: the terminal half of this test is skipped')
    } else {
      expect(tty).toMatch(SGR)
      expect(tty).toContain('\u001b[31merror\u001b[39m')
      expect(runInTerminal(ws, ['validate', 'bad.yaml', ...v], { NO_COLOR: '1' })).not.toMatch(SGR)
      expect(runInTerminal(ws, ['validate', 'bad.yaml', ...v, '--no-color'])).not.toMatch(SGR)
      expect(runInTerminal(ws, ['--no-color', 'validate', 'bad.yaml', ...v])).not.toMatch(SGR)
      expect(runInTerminal(ws, ['validate', 'bad.yaml', ...v], { TERM: 'dumb' })).not.toMatch(SGR)
      // An empty NO_COLOR does not count (no-color.org).
      expect(runInTerminal(ws, ['validate', 'bad.yaml', ...v], { NO_COLOR: '' })).toMatch(SGR)
    }
    const piped = runCli(ws, ['validate', 'bad.yaml', ...v])
    expect(piped.code).toBe(1)
    expect(piped.stdout).toContain('bad.yaml:9:22: error[rules/nodegroup-size-range]')
    expect(piped.stdout).not.toMatch(SGR)
    expect(runCli(ws, ['validate', 'bad.yaml', ...v], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(SGR)
    // Machine formats never carry colour.
    expect(
      runCli(ws, ['validate', 'bad.yaml', ...v, '--format', 'json'], { env: { FORCE_COLOR: '1' } }).stdout
    ).not.toMatch(SGR)
  })
})

describe('CLI: --quiet', () => {
  it('prints only the findings that fail the run, and nothing for a clean run', () => {
    const ws = workspace({ 'bad.yaml': bad, 'ok.yaml': ok })
    const quiet = runCli(ws, ['validate', 'bad.yaml', 'ok.yaml', ...v, '--quiet'])
    expect(quiet.code).toBe(1)
    expect(quiet.stdout.split('\n')[0]).toBe(
      'bad.yaml:9:22: error[rules/nodegroup-size-range]: cannot use --nodes-min=3 and --nodes=2 at the same time — keep managedNodeGroups[0] at minSize ≤ desiredCapacity ≤ maxSize.'
    )
    expect(quiet.stdout).not.toContain('ok.yaml')
    expect(quiet.stdout).not.toContain('validated against')
    const clean = runCli(ws, ['validate', 'ok.yaml', ...v, '-q'])
    expect(clean).toMatchObject({ code: 0, stdout: '', stderr: '' })
  })
})

describe('CLI: files outside the current folder', () => {
  it('reads a file named by a relative or absolute path outside cwd, and shows the path as given', () => {
    const ws = workspace({ 'project/here/.keep': '', 'elsewhere/c.yaml': bad })
    const cwd = path.join(ws, 'project', 'here')
    const relative = runCli(cwd, ['validate', '../../elsewhere/c.yaml', ...v])
    expect(relative.code, relative.stderr).toBe(1)
    expect(relative.stdout).toContain('../../elsewhere/c.yaml:9:22: error[rules/nodegroup-size-range]')
    expect(relative.stdout).toContain('../../elsewhere/c.yaml: invalid for eksctl 0.230.0')
    const absolute = path.join(ws, 'elsewhere', 'c.yaml')
    const run = runCli(cwd, ['validate', absolute, ...v, '--format', 'json'])
    expect(JSON.parse(run.stdout).files[0].path).toBe(absolute)
    // A glob that starts outside cwd is fine too; its matches are shown relative to cwd.
    const glob = runCli(cwd, ['validate', '../../elsewhere/*.yaml', ...v])
    expect(glob.stdout).toContain('../../elsewhere/c.yaml: invalid')
    // `./c.yaml` stays `./c.yaml`.
    const dotted = runCli(path.join(ws, 'elsewhere'), ['validate', './c.yaml', ...v])
    expect(dotted.stdout).toContain('./c.yaml:9:22:')
  })

  it('with --workspace the action rule applies: outside the workspace is refused', () => {
    const ws = workspace({ 'project/.keep': '', 'elsewhere/c.yaml': ok })
    const run = runCli(path.join(ws, 'project'), ['validate', '../elsewhere/c.yaml', ...v, '--workspace', '.'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('outside the workspace')
  })
})

describe('CLI: the shell language', () => {
  it('names flags, and suggests brew upgrade only for an eksctl that Homebrew installed', () => {
    const ws = workspace({ 'c.yaml': ok + 'iamIdentityMappings: []\n' })
    const old = runCli(ws, ['validate', 'c.yaml', '--eksctl-version', '0.105.0'])
    expect(old.stdout).toContain('Upgrade eksctl\n')
    expect(old.stdout).not.toContain('install-eksctl')
    expect(old.stdout).not.toContain('brew')
    // An eksctl on PATH that lives in a Homebrew Cellar (followed through its symlink, as brew links it).
    const brew = workspace({ 'Cellar/eksctl/0.105.0/bin/eksctl': '#!/bin/sh\necho 0.105.0\n', 'bin/.keep': '' })
    spawnSync('chmod', ['755', path.join(brew, 'Cellar/eksctl/0.105.0/bin/eksctl')])
    spawnSync('ln', ['-s', path.join(brew, 'Cellar/eksctl/0.105.0/bin/eksctl'), path.join(brew, 'bin', 'eksctl')])
    const fromBrew = runCli(ws, ['validate', 'c.yaml'], {
      env: { PATH: `${path.join(brew, 'bin')}:${pathWithoutEksctl()}:/usr/bin:/bin` }
    })
    expect(fromBrew.code, fromBrew.stderr).toBe(1)
    expect(fromBrew.stdout).toContain('Upgrade eksctl (brew upgrade eksctl)')
    const rules = runCli(ws, ['validate', 'c.yaml', ...v, '--rules', 'nope'])
    expect(rules.stderr).toContain('unknown rule or group in --rules "nope"')
  })
})

describe('CLI: text cannot drive the terminal or the runner (issue 12, point 11)', () => {
  it('shows control characters of a key escaped and never prints a line that starts with ::', () => {
    const key = 'evil\u001b[2J\u001b]0;pwned\u0007\n::set-output name=x::y ##[error]boom \u202e'
    const ws = workspace({ 'c.yaml': ok + `  ${JSON.stringify(key)}: 1\n` })
    const run = runCli(ws, ['validate', 'c.yaml', ...v])
    expect(run.code).toBe(1)
    // eslint-disable-next-line no-control-regex
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/)
    expect(run.stdout).toContain('evil\\x1b[2J\\x1b]0;pwned\\x07')
    expect(run.stdout).toContain('\\u202e')
    for (const line of run.stdout.split('\n')) {
      expect(line.trimStart().startsWith('::'), line).toBe(false)
      expect(line.includes('##['), line).toBe(false)
    }
    // The same from a usage error that echoes what was typed, on stderr.
    const usage = runCli(ws, ['validate', 'c.yaml', `--x\u001b[2J`])
    expect(usage.code).toBe(2)
    expect(usage.stderr).toBe(
      'eksctl-preflight validate: unknown option --x\\x1b[2J (see eksctl-preflight validate --help)\n'
    )
    // A file name that is a workflow command.
    mkdirSync(path.join(ws, 'd'))
    writeFileSync(path.join(ws, 'd', '::warning::x.yaml'), bad)
    const named = runCli(path.join(ws, 'd'), ['validate', '::warning::x.yaml', ...v])
    for (const line of named.stdout.split('\n')) expect(line.trimStart().startsWith('::'), line).toBe(false)
    expect(named.stdout).toContain('\\::warning::x.yaml:9:22:')
  })
})
