// The install engine under attack, against a release server on 127.0.0.1: a mirror that accepts and never answers,
// one that trickles a byte at a time, and archives whose `eksctl` is a link or a folder, or that expand far beyond
// any eksctl binary. Each must end quickly with a clear error and leave nothing cached, run or behind in the temp
// folder. (The same attacks through `node dist/index.js` are in install-action.test.ts.)
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import * as tc from '@actions/tool-cache'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { EksctlInstallError, installEksctl, type InstallEksctlOptions } from '../src/eksctl/install.js'
import { checksumsText, gzipBomb, standInScript, tarBlocks, tarHeader } from './support/fake-eksctl.js'
import { TestHttpServer } from './support/release-server.js'
import { readZip } from './support/zip-read.js'

const ASSET = 'eksctl_Linux_amd64.tar.gz'

describe.skipIf(process.platform === 'win32')('installEksctl: deadlines, stalls and hostile archives', () => {
  let server: TestHttpServer
  let root: string
  let toolCacheDir: string
  let tempDir: string
  let runLog: string

  beforeAll(async () => {
    server = await TestHttpServer.start()
    root = mkdtempSync(join(tmpdir(), 'install-limits-'))
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
  })

  function options(requested: string, extra: Partial<InstallEksctlOptions> = {}): InstallEksctlOptions {
    return {
      requested,
      knownReleases: ['0.229.0', '0.230.0'],
      downloadBaseUrl: server.url,
      githubApiUrl: server.url,
      toolCache: tc,
      toolCacheDir,
      tempDir,
      platform: 'linux',
      arch: 'x64',
      retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 20 },
      env: { ...process.env, FAKE_EKSCTL_RUN_LOG: runLog },
      ...extra
    }
  }
  async function installError(
    requested: string,
    extra: Partial<InstallEksctlOptions> = {}
  ): Promise<{ error: EksctlInstallError; ms: number }> {
    const started = Date.now()
    const error = await installEksctl(options(requested, extra)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(EksctlInstallError)
    return { error: error as EksctlInstallError, ms: Date.now() - started }
  }
  const nothingLeft = (): void => {
    expect(existsSync(runLog) ? readFileSync(runLog, 'utf8') : '').toBe('')
    expect(existsSync(join(toolCacheDir, 'eksctl')) ? readdirSync(join(toolCacheDir, 'eksctl')) : []).toEqual([])
    expect(existsSync(tempDir) ? readdirSync(tempDir) : []).toEqual([])
  }
  /** Serves `archive` as release `version`'s Linux amd64 asset, with a checksum file that vouches for it. */
  const publish = (version: string, archive: Buffer): void => {
    server.set(`/v${version}/${ASSET}`, { body: archive })
    server.set(`/v${version}/eksctl_checksums.txt`, { body: checksumsText({ [ASSET]: archive }) })
  }

  describe('deadline and stall timeout', () => {
    it('a mirror that accepts and never answers: each try stalls out, then the install fails', async () => {
      server.set('/v0.230.0/eksctl_checksums.txt', { hang: true })
      const { error, ms } = await installError('0.230.0', { stallTimeoutMs: 300, timeoutMs: 20_000 })
      expect(error.code).toBe('download-failed')
      expect(error.message).toBe(
        `could not download ${server.url}/v0.230.0/eksctl_checksums.txt: no data for 0.3 s (after 3 attempts)`
      )
      expect(server.requestsFor('/v0.230.0/eksctl_checksums.txt')).toHaveLength(3)
      expect(ms).toBeLessThan(10_000)
      nothingLeft()
    })

    it('a mirror that never answers, with a stall timeout longer than the deadline: the deadline ends it', async () => {
      server.set('/v0.230.0/eksctl_checksums.txt', { hang: true })
      const { error, ms } = await installError('0.230.0', { stallTimeoutMs: 60_000, timeoutMs: 1_000 })
      expect(error.code).toBe('timeout')
      expect(error.message).toMatch(
        new RegExp(
          `^eksctl was not installed: install-timeout \\(1 s\\) passed while downloading ${server.url}/v0\\.230\\.0/eksctl_checksums\\.txt; ` +
            'stopped after 1(\\.\\d)? s\\. Nothing was cached or added to PATH\\. Check that eksctl-download-url answers, or raise install-timeout\\.$'
        )
      )
      expect(ms).toBeGreaterThanOrEqual(950)
      expect(ms).toBeLessThan(5_000)
      nothingLeft()
    })

    it('a mirror trickling a byte every 100 ms never stalls, and still ends at the deadline', async () => {
      const archive = gzipSync(tarBlocks([{ header: tarHeader('eksctl', { size: 10 }), data: Buffer.alloc(10) }]))
      publish('0.229.0', archive)
      server.set(`/v0.229.0/${ASSET}`, { body: archive, trickleMs: 100 })
      const { error, ms } = await installError('0.229.0', { stallTimeoutMs: 2_000, timeoutMs: 1_500 })
      expect(error.code).toBe('timeout')
      expect(error.message).toContain(
        `install-timeout (1.5 s) passed while downloading ${server.url}/v0.229.0/${ASSET}; stopped after`
      )
      expect(server.requestsFor(`/v0.229.0/${ASSET}`)).toHaveLength(1)
      expect(ms).toBeLessThan(5_000)
      nothingLeft()
    })

    it('a stall, then a good answer: the next try installs', async () => {
      const script = Buffer.from(standInScript({ version: '0.230.0\n' }))
      const archive = gzipSync(tarBlocks([{ header: tarHeader('eksctl', { size: script.length }), data: script }]))
      publish('0.230.0', archive)
      server.set(`/v0.230.0/${ASSET}`, [{ hang: true }, { body: archive }])
      const result = await installEksctl(options('0.230.0', { stallTimeoutMs: 300 }))
      expect(result.reportedVersion).toBe('0.230.0')
      expect(server.requestsFor(`/v0.230.0/${ASSET}`)).toHaveLength(2)
    })
  })

  it('follows redirects as GitHub answers release downloads (to its object store)', async () => {
    const script = Buffer.from(standInScript({ version: '0.230.0\n' }))
    const archive = gzipSync(tarBlocks([{ header: tarHeader('eksctl', { size: script.length }), data: script }]))
    publish('0.230.0', archive)
    server.set('/objects/eksctl.tar.gz', { body: archive })
    server.set(`/v0.230.0/${ASSET}`, { status: 302, headers: { location: '/objects/eksctl.tar.gz' } })
    const result = await installEksctl(options('0.230.0'))
    expect(result.reportedVersion).toBe('0.230.0')
    expect(server.requests.map((r) => r.path)).toEqual([
      '/v0.230.0/eksctl_checksums.txt',
      `/v0.230.0/${ASSET}`,
      '/objects/eksctl.tar.gz'
    ])
  })

  describe('archive hardening', () => {
    it('refuses an `eksctl` entry that is a symbolic link: chmod does not follow it, its target never runs', async () => {
      // The link points at a script the attacker hopes to make executable and run.
      const target = join(root, 'target.sh')
      writeFileSync(target, '#!/bin/sh\necho pwned > "$FAKE_EKSCTL_RUN_LOG"\n')
      chmodSync(target, 0o644)
      publish('0.230.0', gzipSync(tarBlocks([{ header: tarHeader('eksctl', { type: '2', link: target }) }])))
      const { error } = await installError('0.230.0')
      expect(error.code).toBe('archive-refused')
      expect(error.message).toBe(
        `refusing ${ASSET} from ${server.url}/v0.230.0/${ASSET} (its checksum matched): eksctl in the archive is a ` +
          `symbolic link to ${JSON.stringify(target)}, not a regular file; refused (nothing was extracted). Nothing was cached or run.`
      )
      expect(statSync(target).mode & 0o777).toBe(0o644)
      nothingLeft()
    })

    it('refuses a hard link, a folder and a device named eksctl', async () => {
      const cases: [string, Buffer, string][] = [
        [
          '1',
          tarBlocks([{ header: tarHeader('eksctl', { type: '1', link: 'etc/passwd' }) }]),
          'a hard link to "etc/passwd"'
        ],
        ['5', tarBlocks([{ header: tarHeader('./eksctl/', { type: '5' }) }]), 'a folder'],
        ['3', tarBlocks([{ header: tarHeader('eksctl', { type: '3' }) }]), 'a character device']
      ]
      for (const [, tar, what] of cases) {
        publish('0.230.0', gzipSync(tar))
        const { error } = await installError('0.230.0')
        expect(error.code).toBe('archive-refused')
        expect(error.message).toContain(`eksctl in the archive is ${what}, not a regular file`)
        nothingLeft()
      }
    })

    it('refuses a regular eksctl followed by a second eksctl entry (tar would let the later one win)', async () => {
      const script = Buffer.from(standInScript({ version: '0.230.0\n' }))
      const tar = tarBlocks([
        { header: tarHeader('eksctl', { size: script.length }), data: script },
        { header: tarHeader('eksctl', { type: '2', link: '/bin/sh' }) }
      ])
      publish('0.230.0', gzipSync(tar))
      const { error } = await installError('0.230.0')
      expect(error.message).toContain('the archive holds eksctl more than once')
      nothingLeft()
    })

    it('refuses an entry that declares more than the cap before reading its data', async () => {
      const tar = tarBlocks([{ header: tarHeader('eksctl', { size: 8 * 1024 * 1024 * 1024 - 1 }) }])
      publish('0.230.0', gzipSync(tar))
      const { error, ms } = await installError('0.230.0')
      expect(error.code).toBe('archive-refused')
      expect(error.message).toContain(
        'the archive expands to more than 1024 MiB (entry "eksctl" declares 8589934591 bytes); refused without extracting it'
      )
      expect(ms).toBeLessThan(5_000)
      nothingLeft()
    })

    it('a 256 MiB entry in an archive of under 1 MiB, against a 32 MiB cap: refused from its header, nothing inflated', async () => {
      const prefix = tarHeader('filler', { size: 256 * 1024 * 1024 })
      const bomb = gzipBomb(prefix, 256)
      expect(bomb.length).toBeLessThan(1024 * 1024)
      publish('0.230.0', bomb)
      const { error } = await installError('0.230.0', { maxExtractedBytes: 32 * 1024 * 1024 })
      expect(error.code).toBe('archive-refused')
      expect(error.message).toContain(
        'the archive expands to more than 32 MiB (entry "filler" declares 268435456 bytes)'
      )
      nothingLeft()
    })

    it('many entries, each small, add up past the cap', async () => {
      const entries = Array.from({ length: 40 }, (_, i) => ({
        header: tarHeader(`part-${i}`, { size: 1024 * 1024 }),
        data: Buffer.alloc(1024 * 1024)
      }))
      publish('0.230.0', gzipSync(tarBlocks(entries)))
      const { error } = await installError('0.230.0', { maxExtractedBytes: 16 * 1024 * 1024 })
      expect(error.code).toBe('archive-refused')
      expect(error.message).toContain(
        'the archive expands to more than 16 MiB (entry "part-16" declares 1048576 bytes)'
      )
      nothingLeft()
    })

    it('headers alone (empty entries, declaring nothing) are counted as they inflate', async () => {
      const header = tarHeader('empty', { size: 0 })
      const tar = Buffer.concat([...Array.from({ length: 40_000 }, () => header), Buffer.alloc(1024)])
      publish('0.230.0', gzipSync(tar))
      const { error } = await installError('0.230.0', { maxExtractedBytes: 8 * 1024 * 1024 })
      expect(error.code).toBe('archive-refused')
      expect(error.message).toMatch(/the archive expands to more than 8 MiB \(\d+ bytes inflated so far\)/)
      nothingLeft()
    })

    it('takes only the root eksctl: other entries (../ paths, links elsewhere) are never written', async () => {
      const script = Buffer.from(standInScript({ version: '0.230.0\n' }))
      const tar = tarBlocks([
        { header: tarHeader('../escaped', { size: 4 }), data: Buffer.from('evil') },
        { header: tarHeader('link', { type: '2', link: '/etc' }) },
        { header: tarHeader('eksctl', { size: script.length }), data: script }
      ])
      publish('0.230.0', gzipSync(tar))
      const result = await installEksctl(options('0.230.0'))
      expect(readdirSync(result.directory)).toEqual(['eksctl'])
      expect(existsSync(join(tempDir, 'escaped'))).toBe(false)
      expect(statSync(result.binary).mode & 0o777).toBe(0o755)
    })
  })
})

