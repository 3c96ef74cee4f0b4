// The evaluator against Ajv on schemaForRelease(T) for eksctl's 48 example files and their mutations, for
// several releases T. Needs ../shared/eksctl-examples (present in CI, not in a user's clone).
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { mutationsOf } from '../scripts/check-schemas-mutations.js'
import { createSchemaAjv, schemaForRelease } from '../src/schemas/index.js'
import { compatibleReleases, errorLocation, evaluateRelease } from '../src/validate/evaluate.js'

const examples = resolve(import.meta.dirname, '..', '../shared/eksctl-examples')
const present = existsSync(examples)
if (!present) console.warn(`${examples} not found: example cross-checks skipped`)

describe.skipIf(!present)('evaluator vs Ajv on the eksctl examples', () => {
  const files = present ? readdirSync(examples).filter((f) => f.endsWith('.yaml')) : []
  const docs = files.flatMap((f) => {
    const doc = parse(readFileSync(join(examples, f), 'utf8')) as unknown
    return [doc, ...mutationsOf(doc).map((m) => m.doc)]
  })

  it('has the 48 examples', () => expect(files).toHaveLength(48))

  for (const version of ['0.21.0', '0.24.0', '0.38.0', '0.52.0', '0.105.0', '0.176.0', '0.194.0', '0.230.0']) {
    it(`${version}: same verdict and locations as Ajv, corrected and as shipped`, () => {
      for (const corrections of [true, false]) {
        const validate = createSchemaAjv().compile(schemaForRelease(version, { corrections }))
        for (const doc of docs) {
          const ok = validate(doc)
          const ours = evaluateRelease(doc, version, { corrections })
          expect(ours.length === 0).toBe(ok)
          const ajvAt = new Set((validate.errors ?? []).filter((e) => e.keyword !== 'oneOf').map(errorLocation))
          expect(new Set(ours.map(errorLocation))).toEqual(ajvAt)
        }
      }
    })
  }

  it('finds the first release of each example as the fact sheet does (§7, corrected)', () => {
    const first = (name: string) =>
      compatibleReleases(parse(readFileSync(join(examples, name), 'utf8')))[0]?.from ?? 'never'
    expect(first('35-iamidentitymappings.yaml')).toBe('0.112.0')
    expect(first('29-cluster-with-karpenter.yaml')).toBe('0.137.0')
    expect(first('41-zonal-shift.yaml')).toBe('0.194.0')
    expect(first('42-auto-mode.yaml')).toBe('0.195.0')
    expect(first('27-oidc-provider.yaml')).toBe('0.38.0')
    expect(first('43-hybrid-nodes.yaml')).toBe('0.195.0')
    expect(first('22-managed-nodes-launch-template.yaml')).toBe('0.26.0')
    expect(first('48-auto-mode-with-argocd-capabilities.yaml')).toBe('0.220.0')
  })
})
