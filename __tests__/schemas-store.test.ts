// The schema store on the committed data (schemas/eksctl-schemas.json): releases, release resolution, field and
// enum histories (fact sheet §6.5–6.7), and that every release's schema compiles in Ajv's strict mode.
import { Ajv } from 'ajv'
import { describe, expect, it } from 'vitest'
import { ANY_TYPE } from '../src/schemas/normalize.js'
import {
  UnknownReleaseError,
  createSchemaAjv,
  enumValueHistory,
  fieldHistory,
  listReleases,
  resolveRelease,
  schemaForRelease
} from '../src/schemas/index.js'

describe('releases', () => {
  it('lists 0.21.0 … 0.230.0 with tag dates, in order', () => {
    const releases = listReleases()
    expect(releases).toHaveLength(214)
    expect(releases[0]).toEqual({ version: '0.21.0', date: '2020-06-05' })
    expect(releases.at(-1)!.version).toBe('0.230.0')
    expect(releases.find((r) => r.version === '0.112.0')!.date).toMatch(/^2022-09-\d\d$/)
    expect(releases.some((r) => r.version === '0.81.0')).toBe(false)
  })
})

describe('resolveRelease', () => {
  const pick = (v: string) => {
    const c = resolveRelease(v)
    return [c.release.version, c.approximated]
  }
  it('maps exact and v-prefixed versions and latest', () => {
    expect(pick('0.112.0')).toEqual(['0.112.0', false])
    expect(pick('v0.112.0')).toEqual(['0.112.0', false])
    expect(pick(' 0.230.0 ')).toEqual(['0.230.0', false])
    expect(pick('latest')).toEqual(['0.230.0', false])
  })
  it('maps an unknown patch to the nearest lower release of that minor', () => {
    expect(pick('0.112.7')).toEqual(['0.112.0', true])
    expect(pick('0.29.9')).toEqual(['0.29.2', true])
    expect(pick('0.81.0')).toEqual(['0.80.0', true])
    expect(resolveRelease('0.112.7').note).toContain('0.112.0')
  })
  it('maps release candidates and development builds', () => {
    expect(pick('0.150.0-rc.1')).toEqual(['0.150.0', true])
    expect(pick('v0.81.0-rc.2')).toEqual(['0.80.0', true])
    expect(pick('0.149.0-dev')).toEqual(['0.149.0', true])
    expect(pick('0.149.0-dev+8a6c3e9b.2023-07-20T12:34:56Z')).toEqual(['0.149.0', true])
    expect(resolveRelease('0.150.0-rc.1').note).toMatch(/release candidate/)
  })
  it('maps a release newer than the newest known to the newest, with a note', () => {
    const c = resolveRelease('0.231.0')
    expect([c.release.version, c.approximated]).toEqual(['0.230.0', true])
    expect(c.note).toMatch(/newer than the newest known release 0\.230\.0/)
    expect(pick('1.0.0-rc.1')).toEqual(['0.230.0', true])
  })
  it('rejects garbage and releases older than 0.21.0 with a message listing what is accepted', () => {
    for (const bad of ['', 'banana', '0.112', '0.20.0', 'v0.1.28', '0.112.0.1']) {
      expect(() => resolveRelease(bad)).toThrow(UnknownReleaseError)
    }
    expect(() => resolveRelease('0.20.0')).toThrow(/predates `eksctl utils schema`.*0\.21\.0/)
    expect(() => resolveRelease('banana')).toThrow(/accepted forms: 0\.112\.0, v0\.112\.0/)
  })
})

describe('field histories match the fact sheet (§6.5, §6.6)', () => {
  const since = (from: string) => [{ from, to: null }]
  it.each([
    ['iamIdentityMappings', since('0.112.0')],
    ['karpenter', since('0.80.0')],
    ['accessConfig', since('0.167.0')],
    ['iam.podIdentityAssociations', since('0.165.0')],
    ['autoModeConfig', since('0.195.0')],
    ['remoteNetworkConfig', since('0.195.0')],
    ['privateCluster', since('0.24.0')],
    ['addons', since('0.33.0')],
    ['upgradePolicy', since('0.216.0')],
    ['controlPlaneScalingConfig', since('0.218.0')],
    ['capabilities', since('0.220.0')],
    ['kubernetesNetworkConfig', since('0.29.0')],
    ['localZones', since('0.97.0')],
    ['outpost', since('0.112.0')],
    ['identityProviders', since('0.38.0')],
    ['gitops.flux', since('0.38.0')],
    ['iam.serviceAccounts[].wellKnownPolicies', since('0.38.0')],
    ['managedNodeGroups[].nodeRepairConfig', since('0.199.0')],
    ['managedNodeGroups[].taints', since('0.50.0')],
    ['nodeGroups[].instanceSelector', since('0.44.0')],
    ['addons[].podIdentityAssociations', since('0.181.0')],
    ['vpc.controlPlaneEgressMode', since('0.228.0')],
    ['kubeAPIServerConfig', since('0.230.0')],
    ['iam.withOIDC', since('0.21.0')],
    ['git', [{ from: '0.21.0', to: '0.76.0' }]],
    ['status', [{ from: '0.21.0', to: '0.41.0' }]],
    ['nodeGroups[].disableASGTagPropagation', [{ from: '0.85.0', to: '0.115.0' }]],
    ['gitops.flux.repository', [{ from: '0.38.0', to: '0.52.0' }]]
  ])('%s', (path, expected) => {
    expect(fieldHistory(path)).toEqual(expected)
  })

  it('shows the zonalShiftConfig lag: 0.195.0 in the schema, 0.194.0 in the code (corrected)', () => {
    expect(fieldHistory('zonalShiftConfig', { corrections: false })).toEqual(since('0.195.0'))
    expect(fieldHistory('zonalShiftConfig')).toEqual(since('0.194.0'))
  })

  it('shows the service-account metadata gap of the raw schemas and the flattened fields', () => {
    expect(fieldHistory('iam.serviceAccounts[].metadata', { corrections: false })).toEqual([
      { from: '0.21.0', to: '0.21.0' },
      { from: '0.39.0', to: null }
    ])
    expect(fieldHistory('iam.serviceAccounts[].metadata.namespace')).toEqual(since('0.21.0'))
    expect(fieldHistory('iam.serviceAccounts[].name', { corrections: false })).toEqual([
      { from: '0.22.0', to: '0.38.0' }
    ])
    expect(fieldHistory('iam.serviceAccounts[].name')).toEqual([])
  })

  it('returns [] for a path that never existed and rejects a malformed path', () => {
    expect(fieldHistory('metadata.nmae')).toEqual([])
    expect(() => fieldHistory('a..b')).toThrow(/not a field path/)
  })
})

