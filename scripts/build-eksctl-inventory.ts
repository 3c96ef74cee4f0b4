// Builds the inventory of the errors eksctl can return while it loads and validates a ClusterConfig for
// `create cluster`, release by release, from eksctl's own source (a bare git directory):
//
//   npm run inventory:build -- --from /work/.mirror/eksctl-io+eksctl/repo [--releases ../shared/eksctl-schemas/releases.tsv]
//   npm run inventory:check -- --from DIR     exit 1 when the committed inventory is stale
//
// For every release tag of releases.tsv it lists the Go files of the scope (below) with `git ls-tree`, reads each
// distinct blob once (`git cat-file --batch`), finds the error and warning texts in it (scripts/go-errors.ts) and
// records, per (kind, format, file, function, helper), the releases whose source holds that exact text, as inclusive
// index ranges into the release list, plus the values of a few Go constants (CONSTANTS) and the releases holding
// each code marker (scripts/eksctl-markers.ts). Output: src/rules/inventory/eksctl-inventory.json (one entry per line).
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defaultReleasesTsv, listTree, readBlobs, readReleases, toRanges, type TreeFile } from './eksctl-git.js'
import { findErrorTexts, type FoundText } from './go-errors.js'
import { MARKER_SPECS, type MarkerSpec } from './eksctl-markers.js'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const INVENTORY_FILE = join(repoRoot, 'src/rules/inventory/eksctl-inventory.json')

/** What `create cluster` runs before it calls AWS: the API package's validation and defaulting, the command-line
 * helpers that load the config file, the create command, the access-entry check it runs on the loaded file, the
 * Kubernetes version manager, and the nodegroup template builder (which checks the unmanaged nodegroup sizes). */
export const SCOPE_PATHS = [
  'pkg/apis/eksctl.io/v1alpha5',
  'pkg/ctl/cmdutils',
  'pkg/ctl/create/cluster.go',
  'pkg/accessentry/service.go',
  'pkg/eks/versions_manager.go',
  'pkg/cfn/builder/nodegroup.go'
] as const

export function inScope(path: string): boolean {
  if (!path.endsWith('.go') || path.endsWith('_test.go')) return false
  if (/\/zz_generated[^/]*\.go$/.test(path) || path.includes('/fakes/')) return false
  // only the top level of pkg/ctl/cmdutils (its filter/ subpackage is `--include`/`--exclude` flag handling)
  if (path.startsWith('pkg/ctl/cmdutils/') && path.slice('pkg/ctl/cmdutils/'.length).includes('/')) return false
  // only the top level of the API package (not its generated clientsets, fakes, or assets)
  if (
    path.startsWith('pkg/apis/eksctl.io/v1alpha5/') &&
    path.slice('pkg/apis/eksctl.io/v1alpha5/'.length).includes('/')
  )
    return false
  return true
}

/** Go constants whose value the rules use, per release (`name = "value"` in an in-scope file). */
export const CONSTANTS: Record<string, RegExp> = {
  supportedKarpenterVersion: /\bsupportedKarpenterVersion\s*=\s*"([^"]+)"/,
  RollbackTimeoutMinutesMin: /\bRollbackTimeoutMinutesMin\s*=\s*(\d+)/,
  RollbackTimeoutMinutesMax: /\bRollbackTimeoutMinutesMax\s*=\s*(\d+)/
}

/**
 * Code markers: eksctl behaviours that have no error text of their own (a check that uses a generic helper, a default,
 * an exemption, an accepted value), each a pattern over named Go files (a path, or a folder ending in `/`), recorded
 * as the release index ranges whose source holds it. Rules ask `ctx.marker(name)` instead of typing a release. A
 * file outside SCOPE_PATHS is listed and read for the markers only (its errors are not inventoried).
 */
export const MARKERS: Record<string, MarkerSpec> = MARKER_SPECS

