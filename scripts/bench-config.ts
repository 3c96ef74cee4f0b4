// Benchmark of the config loader (not a test): the 48 eksctl examples ×21 = 1,008 configs in one process.
// Prints wall times and the ratio against an anchor measured in the same run on the same texts: the npm `yaml`
// package's own parse to plain JS (what any YAML-reading tool pays, without positions, duplicate checks or index).
// Run: npx tsx scripts/bench-config.ts
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseAllDocuments } from 'yaml'
import { loadConfigs, loadText } from '../src/config/index.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const examples = path.resolve(repoRoot, '../shared/eksctl-examples')
if (!existsSync(examples)) {
  console.error(`needs ${examples} (the shared eksctl examples)`)
  process.exit(2)
}
const COPIES = 21
const names = readdirSync(examples).filter((n) => n.endsWith('.yaml'))
const texts = names.map((n) => readFileSync(path.join(examples, n), 'utf8'))

function time(fn: () => void): number {
  const t = performance.now()
  fn()
  return performance.now() - t
}
async function timeAsync(fn: () => Promise<void>): Promise<number> {
  const t = performance.now()
  await fn()
  return performance.now() - t
}
const best = (xs: number[]): number => Math.min(...xs)

// Anchor: plain npm yaml parse (YAML 1.1) to JS of every document.
const anchor = (): void => {
  for (let c = 0; c < COPIES; c++)
    for (const t of texts) parseAllDocuments(t, { version: '1.1' }).forEach((d) => d.toJS())
}
// Ours in memory: parse + YAML 1.1/merge/alias walk + index, then locate every top-level key and one deep path.
let located = 0
const ours = (): void => {
  for (let c = 0; c < COPIES; c++)
    for (const t of texts) {
      const f = loadText('x.yaml', t, { envsubst: false, env: {} })
      const doc = f.document!
      for (const k of Object.keys(doc.data as object)) {
        doc.locate(`/${k}`, 'key')
        located++
      }
      doc.locate('/managedNodeGroups/0/name')
      doc.locate('/nodeGroups/0/doesNotExist', 'key')
      located += 2
    }
}

// Files: a workspace with 21 copies of the examples, loaded through globs (realpath checks, reads, size checks).
const ws = mkdtempSync(path.join(tmpdir(), 'bench-config-'))
for (let c = 0; c < COPIES; c++) cpSync(examples, path.join(ws, `copy-${c}`), { recursive: true })

const coldOurs = time(ours)
const anchorRuns: number[] = []
const oursRuns: number[] = []
const filesRuns: number[] = []
let fileCount = 0
for (let i = 0; i < 5; i++) {
  anchorRuns.push(time(anchor))
  oursRuns.push(time(ours))
  filesRuns.push(
    await timeAsync(async () => {
      const files = await loadConfigs({ patterns: ['**/*.yaml'], workspace: ws, cwd: ws, envsubst: false, env: {} })
      fileCount = files.length
    })
  )
}
rmSync(ws, { recursive: true, force: true })

const n = texts.length * COPIES
const a = best(anchorRuns)
const o = best(oursRuns)
const f = best(filesRuns)
console.log(`configs: ${n} (${texts.length} examples ×${COPIES}); files loaded from disk: ${fileCount}`)
console.log(`anchor  npm yaml parse → JS:              ${a.toFixed(1)} ms`)
console.log(`ours    in memory, first run (JIT cold):  ${coldOurs.toFixed(1)} ms`)
console.log(
  `ours    in memory, parse+index+locate:    ${o.toFixed(1)} ms  (${(o / a).toFixed(2)}× anchor; ${located / 6} locates/run)`
)
console.log(`ours    loadConfigs from disk via glob:   ${f.toFixed(1)} ms  (${(f / a).toFixed(2)}× anchor)`)
console.log(`per config: ${((o / n) * 1000).toFixed(0)} µs in memory, ${((f / n) * 1000).toFixed(0)} µs with file I/O`)
