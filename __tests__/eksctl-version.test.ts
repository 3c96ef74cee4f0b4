import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  EksctlNotFoundError,
  detectInstalledEksctl,
  parseEksctlVersionOutput,
  reportedVersionMatches
} from '../src/eksctl/version.js'

// Output shapes from reference eksctl.md §1.2 (stdout, one line plus \n).
const cases: Array<[string, string, string]> = [
  ['0.202.0+ plain release', '0.230.0\n', '0.230.0'],
  ['0.20.0–0.201.0 plain release', '0.100.0\n', '0.100.0'],
  ['RC', '0.230.0-rc.0\n', '0.230.0-rc.0'],
  ['0.149.0 link-time bug', '0.149.0-dev\n', '0.149.0-dev'],
  ['go install without ldflags', '0.230.0-dev\n', '0.230.0-dev'],
  [
    'make build dev version (#5280)',
    '0.99.0-dev+c9ab02d87.2022-05-17T20:04:34Z\n',
    '0.99.0-dev+c9ab02d87.2022-05-17T20:04:34Z'
  ],
  ['version_test.go dev example', '0.5.0-dev+abc1234.2020-01-15T14:03:46Z\n', '0.5.0-dev+abc1234.2020-01-15T14:03:46Z'],
  ['0.1.12–0.13.0 log line (#1609)', '[ℹ]  version.Info{BuiltAt:"", GitCommit:"", GitTag:"0.13.0"}\n', '0.13.0'],
  ['0.1.12–0.13.0 RC log line', '[ℹ]  version.Info{BuiltAt:"", GitCommit:"", GitTag:"0.13.0-rc.0"}\n', '0.13.0-rc.0'],
  [
    '0.1.12–0.13.0 log line in ANSI cyan (TTY, --color default)',
    '\u001b[36m[ℹ]  version.Info{BuiltAt:"", GitCommit:"", GitTag:"0.13.0"}\u001b[0m\n',
    '0.13.0'
  ],
  [
    '0.1.12–0.13.0 with -v 4 timestamp prefix',
    '2020-01-21T10:12:33Z [ℹ]  version.Info{BuiltAt:"2020-01-20T08:00:00Z", GitCommit:"5d2e4b1", GitTag:"0.12.0"}\n',
    '0.12.0'
  ],
  [
    'timestamp prefix and ANSI colour together',
    '2020-01-21T10:12:33Z \u001b[36m[ℹ]  version.Info{BuiltAt:"", GitCommit:"", GitTag:"0.11.1"}\u001b[0m\n',
    '0.11.1'
  ],
  [
    '0.1.0–0.1.11 kubicorn logger map',
    '[ℹ]  versionInfo = map[string]string{"builtAt":"2018-06-07T10:00:00Z", "gitCommit":"a1b2c3d", "gitTag":"0.1.5"}\n',
    '0.1.5'
  ],
  [
    '0.20.0–0.201.0 -o json with EKSServerSupportedVersions',
    '{"Version":"0.100.0","PreReleaseID":"","Metadata":{"BuildDate":"2022-06-10T12:00:00Z","GitCommit":"1a2b3c4"},"EKSServerSupportedVersions":["1.19","1.20","1.21","1.22"]}\n',
    '0.100.0'
  ],
  [
    '0.202.0+ -o json',
    '{"Version":"0.230.0","PreReleaseID":"","Metadata":{"BuildDate":"2026-08-13T09:00:00Z","GitCommit":"9f8e7d6"}}\n',
    '0.230.0'
  ],
  [
    '-o json of an RC',
    '{"Version":"0.230.0","PreReleaseID":"rc.0","Metadata":{"BuildDate":"2026-08-10T09:00:00Z","GitCommit":"9f8e7d6"}}\n',
    '0.230.0-rc.0'
  ],
  [
    '-o json of 0.149.0 (empty metadata)',
    '{"Version":"0.149.0","PreReleaseID":"dev","Metadata":{"BuildDate":"","GitCommit":""},"EKSServerSupportedVersions":["1.22","1.23","1.24","1.25","1.26","1.27"]}\n',
    '0.149.0-dev'
  ],
  [
    '-o json of a dev build with metadata',
    '{"Version":"0.99.0","PreReleaseID":"dev","Metadata":{"BuildDate":"2022-05-17T20:04:34Z","GitCommit":"c9ab02d87"}}\n',
    '0.99.0-dev+c9ab02d87.2022-05-17T20:04:34Z'
  ],
  [
    '0.14.0–0.19.0 Go-syntax -o json',
    'version.Info{Version:"0.14.0", PreReleaseID:"", Metadata:version.BuildMetadata{BuildDate:"2020-02-20T10:00:00Z", GitCommit:"abc1234"}}\n',
    '0.14.0'
  ],
  [
    '0.14.0–0.19.0 Go-syntax -o json of an RC',
    'version.Info{Version:"0.19.0", PreReleaseID:"rc.1", Metadata:version.BuildMetadata{BuildDate:"2020-05-01T10:00:00Z", GitCommit:"abc1234"}}\n',
    '0.19.0-rc.1'
  ],
  ['eksctl info (0.55.0+)', 'eksctl version: 0.230.0\nkubectl version: v1.33.1\nOS: linux\n', '0.230.0'],
  ['create-cluster log line', '2026-08-14 10:00:00 [ℹ]  eksctl version 0.90.0\n', '0.90.0'],
  ['v prefix and CRLF', 'v0.230.0\r\n', '0.230.0']
]

