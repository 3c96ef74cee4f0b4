// Extracts every version of eksctl's examples/*.yaml from eksctl's git history, each with the first release (of
// releases.tsv) that shipped that version: the regression corpus of __tests__/examples-history.test.ts.
//
//   npx tsx scripts/build-examples-history.ts --from /work/.mirror/eksctl-io+eksctl/repo [--releases releases.tsv] [--check]
//
// One `git ls-tree` per release tag; each distinct blob read once (`git cat-file --batch`). Output:
// __tests__/fixtures/eksctl-examples-history.json, one example version per line.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defaultReleasesTsv, listTree, readBlobs, readReleases } from './eksctl-git.js'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const HISTORY_FILE = join(repoRoot, '__tests__/fixtures/eksctl-examples-history.json')

export interface ExampleVersion {
  /** examples/<name>.yaml */
  path: string
  /** First release whose tag has this content at this path. */
  release: string
  blob: string
  text: string
}

export function buildExamplesHistory(gitDir: string, releasesTsv: string): ExampleVersion[] {
  const releases = readReleases(releasesTsv)
  const firstSeen = new Map<string, { path: string; blob: string; release: string }>()
  for (const r of releases) {
    for (const f of listTree(gitDir, r.tag, ['examples'])) {
      if (!/^examples\/[^/]+\.ya?ml$/.test(f.path)) continue
      const key = `${f.path}\0${f.blob}`
      if (!firstSeen.has(key)) firstSeen.set(key, { ...f, release: r.version })
    }
  }
  const texts = readBlobs(
    gitDir,
    [...firstSeen.values()].map((v) => v.blob)
  )
  return [...firstSeen.values()].map((v) => ({ ...v, text: texts.get(v.blob)! }))
}

export function serializeHistory(versions: ExampleVersion[]): string {
  return '[\n' + versions.map((v) => JSON.stringify(v)).join(',\n') + '\n]\n'
}

function main(): void {
  const args = process.argv.slice(2)
  const arg = (name: string): string | undefined => {
    const i = args.indexOf(name)
    return i >= 0 ? args[i + 1] : undefined
  }
  const from = arg('--from')
  if (!from) {
    console.error('usage: build-examples-history.ts --from <eksctl git dir> [--releases releases.tsv] [--check]')
    process.exit(2)
  }
  const releasesTsv = resolve(arg('--releases') ?? defaultReleasesTsv(repoRoot))
  const text = serializeHistory(buildExamplesHistory(resolve(from), releasesTsv))
  if (args.includes('--check')) {
    if (!existsSync(HISTORY_FILE) || readFileSync(HISTORY_FILE, 'utf8') !== text) {
      console.error('__tests__/fixtures/eksctl-examples-history.json is stale: rerun without --check')
      process.exit(1)
    }
    console.log('eksctl examples history is fresh')
    return
  }
  writeFileSync(HISTORY_FILE, text)
  console.log(`${HISTORY_FILE}: ${text.split('\n').length - 3} example versions, ${text.length} bytes`)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
