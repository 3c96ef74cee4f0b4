import { existsSync } from 'node:fs'
import path from 'node:path'
import semver from 'semver'
import { describe, expect, it } from 'vitest'
import { listRules, runRules, ruleGroups } from '../src/rules/index.js'
import { fixtureRelease, fixturesDir, literalFragment, loadDoc, markedLines } from './rules-helpers.js'

const rules = listRules()

describe('rule catalogue', () => {
  it('has at least 25 rules with unique kebab-case ids, known groups and valid release ranges', () => {
    expect(rules.length).toBeGreaterThanOrEqual(25)
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length)
    for (const r of rules) {
      expect(r.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(ruleGroups).toContain(r.group)
      expect(semver.valid(r.since), r.id).toBeTruthy()
      expect(r.summary.length, r.id).toBeGreaterThan(10)
    }
  })

  it('keeps the karpenter group off by default and everything else on', () => {
    for (const r of rules) expect(r.defaultEnabled, r.id).toBe(r.group !== 'karpenter')
  })
})

describe.each(rules.map((r) => [r.id, r] as const))('rule %s', (id, rule) => {
  const bad = path.join(fixturesDir, id, 'bad.yaml')
  const good = path.join(fixturesDir, id, 'good.yaml')

  it('has a breaking and a satisfying fixture', () => {
    expect(existsSync(bad), bad).toBe(true)
    expect(existsSync(good), good).toBe(true)
  })

  it('reports the breaking config at the marked line, quoting eksctl', async () => {
    const doc = await loadDoc(bad)
    const findings = runRules(doc, fixtureRelease(bad), { enable: [id] }).filter((f) => f.ruleId === `rules/${id}`)
    const lines = markedLines(bad)
    expect(lines.length).toBeGreaterThan(0)
    expect(findings.map((f) => f.line)).toEqual(lines)
    for (const f of findings) {
      expect(f.severity).not.toBe('notice')
      expect(f.file).toBe(doc.path)
      expect(f.message).toContain(' — ')
      if (rule.eksctlMessages.length > 0) {
        const fragments = rule.eksctlMessages.map(literalFragment)
        expect(
          fragments.some((frag) => f.message.includes(frag)),
          `${f.message}\nshould quote one of ${JSON.stringify(fragments)}`
        ).toBe(true)
      }
    }
  })

  it('accepts the nearest satisfying config', async () => {
    const doc = await loadDoc(good)
    const findings = runRules(doc, fixtureRelease(good), { enable: [id] }).filter(
      (f) => f.ruleId === `rules/${id}` && f.severity !== 'notice'
    )
    expect(findings).toEqual([])
  })

  it('does not run before the release that introduced it', async () => {
    const before =
      semver.major(rule.since) === 0 && semver.minor(rule.since) > 21 ? `0.${semver.minor(rule.since) - 1}.0` : null
    if (!before) return
    const doc = await loadDoc(bad)
    expect(runRules(doc, before, { enable: [id] }).filter((f) => f.ruleId === `rules/${id}`)).toEqual([])
  })
})
