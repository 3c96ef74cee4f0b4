// Offsets ↔ 1-based line/column in a text. Columns count UTF-16 code units (what JavaScript strings, SARIF's
// default `utf16CodeUnits` and GitHub annotations use); endColumn is exclusive.
import type { SourceRange } from '../report/finding.js'

export class LineIndex {
  /** Offset of the first character of each line. */
  private readonly starts: number[]

  constructor(readonly text: string) {
    const starts = [0]
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
    this.starts = starts
  }

  get lineCount(): number {
    return this.starts.length
  }

  /** Length of a 1-based line without its line break (`\r\n` counts as the break). */
  lineLength(line: number): number {
    const start = this.starts[line - 1] ?? 0
    const next = line < this.starts.length ? this.starts[line] - 1 : this.text.length
    return next > start && this.text.charCodeAt(next - 1) === 13 ? next - 1 - start : next - start
  }

  /** 1-based line and column of an offset (clamped into the text). */
  position(offset: number): { line: number; column: number } {
    const off = Math.max(0, Math.min(offset, this.text.length))
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.starts[mid] <= off) lo = mid
      else hi = mid - 1
    }
    const line = lo + 1
    return { line, column: Math.min(off - this.starts[lo], this.lineLength(line)) + 1 }
  }

  /** A source range from two offsets (end exclusive); the end never precedes the start. */
  range(start: number, end: number): SourceRange {
    const a = this.position(start)
    const b = this.position(Math.max(start, end))
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column }
  }

  /** The range of the whole first line (for findings about the file as a whole). */
  fileStart(): SourceRange {
    return { line: 1, column: 1, endLine: 1, endColumn: this.lineLength(1) + 1 }
  }
}

/**
 * Line/column of a byte offset in raw bytes that may not decode: the column counts the UTF-16 units of the
 * (leniently decoded) bytes before it on its line, so it matches what an editor shows for the readable part.
 */
export function bytePosition(bytes: Uint8Array, offset: number): SourceRange {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 10) {
      line++
      lineStart = i + 1
    }
  }
  const before = Buffer.from(bytes.buffer, bytes.byteOffset + lineStart, Math.max(0, offset - lineStart))
  const column = before.toString('utf8').replace(/\r$/, '').length + 1
  return { line, column, endLine: line, endColumn: column + 1 }
}
