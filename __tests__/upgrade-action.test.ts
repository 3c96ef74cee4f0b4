// The action with compare-eksctl-version: the same configs between that release (or the one the pull request's base
// branch pins, read with git) and eksctl-version. Real processes: `node dist/index.js` with INPUT_* and a real git
// repository whose base commit the shallow checkout does not have.
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { findVersion, readBaseVersion } from '../src/upgrade/base-version.js'
import { repoRoot } from './support/paths.js'
import { runActionSync } from './support/run-action.js'
import { workspace } from './support/run-cli.js'
import { upgradeSchemaValidator } from './support/schemas.js'

const karpenter = readFileSync(path.join(repoRoot, '__tests__/fixtures/config/karpenter-v0.27.yaml'), 'utf8')
const env = { CLUSTER_NAME: 'karpenter-demo', AWS_DEFAULT_REGION: 'us-west-2', AWS_ACCOUNT_ID: '111122223333' }

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd, GIT_CONFIG_NOSYSTEM: '1' }
  }).trim()
}

const workflow = (version: string) => `name: cluster
on: [pull_request]
jobs:
  preflight:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: eksctl-preflight/eksctl-preflight@v0
        with:
          config: karpenter.yaml
          eksctl-version: ${version}
`

/** An origin with main pinning 0.150.0 and a pull request branch moving to 0.230.0; a depth-1 clone of the branch. */
function pullRequestCheckout(): { checkout: string; baseSha: string } {
  const root = workspace()
  const origin = path.join(root, 'origin')
  mkdirSync(path.join(origin, '.github/workflows'), { recursive: true })
  git(root, 'init', '-q', '-b', 'main', origin)
  writeFileSync(path.join(origin, 'karpenter.yaml'), karpenter)
  writeFileSync(path.join(origin, '.github/workflows/cluster.yml'), workflow('0.150.0'))
  git(origin, 'add', '-A')
  git(origin, 'commit', '-q', '-m', 'base')
  const baseSha = git(origin, 'rev-parse', 'HEAD')
  git(origin, 'checkout', '-q', '-b', 'renovate/eksctl')
  writeFileSync(path.join(origin, '.github/workflows/cluster.yml'), workflow('0.230.0'))
  git(origin, 'commit', '-q', '-am', 'chore(deps): update eksctl to 0.230.0')
  const checkout = path.join(root, 'checkout')
  git(root, 'clone', '-q', '--depth', '1', '--branch', 'renovate/eksctl', `file://${origin}`, checkout)
  return { checkout, baseSha }
}

