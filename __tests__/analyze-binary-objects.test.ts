// A file named *.yaml is read as Karpenter objects; when it holds binary content (NUL bytes, bytes that are not
// UTF-8) it is counted as unparsed input with one short warning that never repeats its bytes, in every format.
// Through the built CLI, as a user runs it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from './support/paths.js'
import { runCli, workspace, type CliRun } from './support/run-cli.js'

const SEED = join(repoRoot, '__tests__/fixtures/karpenter-logs/seed-v0.27.3.reconstructed.log')
const OBJECTS = join(repoRoot, '__tests__/fixtures/karpenter-objects/nodeclaims-ec2nodeclasses.yaml')

/** An ELF-like header then 4000 pseudo-random bytes: NULs, newlines, control and high bytes, some ASCII runs. */
function binaryBytes(): Buffer {
  const bytes = Buffer.alloc(4000)
  let seed = 11
  for (let i = 0; i < bytes.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    bytes[i] = seed >> 16
  }
  Buffer.from('\x7fELF\x02\x01\x01\x00', 'latin1').copy(bytes)
  Buffer.from('\n \t\n\n\r\n', 'latin1').copy(bytes, 100) // blank lines, which no count includes
  return bytes
}

/** Lines as the analyzer counts log lines: split at newlines (a CR before one dropped), blank lines not counted. */
const lineCount = (b: Buffer): number =>
  b
    .toString('latin1')
    .split('\n')
    .filter((line) => /[^ \t]/.test(line.replace(/\r$/, ''))).length

const analyze = (cwd: string, args: string[]): CliRun => runCli(cwd, ['karpenter', 'analyze', ...args])

/** Output a terminal or a job summary can take: printable ASCII, newlines, and the ellipsis / dashes we write. */
function expectClean(output: string): void {
  expect(output.replace(/[\x20-\x7e\n…–×·]/g, '')).toBe('')
}

describe('karpenter analyze: a binary file with a .yaml name', () => {
  const bin = binaryBytes()
  const lines = lineCount(bin)
  const dir = workspace({ 'bin.yaml': bin, 'bin.log': bin })

  it('json: counted as unparsed lines, one short warning with the reason, no raw bytes', () => {
    const r = analyze(dir, ['bin.yaml', '--format', 'json'])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    const report = JSON.parse(r.stdout)
    expect(lines).toBeGreaterThan(5)
    expect(report.lines).toEqual({ total: lines, parsed: 0, unparsed: lines })
    expect(report.launches).toEqual([])
    expect(report.problems).toEqual([])
    expect(report.warnings).toHaveLength(1)
    const warning = report.warnings[0] as string
    expect(
      warning.startsWith(
        `${join(dir, 'bin.yaml')}: binary content (a NUL byte at offset 7), not Karpenter objects in YAML or JSON; ` +
          `${lines} line(s) counted as unparsed; it begins ".ELF`
      )
    ).toBe(true)
    // The excerpt: the first 24 bytes, anything but plain ASCII letters, digits and a few marks as '.'.
    expect(warning).toMatch(/ it begins "\.ELF[A-Za-z0-9 .:/-]{20}…"$/)
    expect(warning.length).toBeLessThan(dir.length + 200)
    expectClean(r.stdout)
  })

  it('text and markdown: the same counts and warning, clean and short', () => {
    const text = analyze(dir, ['bin.yaml'])
    expect(text.code).toBe(0)
    expect(text.stdout).toContain(`${lines} log lines, 0 parsed, ${lines} not understood`)
    expect(text.stdout).toMatch(/^warning: .*bin\.yaml: binary content \(a NUL byte at offset 7\)/m)
    expectClean(text.stdout)
    expect(text.stdout.length).toBeLessThan(dir.length + 400)

    const md = analyze(dir, ['bin.yaml', '--format', 'markdown'])
    expect(md.code).toBe(0)
    expect(md.stdout).toContain(`${lines} log lines (0 parsed, ${lines} not understood)`)
    expect(md.stdout).toMatch(/^> .*bin\.yaml: binary content \(a NUL byte at offset 7\).* it begins "\.ELF/m)
    expectClean(md.stdout)
  })

  it('beside a real log: the log is still diagnosed and both count', () => {
    const r = analyze(dir, [SEED, 'bin.yaml', '--format', 'json'])
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout)
    expect(report.lines).toEqual({ total: 5 + lines, parsed: 5, unparsed: lines })
    expect(report.launches.map((l: { instanceId: string }) => l.instanceId)).toEqual(['i-03146cd4d4152a935'])
    expect(report.warnings).toHaveLength(1)
  })

  it('the same bytes as a log file count the same lines', () => {
    const asLog = JSON.parse(analyze(dir, ['bin.log', '--format', 'json']).stdout)
    expect(asLog.lines).toEqual({ total: lines, parsed: 0, unparsed: lines })
  })

  it('bytes that are not UTF-8 (no NUL): the offset of the first one', () => {
    const latin1 = Buffer.from('apiVersion: v1\nkind: List\n# d\xe9faut\nitems: []\n', 'latin1')
    const d = workspace({ 'latin1.yml': latin1 })
    const r = analyze(d, ['latin1.yml', '--format', 'json'])
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout)
    expect(report.lines).toEqual({ total: 4, parsed: 0, unparsed: 4 })
    expect(report.warnings[0]).toContain('latin1.yml: binary content (a byte that is not UTF-8 at offset 29)')
    expect(latin1.indexOf(0xe9)).toBe(29)
    expectClean(r.stdout)
  })

  it('UTF-16 with a BOM (PowerShell redirection of kubectl get -o yaml) is text, not binary', () => {
    const utf8 = readFileSync(OBJECTS, 'utf8')
    const d = workspace({
      'objects.yaml': readFileSync(OBJECTS),
      'objects-utf16.yaml': Buffer.from(`\uFEFF${utf8.replace(/\n/g, '\r\n')}`, 'utf16le')
    })
    const fromUtf8 = JSON.parse(analyze(d, ['objects.yaml', '--format', 'json']).stdout)
    const fromUtf16 = JSON.parse(analyze(d, ['objects-utf16.yaml', '--format', 'json']).stdout)
    expect(fromUtf16.warnings).toEqual([])
    expect(fromUtf16.lines).toEqual({ total: 0, parsed: 0, unparsed: 0 })
    expect(fromUtf16.problems.map((p: { category: string }) => p.category).sort()).toEqual([
      'no-amis',
      'no-subnets',
      'unauthorized'
    ])
    expect(fromUtf16).toEqual(fromUtf8)
  })
})
