// Reading a config file's bytes safely: refuse huge files before reading them, binary files and bytes that are
// not UTF-8, each with the position of the problem.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import type { SourceRange } from '../report/finding.js'
import { bytePosition } from './positions.js'

/** Files larger than this are refused without being read (a ClusterConfig is a few KiB). */
export const MAX_CONFIG_BYTES = 10 * 1024 * 1024

export type ReadResult =
  | { ok: true; text: string }
  | {
      ok: false
      ruleId: 'config/too-large' | 'config/binary' | 'config/encoding' | 'config/unreadable'
      message: string
      range: SourceRange
    }

const FILE_START: SourceRange = { line: 1, column: 1, endLine: 1, endColumn: 1 }

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${bytes} bytes`
}

/**
 * Read a config file. Synchronous on purpose: a config is small and read once, and 1,000 files read this way
 * cost a fraction of what 4,000 thread-pool round trips (open, stat, read, close) would.
 */
export function readConfigFile(absPath: string): ReadResult {
  // O_NONBLOCK: opening a named pipe must not wait for a writer (it is refused just below).
  const fd = openSync(absPath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  try {
    const st = fstatSync(fd)
    if (!st.isFile()) {
      return { ok: false, ruleId: 'config/unreadable', message: 'Not a regular file: not read.', range: FILE_START }
    }
    const { size } = st
    if (size > MAX_CONFIG_BYTES) return tooLarge(size)
    // Read at most one byte past the limit, whatever stat said (the file may grow, or be a pipe).
    let buf = Buffer.allocUnsafe(Math.min(MAX_CONFIG_BYTES + 1, size + 1))
    let total = 0
    for (;;) {
      if (total === buf.length) {
        if (total > MAX_CONFIG_BYTES) return tooLarge(total)
        const bigger = Buffer.allocUnsafe(Math.min(MAX_CONFIG_BYTES + 1, buf.length * 2 + 64 * 1024))
        buf.copy(bigger, 0, 0, total)
        buf = bigger
      }
      const n = readSync(fd, buf, total, buf.length - total, null)
      if (n === 0) break
      total += n
    }
    return decodeConfigBytes(buf.subarray(0, total))
  } finally {
    closeSync(fd)
  }
}

function tooLarge(size: number): ReadResult {
  return {
    ok: false,
    ruleId: 'config/too-large',
    message: `The file is ${formatSize(size)}; configs larger than ${formatSize(MAX_CONFIG_BYTES)} are refused unread.`,
    range: FILE_START
  }
}

/** Check and decode bytes as UTF-8 (a leading BOM is dropped, as go-yaml does). */
export function decodeConfigBytes(bytes: Uint8Array): ReadResult {
  if (bytes.length > MAX_CONFIG_BYTES) return tooLarge(bytes.length)
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      ok: false,
      ruleId: 'config/encoding',
      message: 'The file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8.',
      range: FILE_START
    }
  }
  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    return {
      ok: false,
      ruleId: 'config/binary',
      message: `The file contains a NUL byte (at byte ${nul}): it is binary, not a YAML or JSON config.`,
      range: bytePosition(bytes, nul)
    }
  }
  const bad = firstInvalidUtf8(bytes)
  if (bad !== -1) {
    return {
      ok: false,
      ruleId: 'config/encoding',
      message:
        `The file is not valid UTF-8: byte 0x${bytes[bad].toString(16).padStart(2, '0')} at byte offset ${bad} ` +
        '(column counted in bytes). Save the file as UTF-8.',
      range: bytePosition(bytes, bad)
    }
  }
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8')
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  return { ok: true, text }
}

/** Check text that arrived already decoded (stdin): size and NUL bytes; a leading BOM is dropped. */
export function checkConfigText(input: string): ReadResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  const size = Buffer.byteLength(text, 'utf8')
  if (size > MAX_CONFIG_BYTES) return tooLarge(size)
  const nul = text.indexOf('\0')
  if (nul !== -1) {
    const lineStart = text.lastIndexOf('\n', nul - 1) + 1
    const line = text.slice(0, lineStart).split('\n').length
    const column = nul - lineStart + 1
    return {
      ok: false,
      ruleId: 'config/binary',
      message: 'The input contains a NUL character: it is binary, not a YAML or JSON config.',
      range: { line, column, endLine: line, endColumn: column + 1 }
    }
  }
  return { ok: true, text }
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  const n = b.length
  let i = 0
  while (i < n) {
    const c = b[i]
    if (c < 0x80) {
      i++
      continue
    }
    let need: number
    let min: number
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1
      min = 0x80
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2
      min = 0x800
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3
      min = 0x10000
    } else return i
    let cp = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07)
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k]
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i
      cp = (cp << 6) | (cc & 0x3f)
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i
    i += need + 1
  }
  return -1
}
