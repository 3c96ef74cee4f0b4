// Installs an eksctl release: resolve the version, download the release's eksctl_checksums.txt and archive,
// verify SHA-256 before anything is extracted, take the binary out (a regular file only, size-capped), check the
// binary's own `eksctl version`, add it to the tool cache. Every download runs under one overall deadline and a
// stall timeout. The tool cache is injected (the action passes @actions/tool-cache), so this engine imports no
// @actions/*.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import type { Agent } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import semver from 'semver'
import { ArchiveError, DEFAULT_MAX_EXTRACTED_BYTES, extractBinaryFromTarGz, extractBinaryFromZip } from './archive.js'
import { binarySchema } from './binary-schema.js'
import { ChecksumFileError, parseChecksums, sha256File } from './checksums.js'
import { DownloadTimeoutError, DownloadTooLargeError, downloadFile } from './download.js'
import {
  CHECKSUMS_FILE,
  DEFAULT_DOWNLOAD_BASE_URL,
  eksctlArch,
  releaseAsset,
  releaseFileUrl,
  releaseTagCandidates,
  toolCacheArch,
  UnsupportedPlatformError,
  type EksctlAsset
} from './release-assets.js'
import { detectInstalledEksctl, reportedVersionMatches } from './version.js'

/**
 * The part of @actions/tool-cache the installer uses (same signatures). Downloads and extraction are the
 * installer's own: tool-cache's downloadTool has no deadline, and its extractors hand the archive to tar/unzip.
 */
export interface ToolCacheLike {
  /** The cached folder of tool/version/arch, or '' when it is not cached. */
  find(toolName: string, versionSpec: string, arch?: string): string
  /** Copies sourceDir to the cache as tool/version/arch and returns the cached folder. */
  cacheDir(sourceDir: string, tool: string, version: string, arch?: string): Promise<string>
}

export interface InstallLog {
  info(message: string): void
  warning(message: string): void
}

export interface RetryPolicy {
  /** Tries per download, including the first. */
  attempts: number
  /** Pause before the 2nd try; doubled for each later one, up to maxDelayMs, with ±25 % jitter. */
  baseDelayMs: number
  maxDelayMs: number
}

/** Tries per download on 5xx/408/429, connection errors and stalls, all inside the install's deadline. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 2_000, maxDelayMs: 30_000 }

/** install-timeout's default: the whole install (API call, downloads, pauses between tries). */
export const DEFAULT_INSTALL_TIMEOUT_MS = 300_000
/** A download attempt that receives no byte for this long is dropped (and tried again while time is left). */
export const DEFAULT_STALL_TIMEOUT_MS = 30_000
/** eksctl_checksums.txt is a few hundred bytes. */
const MAX_CHECKSUMS_BYTES = 1024 * 1024

export const GITHUB_LATEST_RELEASE_PATH = '/repos/eksctl-io/eksctl/releases/latest'

export type InstallErrorCode =
  | 'bad-version'
  | 'no-matching-release'
  | 'unsupported-platform'
  | 'not-found'
  | 'download-failed'
  | 'checksum-file'
  | 'checksum-missing'
  | 'checksum-mismatch'
  | 'extract-failed'
  | 'version-mismatch'
  | 'timeout'
  | 'archive-refused'

export class EksctlInstallError extends Error {
  constructor(
    readonly code: InstallErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'EksctlInstallError'
  }
}

export interface ResolvedInstallVersion {
  /** What eksctl-version said. */
  requested: string
  /** The release to install, without `v`: `0.230.0`, `0.231.0-rc.0`. */
  version: string
  how: 'release' | 'range' | 'latest' | 'latest-fallback'
  note?: string
}