describe('enum value histories (§6.7)', () => {
  it.each([
    ['nodeGroups[].amiFamily', 'AmazonLinux2023', [{ from: '0.176.0', to: null }]],
    ['managedNodeGroups[].amiFamily', 'AmazonLinux2023', [{ from: '0.176.0', to: null }]],
    ['nodeGroups[].amiFamily', 'Ubuntu1804', [{ from: '0.31.0', to: '0.207.0' }]],
    ['nodeGroups[].amiFamily', 'WindowsServer1909CoreContainer', [{ from: '0.31.0', to: '0.42.0' }]],
    ['nodeGroups[].amiFamily', 'BottlerocketFips', [{ from: '0.230.0', to: null }]],
    ['nodeGroups[].amiFamily', 'Ubuntu2204', [{ from: '0.172.0', to: null }]],
    ['nodeGroups[].volumeType', 'io2', [{ from: '0.204.0', to: null }]],
    ['nodeGroups[].volumeType', 'gp3', [{ from: '0.37.0', to: null }]],
    ['cloudWatch.clusterLogging.enableTypes[]', 'all', [{ from: '0.48.0', to: null }]],
    ['upgradePolicy.supportType', 'EXTENDED', [{ from: '0.216.0', to: null }]],
    ['kubernetesNetworkConfig.ipFamily', 'IPv6', [{ from: '0.79.0', to: null }]],
    ['privateCluster.additionalEndpointServices[]', 'logs', [{ from: '0.26.0', to: '0.126.0' }]]
  ])('%s = %s', (path, value, expected) => {
    expect(enumValueHistory(path, value)).toEqual(expected)
  })

  it('accepts amiFamily case-insensitively from 0.86.0 only with corrections', () => {
    expect(enumValueHistory('nodeGroups[].amiFamily', 'amazonlinux2')).toEqual([{ from: '0.86.0', to: null }])
    expect(enumValueHistory('nodeGroups[].amiFamily', 'amazonlinux2', { corrections: false })).toEqual([])
  })
})

describe('schemaForRelease', () => {
  it('gives a plain draft-07 schema per release that strict Ajv compiles, with no eksctl prose', () => {
    // Plain Ajv in full strict mode: allowUnionTypes enables `type: [...]` and relaxes no strict check.
    const seen = new Set<string>()
    for (const { version } of listReleases()) {
      for (const corrections of [true, false]) {
        const text = JSON.stringify(schemaForRelease(version, { corrections }))
        if (seen.has(text)) continue
        seen.add(text)
        const schema = JSON.parse(text) as Record<string, unknown>
        expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#')
        expect(text).not.toMatch(/"(description|preferredOrder|default|examples|x-[a-z-]+)":/)
        const strict = new Ajv({ strict: true, allowUnionTypes: true })
        expect(() => strict.compile(schema), `${version} corrections=${corrections}`).not.toThrow()
        // eksctl's untyped definitions carry every JSON type as shipped; with corrections, structs are objects
        if (corrections) expect(text, version).not.toContain(JSON.stringify(ANY_TYPE))
      }
    }
    expect(seen.size).toBeGreaterThan(100)
  }, 120_000)

  it('validates a real config and reports an unknown field', () => {
    const doc = {
      apiVersion: 'eksctl.io/v1alpha5',
      kind: 'ClusterConfig',
      metadata: { name: 'demo', region: 'eu-west-1' },
      iamIdentityMappings: [{ arn: 'arn:aws:iam::000000000000:role/admin', groups: ['system:masters'] }]
    }
    const at112 = createSchemaAjv().compile(schemaForRelease('0.112.0'))
    const at105 = createSchemaAjv().compile(schemaForRelease('v0.105.0'))
    expect(at112(doc)).toBe(true)
    expect(at105(doc)).toBe(false)
    expect(at105.errors?.[0]).toMatchObject({
      keyword: 'additionalProperties',
      params: { additionalProperty: 'iamIdentityMappings' }
    })
  })

  it('resolves approximate versions and returns an independent copy', () => {
    const a = schemaForRelease('0.112.3')
    a.$schema = 'changed'
    expect(schemaForRelease('0.112.0').$schema).toBe('http://json-schema.org/draft-07/schema#')
    expect(() => schemaForRelease('0.19.0')).toThrow(UnknownReleaseError)
  })
})
