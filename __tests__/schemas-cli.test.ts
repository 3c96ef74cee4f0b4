// `eksctl-preflight schema` and `eksctl-preflight fields`, run as the bundled CLI (node dist/cli.js).
import { Ajv } from 'ajv'
import { describe, expect, it } from 'vitest'
import { createSchemaAjv } from '../src/schemas/index.js'
import { repoRoot } from './support/paths.js'
import { runCli, type CliRun } from './support/run-cli.js'

const cli = (...args: string[]): CliRun => runCli(repoRoot, args)

describe('eksctl-preflight schema', () => {
  it.each(['0.21.0', '0.230.0', 'v0.150.0'])('prints a JSON Schema that Ajv compiles (%s)', (version) => {
    const run = cli('schema', '--eksctl-version', version)
    expect(run.code).toBe(0)
    const schema = JSON.parse(run.stdout) as Record<string, unknown>
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#')
    const validate = createSchemaAjv().compile(schema)
    expect(
      validate({ apiVersion: 'eksctl.io/v1alpha5', kind: 'ClusterConfig', metadata: { name: 'a', region: 'b' } })
    ).toBe(true)
  })

  it.each(['0.21.0', '0.230.0'])(
    'prints schemas that plain strict Ajv compiles, with and without corrections (%s)',
    (version) => {
      for (const extra of [[], ['--no-corrections']]) {
        const run = cli('schema', '--eksctl-version', version, ...extra)
        expect(run.code).toBe(0)
        const validate = new Ajv({ strict: true, allowUnionTypes: true }).compile(JSON.parse(run.stdout) as object)
        const doc = { apiVersion: 'eksctl.io/v1alpha5', kind: 'ClusterConfig', metadata: { name: 'a', region: 'b' } }
        expect(validate(doc)).toBe(true)
        // a number where a struct is expected: eksctl's decoder rejects it; eksctl's own schema (0.22.0+) does not
        expect(validate({ ...doc, vpc: 42 })).toBe(extra.length === 1 && version !== '0.21.0')
      }
    }
  )

  it('applies corrections unless --no-corrections', () => {
    const corrected = JSON.parse(cli('schema', '--eksctl-version', '0.194.0').stdout) as { definitions: object }
    const raw = JSON.parse(cli('schema', '--eksctl-version=0.194.0', '--no-corrections').stdout) as {
      definitions: object
    }
    expect(Object.keys(corrected.definitions)).toContain('ZonalShiftConfig')
    expect(Object.keys(raw.definitions)).not.toContain('ZonalShiftConfig')
  })

  it('notes an approximated release on stderr', () => {
    const run = cli('schema', '--eksctl-version', '0.300.0')
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('newer than the newest known release 0.230.0')
  })

  it('exits 2 with a clear message on bad usage', () => {
    expect(cli('schema').code).toBe(2)
    const old = cli('schema', '--eksctl-version', '0.20.0')
    expect(old.code).toBe(2)
    expect(old.stderr).toContain('predates `eksctl utils schema`')
    expect(old.stdout).toBe('')
    expect(cli('schema', '--eksctl-version', '0.150.0', '--bogus').stderr).toContain('unknown option --bogus')
  })
})

describe('eksctl-preflight fields', () => {
  it('prints when iamIdentityMappings was added', () => {
    const run = cli('fields', 'iamIdentityMappings')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^iamIdentityMappings: added in 0\.112\.0 \(2022-09-\d\d\)\n$/)
  })

  it('prints removals, enum values and gaps', () => {
    const run = cli('fields', 'git', 'managedNodeGroups[].amiFamily=AmazonLinux2023', 'status')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('git: present since 0.21.0')
    expect(run.stdout).toContain('removed in 0.77.0')
    expect(run.stdout).toContain('managedNodeGroups[].amiFamily=AmazonLinux2023: accepted in 0.176.0')
    const gap = cli('fields', 'iam.serviceAccounts[].metadata', '--no-corrections')
    expect(gap.stdout).toContain('removed in 0.22.0')
    expect(gap.stdout).toContain('then added in 0.39.0')
  })

  it('prints JSON with --format json', () => {
    const run = cli('fields', 'iam.podIdentityAssociations', '--format', 'json')
    expect(JSON.parse(run.stdout)).toEqual([
      {
        path: 'iam.podIdentityAssociations',
        ranges: [
          { from: '0.165.0', to: null, fromDate: expect.stringMatching(/^\d{4}-/), toDate: null, removedIn: null }
        ]
      }
    ])
  })

  it('suggests the closest path some release has for a path in no release', () => {
    const run = cli(
      'fields',
      'iamIdentityMapings',
      'managedNodegroups[].tants',
      'managedNodeGroups.taints',
      'gitt',
      'vpc.subnets.privat.*.id',
      'managedNodeGroups[].amiFamly=AmazonLinux2023',
      'zzzzzzzz'
    )
    expect(run.code).toBe(1)
    expect(run.stdout.split('\n')).toEqual([
      'iamIdentityMapings: in no known release (0.21.0 … 0.230.0); did you mean iamIdentityMappings?',
      // Each level is corrected in turn.
      'managedNodegroups[].tants: in no known release (0.21.0 … 0.230.0); did you mean managedNodeGroups[].taints?',
      // A list's items were meant.
      'managedNodeGroups.taints: in no known release (0.21.0 … 0.230.0); did you mean managedNodeGroups[].taints?',
      // A field only older releases had.
      'gitt: in no known release (0.21.0 … 0.230.0); did you mean git?',
      'vpc.subnets.privat.*.id: in no known release (0.21.0 … 0.230.0); did you mean vpc.subnets.private.*.id?',
      'managedNodeGroups[].amiFamly=AmazonLinux2023: in no known release (0.21.0 … 0.230.0); did you mean managedNodeGroups[].amiFamily=AmazonLinux2023?',
      'zzzzzzzz: in no known release (0.21.0 … 0.230.0)',
      ''
    ])
    // A value the field never accepted: no path to suggest.
    expect(cli('fields', 'managedNodeGroups[].amiFamily=Windows3').stdout).toBe(
      'managedNodeGroups[].amiFamily=Windows3: in no known release (0.21.0 … 0.230.0); the field may exist without this value\n'
    )
    const json = cli('fields', 'iamIdentityMapings', '--format', 'json')
    expect(JSON.parse(json.stdout)).toEqual([
      { path: 'iamIdentityMapings', suggestion: 'iamIdentityMappings', ranges: [] }
    ])
  })

  it('exits 1 for a field in no release and 2 on bad usage', () => {
    const typo = cli('fields', 'iamIdentityMapping')
    expect(typo.code).toBe(1)
    expect(typo.stdout).toBe(
      'iamIdentityMapping: in no known release (0.21.0 … 0.230.0); did you mean iamIdentityMappings?\n'
    )
    expect(cli('fields').code).toBe(2)
    expect(cli('fields', 'a', '--format', 'xml').stderr).toContain('--format must be text or json')
  })
})
