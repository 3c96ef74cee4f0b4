// YAML syntax errors point at the slip, not where the parser noticed it: a mis-indented key on its own line, an
// unclosed quote at its opening quote, and never a line past the end of the file. The summary line calls them YAML
// syntax errors.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { LoadedFile } from '../src/config/index.js'
import { load, tempWorkspace } from './config-helpers.js'
import { runCli } from './support/run-cli.js'

let ws: { dir: string; cleanup: () => void }
beforeEach(() => {
  ws = tempWorkspace()
})
afterEach(() => ws.cleanup())

const head = 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n'

async function syntaxError(text: string): Promise<LoadedFile['findings'][number]> {
  writeFileSync(path.join(ws.dir, 'c.yaml'), text)
  const [file] = await load(ws.dir, ['c.yaml'])
  const errors = file!.findings.filter((f) => f.ruleId === 'yaml/syntax')
  expect(errors, JSON.stringify(file!.findings)).toHaveLength(1)
  return errors[0]!
}

/** The last line of the text that holds anything but whitespace. */
function lastTextLine(text: string): number {
  return text.trimEnd().split('\n').length
}

describe('YAML syntax error positions', () => {
  it('a key indented deeper than its siblings: reported on its own line, at the key', async () => {
    const e = await syntaxError(head + 'metadata:\n  name: demo\n   region: us-west-2\n')
    expect(e).toMatchObject({ line: 5, column: 4, endLine: 5, endColumn: 10 })
    expect(e.message).toBe(
      'YAML syntax error: `region` is indented deeper than the key on line 4, so YAML reads it as part of that ' +
        "key's value. Indent it like the key it belongs with."
    )
  })

  it('a mis-indented key deeper in the file, under a nested mapping', async () => {
    const e = await syntaxError(head + 'metadata:\n  name: demo\n  tags:\n    team: a\n      owner: b\n')
    expect(e).toMatchObject({ line: 7, column: 7 })
    expect(e.message).toContain('`owner` is indented deeper than the key on line 6')
  })

  it('a key indented less than its siblings: at the key, not at the indentation', async () => {
    const e = await syntaxError(head + 'metadata:\n  name: demo\n region: us-west-2\n')
    expect(e).toMatchObject({ line: 5, column: 2, endColumn: 8 })
    expect(e.message).toContain('`region` does not line up with the keys it belongs with')
  })

  it.each([
    ['double', '"'],
    ['single', "'"]
  ])('an unclosed %s quote: at the opening quote, never past the end of the file', async (_, q) => {
    const text = head + `metadata:\n  name: ${q}demo\n  region: us-west-2\nmanagedNodeGroups:\n  - name: ng\n`
    const e = await syntaxError(text)
    expect(e).toMatchObject({ line: 4, column: 9, endLine: 4, endColumn: 14 })
    expect(e.message).toMatch(/^YAML syntax error: the quote opened here is never closed/)
  })

  it('a quote opened and closed before the unclosed one is not blamed', async () => {
    const e = await syntaxError(head + 'metadata:\n  name: "demo"\n  region: "us-west-2\n')
    expect(e).toMatchObject({ line: 5, column: 11 })
  })

  it('property: a config cut anywhere, or given an unclosed quote, never gets a position past its last line', async () => {
    const config =
      head +
      'metadata:\n  name: "demo"\n  region: us-west-2\n  tags: {team: platform}\nmanagedNodeGroups:\n' +
      "  - name: 'ng-1'\n    instanceType: m5.large\n    labels:\n      role: worker\n"
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: config.length }),
        fc.constantFrom('"', "'", '{', '[', '', ' : x'),
        async (cut, inserted) => {
          const text = config.slice(0, cut) + inserted + config.slice(cut) + '\n\n'
          writeFileSync(path.join(ws.dir, 'c.yaml'), text)
          const [file] = await load(ws.dir, ['c.yaml'])
          for (const f of file!.findings.filter((x) => x.ruleId === 'yaml/syntax')) {
            expect(f.line, `${JSON.stringify(text)} ${f.message}`).toBeLessThanOrEqual(lastTextLine(text))
            expect(f.endLine).toBeLessThanOrEqual(lastTextLine(text))
            const line = text.split('\n')[f.line - 1]!
            expect(f.column).toBeLessThanOrEqual(line.length + 1)
          }
        }
      ),
      { numRuns: 150, seed: 13 }
    )
  })

  it('the CLI summary says "YAML syntax error", not that no eksctl release accepts the file', () => {
    writeFileSync(path.join(ws.dir, 'c.yaml'), head + 'metadata:\n  name: "demo\n')
    const run = runCli(ws.dir, ['validate', 'c.yaml', '--eksctl-version', '0.230.0'])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('c.yaml:4:9: error[yaml/syntax]: YAML syntax error: the quote opened here')
    expect(run.stdout).toContain('c.yaml: not validated: YAML syntax error (see above)')
    expect(run.stdout).toContain('; not validated: c.yaml (YAML syntax error)\n')
    expect(run.stdout).not.toContain('no known eksctl release accepts')
  })
})
