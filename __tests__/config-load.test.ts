// The config loader as validation sees it: real files in a temporary workspace, positions checked against the text.
/* eslint-disable @typescript-eslint/no-explicit-any -- assertions read into the parsed config data */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { InputError, loadConfigs, parsePatternList, type LoadedFile } from '../src/config/index.js'
import { MAX_CONFIG_BYTES } from '../src/config/read.js'
import { insideText, load, slice, tempWorkspace } from './config-helpers.js'
import { sharedDir } from './support/paths.js'

let ws: { dir: string; cleanup: () => void }
beforeEach(() => {
  ws = tempWorkspace()
})
afterEach(() => ws.cleanup())

async function one(pattern: string, extra = {}): Promise<LoadedFile> {
  const files = await load(ws.dir, [pattern], extra)
  expect(files).toHaveLength(1)
  return files[0]
}

function write(rel: string, content: string | Uint8Array): string {
  const abs = path.join(ws.dir, rel)
  mkdirSync(path.dirname(abs), { recursive: true })
  writeFileSync(abs, content)
  return rel
}

const KARPENTER_ENV = {
  CLUSTER_NAME: 'karpenter-demo',
  AWS_DEFAULT_REGION: 'us-west-2',
  AWS_ACCOUNT_ID: '111122223333'
}

