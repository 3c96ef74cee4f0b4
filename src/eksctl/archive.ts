// Takes the eksctl binary out of a release archive without handing the archive to tar or unzip: only the one entry
// named like the binary, at the archive root, is written, and only when it is a regular file. A symbolic link, hard
// link, device or folder under that name is refused (chmod and `eksctl version` would follow a link to its target),
// and so is an archive that expands past a size cap: the declared sizes are checked before any data is read, and the
// bytes actually inflated are counted, so a small archive that expands to gigabytes is stopped early, not extracted.
import { closeSync, openSync, readSync, fstatSync, writeSync } from 'node:fs'
import { createReadStream } from 'node:fs'
import { createGunzip, inflateRawSync } from 'node:zlib'

/** Default cap on what an archive may expand to (eksctl's binaries are 100–200 MB). */
export const DEFAULT_MAX_EXTRACTED_BYTES = 1024 * 1024 * 1024

export class ArchiveError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ArchiveError'
  }
}

export interface ExtractOptions {
  /** The entry to take, at the archive root: `eksctl` or `eksctl.exe`. */
  binaryName: string
  /** Where the binary is written (a new file; refused when it exists). */
  dest: string
  /** Mode of the written file (0o755 for eksctl). */
  mode: number
  /** Cap on the archive's expanded size (all entries together). */
  maxBytes?: number
}

