// eksctl's own examples (v0.230.0): valid for 0.230.0, and each file's compatible.min is the first release whose
// corrected schema accepts it, cross-checked release by release against the schema store.
import { readdirSync } from 'node:fs'
import path from 'node:path'
import semver from 'semver'
import { describe, expect, it } from 'vitest'
import { loadConfigs } from '../src/config/index.js'
import { listReleases } from '../src/schemas/index.js'
import { evaluateRelease } from '../src/validate/evaluate.js'
import { validateFiles } from '../src/validate/index.js'
import { hasShared, sharedDir } from './support/paths.js'

const examplesDir = path.join(sharedDir, 'eksctl-examples')

describe.skipIf(!hasShared)('eksctl examples (needs ../shared/eksctl-examples)', () => {
  const names = hasShared ? readdirSync(examplesDir).filter((n) => /\.ya?ml$/.test(n)) : []

  it('has the 48 examples', () => {
    expect(names).toHaveLength(48)
  })

  it('every example passes the 0.230.0 schema, with compatible.min = first accepting release', async () => {
    const report = await validateFiles({
      patterns: ['*.yaml'],
      workspace: examplesDir,
      cwd: examplesDir,
      env: {},
      eksctlVersion: '0.230.0'
    })
    expect(report.files).toHaveLength(48)
    const loaded = await loadConfigs({
      patterns: ['*.yaml'],
      workspace: examplesDir,
      cwd: examplesDir,
      envsubst: false,
      env: {}
    })
    const releases = listReleases().map((r) => r.version)
    for (const file of report.files) {
      // The schema (with corrections) and the loader accept every example. eksctl's own code checks (rules/…) do
      // flag some: examples pinned to Kubernetes versions 0.230.0 no longer supports, AmazonLinux2 on 1.34.
      const errors = file.findings.filter((f) => f.severity === 'error' && !f.ruleId.startsWith('rules/'))
      expect(errors, `${file.path}: ${errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('\n')}`).toEqual([])
      expect(file.kind).toBe('ClusterConfig')
      const doc = loaded.find((l) => l.path === file.path)!.document!
      const options = { skipValueChecksAt: doc.placeholderPaths }
      const first = releases.find((r) => evaluateRelease(doc.data, r, options).length === 0)
      expect(file.compatible?.min, file.path).toBe(first)
      expect(file.compatible?.max, file.path).toBeNull()
      // The release just before min rejects it, the newest accepts it.
      const before = releases.filter((r) => semver.lt(r, first!)).at(-1)
      if (before) expect(evaluateRelease(doc.data, before, options).length, file.path).toBeGreaterThan(0)
    }
    // One example passes the schema but eksctl's checks reject it in every release the schema accepts: Kubernetes
    // 1.14, which no release from 0.52.0 supports. No release accepts every example, so the report has no overall
    // minimum (not the schema's answer).
    const rejected = ['23-kubeflow-spot-instance.yaml']
    expect(report.files.filter((f) => f.minEksctlVersion === null).map((f) => f.path)).toEqual(rejected)
    // A custom AmazonLinux2 AMI without overrideBootstrapCommand: eksctl requires the command from 0.95.0 (and its
    // checks in pkg/apis/eksctl.io/v1alpha5 say so from that tag on), so the file has a closed window.
    const advanced = report.files.find((f) => f.path === '05-advanced-nodegroups.yaml')!
    expect([advanced.minEksctlVersion, advanced.maxEksctlVersion]).toEqual(['0.52.0', '0.94.0'])
    // A file valid at the target always has a minimum at or below it (hybrid nodes: vpcGatewayID was required only
    // until 0.202.0).
    for (const file of report.files.filter((f) => f.valid))
      expect(file.minEksctlVersion && semver.lte(file.minEksctlVersion, '0.230.0'), file.path).toBe(true)
    expect(report.files.find((f) => f.path === '43-hybrid-nodes.yaml')!.minEksctlVersion).toBe('0.203.0')
    expect(report.minEksctlVersion).toBeNull()
    for (const file of report.files.filter((f) => !rejected.includes(f.path)))
      expect(semver.gte(file.minEksctlVersion!, file.compatible!.min!), file.path).toBe(true)
  })
})
