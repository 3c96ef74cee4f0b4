// Inventory of the errors and warnings Karpenter's controller logs or wraps, per release, generated from source.
//   npx tsx scripts/build-karpenter-inventory.ts --from-aws <aws/karpenter-provider-aws git dir> \
//       --from-core <kubernetes-sigs/karpenter git dir> [--check]
// Walks every release tag of the provider from v0.16.0 to the newest v1.x (all patch releases: each Go file blob is
// read once, so the whole walk takes seconds). For each release it reads the provider's Go sources and the core's
// sources at the version the provider's go.mod pins (the core lived inside the provider repository until v0.19.0;
// github.com/aws/karpenter-core pseudo-versions and tags, then sigs.k8s.io/karpenter), and collects:
//   - error texts: fmt.Errorf / errors.New format strings (what wraps into the `error` field of a log line);
//   - log calls: zap sugared Errorf/Infof/Debugf/Warnf/…, logr Error/Info/V(n).Info, Fatalf, panic, lo.Must messages,
//     with their level;
//   - the AWS error codes the provider's error classification matches on (string literals in its errors.go).
// Each entry records the releases it exists in (ranges over the walked tag list). Also written: the 7-character commit
// of every release tag (the `commit` field every log line carries), which src/karpenter/analyze/versions.ts uses.
// Outputs (generated, committed): src/karpenter/analyze/data/inventory.json, src/karpenter/analyze/data/release-commits.json.
// --check regenerates in memory and fails when the committed files differ.
import { execFileSync, spawn } from 'node:child_process'
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import semver from 'semver'

const repoRoot = resolve(import.meta.dirname, '..')
export const INVENTORY_FILE = resolve(repoRoot, 'src/karpenter/analyze/data/inventory.json')
export const COMMITS_FILE = resolve(repoRoot, 'src/karpenter/analyze/data/release-commits.json')
const FIRST_RELEASE = '0.16.0'

export type EntryKind = 'error' | 'log' | 'aws-code'
/** [kind, level ('' for error texts and codes), text, repo ('aws' | 'core'), path of the newest release, ranges] */
export type InventoryRow = [EntryKind, string, string, 'aws' | 'core', string, string]

export interface Inventory {
  generatedBy: string
  /** Provider release tags walked, oldest first; entry ranges index into this list. */
  releases: string[]
  /** Core version pinned by each release (same order; '' when the core was part of the provider repository). */
  core: string[]
  entries: InventoryRow[]
}

function git(dir: string, args: string[]): string {
  return execFileSync('git', ['--git-dir', dir, ...args], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 })
}

function releaseTags(dir: string): string[] {
  return git(dir, ['tag', '--list', 'v*'])
    .split('\n')
    .filter((t) => /^v\d+\.\d+\.\d+$/.test(t) && semver.gte(t, FIRST_RELEASE))
    .sort((a, b) => semver.compare(a, b))
}

/** Go source files of a tree that ship in the controller (no tests, fakes, test helpers, tools). */
function goFiles(dir: string, rev: string): { path: string; blob: string }[] {
  const out: { path: string; blob: string }[] = []
  for (const line of git(dir, ['ls-tree', '-r', '--full-tree', rev, '--', 'pkg', 'cmd']).split('\n')) {
    const m = /^\d+ blob ([0-9a-f]+)\t(.+)$/.exec(line)
    if (!m) continue
    const path = m[2]!
    if (!path.endsWith('.go') || path.endsWith('_test.go') || path.includes('zz_generated')) continue
    if (/(^|\/)(fake|test|testing|tests|tools|hack|expectations|debug)(\/|$)/.test(path)) continue
    if (/(^|\/)(suite_test|environment)\.go$/.test(path)) continue
    out.push({ path, blob: m[1]! })
  }
  return out
}

/** Reads many blobs through one `git cat-file --batch`. */
async function readBlobs(dir: string, blobs: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  if (blobs.length === 0) return out
  const child = spawn('git', ['--git-dir', dir, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'inherit'] })
  const chunks: Buffer[] = []
  child.stdout.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<void>((res, rej) => {
    child.on('error', rej)
    child.on('close', (code) => (code === 0 ? res() : rej(new Error(`git cat-file exited ${code}`))))
  })
  child.stdin.end(blobs.join('\n') + '\n')
  await done
  const buf = Buffer.concat(chunks)
  let at = 0
  for (const blob of blobs) {
    const nl = buf.indexOf(10, at)
    const header = buf.toString('latin1', at, nl)
    const m = /^([0-9a-f]+) blob (\d+)$/.exec(header)
    if (!m || m[1] !== blob) throw new Error(`unexpected git cat-file output for ${blob}: ${header}`)
    const size = Number(m[2])
    out.set(blob, buf.toString('utf8', nl + 1, nl + 1 + size))
    at = nl + 1 + size + 1
  }
  return out
}

