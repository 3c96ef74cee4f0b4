import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { InputError } from '../src/config/index.js'
import { listRules, parseRuleList, RuleSelectionError, runRules, selectRules } from '../src/rules/index.js'
import { fixturesDir, loadDoc } from './rules-helpers.js'

const ids = (sel: Parameters<typeof selectRules>[0]): string[] => selectRules(sel).map((r) => r.id)

describe('rule selection', () => {
  it('runs every default rule and leaves the karpenter group off', () => {
    const on = ids({})
    expect(on).toContain('nodegroup-name-unique')
    expect(on.some((id) => id.startsWith('karpenter-discovery'))).toBe(false)
    expect(on.length).toBe(listRules().filter((r) => r.group !== 'karpenter').length)
  })

  it('enables a group or a single rule, and disables by group or id', () => {
    expect(ids({ enable: ['karpenter'] })).toContain('karpenter-discovery-tag')
    expect(ids({ enable: ['karpenter-eksctl-minimum'] })).toContain('karpenter-eksctl-minimum')
    expect(ids({ enable: ['karpenter-eksctl-minimum'] })).not.toContain('karpenter-discovery-tag')
    expect(ids({ disable: ['nodegroups'] }).some((id) => id.startsWith('nodegroup-'))).toBe(false)
    expect(ids({ disable: ['rules/nodegroup-name-unique'] })).not.toContain('nodegroup-name-unique')
  })

  it('lets an id win over its group, and disable win at the same level', () => {
    expect(ids({ disable: ['nodegroups'], enable: ['nodegroup-name-unique'] })).toContain('nodegroup-name-unique')
    expect(ids({ enable: ['karpenter'], disable: ['karpenter-eksctl-minimum'] })).not.toContain(
      'karpenter-eksctl-minimum'
    )
    expect(ids({ enable: ['karpenter'], disable: ['karpenter'] })).not.toContain('karpenter-discovery-tag')
  })

  it('rejects unknown ids and groups with an input error (exit code 2 in the shells)', () => {
    expect(() => selectRules({ enable: ['karpentr'] })).toThrow(RuleSelectionError)
    expect(() => selectRules({ disable: ['no-such-rule'] })).toThrow(
      /unknown rule or group in `ignore-rules` "no-such-rule"/
    )
    const err = (() => {
      try {
        parseRuleList('karpenter, bogus\nnodegroups')
      } catch (e) {
        return e
      }
      return undefined
    })()
    expect(err).toBeInstanceOf(InputError)
    expect(String(err)).toContain('"bogus"')
  })

  it('parses comma-, space- and newline-separated lists', () => {
    expect(parseRuleList('karpenter, nodegroup-name-unique\nrules/ip-family  vpc')).toEqual([
      'karpenter',
      'nodegroup-name-unique',
      'ip-family',
      'vpc'
    ])
    expect(parseRuleList(['', ' '])).toEqual([])
  })

  it('runs nothing of a disabled group on a real file', async () => {
    const doc = await loadDoc(path.join(fixturesDir, 'nodegroup-name-unique/bad.yaml'))
    expect(runRules(doc, '0.230.0').some((f) => f.ruleId === 'rules/nodegroup-name-unique')).toBe(true)
    expect(
      runRules(doc, '0.230.0', { disable: ['nodegroups'] }).some((f) => f.ruleId.startsWith('rules/nodegroup'))
    ).toBe(false)
  })

  it('accepts v-prefixed and pre-release eksctl versions', async () => {
    const doc = await loadDoc(path.join(fixturesDir, 'upgrade-policy-support-type/bad.yaml'))
    expect(runRules(doc, 'v0.216.0').length).toBeGreaterThan(0)
    expect(runRules(doc, '0.215.0').filter((f) => f.ruleId === 'rules/upgrade-policy-support-type')).toEqual([])
  })
})
