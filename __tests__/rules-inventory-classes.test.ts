// Every entry of the eksctl inventory is classified: implemented by a rule (derived from the rules' exact format
// strings), or by the first matcher of src/rules/inventory/classification.ts with a one-line reason. The README
// coverage table is generated from the same data.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { catalogue } from '../src/rules/catalogue/index.js'
import { classifiers, classify, coverageAt } from '../src/rules/inventory/classification.js'
import { entriesFor, inventoryEntries, inventoryReleases } from '../src/rules/inventory/index.js'
import {
  COVERAGE_START,
  SOURCES_START,
  ruleSourcesTable,
  withCoverage,
  withRuleSources
} from '../scripts/coverage-table.js'
import { repoRoot } from './support/paths.js'

describe('inventory classification', () => {
  it('leaves no entry unclassified', () => {
    const missing = inventoryEntries.filter((e) => !classify(e)).map((e) => `${e.file} ${e.function}: ${e.format}`)
    expect(missing).toEqual([])
  })

  it('gives every classification a one-line reason, and every matcher still matches an entry', () => {
    for (const c of classifiers) {
      expect(c.reason.length).toBeGreaterThan(10)
      expect(c.reason).not.toContain('\n')
    }
    const used = new Set(inventoryEntries.map((e) => classify(e)?.classifier).filter((i) => i !== undefined))
    const unused = classifiers.map((c, i) => (used.has(i) ? null : `${i}: ${c.reason}`)).filter(Boolean)
    // a matcher whose entries are all implemented by rules is fine; one that matches nothing at all is stale
    const stale = unused.filter((_, k) => {
      const c = classifiers[Number(unused[k]!.split(':')[0])]!
      return !inventoryEntries.some(
        (e) =>
          (!c.kind || c.kind === e.kind) &&
          (!c.file || c.file.test(e.file)) &&
          (!c.function || c.function.test(e.function)) &&
          (!c.format || c.format.test(e.format))
      )
    })
    expect(stale).toEqual([])
  })

  it('derives implemented entries from the rules: a rule naming a format implements every entry with it', () => {
    for (const rule of catalogue) {
      if (rule.origin === 'ours') continue
      for (const f of [...rule.eksctlMessages, ...(rule.eksctlParts ?? [])]) {
        for (const e of entriesFor(f)) {
          expect(classify(e), `${rule.id}: ${f}`).toMatchObject({ class: 'implemented' })
          expect(classify(e)!.rules).toContain(rule.id)
        }
      }
    }
    // and nothing else is implemented
    const names = new Set(catalogue.flatMap((r) => [...r.eksctlMessages, ...(r.eksctlParts ?? [])]))
    for (const e of inventoryEntries) {
      if (classify(e)?.class === 'implemented') expect(names.has(e.format), e.format).toBe(true)
    }
  })

  it('reports coverage of the offline-decidable entries of the newest release', () => {
    const cov = coverageAt(inventoryReleases.length - 1)
    expect(cov.offline).toBeGreaterThan(100)
    expect(cov.implemented).toBeGreaterThan(0)
    expect(cov.implemented).toBeLessThanOrEqual(cov.offline)
  })
})

describe('generated coverage tables', () => {
  it('README holds the coverage table generated from the inventory (npx tsx scripts/coverage-table.ts --write)', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8')
    expect(readme).toContain(COVERAGE_START)
    expect(withCoverage(readme)).toBe(readme)
  })

  it('docs/rules.md holds, per rule, the eksctl function it mirrors', () => {
    const doc = readFileSync(path.join(repoRoot, 'docs/rules.md'), 'utf8')
    expect(doc).toContain(SOURCES_START)
    expect(withRuleSources(doc)).toBe(doc)
    expect(ruleSourcesTable()).toContain('| `cluster-name-format` | v1alpha5/validation.go ErrInvalidName | 0.57.0–')
    for (const r of catalogue) expect(ruleSourcesTable()).toContain(`| \`${r.id}\` |`)
  })
})