describe('Karpenter v0.27 getting-started config (heredoc with ${VAR})', () => {
  it('without envsubst: one notice listing the unexpanded variables, placeholder paths recorded', async () => {
    const f = await one('configs/karpenter-v0.27.yaml')
    expect(f.kind).toBe('ClusterConfig')
    expect(f.findings).toHaveLength(1)
    const [n] = f.findings
    expect(n).toMatchObject({
      ruleId: 'config/unexpanded-placeholder',
      severity: 'notice',
      file: 'configs/karpenter-v0.27.yaml',
      instancePath: '/metadata/name',
      line: 5,
      column: 9,
      endLine: 5,
      endColumn: 24
    })
    expect(n.message).toContain('${CLUSTER_NAME}, ${AWS_DEFAULT_REGION}, ${AWS_ACCOUNT_ID}')
    const doc = f.document!
    expect([...doc.placeholderPaths]).toEqual(
      expect.arrayContaining([
        '/metadata/name',
        '/metadata/region',
        '/iamIdentityMappings/0/arn',
        '/managedNodeGroups/0/name'
      ])
    )
    expect(doc.placeholderPaths.has('/metadata/version')).toBe(false)
    expect((doc.data as { metadata: { name: string } }).metadata.name).toBe('${CLUSTER_NAME}')
    // The headline finding of the product points here: the iamIdentityMappings key.
    expect(doc.locate('/iamIdentityMappings', 'key')).toEqual({ line: 22, column: 1, endLine: 22, endColumn: 20 })
    expect(slice(doc.text, doc.locate('/iamIdentityMappings', 'key'))).toBe('iamIdentityMappings')
  })

  it('with envsubst and the variables set: expanded data, positions still in the file as written', async () => {
    const f = await one('configs/karpenter-v0.27.yaml', { envsubst: true, env: KARPENTER_ENV })
    expect(f.findings).toEqual([])
    const doc = f.document!
    expect(doc.placeholderPaths.size).toBe(0)
    const data = doc.data as Record<string, any>
    expect(data.metadata).toEqual({
      name: 'karpenter-demo',
      region: 'us-west-2',
      version: '1.24',
      tags: { 'karpenter.sh/discovery': 'karpenter-demo' }
    })
    expect(data.iamIdentityMappings[0].arn).toBe('arn:aws:iam::111122223333:role/KarpenterNodeRole-karpenter-demo')
    expect(doc.text).toContain('${CLUSTER_NAME}')
    expect(doc.expandedText).not.toContain('${')
    expect(slice(doc.text, doc.locate('/metadata/name'))).toBe('${CLUSTER_NAME}')
    expect(slice(doc.text, doc.locate('/iam/serviceAccounts/0/attachPolicyARNs/0'))).toBe(
      'arn:aws:iam::${AWS_ACCOUNT_ID}:policy/KarpenterControllerPolicy-${CLUSTER_NAME}'
    )
    // After two substitutions on line 23 the columns of what follows are those of the original text.
    expect(doc.locate('/iamIdentityMappings/0/username', 'key')).toEqual({
      line: 24,
      column: 3,
      endLine: 24,
      endColumn: 11
    })
    expect(doc.locate('/managedNodeGroups/0/maxSize')).toMatchObject({ line: 35, column: 12, endColumn: 14 })
  })

  it('with envsubst and a variable unset: one error naming it at its first place', async () => {
    const env = { ...KARPENTER_ENV, AWS_ACCOUNT_ID: undefined }
    const f = await one('configs/karpenter-v0.27.yaml', { envsubst: true, env })
    const errors = f.findings.filter((x) => x.severity === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({
      ruleId: 'config/unset-variable',
      line: 19,
      column: 20,
      endLine: 19,
      endColumn: 37
    })
    expect(errors[0].message).toContain('AWS_ACCOUNT_ID')
    expect(errors[0].message).toContain('1 more place')
    expect(f.document).not.toBeNull()
    // The value that held the placeholder, as a JSON pointer.
    expect(errors[0].instancePath).toBe('/iam/serviceAccounts/0/attachPolicyARNs/0')
  })

  it('an unset variable points (instancePath) at the innermost value that held it, also once it is empty', async () => {
    const text = [
      'apiVersion: eksctl.io/v1alpha5',
      'kind: ClusterConfig',
      'metadata:',
      '  name: ${CLUSTER_NAME}', // the value is empty once expanded
      '  region: us-west-2',
      '  tags:',
      '    owner: team-${TEAM}', // inside a longer string
      'iam:',
      '  serviceAccounts:',
      '    - metadata: {name: karpenter, namespace: ${NS}}', // in a flow mapping
      'availabilityZones:',
      '  - ${AZ}', // an empty sequence item
      '  - us-west-2b',
      ''
    ].join('\n')
    const expected = [
      ['CLUSTER_NAME', '/metadata/name'],
      ['TEAM', '/metadata/tags/owner'],
      ['NS', '/iam/serviceAccounts/0/metadata/namespace'],
      ['AZ', '/availabilityZones/0']
    ]
    // The same through the fast YAML path and the full one (an anchor sends the file to the full parser).
    for (const [name, content] of [
      ['fast.yaml', text],
      ['full.yaml', text.replace('kind: ClusterConfig', 'kind: &k ClusterConfig')]
    ]) {
      const f = await one(write(name!, content!), { envsubst: true, env: {} })
      const unset = f.findings.filter((x) => x.ruleId === 'config/unset-variable')
      expect(
        unset.map((x) => [/variable (\w+)/.exec(x.message)![1], x.instancePath]),
        name
      ).toEqual(expected)
      for (const x of unset) expect(f.document!.has(x.instancePath)).toBe(true)
    }
  })

  it('envsubst expands $VAR and ${VAR}, leaves other dollars alone, and ignores unset variables in comments', async () => {
    const rel = write(
      'e.yaml',
      'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n# cost: $MONTHLY per month\nmetadata:\n' +
        '  name: $NAME-${SUFFIX}\n  region: us-west-2\n  tags: {price: "$5", literal: "$"}\n'
    )
    const f = await one(rel, { envsubst: true, env: { NAME: 'a', SUFFIX: 'b' } })
    expect(f.findings).toEqual([])
    expect((f.document!.data as any).metadata).toMatchObject({ name: 'a-b', tags: { price: '$5', literal: '$' } })
  })

  it('a placeholder in a flow collection without envsubst is a syntax error that says why', async () => {
    const rel = write(
      'flow.yaml',
      'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: {name: ${X}, region: us-west-2}\n'
    )
    const f = await one(rel)
    expect(f.document).toBeNull()
    expect(f.findings[0]).toMatchObject({ ruleId: 'yaml/syntax', severity: 'error', line: 3 })
    expect(f.findings[0].message).toContain('envsubst')
    // With envsubst the same file is fine.
    const g = await one(rel, { envsubst: true, env: { X: 'x' } })
    expect(g.findings).toEqual([])
  })
})

describe.skipIf(!existsSync(path.join(sharedDir, 'eksctl-examples')))('eksctl examples (needs ../shared)', () => {
  const examples = path.join(sharedDir, 'eksctl-examples')

  it('15-managed-nodes.yaml: locate() lands on the right tokens', async () => {
    const [f] = await loadConfigs({
      patterns: ['15-managed-nodes.yaml'],
      workspace: examples,
      cwd: examples,
      envsubst: false,
      env: {}
    })
    expect(f.path).toBe('15-managed-nodes.yaml')
    const doc = f.document!
    const text = readFileSync(path.join(examples, '15-managed-nodes.yaml'), 'utf8')
    expect(doc.text).toBe(text)
    expect(doc.locate('/managedNodeGroups/0/name', 'key')).toEqual({ line: 11, column: 5, endLine: 11, endColumn: 9 })
    expect(doc.locate('/managedNodeGroups/0/name')).toEqual({ line: 11, column: 11, endLine: 11, endColumn: 28 })
    expect(slice(text, doc.locate('/managedNodeGroups/0/name'))).toBe('managed-ng-public')
    expect(slice(text, doc.locate('/managedNodeGroups/0/availabilityZones/1'))).toBe('"us-west-2b"')
    expect(slice(text, doc.locate('/managedNodeGroups/0/ssh/publicKeyPath'))).toBe('~/.ssh/ec2_id_rsa.pub')
    expect(slice(text, doc.locate('/managedNodeGroups/0/labels/role', 'key'))).toBe('role')
    expect(slice(text, doc.locate('/managedNodeGroups/0/taints/1/effect'))).toBe('NoExecute')
    expect(doc.locate('/metadata', 'key')).toEqual({ line: 6, column: 1, endLine: 6, endColumn: 9 })
    // A multi-line value: from its first to its last character.
    expect(doc.locate('/metadata')).toEqual({ line: 7, column: 3, endLine: 8, endColumn: 20 })
    // Missing paths resolve to the nearest existing ancestor.
    expect(doc.locate('/managedNodeGroups/0/doesNotExist', 'key')).toEqual(doc.locate('/managedNodeGroups/0'))
    expect(doc.locate('/metadata/nope/deeper', 'key')).toEqual(doc.locate('/metadata', 'key'))
    expect(doc.has('/managedNodeGroups/3/launchTemplate/version')).toBe(true)
    // The bootstrap script's ${n} is shell syntax: recorded as a placeholder path, but no notice about it.
    expect(f.findings).toEqual([])
  })

  it('all 48 examples load as ClusterConfig without errors or warnings', async () => {
    const files = await loadConfigs({
      patterns: ['*.yaml'],
      workspace: examples,
      cwd: examples,
      envsubst: false,
      env: {}
    })
    expect(files).toHaveLength(48)
    expect(files.map((f) => f.path)).toEqual([...files.map((f) => f.path)].sort())
    for (const f of files) {
      expect(f.kind, f.path).toBe('ClusterConfig')
      expect(f.document, f.path).not.toBeNull()
      expect(
        f.findings.filter((x) => x.severity !== 'notice'),
        f.path
      ).toEqual([])
    }
  })
})

describe('parsing like eksctl (go-yaml v2, strict)', () => {
  it('YAML 1.1 scalars, also as keys; no timestamps or sexagesimal numbers; anchors and merge keys', async () => {
    const f = await one('configs/yaml11.yaml')
    expect(f.findings).toEqual([])
    const data = f.document!.data as Record<string, any>
    expect(data.metadata.version).toBe(1.3)
    expect(data.metadata.tags).toEqual({
      spot: true,
      true: false,
      false: 'keep',
      date: '2024-01-02',
      ports: '22:22',
      mode: 420
    })
    expect(data.managedNodeGroups).toEqual([
      { instanceType: 'm5.large', labels: { role: 'worker' }, name: 'ng-1' },
      { name: 'ng-2', labels: { role: 'worker' } }
    ])
    const doc = f.document!
    // A value that came in through a merge key points into the anchored mapping.
    expect(doc.locate('/managedNodeGroups/0/instanceType')).toMatchObject({ line: 15, column: 17 })
    // An aliased value points at the alias token; its children at the anchored node.
    expect(slice(doc.text, doc.locate('/managedNodeGroups/1/labels'))).toBe('*labels')
    expect(slice(doc.text, doc.locate('/managedNodeGroups/1/labels/role'))).toBe('worker')
    expect(doc.locate('/metadata/tags/true', 'key')).toMatchObject({ line: 9, column: 5, endColumn: 7 })
  })

  it('duplicate key: an error at the second key, worded like eksctl', async () => {
    const f = await one('configs/duplicate-key.yaml')
    const dup = f.findings.find((x) => x.ruleId === 'yaml/duplicate-key')!
    expect(dup).toMatchObject({
      severity: 'error',
      instancePath: '/metadata',
      line: 6,
      column: 1,
      endLine: 6,
      endColumn: 9
    })
    expect(dup.message).toContain('key "metadata" already set in map')
  })

  it('duplicate keys that are the same YAML 1.1 boolean', async () => {
    const f = await one(
      write('b.yaml', 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\ntags:\n  yes: 1\n  on: 2\n')
    )
    const dup = f.findings.find((x) => x.ruleId === 'yaml/duplicate-key')!
    expect(dup).toMatchObject({ line: 5, column: 3, endColumn: 5, instancePath: '/tags/true' })
    expect(dup.message).toContain('key "true" already set in map')
  })

  it('overriding a merged key is an error, as in go-yaml v2 strict mode', async () => {
    const f = await one(
      write('m.yaml', 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nx: &x {a: 1, b: 2}\nz:\n  <<: *x\n  b: 3\n')
    )
    const dup = f.findings.find((x) => x.ruleId === 'yaml/duplicate-key')!
    expect(dup).toMatchObject({ severity: 'error', instancePath: '/z/b', line: 6, column: 3, endColumn: 4 })
    expect((f.document!.data as any).z).toEqual({ a: 1, b: 3 })
  })

  it('syntax error: at the offending token, no document', async () => {
    const f = await one('configs/syntax-error.yaml')
    expect(f.document).toBeNull()
    expect(f.kind).toBe('ClusterConfig')
    const errs = f.findings.filter((x) => x.ruleId === 'yaml/syntax')
    expect(errs).toHaveLength(1)
    expect(errs[0].line).toBeGreaterThanOrEqual(5)
    expect(errs[0].line).toBeLessThanOrEqual(6)
    expect(errs[0].message).toMatch(/^YAML syntax error: /)
    expect(insideText(readFileSync(path.join(ws.dir, 'configs/syntax-error.yaml'), 'utf8'), errs[0])).toBe(true)
  })

  it('alias bomb ("billion laughs"): a finding, quickly, not a hang', async () => {
    const started = Date.now()
    const f = await one('configs/alias-bomb.yaml')
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(f.document).toBeNull()
    expect(f.findings).toHaveLength(1)
    expect(f.findings[0]).toMatchObject({ ruleId: 'yaml/alias-limit', severity: 'error' })
    expect(f.findings[0].message).toContain('100,000')
  })

  it('an alias inside its own anchor is a cycle, not a stack overflow', async () => {
    const f = await one(write('c.yaml', 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\na: &a [1, *a]\n'))
    expect(f.findings[0]).toMatchObject({ ruleId: 'yaml/alias-cycle', line: 3, column: 11, endColumn: 13 })
  })

  it('deep nesting is a finding, not a stack overflow or a slow parse', async () => {
    const flow = await one(write('deep-flow.yaml', 'a: ' + '['.repeat(100_000) + ']'.repeat(100_000) + '\n'))
    expect(flow.findings).toEqual([
      expect.objectContaining({ ruleId: 'yaml/too-deep', severity: 'error', line: 1, column: 260, endColumn: 261 })
    ])
    const lines = Array.from({ length: 1500 }, (_, i) => ' '.repeat(i) + 'k:')
    const block = await one(write('deep-block.yaml', lines.join('\n') + ' 1\n'))
    expect(block.findings.map((x) => x.ruleId)).toEqual(['yaml/too-deep'])
    expect(block.document).toBeNull()
  })

  it('keys are compared as go-yaml does: 1 and "1" differ; a duplicate inside an anchor is reported once', async () => {
    const f = await one(
      write(
        'keys.yaml',
        'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nt:\n  1: a\n  "1": b\n' +
          'x: &x {a: 1, a: 2}\ny: *x\nz: *x\n'
      )
    )
    const dups = f.findings.filter((x) => x.ruleId === 'yaml/duplicate-key')
    expect(dups).toEqual([expect.objectContaining({ line: 6, column: 14, endColumn: 15, instancePath: '/x/a' })])
  })

  it('only the first document counts; a later one is a warning at its marker', async () => {
    const f = await one('configs/later-document.yaml')
    expect(f.kind).toBe('ClusterConfig')
    expect((f.document!.data as any).metadata.name).toBe('first')
    expect(f.findings).toHaveLength(1)
    expect(f.findings[0]).toMatchObject({
      ruleId: 'config/later-document',
      severity: 'warning',
      line: 7,
      column: 1,
      endColumn: 4
    })
  })

  it('a JSON config is read as YAML (as eksctl does) with exact positions', async () => {
    const f = await one('configs/cluster.json')
    expect(f.kind).toBe('ClusterConfig')
    expect(f.findings).toEqual([])
    const doc = f.document!
    expect((doc.data as any).metadata.version).toBe('1.30')
    expect(doc.locate('/metadata/name')).toEqual({ line: 5, column: 13, endLine: 5, endColumn: 24 })
    expect(doc.locate('/managedNodeGroups/0/desiredCapacity', 'key')).toEqual({
      line: 13,
      column: 7,
      endLine: 13,
      endColumn: 24
    })
    const tabbed = await one(
      write('tab.json', '{\n\t"apiVersion": "eksctl.io/v1alpha5",\n\t"kind": "ClusterConfig"\n}\n')
    )
    expect(tabbed.findings).toEqual([])
    expect(tabbed.document!.locate('/kind')).toEqual({ line: 3, column: 10, endLine: 3, endColumn: 25 })
  })
})

describe('what is not a ClusterConfig', () => {
  it('another Kubernetes object: skipped with a notice at its kind', async () => {
    const f = await one('configs/not-clusterconfig.yaml')
    expect(f).toMatchObject({ kind: 'skipped', document: null })
    expect(f.findings).toEqual([
      expect.objectContaining({
        ruleId: 'config/not-clusterconfig',
        severity: 'notice',
        instancePath: '/kind',
        line: 2,
        column: 7,
        endColumn: 16
      })
    ])
  })

  it('an old apiVersion: an error that says eksctl reads only v1alpha5 since 0.1.31', async () => {
    const f = await one('configs/old-api-version.yaml')
    expect(f).toMatchObject({ kind: 'ClusterConfig', document: null })
    expect(f.findings[0]).toMatchObject({
      ruleId: 'config/old-api-version',
      severity: 'error',
      line: 1,
      column: 13,
      endColumn: 31
    })
    expect(f.findings[0].message).toContain('0.1.31')
    expect(f.findings[0].message).toContain('eksctl.io/v1alpha5')
  })

  it('a root that is not a mapping: skipped with a notice', async () => {
    const f = await one('configs/list-root.yaml')
    expect(f).toMatchObject({ kind: 'skipped', document: null })
    expect(f.findings[0]).toMatchObject({ ruleId: 'config/not-mapping', line: 1, column: 1 })
    expect(f.findings[0].message).toContain('a sequence')
  })

  it('empty and comment-only files: a warning at line 1', async () => {
    for (const name of ['configs/empty.yaml', 'configs/comments-only.yaml']) {
      const f = await one(name)
      expect(f).toMatchObject({ kind: 'skipped', document: null })
      expect(f.findings).toEqual([
        expect.objectContaining({ ruleId: 'config/empty', severity: 'warning', line: 1, column: 1, endLine: 1 })
      ])
    }
  })
})

describe('every other loader finding, at its token', () => {
  const H = 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n'
  const cases: [string, string, string, { line: number; column: number; endColumn: number }][] = [
    [
      'api-version',
      'kind: ClusterConfig\napiVersion: eksctl.io/v1beta1\n',
      'config/api-version',
      { line: 2, column: 13, endColumn: 30 }
    ],
    [
      'missing-kind',
      'apiVersion: eksctl.io/v1alpha5\nmetadata: {name: x}\n',
      'config/missing-kind',
      { line: 1, column: 13, endColumn: 31 }
    ],
    ['merge-invalid', H + 'x:\n  <<: [1]\n', 'yaml/merge-invalid', { line: 4, column: 8, endColumn: 9 }],
    ['complex-key', H + 'x:\n  ? [a, b]\n  : 1\n', 'yaml/complex-key', { line: 4, column: 5, endColumn: 11 }],
    ['unresolved-tag', H + 'x: !Ref MyRole\n', 'yaml/unresolved-tag', { line: 3, column: 4, endColumn: 8 }]
  ]
  for (const [name, text, ruleId, at] of cases) {
    it(`${ruleId} (${name})`, async () => {
      const f = await one(write(`${name}.yaml`, text))
      const hit = f.findings.find((x) => x.ruleId === ruleId)
      expect(hit, JSON.stringify(f.findings)).toMatchObject({ ...at, endLine: at.line })
    })
  }

  it('a tagged value is still read as its string (as go-yaml does)', async () => {
    const f = await one(write('tag.yaml', 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nx: !Ref MyRole\n'))
    expect((f.document!.data as any).x).toBe('MyRole')
  })
})

describe('bytes that are not a YAML text', () => {
  it('a 50 MB file is refused by its size', async () => {
    const rel = write('big.yaml', Buffer.alloc(50 * 1024 * 1024, 'a: b\n'))
    const f = await one(rel)
    expect(f.document).toBeNull()
    expect(f.findings).toEqual([
      expect.objectContaining({ ruleId: 'config/too-large', severity: 'error', line: 1, column: 1 })
    ])
    expect(f.findings[0].message).toContain('50.0 MiB')
    expect(f.findings[0].message).toContain(`${MAX_CONFIG_BYTES / 1024 / 1024}.0 MiB`)
  })

  it('a binary file: the position of the first NUL byte', async () => {
    const rel = write('bin.yaml', Buffer.from([0x61, 0x3a, 0x0a, 0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]))
    const f = await one(rel)
    expect(f.findings).toEqual([expect.objectContaining({ ruleId: 'config/binary', line: 2, column: 5, endColumn: 6 })])
  })

  it('bytes that are not UTF-8: the position of the first bad byte', async () => {
    const rel = write(
      'latin1.yaml',
      Buffer.concat([Buffer.from('metadata:\n  name: caf'), Buffer.from([0xe9]), Buffer.from('\n')])
    )
    const f = await one(rel)
    expect(f.findings).toEqual([
      expect.objectContaining({ ruleId: 'config/encoding', line: 2, column: 12, endColumn: 13 })
    ])
    expect(f.findings[0].message).toContain('0xe9')
  })

  it('a UTF-8 byte order mark is fine', async () => {
    const f = await one(write('bom.yaml', '\ufeffapiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n'))
    expect(f.findings).toEqual([])
    expect(f.document!.locate('/kind')).toEqual({ line: 2, column: 7, endLine: 2, endColumn: 20 })
  })
})

describe('which files: globs, stdin, the workspace boundary', () => {
  it('sorted, de-duplicated, workspace-relative with / separators', async () => {
    write('configs/sub/deep.yml', 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n')
    write('configs/readme.txt', 'not a config')
    const files = await load(ws.dir, ['configs/yaml11.yaml', 'configs/**/*.{yaml,yml}', './configs/yaml11.yaml'])
    const paths = files.map((f) => f.path)
    expect(paths).toEqual([...new Set(paths)].sort())
    expect(paths).toContain('configs/sub/deep.yml')
    expect(paths).not.toContain('configs/readme.txt')
    expect(paths.filter((p) => p === 'configs/yaml11.yaml')).toHaveLength(1)
  })

  it('the action input: one pattern per line, blanks and # comments dropped', async () => {
    const patterns = parsePatternList('configs/*.json\r\n\n  # staging clusters\n  configs/yaml11.yaml  \n')
    expect(patterns).toEqual(['configs/*.json', 'configs/yaml11.yaml'])
    expect((await load(ws.dir, patterns)).map((f) => f.path)).toEqual(['configs/cluster.json', 'configs/yaml11.yaml'])
  })

  it('paths are relative to the workspace even when cwd is a subfolder', async () => {
    const files = await loadConfigs({
      patterns: ['*.json'],
      workspace: ws.dir,
      cwd: path.join(ws.dir, 'configs'),
      envsubst: false,
      env: {}
    })
    expect(files.map((f) => f.path)).toEqual(['configs/cluster.json'])
  })

  it('a glob that matches nothing is an InputError naming it', async () => {
    await expect(load(ws.dir, ['clusters/*.yaml'])).rejects.toThrow(InputError)
    await expect(load(ws.dir, ['clusters/*.yaml'])).rejects.toThrow('clusters/*.yaml')
    write('notes/a.txt', 'x')
    await expect(load(ws.dir, ['notes/*'])).rejects.toThrow(/none ending in \.yaml, \.yml or \.json/)
    await expect(load(ws.dir, ['missing.yaml'])).rejects.toThrow('missing.yaml: no such file')
    await expect(load(ws.dir, [' ', ''])).rejects.toThrow(InputError)
  })

  it('a symlink out of the workspace is refused, also when a glob finds it', async () => {
    const outside = tempWorkspace()
    try {
      symlinkSync(path.join(outside.dir, 'configs/yaml11.yaml'), path.join(ws.dir, 'escape.yaml'))
      const err = await load(ws.dir, ['escape.yaml']).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(InputError)
      expect((err as Error).message).toContain('outside the workspace')
      expect((err as Error).message).toContain('through a symlink')
      await expect(load(ws.dir, ['*.yaml'])).rejects.toThrow('outside the workspace')
      symlinkSync(path.join(outside.dir, 'configs'), path.join(ws.dir, 'linked'))
      await expect(load(ws.dir, ['linked/**/*.yaml'])).rejects.toThrow('outside the workspace')
      await expect(load(path.join(ws.dir, 'configs'), ['../escape.yaml'])).rejects.toThrow('outside the workspace')
    } finally {
      outside.cleanup()
    }
  })

  it('a symlink that stays inside the workspace is read under its own name', async () => {
    symlinkSync(path.join(ws.dir, 'configs/cluster.json'), path.join(ws.dir, 'alias.json'))
    const f = await one('alias.json')
    expect(f.path).toBe('alias.json')
    expect(f.kind).toBe('ClusterConfig')
  })

  it.skipIf(process.platform === 'win32')('a named pipe is refused, not waited on', async () => {
    execFileSync('mkfifo', [path.join(ws.dir, 'pipe.yaml')])
    await expect(load(ws.dir, ['pipe.yaml'])).rejects.toThrow('not a regular file')
    // A glob passes over it.
    write('real.yaml', 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n')
    expect((await load(ws.dir, ['*.yaml'])).map((f) => f.path)).toEqual(['real.yaml'])
  })

  it('a folder stands for the configs in it', async () => {
    const files = await load(ws.dir, ['configs'])
    expect(files.map((f) => f.path)).toContain('configs/cluster.json')
  })

  it('- reads stdin once, shown as -', async () => {
    const text = readFileSync(path.join(ws.dir, 'configs/cluster.json'), 'utf8')
    let reads = 0
    const readStdin = async (): Promise<string> => {
      reads++
      return text
    }
    const files = await load(ws.dir, ['-', 'configs/yaml11.yaml', '-'], { readStdin })
    expect(files.map((f) => f.path)).toEqual(['-', 'configs/yaml11.yaml'])
    expect(reads).toBe(1)
    expect(files[0].findings).toEqual([])
    expect(files[0].document!.locate('/metadata/name').line).toBe(5)
    await expect(load(ws.dir, ['-'])).rejects.toThrow(InputError)
  })

  it('stdin with a NUL byte is a binary finding, not a crash', async () => {
    const [f] = await load(ws.dir, ['-'], { readStdin: async () => 'a: 1\n\0' })
    expect(f.findings[0]).toMatchObject({ ruleId: 'config/binary', file: '-', line: 2, column: 1 })
  })

  it('a workspace that does not exist is an InputError', async () => {
    await expect(load(path.join(ws.dir, 'nope'), ['*.yaml'])).rejects.toThrow(InputError)
  })
})

describe('locate()', () => {
  it('unescapes ~1 and ~0 in keys and clamps every answer into the file', async () => {
    const f = await one(
      write(
        'k.yaml',
        'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  tags:\n    "a/b": x\n    c~d: y\n    empty:\n'
      )
    )
    const doc = f.document!
    expect(slice(doc.text, doc.locate('/metadata/tags/a~1b', 'key'))).toBe('"a/b"')
    expect(slice(doc.text, doc.locate('/metadata/tags/c~0d'))).toBe('y')
    // A key with no value: the value is shown at the key.
    expect(slice(doc.text, doc.locate('/metadata/tags/empty'))).toBe('empty')
    for (const p of ['', '/', '/x/y/z', '/metadata/tags/a~1b/deeper', '/kind/0', '/metadata/tags/~2']) {
      for (const part of ['key', 'value'] as const)
        expect(insideText(doc.text, doc.locate(p, part)), `${p} ${part}`).toBe(true)
    }
  })
})
