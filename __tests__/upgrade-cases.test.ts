// Upgrade impact on real cases: eksctl's own examples between 0.100.0 and 0.230.0, a config using `git` (Flux v1,
// removed from the schema in 0.77.0), the Karpenter v0.27 guide config (Kubernetes 1.24) from 0.150.0 to 0.230.0,
// and an AmazonLinux2 nodegroup on Kubernetes 1.33 across the release that refuses it. Every "changed in" the
// comparison reports is checked against validation itself at that release and the one before it.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { listReleases } from '../src/schemas/index.js'
import { compareReleases, type UpgradeReport } from '../src/upgrade/index.js'
import { toUpgradeJson } from '../src/upgrade/render.js'
import { validateFiles } from '../src/validate/index.js'
import { readHistory } from './support/examples-history.js'
import { hasShared, repoRoot, sharedDir } from './support/paths.js'
import { runCli, workspace } from './support/run-cli.js'
import { upgradeSchemaValidator } from './support/schemas.js'

const examplesDir = path.join(sharedDir, 'eksctl-examples')
const releases = listReleases().map((r) => r.version)
const previous = (v: string): string => releases[releases.indexOf(v) - 1]!
const karpenterFixture = readFileSync(path.join(repoRoot, '__tests__/fixtures/config/karpenter-v0.27.yaml'), 'utf8')
const karpenterEnv = { CLUSTER_NAME: 'karpenter-demo', AWS_DEFAULT_REGION: 'us-west-2', AWS_ACCOUNT_ID: '111122223333' }

/** Severity of the finding (rule id, pointer) when validating the files at `release`; 'none' when there is none. */
async function stateAt(
  ws: string,
  file: string,
  release: string,
  ruleId: string,
  instancePath: string,
  env: Record<string, string> = {}
): Promise<string> {
  const report = await validateFiles({
    patterns: [file],
    workspace: ws,
    cwd: ws,
    env,
    envsubst: Object.keys(env).length > 0,
    eksctlVersion: release
  })
  const f = report.files[0]!.findings.find(
    (x) => x.ruleId === ruleId && x.instancePath === instancePath && !x.suppressed
  )
  return f?.severity ?? 'none'
}

/**
 * Every change, checked against validation: at changedIn it says what B says, at the release before it what A says.
 * For a break or a fix what counts is the error (a notice may come or go at another release on the way).
 */
async function crossCheck(report: UpgradeReport, ws: string, env: Record<string, string> = {}): Promise<number> {
  let checked = 0
  for (const file of report.files) {
    for (const c of file.changes) {
      const project = (severity: string) => (c.kind === 'changed' ? severity : severity === 'error')
      const what = `${file.path} ${c.ruleId} ${c.instancePath}`
      const at = await stateAt(ws, file.path, c.changedIn, c.ruleId, c.instancePath, env)
      const before = await stateAt(ws, file.path, previous(c.changedIn), c.ruleId, c.instancePath, env)
      expect(project(at), `${what} at ${c.changedIn}`).toBe(project(c.to?.severity ?? 'none'))
      expect(project(before), `${what} before ${c.changedIn}`).toBe(project(c.from?.severity ?? 'none'))
      checked++
    }
  }
  return checked
}

