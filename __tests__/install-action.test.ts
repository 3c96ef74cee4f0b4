// End to end: `node dist/index.js` with install-eksctl: true against a release mirror on 127.0.0.1, with temp
// GITHUB_OUTPUT / GITHUB_PATH / GITHUB_STEP_SUMMARY / RUNNER_TOOL_CACHE / RUNNER_TEMP, like a runner sets them.
// dist/ is built by the vitest global setup (__tests__/support/build-dist.ts). Validation after the install is in
// install-then-validate.test.ts.
import { arch, tmpdir } from 'node:os'
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { gzipSync } from 'node:zlib'
import { checksumsText, gzipBomb, publishFakeRelease, tarBlocks, tarHeader } from './support/fake-eksctl.js'
import { TestHttpServer } from './support/release-server.js'
import { runAction, type ActionRun } from './support/run-action.js'

const TOKEN = 'ghs_e2eTokenThatMustBeMasked'
const ASSET = `eksctl_Linux_${arch() === 'arm64' ? 'arm64' : 'amd64'}.tar.gz`

describe.skipIf(process.platform === 'win32')('action: install-eksctl end to end (node dist/index.js)', () => {
  let server: TestHttpServer
  let root: string
  let sharedToolCache: string

  beforeAll(async () => {
    server = await TestHttpServer.start()
    root = mkdtempSync(join(tmpdir(), 'install-action-'))
    sharedToolCache = join(root, 'shared-tool-cache')
    publishFakeRelease(server, { version: '0.230.0' })
    publishFakeRelease(server, { version: '0.229.0' })
    server.set('/v0.229.0/eksctl_checksums.txt', {
      body: checksumsText({
        'eksctl_Linux_amd64.tar.gz': Buffer.from('something else'),
        'eksctl_Linux_arm64.tar.gz': Buffer.from('something else')
      })
    })
  })
  afterAll(async () => {
    await server.close()
    rmSync(root, { recursive: true, force: true })
  })

  // Config is empty: these runs show the install alone (validation has its own test file).
  const install = (version: string, toolCache?: string, inputs: Record<string, string> = {}): Promise<ActionRun> =>
    runAction({
      workDir: root,
      toolCache,
      env: { GITHUB_API_URL: server.url },
      inputs: {
        'install-eksctl': 'true',
        'eksctl-version': version,
        'eksctl-download-url': server.url,
        'github-token': TOKEN,
        ...inputs
      }
    })
  /** Serves `archive` as release `version`'s asset for this machine, with a checksum file that vouches for it. */
  const publishArchive = (version: string, archive: Buffer): void => {
    server.set(`/v${version}/${ASSET}`, { body: archive })
    server.set(`/v${version}/eksctl_checksums.txt`, { body: checksumsText({ [ASSET]: archive }) })
  }
  const failedCleanly = (result: ActionRun): void => {
    expect(result.code).toBe(1)
    expect(result.path).toBe('')
    expect(result.outputs).toEqual({})
    expect(existsSync(join(result.toolCache, 'eksctl'))).toBe(false)
    expect(existsSync(result.runnerTemp) ? readdirSync(result.runnerTemp) : []).toEqual([])
  }

  it('installs eksctl 0.230.0 from the mirror: outputs eksctl-path and eksctl-version, adds it to GITHUB_PATH', async () => {
    server.clearLog()
    const result = await install('0.230.0', sharedToolCache)
    const dir = join(sharedToolCache, 'eksctl', '0.230.0', arch())
    expect(result.outputs['eksctl-path'], result.stdout + result.stderr).toBe(join(dir, 'eksctl'))
    expect(result.outputs['eksctl-version']).toBe('0.230.0')
    expect(result.path).toBe(`${dir}\n`)
    expect(existsSync(`${dir}.complete`)).toBe(true)
    expect(server.requests.map((r) => r.path)).toEqual(['/v0.230.0/eksctl_checksums.txt', `/v0.230.0/${ASSET}`])
    expect(result.stdout).toContain(`SHA-256 of ${ASSET} (eksctl v0.230.0) matches eksctl_checksums.txt`)
    // The token is masked, and sent nowhere (a release was named, so GitHub's API is not asked).
    expect(result.stdout).toContain(`::add-mask::${TOKEN}`)
    expect(result.stdout.split(TOKEN)).toHaveLength(2)
    for (const r of server.requests) expect(r.headers.authorization).toBeUndefined()
    // Downloads and the extracted copy are gone from RUNNER_TEMP.
    expect(existsSync(result.runnerTemp) ? readdirSync(result.runnerTemp) : []).toEqual([])
  })

  it('a second run with the same version uses the tool cache: no request reaches the server', async () => {
    server.clearLog()
    const result = await install('v0.230.0', sharedToolCache)
    expect(result.outputs['eksctl-version']).toBe('0.230.0')
    expect(result.outputs['eksctl-path']).toBe(join(sharedToolCache, 'eksctl', '0.230.0', arch(), 'eksctl'))
    expect(result.path).toBe(`${join(sharedToolCache, 'eksctl', '0.230.0', arch())}\n`)
    expect(server.requests).toEqual([])
    expect(result.stdout).toContain('eksctl 0.230.0 is in the tool cache')
  })

  it('a checksum mismatch fails the step: exit 1, nothing on PATH, nothing cached, no outputs', async () => {
    const result = await install('0.229.0')
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(
      new RegExp(
        `::error::SHA-256 of ${ASSET} from http://127\\.0\\.0\\.1:\\d+/v0\\.229\\.0/${ASSET} is [0-9a-f]{64}, but ` +
          'eksctl_checksums\\.txt says [0-9a-f]{64}: refusing to install it \\(nothing was extracted, cached or added to PATH\\)'
      )
    )
    expect(result.path).toBe('')
    expect(result.outputs).toEqual({})
    expect(existsSync(join(result.toolCache, 'eksctl'))).toBe(false)
  })

  it('a missing release fails the step with the URLs tried', async () => {
    const result = await install('0.228.5')
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(
      /::error::eksctl release 0\.228\.5 was not found: http:\/\/127\.0\.0\.1:\d+\/v0\.228\.5\/eksctl_checksums\.txt and http:\/\/127\.0\.0\.1:\d+\/0\.228\.5\/eksctl_checksums\.txt answered HTTP 404/
    )
    expect(result.path).toBe('')
  })

  it('latest asks the GitHub API with the token; when that fails it installs the newest bundled release and warns', async () => {
    server.set('/repos/eksctl-io/eksctl/releases/latest', { status: 502, body: '{"message":"Bad gateway"}' })
    server.clearLog()
    const result = await install('latest')
    expect(result.stdout).toMatch(
      /::warning::could not ask GitHub for the newest eksctl release \(http:\/\/127\.0\.0\.1:\d+ answered HTTP 502: Bad gateway\); installing 0\.230\.0, the newest release eksctl-preflight knows/
    )
    expect(result.outputs['eksctl-version']).toBe('0.230.0')
    const api = server.requestsFor('/repos/eksctl-io/eksctl/releases/latest')
    expect(api).toHaveLength(1)
    expect(api[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`)
  })

  it('install-eksctl with eksctl-version left at "installed" fails and says what to write', async () => {
    const result = await install('installed')
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      '::error::install-eksctl: true needs eksctl-version to say what to install: a release such as 0.230.0, latest, or a semver range'
    )
  })

  it('a mirror that accepts and never answers: the step fails at install-timeout with one clear error', async () => {
    server.set('/v0.228.0/eksctl_checksums.txt', { hang: true })
    const started = Date.now()
    const result = await install('0.228.0', undefined, { 'install-timeout': '2' })
    const seconds = (Date.now() - started) / 1000
    failedCleanly(result)
    expect(result.stdout).toMatch(
      /::error::eksctl was not installed: install-timeout \(2 s\) passed while downloading http:\/\/127\.0\.0\.1:\d+\/v0\.228\.0\/eksctl_checksums\.txt; stopped after 2(\.\d)? s\. Nothing was cached or added to PATH\. Check that eksctl-download-url answers, or raise install-timeout\./
    )
    expect(seconds).toBeGreaterThanOrEqual(2)
    expect(seconds).toBeLessThan(15)
  })

  it('a mirror trickling a byte every 200 ms: the step still fails at install-timeout', async () => {
    publishFakeRelease(server, { version: '0.227.0' })
    server.set(`/v0.227.0/${ASSET}`, { trickleMs: 200 })
    const started = Date.now()
    const result = await install('0.227.0', undefined, { 'install-timeout': '2' })
    failedCleanly(result)
    expect(result.stdout).toMatch(
      new RegExp(
        `::error::eksctl was not installed: install-timeout \\(2 s\\) passed while downloading http://127\\.0\\.0\\.1:\\d+/v0\\.227\\.0/${ASSET.replace(/\./g, '\\.')}; stopped after`
      )
    )
    expect((Date.now() - started) / 1000).toBeLessThan(15)
  })

  it('install-timeout that is not a number of seconds is an input error', async () => {
    const result = await install('0.230.0', undefined, { 'install-timeout': '5m' })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('::error::install-timeout must be a number of seconds greater than 0, got "5m"')
  })

  it('an archive whose eksctl is a symbolic link is refused: the link target is not chmod-ed or run', async () => {
    const target = join(root, 'not-eksctl.sh')
    writeFileSync(target, '#!/bin/sh\necho pwned\n')
    chmodSync(target, 0o600)
    publishArchive('0.226.0', gzipSync(tarBlocks([{ header: tarHeader('eksctl', { type: '2', link: target }) }])))
    const result = await install('0.226.0')
    failedCleanly(result)
    expect(result.stdout).toContain(
      `eksctl in the archive is a symbolic link to ${JSON.stringify(target)}, not a regular file; refused (nothing was extracted). Nothing was cached or run.`
    )
    expect(statSync(target).mode & 0o777).toBe(0o600)
    expect(result.stdout).not.toContain('pwned')
  })

  it('an archive of about 1 MiB that expands past 1 GiB is refused without being extracted', async () => {
    const bomb = gzipBomb(tarHeader('eksctl', { size: 1100 * 1024 * 1024 }), 1100)
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024)
    publishArchive('0.225.0', bomb)
    const result = await install('0.225.0')
    failedCleanly(result)
    expect(result.stdout).toContain(
      'the archive expands to more than 1024 MiB (entry "eksctl" declares 1153433600 bytes); refused without extracting it'
    )
  })
})
