// Benchmark of `validate` against ajv-cli 5 (the anchor), run in the same process on the same files.
//   npx tsx scripts/bench-validate.ts [--runs N]
// Needs ../shared (the eksctl examples and schemas) and a built dist/ (npm run build).
// Goals: one file cold start ≤ 0.25 s wall; 1,008 configs (48 examples ×21) in one process ≤ 0.50 s wall with
// positions and compatible ranges; compatible range of one config over all releases ≤ 20 ms.
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const shared = path.resolve(root, '../shared')
const examplesDir = path.join(shared, 'eksctl-examples')
const runsArg = process.argv.indexOf('--runs')
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7

if (!existsSync(examplesDir)) {
  console.error(`bench-validate needs ${examplesDir} (the shared eksctl examples and schemas).`)
  process.exit(2)
}
if (!existsSync(path.join(root, 'dist/cli.js'))) {
  console.error('bench-validate needs dist/cli.js: run npm run build first.')
  process.exit(2)
}

const require = createRequire(import.meta.url)
const ajvCli = path.join(path.dirname(require.resolve('ajv-cli/package.json')), 'dist/index.js')
const releases = readdirSync(path.join(shared, 'eksctl-schemas/schemas')).sort((a, b) =>
  a.localeCompare(b, undefined, { numeric: true })
)
const newestSchema = path.join(shared, 'eksctl-schemas/schemas', releases.at(-1)!)
const newestVersion = releases.at(-1)!.replace(/\.json$/, '')
const cli = path.join(root, 'dist/cli.js')

/** CPU seconds (user + system) of this process's finished children, from /proc (Linux); null elsewhere. */
function childCpu(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // fields[0] is field 3 (state): cutime and cstime are fields 16 and 17, in clock ticks (100 per second on Linux)
    return (Number(fields[13]) + Number(fields[14])) / 100
  } catch {
    return null
  }
}

function wall(fn: () => void): number {
  const start = process.hrtime.bigint()
  fn()
  return Number(process.hrtime.bigint() - start) / 1e9
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]!
}

/** Median wall time of a child process run; its median CPU time (user + system) goes to cpu[label]. */
const cpu: Record<string, number | null> = {}
function measure(label: string, fn: () => void): number {
  fn() // warm the file system cache
  const times: number[] = []
  const cpus: number[] = []
  for (let i = 0; i < runs; i++) {
    const before = childCpu()
    times.push(wall(fn))
    const after = childCpu()
    if (before !== null && after !== null) cpus.push(after - before)
  }
  const m = median(times)
  cpu[label] = cpus.length ? median(cpus) : null
  const c = cpu[label]
  console.log(
    `  ${label.padEnd(58)} ${m.toFixed(3)} s wall${c === null ? '' : `, ${c.toFixed(2)} s CPU`} (median of ${runs})`
  )
  return m
}

function cpuRatio(ours: string, anchor: string): string {
  const a = cpu[anchor]
  const o = cpu[ours]
  return a && o !== null && o !== undefined ? `; CPU ${(o / a).toFixed(2)}× ajv-cli` : ''
}

/** Runs a command; exit code 1 (findings / invalid) is a normal outcome here. */
function run(args: string[], cwd: string): void {
  try {
    execFileSync(process.execPath, args, { cwd, stdio: 'ignore', maxBuffer: 256 * 1024 * 1024 })
  } catch (error) {
    if ((error as { status?: number }).status !== 1) throw error
  }
}

const ratio = (ours: number, anchor: number): string => `${(ours / anchor).toFixed(2)}× ajv-cli`
const verdict = (ok: boolean): string => (ok ? 'goal met' : 'GOAL MISSED')

console.log(`eksctl-preflight validate benchmark (node ${process.version}, ${runs} runs each)`)
console.log(`anchor: ajv-cli 5 with the raw schema of eksctl ${newestVersion}, schema verdict only\n`)

// 1. One file, cold start: a fresh process per run.
const one = mkdtempSync(path.join(tmpdir(), 'bench-one-'))
copyFileSync(path.join(examplesDir, '29-cluster-with-karpenter.yaml'), path.join(one, 'cluster.yaml'))
console.log('one file, cold start (process start to exit):')
const nodeZero = measure('node -e 0', () => run(['-e', '0'], one))
const ajvOneLabel = 'ajv-cli validate (newest raw schema)'
const oursOneLabel = `eksctl-preflight validate --eksctl-version ${newestVersion} --format json`
const ajvOne = measure(ajvOneLabel, () =>
  run([ajvCli, 'validate', '-s', newestSchema, '-d', 'cluster.yaml', '--strict=false', '--errors=no'], one)
)
const oursOne = measure(oursOneLabel, () =>
  run([cli, 'validate', 'cluster.yaml', '--eksctl-version', newestVersion, '--format', 'json'], one)
)
console.log(
  `  → ${oursOne.toFixed(3)} s = ${ratio(oursOne, ajvOne)}${cpuRatio(oursOneLabel, ajvOneLabel)}, ${(oursOne / nodeZero).toFixed(1)}× node -e 0; goal ≤ 0.25 s: ${verdict(oursOne <= 0.25)}\n`
)

