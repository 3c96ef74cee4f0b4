import { closeSync, openSync, readSync } from 'node:fs'
import { TextDecoder } from 'node:util'

// Streaming line splitter: constant memory whatever the input. Chunks are decoded as latin1 (one char per byte, the
// cheapest decoding V8 has) and lines are handed on as (chunk, start, end) offsets, so no per-line string is made
// unless a consumer keeps the line; consumers re-decode kept text as UTF-8 with `utf8Of`. A line longer than
// MAX_LINE_CHARS is not retained: it is reported once as oversized and skipped up to its newline.

export const MAX_LINE_CHARS = 256 * 1024
/**
 * Size of the strings lines are cut from. Small enough to be allocated in V8's young generation and die there
 * (1 MiB strings become external or large objects that linger until a full GC, which balloons RSS).
 */
const PIECE = 64 * 1024

export interface LineConsumer {
  /** A new chunk string begins (offsets of following `line` calls refer to it until the next call). */
  chunk(text: string): void
  line(text: string, start: number, end: number): void
  oversized(): void
}

export const NON_ASCII = /[\u0080-\uffff]/

/** A flat copy of a latin1 string (one char per byte). */
export function copyLatin1(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'latin1').toString('latin1')
}

/** Turn a latin1-decoded span back into the UTF-8 text it was (invalid sequences become U+FFFD). */
export function utf8Of(latin1: string): string {
  return NON_ASCII.test(latin1) ? Buffer.from(latin1, 'latin1').toString('utf8') : latin1
}

/**
 * A copy of a string that does not share memory with the string it was cut from. Substrings in V8 may point into
 * their parent, so a kept instance id cut from a 1 MiB chunk would keep the whole chunk alive.
 */
export function own(s: string): string
export function own(s: string | null): string | null
export function own(s: string | null): string | null {
  if (s === null || s.length < 13) return s
  return Buffer.from(s, 'utf8').toString('utf8')
}

export async function splitLines(input: AsyncIterable<Buffer | string>, consumer: LineConsumer): Promise<void> {
  let carry = ''
  let skipping = false
  let first = true
  let utf16: TextDecoder | null = null

  const emit = (text: string, start: number, end: number): void => {
    if (end > start && text.charCodeAt(end - 1) === 13) end-- // CRLF
    consumer.line(text, start, end)
  }

  for await (const piece of input) {
    let buf = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece
    if (first && buf.length > 0) {
      first = false
      if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3)
      else if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) utf16 = new TextDecoder('utf-16le')
      else if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) utf16 = new TextDecoder('utf-16be')
    }
    // UTF-16 files (e.g. PowerShell redirection of `kubectl logs`): transcode to UTF-8 bytes first.
    if (utf16) buf = Buffer.from(utf16.decode(buf, { stream: true }), 'utf8') // the decoder drops the BOM
    for (let off = 0; off < buf.length; off += PIECE) {
      const text = buf.toString('latin1', off, Math.min(buf.length, off + PIECE))
      let start = 0
      if (skipping) {
        const nl = text.indexOf('\n')
        if (nl === -1) continue
        skipping = false
        start = nl + 1
      } else if (carry.length > 0) {
        const nl = text.indexOf('\n')
        if (nl === -1) {
          carry += text
          if (carry.length > MAX_LINE_CHARS) {
            carry = ''
            skipping = true
            consumer.oversized()
          }
          continue
        }
        const joined = carry + text.slice(0, nl)
        carry = ''
        if (joined.length > MAX_LINE_CHARS) consumer.oversized()
        else {
          consumer.chunk(joined)
          emit(joined, 0, joined.length)
        }
        start = nl + 1
      }
      consumer.chunk(text)
      let nl = text.indexOf('\n', start)
      while (nl !== -1) {
        emit(text, start, nl)
        start = nl + 1
        nl = text.indexOf('\n', start)
      }
      // The unfinished tail is copied (not sliced) so it does not keep this piece alive.
      if (start < text.length) carry = copyLatin1(text.slice(start))
    }
  }
  if (utf16) {
    const rest = utf16.decode()
    if (rest) carry += Buffer.from(rest, 'utf8').toString('latin1')
  }
  if (carry.length > 0 && !skipping) {
    consumer.chunk(carry)
    emit(carry, 0, carry.length)
  }
}

/**
 * The bytes of a file in 1 MiB reads into one reused buffer (synchronous reads: no thread-pool round trip per chunk,
 * no allocation per chunk). Each yielded view is valid until the next one is requested; splitLines decodes it first.
 */
export async function* readFileChunks(file: string): AsyncGenerator<Buffer> {
  const fd = openSync(file, 'r')
  try {
    const buf = Buffer.allocUnsafe(1024 * 1024)
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null)
      if (n === 0) return
      yield buf.subarray(0, n)
    }
  } finally {
    closeSync(fd)
  }
}
