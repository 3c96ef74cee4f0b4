// Property: whatever text arrives, loading never throws and every position it reports lies inside that text.
import fc from 'fast-check'
import { stringify } from 'yaml'
import { describe, expect, it } from 'vitest'
import { loadConfigs, type LoadedFile } from '../src/config/index.js'
import { insideText } from './config-helpers.js'
import { repoRoot } from './support/paths.js'

async function loadStdin(text: string, envsubst: boolean): Promise<LoadedFile> {
  const files = await loadConfigs({
    patterns: ['-'],
    workspace: repoRoot,
    cwd: repoRoot,
    envsubst,
    env: { SET: 'value', EMPTY: '', MULTI: 'a\nb: c' },
    readStdin: async () => text
  })
  expect(files).toHaveLength(1)
  return files[0]
}

/** JSON pointers of every node in the data (bounded), plus a few that do not exist. */
function pointers(data: unknown, limit = 400): string[] {
  const out = ['', '/missing', '/0/x', '/~1/~0']
  const walk = (v: unknown, p: string): void => {
    if (out.length > limit) return
    out.push(p)
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${p}/${i}`))
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) walk(x, `${p}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`)
  }
  walk(data, '')
  return out.map((p) => [p, `${p}/nope`]).flat()
}

/** Rule ids seen over all runs: shows that the generators reach the interesting cases. */
const seen = new Set<string>()

async function check(text: string, envsubst: boolean): Promise<void> {
  const f = await loadStdin(text, envsubst)
  for (const x of f.findings) seen.add(x.ruleId)
  if (f.document) seen.add('(document)')
  const shown = text.replace(/^\ufeff/, '')
  for (const finding of f.findings) {
    expect(insideText(shown, finding), `${finding.ruleId} ${JSON.stringify(finding)}`).toBe(true)
    expect(finding.file).toBe('-')
    if (finding.ruleId === 'config/unset-variable') {
      // Points exactly at the placeholder in the text as written.
      const line = shown.split('\n')[finding.line - 1]
      expect(line.slice(finding.column - 1, finding.endColumn - 1)).toMatch(/^\$(\{[A-Za-z_]\w*\}|[A-Za-z_]\w*)$/)
      // Its instancePath is a node of the document (or the root).
      if (f.document) expect(f.document.has(finding.instancePath) || finding.instancePath === '').toBe(true)
    }
  }
  const doc = f.document
  if (doc) {
    expect(doc.text).toBe(shown)
    for (const p of pointers(doc.data)) {
      for (const part of ['key', 'value'] as const) {
        const r = doc.locate(p, part)
        expect(insideText(shown, r), `${p} ${part} ${JSON.stringify(r)}`).toBe(true)
      }
    }
  }
}

const key = fc.oneof(
  fc.constantFrom(
    'apiVersion',
    'kind',
    'metadata',
    'name',
    'yes',
    'n',
    'on',
    '<<',
    'a/b',
    'c~d',
    '${SET}',
    '$UNSET',
    ''
  ),
  fc.string({ maxLength: 8 })
)
const scalar = fc.oneof(
  fc.constantFrom(
    'eksctl.io/v1alpha5',
    'ClusterConfig',
    '${SET}',
    '${UNSET}',
    '$MULTI',
    '1.30',
    '0777',
    'off',
    '22:22'
  ),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null)
)
const tree = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('node'), { maxLength: 4 }),
  map: fc.dictionary(key, tie('node'), { maxKeys: 5 })
})).node

const clusterConfig = fc
  .record({ rest: fc.dictionary(key, tree, { maxKeys: 4 }), header: fc.boolean() })
  .map(({ rest, header }) => (header ? { apiVersion: 'eksctl.io/v1alpha5', kind: 'ClusterConfig', ...rest } : rest))

const yamlText = fc
  .tuple(clusterConfig, fc.constantFrom<'block' | 'flow' | 'json'>('block', 'flow', 'json'))
  .map(([value, style]) => {
    if (style === 'json') return JSON.stringify(value, null, 2)
    return stringify(value, { collectionStyle: style === 'flow' ? 'flow' : 'any', version: '1.1' })
  })

const token = fc.constantFrom(
  '&a ',
  '*a',
  '<<: *a\n',
  '---\n',
  '...\n',
  ': ',
  '- ',
  '\t',
  '  ',
  '\n',
  '{',
  '}',
  '[',
  ']',
  '"',
  "'",
  '#',
  '|',
  '>',
  '!tag ',
  '!!binary ',
  '? ',
  '\0',
  '\r\n',
  '\ufeff',
  '\ud800',
  '${',
  '$X',
  '${UNSET}',
  'yes',
  '%YAML 1.1\n',
  ',',
  '@',
  '`'
)
const mutation = fc.record({
  at: fc.nat(),
  del: fc.nat({ max: 6 }),
  insert: fc.oneof(token, fc.string({ maxLength: 6 }), fc.constant(''))
})

function mutate(text: string, ops: { at: number; del: number; insert: string }[]): string {
  let t = text
  for (const op of ops) {
    const at = t.length === 0 ? 0 : op.at % (t.length + 1)
    t = t.slice(0, at) + op.insert + t.slice(at + op.del)
  }
  return t
}

describe('config loader properties (fast-check)', () => {
  it('generated configs, serialized as block YAML, flow YAML or JSON', async () => {
    await fc.assert(
      fc.asyncProperty(yamlText, fc.boolean(), async (text, envsubst) => {
        await check(text, envsubst)
        // Well-formed generated YAML must load without a syntax error.
        const f = await loadStdin(text, false)
        expect(f.findings.filter((x) => x.ruleId === 'yaml/syntax')).toEqual([])
      }),
      { numRuns: 300 }
    )
  })

  it('the same with random text mutations (anchors, aliases, merge keys, tabs, NULs, placeholders…)', async () => {
    await fc.assert(
      fc.asyncProperty(
        yamlText,
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        async (text, ops, envsubst) => {
          await check(mutate(text, ops), envsubst)
        }
      ),
      { numRuns: 600 }
    )
    const expected = ['(document)', 'yaml/syntax', 'yaml/duplicate-key', 'config/not-clusterconfig']
    for (const id of [...expected, 'config/unset-variable', 'config/unexpanded-placeholder'])
      expect(seen, id).toContain(id)
  })

  it('arbitrary strings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), fc.boolean(), async (text, envsubst) => {
        await check(text, envsubst)
      }),
      { numRuns: 300 }
    )
  })
})
