// The job summaries render on GitHub as they read (issue 12 points 5 and 9, issue 13): data cannot end a table row,
// open a link, an image or HTML, or start a heading; code spans show their text (no `&lt;`); every summary stays
// under GitHub's 1 MiB step-summary limit and says what it left out. Checked by rendering with markdown-it (a
// CommonMark renderer with GFM tables, raw HTML on as on GitHub), on summaries written by the bundled action and CLI.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import MarkdownIt from 'markdown-it'
import { afterEach, describe, expect, it } from 'vitest'
import { mdCell, mdCode, mdFence, mdMessage, mdText } from '../src/report/markdown-escape.js'
import { renderMarkdown, SUMMARY_MAX_BYTES } from '../src/report/markdown.js'
import { runActionSync } from './support/run-action.js'
import { pathWithoutEksctl, runCli, workspace } from './support/run-cli.js'
import type { FileReport, ValidationReport } from '../src/report/model.js'
import { summarize } from '../src/report/model.js'

const md = new MarkdownIt({ html: true })
const MIB = 1024 * 1024

const made: string[] = []
const ws = (files: Record<string, string> = {}): string => {
  const dir = workspace(files)
  made.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** Elements the summaries may contain: markdown's own, never an element written by data. */
const ALLOWED = new Set([
  'h2',
  'h3',
  'h4',
  'p',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'code',
  'pre',
  'strong',
  'em',
  'blockquote',
  'ul',
  'li',
  'a'
])

function decode(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}

/** What a reader of the rendered summary sees, with the checks every summary must pass. */
function rendered(markdown: string, ownLinks: RegExp = /^$/): { html: string; codes: string[]; rows: number[][] } {
  const html = md.render(markdown)
  const tags = [...html.matchAll(/<([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase())
  expect(
    tags.filter((t) => !ALLOWED.has(t)),
    'elements from data'
  ).toEqual([])
  for (const m of html.matchAll(/<a href="([^"]*)"/g)) expect(m[1], 'a live link from data').toMatch(ownLinks)
  const codes = [...html.matchAll(/<code[^>]*>([\s\S]*?)<\/code>/g)].map((m) => decode(m[1]!))
  for (const c of codes) expect(c, 'an escaped entity shown inside code').not.toMatch(/&(?:lt|gt|amp|quot);/)
  // Each table row: the number of cells of the table's header.
  const rows: number[][] = []
  for (const table of html.matchAll(/<table>([\s\S]*?)<\/table>/g)) {
    rows.push([...table[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => (r[1]!.match(/<t[hd][ >]/g) ?? []).length))
  }
  return { html, codes, rows }
}

const HOSTILE = [
  'a | b',
  'bare\rCR ## heading',
  '[click me](http://evil.example/x)',
  '![img](http://evil.example/i.png)',
  '<img src=x onerror=alert(1)>',
  '</ul><details open><summary>x</summary>',
  '`tick` and ``double`` a<b>&c',
  '<https://evil.example>',
  '*emph* _u_ ~~s~~ $x$ \\ & end'
]

describe('escaping (markdown-escape.ts) with a CommonMark renderer', () => {
  it('plain text, cells, code spans, messages and fences show the data as written, nothing live', () => {
    for (const data of HOSTILE) {
      const flat = data.replace(/\r/g, ' ')
      const table = `| a | b |\n|---|---|\n| ${mdCell(data)} | ${mdCode(data, { inTable: true })} |\n`
      const r = rendered(`${table}\n${mdText(data)}\n\n${mdMessage(`x \`${data}\` y`)}\n\n${mdFence(data)}\n`)
      expect(r.rows).toEqual([[2, 2]])
      expect(r.codes[0]).toBe(flat)
      const cell = /<td>([\s\S]*?)<\/td>/.exec(r.html)![1]!
      expect(decode(cell)).toBe(flat.replace(/\s+/g, ' ').trim())
    }
  })
})

const CONFIG = (key: string): string =>
  [
    'apiVersion: eksctl.io/v1alpha5',
    'kind: ClusterConfig',
    'metadata:',
    '  name: a',
    '  region: eu-west-1',
    `${JSON.stringify(key)}: 1`,
    'nodeGroups:',
    '  - name: ng',
    `    amiFamily: ${JSON.stringify(HOSTILE[4])}`,
    ''
  ].join('\n')

describe('the validation summary (dist)', () => {
  it('hostile keys, values and file names render as text: no HTML, no links, rows intact', () => {
    const files: Record<string, string> = {}
    HOSTILE.forEach((key, i) => (files[`c/${i}-${key.replace(/[/\r]/g, '_').slice(0, 40)}.yaml`] = CONFIG(key)))
    const dir = ws(files)
    const run = runActionSync({
      workspace: dir,
      inputs: { config: 'c/*.yaml', 'eksctl-version': '0.230.0' },
      env: { PATH: pathWithoutEksctl() }
    })
    expect(run.code, run.stderr).toBe(1)
    const r = rendered(run.summary)
    // The file table (header + 9 files, 7 cells each) and one findings table per file (4 cells each).
    expect(r.rows[0]).toEqual(Array(10).fill(7))
    for (const rows of r.rows.slice(1)) for (const cells of rows) expect(cells).toBe(4)
    expect(r.rows).toHaveLength(1 + HOSTILE.length)
    // The unknown keys are shown whole, in code, as written (a CR read as a space). A key holding backticks can
    // only shift where the message's code spans end: still nothing live (checked by rendered()).
    for (const key of HOSTILE.filter((k) => !k.includes('`'))) expect(r.codes).toContain(key.replace(/\r/g, ' '))
    expect(r.html).not.toContain('<details')
    expect(r.html).not.toContain('<img')
  })
})

function bigReport(files: number, findingsPerFile: number, message = (i: number) => `finding ${i}`): ValidationReport {
  const list: FileReport[] = Array.from({ length: files }, (_, f) => ({
    path: `clusters/team-${f}/cluster-${f}.yaml`,
    kind: 'ClusterConfig',
    valid: false,
    compatible: { min: '0.21.0', max: null, gaps: [] },
    minEksctlVersion: '0.21.0',
    maxEksctlVersion: null,
    findings: Array.from({ length: findingsPerFile }, (_, i) => ({
      ruleId: 'schema/unknown-field',
      severity: 'error' as const,
      message: message(i),
      instancePath: `/k${i}`,
      file: `clusters/team-${f}/cluster-${f}.yaml`,
      line: i + 1,
      column: 1,
      endLine: i + 1,
      endColumn: 4
    }))
  }))
  return {
    eksctlVersion: '0.230.0',
    eksctlVersionSource: 'flag',
    eksctlVersionRequested: '0.230.0',
    approximated: false,
    messages: [],
    files: list,
    minEksctlVersion: '0.21.0',
    maxEksctlVersion: null,
    summary: summarize(list, [])
  }
}

describe('the validation summary stays under 1 MiB and says what it left out', () => {
  it.each([
    [2500, 3],
    [20000, 3]
  ])('%i files with %i findings each (engine)', (files, each) => {
    const text = renderMarkdown(bigReport(files, each, (i) => `\`key${i}\` is not known: ${'x'.repeat(180)}`))
    const bytes = Buffer.byteLength(text)
    console.log(`summary for ${files} files: ${bytes} bytes`)
    expect(bytes).toBeLessThan(MIB)
    expect(text).toMatch(/\*\*Not listed here:\*\* \d+ more files in the file table, \d+ more findings\./)
    rendered(text)
  })

  it('a 1.2 MB value is cut in its cell (dist)', () => {
    const huge = 'v'.repeat(1_200_000)
    const dir = ws({ 'big.yaml': CONFIG('k').replace('amiFamily: ', `amiFamily: ${huge}`) })
    const run = runActionSync({
      workspace: dir,
      inputs: { config: 'big.yaml', 'eksctl-version': '0.230.0' },
      env: { PATH: pathWithoutEksctl() }
    })
    const bytes = Buffer.byteLength(run.summary)
    console.log(`summary with a 1.2 MB value: ${bytes} bytes`)
    expect(bytes).toBeLessThan(SUMMARY_MAX_BYTES)
    expect(bytes).toBeGreaterThan(0)
    expect(run.summary).toContain('cut')
    rendered(run.summary)
  })

  it('2,500 files through the action: the summary is written, under 1 MiB (dist)', () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 2500; i++) files[`c/cluster-${i}.yaml`] = CONFIG(`unknownKey${i}`)
    const dir = ws(files)
    const run = runActionSync({
      workspace: dir,
      inputs: { config: 'c/*.yaml', 'eksctl-version': '0.230.0' },
      env: { PATH: pathWithoutEksctl() },
      timeoutMs: 240_000
    })
    const bytes = Buffer.byteLength(run.summary)
    console.log(`summary for 2500 files (dist): ${bytes} bytes`)
    expect(bytes).toBeGreaterThan(100_000)
    expect(bytes).toBeLessThan(MIB)
    expect(run.summary).toContain('**Not listed here:**')
  }, 300_000)
})

describe('the Karpenter summary (dist)', () => {
  it('log lines with CRs, HTML and links render as text inside their places', () => {
    const dir = ws()
    const lines = [
      {
        level: 'ERROR',
        time: '2024-08-04T21:21:43.196Z',
        logger: 'controller',
        message: `boom ${HOSTILE[4]}\r## pwned ${HOSTILE[2]}`,
        commit: '490ef94',
        error: `${HOSTILE[5]}\r\n<img src=y>`
      },
      {
        level: 'INFO',
        time: '2024-06-05T19:21:15.059Z',
        logger: 'controller.nodeclaim.lifecycle',
        message: 'launched nodeclaim',
        commit: '490ef94',
        nodeclaim: `nc|<img src=z>`,
        'provider-id': 'aws:///eu-west-2a/i-0241bcb873a590746',
        'instance-type': HOSTILE[2],
        zone: 'eu-west-2a',
        'capacity-type': 'spot\r| x | y |'
      }
    ]
    mkdirSync(path.join(dir, 'logs'))
    writeFileSync(path.join(dir, 'logs/karpenter.log'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n')
    const run = runCli(dir, ['karpenter', 'analyze', 'logs/karpenter.log', '--format', 'markdown'])
    expect(run.code, run.stderr).toBe(0)
    const r = rendered(run.stdout, /^https:\/\/karpenter\.sh\//)
    expect(r.html).not.toContain('<img')
    expect(r.html).not.toContain('<details')
    expect(r.html).not.toContain('evil.example"')
    // The launches table keeps its 9 columns.
    expect(r.rows[0]).toEqual([9, 9])
    expect(r.html).not.toMatch(/<h[1-6]>[^<]*pwned/)
  })
})