// --- Go source scanning -------------------------------------------------------------------------------------------

interface Found {
  kind: EntryKind
  level: string
  text: string
}

const CALL =
  /(\bfmt\.Errorf|\b\w*errors\.New|\.Errorf|\.Error|\.Warnf|\.Warn|\.Infof|\.Info|\.Debugf|\.Debug|\.Fatalf|\.Fatal|\.Panicf|\bpanic|\blo\.Must0?)\s*\(/g

/** A Go string literal at i ("…" or `…`): its value and the index after it, or null. */
function goString(src: string, i: number): { value: string; end: number } | null {
  const q = src[i]
  if (q === '`') {
    const e = src.indexOf('`', i + 1)
    return e === -1 ? null : { value: src.slice(i + 1, e), end: e + 1 }
  }
  if (q !== '"') return null
  let out = ''
  for (let j = i + 1; j < src.length; j++) {
    const c = src[j]!
    if (c === '\n') return null
    if (c === '"') return { value: out, end: j + 1 }
    if (c === '\\') {
      const n = src[++j]!
      out += n === 'n' ? '\n' : n === 't' ? '\t' : n === '"' ? '"' : n === '\\' ? '\\' : `\\${n}`
    } else out += c
  }
  return null
}

/** The first string literal among the call's top-level arguments (from the `(` at open). */
function firstLiteralArg(src: string, open: number, firstOnly: boolean): string | null {
  let depth = 0
  let argStart = true
  for (let j = open + 1; j < src.length && j < open + 4000; j++) {
    const c = src[j]!
    if (c === '"' || c === '`') {
      const s = goString(src, j)
      if (!s) return null
      if (depth === 0 && argStart) {
        // "a" + "b": join adjacent literal concatenations.
        let value = s.value
        let k = s.end
        for (;;) {
          const m = /^\s*\+\s*/.exec(src.slice(k, k + 40))
          if (!m) break
          const t = goString(src, k + m[0].length)
          if (!t) break
          value += t.value
          k = t.end
        }
        return value
      }
      j = s.end - 1
      argStart = false
      continue
    }
    if (c === '/' && src[j + 1] === '/') {
      j = src.indexOf('\n', j)
      if (j === -1) return null
      continue
    }
    if (c === '(' || c === '[' || c === '{') depth++
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return null
      depth--
    } else if (c === ',' && depth === 0) {
      if (firstOnly) return null
      argStart = true
      continue
    }
    if (!/\s/.test(c)) argStart = false
  }
  return null
}