/**
 * Go functions that return a fixed list of strings (`return []string{A, B, "c"}`), whose value the rules use, per
 * release: the identifiers are resolved against the string constants (`Name = "value"`) of the in-scope files of the
 * same package and release. Stored among the constants, the elements joined with `,` in eksctl's order (the order its
 * messages print them in). A body of another shape fails the build: the data would be wrong, not merely stale.
 */
export const STRING_LISTS: Record<string, { package: string; function: string }> = {
  // api.SupportedRegions(): the regions IsSupportedRegion accepts; ErrUnsupportedRegion prints them
  supportedRegions: { package: 'pkg/apis/eksctl.io/v1alpha5/', function: 'SupportedRegions' }
}

const STRING_CONST = /^\s*(?:const\s+)?([A-Za-z_]\w*)\s*(?:string\s*)?=\s*"([^"\\]*)"/gm

/** `Name = "value"` string constants of a Go file. */
export function goStringConstants(text: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const m of text.matchAll(STRING_CONST)) if (!out.has(m[1]!)) out.set(m[1]!, m[2]!)
  return out
}

/**
 * The elements of `func NAME() []string { return []string{ … } }` in a Go file, as written (identifiers or quoted
 * strings); null when the file has no such function; throws for a body of another shape.
 */
export function goStringListFunction(text: string, name: string): string[] | null {
  const head = new RegExp(`^func ${name}\\(\\) \\[\\]string \\{\\s*return \\[\\]string\\{`, 'm').exec(text)
  if (!head) {
    if (new RegExp(`^func ${name}\\(`, 'm').test(text)) throw new Error(`func ${name}: not a literal []string list`)
    return null
  }
  const start = head.index + head[0].length
  const end = text.indexOf('}', start)
  const body = text
    .slice(start, end)
    .replace(/\/\/[^\n]*/g, '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean)
  if (!/^\s*\}?\s*\}/.test(text.slice(end + 1))) throw new Error(`func ${name}: more than one return list`)
  for (const token of body)
    if (!/^(?:[A-Za-z_]\w*|"[^"\\]*")$/.test(token)) throw new Error(`func ${name}: unexpected element ${token}`)
  return body
}

export interface InventoryEntry {
  kind: FoundText['kind']
  format: string
  file: string
  function: string
  via?: string
  /** errors.Wrap / Wrapf: eksctl prints `<format>: <wrapped error>`. */
  wrap?: true
  /** Line in the newest release that has the entry. */
  line: number
  /** Inclusive index ranges into `releases`. */
  ranges: [number, number][]
}

export interface Inventory {
  format: 1
  source: string
  scope: string[]
  releases: string[]
  /** Per constant: its values, each with the release index ranges that have it. */
  constants: Record<string, [string, [number, number][]][]>
  /** Per code marker: the release index ranges whose source holds its pattern. */
  markers: Record<string, [number, number][]>
  entries: InventoryEntry[]
}

/** The files a marker looks at that SCOPE_PATHS does not list (read for markers only). */
export function markerOnlyPaths(): string[] {
  const extra = new Set<string>()
  for (const spec of Object.values(MARKERS)) {
    for (const f of spec.files) {
      if (!SCOPE_PATHS.some((s) => f === s || f.startsWith(s + '/'))) extra.add(f)
    }
  }
  return [...extra].sort()
}

function markerFileMatches(spec: MarkerSpec, path: string): boolean {
  return spec.files.some((f) => (f.endsWith('/') ? path.startsWith(f) : path === f))
}

export function entryKey(e: Pick<InventoryEntry, 'kind' | 'format' | 'file' | 'function' | 'via' | 'wrap'>): string {
  return [e.kind, e.file, e.function, e.via ?? '', e.wrap ? 'wrap' : '', e.format].join('\u0000')
}

