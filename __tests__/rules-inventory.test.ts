// Rule ranges come from eksctl's source: the generated inventory (src/rules/inventory/eksctl-inventory.json) says
// in which releases each exact error text exists; a rule's releases are those of the texts it names, and what it
// reports at a release is a wording that release has. No mirror needed: this checks the committed data.
import path from 'node:path'
import semver from 'semver'
import { describe, expect, it } from 'vitest'
import { catalogue } from '../src/rules/catalogue/index.js'
import { listRules, ruleSpan, runRules } from '../src/rules/index.js'
import {
  describeRanges,
  entriesFor,
  formatPattern,
  formatExistsAt,
  goSprintf,
  intersectRanges,
  inventoryEntries,
  inventoryReleases,
  rangesOf,
  releaseIndex,
  spanOf
} from '../src/rules/inventory/index.js'
import { fixturesDir, loadDoc } from './rules-helpers.js'

describe('eksctl inventory data', () => {
  it('lists releases in order and entries with valid, merged ranges', () => {
    expect(inventoryReleases.length).toBeGreaterThanOrEqual(214)
    for (let i = 1; i < inventoryReleases.length; i++) {
      expect(semver.gt(inventoryReleases[i]!, inventoryReleases[i - 1]!), inventoryReleases[i]).toBe(true)
    }
    const keys = new Set<string>()
    for (const e of inventoryEntries) {
      expect(['error', 'warning', 'part']).toContain(e.kind)
      expect(e.format.length, e.format).toBeGreaterThan(0)
      expect(e.file).toMatch(/^pkg\/.+\.go$/)
      expect(e.ranges.length).toBeGreaterThan(0)
      let prev = -2
      for (const [a, b] of e.ranges) {
        expect(a).toBeLessThanOrEqual(b)
        expect(a).toBeGreaterThan(prev + 1) // sorted, disjoint, not adjacent (adjacent ranges are merged)
        expect(b).toBeLessThan(inventoryReleases.length)
        prev = b
      }
      const key = [e.kind, e.file, e.function, e.via, e.wrap, e.format].join('\0')
      expect(keys.has(key), key).toBe(false)
      keys.add(key)
    }
  })

  it('answers per release, newer and patch releases behaving like the newest listed one before them', () => {
    const name = 'validation for %s failed, name must satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]*'
    expect(describeRanges(rangesOf([name]))).toBe('0.57.0–' + inventoryReleases.at(-1))
    expect(formatExistsAt(name, '0.56.0')).toBe(false)
    expect(formatExistsAt(name, '0.57.0')).toBe(true)
    expect(formatExistsAt(name, '9.0.0')).toBe(true)
    expect(releaseIndex('0.20.0')).toBe(-1)
    expect(releaseIndex(inventoryReleases[5]!)).toBe(5)
  })

  it('formats like Go and matches printed texts back to their format', () => {
    const f = '%[1]s.overrideBootstrapCommand is required when using a custom AMI based on %s (%[1]s.ami)'
    const text = goSprintf(f, 'nodeGroups[0]', 'Ubuntu2004')
    expect(text).toBe(
      'nodeGroups[0].overrideBootstrapCommand is required when using a custom AMI based on Ubuntu2004 (nodeGroups[0].ami)'
    )
    expect(formatPattern(f, true).test(text)).toBe(true)
    expect(goSprintf('%s %q is not unique', 'managedNodeGroups[1].name', 'ng')).toBe(
      'managedNodeGroups[1].name "ng" is not unique'
    )
  })
})

describe('rule ranges derived from the inventory', () => {
  const eksctlRules = catalogue.filter((r) => r.origin !== 'ours')

  it('marks the rules that are ours (the karpenter group) and only those', () => {
    for (const r of catalogue) expect(r.origin === 'ours', r.id).toBe(r.group === 'karpenter')
  })

  it('names only exact format strings of eksctl source (every eksctl rule, every message)', () => {
    const unknown = eksctlRules.flatMap((r) =>
      [...r.eksctlMessages, ...(r.eksctlParts ?? [])]
        .filter((m) => entriesFor(m).length === 0)
        .map((m) => `${r.id}: ${JSON.stringify(m)}`)
    )
    expect(unknown).toEqual([])
    for (const r of eksctlRules) expect(r.eksctlMessages.length, r.id).toBeGreaterThan(0)
  })

  it('has 0 disagreements between a rule range and the inventory', () => {
    const disagreements: string[] = []
    for (const r of eksctlRules) {
      // where a message exists (and, for rules with parts, a part too)
      const messages = rangesOf(r.eksctlMessages)
      const derived = spanOf(r.eksctlParts ? intersectRanges(messages, rangesOf(r.eksctlParts)) : messages)
      const span = ruleSpan(r)
      if (!derived) {
        disagreements.push(`${r.id}: no release has any of its messages`)
        continue
      }
      if (span.since !== derived.since || span.until !== derived.until)
        disagreements.push(`${r.id}: runs ${span.since}–${span.until}, source ${derived.since}–${derived.until}`)
      // a typed range on an eksctl rule is only an assertion, and it must hold
      if (r.since !== undefined && r.since !== derived.since)
        disagreements.push(`${r.id}: typed since ${r.since}, source ${derived.since}`)
      if (r.until !== undefined && r.until !== derived.until)
        disagreements.push(`${r.id}: typed until ${r.until}, source ${derived.until}`)
    }
    expect(disagreements).toEqual([])
    const info = listRules().find((r) => r.id === 'cluster-name-format')!
    expect(info).toMatchObject({ origin: 'eksctl', since: '0.57.0', until: null })
  })

  // Every rule's breaking fixture, validated at every release: what the rule says is a text of that release.
  describe.each(catalogue.map((r) => [r.id, r] as const))('%s', (id, rule) => {
    it('reports at each release only a wording eksctl has at that release', async () => {
      const doc = await loadDoc(path.join(fixturesDir, id, 'bad.yaml'))
      const wrong: string[] = []
      for (const release of inventoryReleases) {
        for (const f of runRules(doc, release, { enable: [id] })) {
          if (f.ruleId !== `rules/${id}` || rule.origin === 'ours' || f.severity === 'notice') continue
          const text = f.message.slice(0, f.message.indexOf(' — '))
          const ok = rule.eksctlMessages.some((m) => formatExistsAt(m, release) && formatPattern(m, true).test(text))
          if (!ok) wrong.push(`${release}: ${text}`)
        }
      }
      expect(wrong.slice(0, 5)).toEqual([])
    })
  })
})
