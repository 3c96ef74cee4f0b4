// The pre-commit hook (.pre-commit-hooks.yaml): its manifest is one pre-commit accepts and points at the committed
// CLI; run exactly as pre-commit runs a `language: script` hook (entry, args, then the file names) it passes a good
// ClusterConfig, fails a bad one and lets other YAML through; and, when pre-commit is installed (.ci/run installs
// Debian's pre-commit), `pre-commit try-repo` runs it on real files in a fresh git repository.
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { repoRoot } from './support/paths.js'

interface Hook {
  id: string
  name: string
  entry: string
  language: string
  files?: string
  types_or?: string[]
  args?: string[]
}

const hooks = parse(readFileSync(path.join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[]
const hook = hooks.find((h) => h.id === 'eksctl-preflight')!

const good = readFileSync(path.join(repoRoot, 'examples', 'karpenter-cluster.yaml'), 'utf8')
const bad = good.replace('desiredCapacity: 2', 'desiredCapacity: 20')
/** `bad-cluster.yaml:LINE:COL: error[rules/nodegroup-size-range]`, at the desiredCapacity value. */
const badLine = bad.split('\n').findIndex((l) => l.includes('desiredCapacity: 20')) + 1
const badError = `bad-cluster.yaml:${badLine}:22: error[rules/nodegroup-size-range]`
const other = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: cluster-autoscaler\n'

let repo: string
beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'preflight-pre-commit-'))
  writeFileSync(path.join(repo, 'good-cluster.yaml'), good)
  writeFileSync(path.join(repo, 'bad-cluster.yaml'), bad)
  writeFileSync(path.join(repo, 'cluster-autoscaler.yaml'), other)
  copyFileSync(path.join(repoRoot, 'README.md'), path.join(repo, 'README.md'))
})
afterAll(() => rmSync(repo, { recursive: true, force: true }))

/** The hook as pre-commit runs it: the entry's script from the hook repository, the rest of entry, args, files. */
function runHook(files: string[]): { code: number | null; out: string } {
  const [script, ...rest] = hook.entry.split(' ')
  const result = spawnSync(path.join(repoRoot, script!), [...rest, ...(hook.args ?? []), ...files], {
    cwd: repo,
    encoding: 'utf8',
    env: { PATH: `${path.dirname(process.execPath)}:/usr/bin:/bin`, HOME: repo }
  })
  return { code: result.status, out: result.stdout + result.stderr }
}

describe('pre-commit hook', () => {
  it('has a manifest pre-commit accepts, running the committed, executable CLI', () => {
    expect(hooks).toHaveLength(1)
    expect(hook).toMatchObject({ id: 'eksctl-preflight', language: 'script' })
    expect(hook.entry).toMatch(/^dist\/cli\.js validate\b/)
    expect(statSync(path.join(repoRoot, 'dist', 'cli.js')).mode & 0o111).not.toBe(0)
    expect(readFileSync(path.join(repoRoot, 'dist', 'cli.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
    const files = new RegExp(hook.files!)
    for (const name of ['cluster.yaml', 'clusters/prod-cluster.yml', 'eksctl/prod.yaml', 'my-cluster.json'])
      expect(files.test(name), name).toBe(true)
    for (const name of ['README.md', '.github/workflows/ci.yml', 'values.yaml'])
      expect(files.test(name), name).toBe(false)
    expect(hook.types_or).toEqual(['yaml', 'json'])
  })

  it('run as pre-commit runs it: passes a good config, fails a bad one, lets other YAML through', () => {
    expect(runHook(['good-cluster.yaml'])).toMatchObject({ code: 0 })
    const failed = runHook(['good-cluster.yaml', 'bad-cluster.yaml'])
    expect(failed.code).toBe(1)
    expect(failed.out).toContain(badError)
    expect(runHook(['cluster-autoscaler.yaml'])).toMatchObject({ code: 0 })
  })

  it('`pre-commit try-repo` runs it on real files', () => {
    if (spawnSync('pre-commit', ['--version']).status !== 0) {
      console.warn('pre-commit is not installed (apt-get install pre-commit): the try-repo check is skipped')
      return
    }
    const git = (...args: string[]): string => execFileSync('git', args, { cwd: repo, encoding: 'utf8' })
    git('init', '-q')
    git('add', '.')
    const env = { ...process.env, PRE_COMMIT_HOME: path.join(repo, '.pre-commit-cache'), PRE_COMMIT_COLOR: 'never' }
    const tryRepo = (files: string[]) =>
      spawnSync('pre-commit', ['try-repo', repoRoot, 'eksctl-preflight', '--files', ...files], {
        cwd: repo,
        encoding: 'utf8',
        env,
        timeout: 120_000
      })
    // One run (pre-commit clones the hook repository each time): the bad file fails the hook, the others pass
    // through it (README.md is not handed to the hook at all).
    const failed = tryRepo(['good-cluster.yaml', 'bad-cluster.yaml', 'cluster-autoscaler.yaml', 'README.md'])
    expect(failed.status, failed.stdout + failed.stderr).toBe(1)
    expect(failed.stdout).toMatch(/eksctl-preflight validate\.+Failed/)
    expect(failed.stdout).toContain(badError)
    expect(failed.stdout).toContain('good-cluster.yaml: valid for eksctl 0.230.0')
    expect(failed.stdout).toContain('cluster-autoscaler.yaml: skipped')
    expect(failed.stdout).not.toContain('README.md')
  })
})
