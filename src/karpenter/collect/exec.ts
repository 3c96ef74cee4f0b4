// Run one external command (kubectl, helm) bounded in time and in bytes. No shell: arguments go as an array.
import { spawn } from 'node:child_process'
import { accessSync, constants, statSync } from 'node:fs'
import { delimiter, isAbsolute, join } from 'node:path'

export interface BoundedRunOptions {
  timeoutMs: number
  /** Stop reading stdout after this many bytes (the process is then stopped) and mark the result truncated. */
  maxStdoutBytes: number
  /** Keep at most this much of stderr. */
  maxStderrBytes?: number
  env?: NodeJS.ProcessEnv
  /** Stops the process early (the overall deadline). */
  signal?: AbortSignal
}

export interface BoundedRunResult {
  /** Process exit code; null when it was stopped or could not start. */
  exitCode: number | null
  stdout: Buffer
  stderr: string
  durationMs: number
  timedOut: boolean
  /** stdout hit maxStdoutBytes and was cut there. */
  truncated: boolean
  /** The process could not start (e.g. ENOENT). */
  spawnError?: string
}

export async function runBounded(file: string, args: string[], options: BoundedRunOptions): Promise<BoundedRunResult> {
  const started = Date.now()
  const maxStderr = options.maxStderrBytes ?? 64 * 1024
  return new Promise((resolve) => {
    const out: Buffer[] = []
    let outBytes = 0
    let err = ''
    let timedOut = false
    let truncated = false
    let settled = false
    let spawnError: string | undefined

    const child = spawn(file, args, {
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true
    })

    const stop = (): void => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    }
    const timer = setTimeout(() => {
      timedOut = true
      stop()
    }, options.timeoutMs)
    const onAbort = (): void => {
      timedOut = true
      stop()
    }
    options.signal?.addEventListener('abort', onAbort, { once: true })

    child.stdout.on('data', (chunk: Buffer) => {
      if (truncated) return
      const room = options.maxStdoutBytes - outBytes
      if (chunk.length > room) {
        if (room > 0) out.push(chunk.subarray(0, room))
        outBytes += Math.max(room, 0)
        truncated = true
        stop()
        return
      }
      out.push(chunk)
      outBytes += chunk.length
    })
    child.stderr.on('data', (chunk: Buffer) => {
      if (err.length < maxStderr) err += chunk.toString('utf8').slice(0, maxStderr - err.length)
    })
    child.on('error', (error: NodeJS.ErrnoException) => {
      spawnError = error.code === 'ENOENT' ? `${file}: not found` : error.message
    })
    child.on('close', (code) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      options.signal?.removeEventListener('abort', onAbort)
      resolve({
        exitCode: spawnError ? null : code,
        stdout: Buffer.concat(out),
        stderr: err,
        durationMs: Date.now() - started,
        timedOut,
        truncated,
        spawnError
      })
    })
  })
}

/** The absolute path of an executable found on PATH (or the path itself when given with a slash), else null. */
export function findExecutable(name: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const isFile = (candidate: string): boolean => {
    try {
      accessSync(candidate, constants.X_OK)
      return statSync(candidate).isFile()
    } catch {
      return false
    }
  }
  if (isAbsolute(name) || name.includes('/')) return isFile(name) ? name : null
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue
    const candidate = join(dir, name)
    if (isFile(candidate)) return candidate
  }
  return null
}
