import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runRules } from '../src/rules/index.js'
import { amiFamiliesFor, resolveAmiFamily } from '../src/rules/data/ami-families.js'
import { kubernetesVersionFacts } from '../src/rules/data/kubernetes-versions.js'
import { eksctlMinimumForKarpenter } from '../src/rules/data/karpenter-guide.js'
import { fixturesDir, loadDoc } from './rules-helpers.js'

const tmp = mkdtempSync(path.join(tmpdir(), 'rules-data-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))
const template = readFileSync(path.join(fixturesDir, '_data/version.yaml.tmpl'), 'utf8')
let n = 0

/** A real file with metadata.version and a managed nodegroup amiFamily filled in. */
async function versionDoc(version: string, amiFamily = 'AmazonLinux2023') {
  const file = path.join(tmp, `v${n++}.yaml`)
  writeFileSync(file, template.replace('${K8S_VERSION}', version).replace('${AMI_FAMILY}', amiFamily))
  return loadDoc(file)
}
const versionFindings = async (version: string, release: string) =>
  runRules(await versionDoc(version), release).filter((f) => f.ruleId === 'rules/kubernetes-version-supported')

describe('Kubernetes versions per release', () => {
  it('follows the static SupportedVersions() lists up to 0.201.0', () => {
    expect(kubernetesVersionFacts('0.21.0')).toMatchObject({
      defaultVersion: '1.16',
      supported: ['1.13', '1.14', '1.15', '1.16']
    })
    expect(kubernetesVersionFacts('0.110.0')).toMatchObject({
      defaultVersion: '1.22',
      latest: '1.23',
      approximate: false
    })
    expect(kubernetesVersionFacts('0.201.0').supported).toEqual([
      '1.23',
      '1.24',
      '1.25',
      '1.26',
      '1.27',
      '1.28',
      '1.29',
      '1.30',
      '1.31'
    ])
  })

  it('rejects a deprecated version with eksctl text and a newer one with the release that added it', async () => {
    expect(await versionFindings('"1.22"', '0.191.0')).toMatchObject([
      {
        line: 6,
        severity: 'error',
        message: expect.stringContaining('invalid version, 1.22 is no longer supported, supported values: 1.23, 1.24')
      }
    ])
    const [newer] = await versionFindings('"1.31"', '0.190.0')
    expect(newer).toMatchObject({ severity: 'error', since: '0.191.0' })
    expect(newer!.message).toContain(
      'invalid version, supported values: 1.23, 1.24, 1.25, 1.26, 1.27, 1.28, 1.29, 1.30'
    )
    expect(newer!.message).toContain('needs eksctl ≥ 0.191.0')
    expect(await versionFindings('"1.9"', '0.191.0')).toMatchObject([
      { message: expect.stringMatching(/^invalid version, supported values/) }
    ])
  })

  it('accepts the listed versions, auto and latest before 0.202.0', async () => {
    for (const v of ['"1.31"', '"1.23"', 'auto', 'latest', '""'])
      expect(await versionFindings(v, '0.201.0')).toEqual([])
  })

  it('from 0.202.0 checks against the EKS calendar and names the calendar date plainly', async () => {
    const ok = await versionFindings('"1.33"', '0.230.0')
    expect(ok).toMatchObject([
      {
        severity: 'notice',
        message:
          'Kubernetes 1.33 is offered by EKS per the EKS version calendar of 2026-08-13 — eksctl 0.230.0 asks EKS for the supported versions when it runs; on a later day the answer may differ.'
      }
    ])
    const old = await versionFindings('"1.29"', '0.230.0')
    expect(old).toMatchObject([{ severity: 'error', message: expect.stringContaining('1.29 is no longer supported') }])
    expect(old[0]!.message).toContain('(per the EKS version calendar of 2026-08-13: eksctl 0.230.0 asks EKS')
    // The window's upper end: 1.29 is accepted up to the last static list, and not by 0.202.0's calendar check.
    expect(old[0]!.until).toBe('0.202.0')
    const future = await versionFindings('"1.40"', '0.230.0')
    expect(future).toMatchObject([
      { severity: 'warning', message: expect.stringContaining('invalid version, supported values') }
    ])
    expect(await versionFindings('auto', '0.230.0')).toEqual([])
  })

  it('skips an unexpanded ${VAR} version', async () => {
    const doc = await loadDoc(path.join(fixturesDir, '_data/placeholder-version.yaml'))
    const findings = runRules(doc, '0.230.0')
    expect(findings.filter((f) => f.ruleId === 'rules/kubernetes-version-supported')).toEqual([])
    expect(findings.filter((f) => f.ruleId === 'rules/amazonlinux2-kubernetes-version')).toEqual([])
    expect(findings.filter((f) => f.ruleId === 'rules/cluster-name-format')).toEqual([])
  })
})

describe('AMI families per release', () => {
  it('adds and removes families at the releases the schema enum did', () => {
    expect(amiFamiliesFor('0.30.0')).toEqual([])
    expect(amiFamiliesFor('0.175.0')).not.toContain('AmazonLinux2023')
    expect(amiFamiliesFor('0.176.0')).toContain('AmazonLinux2023')
    expect(amiFamiliesFor('0.208.0')).not.toContain('Ubuntu1804')
    expect(amiFamiliesFor('0.230.0')).toHaveLength(18)
  })

  it('matches case-insensitively from 0.86.0 only', async () => {
    expect(resolveAmiFamily('0.85.0', 'bottlerocket')).toBeNull()
    expect(resolveAmiFamily('0.86.0', 'bottlerocket')).toBe('Bottlerocket')
    const doc = await versionDoc('auto', 'amazonlinux2023')
    expect(runRules(doc, '0.230.0').filter((f) => f.ruleId === 'rules/ami-family-supported')).toEqual([])
    const [f] = runRules(doc, '0.175.0').filter((x) => x.ruleId === 'rules/ami-family-supported')
    expect(f).toMatchObject({ line: 9, since: '0.176.0' })
    expect(f!.message).toContain('AMI Family amazonlinux2023 is not supported - use one of: AmazonLinux2, Ubuntu2004')
  })

  it('reports the removed Windows 20H2 family as deprecated', async () => {
    const [f] = runRules(await versionDoc('auto', 'WindowsServer20H2CoreContainer'), '0.150.0').filter(
      (x) => x.ruleId === 'rules/ami-family-supported'
    )
    expect(f!.message).toContain('AMI Family WindowsServer20H2CoreContainer is deprecated')
  })

  it('rejects AmazonLinux2 for the default Kubernetes version when the release defaults to ≥ 1.33', async () => {
    const doc = await loadDoc(path.join(fixturesDir, '_data/no-version-al2.yaml'))
    const al2 = (release: string) =>
      runRules(doc, release).filter((f) => f.ruleId === 'rules/amazonlinux2-kubernetes-version')
    expect(al2('0.230.0')).toMatchObject([
      { line: 8, message: expect.stringContaining('AmazonLinux2 is not supported for Kubernetes version 1.34') }
    ])
    expect(al2('0.221.0')).toEqual([]) // default 1.32
    const explicit = await versionDoc('"1.33"', 'AmazonLinux2')
    // the check first appears in 0.209.0 (pkg/apis/eksctl.io/v1alpha5/defaults.go, SetNodeGroupDefaults)
    expect(runRules(explicit, '0.208.0').filter((f) => f.ruleId === 'rules/amazonlinux2-kubernetes-version')).toEqual(
      []
    )
  })
})

describe('Karpenter guide eksctl minimums', () => {
  it('maps docs versions to the stated eksctl minimum', () => {
    expect(eksctlMinimumForKarpenter('v0.27.6')).toBeNull()
    expect(eksctlMinimumForKarpenter('0.33.0')).toBe('0.165.0')
    expect(eksctlMinimumForKarpenter('0.36.2')).toBe('0.169.0')
    expect(eksctlMinimumForKarpenter('"0.37.6"'.replace(/"/g, ''))).toBe('0.180.0')
    expect(eksctlMinimumForKarpenter('1.1.0')).toBe('0.191.0')
    expect(eksctlMinimumForKarpenter('1.14.1')).toBe('0.202.0')
  })
})
