// Which file an eksctl release publishes for an OS/architecture, and under which tag (reference eksctl.md §5).
import semver from 'semver'

export const DEFAULT_DOWNLOAD_BASE_URL = 'https://github.com/eksctl-io/eksctl/releases/download'
export const CHECKSUMS_FILE = 'eksctl_checksums.txt'

export type EksctlOs = 'Linux' | 'Darwin' | 'Windows'
export type EksctlArch = 'amd64' | 'arm64' | 'armv6' | 'armv7'

export interface EksctlAsset {
  os: EksctlOs
  arch: EksctlArch
  /** `eksctl_Linux_amd64.tar.gz`, `eksctl_Windows_arm64.zip`, … */
  name: string
  format: 'tar.gz' | 'zip'
  /** The binary inside the archive (at its root). */
  binaryName: 'eksctl' | 'eksctl.exe'
}

export class UnsupportedPlatformError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UnsupportedPlatformError'
  }
}

const OS_NAMES: Partial<Record<NodeJS.Platform, EksctlOs>> = { linux: 'Linux', darwin: 'Darwin', win32: 'Windows' }

/**
 * Node's `process.arch` → goreleaser's arch. 32-bit ARM is `armv6`/`armv7` (goarm), read from Node's own build
 * (`process.config.variables.arm_version`) unless given.
 */
export function eksctlArch(nodeArch: string, armVersion?: string | number): EksctlArch {
  switch (nodeArch) {
    case 'x64':
    case 'amd64':
      return 'amd64'
    case 'arm64':
    case 'aarch64':
      return 'arm64'
    case 'arm':
      return String(armVersion ?? '7') === '6' ? 'armv6' : 'armv7'
    default:
      throw new UnsupportedPlatformError(
        `eksctl publishes no build for the ${nodeArch} architecture (there are amd64, arm64 and, up to 0.214.0, armv6/armv7 builds)`
      )
  }
}

/** Node's arch name for the tool-cache folder of an eksctl arch (`$RUNNER_TOOL_CACHE/eksctl/<version>/<arch>`). */
export function toolCacheArch(arch: EksctlArch): string {
  return arch === 'amd64' ? 'x64' : arch === 'arm64' ? 'arm64' : 'arm'
}

/**
 * The archive an eksctl release publishes for a platform, by era: amd64 only up to 0.29.0; arm64 and armv6/armv7 from
 * 0.30.0; armv6/armv7 dropped from 0.215.0. Windows archives are `.zip`, the others `.tar.gz`.
 */
export function releaseAsset(version: string, platform: NodeJS.Platform, arch: EksctlArch): EksctlAsset {
  const os = OS_NAMES[platform]
  if (!os) {
    throw new UnsupportedPlatformError(`eksctl publishes no build for ${platform} (only Linux, Darwin and Windows)`)
  }
  const release = semver.coerce(version)?.version ?? version
  if (arch !== 'amd64' && semver.valid(release) && semver.lt(release, '0.30.0')) {
    throw new UnsupportedPlatformError(
      `eksctl ${version} has only amd64 builds; ${arch} builds start at 0.30.0. Choose eksctl-version 0.30.0 or newer, or run on an amd64 runner.`
    )
  }
  if ((arch === 'armv6' || arch === 'armv7') && semver.valid(release) && semver.gte(release, '0.215.0')) {
    throw new UnsupportedPlatformError(
      `eksctl ${version} has no ${arch} build (32-bit ARM builds stopped after 0.214.0). Choose eksctl-version 0.214.0 or older, or run on an amd64/arm64 runner.`
    )
  }
  const format = os === 'Windows' ? 'zip' : 'tar.gz'
  return {
    os,
    arch,
    name: `eksctl_${os}_${arch}.${format}`,
    format,
    binaryName: os === 'Windows' ? 'eksctl.exe' : 'eksctl'
  }
}

/**
 * The tags a release's files may be published under, most likely first. Up to about 0.63.0 the GitHub release sits
 * on the bare tag (`0.60.0`), later on the `v` tag (`v0.64.0`); releases 0.37–0.63 have both tags, so both are
 * always tried (reference eksctl.md §5.2).
 */
export function releaseTagCandidates(version: string): [string, string] {
  const bare = version.replace(/^v/, '')
  const vTag = `v${bare}`
  const release = semver.coerce(bare)?.version
  return release && semver.lt(release, '0.64.0') ? [bare, vTag] : [vTag, bare]
}

/** `<base>/<tag>/<file>`, with the base's trailing slashes dropped. */
export function releaseFileUrl(baseUrl: string, tag: string, file: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${encodeURIComponent(tag)}/${encodeURIComponent(file)}`
}
