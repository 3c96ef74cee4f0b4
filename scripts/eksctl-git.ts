// Reading many releases of a bare git directory fast: one `git ls-tree -r` per release tag, and every distinct blob
// read once through a single `git cat-file --batch` (the same file content across many tags is read and parsed once).
// Used by scripts/build-eksctl-inventory.ts and scripts/build-examples-history.ts.
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import semver from 'semver'

export interface Release {
  version: string
  tag: string
  date: string
}

/** releases.tsv (version, tag, tag_date, …) of the shared schema folder: the releases this project knows, in order. */
export function readReleases(tsv: string): Release[] {
  const [header, ...rows] = readFileSync(tsv, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
  const cols = header!.split('\t')
  const at = (name: string): number => {
    const i = cols.indexOf(name)
    if (i < 0) throw new Error(`${tsv}: no "${name}" column`)
    return i
  }
  const [iv, it, id] = [at('version'), at('tag'), at('tag_date')]
  const releases = rows.map((row) => {
    const c = row.split('\t')
    return { version: c[iv]!, tag: c[it]!, date: c[id]! }
  })
  for (let i = 1; i < releases.length; i++) {
    if (!semver.gt(releases[i]!.version, releases[i - 1]!.version))
      throw new Error(`${tsv}: rows must be in release order`)
  }
  return releases
}

/** The release list: $SHARED_DIR (as .ci/run takes it) or ../shared beside the checkout. */
export function defaultReleasesTsv(repoRoot: string): string {
  return join(process.env.SHARED_DIR ?? join(repoRoot, '..', 'shared'), 'eksctl-schemas', 'releases.tsv')
}

/** A tree entry: path and blob id. */
export interface TreeFile {
  path: string
  blob: string
}

/** `git ls-tree -r` of one tag, restricted to pathspecs. */
export function listTree(gitDir: string, tag: string, pathspecs: readonly string[]): TreeFile[] {
  const out = execFileSync(
    'git',
    ['--git-dir', gitDir, 'ls-tree', '-r', '-z', `refs/tags/${tag}`, '--', ...pathspecs],
    {
      encoding: 'utf8',
      maxBuffer: 64 << 20
    }
  )
  const files: TreeFile[] = []
  for (const rec of out.split('\0')) {
    if (!rec) continue
    const tab = rec.indexOf('\t')
    const [, type, blob] = rec.slice(0, tab).split(' ')
    if (type === 'blob') files.push({ path: rec.slice(tab + 1), blob: blob! })
  }
  return files
}

/** The contents of many blobs, read through one `git cat-file --batch`. */
export function readBlobs(gitDir: string, blobs: Iterable<string>): Map<string, string> {
  const ids = [...new Set(blobs)]
  const result = new Map<string, string>()
  if (ids.length === 0) return result
  const run = spawnSync('git', ['--git-dir', gitDir, 'cat-file', '--batch'], {
    input: ids.join('\n') + '\n',
    maxBuffer: 1024 * 1024 * 1024
  })
  if (run.status !== 0) throw new Error(`git cat-file --batch failed: ${run.stderr.toString()}`)
  const buf = run.stdout
  let pos = 0
  for (const id of ids) {
    const nl = buf.indexOf(10, pos)
    const header = buf.toString('utf8', pos, nl)
    const [sha, type, size] = header.split(' ')
    if (sha !== id || type !== 'blob') throw new Error(`git cat-file: unexpected "${header}" for ${id}`)
    const start = nl + 1
    const end = start + Number(size)
    result.set(id, buf.toString('utf8', start, end))
    pos = end + 1
  }
  return result
}

/** Inclusive index ranges from a sorted list of indexes: [0,1,2,5] → [[0,2],[5,5]]. */
export function toRanges(indexes: Iterable<number>): [number, number][] {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b)
  const ranges: [number, number][] = []
  for (const i of sorted) {
    const last = ranges.at(-1)
    if (last && last[1] === i - 1) last[1] = i
    else ranges.push([i, i])
  }
  return ranges
}
