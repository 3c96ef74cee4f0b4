import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ChecksumFileError, parseChecksums, sha256File } from '../src/eksctl/checksums.js'
import {
  eksctlArch,
  releaseAsset,
  releaseFileUrl,
  releaseTagCandidates,
  UnsupportedPlatformError
} from '../src/eksctl/release-assets.js'

describe('releaseAsset: OS/arch → archive name by era (reference eksctl.md §5.1)', () => {
  it.each([
    ['0.230.0', 'linux', 'x64', 'eksctl_Linux_amd64.tar.gz'],
    ['0.230.0', 'linux', 'arm64', 'eksctl_Linux_arm64.tar.gz'],
    ['0.230.0', 'darwin', 'x64', 'eksctl_Darwin_amd64.tar.gz'],
    ['0.230.0', 'darwin', 'arm64', 'eksctl_Darwin_arm64.tar.gz'],
    ['0.230.0', 'win32', 'x64', 'eksctl_Windows_amd64.zip'],
    ['0.230.0', 'win32', 'arm64', 'eksctl_Windows_arm64.zip'],
    ['0.214.0', 'linux', 'arm', 'eksctl_Linux_armv7.tar.gz'],
    ['0.30.0', 'linux', 'arm64', 'eksctl_Linux_arm64.tar.gz'],
    ['0.29.0', 'linux', 'x64', 'eksctl_Linux_amd64.tar.gz'],
    ['0.1.5', 'darwin', 'x64', 'eksctl_Darwin_amd64.tar.gz'],
    ['0.231.0-rc.0', 'linux', 'x64', 'eksctl_Linux_amd64.tar.gz']
  ] as const)('%s %s/%s → %s', (version, platform, arch, name) => {
    const asset = releaseAsset(version, platform, eksctlArch(arch))
    expect(asset.name).toBe(name)
    expect(asset.binaryName).toBe(platform === 'win32' ? 'eksctl.exe' : 'eksctl')
    expect(asset.format).toBe(platform === 'win32' ? 'zip' : 'tar.gz')
  })

  it('maps 32-bit ARM by goarm version', () => {
    expect(eksctlArch('arm', '6')).toBe('armv6')
    expect(eksctlArch('arm', 7)).toBe('armv7')
    expect(releaseAsset('0.100.0', 'linux', 'armv6').name).toBe('eksctl_Linux_armv6.tar.gz')
  })

  it('explains platforms a release has no build for', () => {
    expect(() => releaseAsset('0.29.0', 'linux', 'arm64')).toThrow(
      'eksctl 0.29.0 has only amd64 builds; arm64 builds start at 0.30.0. Choose eksctl-version 0.30.0 or newer, or run on an amd64 runner.'
    )
    expect(() => releaseAsset('0.215.0', 'linux', 'armv7')).toThrow(
      'eksctl 0.215.0 has no armv7 build (32-bit ARM builds stopped after 0.214.0). Choose eksctl-version 0.214.0 or older, or run on an amd64/arm64 runner.'
    )
    expect(() => releaseAsset('0.230.0', 'freebsd', 'amd64')).toThrow(UnsupportedPlatformError)
    expect(() => eksctlArch('s390x')).toThrow(/no build for the s390x architecture/)
  })
})

describe('release tags and URLs (reference eksctl.md §5.2)', () => {
  it('tries the bare tag first up to 0.63 and the v tag first from 0.64', () => {
    expect(releaseTagCandidates('0.60.0')).toEqual(['0.60.0', 'v0.60.0'])
    expect(releaseTagCandidates('0.63.0')).toEqual(['0.63.0', 'v0.63.0'])
    expect(releaseTagCandidates('0.64.0')).toEqual(['v0.64.0', '0.64.0'])
    expect(releaseTagCandidates('v0.230.0')).toEqual(['v0.230.0', '0.230.0'])
    expect(releaseTagCandidates('0.231.0-rc.0')).toEqual(['v0.231.0-rc.0', '0.231.0-rc.0'])
  })

  it('joins base, tag and file', () => {
    expect(
      releaseFileUrl('https://github.com/eksctl-io/eksctl/releases/download/', 'v0.230.0', 'eksctl_Linux_amd64.tar.gz')
    ).toBe('https://github.com/eksctl-io/eksctl/releases/download/v0.230.0/eksctl_Linux_amd64.tar.gz')
    expect(releaseFileUrl('https://mirror.example/eksctl', '0.60.0', 'eksctl_checksums.txt')).toBe(
      'https://mirror.example/eksctl/0.60.0/eksctl_checksums.txt'
    )
  })
})

const HASH_A = 'a'.repeat(64)
const HASH_B = 'B'.repeat(64)

describe('parseChecksums (goreleaser eksctl_checksums.txt)', () => {
  it('reads `<sha256>  <file>` lines, binary-mode `*`, CRLF and blank lines', () => {
    const sums = parseChecksums(
      `${HASH_A}  eksctl_Linux_amd64.tar.gz\r\n\n${HASH_B} *eksctl_Windows_amd64.zip\n${HASH_A}  eksctl_Linux_amd64.tar.gz\n`
    )
    expect([...sums]).toEqual([
      ['eksctl_Linux_amd64.tar.gz', HASH_A],
      ['eksctl_Windows_amd64.zip', 'b'.repeat(64)]
    ])
  })

  it('rejects lines it cannot read, with the line number', () => {
    expect(() => parseChecksums(`${HASH_A}  eksctl_Linux_amd64.tar.gz\n<html>Not Found</html>\n`)).toThrow(
      new ChecksumFileError('eksctl_checksums.txt:2: not a "<sha256>  <file>" line: "<html>Not Found</html>"')
    )
    expect(() => parseChecksums(`${'a'.repeat(63)}  eksctl_Linux_amd64.tar.gz\n`, 'sums')).toThrow(/^sums:1: not a/)
  })

  it('rejects a file listed twice with different hashes, and an empty file', () => {
    expect(() => parseChecksums(`${HASH_A}  x.tar.gz\n${HASH_B}  x.tar.gz\n`)).toThrow(
      'eksctl_checksums.txt:2: x.tar.gz is listed twice with different checksums'
    )
    expect(() => parseChecksums('\n\n')).toThrow('eksctl_checksums.txt lists no checksums')
  })

  it('hashes a file with SHA-256', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sha-'))
    try {
      writeFileSync(join(dir, 'f'), 'abc')
      expect(await sha256File(join(dir, 'f'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
