// evaluateRelease / compatibleReleases on the committed store: errors with the releases that accept the same
// value, one error per root cause, placeholders, corrections, and agreement with Ajv on schemaForRelease.
import { describe, expect, it } from 'vitest'
import { createSchemaAjv, schemaForRelease } from '../src/schemas/index.js'
import { compatibleReleases, errorLocation, evaluateRelease } from '../src/validate/evaluate.js'
import { mutationsOf } from '../scripts/check-schemas-mutations.js'

const base = () => ({
  apiVersion: 'eksctl.io/v1alpha5',
  kind: 'ClusterConfig',
  metadata: { name: 'demo', region: 'eu-west-1' }
})

describe('evaluateRelease', () => {
  it('reports an unknown field with the releases that know it', () => {
    const doc = { ...base(), iamIdentityMappings: [{ arn: 'arn:aws:iam::000000000000:role/a', groups: ['g'] }] }
    expect(evaluateRelease(doc, '0.105.0')).toEqual([
      {
        instancePath: '',
        keyword: 'additionalProperties',
        params: { additionalProperty: 'iamIdentityMappings' },
        acceptedIn: [{ from: '0.112.0', to: null }]
      }
    ])
    expect(evaluateRelease(doc, '0.112.0')).toEqual([])
  })

  it('reports a removed field with the releases that had it', () => {
    const errors = evaluateRelease({ ...base(), git: { repo: { url: 'x' } } }, '0.150.0')
    expect(errors).toHaveLength(1)
    expect(errors[0]!.acceptedIn).toEqual([{ from: '0.21.0', to: '0.76.0' }])
  })

  it('reports a typo with no release that accepts it', () => {
    const errors = evaluateRelease(
      { ...base(), managedNodeGroups: [{ name: 'a', instanceTyp: 'm5.large' }] },
      '0.230.0'
    )
    expect(errors).toEqual([
      {
        instancePath: '/managedNodeGroups/0',
        keyword: 'additionalProperties',
        params: { additionalProperty: 'instanceTyp' },
        acceptedIn: []
      }
    ])
  })

  it('reports an enum value with the releases that list it', () => {
    const doc = { ...base(), managedNodeGroups: [{ name: 'a', amiFamily: 'AmazonLinux2023' }] }
    const [error, ...rest] = evaluateRelease(doc, '0.150.0')
    expect(rest).toEqual([])
    expect(error).toMatchObject({ instancePath: '/managedNodeGroups/0/amiFamily', keyword: 'enum' })
    expect(error!.params.allowedValues).toContain('AmazonLinux2')
    expect(error!.acceptedIn).toEqual([{ from: '0.176.0', to: null }])
    // as shipped, the enum is case-sensitive; corrected, not since 0.86.0
    const lower = { ...base(), nodeGroups: [{ name: 'a', amiFamily: 'bottlerocket' }] }
    expect(evaluateRelease(lower, '0.150.0')).toEqual([])
    expect(evaluateRelease(lower, '0.150.0', { corrections: false })[0]).toMatchObject({ keyword: 'enum' })
  })

  it('reports wrong types and missing required keys, with where they would pass', () => {
    const doc = { ...base(), nodeGroups: [{ name: 'ng', desiredCapacity: '3', taints: { a: 'b:NoSchedule' } }] }
    expect(evaluateRelease(doc, '0.150.0', { corrections: false })).toEqual([
      {
        instancePath: '/nodeGroups/0/desiredCapacity',
        keyword: 'type',
        params: { type: 'integer' },
        acceptedIn: []
      },
      {
        instancePath: '/nodeGroups/0/taints',
        keyword: 'type',
        params: { type: 'array' },
        acceptedIn: [{ from: '0.21.0', to: '0.51.0' }]
      }
    ])
    const missing = evaluateRelease(
      { apiVersion: 'eksctl.io/v1alpha5', metadata: { name: 'x', region: 'y' } },
      '0.230.0'
    )
    expect(missing).toEqual([
      {
        instancePath: '',
        keyword: 'required',
        params: { missingProperty: 'kind' },
        acceptedIn: [{ from: '0.21.0', to: '0.24.0' }]
      }
    ])
  })

  it('gives one error for an unknown key inside a oneOf branch (identityProviders, as shipped)', () => {
    const doc = {
      ...base(),
      identityProviders: [{ type: 'oidc', name: 'p', issuerURL: 'https://i', clientID: 'c', extra: 1 }]
    }
    const raw = evaluateRelease(doc, '0.230.0', { corrections: false })
    expect(raw.map((e) => [e.instancePath, e.keyword, e.params.additionalProperty])).toEqual([
      ['/identityProviders/0', 'additionalProperties', 'type'],
      ['/identityProviders/0', 'additionalProperties', 'extra']
    ])
    expect(evaluateRelease(doc, '0.230.0')).toEqual([])
  })

  it('still requires an object for an identityProviders entry once the correction opens the entries', () => {
    for (const item of [7, 'oidc', ['x'], null]) {
      const errors = evaluateRelease({ ...base(), identityProviders: [item] }, '0.230.0')
      expect(errors.map((e) => [e.instancePath, e.keyword, e.params.type])).toEqual([
        ['/identityProviders/0', 'type', 'object']
      ])
      expect(compatibleReleases({ ...base(), identityProviders: [item] })).toEqual([])
    }
  })

  it('skips type, enum and pattern checks at placeholder paths', () => {
    const doc = {
      ...base(),
      metadata: { name: 'x', region: 'y', version: '${K8S_VERSION}' },
      nodeGroups: [{ name: 'ng', desiredCapacity: '${DESIRED}', amiFamily: '${AMI}' }]
    }
    const skip = new Set(['/metadata/version', '/nodeGroups/0/desiredCapacity', '/nodeGroups/0/amiFamily'])
    expect(evaluateRelease(doc, '0.150.0', { corrections: false, skipValueChecksAt: skip })).toEqual([])
    expect(evaluateRelease(doc, '0.150.0', { corrections: false }).map((e) => e.instancePath)).toEqual([
      '/metadata/version',
      '/nodeGroups/0/desiredCapacity',
      '/nodeGroups/0/amiFamily'
    ])
  })

  it('accepts approximate versions like the store does', () => {
    const doc = { ...base(), karpenter: { version: '0.20.0' } }
    expect(evaluateRelease(doc, 'v0.80.3')).toEqual([])
    expect(evaluateRelease(doc, '0.79.0-rc.1')).toHaveLength(1)
  })
})