describe('parseEksctlVersionOutput', () => {
  it.each(cases)('%s', (_name, output, expected) => {
    expect(parseEksctlVersionOutput(output)).toBe(expected)
  })

  it.each([
    ['nothing (-v 0 on ≤0.13)', ''],
    ['an error message', 'Error: unknown output: yaml\n'],
    ['JSON without Version', '{"PreReleaseID":""}'],
    ['a version inside prose', 'please upgrade to 0.230.0 now'],
    ['broken JSON', '{"Version":"0.230.0"']
  ])('returns null for %s', (_name, output) => {
    expect(parseEksctlVersionOutput(output)).toBeNull()
  })
})

describe('reportedVersionMatches', () => {
  it('accepts the exact release and the 0.149/0.150 -dev bug, rejects others', () => {
    expect(reportedVersionMatches('0.230.0', '0.230.0')).toEqual({ matches: true })
    expect(reportedVersionMatches('v0.230.0', '0.230.0').matches).toBe(true)
    const bug = reportedVersionMatches('0.149.0', '0.149.0-dev')
    expect(bug.matches).toBe(true)
    expect(bug.note).toContain('0.149.0')
    expect(reportedVersionMatches('0.230.0', '0.229.0')).toEqual({
      matches: false,
      note: 'the binary reports "0.229.0", expected "0.230.0"'
    })
    expect(reportedVersionMatches('0.231.0-rc.0', '0.231.0-rc.0').matches).toBe(true)
    expect(reportedVersionMatches('0.231.0-rc.0', '0.231.0').matches).toBe(false)
  })
})

describe('detectInstalledEksctl', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eksctl-detect-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  function standIn(name: string, script: string): string {
    const file = join(dir, name)
    writeFileSync(file, `#!/bin/sh\n${script}\n`)
    chmodSync(file, 0o755)
    return file
  }

  it.skipIf(process.platform === 'win32')('runs `eksctl version` from PATH with an argument array', async () => {
    standIn(
      'eksctl',
      'if [ "$1" = version ] && [ $# -eq 1 ]; then echo 0.230.0; else echo "bad args: $*" >&2; exit 3; fi'
    )
    const found = await detectInstalledEksctl({ env: { PATH: dir } })
    expect(found).toEqual({ version: '0.230.0', binary: 'eksctl', output: '0.230.0\n' })
  })

  it.skipIf(process.platform === 'win32')('reads the ≤0.13 log format from an explicit binary', async () => {
    const bin = standIn(
      'old-eksctl',
      `printf '\\033[36m[ℹ]  version.Info{BuiltAt:"", GitCommit:"", GitTag:"0.13.0"}\\033[0m\\n'`
    )
    const found = await detectInstalledEksctl({ binary: bin })
    expect(found.version).toBe('0.13.0')
  })

  it('says how to fix it when eksctl is not on PATH', async () => {
    const empty = mkdtempSync(join(dir, 'empty-'))
    const error = await detectInstalledEksctl({ env: { PATH: empty } }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(EksctlNotFoundError)
    expect((error as Error).message).toBe(
      'eksctl was not found on PATH. Install eksctl before this step, set install-eksctl: true to have ' +
        'eksctl-preflight install it, or set eksctl-version to a release (e.g. 0.230.0) to validate without a binary.'
    )
  })

  it.skipIf(process.platform === 'win32')('reports a failing binary with its stderr', async () => {
    const bin = standIn('broken-eksctl', 'echo "segmentation fault" >&2; exit 139')
    await expect(detectInstalledEksctl({ binary: bin })).rejects.toThrow(/version` failed: segmentation fault/)
  })

  it.skipIf(process.platform === 'win32')('reports output it cannot read', async () => {
    const bin = standIn('quiet-eksctl', 'echo hello')
    await expect(detectInstalledEksctl({ binary: bin })).rejects.toThrow(
      /could not read a version from `.*quiet-eksctl version`; it printed: hello/
    )
  })
})
