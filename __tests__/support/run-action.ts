// Runs the bundled action (`node dist/index.js`, `node dist/post.js`) the way a runner does: INPUT_* variables with
// action.yml's defaults, fresh GITHUB_OUTPUT / GITHUB_PATH / GITHUB_STEP_SUMMARY / GITHUB_STATE / GITHUB_ENV files,
// RUNNER_TEMP, RUNNER_TOOL_CACHE, GITHUB_WORKSPACE, the job's identity, and STATE_* for a post step. `runAction` is
// asynchronous (servers in the test process keep answering while it runs); `runActionSync` is for tests that need
// no server.
import { execFile, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from './paths.js'

export interface ActionRun {
  code: number
  stdout: string
  stderr: string
  /** GITHUB_OUTPUT, parsed. */
  outputs: Record<string, string>
  /** GITHUB_STATE, parsed: what a post step gets as STATE_* (pass it as `state`). */
  state: Record<string, string>
  /** GITHUB_PATH as written. */
  path: string
  /** GITHUB_STEP_SUMMARY as written. */
  summary: string
  runnerTemp: string
  toolCache: string
}

export interface ActionRunOptions {
  /** Input name → value (`install-eksctl` → INPUT_INSTALL-EKSCTL); the others get action.yml's defaults. */
  inputs?: Record<string, string>
  /** GITHUB_WORKSPACE and the working directory; default the repository root. */
  workspace?: string
  /** Folder for this run's runner files (a fresh folder is made below it); default the system temp folder. */
  workDir?: string
  /** RUNNER_TOOL_CACHE; default a fresh folder of this run. */
  toolCache?: string
  /** What the main step saved (its `state`): set as STATE_<name>, as the runner does for the post step. */
  state?: Record<string, string>
  /** Extra environment (PATH, GITHUB_API_URL, …), over the runner's. */
  env?: Record<string, string>
  /** The script under dist/: index.js (default) or post.js. */
  entry?: 'index.js' | 'post.js'
  timeoutMs?: number
}

/** The job a run belongs to, as GITHUB_* / RUNNER_NAME tell it (the collect artifact is karpenter-deploy-2). */
export const RUNNER_JOB = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/platform',
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_JOB: 'deploy',
  RUNNER_NAME: 'GitHub Actions 7'
}

const actionInputs = (
  parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: unknown }> }
).inputs

/**
 * The INPUT_* a runner sets from action.yml: names upper-cased with spaces as `_` and hyphens kept, every input's
 * default (a `${{ … }}` expression default, such as github-token's, becomes empty), then the given inputs over them.
 */
export function actionInputsEnv(inputs: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {}
  const name = (input: string): string => `INPUT_${input.replace(/ /g, '_').toUpperCase()}`
  for (const [input, spec] of Object.entries(actionInputs)) {
    const value = spec.default === undefined ? '' : String(spec.default)
    env[name(input)] = value.includes('${{') ? '' : value
  }
  for (const [input, value] of Object.entries(inputs)) env[name(input)] = value
  return env
}

/** GITHUB_OUTPUT / GITHUB_STATE as @actions/core writes them: `name<<delimiter` heredocs, or `name=value` lines. */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const value: string[] = []
      while (++i < lines.length && lines[i] !== heredoc[2]) value.push(lines[i]!)
      out[heredoc[1]!] = value.join('\n')
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    }
  }
  return out
}

interface Prepared {
  argv: string[]
  cwd: string
  env: Record<string, string>
  files: { GITHUB_OUTPUT: string; GITHUB_PATH: string; GITHUB_STEP_SUMMARY: string; GITHUB_STATE: string }
  runnerTemp: string
  toolCache: string
}

function prepare(options: ActionRunOptions): Prepared {
  const base = options.workDir ?? tmpdir()
  mkdirSync(base, { recursive: true })
  const run = realpathSync(mkdtempSync(join(base, 'run-')))
  const files = {
    GITHUB_OUTPUT: join(run, 'output'),
    GITHUB_PATH: join(run, 'path'),
    GITHUB_STEP_SUMMARY: join(run, 'summary.md'),
    GITHUB_STATE: join(run, 'state'),
    GITHUB_ENV: join(run, 'env')
  }
  for (const f of Object.values(files)) writeFileSync(f, '')
  const toolCache = options.toolCache ?? join(run, 'tool-cache')
  const runnerTemp = join(run, 'temp')
  mkdirSync(runnerTemp)
  const workspace = options.workspace ?? repoRoot
  const state = Object.entries(options.state ?? {}).map(([name, value]) => [`STATE_${name}`, value])
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: run,
    // This test run's own temp folder (temp-root.ts): what the action leaves there goes with it.
    ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
    GITHUB_ACTIONS: 'true',
    ...RUNNER_JOB,
    ...files,
    RUNNER_TOOL_CACHE: toolCache,
    RUNNER_TEMP: runnerTemp,
    GITHUB_WORKSPACE: workspace,
    ...Object.fromEntries(state),
    ...options.env,
    ...actionInputsEnv(options.inputs)
  }
  const argv = [join(repoRoot, 'dist', options.entry ?? 'index.js')]
  return { argv, cwd: workspace, env, files, runnerTemp, toolCache }
}

function finish(p: Prepared, code: number, stdout: string, stderr: string): ActionRun {
  const read = (file: string): string => readFileSync(file, 'utf8')
  return {
    code,
    stdout,
    stderr,
    outputs: parseCommandFile(read(p.files.GITHUB_OUTPUT)),
    state: parseCommandFile(read(p.files.GITHUB_STATE)),
    path: read(p.files.GITHUB_PATH),
    summary: read(p.files.GITHUB_STEP_SUMMARY),
    runnerTemp: p.runnerTemp,
    toolCache: p.toolCache
  }
}

export function runAction(options: ActionRunOptions = {}): Promise<ActionRun> {
  const p = prepare(options)
  return new Promise((done) => {
    execFile(
      process.execPath,
      p.argv,
      { env: p.env, cwd: p.cwd, timeout: options.timeoutMs ?? 60_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const exit = error ? (error as { code?: unknown }).code : 0
        done(finish(p, typeof exit === 'number' ? exit : 1, String(stdout), String(stderr)))
      }
    )
  })
}

export function runActionSync(options: ActionRunOptions = {}): ActionRun {
  const p = prepare(options)
  const result = spawnSync(process.execPath, p.argv, {
    env: p.env,
    cwd: p.cwd,
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 60_000,
    maxBuffer: 16 * 1024 * 1024
  })
  return finish(p, result.status ?? 1, result.stdout, result.stderr)
}