export interface ResolveOptions {
  /** Versions of the releases the schema store knows (listReleases()), any order. */
  knownReleases: readonly string[]
  /** API base for `latest` (GITHUB_API_URL); default https://api.github.com. */
  githubApiUrl?: string
  /** Sent only to the GitHub API, never to the download URL. */
  githubToken?: string
  fetch?: typeof fetch
  /** Time allowed for the GitHub API call. */
  apiTimeoutMs?: number
  /** The install's overall deadline: the API call ends when it is aborted. */
  signal?: AbortSignal
  log?: InstallLog
}

const silentLog: InstallLog = { info: () => undefined, warning: () => undefined }

function newestKnown(known: readonly string[]): string | null {
  return semver.maxSatisfying([...known], '*')
}

function describeError(error: unknown): string {
  const status = httpStatusOf(error)
  if (status !== undefined) return `HTTP ${status}`
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code
    return code && !error.message.includes(code) ? `${error.message} (${code})` : error.message
  }
  return String(error)
}

function httpStatusOf(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null) {
    const status = (error as { httpStatusCode?: unknown }).httpStatusCode
    if (typeof status === 'number') return status
  }
  return undefined
}

/**
 * 5xx, 408, 429 and errors without an HTTP status (resets, stalls, a body cut short) are worth another try; the
 * install's deadline and a body over the size cap are not.
 */
export function isTransientDownloadError(error: unknown): boolean {
  if (error instanceof EksctlInstallError || error instanceof DownloadTooLargeError) return false
  if (error instanceof DownloadTimeoutError) return error.kind === 'stall'
  const status = httpStatusOf(error)
  if (status === undefined) return true
  return status >= 500 || status === 408 || status === 429
}

/** Asks the GitHub API for the newest eksctl release (GitHub's "latest" skips prereleases). */
export async function latestReleaseFromGitHub(options: ResolveOptions): Promise<string> {
  const api = (options.githubApiUrl || 'https://api.github.com').replace(/\/+$/, '')
  const headers: Record<string, string> = {
    accept: 'application/vnd.github+json',
    'x-github-api-version': '2022-11-28',
    'user-agent': 'eksctl-preflight'
  }
  if (options.githubToken) headers.authorization = `Bearer ${options.githubToken}`
  const doFetch = options.fetch ?? fetch
  const response = await doFetch(`${api}${GITHUB_LATEST_RELEASE_PATH}`, {
    headers,
    signal: options.signal
      ? AbortSignal.any([options.signal, AbortSignal.timeout(options.apiTimeoutMs ?? 15_000)])
      : AbortSignal.timeout(options.apiTimeoutMs ?? 15_000)
  })
  const text = await response.text()
  if (!response.ok) {
    let message = ''
    try {
      message = String((JSON.parse(text) as { message?: unknown }).message ?? '')
    } catch {
      // not JSON
    }
    throw new Error(`${api} answered HTTP ${response.status}${message ? `: ${message}` : ''}`)
  }
  let tag: unknown
  try {
    tag = (JSON.parse(text) as { tag_name?: unknown }).tag_name
  } catch {
    throw new Error(`${api} answered with something that is not JSON`)
  }
  const version = typeof tag === 'string' ? semver.clean(tag) : null
  if (!version) throw new Error(`${api} named the newest release ${JSON.stringify(tag)}, which is not a version`)
  return version
}

/**
 * eksctl-version → the release to install: a release (`0.230.0`, `v0.230.0`, `0.231.0-rc.0`) as given, even one
 * newer than the known releases; `latest` from the GitHub API, falling back to the newest known release with a
 * warning; a semver range (`>=0.191.0 <0.200.0`, `0.191`, `~0.190.0`) as the newest known release in it.
 */
