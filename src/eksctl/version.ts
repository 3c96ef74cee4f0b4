// eksctl's own version: parsing every `eksctl version` output format, and finding the installed binary.
import { execFile } from 'node:child_process'
import semver from 'semver'

export class EksctlNotFoundError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'EksctlNotFoundError'
  }
}

/** The ANSI colour escapes eksctl's logger wraps its lines in when `--color` is on (the default up to 0.13). */
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g

// A version as eksctl prints it: `0.230.0`, `0.231.0-rc.0`, `0.5.0-dev+abc1234.2020-01-15T14:03:46Z`. The build
// part of dev builds holds an RFC 3339 date, so `:` is allowed there (semver itself would not allow it).
const VERSION = String.raw`v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.:-]+)?`
const PLAIN_LINE = new RegExp(String.raw`^(${VERSION})$`)
const GIT_TAG = new RegExp(String.raw`(?:\bGitTag|"gitTag")\s*:\s*"(${VERSION})"`)
const GO_INFO =
  /version\.Info\{Version:"([^"]*)",\s*PreReleaseID:"([^"]*)"(?:,\s*Metadata:version\.BuildMetadata\{BuildDate:"([^"]*)",\s*GitCommit:"([^"]*)"\})?/
const LOG_LINE = new RegExp(String.raw`\beksctl version:?\s+(${VERSION})\s*$`)

/**
 * eksctl's GetVersion(): `Version` alone for a release; `Version-PreReleaseID` for an RC or when the build metadata
 * is empty (0.149.0/0.150.0 print `-dev`); otherwise `Version-PreReleaseID+GitCommit.BuildDate`.
 */
function composeVersion(version: string, preReleaseId: string, buildDate = '', gitCommit = ''): string {
  if (preReleaseId === '') return version
  const withPre = `${version}-${preReleaseId}`
  if (preReleaseId.startsWith('rc.') || buildDate === '' || gitCommit === '') return withPre
  return `${withPre}+${gitCommit}.${buildDate}`
}

function fromJson(text: string): string | null {
  const trimmed = text.trim()
  if (!trimmed.startsWith('{')) return null
  let data: unknown
  try {
    data = JSON.parse(trimmed)
  } catch {
    return null
  }
  if (typeof data !== 'object' || data === null) return null
  const info = data as {
    Version?: unknown
    PreReleaseID?: unknown
    Metadata?: { BuildDate?: unknown; GitCommit?: unknown }
  }
  if (typeof info.Version !== 'string' || !new RegExp(`^${VERSION}$`).test(info.Version)) return null
  const str = (v: unknown): string => (typeof v === 'string' ? v : '')
  return composeVersion(
    info.Version.replace(/^v/, ''),
    str(info.PreReleaseID),
    str(info.Metadata?.BuildDate),
    str(info.Metadata?.GitCommit)
  )
}

/**
 * `0.230.0`, `0.231.0-rc.0`, `0.149.0-dev`, `0.5.0-dev+abc1234.2020-01-15T14:03:46Z`, … from any `eksctl version`
 * (or `-o json`) output of any era: plain (0.14.0+), real JSON (0.20.0+), Go-syntax `-o json` (0.14–0.19),
 * `[ℹ]  version.Info{…GitTag:"0.13.0"}` (0.1.12–0.13.0, also ANSI-coloured and with a timestamp prefix) and
 * `[ℹ]  versionInfo = map[string]string{… "gitTag":"0.1.5"}` (0.1.0–0.1.11). A leading `v` is dropped. null if none.
 */
export function parseEksctlVersionOutput(stdout: string): string | null {
  const text = stdout.replace(ANSI, '').replace(/\r/g, '')
  const json = fromJson(text)
  if (json) return json
  const go = GO_INFO.exec(text)
  if (go && new RegExp(`^${VERSION}$`).test(go[1]!)) {
    return composeVersion(go[1]!.replace(/^v/, ''), go[2]!, go[3] ?? '', go[4] ?? '')
  }
  const tag = GIT_TAG.exec(text)
  if (tag) return tag[1]!.replace(/^v/, '')
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    const plain = PLAIN_LINE.exec(line) ?? LOG_LINE.exec(line)
    if (plain) return plain[1]!.replace(/^v/, '')
  }
  return null
}

/** `0.149.0-dev+abc.2023-…` → `0.149.0`: the release a reported version belongs to (null if not a version). */
export function releaseOfVersion(version: string): string | null {
  const m = /^v?(\d+\.\d+\.\d+)/.exec(version.trim())
  return m ? m[1]! : null
}

export interface VersionMatch {
  matches: boolean
  /** Why a not-exact report still counts (0.149.0/0.150.0 print `-dev`), or why it does not match. */
  note?: string
}

/**
 * Does the version a binary reports match the release that was asked for? A release (`0.230.0`) matches exactly,
 * and also `-dev` without build metadata (the 0.149.0/0.150.0 link-time bug, reference eksctl.md §1.1). A
 * prerelease (`0.231.0-rc.0`) must be reported as itself.
 */
export function reportedVersionMatches(expected: string, reported: string): VersionMatch {
  const want = semver.clean(expected) ?? expected.replace(/^v/, '')
  const got = reported.replace(/^v/, '')
  if (got === want) return { matches: true }
  const wantRelease = releaseOfVersion(want)
  if (wantRelease === want && got === `${want}-dev`) {
    return {
      matches: true,
      note: `eksctl ${want} reports "${got}": releases 0.149.0 and 0.150.0 were built without their version metadata`
    }
  }
  return { matches: false, note: `the binary reports "${got}", expected "${want}"` }
}

export interface InstalledEksctlVersion {
  version: string
  binary: string
  output: string
}

const NOT_FOUND_FIX =
  'Install eksctl before this step, set install-eksctl: true to have eksctl-preflight install it, ' +
  'or set eksctl-version to a release (e.g. 0.230.0) to validate without a binary.'

/** Runs `eksctl version` from PATH (or `binary`). Throws EksctlNotFoundError with how to fix it. */
export async function detectInstalledEksctl(options?: {
  binary?: string
  env?: Record<string, string | undefined>
  timeoutMs?: number
}): Promise<InstalledEksctlVersion> {
  const binary = options?.binary ?? 'eksctl'
  const env = options?.env ?? process.env
  const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) => {
    execFile(
      binary,
      ['version'],
      {
        env: env as NodeJS.ProcessEnv,
        timeout: options?.timeoutMs ?? 30_000,
        maxBuffer: 1024 * 1024,
        windowsHide: true
      },
      (error, out, err) => {
        if (error) {
          const code = (error as NodeJS.ErrnoException).code
          if (code === 'ENOENT') {
            const where = options?.binary ? `eksctl was not found at ${binary}.` : 'eksctl was not found on PATH.'
            reject(new EksctlNotFoundError(`${where} ${NOT_FOUND_FIX}`))
          } else if (code === 'EACCES') {
            reject(new EksctlNotFoundError(`${binary} is not executable (EACCES). ${NOT_FOUND_FIX}`))
          } else {
            const detail = String(err || out || error.message)
              .trim()
              .slice(0, 500)
            reject(new Error(`\`${binary} version\` failed: ${detail}`))
          }
          return
        }
        resolve({ stdout: String(out), stderr: String(err) })
      }
    )
  })
  // Up to 0.13 the line went through a logger; read stderr too in case a wrapper redirected it.
  const version = parseEksctlVersionOutput(stdout) ?? parseEksctlVersionOutput(stderr)
  if (!version) {
    const shown = (stdout || stderr).trim().slice(0, 300) || '(no output)'
    throw new Error(`could not read a version from \`${binary} version\`; it printed: ${shown}`)
  }
  return { version, binary, output: stdout }
}