describe('compatibleReleases', () => {
  it('gives the ranges of releases that accept a config, gaps included', () => {
    expect(compatibleReleases(base())).toEqual([{ from: '0.21.0', to: null }])
    expect(compatibleReleases({ ...base(), autoModeConfig: { enabled: true } })).toEqual([
      { from: '0.195.0', to: null }
    ])
    expect(compatibleReleases({ ...base(), git: { repo: { url: 'x' } }, addons: [{ name: 'vpc-cni' }] })).toEqual([
      { from: '0.33.0', to: '0.76.0' }
    ])
    expect(compatibleReleases({ ...base(), zonalShiftConfig: { enabled: true } })).toEqual([
      { from: '0.194.0', to: null }
    ])
    expect(compatibleReleases({ ...base(), zonalShiftConfig: { enabled: true } }, { corrections: false })).toEqual([
      { from: '0.195.0', to: null }
    ])
    // flattened service-account fields: only the raw 0.22–0.38 schemas take them
    const flat = { ...base(), iam: { serviceAccounts: [{ name: 'a', namespace: 'b' }] } }
    expect(compatibleReleases(flat)).toEqual([])
    expect(compatibleReleases(flat, { corrections: false })).toEqual([{ from: '0.22.0', to: '0.38.0' }])
    expect(compatibleReleases('not an object')).toEqual([])
  })
})

describe('agreement with Ajv on schemaForRelease', () => {
  const docs = [
    base(),
    { ...base(), iamIdentityMappings: [{ arn: 'a' }], managedNodeGroups: [{ name: 'm', amiFamily: 'Bottlerocket' }] },
    {
      ...base(),
      nodeGroups: [{ name: 'ng', instanceType: 'm5.large', taints: { a: 'b:NoSchedule' }, labels: { a: 'b' } }],
      vpc: { subnets: { private: { 'eu-west-1a': { id: 'subnet-1' } } } },
      iam: { withOIDC: true, serviceAccounts: [{ metadata: { name: 'a', namespace: 'b' } }] }
    },
    { ...base(), identityProviders: [{ type: 'oidc', name: 'p', issuerURL: 'https://i', clientID: 'c' }] }
  ]
  const all = docs.flatMap((d) => [d, ...mutationsOf(d).map((m) => m.doc)])
  for (const version of ['0.21.0', '0.25.0', '0.38.0', '0.52.0', '0.112.0', '0.194.0', '0.230.0']) {
    for (const corrections of [true, false]) {
      it(`${version} corrections=${corrections}: same verdicts and error locations`, () => {
        const validate = createSchemaAjv().compile(schemaForRelease(version, { corrections }))
        for (const doc of all) {
          const ok = validate(doc)
          const ajvAt = new Set(
            (validate.errors ?? []).filter((e) => e.keyword !== 'oneOf').map((e) => errorLocation(e))
          )
          const ours = evaluateRelease(doc, version, { corrections })
          expect(ours.length === 0, JSON.stringify(doc)).toBe(ok)
          expect(new Set(ours.map(errorLocation))).toEqual(ajvAt)
        }
      })
    }
  }
})