describe.skipIf(!hasShared)("eksctl's examples between 0.100.0 and 0.230.0 (needs ../shared)", () => {
  it('reports what each example gains and loses, and where; every changed-in release is confirmed by validation', async () => {
    const report = await compareReleases({
      from: '0.100.0',
      to: '0.230.0',
      patterns: ['*.yaml'],
      workspace: examplesDir,
      cwd: examplesDir,
      env: {}
    })
    expect(report.direction).toBe('upgrade')
    expect(report.summary.files).toBe(48)
    expect(report.summary.clusterConfigs).toBe(48)
    const change = (file: string, ruleId: string, pointer: string) =>
      report.files.find((f) => f.path === file)?.changes.find((c) => c.ruleId === ruleId && c.instancePath === pointer)

    // Fields these examples use that 0.100.0 did not have: fixed by the move, at the release that added them.
    expect(change('45-upgrade-policy-example.yaml', 'schema/unknown-field', '/upgradePolicy')).toMatchObject({
      kind: 'fixed',
      changedIn: '0.216.0',
      foundBy: 'schema-ranges',
      to: null
    })
    expect(change('35-iamidentitymappings.yaml', 'schema/unknown-field', '/iamIdentityMappings')?.changedIn).toBe(
      '0.112.0'
    )
    expect(
      change('32-windows-nodes-with-containerd.yaml', 'schema/enum-value', '/nodeGroups/1/amiFamily')
    ).toMatchObject({ kind: 'fixed', changedIn: '0.116.0' })
    // What the move breaks: Kubernetes 1.22 no longer created from 0.151.0; AmazonLinux2 nodegroups without a
    // metadata.version once the default became 1.34 (0.222.0).
    expect(
      change('29-cluster-with-karpenter.yaml', 'rules/kubernetes-version-supported', '/metadata/version')
    ).toMatchObject({ kind: 'breaks', changedIn: '0.151.0', foundBy: 'bisect', from: null, to: { severity: 'error' } })
    const al2 = change(
      '05-advanced-nodegroups.yaml',
      'rules/amazonlinux2-kubernetes-version',
      '/nodeGroups/0/amiFamily'
    )
    expect(al2).toMatchObject({ kind: 'breaks', changedIn: '0.222.0' })
    expect(al2!.action).toMatch(/AmazonLinux2023/)
    expect(al2!.action).toMatch(/stay below eksctl 0\.222\.0 \(0\.221\.0 is the last release that accepts it\)/)
    expect(report.summary.breaks).toBeGreaterThanOrEqual(5)
    expect(report.summary.fixed).toBeGreaterThanOrEqual(20)

    // Notices: what 0.230.0 adds where a file configures something.
    const notices = report.files.find((f) => f.path === '05-advanced-nodegroups.yaml')!.notices
    expect(notices.find((n) => n.path === '(top level)')?.names.map((n) => n.name)).toContain('upgradePolicy')
    expect(notices.find((n) => n.path === 'nodeGroups[].amiFamily')?.names).toContainEqual({
      name: 'AmazonLinux2023',
      since: '0.176.0'
    })
    // A file that already uses upgradePolicy is not told about it.
    const upgradePolicyFile = report.files.find((f) => f.path === '45-upgrade-policy-example.yaml')!
    expect(upgradePolicyFile.notices.find((n) => n.path === '(top level)')?.names.map((n) => n.name)).not.toContain(
      'upgradePolicy'
    )

    expect(upgradeSchemaValidator()(toUpgradeJson(report)), JSON.stringify(upgradeSchemaValidator().errors)).toBe(true)
    expect(await crossCheck(report, examplesDir)).toBe(
      report.summary.breaks + report.summary.fixed + report.summary.changed
    )
  })
})

const gitConfig = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: flux-v1
  region: eu-north-1
nodeGroups:
  - name: ng-1
    instanceType: m5.large
    desiredCapacity: 1
git:
  repo:
    url: "git@github.com:acme/cluster-gitops.git"
    branch: main
    fluxPath: "flux/"
    user: "gitops"
    email: "gitops@acme.example"
  operator:
    namespace: "flux"