export function buildInventory(
  gitDir: string,
  releasesTsv: string
): { inventory: Inventory; blobs: number; ms: number } {
  const started = performance.now()
  const releases = readReleases(releasesTsv)
  const trees: TreeFile[][] = releases.map((r) => listTree(gitDir, r.tag, SCOPE_PATHS).filter((f) => inScope(f.path)))
  const extraPaths = markerOnlyPaths()
  const markerTrees: TreeFile[][] = releases.map((r, i) =>
    extraPaths.length === 0
      ? trees[i]!
      : [
          ...trees[i]!,
          ...listTree(gitDir, r.tag, extraPaths).filter((f) => f.path.endsWith('.go') && !f.path.endsWith('_test.go'))
        ]
  )
  const texts = readBlobs(
    gitDir,
    markerTrees.flatMap((t) => t.map((f) => f.blob))
  )
  const markerReleases = new Map<string, number[]>(Object.keys(MARKERS).map((name) => [name, []]))
  const markersOf = new Map<string, string[]>() // per path and blob: the markers whose pattern it holds
  markerTrees.forEach((files, index) => {
    const present = new Set<string>()
    for (const f of files) {
      const key = f.path + '\u0000' + f.blob
      let names = markersOf.get(key)
      if (!names) {
        const text = texts.get(f.blob)!
        names = Object.entries(MARKERS)
          .filter(([, spec]) => markerFileMatches(spec, f.path) && spec.pattern.test(text))
          .map(([name]) => name)
        markersOf.set(key, names)
      }
      for (const n of names) present.add(n)
    }
    for (const n of present) markerReleases.get(n)!.push(index)
  })
  const parsed = new Map<string, FoundText[]>()
  const acc = new Map<string, { entry: Omit<InventoryEntry, 'ranges'>; releases: number[] }>()
  const constantValues = new Map<string, Map<string, number[]>>()
  const constantsOf = new Map<string, [string, string][]>()
  const stringConstsOf = new Map<string, Map<string, string>>()
  const listOf = new Map<string, Map<string, string[] | null>>()
  trees.forEach((files, index) => {
    for (const [name, spec] of Object.entries(STRING_LISTS)) {
      const pkg = files.filter((f) => f.path.startsWith(spec.package))
      let elements: string[] | null = null
      for (const f of pkg) {
        let lists = listOf.get(f.blob)
        if (!lists) listOf.set(f.blob, (lists = new Map()))
        if (!lists.has(name)) lists.set(name, goStringListFunction(texts.get(f.blob)!, spec.function))
        const found = lists.get(name)!
        if (found && elements) throw new Error(`${releases[index]!.tag}: func ${spec.function} defined twice`)
        if (found) elements = found
      }
      if (!elements) continue
      const resolved = elements.map((token) => {
        if (token.startsWith('"')) return token.slice(1, -1)
        for (const f of pkg) {
          let consts = stringConstsOf.get(f.blob)
          if (!consts) stringConstsOf.set(f.blob, (consts = goStringConstants(texts.get(f.blob)!)))
          const value = consts.get(token)
          if (value !== undefined) return value
        }
        throw new Error(`${releases[index]!.tag}: ${spec.function}: no string constant ${token} in ${spec.package}`)
      })
      const value = resolved.join(',')
      const values = constantValues.get(name) ?? new Map<string, number[]>()
      constantValues.set(name, values)
      values.set(value, [...(values.get(value) ?? []), index])
    }
    for (const f of files) {
      let consts = constantsOf.get(f.blob)
      if (!consts) {
        const text = texts.get(f.blob)!
        consts = []
        for (const [name, re] of Object.entries(CONSTANTS)) {
          const m = re.exec(text)
          if (m) consts.push([name, m[1]!])
        }
        constantsOf.set(f.blob, consts)
      }
      for (const [name, value] of consts) {
        const values = constantValues.get(name) ?? new Map<string, number[]>()
        constantValues.set(name, values)
        values.set(value, [...(values.get(value) ?? []), index])
      }
      let found = parsed.get(f.blob)
      if (!found) parsed.set(f.blob, (found = findErrorTexts(texts.get(f.blob)!)))
      for (const t of found) {
        const entry = {
          kind: t.kind,
          format: t.format,
          file: f.path,
          function: t.function,
          via: t.via,
          wrap: t.wrap ? (true as const) : undefined,
          line: t.line
        }
        const key = entryKey(entry)
        const known = acc.get(key)
        if (!known) acc.set(key, { entry, releases: [index] })
        else if (known.releases.at(-1) !== index) {
          known.releases.push(index)
          known.entry.line = t.line
        }
      }
    }
  })
  const entries: InventoryEntry[] = [...acc.values()].map(({ entry, releases: rs }) => {
    const e: InventoryEntry = {
      kind: entry.kind,
      format: entry.format,
      file: entry.file,
      function: entry.function,
      line: entry.line,
      ranges: toRanges(rs)
    }
    if (entry.via) e.via = entry.via
    if (entry.wrap) e.wrap = true
    return e
  })
  entries.sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.function.localeCompare(b.function) ||
      a.kind.localeCompare(b.kind) ||
      (a.via ?? '').localeCompare(b.via ?? '') ||
      (a.format < b.format ? -1 : a.format > b.format ? 1 : 0)
  )
  const inventory: Inventory = {
    format: 1,
    source: 'github.com/eksctl-io/eksctl',
    scope: [...SCOPE_PATHS],
    releases: releases.map((r) => r.version),
    constants: Object.fromEntries(
      [...Object.keys(CONSTANTS), ...Object.keys(STRING_LISTS)].map((name) => [
        name,
        [...(constantValues.get(name) ?? new Map<string, number[]>())].map(
          ([value, rs]) => [value, toRanges(rs)] as [string, [number, number][]]
        )
      ])
    ),
    markers: Object.fromEntries([...markerReleases].map(([name, rs]) => [name, toRanges(rs)])),
    entries
  }
  return { inventory, blobs: parsed.size, ms: performance.now() - started }
}

