// Worker-thread side of pipeline.ts (bundled as dist/karpenter-analyze-worker.js): runs the LogParser over one file
// and posts what it finds in batches; the main thread decodes and diagnoses them in order.
import { parentPort, workerData } from 'node:worker_threads'
import { DECODED_PER_KEY, MAX_REPEAT_KEYS } from './diagnose.js'
import { readFileChunks, splitLines } from './lines.js'
import { LogParser, type BlockFormat, type EntryOut, type EntrySink } from './parse.js'
import {
  MAX_BATCHES_AHEAD,
  OP_CLEAR,
  OP_CONSOLE,
  OP_FRAGMENT,
  OP_JSON,
  OP_KEY,
  OP_KEYED_FRAGMENT,
  OP_KLOG,
  OP_PANIC,
  OP_REPEAT,
  OP_TEXT,
  type WorkerInput,
  type WorkerMessage
} from './pipeline.js'

const BATCH_BYTES = 1024 * 1024
const BLOCK_OPS: Record<BlockFormat, number> = {
  console: OP_CONSOLE,
  klog: OP_KLOG,
  panic: OP_PANIC,
  fragment: OP_FRAGMENT,
  text: OP_TEXT
}
const BATCH_OPS = 16 * 1024
const GROUP = 64

/** A growable int32 list, reused from batch to batch (a number[] copied into an Int32Array per batch costs more). */
class IntList {
  private a = new Int32Array(BATCH_OPS + 64)
  length = 0

  push(x: number): void {
    if (this.length === this.a.length) {
      const bigger = new Int32Array(this.a.length * 2)
      bigger.set(this.a)
      this.a = bigger
    }
    this.a[this.length++] = x
  }

  /** A copy of the list (to be transferred), and the list starts over. */
  take(): Int32Array {
    const out = this.a.slice(0, this.length)
    this.length = 0
    return out
  }
}

/** Collects the parser's output as ops + strings, and mirrors the Diagnosis's repeat key set. */
class BatchOut implements EntryOut, EntrySink {
  private readonly ops = new IntList()
  private readonly lens = new IntList()
  private bytes = Buffer.allocUnsafeSlow(BATCH_BYTES + 64 * 1024)
  private used = 0
  /** Strings not yet written to `bytes` (and their total length). */
  private readonly group: string[] = []
  private groupChars = 0
  private posted = 0
  /**
   * Repeat key → its id on the main thread and the lines of it handed on (mirrors the Diagnosis's `repeats`: the
   * main thread decodes every line handed on).
   */
  private readonly keys = new Map<string, { id: number; decoded: number }>()
  private nextId = 0
  private readonly done: Int32Array

  constructor(initialKeys: [string, number][], control: SharedArrayBuffer) {
    this.done = new Int32Array(control)
    for (const [key, decoded] of initialKeys) this.declare(key, decoded)
  }

  /** The id of a key handed on with a line, counted as the Diagnosis counts it (same bound, same start-over). */
  private keyed(key: string): number {
    const known = this.keys.get(key)
    if (known) {
      known.decoded++
      return known.id
    }
    if (this.keys.size >= MAX_REPEAT_KEYS) {
      this.keys.clear()
      this.ops.push(OP_CLEAR)
    }
    return this.declare(key, 1)
  }

  private declare(key: string, decoded: number): number {
    const id = this.nextId++
    this.keys.set(key, { id, decoded })
    this.ops.push(OP_KEY)
    this.ops.push(id)
    this.push(key)
    return id
  }

  private push(s: string | null): void {
    if (s === null) {
      this.lens.push(-1)
      return
    }
    // Strings are written in groups: one Buffer.write per GROUP strings instead of one per string (each write is
    // a call into C++ that costs more than copying a short line).
    this.group.push(s)
    this.groupChars += s.length
    this.lens.push(s.length)
    if (this.group.length >= GROUP) this.writeGroup()
  }

  private writeGroup(): void {
    if (this.group.length === 0) return
    if (this.used + this.groupChars > this.bytes.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(this.bytes.length * 2, this.used + this.groupChars))
      this.bytes.copy(bigger, 0, 0, this.used)
      this.bytes = bigger
    }
    this.used += this.bytes.write(this.group.length === 1 ? this.group[0]! : this.group.join(''), this.used, 'latin1')
    this.group.length = 0
    this.groupChars = 0
  }

  entry(): void {
    throw new Error('internal error: a worker parser decodes no entries')
  }

  repeat(key: string, time: string | null): boolean {
    const known = this.keys.get(key)
    if (known === undefined || known.decoded < DECODED_PER_KEY) return false
    const id = known.id
    this.ops.push(OP_REPEAT)
    this.ops.push(id)
    this.push(time)
    this.maybeFlush()
    return true
  }

  json(latin1: string, repeatKey: string | null): void {
    const id = repeatKey === null ? -1 : this.keyed(repeatKey)
    this.ops.push(OP_JSON)
    this.ops.push(id)
    this.push(latin1)
    this.maybeFlush()
  }

  block(format: BlockFormat, latin1: string, repeatKey: string | null = null): void {
    if (repeatKey !== null) {
      const id = this.keyed(repeatKey)
      this.ops.push(OP_KEYED_FRAGMENT)
      this.ops.push(id)
      this.push(latin1)
      this.maybeFlush()
      return
    }
    this.ops.push(BLOCK_OPS[format])
    this.push(latin1)
    this.maybeFlush()
  }

  private maybeFlush(): void {
    if (this.used + this.groupChars >= BATCH_BYTES || this.ops.length >= BATCH_OPS) this.flush()
  }

  flush(): void {
    if (this.ops.length === 0) return
    this.writeGroup()
    // The string bytes are moved to the main thread, not copied: a fresh buffer for the next batch.
    const bytes = this.bytes.buffer as ArrayBuffer
    const msg: WorkerMessage = {
      type: 'batch',
      ops: this.ops.take(),
      lens: this.lens.take(),
      bytes
    }
    parentPort!.postMessage(msg, [bytes, msg.ops.buffer as ArrayBuffer, msg.lens.buffer as ArrayBuffer])
    this.bytes = Buffer.allocUnsafeSlow(BATCH_BYTES + 64 * 1024)
    this.used = 0
    this.posted++
    // Wait while the main thread is more than MAX_BATCHES_AHEAD batches behind.
    for (;;) {
      const finished = Atomics.load(this.done, 1)
      if (this.posted - finished <= MAX_BATCHES_AHEAD) break
      Atomics.wait(this.done, 1, finished, 1000)
    }
  }
}

async function main(): Promise<void> {
  const input = workerData as WorkerInput
  try {
    const out = new BatchOut(input.repeatKeys, input.control)
    const parser = new LogParser(out, out)
    await splitLines(readFileChunks(input.file), parser)
    parser.end()
    out.flush()
    const msg: WorkerMessage = { type: 'done', counts: parser.counts, firstCommit: parser.firstCommit }
    parentPort!.postMessage(msg)
  } catch (error) {
    const msg: WorkerMessage = { type: 'error', message: (error as Error).message }
    parentPort!.postMessage(msg)
  }
}

void main()