`

describe('a config using git (Flux v1) across 0.77.0', () => {
  it('0.76.0 → 0.77.0 breaks the git key, changed in 0.77.0 (and so from 0.60.0 to 0.100.0)', async () => {
    const ws = workspace({ 'cluster.yaml': gitConfig })
    for (const [from, to] of [
      ['0.76.0', '0.77.0'],
      ['0.60.0', '0.100.0']
    ]) {
      const report = await compareReleases({ from: from!, to: to!, patterns: ['cluster.yaml'], workspace: ws, cwd: ws })
      const changes = report.files[0]!.changes
      expect(changes).toHaveLength(1)
      expect(changes[0]).toMatchObject({
        kind: 'breaks',
        ruleId: 'schema/unknown-field',
        instancePath: '/git',
        line: 10,
        column: 1,
        changedIn: '0.77.0',
        foundBy: 'schema-ranges',
        from: null
      })
      expect(changes[0]!.to!.message).toMatch(/`git` was removed in eksctl 0\.77\.0/)
      expect(changes[0]!.action).toMatch(/stay below eksctl 0\.77\.0 \(0\.76\.0 is the last release that accepts it\)/)
      expect(await crossCheck(report, ws)).toBe(1)
    }
    // The way back: a downgrade from 0.100.0 to 0.60.0 fixes it; the change is still placed at 0.77.0.
    const back = await compareReleases({
      from: '0.100.0',
      to: '0.60.0',
      patterns: ['cluster.yaml'],
      workspace: ws,
      cwd: ws
    })
    expect(back.direction).toBe('downgrade')
    expect(back.files[0]!.changes[0]).toMatchObject({ kind: 'fixed', changedIn: '0.77.0' })
  })

  // The version of examples/21-eks-quickstart-app-dev.yaml that eksctl shipped from 0.21.0 through 0.76.0 (git blob
  // 682e46c, the same at tag 0.76.0; the file is gone at 0.77.0), from the committed history corpus.
  it("eksctl's own 0.76.0 example with git (from the examples history corpus)", async () => {
    const versions = readHistory().filter((v) => v.path === 'examples/21-eks-quickstart-app-dev.yaml')
    expect(versions.map((v) => [v.release, v.blob])).toEqual([['0.21.0', '682e46cb201ea754db0365532ee605413730faa3']])
    const text = versions[0]!.text
    // The text is the blob it names (git hashes "blob <bytes>\0" + content).
    const bytes = Buffer.from(text, 'utf8')
    const blob = createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
    expect(blob).toBe(versions[0]!.blob)
    const ws = workspace({ '21-eks-quickstart-app-dev.yaml': text })
    const report = await compareReleases({
      from: '0.76.0',
      to: '0.230.0',
      patterns: ['*.yaml'],
      workspace: ws,
      cwd: ws
    })
    const git = report.files[0]!.changes.find((c) => c.instancePath === '/git')
    expect(git).toMatchObject({ kind: 'breaks', changedIn: '0.77.0' })
    expect(await crossCheck(report, ws)).toBe(report.files[0]!.changes.length)
  })
})

describe('the Karpenter v0.27 guide config (Kubernetes 1.24) from 0.150.0 to 0.230.0', () => {
  it('1.24 is dropped at 0.202.0, found by bisection and confirmed by validation; JSON from the CLI fits its schema', async () => {
    const ws = workspace({ 'karpenter.yaml': karpenterFixture })
    const run = runCli(
      ws,
      ['upgrade', '--from', '0.150.0', '--to', '0.230.0', '--envsubst', '--format', 'json', 'karpenter.yaml'],
      {
        env: karpenterEnv
      }
    )
    expect(run.stderr).toBe('')
    expect(run.code).toBe(1) // B breaks a line A accepts
    const json = JSON.parse(run.stdout) as UpgradeReport
    expect(upgradeSchemaValidator()(json), JSON.stringify(upgradeSchemaValidator().errors)).toBe(true)
    const file = json.files[0]!
    expect(file.from).toEqual({ valid: true, errors: 0 })
    expect(file.to).toEqual({ valid: false, errors: 1 })
    expect(file.changes).toHaveLength(1)
    expect(file.changes[0]).toMatchObject({
      kind: 'breaks',
      ruleId: 'rules/kubernetes-version-supported',
      instancePath: '/metadata/version',
      line: 7,
      changedIn: '0.202.0',
      foundBy: 'bisect',
      from: null
    })
    expect(file.changes[0]!.to!.message).toMatch(/1\.24 is no longer supported/)
    expect(file.changes[0]!.action).toMatch(/0\.201\.0 is the last release that accepts it/)
    // New for what the file configures: AmazonLinux2023 for its managed nodegroup, upgradePolicy at the top level.
    expect(file.notices.find((n) => n.path === 'managedNodeGroups[].amiFamily')?.names).toContainEqual({
      name: 'AmazonLinux2023',
      since: '0.176.0'
    })
    expect(file.notices.find((n) => n.path === '(top level)')?.names).toContainEqual({
      name: 'upgradePolicy',
      since: '0.216.0'
    })
    expect(await crossCheck(json, ws, karpenterEnv)).toBe(1)
  })

  it('text: what A said, what B says, where it changed, what to do, at the line', () => {
    const ws = workspace({ 'karpenter.yaml': karpenterFixture })
    const run = runCli(ws, ['upgrade', '--from', '0.150.0', '--to', '0.230.0', '--envsubst', 'karpenter.yaml'], {
      env: karpenterEnv
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      'karpenter.yaml:7:12: breaks[rules/kubernetes-version-supported]: changed in eksctl 0.202.0\n' +
        '    eksctl 0.150.0: no finding\n' +
        '    eksctl 0.230.0: error: invalid version, 1.24 is no longer supported'
    )
    expect(run.stdout).toMatch(/ {4}what to do: Fix this before moving to eksctl 0\.230\.0: pick one of 1\.31/)
    expect(run.stdout).toContain(' 7 |   version: "1.24"\n   |            ^^^^^^\n')
    expect(run.stdout).toMatch(
      /karpenter\.yaml: valid for eksctl 0\.150\.0, invalid \(1 error\) for eksctl 0\.230\.0 \(1 break, 0 fixed, 0 other changes\)\n/
    )
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(
      /^1 break, 0 fixed, 0 other changes, \d+ notices in 1 ClusterConfig file; eksctl 0\.150\.0 → 0\.230\.0$/
    )
  })
})

const al2Config = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: al2-133
  region: us-west-2
  version: "1.33"
managedNodeGroups:
  - name: workers
    amiFamily: AmazonLinux2
    instanceType: m6i.large
    desiredCapacity: 2
`

