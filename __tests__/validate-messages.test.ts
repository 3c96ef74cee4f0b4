import semver from 'semver'
// What a user reads for each kind of schema error: the release that brought or removed a field or value, the
// expected type or forms, the closest known name, at the key or value, one finding per root cause.
import { mkdtempSync, realpathSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Finding } from '../src/report/finding.js'
import { highestMinimum, minimumWithChecks, toCompatibleRange } from '../src/validate/compatible.js'
import { validateFiles } from '../src/validate/index.js'
import { explain } from '../src/validate/messages.js'
import { closest, editDistance, formatFieldPath } from '../src/validate/suggest.js'
import { describeForms, propertiesAt, propertiesAtFieldPath } from '../src/validate/schema-walk.js'

const head = 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: a\n  region: us-east-1\n'

async function check(body: string, version: string, extra: { ignore?: string[] } = {}) {
  const ws = realpathSync(mkdtempSync(path.join(tmpdir(), 'preflight-msg-')))
  writeFileSync(path.join(ws, 'c.yaml'), body)
  const report = await validateFiles({
    patterns: ['c.yaml'],
    workspace: ws,
    cwd: ws,
    env: {},
    eksctlVersion: version,
    rules: { disable: extra.ignore ?? [] }
  })
  return { report, file: report.files[0]!, errors: report.files[0]!.findings.filter((f) => f.severity === 'error') }
}

function at(f: Finding): string {
  return `${f.line}:${f.column}-${f.endLine}:${f.endColumn}`
}

describe('unknown fields', () => {
  it('a field of a later release: the headline message, since, at the key', async () => {
    const { errors } = await check(head + 'iamIdentityMappings:\n  - arn: x\n', '0.105.0')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({
      ruleId: 'schema/unknown-field',
      instancePath: '/iamIdentityMappings',
      since: '0.112.0',
      until: null,
      message:
        '`iamIdentityMappings` needs eksctl ≥ 0.112.0 (released 2022-09-19); eksctl 0.105.0 rejects it with ' +
        '`json: unknown field "iamIdentityMappings"`. Upgrade eksctl (install-eksctl: true installs the release eksctl-version names)'
    })
    expect(at(errors[0]!)).toBe('6:1-6:20')
  })

  it('a field only earlier releases had: "removed in", until', async () => {
    const { errors } = await check(head + 'git:\n  repo:\n    url: x\n', '0.230.0')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ since: '0.21.0', until: '0.77.0', instancePath: '/git' })
    expect(errors[0]!.message).toBe(
      '`git` was removed in eksctl 0.77.0 (accepted by eksctl 0.21.0 … 0.76.0); eksctl 0.230.0 rejects it with ' +
        '`json: unknown field "git"`.'
    )
  })

  it('a field that came and went, seen from an older release: both ends', async () => {
    const { errors } = await check(head + 'nodeGroups:\n  - name: ng\n    disableASGTagPropagation: true\n', '0.40.0')
    expect(errors[0]).toMatchObject({ since: '0.85.0', until: '0.116.0' })
    expect(errors[0]!.message).toMatch(
      /^`disableASGTagPropagation` in `nodeGroups\[0\]` needs eksctl 0\.85\.0 … 0\.115\.0 \(0\.85\.0 released \d{4}-\d\d-\d\d, removed in 0\.116\.0\)/
    )
    expect(at(errors[0]!)).toBe('8:5-8:29')
  })

  it('a typo: the closest field valid at that place in that release', async () => {
    const { errors } = await check(head + 'managedNodeGroups:\n  - name: ng\n    instanceTyp: m5.large\n', '0.230.0')
    expect(errors).toHaveLength(1)
    expect(errors[0]!.message).toBe(
      'Unknown field `instanceTyp` in `managedNodeGroups[0]`: no eksctl release knows it; eksctl 0.230.0 rejects it ' +
        'with `json: unknown field "instanceTyp"`. Did you mean `instanceType`?'
    )
    expect(errors[0]).not.toHaveProperty('since')
  })

  it('a misspelt required field is one finding at the misspelt key, not also "missing name"', async () => {
    const { errors } = await check(head + 'managedNodeGroups:\n  - nam: ng\n', '0.230.0')
    expect(errors.map((e) => e.ruleId)).toEqual(['schema/unknown-field'])
    expect(errors[0]!.message).toContain('Did you mean `name` (required, and missing here)?')
    expect(at(errors[0]!)).toBe('7:5-7:8')
  })
})