function mib(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`
}

/** `./eksctl` and `eksctl` are the root entry; anything with a folder part is not. */
function rootName(path: string): string | null {
  const name = path.replace(/^(?:\.\/)+/, '')
  return name === '' || name.includes('/') ? null : name
}

const TAR_TYPES: Record<string, string> = {
  '1': 'a hard link',
  '2': 'a symbolic link',
  '3': 'a character device',
  '4': 'a block device',
  '5': 'a folder',
  '6': 'a FIFO'
}

/** A tar header's numeric field: octal text, or GNU's base-256 (first byte 0x80) for large values. */
function tarNumber(block: Buffer, offset: number, length: number): number {
  const field = block.subarray(offset, offset + length)
  if (field[0]! & 0x80) {
    let value = field[0]! & 0x7f
    for (let i = 1; i < field.length; i++) value = value * 256 + field[i]!
    return value
  }
  const text = field.toString('latin1').replace(/\0.*$/s, '').trim()
  if (text === '') return 0
  if (!/^[0-7]+$/.test(text)) throw new ArchiveError(`a tar header has a malformed number field "${text}"`)
  return parseInt(text, 8)
}

function tarString(block: Buffer, offset: number, length: number): string {
  const field = block.subarray(offset, offset + length)
  const end = field.indexOf(0)
  return field.subarray(0, end < 0 ? field.length : end).toString('utf8')
}

/** PAX extended header records (`<len> key=value\n`): path and size override the next entry's header. */
function paxRecords(data: Buffer): Record<string, string> {
  const out: Record<string, string> = {}
  let at = 0
  while (at < data.length) {
    const space = data.indexOf(0x20, at)
    if (space < 0) break
    const length = parseInt(data.subarray(at, space).toString('latin1'), 10)
    if (!Number.isFinite(length) || length <= 0 || at + length > data.length) break
    const record = data.subarray(space + 1, at + length - 1).toString('utf8')
    const eq = record.indexOf('=')
    if (eq > 0) out[record.slice(0, eq)] = record.slice(eq + 1)
    at += length
  }
  return out
}

/**
 * Reads a .tar.gz as a stream: headers are parsed as they arrive, entry data other than the binary's is skipped,
 * and the binary's is written to dest. Stops at the end-of-archive blocks.
 */
export async function extractBinaryFromTarGz(archive: string, options: ExtractOptions): Promise<void> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_EXTRACTED_BYTES
  const tooLarge = (what: string): ArchiveError =>
    new ArchiveError(
      `the archive expands to more than ${mib(maxBytes)} (${what}); refused without extracting it (eksctl's own archives hold one binary of 100–200 MB)`
    )
  const gunzip = createGunzip()
  const input = createReadStream(archive)
  input.pipe(gunzip)
  input.on('error', (error) => gunzip.destroy(error))

  let pending: Buffer = Buffer.alloc(0)
  let inflated = 0
  let declared = 0
  // What the current entry's data is for: skip it, collect it (long name / PAX), or write it (the binary).
  let state: 'header' | 'data' = 'header'
  let remaining = 0
  let padding = 0
  let sink: 'skip' | 'collect' | 'write' = 'skip'
  let collected: Buffer[] = []
  let collectKind = ''
  let longName: string | null = null
  let pax: Record<string, string> = {}
  let fd: number | null = null
  let found = false
  let zeroBlocks = 0
  let ended = false

  const finishEntry = (): void => {
    if (sink === 'collect') {
      const data = Buffer.concat(collected)
      collected = []
      if (collectKind === 'L') longName = data.toString('utf8').replace(/\0.*$/s, '')
      else if (collectKind === 'x') pax = { ...pax, ...paxRecords(data) }
    } else if (sink === 'write' && fd !== null) {
      closeSync(fd)
      fd = null
    }
  }

  const header = (block: Buffer): void => {
    if (block.every((b) => b === 0)) {
      if (++zeroBlocks >= 2) ended = true
      return
    }
    zeroBlocks = 0
    const storedSum = tarNumber(block, 148, 8)
    let sum = 0
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : block[i]!
    if (sum !== storedSum) throw new ArchiveError('the archive is not a valid tar (a header checksum does not match)')
    const type = String.fromCharCode(block[156]!) === '\0' ? '0' : String.fromCharCode(block[156]!)
    const magic = block.subarray(257, 262).toString('latin1')
    const prefix = magic === 'ustar' ? tarString(block, 345, 155) : ''
    let name = tarString(block, 0, 100)
    if (prefix) name = `${prefix}/${name}`
    let size = tarNumber(block, 124, 12)
    if (type === 'x' || type === 'g' || type === 'L' || type === 'K') {
      declared += size
      if (declared > maxBytes) throw tooLarge(`a header declares ${size} bytes`)
      remaining = size
      padding = (512 - (size % 512)) % 512
      sink = type === 'x' || type === 'L' ? 'collect' : 'skip'
      collectKind = type
      collected = []
      state = remaining + padding > 0 ? 'data' : 'header'
      if (state === 'header') finishEntry()
      return
    }
    if (longName !== null) name = longName
    if (pax.path !== undefined) name = pax.path
    if (pax.size !== undefined) size = Number(pax.size)
    longName = null
    pax = {}
    if (!Number.isSafeInteger(size) || size < 0)
      throw new ArchiveError(`entry ${JSON.stringify(name)} has a malformed size`)
    declared += size
    if (declared > maxBytes) throw tooLarge(`entry ${JSON.stringify(name)} declares ${size} bytes`)
    remaining = size
    padding = (512 - (size % 512)) % 512
    sink = 'skip'
    if (rootName(name.replace(/\/+$/, '')) === options.binaryName) {
      if (found) throw new ArchiveError(`the archive holds ${options.binaryName} more than once`)
      found = true
      if (type !== '0' && type !== '7') {
        const what = TAR_TYPES[type] ?? `an entry of tar type "${type}"`
        const target = type === '1' || type === '2' ? ` to ${JSON.stringify(tarString(block, 157, 100))}` : ''
        throw new ArchiveError(
          `${options.binaryName} in the archive is ${what}${target}, not a regular file; refused (nothing was extracted)`
        )
      }
      fd = openSync(options.dest, 'wx', options.mode)
      sink = 'write'
    }
    state = remaining + padding > 0 ? 'data' : 'header'
    if (state === 'header') finishEntry()
  }

  const consume = (chunk: Buffer): void => {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk
    let at = 0
    while (!ended) {
      if (state === 'header') {
        if (pending.length - at < 512) break
        header(pending.subarray(at, at + 512))
        at += 512
        continue
      }
      if (remaining > 0) {
        const take = Math.min(remaining, pending.length - at)
        if (take === 0) break
        const part = pending.subarray(at, at + take)
        if (sink === 'write' && fd !== null) {
          let off = 0
          while (off < part.length) off += writeSync(fd, part, off, part.length - off)
        } else if (sink === 'collect') {
          if (collected.reduce((n, b) => n + b.length, 0) + part.length > 1024 * 1024)
            throw new ArchiveError('the archive has an extended header larger than 1 MiB')
          collected.push(Buffer.from(part))
        }
        remaining -= take
        at += take
        if (remaining > 0) break
      }
      const skip = Math.min(padding, pending.length - at)
      padding -= skip
      at += skip
      if (padding > 0) break
      finishEntry()
      state = 'header'
    }
    pending = pending.subarray(at)
  }

  try {
    await new Promise<void>((resolve, reject) => {
      gunzip.on('data', (chunk: Buffer) => {
        try {
          inflated += chunk.length
          // Headers, padding and end blocks add a little to the declared sizes.
          if (inflated > maxBytes + 1024 * 1024) throw tooLarge(`${inflated} bytes inflated so far`)
          consume(chunk)
          if (ended) {
            input.destroy()
            gunzip.destroy()
            resolve()
          }
        } catch (error) {
          input.destroy()
          gunzip.destroy()
          reject(error instanceof Error ? error : new Error(String(error)))
        }
      })
      gunzip.on('error', (error) =>
        reject(error instanceof ArchiveError ? error : new ArchiveError(`not a readable .tar.gz: ${error.message}`))
      )
      gunzip.on('end', () => {
        if (state !== 'header' || pending.length) reject(new ArchiveError('the archive ends in the middle of an entry'))
        else resolve()
      })
    })
  } finally {
    if (fd !== null) closeSync(fd)
  }
  if (!found) throw new ArchiveError(`the archive has no ${options.binaryName} at its root`)
}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length)
  let got = 0
  while (got < length) {
    const n = readSync(fd, buffer, got, length - got, position + got)
    if (n === 0) break
    got += n
  }
  return buffer.subarray(0, got)
}

