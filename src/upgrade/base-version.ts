// The eksctl release a repository pins on a pull request's base branch: read one file (a workflow, .tool-versions,
// mise.toml, a Dockerfile, a plain version file) as it is on the base commit, with git in the workspace, and find
// the version in it. Every git call runs under one deadline; the base commit is fetched (depth 1) only when the
// checkout does not have it (actions/checkout fetches one commit by default).
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { InputError } from '../config/index.js'

export interface BaseVersionOptions {
  /** The checkout (GITHUB_WORKSPACE): git runs here, and `file` is relative to it. */
  workspace: string
  /** The file that pins eksctl, relative to the workspace. */
  file: string
  /** A regular expression whose first capture group is the version; default: the forms listed in PIN_PATTERNS. */
  pattern?: string
  /** The base commit or branch; default: the pull request's base commit from the event, else GITHUB_BASE_REF. */
  ref?: string
  env?: Record<string, string | undefined>
  /** Read the event payload (GITHUB_EVENT_PATH); injected by tests. */
  readEvent?: () => unknown
  /** The whole lookup (every git call, the fetch included) must end within this time. */
  timeoutMs?: number
  /** `git` by default. */
  git?: string
}

export interface BaseVersion {
  version: string
  /** The base commit or branch read, as given to git. */
  ref: string
  file: string
  /** 1-based line of the match in the file at the base commit. */
  line: number
  /** The text of that line (trimmed, at most 200 characters). */
  text: string
  /** Whether the base commit had to be fetched. */
  fetched: boolean
}

const V = String.raw`v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)`

/** Where eksctl versions are pinned, tried line by line in this order. */
export const PIN_PATTERNS: readonly RegExp[] = [
  // this action's input, an env var or a build arg: `eksctl-version: 0.230.0`, `EKSCTL_VERSION=v0.230.0`
  new RegExp(String.raw`eksctl[-_]?version["']?\s*[:=]\s*["']?${V}`, 'i'),
  // a release download URL: `…/eksctl/releases/download/v0.230.0/…`
  new RegExp(String.raw`eksctl/releases/download/${V}`),
  // aqua / a GitHub reference: `eksctl-io/eksctl@v0.230.0`
  new RegExp(String.raw`eksctl-io/eksctl@${V}`),
  // mise.toml: `eksctl = "0.230.0"`
  new RegExp(String.raw`^\s*["']?eksctl["']?\s*=\s*["']${V}["']`),
  // .tool-versions (asdf): `eksctl 0.230.0`
  new RegExp(String.raw`^\s*eksctl\s+${V}\s*(?:#.*)?$`),
  // a file holding only the version
  new RegExp(String.raw`^\s*${V}\s*$`)
]

const REF = /^[A-Za-z0-9._/-]+$/

interface GitResult {
  code: number
  stdout: string
  stderr: string
}

export async function readBaseVersion(options: BaseVersionOptions): Promise<BaseVersion> {
  const env = options.env ?? {}
  const deadline = Date.now() + (options.timeoutMs ?? 60_000)
  const file = checkFile(options.workspace, options.file)
  const pattern = options.pattern ? compilePattern(options.pattern) : null
  const ref = baseRef(options, env)
  const git = (args: string[]): Promise<GitResult> => run(options.git ?? 'git', args, options.workspace, env, deadline)

  let fetched = false
  let commit = await resolveCommit(git, ref)
  if (!commit) {
    const fetch = await git(['fetch', '--no-tags', '--depth=1', 'origin', ref])
    if (fetch.code !== 0)
      throw new InputError(
        `compare-eksctl-version: base: the base commit ${ref} is not in the checkout and \`git fetch origin ${ref}\` ` +
          `failed: ${oneLine(fetch.stderr)}. Fetch it in an earlier step (actions/checkout with fetch-depth: 0), or ` +
          `name the release in compare-eksctl-version.`
      )
    fetched = true
    commit = await resolveCommit(git, 'FETCH_HEAD')
    if (!commit) throw new InputError(`compare-eksctl-version: base: git fetched ${ref} but has no commit for it`)
  }
  const show = await git(['show', `${commit}:./${file}`])
  if (show.code !== 0)
    throw new InputError(
      `compare-eksctl-version-file: ${file} does not exist on the base branch (${ref}): ${oneLine(show.stderr)}`
    )
  const found = findVersion(show.stdout, pattern)
  if (!found)
    throw new InputError(
      `compare-eksctl-version-file: no eksctl version found in ${file} on the base branch (${ref})` +
        (pattern
          ? ` with compare-eksctl-version-pattern ${JSON.stringify(options.pattern)}.`
          : `: expected a line such as \`eksctl-version: 0.230.0\`, \`EKSCTL_VERSION=0.230.0\`, ` +
            '`eksctl 0.230.0` (.tool-versions), `eksctl = "0.230.0"` (mise.toml), an eksctl release download URL, ' +
            'or a file holding only the version; or set compare-eksctl-version-pattern.')
    )
  return { ...found, ref, file, fetched }
}