describe('installEksctl: Windows zip archives', () => {
  // A zip holding `eksctl.exe` as a Unix symlink (made-by 3, mode 0120777), built by hand.
  function zipWith(name: string, data: Buffer, unixMode: number): Buffer {
    const nameBytes = Buffer.from(name)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE((3 << 8) | 20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(nameBytes.length, 28)
    central.writeUInt32LE((unixMode << 16) >>> 0, 38)
    central.writeUInt32LE(0, 42)
    const cdOffset = local.length + nameBytes.length + data.length
    const eocd = Buffer.alloc(22)
    eocd.writeUInt32LE(0x06054b50, 0)
    eocd.writeUInt16LE(1, 8)
    eocd.writeUInt16LE(1, 10)
    eocd.writeUInt32LE(central.length + nameBytes.length, 12)
    eocd.writeUInt32LE(cdOffset, 16)
    return Buffer.concat([local, nameBytes, data, central, nameBytes, eocd])
  }

  it('the hand-made zip is a zip (read back by the test zip reader)', () => {
    expect(readZip(zipWith('eksctl.exe', Buffer.from('MZ'), 0o100755))).toEqual([
      { name: 'eksctl.exe', data: Buffer.from('MZ') }
    ])
  })

  it('refuses eksctl.exe stored as a symbolic link; takes a regular one', async () => {
    const { extractBinaryFromZip } = await import('../src/eksctl/archive.js')
    const dir = mkdtempSync(join(tmpdir(), 'zip-'))
    try {
      const link = join(dir, 'link.zip')
      writeFileSync(link, zipWith('eksctl.exe', Buffer.from('C:\\Windows\\System32\\cmd.exe'), 0o120777))
      expect(() =>
        extractBinaryFromZip(link, { binaryName: 'eksctl.exe', dest: join(dir, 'a.exe'), mode: 0o755 })
      ).toThrow('eksctl.exe in the archive is a symbolic link, not a regular file; refused (nothing was extracted)')
      expect(existsSync(join(dir, 'a.exe'))).toBe(false)
      const big = join(dir, 'big.zip')
      writeFileSync(big, zipWith('eksctl.exe', Buffer.from('MZ'), 0o100755))
      expect(() =>
        extractBinaryFromZip(big, { binaryName: 'eksctl.exe', dest: join(dir, 'b.exe'), mode: 0o755, maxBytes: 1 })
      ).toThrow('the archive expands to more than 1 bytes (entry "eksctl.exe" declares 2 bytes)')
      const good = join(dir, 'good.zip')
      writeFileSync(good, zipWith('eksctl.exe', Buffer.from('MZ'), 0o100755))
      extractBinaryFromZip(good, { binaryName: 'eksctl.exe', dest: join(dir, 'c.exe'), mode: 0o755 })
      expect(readFileSync(join(dir, 'c.exe'), 'utf8')).toBe('MZ')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