/** Start of the statement containing position i (for `.V(1)` / `.Debug` chains spread over lines). */
function chainBefore(src: string, i: number): string {
  let start = i
  for (let lines = 0; lines < 6; lines++) {
    const nl = src.lastIndexOf('\n', start - 1)
    if (nl === -1) return src.slice(0, i)
    const prev = src.slice(src.lastIndexOf('\n', nl - 1) + 1, nl).trimEnd()
    start = nl
    // Continue upwards while the previous line continues the expression.
    if (!/[.,(]$/.test(prev)) break
  }
  return src.slice(src.lastIndexOf('\n', start - 1) + 1, i)
}

export function scanGo(src: string, awsCodes: boolean): Found[] {
  const found: Found[] = []
  // Blank out comment lines (examples in comments are not code).
  const code = src.replace(/^[ \t]*\/\/.*$/gm, (m) => ' '.repeat(m.length))
  CALL.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = CALL.exec(code))) {
    const name = m[1]!
    const open = m.index + m[0].length - 1
    const before = code.slice(Math.max(0, m.index - 6), m.index)
    let kind: EntryKind = 'log'
    let level = ''
    let firstOnly = true
    if (name === 'fmt.Errorf' || /errors\.New$/.test(name)) kind = 'error'
    else if (name.startsWith('.')) {
      if (before.endsWith('fmt') || /\bt$|\bb$/.test(before)) continue
      const method = name.slice(1)
      const chain = chainBefore(code, m.index)
      if (/^Error/.test(method)) {
        level = 'ERROR'
        firstOnly = method === 'Errorf' // logr Error(err, "msg")
      } else if (/^Warn/.test(method)) level = 'WARN'
      else if (/^Debug/.test(method)) level = 'DEBUG'
      else if (/^(Fatal|Panic)/.test(method)) level = 'FATAL'
      else level = /\.V\(\s*[1-9]\s*\)/.test(chain) ? 'DEBUG' : 'INFO'
      // Only logger chains: `.Info(` on other receivers is not a log call.
      if (!/FromContext\(|\blog\.|\blogger\b|\blogging\.|\bklog\.|Logger|\bzap\.|\blg\./.test(chain)) continue
    } else {
      kind = 'log'
      level = 'FATAL'
      firstOnly = name === 'panic'
    }
    const text = firstLiteralArg(code, open, firstOnly)
    if (text === null) continue
    if (!/[A-Za-z]{3,}/.test(text.replace(/%[-+# 0-9.*]*[a-zA-Z]/g, ''))) continue
    found.push({ kind, level, text })
  }
  if (awsCodes) {
    const lit = /"([A-Z][A-Za-z0-9]{4,}(?:\.[A-Za-z0-9]+)*)"/g
    while ((m = lit.exec(code))) found.push({ kind: 'aws-code', level: '', text: m[1]! })
  }
  return found
}

// --- Walk ---------------------------------------------------------------------------------------------------------

/** The core revision a provider release builds with, from its go.mod (null: the core was part of this repo). */
function coreRevision(awsDir: string, tag: string, coreTags: Set<string>): { version: string; rev: string } | null {
  const gomod = git(awsDir, ['show', `${tag}:go.mod`])
  const m = /^\s*(?:require\s+)?(?:github\.com\/aws\/karpenter-core|sigs\.k8s\.io\/karpenter)\s+(v\S+)/m.exec(gomod)
  if (!m) return null
  const version = m[1]!
  // Pseudo-version v0.0.2-0.20221118200725-6e02c5aefdab → commit 6e02c5aefdab.
  const pseudo = /-(?:0\.)?\d{14}-([0-9a-f]{12})$/.exec(version)
  if (pseudo) return { version, rev: pseudo[1]! }
  const base = version.replace(/\+incompatible$/, '')
  if (!coreTags.has(base)) throw new Error(`${tag} pins core ${version}, which is not a tag of the core mirror`)
  return { version: base, rev: base }
}

function ranges(indices: number[]): string {
  const out: string[] = []
  let i = 0
  while (i < indices.length) {
    let j = i
    while (j + 1 < indices.length && indices[j + 1] === indices[j]! + 1) j++
    out.push(i === j ? `${indices[i]}` : `${indices[i]}-${indices[j]}`)
    i = j + 1
  }
  return out.join(',')
}

export async function buildInventory(
  awsDir: string,
  coreDir: string
): Promise<{ inventory: Inventory; commits: Record<string, string> }> {
  const tags = releaseTags(awsDir)
  const coreTags = new Set(git(coreDir, ['tag', '--list', 'v*']).split('\n'))
  const cache = new Map<string, Found[]>() // repo:blob → found
  const byKey = new Map<string, { row: [EntryKind, string, string, 'aws' | 'core', string]; releases: number[] }>()
  const core: string[] = []
  const commits: Record<string, string> = {}

  const collect = async (repo: 'aws' | 'core', dir: string, rev: string, releaseIndex: number): Promise<void> => {
    const files = goFiles(dir, rev)
    const missing = [...new Set(files.map((f) => f.blob).filter((b) => !cache.has(`${repo}:${b}`)))]
    const texts = await readBlobs(dir, missing)
    const pathOf = new Map<string, string>()
    for (const f of files) {
      const key = `${repo}:${f.blob}`
      if (texts.has(f.blob)) {
        const isErrorsFile = repo === 'aws' && /(^|\/)errors\.go$/.test(f.path)
        cache.set(key, scanGo(texts.get(f.blob)!, isErrorsFile))
      }
      pathOf.set(key, f.path)
    }
    const seen = new Set<string>()
    for (const f of files) {
      for (const x of cache.get(`${repo}:${f.blob}`)!) {
        const k = `${x.kind}\u0000${x.level}\u0000${x.text}\u0000${repo}`
        if (seen.has(k)) continue
        seen.add(k)
        let acc = byKey.get(k)
        if (!acc) {
          acc = { row: [x.kind, x.level, x.text, repo, f.path], releases: [] }
          byKey.set(k, acc)
        }
        acc.row[4] = f.path // path as of the newest release that has it
        acc.releases.push(releaseIndex)
      }
    }
  }

  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!
    commits[
      git(awsDir, ['rev-parse', `${tag}^{commit}`])
        .trim()
        .slice(0, 7)
    ] = tag.slice(1)
    await collect('aws', awsDir, tag, i)
    const c = coreRevision(awsDir, tag, coreTags)
    core.push(c ? c.version : '')
    if (c) await collect('core', coreDir, c.rev, i)
  }
  const entries: InventoryRow[] = [...byKey.values()]
    .map(({ row, releases }) => [...row, ranges(releases)] as InventoryRow)
    .sort((a, b) => (a[3] + a[0] + a[2] + a[1]).localeCompare(b[3] + b[0] + b[2] + b[1]))
  return {
    inventory: { generatedBy: 'scripts/build-karpenter-inventory.ts', releases: tags, core, entries },
    commits
  }
}

export function serializeInventory(inv: Inventory): string {
  // One entry per line: compact, and diffs show which entries a regeneration changed.
  return (
    '{\n' +
    `"generatedBy": ${JSON.stringify(inv.generatedBy)},\n` +
    `"releases": ${JSON.stringify(inv.releases)},\n` +
    `"core": ${JSON.stringify(inv.core)},\n` +
    `"entries": [\n${inv.entries.map((e) => JSON.stringify(e)).join(',\n')}\n]\n}\n`
  )
}

export function serializeCommits(commits: Record<string, string>): string {
  const keys = Object.keys(commits).sort((a, b) => semver.compare(commits[a]!, commits[b]!))
  return '{\n' + keys.map((k) => `${JSON.stringify(k)}: ${JSON.stringify(commits[k])}`).join(',\n') + '\n}\n'
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2)
  const opt = (name: string): string | undefined => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined)
  const aws = opt('--from-aws')
  const core = opt('--from-core')
  if (!aws || !core) {
    console.error('usage: build-karpenter-inventory.ts --from-aws <git dir> --from-core <git dir> [--check]')
    process.exit(2)
  }
  const t0 = Date.now()
  const { inventory, commits } = await buildInventory(aws, core)
  const files: [string, string][] = [
    [INVENTORY_FILE, serializeInventory(inventory)],
    [COMMITS_FILE, serializeCommits(commits)]
  ]
  const perEra = eraCounts(inventory)
  const summary =
    `${inventory.entries.length} entries over ${inventory.releases.length} releases ` +
    `(${inventory.releases[0]} … ${inventory.releases.at(-1)}) in ${((Date.now() - t0) / 1000).toFixed(1)}s; ` +
    `per era: ${Object.entries(perEra)
      .map(([era, n]) => `${era} ${n}`)
      .join(', ')}`
  if (argv.includes('--check')) {
    const stale = files.filter(([f, text]) => {
      try {
        return readFileSync(f, 'utf8') !== text
      } catch {
        return true
      }
    })
    if (stale.length > 0) {
      console.error(
        `stale: ${stale.map(([f]) => f).join(', ')}; regenerate with scripts/build-karpenter-inventory.ts --from-aws … --from-core …`
      )
      process.exit(1)
    }
    console.log(`karpenter inventory is fresh: ${summary}`)
    return
  }
  for (const [f, text] of files) {
    mkdirSync(dirname(f), { recursive: true })
    writeFileSync(f, text)
  }
  console.log(`wrote ${INVENTORY_FILE}: ${summary}`)
}

/** Entries existing in at least one release of each era (console ≤ v0.31, JSON dotted v0.32–v0.36, v0.37+). */
export function eraCounts(inv: Inventory): Record<string, number> {
  const eras: [string, (v: string) => boolean][] = [
    ['v0.16–v0.31', (v) => semver.lt(v, '0.32.0')],
    ['v0.32–v0.36', (v) => semver.gte(v, '0.32.0') && semver.lt(v, '0.37.0')],
    ['v0.37–v1.x', (v) => semver.gte(v, '0.37.0')]
  ]
  const out: Record<string, number> = {}
  for (const [name, inEra] of eras) {
    out[name] = inv.entries.filter((e) => expandRanges(e[5]).some((i) => inEra(inv.releases[i]!))).length
  }
  return out
}

export function expandRanges(r: string): number[] {
  const out: number[] = []
  for (const part of r.split(',')) {
    const [a, b] = part.split('-').map(Number)
    for (let i = a!; i <= (b ?? a!); i++) out.push(i)
  }
  return out
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
}
