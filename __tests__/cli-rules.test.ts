import { describe, expect, it } from 'vitest'
import { runCli } from './support/run-cli.js'
import { listRules } from '../src/rules/index.js'
import { repoRoot } from './support/paths.js'

describe('eksctl-preflight rules', () => {
  it('lists every rule with its group, default state and releases', () => {
    const run = runCli(repoRoot, ['rules'])
    expect(run.code, run.stderr).toBe(0)
    const rules = listRules()
    for (const rule of rules) expect(run.stdout).toContain(rule.id)
    expect(run.stdout).toMatch(/^karpenter-discovery-tag\s+karpenter\s+off\s+warning\s+eksctl 0\.21\.0\+$/m)
    expect(run.stdout).toContain(`${rules.length} rules;`)
  })

  it('prints the catalogue as JSON, filtered by group', () => {
    const run = runCli(repoRoot, ['rules', '--group', 'karpenter', '--format', 'json'])
    expect(run.code, run.stderr).toBe(0)
    const rules = JSON.parse(run.stdout) as Array<{ group: string; defaultEnabled: boolean; ruleId: string }>
    expect(rules.length).toBeGreaterThan(0)
    expect(rules.every((r) => r.group === 'karpenter' && !r.defaultEnabled && r.ruleId.startsWith('rules/'))).toBe(true)
  })

  it('rejects an unknown group with exit code 2 and names the groups', () => {
    const run = runCli(repoRoot, ['rules', '--group', 'nope'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('no rule group "nope": groups are metadata')
  })
})
