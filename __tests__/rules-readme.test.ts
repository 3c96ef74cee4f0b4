import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { listRules } from '../src/rules/index.js'
import { rulesTable, withTable } from '../scripts/rules-table.js'
import { repoRoot } from './support/paths.js'

// The rules reference lives in docs/rules.md (README links to it).
const readme = readFileSync(path.join(repoRoot, 'docs', 'rules.md'), 'utf8')

describe('docs/rules.md rules section', () => {
  it('holds the table generated from the rule definitions (npx tsx scripts/rules-table.ts --write)', () => {
    expect(withTable(readme)).toBe(readme)
  })

  it('lists every rule id once, inside the rules section', () => {
    const section = readme.slice(
      readme.indexOf('<!-- section: rules -->'),
      readme.indexOf('<!-- end section: rules -->')
    )
    expect(section).toContain(rulesTable())
    for (const r of listRules()) expect(section.split(`| \`${r.id}\` |`).length - 1, r.id).toBe(1)
  })
})
