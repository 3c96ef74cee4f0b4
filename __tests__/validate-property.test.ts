// Property: whatever YAML a user feeds in, validateFiles returns a report (never throws) and every position it
// reports lies inside the file.
import { mkdtempSync, realpathSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { validateFiles } from '../src/validate/index.js'

const knownKeys = [
  'apiVersion',
  'kind',
  'metadata',
  'name',
  'region',
  'version',
  'iam',
  'withOIDC',
  'iamIdentityMappings',
  'managedNodeGroups',
  'nodeGroups',
  'instanceType',
  'amiFamily',
  'taints',
  'labels',
  'vpc',
  'cidr',
  'subnets',
  'addons',
  'desiredCapacity'
]

const scalar = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('yes', 'no', 'on', '${CLUSTER_NAME}', 'AmazonLinux2023', '1.30', 'eksctl.io/v1alpha5')
)
const key = fc.oneof(fc.constantFrom(...knownKeys), fc.string({ minLength: 1, maxLength: 10 }))
const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 5 })
  )
}))
const clusterConfig = fc
  .dictionary(key, value, { maxKeys: 8 })
  .map((rest) => ({ apiVersion: 'eksctl.io/v1alpha5', kind: 'ClusterConfig', ...rest }))

/** Text to validate: a serialized config, sometimes damaged (cut, a character spliced in, a second document). */
const documentText = fc
  .tuple(
    clusterConfig,
    fc.constantFrom('none', 'cut', 'splice', 'second', 'flow'),
    fc.nat(),
    fc.constantFrom(':', '{', '[', '&a', '*a', '\t', '"', '- ', '\n  ', '<<: *a')
  )
  .map(([doc, damage, at, piece]) => {
    const text = damage === 'flow' ? stringify(doc, { collectionStyle: 'flow' }) : stringify(doc)
    const i = text.length ? at % text.length : 0
    if (damage === 'cut') return text.slice(0, i)
    if (damage === 'splice') return text.slice(0, i) + piece + text.slice(i)
    if (damage === 'second') return text + '---\n' + text
    return text
  })

describe('validateFiles on random YAML', () => {
  const ws = realpathSync(mkdtempSync(path.join(tmpdir(), 'preflight-prop-')))
  it('never throws and reports positions inside the file', async () => {
    await fc.assert(
      fc.asyncProperty(documentText, async (text) => {
        writeFileSync(path.join(ws, 'c.yaml'), text)
        const report = await validateFiles({
          patterns: ['c.yaml'],
          workspace: ws,
          cwd: ws,
          env: {},
          eksctlVersion: '0.230.0'
        })
        const lines = text.split(/\r?\n/)
        for (const f of report.files.flatMap((x) => x.findings)) {
          const where = `${f.ruleId} ${f.line}:${f.column}-${f.endLine}:${f.endColumn} in ${JSON.stringify(text)}`
          expect(f.line, where).toBeGreaterThanOrEqual(1)
          expect(f.endLine, where).toBeGreaterThanOrEqual(f.line)
          expect(f.endLine, where).toBeLessThanOrEqual(Math.max(1, lines.length))
          expect(f.column, where).toBeGreaterThanOrEqual(1)
          expect(f.column, where).toBeLessThanOrEqual((lines[f.line - 1] ?? '').length + 1)
          expect(f.endColumn, where).toBeLessThanOrEqual((lines[f.endLine - 1] ?? '').length + 1)
          if (f.line === f.endLine) expect(f.endColumn, where).toBeGreaterThanOrEqual(f.column)
          expect(f.message.length).toBeGreaterThan(0)
        }
      }),
      { numRuns: 300 }
    )
  })
})
