// The install engine with the REAL @actions/tool-cache (find, cache) against a release server on 127.0.0.1 that
// lays out stand-in eksctl releases like GitHub does. Downloads and extraction are the engine's own.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as tc from '@actions/tool-cache'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { EksctlInstallError, installEksctl, type InstallEksctlOptions } from '../src/eksctl/install.js'
import { checksumsText, publishFakeRelease, sha256, tarGz, standInScript } from './support/fake-eksctl.js'
import { TestHttpServer } from './support/release-server.js'

const KNOWN = ['0.60.0', ...Array.from({ length: 40 }, (_, i) => `0.${191 + i}.0`)] // 0.191.0 … 0.230.0

const SCHEMA_0_231 =
  JSON.stringify({
    $schema: 'http://json-schema.org/draft-07/schema#',
    $ref: '#/definitions/ClusterConfig',
    definitions: { ClusterConfig: { type: 'object', properties: { apiVersion: { type: 'string' } } } }
  }) + '\n'

describe.skipIf(process.platform === 'win32')('installEksctl with @actions/tool-cache', () => {
  let server: TestHttpServer
  let root: string
  let toolCacheDir: string
  let tempDir: string
  let runLog: string
  const warnings: string[] = []
  const infos: string[] = []

  beforeAll(async () => {
    server = await TestHttpServer.start()
    root = mkdtempSync(join(tmpdir(), 'install-engine-'))
  })
  afterAll(async () => {
    await server.close()
    rmSync(root, { recursive: true, force: true })
  })
  beforeEach(() => {
    const run = mkdtempSync(join(root, 'run-'))
    toolCacheDir = join(run, 'tool-cache')
    tempDir = join(run, 'temp')
    runLog = join(run, 'eksctl-runs.log')
    process.env.RUNNER_TOOL_CACHE = toolCacheDir
    process.env.RUNNER_TEMP = tempDir
    server.clearLog()
    warnings.length = 0
    infos.length = 0
  })

  function options(requested: string, extra: Partial<InstallEksctlOptions> = {}): InstallEksctlOptions {
    return {
      requested,
      knownReleases: KNOWN,
      downloadBaseUrl: server.url,
      githubApiUrl: server.url,
      toolCache: tc,
      toolCacheDir,
      tempDir,
      platform: 'linux',
      arch: 'x64',
      retry: { attempts: 2, baseDelayMs: 5, maxDelayMs: 20 },
      env: { ...process.env, FAKE_EKSCTL_RUN_LOG: runLog },
      log: { info: (m) => void infos.push(m), warning: (m) => void warnings.push(m) },
      ...extra
    }
  }

  async function installError(
    requested: string,
    extra: Partial<InstallEksctlOptions> = {}
  ): Promise<EksctlInstallError> {
    const error = await installEksctl(options(requested, extra)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(EksctlInstallError)
    return error as EksctlInstallError
  }

  const runs = (): string[] => (existsSync(runLog) ? readFileSync(runLog, 'utf8').trim().split('\n') : [])
  const cachedVersions = (): string[] =>
    existsSync(join(toolCacheDir, 'eksctl')) ? readdirSync(join(toolCacheDir, 'eksctl')) : []
  const tempLeftovers = (): string[] => (existsSync(tempDir) ? readdirSync(tempDir) : [])

  it('installs a release: checksums, archive, verify, extract, run `eksctl version`, cache', async () => {
    publishFakeRelease(server, { version: '0.230.0' })
    const result = await installEksctl(options('0.230.0'))
    const dir = join(toolCacheDir, 'eksctl', '0.230.0', 'x64')
    expect(result).toMatchObject({
      version: '0.230.0',
      directory: dir,
      binary: join(dir, 'eksctl'),
      fromCache: false,
      reportedVersion: '0.230.0',
      resolved: { requested: '0.230.0', version: '0.230.0', how: 'release' },
      downloaded: [`${server.url}/v0.230.0/eksctl_checksums.txt`, `${server.url}/v0.230.0/eksctl_Linux_amd64.tar.gz`]
    })
    expect(result.schemaFile).toBeUndefined()
    expect(existsSync(`${dir}.complete`)).toBe(true)
    expect(server.requests.map((r) => r.path)).toEqual([
      '/v0.230.0/eksctl_checksums.txt',
      '/v0.230.0/eksctl_Linux_amd64.tar.gz'
    ])
    expect(runs()).toEqual(['version'])
    expect(tempLeftovers()).toEqual([])
    expect(infos.join('\n')).toMatch(/SHA-256 of eksctl_Linux_amd64.tar.gz \(eksctl v0.230.0\) matches/)

    // Second run: the tool cache has it; the server sees no request at all.
    server.clearLog()
    const again = await installEksctl(options('v0.230.0'))
    expect(again).toMatchObject({ version: '0.230.0', binary: join(dir, 'eksctl'), fromCache: true, downloaded: [] })
    expect(server.requests).toEqual([])
    expect(runs()).toEqual(['version', 'version'])
  })

  it('installs a release published on its bare tag (up to ~0.63): /0.60.0/…', async () => {
    publishFakeRelease(server, { version: '0.60.0', tag: '0.60.0' })
    const result = await installEksctl(options('0.60.0'))
    expect(result.reportedVersion).toBe('0.60.0')
    expect(server.requests.map((r) => r.path)).toEqual([
      '/0.60.0/eksctl_checksums.txt',
      '/0.60.0/eksctl_Linux_amd64.tar.gz'
    ])
  })

  it('falls back from the v tag to the bare tag on 404, and reads the ≤0.13 log-style version line', async () => {
    publishFakeRelease(server, { version: '0.70.0', tag: '0.70.0' })
    const result = await installEksctl(options('0.70.0'))
    expect(result.version).toBe('0.70.0')
    expect(server.requests.map((r) => r.path)).toEqual([
      '/v0.70.0/eksctl_checksums.txt',
      '/0.70.0/eksctl_checksums.txt',
      '/0.70.0/eksctl_Linux_amd64.tar.gz'
    ])

    publishFakeRelease(server, {
      version: '0.13.0',
      tag: '0.13.0',
      outputs: { version: '\u001b[36m[ℹ]  version.Info{BuiltAt:"", GitCommit:"", GitTag:"0.13.0"}\u001b[0m\n' }
    })
    expect((await installEksctl(options('0.13.0'))).reportedVersion).toBe('0.13.0')
  })

  it('refuses an archive whose SHA-256 does not match: nothing extracted, run, cached or left behind', async () => {
    const release = publishFakeRelease(server, { version: '0.229.0' })
    const tampered = { ...release.assets, 'eksctl_Linux_amd64.tar.gz': Buffer.from('not the real archive') }
    server.set('/v0.229.0/eksctl_checksums.txt', { body: checksumsText(tampered) })
    const error = await installError('0.229.0')
    expect(error.code).toBe('checksum-mismatch')
    expect(error.message).toBe(
      `SHA-256 of eksctl_Linux_amd64.tar.gz from ${server.url}/v0.229.0/eksctl_Linux_amd64.tar.gz is ` +
        `${sha256(release.assets['eksctl_Linux_amd64.tar.gz']!)}, but eksctl_checksums.txt says ` +
        `${sha256('not the real archive')}: refusing to install it (nothing was extracted, cached or added to PATH). ` +
        'A download cut short or a changed file at the source causes this; run again, and if it persists check the source.'
    )
    expect(runs()).toEqual([])
    expect(cachedVersions()).toEqual([])
    expect(tempLeftovers()).toEqual([])
  })

  it('refuses when eksctl_checksums.txt has no entry for the asset, without downloading the archive', async () => {
    const release = publishFakeRelease(server, { version: '0.228.0', assetNames: ['eksctl_Darwin_amd64.tar.gz'] })
    server.set('/v0.228.0/eksctl_Linux_amd64.tar.gz', { body: release.assets['eksctl_Darwin_amd64.tar.gz']! })
    const error = await installError('0.228.0')
    expect(error.code).toBe('checksum-missing')
    expect(error.message).toBe(
      `eksctl_checksums.txt of eksctl release v0.228.0 (${server.url}/v0.228.0/eksctl_checksums.txt) has no entry ` +
        'for eksctl_Linux_amd64.tar.gz, so it cannot be verified; nothing was downloaded or installed. ' +
        'It lists: eksctl_Darwin_amd64.tar.gz.'
    )
    expect(server.requestsFor('/v0.228.0/eksctl_Linux_amd64.tar.gz')).toEqual([])
    expect(cachedVersions()).toEqual([])
  })

  it('says which release was missing on 404', async () => {
    const error = await installError('0.227.5')
    expect(error.code).toBe('not-found')
    expect(error.message).toBe(
      `eksctl release 0.227.5 was not found: ${server.url}/v0.227.5/eksctl_checksums.txt and ` +
        `${server.url}/0.227.5/eksctl_checksums.txt answered HTTP 404. Check eksctl-version, and that the mirror ` +
        `${server.url} has this release.`
    )
  })

  it('says which asset was missing when the release lists it but does not serve it', async () => {
    publishFakeRelease(server, { version: '0.226.0' })
    server.remove('/v0.226.0/eksctl_Linux_amd64.tar.gz')
    const error = await installError('0.226.0')
    expect(error.code).toBe('not-found')
    expect(error.message).toContain(
      `eksctl release v0.226.0 lists eksctl_Linux_amd64.tar.gz in eksctl_checksums.txt, but ${server.url}/v0.226.0/eksctl_Linux_amd64.tar.gz answered HTTP 404`
    )
  })

  it('retries a 500 and a reset connection, then installs', async () => {
    const release = publishFakeRelease(server, { version: '0.225.0' })
    const archive = release.assets['eksctl_Linux_amd64.tar.gz']!
    server.set('/v0.225.0/eksctl_checksums.txt', [{ reset: true }, { body: release.checksums }])
    server.set('/v0.225.0/eksctl_Linux_amd64.tar.gz', [{ status: 500 }, { body: archive }])
    const result = await installEksctl(options('0.225.0'))
    expect(result.fromCache).toBe(false)
    expect(server.requestsFor('/v0.225.0/eksctl_checksums.txt')).toHaveLength(2)
    expect(server.requestsFor('/v0.225.0/eksctl_Linux_amd64.tar.gz')).toHaveLength(2)
  })

  it('retries with the configured backoff, all tries inside the install', async () => {
    const release = publishFakeRelease(server, { version: '0.224.0' })
    const archive = release.assets['eksctl_Linux_amd64.tar.gz']!
    server.set('/v0.224.0/eksctl_Linux_amd64.tar.gz', [{ status: 500 }, { status: 502 }, { body: archive }])
    const delays: number[] = []
    const sleep = async (ms: number): Promise<void> => void delays.push(ms)
    const result = await installEksctl(
      options('0.224.0', { sleep, retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 20 } })
    )
    expect(result.version).toBe('0.224.0')
    expect(server.requestsFor('/v0.224.0/eksctl_Linux_amd64.tar.gz')).toHaveLength(3)
    expect(delays).toHaveLength(2)
    expect(delays[0]).toBeGreaterThanOrEqual(5 * 0.75)
    expect(delays[1]).toBeGreaterThanOrEqual(10 * 0.75)
    expect(infos.join('\n')).toContain(
      `download of ${server.url}/v0.224.0/eksctl_Linux_amd64.tar.gz failed (HTTP 502); trying again in`
    )
  })

  it('gives up after the bounded retries and says so', async () => {
    publishFakeRelease(server, { version: '0.223.0' })
    server.set('/v0.223.0/eksctl_Linux_amd64.tar.gz', { status: 503 })
    const error = await installError('0.223.0', { sleep: async () => undefined })
    expect(error.code).toBe('download-failed')
    expect(error.message).toBe(
      `could not download ${server.url}/v0.223.0/eksctl_Linux_amd64.tar.gz: HTTP 503 (after 2 attempts)`
    )
    expect(server.requestsFor('/v0.223.0/eksctl_Linux_amd64.tar.gz')).toHaveLength(2)
    expect(cachedVersions()).toEqual([])
  })

  it('retries a transfer cut short, and never installs a short file', async () => {
    const release = publishFakeRelease(server, { version: '0.222.0' })
    const archive = release.assets['eksctl_Linux_amd64.tar.gz']!
    server.set('/v0.222.0/eksctl_Linux_amd64.tar.gz', [{ body: archive, truncateAt: 40 }, { body: archive }])
    const result = await installEksctl(options('0.222.0'))
    expect(result.reportedVersion).toBe('0.222.0')
    expect(server.requestsFor('/v0.222.0/eksctl_Linux_amd64.tar.gz')).toHaveLength(2)
  })

  it('rejects a truncated archive that its checksum file vouches for: extraction fails, nothing cached or run', async () => {
    const archive = tarGz({ eksctl: { content: standInScript({ version: '0.221.0\n' }), mode: 0o755 } })
    const truncated = archive.subarray(0, Math.floor(archive.length / 2))
    server.set('/v0.221.0/eksctl_Linux_amd64.tar.gz', { body: truncated })
    server.set('/v0.221.0/eksctl_checksums.txt', { body: checksumsText({ 'eksctl_Linux_amd64.tar.gz': truncated }) })
    const error = await installError('0.221.0')
    expect(error.code).toBe('extract-failed')
    expect(error.message).toMatch(
      new RegExp(
        `^could not extract eksctl_Linux_amd64.tar.gz from ${server.url}/v0.221.0/eksctl_Linux_amd64.tar.gz \\(its checksum matched\\): `
      )
    )
    expect(runs()).toEqual([])
    expect(cachedVersions()).toEqual([])
    expect(tempLeftovers()).toEqual([])
  })

  it('refuses a binary whose `eksctl version` is not the release asked for', async () => {
    publishFakeRelease(server, { version: '0.220.0', outputs: { version: '0.219.0\n' } })
    const error = await installError('0.220.0')
    expect(error.code).toBe('version-mismatch')
    expect(error.message).toMatch(
      /^eksctl-version asked for 0.220.0, but `.*\/eksctl version` says 0.219.0; it was not added to PATH$/
    )
    expect(cachedVersions()).toEqual([])
  })

  it('accepts the -dev that 0.149.0 reports for itself, with a note', async () => {
    publishFakeRelease(server, { version: '0.149.0', outputs: { version: '0.149.0-dev\n' } })
    const result = await installEksctl(options('0.149.0'))
    expect(result.reportedVersion).toBe('0.149.0-dev')
    expect(result.notes.join('\n')).toContain('releases 0.149.0 and 0.150.0 were built without their version metadata')
  })

  it('latest: asks the GitHub API (token sent there only) and installs its answer', async () => {
    publishFakeRelease(server, { version: '0.230.0' })
    server.set('/repos/eksctl-io/eksctl/releases/latest', {
      body: JSON.stringify({ tag_name: 'v0.230.0', name: 'eksctl 0.230.0', prerelease: false }),
      headers: { 'content-type': 'application/json' }
    })
    const result = await installEksctl(options('latest', { githubToken: 'ghs_example123' }))
    expect(result.resolved).toEqual({ requested: 'latest', version: '0.230.0', how: 'latest' })
    const api = server.requestsFor('/repos/eksctl-io/eksctl/releases/latest')
    expect(api).toHaveLength(1)
    expect(api[0]!.headers.authorization).toBe('Bearer ghs_example123')
    expect(api[0]!.headers.accept).toBe('application/vnd.github+json')
    const downloads = server.requests.filter((r) => r.path.startsWith('/v0.230.0/'))
    expect(downloads).toHaveLength(2)
    for (const d of downloads) expect(d.headers.authorization).toBeUndefined()
    expect(warnings).toEqual([])
  })

  it('latest: falls back to the newest known release with a warning when GitHub refuses', async () => {
    publishFakeRelease(server, { version: '0.230.0' })
    server.set('/repos/eksctl-io/eksctl/releases/latest', {
      status: 403,
      body: JSON.stringify({ message: 'API rate limit exceeded for 10.0.0.1.' }),
      headers: { 'content-type': 'application/json' }
    })
    const result = await installEksctl(options('latest'))
    expect(result.resolved.how).toBe('latest-fallback')
    expect(result.version).toBe('0.230.0')
    expect(warnings).toEqual([
      `could not ask GitHub for the newest eksctl release (${server.url} answered HTTP 403: API rate limit exceeded ` +
        'for 10.0.0.1.); installing 0.230.0, the newest release eksctl-preflight knows. Set eksctl-version to a ' +
        'release to choose one yourself.'
    ])
  })

  it('latest: falls back when the API cannot be reached at all', async () => {
    publishFakeRelease(server, { version: '0.230.0' })
    const result = await installEksctl(options('latest', { githubApiUrl: 'http://127.0.0.1:9' }))
    expect(result.resolved.how).toBe('latest-fallback')
    expect(warnings[0]).toMatch(/^could not ask GitHub for the newest eksctl release \(.+\); installing 0\.230\.0/)
  })

  it('a semver range installs the newest known release in it', async () => {
    publishFakeRelease(server, { version: '0.199.0' })
    const result = await installEksctl(options('>=0.191.0 <0.200.0'))
    expect(result.resolved).toEqual({
      requested: '>=0.191.0 <0.200.0',
      version: '0.199.0',
      how: 'range',
      note: '">=0.191.0 <0.200.0" resolved to 0.199.0'
    })
    expect(server.requests.map((r) => r.path)).toContain('/v0.199.0/eksctl_Linux_amd64.tar.gz')

    const none = await installError('>=0.300.0')
    expect(none.code).toBe('no-matching-release')
    expect(none.message).toBe(
      'no known eksctl release satisfies eksctl-version ">=0.300.0" (known releases: 0.60.0 … 0.230.0). Name a release to install one newer than that.'
    )
  })

  it('a release newer than the newest known one: its own `eksctl utils schema` is cached per version', async () => {
    publishFakeRelease(server, { version: '0.231.0', outputs: { schema: SCHEMA_0_231 } })
    const result = await installEksctl(options('0.231.0'))
    const schemaFile = join(toolCacheDir, 'eksctl-schema', '0.231.0', 'schema.json')
    expect(result.schemaFile).toBe(schemaFile)
    expect(readFileSync(schemaFile, 'utf8')).toBe(SCHEMA_0_231)
    expect(runs()).toEqual(['version', 'utils schema'])
    expect(result.notes.at(-1)).toBe(
      `eksctl 0.231.0 is newer than 0.230.0, the newest release with a bundled schema: its own \`eksctl utils schema\` is used (saved to ${schemaFile})`
    )

    const again = await installEksctl(options('0.231.0'))
    expect(again.fromCache).toBe(true)
    expect(again.schemaFile).toBe(schemaFile)
    expect(runs()).toEqual(['version', 'utils schema', 'version'])
  })

  it('explains eksctl-version values it cannot install', async () => {
    expect((await installError('installed')).message).toBe(
      'install-eksctl: true needs eksctl-version to say what to install: a release such as 0.230.0, latest, or a ' +
        'semver range such as ">=0.191.0 <0.200.0" (got "installed", which means the eksctl already on PATH).'
    )
    expect((await installError('banana')).message).toBe(
      'eksctl-version "banana" is not a release (0.230.0), latest, or a semver range (">=0.191.0 <0.200.0")'
    )
    expect((await installError('0.20.0', { arch: 'arm64' })).message).toBe(
      'eksctl 0.20.0 has only amd64 builds; arm64 builds start at 0.30.0. Choose eksctl-version 0.30.0 or newer, or run on an amd64 runner.'
    )
    expect(server.requests).toEqual([])
  })
})
