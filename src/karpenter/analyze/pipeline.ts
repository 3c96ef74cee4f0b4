// Two-thread pipeline for large log files. A worker thread reads the file and runs the whole LogParser (line
// splitting, classification, prefixes, multi-line entries: all state that depends on earlier lines); the main thread
// decodes the entries it hands on (JSON.parse, console field objects) and runs the Diagnosis, in the same order as a
// single-threaded run. The result is identical by construction: the parser sees the same lines in the same order, and
// the one answer it needs from the Diagnosis (is this repeat key known?) comes from an exact mirror of the Diagnosis's
// key set, which changes only through the entries the worker itself hands on.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { Diagnosis } from './diagnose.js'
import { EntryDecoder, type LineCounts } from './parse.js'

// A batch is a list of ops (each followed by its int arguments) and the bytes of the strings they carry, one after
// the other (lengths in `lens`, -1 = null). Every string the parser hands on is latin1 (one char per byte as read),
// so its bytes are the file's bytes: text is decoded as UTF-8, keys and times as latin1 (as the parser has them).
export const OP_KEY = 1 // id; string: key. A new repeat key (its entry follows as OP_JSON).
export const OP_JSON = 2 // key id or -1; string: the line
export const OP_REPEAT = 3 // key id; string: time or null
export const OP_CLEAR = 4 // the repeat key set starts over
export const OP_CONSOLE = 5 // string: entry text
export const OP_KLOG = 6 // string: entry text
export const OP_PANIC = 7 // string: entry text
export const OP_FRAGMENT = 8 // string: a hard-wrapped JSON entry joined again
export const OP_TEXT = 9 // string: an unparsed line that reads like an error
export const OP_KEYED_FRAGMENT = 10 // key id; string: a joined fragment with a repeat key (its OP_KEY came first)

export interface WorkerInput {
  file: string
  /** Repeat keys the Diagnosis knows when the file starts, with the lines of each it has decoded. */
  repeatKeys: [string, number][]
  /** Int32Array over a SharedArrayBuffer: [1] = batches the main thread has finished. */
  control: SharedArrayBuffer
}

export type WorkerMessage =
  | { type: 'batch'; ops: Int32Array; lens: Int32Array; bytes: ArrayBuffer }
  | { type: 'done'; counts: LineCounts; firstCommit: string | null }
  | { type: 'error'; message: string }

/** Batches the worker may post ahead of the main thread (bounds memory when decoding is the slower side). */
export const MAX_BATCHES_AHEAD = 4

/** Files at least this large go through the pipeline when the mode is `auto`. */
export const PIPELINE_MIN_BYTES = 32 * 1024 * 1024

export type PipelineMode = 'auto' | 'on' | 'off'

/** From EKSCTL_PREFLIGHT_ANALYZE_WORKER: `off` (one thread), `on` (any file size), otherwise `auto`. */
export function pipelineModeFromEnv(env: NodeJS.ProcessEnv = process.env): PipelineMode {
  const v = env.EKSCTL_PREFLIGHT_ANALYZE_WORKER?.toLowerCase()
  return v === 'off' || v === 'on' ? v : 'auto'
}

/**
 * The bundled worker script next to the running bundle (dist/karpenter-analyze-worker.js), or null when it is not
 * there (running from sources, e.g. under vitest: then analysis stays in one thread).
 */
export function workerScript(): URL | null {
  const url = new URL('./karpenter-analyze-worker.js', import.meta.url)
  try {
    return existsSync(fileURLToPath(url)) ? url : null
  } catch {
    return null
  }
}

/** Analyse one log file with the parser in a worker thread; entries go into `diagnosis` in log order. */
export function analyzeFileInWorker(
  script: URL,
  file: string,
  diagnosis: Diagnosis
): Promise<{ counts: LineCounts; firstCommit: string | null }> {
  const control = new SharedArrayBuffer(8)
  const done = new Int32Array(control)
  const input: WorkerInput = { file, repeatKeys: diagnosis.repeatKeys(), control }
  // A small young generation keeps the second heap small (peak RSS): the parser's garbage is short-lived, so the more
  // frequent scavenges cost little. On the error-dense 512 MiB benchmark log, 16 MB gave 211–219 MB peak RSS, 4 MB
  // 184–197 MB (the main thread's young generation is fixed when node starts and cannot be bounded from here).
  const worker = new Worker(script, { workerData: input, resourceLimits: { maxYoungGenerationSizeMb: 4 } })
  const decoder = new EntryDecoder(diagnosis)
  const keys = new Map<number, string>()

  const replay = (ops: Int32Array, lens: Int32Array, bytes: Buffer): void => {
    let s = 0
    let at = 0
    const next = (encoding: 'utf8' | 'latin1'): string | null => {
      const n = lens[s++]!
      if (n < 0) return null
      at += n
      return bytes.toString(encoding, at - n, at)
    }
    for (let i = 0; i < ops.length; i++) {
      switch (ops[i]) {
        case OP_KEY:
          keys.set(ops[++i]!, next('latin1')!)
          break
        case OP_JSON: {
          const id = ops[++i]!
          decoder.json(next('utf8')!, id < 0 ? null : keys.get(id)!)
          break
        }
        case OP_REPEAT: {
          const key = keys.get(ops[++i]!)
          const time = next('latin1')
          if (key === undefined || !diagnosis.repeat(key, time)) {
            throw new Error('internal error: the worker and the diagnosis disagree on a repeat key')
          }
          break
        }
        case OP_CLEAR:
          keys.clear()
          break
        case OP_CONSOLE:
          decoder.block('console', next('utf8')!)
          break
        case OP_KLOG:
          decoder.block('klog', next('utf8')!)
          break
        case OP_PANIC:
          decoder.block('panic', next('utf8')!)
          break
        case OP_FRAGMENT:
          decoder.block('fragment', next('utf8')!)
          break
        case OP_KEYED_FRAGMENT: {
          const key = keys.get(ops[++i]!)!
          decoder.block('fragment', next('utf8')!, key)
          break
        }
        case OP_TEXT:
          decoder.block('text', next('utf8')!)
          break
        default:
          throw new Error(`internal error: unknown pipeline op ${ops[i]}`)
      }
    }
  }

  return new Promise((resolve, reject) => {
    let settled = false
    const fail = (error: Error): void => {
      if (settled) return
      settled = true
      void worker.terminate()
      reject(error)
    }
    worker.on('message', (m: WorkerMessage) => {
      if (settled) return
      if (m.type === 'batch') {
        try {
          replay(m.ops, m.lens, Buffer.from(m.bytes))
        } catch (error) {
          fail(error as Error)
          return
        }
        Atomics.add(done, 1, 1)
        Atomics.notify(done, 1)
      } else if (m.type === 'done') {
        settled = true
        resolve({ counts: m.counts, firstCommit: m.firstCommit })
      } else fail(new Error(m.message))
    })
    worker.on('error', fail)
    worker.on('exit', (code) => fail(new Error(`log parser worker exited (${code}) before finishing`)))
  })
}
