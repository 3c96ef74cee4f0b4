// End to end: install-eksctl then validation in one `node dist/index.js` run: the installed release is the one
// validation targets, and a release newer than the bundled data is validated with its own `eksctl utils schema`.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publishFakeRelease } from './support/fake-eksctl.js'
import { TestHttpServer } from './support/release-server.js'
import { sharedDir } from './support/paths.js'
import { runAction, type ActionRun } from './support/run-action.js'

const sharedSchemas = join(sharedDir, 'eksctl-schemas')

describe.skipIf(process.platform === 'win32')('action: install-eksctl, then validate with the installed eksctl', () => {
  let server: TestHttpServer
  let root: string

  beforeAll(async () => {
    server = await TestHttpServer.start()
    root = mkdtempSync(join(tmpdir(), 'install-validate-'))
    publishFakeRelease(server, { version: '0.230.0' })
    publishFakeRelease(server, { version: '0.100.0' })
  })
  afterAll(async () => {
    await server.close()
    rmSync(root, { recursive: true, force: true })
  })

  const installAndValidate = (version: string): Promise<ActionRun> =>
    runAction({
      workDir: root,
      inputs: {
        'install-eksctl': 'true',
        'eksctl-version': version,
        'eksctl-download-url': server.url,
        config: 'examples/karpenter-cluster.yaml',
        'fail-on': 'error'
      }
    })

  it('validates with the installed eksctl 0.230.0', async () => {
    const result = await installAndValidate('0.230.0')
    expect(result.code, result.stdout).toBe(0)
    expect(result.outputs['eksctl-path']).toMatch(/\/eksctl\/0\.230\.0\/[^/]+\/eksctl$/)
    expect(result.outputs['eksctl-version']).toBe('0.230.0')
    expect(result.outputs.valid).toBe('true')
    expect(result.outputs.errors).toBe('0')
    expect(result.outputs.files).toBe('1')
  })

  it('an installed eksctl too old for the config fails validation', async () => {
    // examples/karpenter-cluster.yaml uses iamIdentityMappings, which eksctl 0.100.0 does not know.
    const result = await installAndValidate('0.100.0')
    expect(result.outputs['eksctl-version']).toBe('0.100.0')
    expect(result.outputs.valid).toBe('false')
    expect(Number(result.outputs.errors)).toBeGreaterThan(0)
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('iamIdentityMappings')
  })

  it.skipIf(!existsSync(sharedSchemas))(
    "a release newer than the bundled ones is validated with the binary's own `eksctl utils schema` (needs ../shared)",
    async () => {
      const rows = readFileSync(join(sharedSchemas, 'releases.tsv'), 'utf8').trim().split('\n')
      const newest = rows.at(-1)!.split('\t')
      const schema = readFileSync(join(sharedSchemas, newest[3]!), 'utf8')
      publishFakeRelease(server, { version: '0.231.0', outputs: { schema } })
      const result = await installAndValidate('0.231.0')
      expect(result.outputs['eksctl-version'], result.stdout).toBe('0.231.0')
      expect(readFileSync(join(result.toolCache, 'eksctl-schema', '0.231.0', 'schema.json'), 'utf8')).toBe(schema)
      expect(result.code, result.stdout).toBe(0)
      expect(result.outputs.valid).toBe('true')
      expect(result.summary).toContain('0.231.0')
      // The summary says which schema was used, and that the corrections do not apply to it.
      expect(result.summary).toContain(
        'eksctl 0.231.0 is newer than 0.230.0, the newest release eksctl-preflight bundles: validated with its own ' +
          'schema (`eksctl utils schema`).'
      )
      expect(result.summary).toContain('are known only for bundled releases and do not apply.')
    }
  )
})