describe('an AmazonLinux2 nodegroup on Kubernetes 1.33', () => {
  it('breaks at 0.209.0, the first release whose defaults refuse it; the github format annotates the line', async () => {
    const ws = workspace({ 'al2.yaml': al2Config })
    const report = await compareReleases({
      from: '0.205.0',
      to: '0.230.0',
      patterns: ['al2.yaml'],
      workspace: ws,
      cwd: ws
    })
    const c = report.files[0]!.changes.find((x) => x.ruleId === 'rules/amazonlinux2-kubernetes-version')
    expect(c).toMatchObject({
      kind: 'breaks',
      instancePath: '/managedNodeGroups/0/amiFamily',
      line: 9,
      changedIn: '0.209.0'
    })
    expect(c!.to!.message).toMatch(/AmazonLinux2 is not supported for Kubernetes version 1\.33/)
    expect(await crossCheck(report, ws)).toBe(report.files[0]!.changes.length)
    // Staying on the same side of 0.209.0 changes nothing.
    const after = await compareReleases({
      from: '0.209.0',
      to: '0.230.0',
      patterns: ['al2.yaml'],
      workspace: ws,
      cwd: ws
    })
    expect(after.files[0]!.changes.filter((x) => x.ruleId === 'rules/amazonlinux2-kubernetes-version')).toEqual([])

    const gh = runCli(ws, ['upgrade', '--from', '0.205.0', '--to', '0.230.0', '--format', 'github', 'al2.yaml'])
    expect(gh.code).toBe(1)
    expect(gh.stdout).toMatch(
      /^::error title=eksctl-preflight upgrade \[rules\/amazonlinux2-kubernetes-version\],file=al2\.yaml,line=9,endLine=9,col=16,endColumn=28::eksctl 0\.230\.0 breaks this line \(eksctl 0\.205\.0 accepts it; changed in 0\.209\.0\)/m
    )
  })
})