// 2. 1,008 configs in one process.
const many = mkdtempSync(path.join(tmpdir(), 'bench-many-'))
const examples = readdirSync(examplesDir).filter((n) => n.endsWith('.yaml'))
for (let copy = 0; copy < 21; copy++)
  for (const name of examples) copyFileSync(path.join(examplesDir, name), path.join(many, `${copy}-${name}`))
const count = readdirSync(many).length
console.log(`${count} configs (${examples.length} examples ×21) in one process:`)
const ajvManyLabel = 'ajv-cli validate -d "*.yaml" (verdict only)'
const oursManyLabel = 'eksctl-preflight validate "*.yaml" (positions + compatible ranges)'
const ajvMany = measure(ajvManyLabel, () =>
  run([ajvCli, 'validate', '-s', newestSchema, '-d', '*.yaml', '--strict=false', '--errors=no'], many)
)
const oursMany = measure(oursManyLabel, () =>
  run([cli, 'validate', '*.yaml', '--eksctl-version', newestVersion, '--format', 'json'], many)
)
console.log(
  `  → ${oursMany.toFixed(3)} s = ${ratio(oursMany, ajvMany)}${cpuRatio(oursManyLabel, ajvManyLabel)}; ` +
    `goal ≤ 0.50 s: ${verdict(oursMany <= 0.5)} (machine load average ${loadavg()[0]!.toFixed(1)})\n`
)

// 3. Compatible range of one config over all releases, in process (after the schema store is loaded).
const { loadConfigs } = await import('../src/config/index.js')
const { compatibleReleases } = await import('../src/validate/evaluate.js')
const { listReleases } = await import('../src/schemas/index.js')
const [loaded] = await loadConfigs({ patterns: ['cluster.yaml'], workspace: one, cwd: one, envsubst: false, env: {} })
const doc = loaded!.document!
const first = wall(() => compatibleReleases(doc.data, { skipValueChecksAt: doc.placeholderPaths }))
const times = Array.from({ length: 50 }, () =>
  wall(() => compatibleReleases(doc.data, { skipValueChecksAt: doc.placeholderPaths }))
)
const perCall = median(times)
console.log(`compatible range of one config over all ${listReleases().length} releases (in process):`)
console.log(`  first call (schemas compiled on demand)                    ${(first * 1000).toFixed(1)} ms`)
console.log(
  `  later calls                                                ${(perCall * 1000).toFixed(1)} ms (median of 50)`
)
console.log(`  → goal ≤ 20 ms: ${verdict(perCall <= 0.02)} (first call: ${verdict(first <= 0.02)})`)

// 4. Where the time of the 1,008 configs goes, stage by stage, in this process.
const { evaluateRelease, evaluateWithCompatible } = await import('../src/validate/evaluate.js')
const { runRules } = await import('../src/rules/index.js')
const { validateFiles } = await import('../src/validate/index.js')
const stage = (label: string, fn: () => unknown): void => {
  fn()
  const t = median(Array.from({ length: 3 }, () => wall(() => void fn())))
  console.log(`  ${label.padEnd(58)} ${(t * 1000).toFixed(0)} ms`)
}
console.log(`\nwhere the time of the ${count} configs goes (in process, median of 3):`)
let docs: NonNullable<Awaited<ReturnType<typeof loadConfigs>>[number]['document']>[] = []
const loadAll = async () =>
  (await loadConfigs({ patterns: ['*.yaml'], workspace: many, cwd: many, envsubst: false, env: {} })).map(
    (f) => f.document!
  )
docs = await loadAll()
const loadTimes: number[] = []
for (let i = 0; i < 3; i++) {
  const start = process.hrtime.bigint()
  docs = await loadAll()
  loadTimes.push(Number(process.hrtime.bigint() - start) / 1e9)
}
console.log(
  `  ${'loadConfigs (read, YAML 1.1 parse, positions)'.padEnd(58)} ${(median(loadTimes) * 1000).toFixed(0)} ms`
)
stage('evaluateRelease (errors for the target release)', () =>
  docs.forEach((d) => evaluateRelease(d.data, newestVersion))
)
stage('compatibleReleases (all releases)', () => docs.forEach((d) => compatibleReleases(d.data)))
stage('evaluateWithCompatible (both in one walk, as validate does)', () =>
  docs.forEach((d) => evaluateWithCompatible(d.data, newestVersion))
)
stage('runRules at the target release', () => docs.forEach((d) => runRules(d, newestVersion)))
const fullTimes: number[] = []
for (let i = 0; i < 3; i++) {
  const start = process.hrtime.bigint()
  await validateFiles({ patterns: ['*.yaml'], workspace: many, cwd: many, env: {}, eksctlVersion: newestVersion })
  fullTimes.push(Number(process.hrtime.bigint() - start) / 1e9)
}
console.log(
  `  ${'validateFiles, everything (no process start, no output)'.padEnd(58)} ${(median(fullTimes) * 1000).toFixed(0)} ms`
)

rmSync(one, { recursive: true, force: true })
rmSync(many, { recursive: true, force: true })