export async function resolveInstallVersion(
  requested: string,
  options: ResolveOptions
): Promise<ResolvedInstallVersion> {
  const log = options.log ?? silentLog
  const input = requested.trim()
  if (input === '' || input === 'installed') {
    throw new EksctlInstallError(
      'bad-version',
      'install-eksctl: true needs eksctl-version to say what to install: a release such as 0.230.0, latest, or a ' +
        `semver range such as ">=0.191.0 <0.200.0" (got "${input || '(empty)'}", which means the eksctl already on PATH).`
    )
  }
  if (input === 'latest') {
    try {
      const version = await latestReleaseFromGitHub(options)
      return { requested: input, version, how: 'latest' }
    } catch (error) {
      const fallback = newestKnown(options.knownReleases)
      const reason =
        error instanceof Error && error.name === 'TimeoutError' ? 'no answer in time' : describeError(error)
      if (!fallback) {
        throw new EksctlInstallError(
          'no-matching-release',
          `could not ask GitHub for the newest eksctl release (${reason})`
        )
      }
      const note =
        `could not ask GitHub for the newest eksctl release (${reason}); installing ${fallback}, the newest ` +
        'release eksctl-preflight knows. Set eksctl-version to a release to choose one yourself.'
      log.warning(note)
      return { requested: input, version: fallback, how: 'latest-fallback', note }
    }
  }
  const exact = semver.valid(input.replace(/^v(?=\d)/, ''))
  if (exact) return { requested: input, version: exact, how: 'release' }
  const range = semver.validRange(input)
  if (range) {
    const match = semver.maxSatisfying([...options.knownReleases], range)
    if (!match) {
      const sorted = [...options.knownReleases].filter((v) => semver.valid(v)).sort(semver.compare)
      const known = sorted.length ? `${sorted[0]} … ${sorted[sorted.length - 1]}` : 'none'
      throw new EksctlInstallError(
        'no-matching-release',
        `no known eksctl release satisfies eksctl-version "${input}" (known releases: ${known}). Name a release to install one newer than that.`
      )
    }
    return { requested: input, version: match, how: 'range', note: `"${input}" resolved to ${match}` }
  }
  throw new EksctlInstallError(
    'bad-version',
    `eksctl-version "${input}" is not a release (0.230.0), latest, or a semver range (">=0.191.0 <0.200.0")`
  )
}

export interface InstallEksctlOptions extends ResolveOptions {
  /** eksctl-version. */
  requested: string
  toolCache: ToolCacheLike
  /** Mirror with GitHub's release layout; default the GitHub releases. */
  downloadBaseUrl?: string
  /** RUNNER_TOOL_CACHE: where a newer release's binary schema is cached. */
  toolCacheDir: string
  /** RUNNER_TEMP: downloads and extraction happen in a folder below, removed afterwards. */
  tempDir?: string
  platform?: NodeJS.Platform
  /** Node's arch name (process.arch). */
  arch?: string
  retry?: RetryPolicy
  sleep?: (ms: number) => Promise<void>
  /** install-timeout: the whole install (API call, downloads, pauses), in ms; default DEFAULT_INSTALL_TIMEOUT_MS. */
  timeoutMs?: number
  /** A download attempt without a byte for this long is dropped; default DEFAULT_STALL_TIMEOUT_MS. */
  stallTimeoutMs?: number
  /** Cap on what the archive may expand to; default DEFAULT_MAX_EXTRACTED_BYTES. */
  maxExtractedBytes?: number
  /** The HTTP agent for a URL (the action passes one that honours the runner's proxy settings). */
  agentFor?: (url: string) => Agent | undefined
  /** Environment the binary runs with (`eksctl version`, `eksctl utils schema`). */
  env?: Record<string, string | undefined>
}