/**
 * Reads a .zip's central directory (no extraction tool): checks every entry's declared size against the cap, finds
 * the binary at the root, refuses it unless it is a regular file, and inflates only it, with the inflated size
 * bounded by what its header declares.
 */
export function extractBinaryFromZip(archive: string, options: ExtractOptions): void {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_EXTRACTED_BYTES
  const fd = openSync(archive, 'r')
  try {
    const size = fstatSync(fd).size
    const tailLength = Math.min(size, 22 + 0xffff)
    const tail = readAt(fd, size - tailLength, tailLength)
    let eocd = -1
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        eocd = i
        break
      }
    }
    if (eocd < 0) throw new ArchiveError('not a zip archive (no end-of-central-directory record)')
    const count = tail.readUInt16LE(eocd + 10)
    const cdSize = tail.readUInt32LE(eocd + 12)
    const cdOffset = tail.readUInt32LE(eocd + 16)
    if (cdOffset === 0xffffffff || count === 0xffff) throw new ArchiveError('zip64 archives are not supported')
    const cd = readAt(fd, cdOffset, cdSize)
    let at = 0
    let declared = 0
    let entry: { method: number; compressed: number; size: number; local: number } | null = null
    for (let n = 0; n < count; n++) {
      if (at + 46 > cd.length || cd.readUInt32LE(at) !== CENTRAL)
        throw new ArchiveError('the zip central directory is damaged')
      const madeBy = cd.readUInt16LE(at + 4) >> 8
      const method = cd.readUInt16LE(at + 10)
      const compressed = cd.readUInt32LE(at + 20)
      const uncompressed = cd.readUInt32LE(at + 24)
      const nameLength = cd.readUInt16LE(at + 28)
      const extraLength = cd.readUInt16LE(at + 30)
      const commentLength = cd.readUInt16LE(at + 32)
      const external = cd.readUInt32LE(at + 38)
      const local = cd.readUInt32LE(at + 42)
      const name = cd.subarray(at + 46, at + 46 + nameLength).toString('utf8')
      at += 46 + nameLength + extraLength + commentLength
      if (uncompressed === 0xffffffff || compressed === 0xffffffff)
        throw new ArchiveError('zip64 entries are not supported')
      declared += uncompressed
      if (declared > maxBytes)
        throw new ArchiveError(
          `the archive expands to more than ${mib(maxBytes)} (entry ${JSON.stringify(name)} declares ${uncompressed} bytes); refused without extracting it`
        )
      const path = name.replace(/\\/g, '/')
      const isFolder = path.endsWith('/') || (external & 0x10) !== 0
      if (rootName(isFolder ? path.replace(/\/+$/, '') : path) !== options.binaryName) continue
      if (entry) throw new ArchiveError(`the archive holds ${options.binaryName} more than once`)
      const unixType = madeBy === 3 ? (external >>> 16) & 0o170000 : 0
      if (isFolder || (unixType !== 0 && unixType !== 0o100000)) {
        const what = unixType === 0o120000 ? 'a symbolic link' : isFolder ? 'a folder' : 'a special file'
        throw new ArchiveError(
          `${options.binaryName} in the archive is ${what}, not a regular file; refused (nothing was extracted)`
        )
      }
      if (method !== 0 && method !== 8)
        throw new ArchiveError(
          `${options.binaryName} is stored with zip method ${method} (only stored and deflated are read)`
        )
      entry = { method, compressed, size: uncompressed, local }
    }
    if (!entry) throw new ArchiveError(`the archive has no ${options.binaryName} at its root`)
    const localHeader = readAt(fd, entry.local, 30)
    if (localHeader.length < 30 || localHeader.readUInt32LE(0) !== LOCAL)
      throw new ArchiveError('the zip local header of the binary is damaged')
    const dataAt = entry.local + 30 + localHeader.readUInt16LE(26) + localHeader.readUInt16LE(28)
    const raw = readAt(fd, dataAt, entry.compressed)
    if (raw.length !== entry.compressed) throw new ArchiveError('the archive ends in the middle of the binary')
    let data: Buffer
    try {
      data = entry.method === 0 ? raw : inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.size) })
    } catch (error) {
      throw new ArchiveError(
        `${options.binaryName} does not inflate to the ${entry.size} bytes its header declares: ${(error as Error).message}`
      )
    }
    if (data.length !== entry.size)
      throw new ArchiveError(
        `${options.binaryName} inflates to ${data.length} bytes, its header declares ${entry.size}`
      )
    const out = openSync(options.dest, 'wx', options.mode)
    try {
      let off = 0
      while (off < data.length) off += writeSync(out, data, off, data.length - off)
    } finally {
      closeSync(out)
    }
  } finally {
    closeSync(fd)
  }
}
