// Builds the project's schema store (schemas/eksctl-schemas.json) from a folder laid out like
// ../shared/eksctl-schemas: releases.tsv (version, tag, tag_date, schema_file) + schemas/<version>.json, each file
// exactly what `eksctl utils schema` printed for that release.
//
//   npm run schemas:build -- --from ../shared/eksctl-schemas [--out schemas]
//
// Every release is normalised (validation keywords only, one dialect), corrected (src/schemas/corrections.ts) and
// merged into one structure in which every keyword value carries the releases where it holds.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import semver from 'semver'
import { applyCorrections } from '../src/schemas/corrections.js'
import {
  correctedBit,
  emptyMerged,
  mergeSchema,
  rawBit,
  serializeNode,
  type SerialNode
} from '../src/schemas/merged.js'
import { normalizeSchema } from '../src/schemas/normalize.js'

export const STORE_FILE = 'eksctl-schemas.json'

export interface SourceRelease {
  version: string
  tag: string
  date: string
  file: string
}

export function readSourceReleases(from: string): SourceRelease[] {
  const text = readFileSync(join(from, 'releases.tsv'), 'utf8')
  const [header, ...rows] = text.split('\n').filter((l) => l.trim() !== '')
  const cols = header!.split('\t')
  const at = (name: string) => {
    const i = cols.indexOf(name)
    if (i < 0) throw new Error(`${from}/releases.tsv: no "${name}" column`)
    return i
  }
  const [iv, it, id, ifile] = [at('version'), at('tag'), at('tag_date'), at('schema_file')]
  const releases = rows.map((row, n) => {
    const c = row.split('\t')
    const r = { version: c[iv]!, tag: c[it]!, date: c[id]!, file: c[ifile]! }
    if (!semver.valid(r.version) || !/^\d{4}-\d{2}-\d{2}$/.test(r.date) || !r.file)
      throw new Error(`${from}/releases.tsv line ${n + 2}: cannot read "${row}"`)
    return r
  })
  const sorted = [...releases].sort((a, b) => semver.compare(a.version, b.version))
  if (sorted.some((r, i) => r !== releases[i])) throw new Error(`${from}/releases.tsv: rows must be in release order`)
  return releases
}

/** The store document, built in memory. */
export function buildStore(from: string): { json: string; releases: number; files: number } {
  const releases = readSourceReleases(from)
  const merged = emptyMerged()
  const cache = new Map<string, ReturnType<typeof normalizeSchema>>()
  releases.forEach((r, i) => {
    let normalized = cache.get(r.file)
    if (!normalized) {
      const raw = JSON.parse(readFileSync(join(from, r.file), 'utf8')) as unknown
      try {
        normalized = normalizeSchema(raw)
      } catch (error) {
        throw new Error(`${r.file}: ${(error as Error).message}`, { cause: error })
      }
      cache.set(r.file, normalized)
    }
    mergeSchema(merged, normalized, rawBit(i))
    mergeSchema(merged, applyCorrections(normalized, r.version), correctedBit(i))
  })
  const defs: Record<string, SerialNode> = {}
  for (const name of [...merged.defs.keys()].sort()) defs[name] = serializeNode(merged.defs.get(name)!, null)
  const store = {
    format: 1,
    releases: releases.map((r) => [r.version, r.date]),
    root: serializeNode(merged.root, null),
    definitions: defs
  }
  return { json: JSON.stringify(store) + '\n', releases: releases.length, files: cache.size }
}

function main() {
  const args = process.argv.slice(2)
  const arg = (name: string) => {
    const i = args.indexOf(name)
    return i >= 0 ? args[i + 1] : undefined
  }
  const from = arg('--from')
  if (!from) {
    console.error('usage: npm run schemas:build -- --from DIR [--out schemas]')
    process.exit(2)
  }
  const out = resolve(arg('--out') ?? 'schemas')
  const { json, releases, files } = buildStore(resolve(from))
  mkdirSync(out, { recursive: true })
  writeFileSync(join(out, STORE_FILE), json)
  console.log(`${join(out, STORE_FILE)}: ${releases} releases from ${files} schema files, ${json.length} bytes`)
}

if (import.meta.url === `file://${process.argv[1]}`) main()