describe('without files: the changelog of the schema and the rules', () => {
  it('0.76.0 → 0.77.0 removes git', () => {
    const run = runCli(workspace(), ['upgrade', '--from', '0.76.0', '--to', '0.77.0'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('ClusterConfig changes from eksctl 0.76.0 to 0.77.0\n')
    expect(run.stdout).toContain('Fields removed (1):\n  0.77.0   - git\n')
  })

  it('0.100.0 → 0.230.0: fields, values, Kubernetes versions and rules, each with its release; JSON fits its schema', () => {
    const run = runCli(workspace(), ['upgrade', '--from', '0.100.0', '--to', '0.230.0', '--format', 'json'])
    expect(run.code).toBe(0)
    const json = JSON.parse(run.stdout) as UpgradeReport
    expect(upgradeSchemaValidator()(json), JSON.stringify(upgradeSchemaValidator().errors)).toBe(true)
    const log = json.changelog!
    expect(json.files).toEqual([])
    expect(log.fieldsAdded).toContainEqual({ path: 'upgradePolicy', release: '0.216.0' })
    expect(log.fieldsAdded).toContainEqual({ path: 'iamIdentityMappings', release: '0.112.0' })
    expect(log.valuesAdded).toContainEqual({
      path: 'managedNodeGroups[].amiFamily',
      value: 'AmazonLinux2023',
      release: '0.176.0'
    })
    expect(log.valuesRemoved).toContainEqual({
      path: 'nodeGroups[].amiFamily',
      value: 'Ubuntu1804',
      release: '0.208.0'
    })
    expect(log.kubernetesVersions.dropped).toContain('1.22')
    expect(log.kubernetesVersions.added).toContain('1.33')
    expect(log.kubernetesVersions.approximate).toBe(true)
    expect(log.rulesAdded).toContainEqual(
      expect.objectContaining({ ruleId: 'rules/amazonlinux2-kubernetes-version', release: '0.209.0', optIn: false })
    )
    // The reverse move lists the same things the other way round.
    const back = JSON.parse(
      runCli(workspace(), ['upgrade', '--from', '0.230.0', '--to', '0.100.0', '--format', 'json']).stdout
    )
    expect(back.changelog.fieldsRemoved).toEqual(log.fieldsAdded)
    expect(back.changelog.rulesRemoved).toEqual(log.rulesAdded)
  })

  it('markdown: a changelog a human reads', () => {
    const run = runCli(workspace(), ['upgrade', '--from', '0.150.0', '--to', '0.230.0', '--format', 'markdown'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^## eksctl-preflight upgrade: 📋 eksctl 0\.150\.0 → 0\.230\.0\n/)
    expect(run.stdout).toContain('| 0.216.0 | <code>upgradePolicy</code> |')
    expect(run.stdout).toMatch(/### Kubernetes versions\n\nAdded: [^\n]*1\.33[^\n]*\. Dropped: [^\n]*1\.24/)
  })
})

describe('hostile text', () => {
  it('markdown cells escape file names; text strips control characters', () => {
    const name = 'a|b<img src=x>`.yaml'
    const ws = workspace({ [name]: al2Config })
    const md = runCli(ws, ['upgrade', '--from', '0.205.0', '--to', '0.230.0', '--format', 'markdown', name])
    expect(md.code).toBe(1)
    expect(md.stdout).toContain('<code>a&#124;b&lt;img src=x&gt;&#96;.yaml</code>')
    expect(md.stdout).not.toContain('<img')
    // a raw escape sequence in a comment on the line the excerpt shows
    const ctl = workspace({
      'ctl.yaml': al2Config.replace('amiFamily: AmazonLinux2', 'amiFamily: AmazonLinux2 # \u001b[2J')
    })
    const text = runCli(ctl, ['upgrade', '--from', '0.205.0', '--to', '0.230.0', 'ctl.yaml'])
    expect(text.stdout).toContain(' 9 |     amiFamily: AmazonLinux2 # ')
    expect(text.stdout).not.toContain('\u001b')
  })
})

describe('bad input', () => {
  it('exit code 2 with a message: a missing end, an unknown release, an unknown format', () => {
    const ws = workspace({ 'al2.yaml': al2Config })
    const missing = runCli(ws, ['upgrade', '--from', '0.150.0', 'al2.yaml'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/name both releases: --from A --to B/)
    const unknown = runCli(ws, ['upgrade', '--from', 'banana', '--to', '0.230.0', 'al2.yaml'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/^eksctl-preflight upgrade: --from: eksctl-version "banana" names no eksctl release/)
    const installed = runCli(ws, ['upgrade', '--from', 'installed', '--to', '0.230.0', 'al2.yaml'])
    expect(installed.code).toBe(2)
    expect(installed.stderr).toMatch(/--from: /)
    const format = runCli(ws, ['upgrade', '--from', '0.150.0', '--to', '0.230.0', '--format', 'sarif', 'al2.yaml'])
    expect(format.code).toBe(2)
    expect(format.stderr).toMatch(/--format must be one of text, json, markdown, github/)
  })

  it('a file that is not a ClusterConfig or cannot be parsed is listed, not compared; the run says so', async () => {
    const ws = workspace({
      'broken.yaml': 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: [\n',
      'other.yaml': 'kind: Pod\n'
    })
    const report = await compareReleases({
      from: '0.150.0',
      to: '0.230.0',
      patterns: ['*.yaml'],
      workspace: ws,
      cwd: ws
    })
    expect(report.files.map((f) => [f.path, f.compared])).toEqual([
      ['broken.yaml', false],
      ['other.yaml', false]
    ])
    expect(report.files[0]!.findings[0]!.ruleId).toBe('yaml/syntax')
    expect(report.messages.at(-1)!.severity).toBe('error')
    expect(upgradeSchemaValidator()(toUpgradeJson(report)), JSON.stringify(upgradeSchemaValidator().errors)).toBe(true)
    const run = runCli(ws, ['upgrade', '--from', '0.150.0', '--to', '0.230.0', '*.yaml'])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('broken.yaml: not compared (not readable as an eksctl ClusterConfig)\n')
  })
})
