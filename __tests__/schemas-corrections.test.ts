// Each correction of the overlay: the corrected schema of a release in its range accepts what eksctl's loader
// accepts (and the raw schema rejected), or rejects what the loader rejects (and the raw schema accepted).
import { Ajv, type ValidateFunction } from 'ajv'
import { describe, expect, it } from 'vitest'
import { CORRECTIONS, caseInsensitivePattern, valuesOfCaseInsensitivePattern } from '../src/schemas/corrections.js'
import { createSchemaAjv, kubernetesVersionEnum, listReleases, schemaForRelease } from '../src/schemas/index.js'
import { evaluateRelease } from '../src/validate/evaluate.js'

const base = () => ({
  apiVersion: 'eksctl.io/v1alpha5',
  kind: 'ClusterConfig',
  metadata: { name: 'demo', region: 'eu-west-1' }
})

const validators = new Map<string, (data: unknown) => boolean>()
function valid(version: string, corrections: boolean, data: unknown): boolean {
  const key = `${version}:${corrections}`
  let v = validators.get(key)
  if (!v) {
    v = createSchemaAjv().compile(schemaForRelease(version, { corrections }))
    validators.set(key, v)
  }
  return v(data)
}

/** raw verdict, corrected verdict */
function verdicts(version: string, data: unknown): [boolean, boolean] {
  return [valid(version, false, data), valid(version, true, data)]
}