/** The committed form: one entry per line, so a new release shows up as a readable diff. */
export function serializeInventory(inv: Inventory): string {
  const head = JSON.stringify({
    format: inv.format,
    source: inv.source,
    scope: inv.scope,
    releases: inv.releases,
    constants: inv.constants,
    markers: inv.markers
  })
  return head.slice(0, -1) + ',"entries":[\n' + inv.entries.map((e) => JSON.stringify(e)).join(',\n') + '\n]}\n'
}

function main(): void {
  const args = process.argv.slice(2)
  const arg = (name: string): string | undefined => {
    const i = args.indexOf(name)
    return i >= 0 ? args[i + 1] : undefined
  }
  const check = args.includes('--check')
  const from = arg('--from')
  if (!from) {
    console.error('usage: build-eksctl-inventory.ts --from <eksctl git dir> [--releases releases.tsv] [--check]')
    process.exit(2)
  }
  const releasesTsv = resolve(arg('--releases') ?? defaultReleasesTsv(repoRoot))
  if (!existsSync(from) || !existsSync(releasesTsv)) {
    const missing = !existsSync(from) ? from : releasesTsv
    if (check) {
      console.log(`eksctl inventory check skipped: ${missing} not found (the committed inventory is used as is)`)
      process.exit(0)
    }
    console.error(`${missing} not found`)
    process.exit(2)
  }
  const { inventory, blobs, ms } = buildInventory(resolve(from), releasesTsv)
  const text = serializeInventory(inventory)
  const summary = `${inventory.entries.length} entries and ${Object.keys(inventory.markers).length} code markers over ${inventory.releases.length} releases (${blobs} distinct files parsed, ${(ms / 1000).toFixed(1)} s)`
  if (check) {
    const committed = existsSync(INVENTORY_FILE) ? readFileSync(INVENTORY_FILE, 'utf8') : ''
    if (committed !== text) {
      console.error(`src/rules/inventory/eksctl-inventory.json is stale: run npm run inventory:build -- --from ${from}`)
      process.exit(1)
    }
    console.log(`eksctl inventory is fresh: ${summary}`)
    return
  }
  mkdirSync(dirname(INVENTORY_FILE), { recursive: true })
  writeFileSync(INVENTORY_FILE, text)
  console.log(`${INVENTORY_FILE}: ${summary}, ${text.length} bytes`)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
