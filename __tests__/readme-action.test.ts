// README's inputs/outputs tables and action.yml must say the same thing: names, defaults, descriptions; the validate
// reference (docs/validation.md) documents the CLI, the JSON contract, exit codes, SARIF and annotation limits.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { repoRoot } from './support/paths.js'

interface ActionYml {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>
  outputs: Record<string, { description: string }>
}

const action = parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as ActionYml
const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8')
const validationDoc = readFileSync(path.join(repoRoot, 'docs', 'validation.md'), 'utf8')

/** Rows of the first Markdown table whose header starts with `| <first> |`. */
function table(first: string): string[][] {
  const lines = readme.split('\n')
  const start = lines.findIndex((l) => l.startsWith(`| ${first} |`))
  expect(start, `README has a table starting with "| ${first} |"`).toBeGreaterThanOrEqual(0)
  const rows: string[][] = []
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break
    rows.push(
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim())
    )
  }
  return rows
}

const unquote = (cell: string): string => cell.replace(/^`(.*)`$/, '$1')

describe('README and action.yml agree', () => {
  it('lists every input with the same default and description, in the same order', () => {
    const rows = table('Input')
    expect(rows.map((r) => unquote(r[0]!))).toEqual(Object.keys(action.inputs))
    for (const [name, defaultCell, description] of rows) {
      const input = action.inputs[unquote(name!)]!
      const want = input.default === undefined || input.default === '' ? '(empty)' : input.default
      expect(defaultCell === '(empty)' ? '(empty)' : unquote(defaultCell!), `default of ${name}`).toBe(want)
      expect(description, `description of ${name}`).toBe(input.description.trim())
    }
  })

  it('lists every output with the same description, in the same order', () => {
    const rows = table('Output')
    expect(rows.map((r) => unquote(r[0]!))).toEqual(Object.keys(action.outputs))
    for (const [name, description] of rows) {
      expect(description, `description of ${name}`).toBe(action.outputs[unquote(name!)]!.description.trim())
    }
  })

  it('documents the validate section (docs/validation.md): CLI usage, JSON contract, exit codes, SARIF upload, annotation limits', () => {
    const start = validationDoc.indexOf('<!-- section: validate -->')
    const end = validationDoc.indexOf('<!-- end section: validate -->')
    expect(start, 'docs/validation.md has the validate section markers').toBeGreaterThanOrEqual(0)
    expect(end).toBeGreaterThan(start)
    const section = validationDoc.slice(start, end)
    for (const needle of [
      'eksctl-preflight validate',
      '--eksctl-version',
      '--fail-on',
      '--format',
      '"eksctlVersionSource"',
      'schemas-report/validation-report.schema.json',
      'Exit code',
      'github/codeql-action/upload-sarif',
      'schema/unknown-field',
      '10 error, 10 warning and 10 notice annotations'
    ])
      expect(section, needle).toContain(needle)
  })
})