describe('values', () => {
  it('an enum value of a later release', async () => {
    const { errors } = await check(
      head + 'managedNodeGroups:\n  - name: ng\n    amiFamily: AmazonLinux2023\n',
      '0.105.0'
    )
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({
      ruleId: 'schema/enum-value',
      instancePath: '/managedNodeGroups/0/amiFamily',
      since: '0.176.0',
      until: null
    })
    expect(errors[0]!.message).toMatch(
      /^`AmazonLinux2023` for `managedNodeGroups\[0\]\.amiFamily` needs eksctl ≥ 0\.176\.0 \(released 2024-04-05\); eksctl 0\.105\.0 accepts AmazonLinux2, /
    )
    expect(at(errors[0]!)).toBe('8:16-8:31')
  })

  it('a removed enum value, and a misspelt one with the closest allowed value', async () => {
    const removed = await check(head + 'nodeGroups:\n  - name: ng\n    amiFamily: Ubuntu1804\n', '0.230.0')
    expect(removed.errors[0]).toMatchObject({ until: '0.208.0' })
    expect(removed.errors[0]!.message).toMatch(
      /^`Ubuntu1804` for `nodeGroups\[0\]\.amiFamily` was removed in eksctl 0\.208\.0/
    )
    const typo = await check(head + 'nodeGroups:\n  - name: ng\n    volumeType: gp9\n', '0.230.0')
    expect(typo.errors[0]!.message).toBe(
      '`gp9` is not a valid `nodeGroups[0].volumeType`: eksctl 0.230.0 accepts gp2, io1, sc1, st1, gp3, io2. Did you mean `gp2`?'
    )
  })

  it('a type error says what was expected and how to write it, at the value', async () => {
    const { errors } = await check(head.replace('name: a', 'name: yes') + '  version: 1.30\n', '0.230.0')
    expect(errors.map((e) => [e.ruleId, at(e), e.message])).toEqual([
      [
        'schema/type',
        '4:9-4:12',
        '`metadata.name` must be a string, got a boolean (`yes`). YAML 1.1, which eksctl reads, makes unquoted yes a boolean: quote it ("yes").'
      ],
      ['schema/type', '6:12-6:16', '`metadata.version` must be a string, got a number (`1.30`). Quote it: "1.30".']
    ])
  })

  it('a missing required field at the top is reported on the first line', async () => {
    const { errors } = await check('apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n', '0.230.0')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ ruleId: 'schema/required', instancePath: '', line: 1, column: 1 })
    expect(errors[0]!.message).toBe('The ClusterConfig is missing the required field `metadata` (eksctl 0.230.0).')
  })

  it('fields missing from one object are one finding that names them all', async () => {
    const { errors } = await check(head + 'identityProviders:\n  - type: oidc\n', '0.230.0')
    const required = errors.filter((e) => e.ruleId === 'schema/required')
    expect(required).toHaveLength(1)
    expect(required[0]!.message).toBe(
      '`identityProviders[0]` is missing the required fields `name`, `issuerURL` and `clientID` (eksctl 0.230.0).'
    )
    expect(at(required[0]!)).toBe('7:5-7:15')
  })

  it('placeholders skip type and enum checks, not unknown fields', async () => {
    const { file, errors } = await check(
      head + '  version: ${K8S_VERSION}\nmanagedNodeGroups:\n  - name: ng\n    amiFamily: ${AMI}\n    instanceTyp: x\n',
      '0.230.0'
    )
    expect(errors.map((e) => e.ruleId)).toEqual(['schema/unknown-field'])
    expect(file.findings.map((f) => f.ruleId)).toContain('config/unexpanded-placeholder')
  })

  it('--ignore-rules drops a rule id or a whole group', async () => {
    const body = head + '  version: 1.30\niamIdentityMappings: []\n'
    expect((await check(body, '0.105.0', { ignore: ['schema/type'] })).errors.map((e) => e.ruleId)).toEqual([
      'schema/unknown-field'
    ])
    expect((await check(body, '0.105.0', { ignore: ['schema'] })).errors).toEqual([])
  })
})