export interface InstallEksctlResult {
  resolved: ResolvedInstallVersion
  version: string
  /** Full path of the binary. */
  binary: string
  /** Folder to add to PATH. */
  directory: string
  /** true when the tool cache already had it and nothing was downloaded. */
  fromCache: boolean
  /** What the binary's `eksctl version` says. */
  reportedVersion: string
  /** Files downloaded (URLs), in order; empty on a cache hit. */
  downloaded: string[]
  /** The binary's own `eksctl utils schema`, cached, when the release is newer than the newest known one. */
  schemaFile?: string
  notes: string[]
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** sleep(ms), ended early when the deadline passes. */
function abortableSleep(sleep: (ms: number) => Promise<void>, ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve()
  return new Promise((resolve) => {
    const onAbort = (): void => resolve()
    signal.addEventListener('abort', onAbort, { once: true })
    void sleep(ms).then(() => {
      signal.removeEventListener('abort', onAbort)
      resolve()
    })
  })
}

function secondsText(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`
}

/** Resolves eksctl-version and installs that release (see the file comment), within options.timeoutMs. */
export async function installEksctl(options: InstallEksctlOptions): Promise<InstallEksctlResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_INSTALL_TIMEOUT_MS
  const deadline = new AbortController()
  const timer = setTimeout(
    () => deadline.abort(new Error(`install-timeout of ${secondsText(timeoutMs)} passed`)),
    timeoutMs
  )
  const started = Date.now()
  const progress: InstallProgress = {}
  try {
    return await installWithin({ ...options, signal: deadline.signal, progress })
  } catch (error) {
    if (deadline.signal.aborted && !(error instanceof EksctlInstallError && error.code !== 'download-failed')) {
      const elapsed = secondsText(Math.round((Date.now() - started) / 100) * 100)
      const where = progress.url
        ? `downloading ${progress.url}${progress.lastFailure ? ` (earlier tries: ${progress.lastFailure})` : ''}`
        : 'asking for the release to install'
      throw new EksctlInstallError(
        'timeout',
        `eksctl was not installed: install-timeout (${secondsText(timeoutMs)}) passed while ${where}; stopped ` +
          `after ${elapsed}. Nothing was cached or added to PATH. Check that eksctl-download-url answers, or raise ` +
          'install-timeout.'
      )
    }
    throw error
  } finally {
    clearTimeout(timer)
  }
}

/** Where the install was when the deadline passed (for its message). */
interface InstallProgress {
  url?: string
  lastFailure?: string
}

type InstallRun = InstallEksctlOptions & { signal: AbortSignal; progress: InstallProgress }

async function installWithin(options: InstallRun): Promise<InstallEksctlResult> {
  const log = options.log ?? silentLog
  const resolved = await resolveInstallVersion(options.requested, options)
  const version = resolved.version
  const notes: string[] = resolved.note ? [resolved.note] : []
  let asset: EksctlAsset
  try {
    const nodeArch = options.arch ?? process.arch
    const armVersion = (process.config.variables as { arm_version?: string }).arm_version
    asset = releaseAsset(version, options.platform ?? process.platform, eksctlArch(nodeArch, armVersion))
  } catch (error) {
    if (error instanceof UnsupportedPlatformError) throw new EksctlInstallError('unsupported-platform', error.message)
    throw error
  }
  const cacheArch = toolCacheArch(asset.arch)
  const downloaded: string[] = []

  let directory = options.toolCache.find('eksctl', version, cacheArch)
  let fromCache = false
  let reportedVersion: string
  if (directory && existsSync(join(directory, asset.binaryName))) {
    fromCache = true
    log.info(`eksctl ${version} is in the tool cache: ${directory}`)
    reportedVersion = await checkBinaryVersion(join(directory, asset.binaryName), version, notes, options.env)
  } else {
    const installed = await downloadVerifyAndCache(options, version, asset, cacheArch, downloaded, notes, log)
    directory = installed.directory
    reportedVersion = installed.reportedVersion
  }
  const binary = join(directory, asset.binaryName)

  const result: InstallEksctlResult = {
    resolved,
    version,
    binary,
    directory,
    fromCache,
    reportedVersion,
    downloaded,
    notes
  }
  const newest = newestKnown(options.knownReleases)
  if (newest && semver.gt(version, newest)) {
    const schema = await binarySchema({ binary, version, toolCacheDir: options.toolCacheDir, env: options.env })
    result.schemaFile = schema.file
    notes.push(
      `eksctl ${version} is newer than ${newest}, the newest release with a bundled schema: its own ` +
        `\`eksctl utils schema\` is used (${schema.cached ? 'cached at' : 'saved to'} ${schema.file})`
    )
    log.info(notes[notes.length - 1]!)
  }
  return result
}

