import { TextDecoder } from 'node:util'

// Streaming line splitter: constant memory whatever the input. Chunks are decoded as latin1 (one char per byte, the
// cheapest decoding V8 has) and lines are handed on as (chunk, start, end) offsets, so no per-line string is made
// unless a consumer keeps the line; consumers re-decode kept text as UTF-8 with `utf8Of`. A line longer than
// MAX_LINE_CHARS is not retained: it is reported once as oversized and skipped up to its newline.

export const MAX_LINE_CHARS = 256 * 1024

export interface LineConsumer {
  /** A new chunk string begins (offsets of following `line` calls refer to it until the next call). */
  chunk(text: string): void
  line(text: string, start: number, end: number): void
  oversized(): void
}

/** Turn a latin1-decoded span back into the UTF-8 text it was (invalid sequences become U+FFFD). */
export function utf8Of(latin1: string): string {
  for (let i = 0; i < latin1.length; i++) {
    if (latin1.charCodeAt(i) > 127) return Buffer.from(latin1, 'latin1').toString('utf8')
  }
  // Pure ASCII: same text; copy so the result does not pin the (large) chunk it was sliced from.
  return latin1.length < 64 ? latin1 : Buffer.from(latin1, 'latin1').toString('latin1')
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
    if (utf16) buf = Buffer.from(utf16.decode(buf, { stream: true }).replace(/^\uFEFF/, ''), 'utf8')
    if (buf.length === 0) continue
    const text = buf.toString('latin1')
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
      if (nl - start > MAX_LINE_CHARS) consumer.oversized()
      else emit(text, start, nl)
      start = nl + 1
      nl = text.indexOf('\n', start)
    }
    if (start < text.length) {
      if (text.length - start > MAX_LINE_CHARS) {
        skipping = true
        consumer.oversized()
      } else carry = text.slice(start)
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