describe('target release', () => {
  it('an unknown patch release is approximated with a notice; latest is the newest', async () => {
    const { report } = await check(head, '0.112.7')
    expect(report.eksctlVersion).toBe('0.112.0')
    expect(report.approximated).toBe(true)
    expect(report.messages).toEqual([{ severity: 'notice', message: expect.stringContaining('0.112.0') }])
    const latest = await check(head, 'latest')
    expect(latest.report.eksctlVersionSource).toBe('latest')
    expect(latest.report.approximated).toBe(false)
  })

  it('a version that names no release is an input error', async () => {
    await expect(check(head, '0.5.0')).rejects.toThrow(/eksctl-version "0.5.0" names no eksctl release/)
    await expect(check(head, 'banana')).rejects.toThrow(/names no eksctl release/)
  })
})

describe('building blocks', () => {
  const releases = ['0.1.0', '0.2.0', '0.3.0', '0.4.0', '0.5.0', '0.6.0'].map((version) => ({
    version,
    date: '2020-01-01'
  }))

  it('compatible ranges: min, max (null = newest), gaps between runs', () => {
    expect(
      toCompatibleRange(
        [
          { from: '0.1.0', to: '0.1.0' },
          { from: '0.4.0', to: null }
        ],
        releases
      )
    ).toEqual({ min: '0.1.0', max: null, gaps: [{ from: '0.2.0', to: '0.3.0' }] })
    expect(toCompatibleRange([{ from: '0.2.0', to: '0.5.0' }], releases)).toEqual({
      min: '0.2.0',
      max: '0.5.0',
      gaps: []
    })
    expect(toCompatibleRange([], releases)).toEqual({ min: null, max: null, gaps: [] })
    expect(highestMinimum(['0.2.0', '0.10.0'])).toBe('0.10.0')
    expect(highestMinimum(['0.2.0', null])).toBeNull()
    expect(highestMinimum([])).toBeNull()
  })

  it('minimum with checks: from the schema minimum to the release the checks name, skipping gaps', () => {
    const ranges = [
      { from: '0.2.0', to: '0.2.0' },
      { from: '0.4.0', to: null }
    ]
    const asked: string[] = []
    const checks = (version: string) => {
      asked.push(version)
      return version === '0.2.0' ? [{ since: '0.3.0' }] : []
    }
    // 0.3.0 is in the schema's gap: the first release both accept is 0.4.0.
    expect(minimumWithChecks(ranges, releases, checks)).toBe('0.4.0')
    expect(asked).toEqual(['0.2.0', '0.4.0'])
    // Errors that name no later release: no release passes (not the schema's minimum).
    expect(minimumWithChecks(ranges, releases, () => [{ since: null }])).toBeNull()
    expect(minimumWithChecks(ranges, releases, () => [{}])).toBeNull()
    // A `since` at or before the release checked fixes nothing either.
    expect(minimumWithChecks(ranges, releases, () => [{ since: '0.2.0' }])).toBeNull()
    // An error without `since` next to one naming a later release: checked again there, where it may be gone...
    const mixed = (version: string) => (version === '0.2.0' ? [{ since: null }, { since: '0.4.0' }] : [])
    expect(minimumWithChecks(ranges, releases, mixed)).toBe('0.4.0')
    // ...or not.
    const stays = (version: string) => (version === '0.2.0' ? [{ since: null }, { since: '0.4.0' }] : [{ since: null }])
    expect(minimumWithChecks(ranges, releases, stays)).toBeNull()
    expect(minimumWithChecks([{ from: '0.2.0', to: '0.3.0' }], releases, () => [{ since: '0.5.0' }])).toBeNull()
    expect(minimumWithChecks([], releases, () => [])).toBeNull()
    // A release known to pass (the target): errors that name nothing are walked past one release at a time, up to
    // the first release that passes, never answering null below the known one.
    const goneAt4 = (version: string) => (semver.lt(version, '0.4.0') ? [{ since: null }] : [])
    expect(minimumWithChecks(ranges, releases, goneAt4)).toBeNull()
    expect(minimumWithChecks(ranges, releases, goneAt4, '0.5.0')).toBe('0.4.0')
  })

  it('minimum with checks: follows the checks as far as they lead, and passes nowhere unverified', () => {
    const many = Array.from({ length: 20 }, (_, i) => ({ version: `0.${i + 1}.0`, date: '2020-01-01' }))
    // Each release's checks name the next one: the answer is the first release whose checks pass (the 13th step).
    const chain = (version: string) => {
      const minor = Number(version.split('.')[1])
      return minor < 14 ? [{ since: `0.${minor + 1}.0` }] : []
    }
    expect(minimumWithChecks([{ from: '0.1.0', to: null }], many, chain)).toBe('0.14.0')
    // The checks lead past the newest release: none passes.
    expect(
      minimumWithChecks([{ from: '0.1.0', to: null }], many, (v) => [{ since: v === '0.20.0' ? null : '0.20.0' }])
    ).toBeNull()
  })

  it('explain: later, earlier, or nothing', () => {
    expect(explain([{ from: '0.4.0', to: null }], '0.2.0', releases)).toMatchObject({
      kind: 'later',
      since: '0.4.0',
      until: null
    })
    expect(explain([{ from: '0.1.0', to: '0.2.0' }], '0.5.0', releases)).toMatchObject({
      kind: 'earlier',
      since: '0.1.0',
      lastAccepted: '0.2.0',
      until: '0.3.0'
    })
    expect(explain([], '0.5.0', releases)).toBeNull()
  })

  it('schema walk: fields and forms at a path, through $ref, items and oneOf', () => {
    const schema = {
      $ref: '#/definitions/Root',
      definitions: {
        Root: { type: 'object', properties: { groups: { type: 'array', items: { $ref: '#/definitions/Group' } } } },
        Group: {
          type: 'object',
          properties: {
            name: { type: 'string' },
            taints: { oneOf: [{ type: 'object' }, { type: 'array', items: { type: 'string' } }] }
          }
        }
      }
    }
    const data = { groups: [{ name: 'a', taints: 5 }] }
    expect(propertiesAt(schema, '/groups/0', data)).toEqual(['name', 'taints'])
    expect(propertiesAt(schema, '', data)).toEqual(['groups'])
    expect(describeForms(schema, '/groups/0/taints', data)).toBe('a map or a list of strings')
    // Field paths as `fields` spells them: `[]` for a list's items.
    expect(propertiesAtFieldPath(schema, ['groups', '[]'])).toEqual(['name', 'taints'])
    expect(propertiesAtFieldPath(schema, [])).toEqual(['groups'])
    expect(propertiesAtFieldPath(schema, ['nothing'])).toEqual([])
    expect(formatFieldPath(['groups', '[]', 'taints'])).toBe('groups[].taints')
  })

  it('closest: edit distance with swaps, ties to the longest shared prefix, nothing when far', () => {
    expect(editDistance('instnaceType', 'instanceType')).toBe(1)
    expect(closest('nam', ['iam', 'name'])).toBe('name')
    expect(closest('Metadata', ['metadata', 'kind'])).toBe('metadata')
    expect(closest('zzzzzz', ['metadata', 'kind'])).toBeNull()
  })
})
