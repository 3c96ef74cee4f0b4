// Runs the bundled CLI (`node dist/cli.js …`) as a shell does: arguments, stdin, a working directory and an
// environment without eksctl on PATH unless a test puts one there. `runCli` waits synchronously; `runCliAsync` lets
// servers in the test process keep answering while it runs.
import { execFile, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { repoRoot } from './paths.js'

const CLI = path.join(repoRoot, 'dist', 'cli.js')

/** TMPDIR of this test run (see temp-root.ts), for the processes a test starts with an environment of its own. */
export function tempEnv(): Record<string, string> {
  return process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}
}

/** A fresh folder with the given files (path → content). */
export function workspace(files: Record<string, string | Buffer> = {}): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'preflight-ws-')))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), content)
  }
  return dir
}

/** PATH without any eksctl, so `installed` means "not found" unless a test adds one. */
export function pathWithoutEksctl(): string {
  return path.dirname(process.execPath)
}

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

/** `node dist/cli.js ARGS` in cwd (default the repository root); PATH holds only node, HOME is cwd, unless env says. */
export function runCli(
  cwd: string,
  args: string[],
  options: { env?: Record<string, string>; input?: string | Buffer } = {}
): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
    input: options.input ?? '',
    env: { PATH: pathWithoutEksctl(), HOME: cwd, ...tempEnv(), ...options.env }
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

export interface TimedCliRun extends CliRun {
  code: number
  /** How long the run took, in ms. */
  wallMs: number
}

/** `node dist/cli.js ARGS` with exactly the given environment, asynchronously; wallMs is how long it took. */
export function runCliAsync(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<TimedCliRun> {
  const started = Date.now()
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { env: { ...tempEnv(), ...env }, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const exit = error ? (error as { code?: unknown }).code : 0
        resolve({ code: typeof exit === 'number' ? exit : 1, stdout, stderr, wallMs: Date.now() - started })
      }
    )
  })
}
