// eksctl_checksums.txt: goreleaser's SHA-256 list, one `<64 hex>  <file name>` line per release artifact.
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'

export class ChecksumFileError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ChecksumFileError'
  }
}

const LINE = /^([0-9A-Fa-f]{64})[ \t]+\*?(\S(?:.*\S)?)$/

/**
 * File name → lower-case SHA-256 hex. Accepts the `sha256sum` text (`<hash>  <name>`) and binary (`<hash> *<name>`)
 * forms and blank lines. Anything else is an error with its line number: a list we cannot read is not a list we
 * can trust. A name listed twice with different hashes is an error too.
 */
export function parseChecksums(text: string, source = 'eksctl_checksums.txt'): Map<string, string> {
  const sums = new Map<string, string>()
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  lines.forEach((raw, index) => {
    const line = raw.trim()
    if (line === '') return
    const m = LINE.exec(line)
    if (!m) {
      const shown = line.length > 80 ? `${line.slice(0, 80)}…` : line
      throw new ChecksumFileError(`${source}:${index + 1}: not a "<sha256>  <file>" line: ${JSON.stringify(shown)}`)
    }
    const hash = m[1]!.toLowerCase()
    const name = m[2]!
    const seen = sums.get(name)
    if (seen !== undefined && seen !== hash) {
      throw new ChecksumFileError(`${source}:${index + 1}: ${name} is listed twice with different checksums`)
    }
    sums.set(name, hash)
  })
  if (sums.size === 0) throw new ChecksumFileError(`${source} lists no checksums`)
  return sums
}

/** SHA-256 of a file, lower-case hex, streamed. */
export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    createReadStream(file)
      .on('error', reject)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
  })
}