const cases: Record<string, () => void> = {
  'identity-providers': () => {
    const entry = { type: 'oidc', name: 'idp', issuerURL: 'https://example.com', clientID: 'kubernetes' }
    expect(verdicts('0.150.0', { ...base(), identityProviders: [entry] })).toEqual([false, true])
    // unknown keys inside an entry are ignored by the loader
    expect(verdicts('0.230.0', { ...base(), identityProviders: [{ ...entry, extra: 1 }] })).toEqual([false, true])
    // types are still checked
    expect(verdicts('0.230.0', { ...base(), identityProviders: [{ ...entry, name: 5 }] })).toEqual([false, false])
    // before 0.38.0 there is no identityProviders at all
    expect(verdicts('0.37.0', { ...base(), identityProviders: [entry] })).toEqual([false, false])
  },
  'service-account-metadata': () => {
    const nested = {
      ...base(),
      iam: { withOIDC: true, serviceAccounts: [{ metadata: { name: 's3', namespace: 'x' } }] }
    }
    const flat = { ...base(), iam: { withOIDC: true, serviceAccounts: [{ name: 's3', namespace: 'x' }] } }
    expect(verdicts('0.30.0', nested)).toEqual([false, true])
    expect(verdicts('0.30.0', flat)).toEqual([true, false])
    expect(verdicts('0.39.0', nested)).toEqual([true, true])
    expect(verdicts('0.21.0', nested)).toEqual([true, true])
  },
  'nodegroup-taints-map': () => {
    const mapTaints = { ...base(), nodeGroups: [{ name: 'ng', taints: { gpu: 'true:NoSchedule' } }] }
    expect(verdicts('0.150.0', mapTaints)).toEqual([false, true])
    expect(verdicts('0.51.0', mapTaints)).toEqual([true, true])
    const listTaints = {
      ...base(),
      nodeGroups: [{ name: 'ng', taints: [{ key: 'gpu', value: 'true', effect: 'NoSchedule' }] }]
    }
    expect(verdicts('0.150.0', listTaints)).toEqual([true, true])
    // the list form stays strict, and managed node groups only take the list
    const badList = { ...base(), nodeGroups: [{ name: 'ng', taints: [{ key: 'gpu', colour: 'x' }] }] }
    expect(verdicts('0.150.0', badList)).toEqual([false, false])
    const mngMap = { ...base(), managedNodeGroups: [{ name: 'mng', taints: { gpu: 'true:NoSchedule' } }] }
    expect(verdicts('0.150.0', mngMap)).toEqual([false, false])
  },
  'remote-network-vpc-gateway-optional': () => {
    const rn = { ...base(), remoteNetworkConfig: { remoteNodeNetworks: [{ cidrs: ['10.80.146.0/24'] }] } }
    expect(verdicts('0.195.0', rn)).toEqual([false, true])
    expect(verdicts('0.230.0', rn)).toEqual([false, true])
    // remoteNodeNetworks stays required
    expect(verdicts('0.230.0', { ...base(), remoteNetworkConfig: {} })).toEqual([false, false])
  },
  'zonal-shift-0.194': () => {
    const zs = { ...base(), zonalShiftConfig: { enabled: true } }
    expect(verdicts('0.194.0', zs)).toEqual([false, true])
    expect(verdicts('0.193.0', zs)).toEqual([false, false])
    expect(verdicts('0.195.0', zs)).toEqual([true, true])
    expect(verdicts('0.194.0', { ...base(), zonalShiftConfig: { enabled: true, extra: 1 } })).toEqual([false, false])
  },
  'managed-nodegroup-closed': () => {
    const unknown = { ...base(), managedNodeGroups: [{ name: 'mng', notAField: 1 }] }
    expect(verdicts('0.24.0', unknown)).toEqual([true, false])
    expect(verdicts('0.25.0', unknown)).toEqual([true, false])
    expect(verdicts('0.26.0', unknown)).toEqual([false, false])
    expect(verdicts('0.24.0', { ...base(), managedNodeGroups: [{ name: 'mng', instanceType: 'm5.large' }] })).toEqual([
      true,
      true
    ])
  },
  'ami-family-case-insensitive': () => {
    const ng = (amiFamily: string) => ({ ...base(), nodeGroups: [{ name: 'ng', amiFamily }] })
    const mng = (amiFamily: string) => ({ ...base(), managedNodeGroups: [{ name: 'ng', amiFamily }] })
    expect(verdicts('0.150.0', ng('amazonlinux2'))).toEqual([false, true])
    expect(verdicts('0.150.0', mng('BOTTLEROCKET'))).toEqual([false, true])
    expect(verdicts('0.150.0', ng('AmazonLinux2'))).toEqual([true, true])
    expect(verdicts('0.150.0', ng('AmazonLinux2023'))).toEqual([false, false])
    expect(verdicts('0.176.0', ng('amazonlinux2023'))).toEqual([false, true])
    expect(verdicts('0.85.0', ng('amazonlinux2'))).toEqual([false, false])
  },
  'subnet-entries-open': () => {
    const subnets = (entry: object) => ({ ...base(), vpc: { subnets: { private: { 'eu-west-1a': entry } } } })
    expect(verdicts('0.150.0', subnets({ id: 'subnet-1', note: 'x' }))).toEqual([false, true])
    expect(verdicts('0.150.0', subnets({ id: 'subnet-1' }))).toEqual([true, true])
    // only the entries are open, not vpc.subnets
    expect(verdicts('0.150.0', { ...base(), vpc: { subnets: { internal: {} } } })).toEqual([false, false])
    expect(verdicts('0.31.0', subnets({ id: 'subnet-1', note: 'x' }))).toEqual([false, false])
  },
  'kubernetes-version-enum-out': () => {
    const v114 = { ...base(), metadata: { ...base().metadata, version: '1.14' } }
    expect(verdicts('0.150.0', v114)).toEqual([false, true])
    expect(verdicts('0.24.0', v114)).toEqual([true, true])
    expect(kubernetesVersionEnum('0.150.0')).toEqual(['1.22', '1.23', '1.24', '1.25', '1.26', '1.27'])
    expect(kubernetesVersionEnum('0.25.0')).toEqual(['1.14', '1.15', '1.16', '1.17'])
    expect(kubernetesVersionEnum('0.201.0')).toContain('1.31')
    expect(kubernetesVersionEnum('0.202.0')).toBeNull()
    expect(kubernetesVersionEnum('0.24.0')).toBeNull()
    // never in the loader schema
    expect(JSON.stringify(schemaForRelease('0.150.0'))).not.toContain('"1.27"')
  },
  'struct-values-are-objects': () => {
    const vpc42 = { ...base(), vpc: 42 }
    // 0.21.0 types its definitions; from 0.22.0 the raw schema accepts any value where a struct is expected
    expect(verdicts('0.21.0', vpc42)).toEqual([false, false])
    expect(verdicts('0.22.0', vpc42)).toEqual([true, false])
    expect(verdicts('0.230.0', vpc42)).toEqual([true, false])
    // a list or a string in place of a struct, deeper down
    expect(verdicts('0.150.0', { ...base(), managedNodeGroups: [['mng']] })).toEqual([true, false])
    expect(verdicts('0.230.0', { ...base(), iam: { podIdentityAssociations: ['karpenter'] } })).toEqual([true, false])
    // null (an empty YAML value) leaves the Go field unset: still accepted
    expect(verdicts('0.230.0', { ...base(), vpc: null })).toEqual([true, true])
    expect(verdicts('0.230.0', { ...base(), vpc: {} })).toEqual([true, true])
    // every release: one finding, at the value, from the evaluator and from plain strict Ajv
    const compiled = new Map<string, ValidateFunction>()
    for (const { version } of listReleases()) {
      const errors = evaluateRelease(vpc42, version)
      expect(
        errors.map((e) => [e.instancePath, e.keyword]),
        version
      ).toEqual([['/vpc', 'type']])
      const text = JSON.stringify(schemaForRelease(version))
      let validate = compiled.get(text)
      if (!validate) {
        validate = new Ajv({ strict: true, allowUnionTypes: true, allErrors: true }).compile(JSON.parse(text))
        compiled.set(text, validate)
      }
      expect(validate(vpc42), version).toBe(false)
      expect(
        validate.errors!.map((e) => [e.instancePath, e.keyword]),
        version
      ).toEqual([['/vpc', 'type']])
    }
  }
}

describe('corrections overlay', () => {
  it('documents every correction (id, range, evidence, effect) and tests each one', () => {
    expect(new Set(CORRECTIONS.map((c) => c.id)).size).toBe(CORRECTIONS.length)
    for (const c of CORRECTIONS) {
      expect(c.evidence).toMatch(/pkg\/|cmd\/|types\.go/)
      expect(c.effect.length).toBeGreaterThan(10)
      expect(cases[c.id], `a test for correction ${c.id}`).toBeTypeOf('function')
    }
    expect(Object.keys(cases).sort()).toEqual(CORRECTIONS.map((c) => c.id).sort())
  })

  for (const [id, run] of Object.entries(cases)) it(id, run)

  it('encodes a case-insensitive enum as a draft-07 pattern and back', () => {
    const p = caseInsensitivePattern(['AmazonLinux2023', 'Ubuntu2204'])
    expect(new RegExp(p).test('amazonLINUX2023')).toBe(true)
    expect(new RegExp(p).test('AmazonLinux2')).toBe(false)
    expect(valuesOfCaseInsensitivePattern(p)).toEqual(['AmazonLinux2023', 'Ubuntu2204'])
  })
})
