// Runs the bundled action (`node dist/index.js`) the way a runner does: INPUT_* variables and fresh
// GITHUB_OUTPUT / GITHUB_PATH / GITHUB_STEP_SUMMARY / GITHUB_STATE / GITHUB_ENV files, RUNNER_TEMP and
// RUNNER_TOOL_CACHE. Asynchronous, so servers in the test process keep answering while it runs.
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

export interface ActionRun {
  code: number
  stdout: string
  stderr: string
  /** GITHUB_OUTPUT, parsed. */
  outputs: Record<string, string>
  /** GITHUB_PATH as written. */
  path: string
  /** GITHUB_STEP_SUMMARY as written. */
  summary: string
  runnerTemp: string
  toolCache: string
}

/**
 * The INPUT_* a runner sets from action.yml: every input's default (a `${{ … }}` expression default, such as
 * github-token's, becomes empty), then the given inputs over them.
 */
export function actionInputsEnv(inputs: Record<string, string>): Record<string, string> {
  const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: unknown }>
  }
  const env: Record<string, string> = {}
  const name = (input: string): string => `INPUT_${input.replace(/ /g, '_').toUpperCase()}`
  for (const [input, spec] of Object.entries(action.inputs)) {
    const value = spec.default === undefined ? '' : String(spec.default)
    env[name(input)] = value.includes('${{') ? '' : value
  }
  for (const [input, value] of Object.entries(inputs)) env[name(input)] = value
  return env
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<delimiter\nvalue\ndelimiter\n` per output. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  for (const m of text.matchAll(/^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!
  return outputs
}

export async function runAction(options: {
  /** Input name → value (`install-eksctl` → INPUT_INSTALL-EKSCTL); the others get action.yml's defaults. */
  inputs: Record<string, string>
  /** Folder for this run's runner files (created below it). */
  workDir: string
  /** RUNNER_TOOL_CACHE; default a fresh folder in workDir. */
  toolCache?: string
  /** Extra environment (e.g. GITHUB_API_URL). */
  env?: Record<string, string>
  entry?: string
  timeoutMs?: number
}): Promise<ActionRun> {
  mkdirSync(options.workDir, { recursive: true })
  const run = mkdtempSync(join(options.workDir, 'run-'))
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
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? run,
    ...files,
    RUNNER_TOOL_CACHE: toolCache,
    RUNNER_TEMP: runnerTemp,
    GITHUB_WORKSPACE: repoRoot,
    ...options.env,
    ...actionInputsEnv(options.inputs)
  }
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(
      process.execPath,
      [join(repoRoot, options.entry ?? 'dist/index.js')],
      { env, cwd: repoRoot, timeout: options.timeoutMs ?? 60_000, maxBuffer: 16 * 1024 * 1024 },
      (error, out, err) => {
        const exit = error ? (error as { code?: unknown }).code : 0
        done({ code: typeof exit === 'number' ? exit : 1, stdout: String(out), stderr: String(err) })
      }
    )
  })
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    path: readFileSync(files.GITHUB_PATH, 'utf8'),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    runnerTemp,
    toolCache
  }
}
