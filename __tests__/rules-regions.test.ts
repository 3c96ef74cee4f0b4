// The region check (rules/region-supported): eksctl's SupportedRegions() per release, generated from its source into
// the inventory (scripts/build-eksctl-inventory.ts, STRING_LISTS), and the rule that refuses a region the release
// does not list, with eksctl's wording and a hint for placeholders, zones, letter case and regions added later.
import { rmSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { goStringConstants, goStringListFunction } from '../scripts/build-eksctl-inventory.js'
import { regionAddedAfter, supportedRegionsAt } from '../src/rules/data/regions.js'
import { looksLikePlaceholderRegion } from '../src/rules/catalogue/region.js'
import { classify } from '../src/rules/inventory/classification.js'
import { constantHistory, entriesFor, inventoryReleases } from '../src/rules/inventory/index.js'
import { runCli, workspace } from './support/run-cli.js'

const UNSUPPORTED = '--region=%s is not supported - use one of: %s'
const cluster = (region: string): string =>
  `apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: demo\n  region: ${region}\n`

const dirs: string[] = []
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})
function validate(region: string, release: string, json = false) {
  const dir = workspace({ 'cluster.yaml': cluster(region) })
  dirs.push(dir)
  return runCli(dir, ['validate', 'cluster.yaml', '--eksctl-version', release, ...(json ? ['--format', 'json'] : [])])
}

describe('supported regions per release (generated)', () => {
  it('reads `func SupportedRegions() []string` lists: identifiers, quoted strings, comments; refuses other shapes', () => {
    const go = [
      'package v1alpha5',
      'const (',
      '\t// RegionUSWest2 represents the US West Region Oregon',
      '\tRegionUSWest2 = "us-west-2"',
      '\tRegionEUWest1 string = "eu-west-1"',
      ')',
      'func SupportedRegions() []string {',
      '\treturn []string{',
      '\t\tRegionUSWest2, // Oregon',
      '\t\tRegionEUWest1,',
      '\t\t"ap-south-9",',
      '\t}',
      '}'
    ].join('\n')
    expect(goStringListFunction(go, 'SupportedRegions')).toEqual(['RegionUSWest2', 'RegionEUWest1', '"ap-south-9"'])
    expect(goStringConstants(go)).toEqual(
      new Map([
        ['RegionUSWest2', 'us-west-2'],
        ['RegionEUWest1', 'eu-west-1']
      ])
    )
    expect(goStringListFunction('package x\n', 'SupportedRegions')).toBeNull()
    expect(() =>
      goStringListFunction('func SupportedRegions() []string {\n\treturn regions()\n}\n', 'SupportedRegions')
    ).toThrow(/not a literal/)
    expect(() =>
      goStringListFunction(
        'func SupportedRegions() []string {\n\treturn []string{\n\t\tpartition.Regions()...,\n\t}\n}\n',
        'SupportedRegions'
      )
    ).toThrow(/unexpected element/)
  })

  it('has one list for every release, region names only, each release in exactly one era', () => {
    const seen = new Array<number>(inventoryReleases.length).fill(0)
    const eras = constantHistory('supportedRegions')
    for (const [value, ranges] of eras) {
      const regions = value.split(',')
      expect(new Set(regions).size).toBe(regions.length)
      for (const r of regions) expect(r).toMatch(/^[a-z]{2}(?:-[a-z]+)+-\d+$/)
      for (const [a, b] of ranges) for (let i = a; i <= b; i++) seen[i]!++
    }
    expect(seen.every((n) => n === 1)).toBe(true)
    const sizes = eras.map(([v, ranges]) => `${inventoryReleases[ranges[0]![0]]}: ${v.split(',').length}`)
    console.log(`supported regions per era (${eras.length} eras): ${sizes.join(', ')}`)
    expect(supportedRegionsAt('0.20.0')).toBeUndefined()
  })

  it('the ErrUnsupportedRegion entry is implemented by region-supported, in every release', () => {
    const entries = entriesFor(UNSUPPORTED)
    expect(entries.length).toBeGreaterThan(0)
    for (const e of entries) expect(classify(e)).toMatchObject({ class: 'implemented', rules: ['region-supported'] })
  })
})

describe('rules/region-supported through the CLI', () => {
  const newest = inventoryReleases.at(-1)!

  it("refuses a placeholder with eksctl's text and the release's own list, at the value's position", () => {
    for (const release of ['0.21.0', '0.150.0', newest]) {
      const run = validate('us-east-x', release)
      expect(run.code, run.stdout + run.stderr).toBe(1)
      const list = supportedRegionsAt(release)!.join(', ')
      expect(run.stdout).toContain(
        `cluster.yaml:5:11: error[rules/region-supported]: --region=us-east-x is not supported - use one of: ${list} — ` +
          '`us-east-x` is a placeholder left from a template'
      )
    }
  })

  it('names placeholders, zones, letter case and typos; ${VAR} and $VAR stay exempt', () => {
    expect(validate('"<region>"', newest).stdout).toContain('`<region>` is a placeholder')
    expect(validate('REGION', newest).stdout).toContain('`REGION` is a placeholder')
    expect(validate('us-west-2a', newest).stdout).toContain('availability zone: its region is `us-west-2`')
    expect(validate('US-WEST-2', newest).stdout).toContain('write `us-west-2`')
    expect(validate('us-wset-2', newest).stdout).toContain('did you mean `us-west-2`?')
    for (const v of ['"${AWS_REGION}"', '$AWS_REGION']) {
      const run = validate(v, newest)
      expect(run.code, run.stdout).toBe(0)
      expect(run.stdout).not.toContain('region-supported')
    }
    expect(validate('eu-central-1', newest).code).toBe(0)
  })

  it('a region a later release adds: the minimum eksctl is that release, derived from the lists', () => {
    const eras = constantHistory('supportedRegions')
    const newestList = eras.find(([, r]) => r.some(([, b]) => b === inventoryReleases.length - 1))![0].split(',')
    const oldest = supportedRegionsAt('0.21.0')!
    const added = newestList.find((r) => !oldest.includes(r))!
    const since = regionAddedAfter(added, '0.21.0')!
    expect(since).not.toBeNull()
    const run = validate(added, '0.21.0', true)
    const report = JSON.parse(run.stdout) as {
      files: { minEksctlVersion: string | null; findings: { ruleId: string; since?: string; message: string }[] }[]
    }
    const finding = report.files[0]!.findings.find((f) => f.ruleId === 'rules/region-supported')!
    expect(finding.since).toBe(since)
    expect(finding.message).toContain(`upgrade eksctl to ≥ ${since}`)
    expect(report.files[0]!.minEksctlVersion).toBe(since)
    expect(validate(added, since).code).toBe(0)
  })

  it('tells placeholders from region names', () => {
    for (const v of ['<region>', 'REGION', 'AWS_REGION', 'your-region', 'us-east-x', 'xx-xxxx-1', '{{ region }}', ' '])
      expect(looksLikePlaceholderRegion(v), v).toBe(true)
    for (const v of ['us-east-1', 'mx-central-1', 'us-isob-east-1', 'US-EAST-1', 'us-wset-2'])
      expect(looksLikePlaceholderRegion(v), v).toBe(false)
  })
})
