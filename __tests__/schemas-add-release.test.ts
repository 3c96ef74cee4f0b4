// addReleaseSchema: a newer eksctl's own `eksctl utils schema` output becomes the newest release, in memory.
// (Own test file: it changes the module's store for the rest of the file.)
import { describe, expect, it } from 'vitest'
import {
  UnknownReleaseError,
  addReleaseSchema,
  createSchemaAjv,
  fieldHistory,
  listReleases,
  resolveRelease,
  schemaForRelease
} from '../src/schemas/index.js'

describe('addReleaseSchema', () => {
  it('adds a newer release, normalised, as the newest; histories and resolution include it', () => {
    const newest = schemaForRelease('0.230.0', { corrections: false })
    const defs = newest.definitions as Record<string, { properties: Record<string, unknown> }>
    // what a future eksctl would print: eksctl's own keywords included, one new top-level field
    const raw = structuredClone(newest) as Record<string, unknown>
    const rawDefs = raw.definitions as Record<string, Record<string, unknown>>
    rawDefs.ClusterConfig = {
      ...rawDefs.ClusterConfig,
      preferredOrder: ['apiVersion'],
      description: 'x',
      properties: { ...defs.ClusterConfig!.properties, futureField: { type: 'boolean', description: 'y' } }
    }
    expect(() => addReleaseSchema('0.229.5', null, raw)).toThrow(UnknownReleaseError)
    expect(() => addReleaseSchema('0.231.0', '2026-09-01', { definitions: {} })).toThrow(/\$ref/)

    addReleaseSchema('v0.231.0', '2026-09-01', raw)
    expect(listReleases().at(-1)).toEqual({ version: '0.231.0', date: '2026-09-01' })
    expect(resolveRelease('latest').release.version).toBe('0.231.0')
    expect(resolveRelease('0.231.0').approximated).toBe(false)
    expect(fieldHistory('futureField')).toEqual([{ from: '0.231.0', to: null }])
    expect(fieldHistory('iamIdentityMappings')).toEqual([{ from: '0.112.0', to: null }])
    // no corrections for an added release: identityProviders keeps eksctl's oneOf
    const schema = schemaForRelease('0.231.0')
    expect(JSON.stringify(schema)).not.toContain('preferredOrder')
    const validate = createSchemaAjv().compile(schema)
    const doc = { apiVersion: 'eksctl.io/v1alpha5', kind: 'ClusterConfig', metadata: { name: 'a', region: 'b' } }
    expect(validate({ ...doc, futureField: true })).toBe(true)
    expect(createSchemaAjv().compile(schemaForRelease('0.230.0'))({ ...doc, futureField: true })).toBe(false)
  })
})