describe('action: compare-eksctl-version', () => {
  it('a release: the lines eksctl-version breaks are annotated as such; summary table, outputs, JSON report', () => {
    const ws = workspace({ 'karpenter.yaml': karpenter })
    const run = runActionSync({
      workspace: ws,
      env,
      inputs: {
        config: 'karpenter.yaml',
        'eksctl-version': '0.230.0',
        envsubst: 'true',
        'compare-eksctl-version': '0.150.0'
      }
    })
    expect(run.code).toBe(1) // the break is an error at 0.230.0: validation fails the step
    expect(run.outputs['compare-eksctl-version']).toBe('0.150.0')
    expect(run.outputs['upgrade-breaks']).toBe('1')
    expect(run.outputs['eksctl-version']).toBe('0.230.0')
    expect(run.stdout).toMatch(
      /^::error title=eksctl-preflight \[rules\/kubernetes-version-supported\],file=karpenter\.yaml,line=7,endLine=7,col=12,endColumn=18::eksctl 0\.230\.0 breaks this line \(eksctl 0\.150\.0 accepts it; changed in 0\.202\.0\): invalid version, 1\.24 is no longer supported/m
    )
    // one annotation for the line, not two
    expect(run.stdout.match(/^::error [^\n]*line=7,/gm)).toHaveLength(1)
    expect(run.summary).toContain('## eksctl-preflight upgrade: ❌ eksctl 0.150.0 → 0.230.0')
    expect(run.summary).toMatch(
      /\| <code>karpenter\.yaml<\/code> \| 7 \| ❌ breaks \| <code>rules\/kubernetes-version-supported<\/code> \| no finding \| error: invalid version, 1\.24 is no longer supported[^|]*\| 0\.202\.0 \| Fix this before moving to eksctl 0\.230\.0/
    )
    const json = JSON.parse(readFileSync(run.outputs['upgrade-report-file']!, 'utf8'))
    expect(upgradeSchemaValidator()(json), JSON.stringify(upgradeSchemaValidator().errors)).toBe(true)
    expect(json.from).toMatchObject({ version: '0.150.0', source: 'flag' })
    expect(json.files[0].changes[0]).toMatchObject({ kind: 'breaks', changedIn: '0.202.0' })
  })

  it('base: reads the release the base branch pins (fetching the base commit a shallow checkout lacks)', () => {
    const { checkout, baseSha } = pullRequestCheckout()
    const eventPath = path.join(checkout, '..', 'event.json')
    writeFileSync(eventPath, JSON.stringify({ pull_request: { base: { sha: baseSha, ref: 'main' } } }))
    const run = runActionSync({
      workspace: checkout,
      env: { ...env, GITHUB_EVENT_PATH: eventPath, GITHUB_BASE_REF: 'main' },
      inputs: {
        config: 'karpenter.yaml',
        'eksctl-version': '0.230.0',
        envsubst: 'true',
        'compare-eksctl-version': 'base',
        'compare-eksctl-version-file': '.github/workflows/cluster.yml'
      }
    })
    expect(run.stdout).toContain(
      `eksctl-preflight: the base branch (${baseSha}) pins eksctl 0.150.0 in .github/workflows/cluster.yml:11 (base commit fetched)`
    )
    expect(run.outputs['compare-eksctl-version']).toBe('0.150.0')
    expect(run.outputs['upgrade-breaks']).toBe('1')
    expect(run.summary).toContain('eksctl 0.150.0 (pinned on the base branch) → 0.230.0')
    const json = JSON.parse(readFileSync(run.outputs['upgrade-report-file']!, 'utf8'))
    expect(json.from).toMatchObject({ version: '0.150.0', source: 'base' })
  })

  it('base with GITHUB_BASE_REF only (a branch name), and a pattern of the user', () => {
    const { checkout } = pullRequestCheckout()
    const run = runActionSync({
      workspace: checkout,
      env: { ...env, GITHUB_BASE_REF: 'main' },
      inputs: {
        config: 'karpenter.yaml',
        'eksctl-version': '0.230.0',
        envsubst: 'true',
        'compare-eksctl-version': 'base',
        'compare-eksctl-version-file': '.github/workflows/cluster.yml',
        'compare-eksctl-version-pattern': 'eksctl-version: (\\S+)'
      }
    })
    expect(run.stdout).toContain('the base branch (main) pins eksctl 0.150.0 in .github/workflows/cluster.yml:11')
    expect(run.outputs['compare-eksctl-version']).toBe('0.150.0')
  })

  it('base that cannot be read fails the step with the reason, and validation still reports', () => {
    const { checkout } = pullRequestCheckout()
    const run = runActionSync({
      workspace: checkout,
      env: { ...env, GITHUB_BASE_REF: 'main' },
      inputs: {
        config: 'karpenter.yaml',
        'eksctl-version': '0.150.0',
        envsubst: 'true',
        'compare-eksctl-version': 'base',
        'compare-eksctl-version-file': 'mise.toml'
      }
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /^::error::compare-eksctl-version-file: mise\.toml does not exist on the base branch \(main\)/m
    )
    expect(run.outputs.valid).toBe('true')
    expect(run.outputs['upgrade-report-file']).toBeUndefined()
    expect(run.summary).toContain('## eksctl-preflight validate')
  })
})

describe('base-version: reading the pinned release', () => {
  it('finds the version in the usual places', () => {
    const cases: Array<[string, string]> = [
      [
        '      - uses: eksctl-preflight/eksctl-preflight@v0\n        with:\n          eksctl-version: "0.201.0"\n',
        '0.201.0'
      ],
      ['ARG EKSCTL_VERSION=v0.190.0\nRUN curl -sL …\n', '0.190.0'],
      ['env:\n  EKSCTL_VERSION: 0.188.0\n', '0.188.0'],
      [
        'curl -sLO https://github.com/eksctl-io/eksctl/releases/download/v0.176.0/eksctl_Linux_amd64.tar.gz\n',
        '0.176.0'
      ],
      ['packages:\n  - name: eksctl-io/eksctl@v0.180.0\n', '0.180.0'],
      ['[tools]\nkubectl = "1.31"\neksctl = "0.210.0"\n', '0.210.0'],
      ['kubectl 1.31.0\neksctl 0.205.0\n', '0.205.0'],
      ['0.199.0\n', '0.199.0']
    ]
    for (const [text, version] of cases) expect(findVersion(text, null)?.version, text).toBe(version)
    expect(findVersion('kubectl 1.31.0\n', null)).toBeNull()
    expect(findVersion('x\nEKSCTL=0.150.0\n', /EKSCTL=(\S+)/)).toEqual({
      version: '0.150.0',
      line: 2,
      text: 'EKSCTL=0.150.0'
    })
  })

  it('refuses a ref that could be an option, a file outside the workspace, and no base at all', async () => {
    const ws = workspace()
    await expect(
      readBaseVersion({ workspace: ws, file: 'a.yml', ref: '--upload-pack=touch x', env: {} })
    ).rejects.toThrow(/compare-base-ref: "--upload-pack=touch x" is not a branch name or commit/)
    await expect(readBaseVersion({ workspace: ws, file: '../a.yml', ref: 'main', env: {} })).rejects.toThrow(
      /must name a file inside the workspace/
    )
    await expect(readBaseVersion({ workspace: ws, file: 'a.yml', env: {}, readEvent: () => null })).rejects.toThrow(
      /run on a pull_request event, or name the branch or commit in compare-base-ref/
    )
    await expect(readBaseVersion({ workspace: ws, file: '', ref: 'main', env: {} })).rejects.toThrow(
      /base needs compare-eksctl-version-file/
    )
  })

  it('every git call is under the deadline: a git that hangs is stopped', async () => {
    const ws = workspace()
    const slowGit = path.join(ws, 'slow-git')
    writeFileSync(slowGit, '#!/bin/sh\nexec sleep 30\n')
    chmodSync(slowGit, 0o755)
    const started = Date.now()
    await expect(
      readBaseVersion({ workspace: ws, file: 'a.yml', ref: 'main', env: {}, git: slowGit, timeoutMs: 500 })
    ).rejects.toThrow(/did not finish before the deadline/)
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(existsSync(slowGit)).toBe(true)
  })
})
