// The shortcuts that make `upgrade` fast (scripts/bench-upgrade.ts) give the answers of the plain path:
// - a walk told the release rejects the data (the other end's walk said so) skips the plain first walk;
// - the rules that run are remembered per selection content and release, not per selection object;
// - a schema finding's "changed in" steps from range edge to range edge instead of release by release;
// - schema findings are built as literals, with the keys in the order reports have always shown.
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { getStore } from '../src/schemas/index.js'
import { runRules } from '../src/rules/index.js'
import { PairView } from '../src/upgrade/schema-diff.js'
import { evaluateRelease, evaluateWithCompatible } from '../src/validate/evaluate.js'
import { validateFiles } from '../src/validate/index.js'
import { loadConfigs } from '../src/config/index.js'
import { fixturesDir, loadDoc } from './rules-helpers.js'
import { hasShared, sharedDir } from './support/paths.js'
import { workspace } from './support/run-cli.js'

const examplesDir = path.join(sharedDir, 'eksctl-examples')

describe('a walk told that the release rejects the data', () => {
  const base = { apiVersion: 'eksctl.io/v1alpha5', kind: 'ClusterConfig', metadata: { name: 'x', region: 'eu-west-1' } }
  const docs: unknown[] = [
    { ...base, iamIdentityMappings: [{ arn: 'arn:aws:iam::000000000000:role/a', groups: ['g'] }] },
    { ...base, git: { repo: { url: 'x' } }, managedNodeGroups: [{ name: 'a', instanceTyp: 'm5.large' }] },
    { ...base, nodeGroups: [{ name: 1, amiFamily: 'Nope', desiredCapacity: 'two' }] },
    { ...base, metadata: { region: 'eu-west-1' }, vpc: { clusterEndpoints: { publicAccess: 'yes' } } }
  ]

  it('gives the errors and compatible releases of the plain path (inline documents, old and new releases)', () => {
    let rejected = 0
    for (const doc of docs) {
      for (const release of ['0.21.0', '0.77.0', '0.150.0', '0.230.0']) {
        const plain = evaluateWithCompatible(doc, release)
        if (!plain.errors.length) continue
        rejected++
        expect(evaluateWithCompatible(doc, release, { rejected: true })).toEqual(plain)
      }
    }
    expect(rejected).toBeGreaterThan(8)
  })

  it.skipIf(!hasShared)(
    "gives the plain path's errors for eksctl's examples wherever a release rejects one",
    async () => {
      const loaded = await loadConfigs({
        patterns: ['*.yaml'],
        workspace: examplesDir,
        cwd: examplesDir,
        envsubst: false,
        env: {}
      })
      let rejected = 0
      for (const file of loaded) {
        const data = file.document?.data
        if (data === undefined) continue
        for (const release of ['0.21.0', '0.60.0', '0.100.0', '0.190.0']) {
          const plain = evaluateRelease(data, release)
          if (!plain.length) continue
          rejected++
          expect(evaluateRelease(data, release, { rejected: true }), `${file.path} at ${release}`).toEqual(plain)
        }
      }
      expect(rejected).toBeGreaterThan(48)
    }
  )
})

describe('the rules that run, remembered per selection', () => {
  it('equal selections built apart run the same rules; different ones at the same release do not mix', async () => {
    const doc = await loadDoc(path.join(fixturesDir, 'amazonlinux2-kubernetes-version/bad.yaml'))
    const ids = (list: { ruleId: string }[]) => list.map((f) => f.ruleId)
    const all = runRules(doc, '0.230.0', { enable: [], disable: [] })
    expect(ids(all)).toContain('rules/amazonlinux2-kubernetes-version')
    const without = runRules(doc, '0.230.0', { enable: [], disable: ['nodegroups'] })
    expect(ids(without)).not.toContain('rules/amazonlinux2-kubernetes-version')
    expect(runRules(doc, '0.230.0', { enable: [], disable: [] })).toEqual(all)
    expect(runRules(doc, '0.230.0', { disable: ['nodegroups'] })).toEqual(without)
    // a rule re-enabled by id inside a disabled group is another selection
    const back = runRules(doc, '0.230.0', { enable: ['amazonlinux2-kubernetes-version'], disable: ['nodegroups'] })
    expect(ids(back)).toContain('rules/amazonlinux2-kubernetes-version')
    expect(back).toEqual(all)
    // and another release is another set
    expect(ids(runRules(doc, '0.150.0', { enable: [], disable: [] }))).not.toContain(
      'rules/amazonlinux2-kubernetes-version'
    )
  })
})

describe('PairView.boundary with the indices where the state may change', () => {
  it('finds the release the release-by-release walk finds, for states that change several times', () => {
    const n = getStore().releases.length
    let seed = 14
    const random = (k: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % k
    }
    for (let t = 0; t < 400; t++) {
      const a = random(n)
      const b = random(n)
      const view = new PairView({ from: a, to: b })
      // a state that flips at a few random indices (some outside the pair), given as those indices
      const edges = Array.from({ length: random(6) }, () => random(n + 1))
      const state = (i: number) => edges.filter((e) => e <= i).length % 2 === 0
      expect(view.boundary(state, edges), `pair ${a}→${b}, edges ${edges.join(',')}`).toBe(view.boundary(state))
    }
  })
})

describe('schema findings', () => {
  it('keep the keys reports show, in order (since and until only when a release explains the error)', async () => {
    const ws = workspace({
      'c.yaml':
        'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: x\n  region: eu-west-1\n' +
        'iamIdentityMappings: []\nmanagedNodeGroups:\n  - name: a\n    instanceTyp: m5.large\n'
    })
    const report = await validateFiles({
      patterns: ['c.yaml'],
      workspace: ws,
      cwd: ws,
      env: {},
      eksctlVersion: '0.105.0'
    })
    const findings = report.files[0]!.findings.filter((f) => f.ruleId.startsWith('schema/'))
    const keys = findings.map((f) => Object.keys(f).join(','))
    expect(keys).toContain('severity,file,since,until,ruleId,message,instancePath,line,column,endLine,endColumn')
    expect(keys).toContain('severity,file,ruleId,message,instancePath,line,column,endLine,endColumn')
  })
})