function checkFile(workspace: string, file: string): string {
  const trimmed = file.trim()
  if (!trimmed)
    throw new InputError(
      'compare-eksctl-version: base needs compare-eksctl-version-file: the file that pins eksctl on the base branch'
    )
  const abs = path.resolve(workspace, trimmed)
  const rel = path.relative(workspace, abs)
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel))
    throw new InputError(`compare-eksctl-version-file must name a file inside the workspace; got "${trimmed}"`)
  return rel.split(path.sep).join('/')
}

function compilePattern(source: string): RegExp {
  let re: RegExp
  try {
    re = new RegExp(source)
  } catch (error) {
    throw new InputError(`compare-eksctl-version-pattern is not a regular expression: ${(error as Error).message}`)
  }
  if (!/\((?!\?)/.test(source))
    throw new InputError('compare-eksctl-version-pattern needs a capture group around the version, e.g. eksctl:(\\S+)')
  return re
}

function baseRef(options: BaseVersionOptions, env: Record<string, string | undefined>): string {
  let ref = options.ref?.trim()
  if (!ref) {
    const event = (options.readEvent ?? (() => readEventFile(env)))() as {
      pull_request?: { base?: { sha?: unknown } }
    } | null
    const sha = event?.pull_request?.base?.sha
    ref = typeof sha === 'string' && sha ? sha : env.GITHUB_BASE_REF?.trim()
  }
  if (!ref)
    throw new InputError(
      'compare-eksctl-version: base reads the base branch of a pull request: run on a pull_request event, or name ' +
        'the branch or commit in compare-base-ref.'
    )
  if (!REF.test(ref) || ref.startsWith('-') || ref.includes('..'))
    throw new InputError(`compare-base-ref: "${ref}" is not a branch name or commit`)
  return ref
}

function readEventFile(env: Record<string, string | undefined>): unknown {
  const file = env.GITHUB_EVENT_PATH
  if (!file) return null
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

async function resolveCommit(git: (args: string[]) => Promise<GitResult>, ref: string): Promise<string | null> {
  for (const candidate of ref === 'FETCH_HEAD' ? [ref] : [ref, `origin/${ref}`]) {
    const r = await git(['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`])
    const sha = r.stdout.trim()
    if (r.code === 0 && /^[0-9a-f]{40,64}$/.test(sha)) return sha
  }
  return null
}

export function findVersion(
  text: string,
  pattern: RegExp | null
): { version: string; line: number; text: string } | null {
  const lines = text.split(/\r?\n/)
  for (const re of pattern ? [pattern] : PIN_PATTERNS) {
    for (let i = 0; i < lines.length; i++) {
      const m = re.exec(lines[i]!)
      const version = m?.slice(1).find((g) => g !== undefined)
      if (version) return { version: version.replace(/^v/, ''), line: i + 1, text: lines[i]!.trim().slice(0, 200) }
    }
  }
  return null
}

function oneLine(text: string): string {
  return text.trim().split(/\r?\n/).pop()?.slice(0, 300) || 'no message'
}

function run(
  git: string,
  args: string[],
  cwd: string,
  env: Record<string, string | undefined>,
  deadline: number
): Promise<GitResult> {
  const timeout = deadline - Date.now()
  if (timeout <= 0)
    return Promise.reject(new InputError(`compare-eksctl-version: base: git took too long (\`git ${args[0]}\`)`))
  return new Promise((resolve, reject) => {
    execFile(
      git,
      args,
      {
        cwd,
        timeout,
        killSignal: 'SIGKILL',
        maxBuffer: 16 * 1024 * 1024,
        // never wait for a password or an editor
        env: { ...env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: 'echo', LC_ALL: 'C' }
      },
      (error, stdout, stderr) => {
        if (error && (error as { killed?: boolean }).killed)
          return reject(
            new InputError(`compare-eksctl-version: base: \`git ${args[0]}\` did not finish before the deadline`)
          )
        if (error && typeof (error as { code?: unknown }).code !== 'number')
          return reject(new InputError(`compare-eksctl-version: base: cannot run git: ${error.message}`))
        resolve({ code: error ? Number((error as { code?: unknown }).code) : 0, stdout, stderr })
      }
    )
  })
}
