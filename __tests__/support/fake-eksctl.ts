// Stand-in eksctl releases for install tests: a shell script named `eksctl` that prints a given
// `eksctl version` / `eksctl version -o json` / `eksctl utils schema` output, packed into a real tar.gz exactly as
// goreleaser packs eksctl (the binary alone at the archive root), plus the release's eksctl_checksums.txt, laid out
// on a TestHttpServer like GitHub's release downloads: /<tag>/<file>.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { TestHttpServer } from './release-server.js'

export interface StandInOutputs {
  /** What `eksctl version` prints (default `<version>\n`). */
  version: string
  /** What `eksctl version -o json` prints. */
  json?: string
  /** What `eksctl utils schema` prints. */
  schema?: string
}

/**
 * A POSIX shell script standing in for the eksctl binary. When FAKE_EKSCTL_RUN_LOG is set it appends each
 * invocation's arguments to that file, so a test can tell whether (and how) the binary was run.
 */
export function standInScript(outputs: StandInOutputs): string {
  const block = (text: string, tag: string): string => {
    if (text.includes(`\n${tag}\n`)) throw new Error(`output contains the heredoc delimiter ${tag}`)
    return `cat <<'${tag}'\n${text.endsWith('\n') ? text : `${text}\n`}${tag}\n`
  }
  return [
    '#!/bin/sh',
    '# stand-in for the eksctl binary (test fixture)',
    'if [ -n "$FAKE_EKSCTL_RUN_LOG" ]; then echo "$*" >> "$FAKE_EKSCTL_RUN_LOG"; fi',
    'case "$*" in',
    // printf, not a heredoc: `eksctl version` output is exactly what was given (e.g. ANSI escapes, no newline).
    `  "version") printf '%s' '${outputs.version.replace(/'/g, `'\\''`)}' ;;`,
    `  "version -o json") ${outputs.json === undefined ? 'echo "Error: unknown flag: --output" >&2; exit 1' : block(outputs.json, 'EOF_JSON')} ;;`,
    `  "utils schema") ${outputs.schema === undefined ? 'echo "Error: unknown command \\"utils\\" for \\"eksctl\\"" >&2; exit 1' : block(outputs.schema, 'EOF_SCHEMA')} ;;`,
    '  *) echo "Error: unknown command \\"$1\\" for \\"eksctl\\"" >&2; exit 1 ;;',
    'esac',
    ''
  ].join('\n')
}

/** A gzip-compressed tar holding `files` at its root (built with the system tar). */
export function tarGz(files: Record<string, { content: string | Buffer; mode?: number }>): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'fake-eksctl-archive-'))
  try {
    for (const [name, file] of Object.entries(files)) {
      writeFileSync(join(dir, name), file.content)
      chmodSync(join(dir, name), file.mode ?? 0o644)
    }
    execFileSync('tar', ['-czf', join(dir, 'out.tar.gz'), '-C', dir, ...Object.keys(files)])
    return readFileSync(join(dir, 'out.tar.gz'))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}

/** goreleaser's eksctl_checksums.txt: `<sha256>  <file>` lines. */
export function checksumsText(assets: Record<string, Buffer>): string {
  return Object.entries(assets)
    .map(([name, data]) => `${sha256(data)}  ${name}\n`)
    .join('')
}

export interface FakeRelease {
  version: string
  /** The tag the GitHub release sits on: `v0.230.0` (default) or the bare `0.60.0`. */
  tag: string
  /** Archive name → bytes, as served. */
  assets: Record<string, Buffer>
  checksums: string
}

/**
 * Builds a stand-in release (one archive per asset name, each holding the same stand-in script) and serves it at
 * /<tag>/<asset> and /<tag>/eksctl_checksums.txt.
 */
export function publishFakeRelease(
  server: TestHttpServer,
  options: {
    version: string
    tag?: string
    outputs?: Partial<StandInOutputs>
    assetNames?: string[]
  }
): FakeRelease {
  const tag = options.tag ?? `v${options.version}`
  const script = standInScript({ version: `${options.version}\n`, ...options.outputs })
  const archive = tarGz({ eksctl: { content: script, mode: 0o755 } })
  const assets: Record<string, Buffer> = {}
  for (const name of options.assetNames ?? ['eksctl_Linux_amd64.tar.gz', 'eksctl_Linux_arm64.tar.gz']) {
    assets[name] = archive
  }
  const checksums = checksumsText(assets)
  for (const [name, data] of Object.entries(assets)) server.set(`/${tag}/${name}`, { body: data })
  server.set(`/${tag}/eksctl_checksums.txt`, { body: checksums, headers: { 'content-type': 'text/plain' } })
  return { version: options.version, tag, assets, checksums }
}

/**
 * One ustar header block for a hand-made tar: `type` '0' file, '1' hard link, '2' symbolic link, '5' folder. `size`
 * is what the header declares (a bomb declares more than it carries).
 */
export function tarHeader(
  name: string,
  options: { size?: number; type?: string; link?: string; mode?: number } = {}
): Buffer {
  const block = Buffer.alloc(512)
  const put = (text: string, at: number, length: number): void => void block.write(text.slice(0, length), at, 'latin1')
  const octal = (n: number, length: number): string => n.toString(8).padStart(length - 1, '0')
  put(name, 0, 100)
  put(octal(options.mode ?? 0o755, 8), 100, 8)
  put(octal(0, 8), 108, 8)
  put(octal(0, 8), 116, 8)
  put(octal(options.size ?? 0, 12), 124, 12)
  put(octal(0, 12), 136, 12)
  block.fill(0x20, 148, 156)
  put(options.type ?? '0', 156, 1)
  put(options.link ?? '', 157, 100)
  put('ustar\u000000', 257, 8)
  let sum = 0
  for (const b of block) sum += b
  put(`${octal(sum, 7)}\0`, 148, 8)
  return block
}

/** A tar body padded to whole blocks, ended by the two zero blocks. */
export function tarBlocks(entries: { header: Buffer; data?: Buffer }[]): Buffer {
  const parts: Buffer[] = []
  for (const entry of entries) {
    parts.push(entry.header)
    if (entry.data?.length) {
      parts.push(entry.data, Buffer.alloc((512 - (entry.data.length % 512)) % 512))
    }
  }
  parts.push(Buffer.alloc(1024))
  return Buffer.concat(parts)
}

/**
 * A gzip "bomb": `prefix` (tar headers/data) followed by `zeroMiB` MiB of zeros, as concatenated gzip members (gunzip
 * reads them as one stream) so a ~1 KB-per-MiB archive is built in milliseconds.
 */
export function gzipBomb(prefix: Buffer, zeroMiB: number): Buffer {
  const member = gzipSync(Buffer.alloc(64 << 20), { level: 9 })
  const parts = [gzipSync(prefix)]
  for (let i = 0; i < Math.ceil(zeroMiB / 64); i++) parts.push(member)
  return Buffer.concat(parts)
}