async function checkBinaryVersion(
  binary: string,
  version: string,
  notes: string[],
  env?: Record<string, string | undefined>
): Promise<string> {
  const reported = await detectInstalledEksctl({ binary, env })
  const match = reportedVersionMatches(version, reported.version)
  if (!match.matches) {
    throw new EksctlInstallError(
      'version-mismatch',
      `eksctl-version asked for ${version}, but \`${binary} version\` says ${reported.version}; it was not added to PATH`
    )
  }
  if (match.note) notes.push(match.note)
  return reported.version
}

async function downloadVerifyAndCache(
  options: InstallRun,
  version: string,
  asset: EksctlAsset,
  cacheArch: string,
  downloaded: string[],
  notes: string[],
  log: InstallLog
): Promise<{ directory: string; reportedVersion: string }> {
  const base = (options.downloadBaseUrl || DEFAULT_DOWNLOAD_BASE_URL).replace(/\/+$/, '')
  if (!/^https?:\/\//i.test(base)) {
    throw new EksctlInstallError('bad-version', `eksctl-download-url must be an http(s) URL, got "${base}"`)
  }
  const isMirror = base !== DEFAULT_DOWNLOAD_BASE_URL
  const tempRoot = options.tempDir || tmpdir()
  mkdirSync(tempRoot, { recursive: true })
  const work = mkdtempSync(join(tempRoot, `eksctl-${version}-`))
  const retry = options.retry ?? DEFAULT_RETRY
  const sleep = options.sleep ?? defaultSleep
  const signal = options.signal
  const stallMs = options.stallTimeoutMs ?? DEFAULT_STALL_TIMEOUT_MS
  const maxExtracted = options.maxExtractedBytes ?? DEFAULT_MAX_EXTRACTED_BYTES

  const download = async (url: string, dest: string, maxBytes: number): Promise<string> => {
    downloaded.push(url)
    options.progress.url = url
    options.progress.lastFailure = undefined
    for (let attempt = 1; ; attempt++) {
      try {
        return await downloadFile(url, dest, { signal, stallMs, maxBytes, agentFor: options.agentFor })
      } catch (error) {
        rmSync(dest, { force: true })
        if (!(error instanceof DownloadTimeoutError && error.kind === 'deadline'))
          options.progress.lastFailure = `${attempt} of ${retry.attempts}, the last: ${describeError(error)}`
        if (!isTransientDownloadError(error) || attempt >= retry.attempts || signal.aborted) throw error
        const delay = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1)) * (0.75 + Math.random() / 2)
        log.info(
          `download of ${url} failed (${describeError(error)}); trying again in ${(delay / 1000).toFixed(1)} s ` +
            `(attempt ${attempt + 1} of ${retry.attempts})`
        )
        await abortableSleep(sleep, delay, signal)
        if (signal.aborted) throw error
      }
    }
  }
  const failed = (url: string, error: unknown): EksctlInstallError =>
    new EksctlInstallError(
      'download-failed',
      `could not download ${url}: ${describeError(error)}${isTransientDownloadError(error) ? ` (after ${retry.attempts} attempts)` : ''}`
    )

  try {
    // 1. eksctl_checksums.txt decides which tag carries the release (bare up to ~0.63, v-prefixed later).
    const tried: string[] = []
    let tag: string | undefined
    let checksumsPath = ''
    for (const candidate of releaseTagCandidates(version)) {
      const url = releaseFileUrl(base, candidate, CHECKSUMS_FILE)
      tried.push(url)
      try {
        checksumsPath = await download(url, join(work, `${candidate}-${CHECKSUMS_FILE}`), MAX_CHECKSUMS_BYTES)
        tag = candidate
        break
      } catch (error) {
        if (httpStatusOf(error) === 404) continue
        throw failed(url, error)
      }
    }
    if (!tag) {
      throw new EksctlInstallError(
        'not-found',
        `eksctl release ${version} was not found: ${tried.join(' and ')} answered HTTP 404. Check eksctl-version` +
          (isMirror ? `, and that the mirror ${base} has this release.` : '.')
      )
    }
    let sums: Map<string, string>
    try {
      sums = parseChecksums(readFileSync(checksumsPath, 'utf8'), `${CHECKSUMS_FILE} of release ${tag}`)
    } catch (error) {
      if (error instanceof ChecksumFileError) {
        throw new EksctlInstallError('checksum-file', `${error.message}; nothing was installed`)
      }
      throw error
    }
    const expected = sums.get(asset.name)
    if (!expected) {
      throw new EksctlInstallError(
        'checksum-missing',
        `${CHECKSUMS_FILE} of eksctl release ${tag} (${releaseFileUrl(base, tag, CHECKSUMS_FILE)}) has no entry for ` +
          `${asset.name}, so it cannot be verified; nothing was downloaded or installed. It lists: ${[...sums.keys()].join(', ')}.`
      )
    }

    // 2. The archive, verified before anything reads it.
    const assetUrl = releaseFileUrl(base, tag, asset.name)
    let archive: string
    try {
      archive = await download(assetUrl, join(work, asset.name), maxExtracted)
    } catch (error) {
      if (httpStatusOf(error) === 404) {
        throw new EksctlInstallError(
          'not-found',
          `eksctl release ${tag} lists ${asset.name} in ${CHECKSUMS_FILE}, but ${assetUrl} answered HTTP 404` +
            (isMirror ? ` (is the mirror ${base} complete?)` : '')
        )
      }
      throw failed(assetUrl, error)
    }
    const actual = await sha256File(archive)
    if (actual !== expected) {
      throw new EksctlInstallError(
        'checksum-mismatch',
        `SHA-256 of ${asset.name} from ${assetUrl} is ${actual}, but ${CHECKSUMS_FILE} says ${expected}: ` +
          'refusing to install it (nothing was extracted, cached or added to PATH). A download cut short or a ' +
          'changed file at the source causes this; run again, and if it persists check the source.'
      )
    }
    log.info(`SHA-256 of ${asset.name} (eksctl ${tag}) matches ${CHECKSUMS_FILE}: ${actual}`)

    // 3. Take the binary out (a regular file only, the expanded size capped), check it is the release asked for,
    // then cache.
    const extracted = join(work, 'extracted')
    mkdirSync(extracted)
    const extractedBinary = join(extracted, asset.binaryName)
    try {
      const extract = { binaryName: asset.binaryName, dest: extractedBinary, mode: 0o755, maxBytes: maxExtracted }
      if (asset.format === 'zip') extractBinaryFromZip(archive, extract)
      else await extractBinaryFromTarGz(archive, extract)
    } catch (error) {
      rmSync(extractedBinary, { force: true })
      const refused = error instanceof ArchiveError && / refused/.test(error.message)
      throw new EksctlInstallError(
        refused ? 'archive-refused' : 'extract-failed',
        `${refused ? 'refusing' : 'could not extract'} ${asset.name} from ${assetUrl} (its checksum matched): ` +
          `${describeError(error)}${refused ? '. Nothing was cached or run.' : ''}`
      )
    }
    const reportedVersion = await checkBinaryVersion(extractedBinary, version, notes, options.env)
    const directory = await options.toolCache.cacheDir(extracted, 'eksctl', version, cacheArch)
    log.info(`eksctl ${version} installed from ${assetUrl} to ${directory}`)
    return { directory, reportedVersion }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
