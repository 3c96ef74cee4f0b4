// Benchmark of `upgrade` against one validation run of the same files (the anchor), measured in the same run.
//   npx tsx scripts/bench-upgrade.ts [--runs N]
// Needs ../shared/eksctl-examples (48 configs) and a built dist/ (npm run build).
// Goal: comparing the 48 configs between two releases costs ≤ 2× validating them against one release, for any pair.
// Measured two ways: in one process (engine calls, after a warm-up), and as CLI processes (process start included).
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { loadavg } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const examplesDir = path.resolve(root, '../shared/eksctl-examples')
const runsArg = process.argv.indexOf('--runs')
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7
const GOAL = 2

if (!existsSync(examplesDir)) {
  console.error(`bench-upgrade needs ${examplesDir} (the shared eksctl examples).`)
  process.exit(2)
}
const cli = path.join(root, 'dist/cli.js')
if (!existsSync(cli)) {
  console.error('bench-upgrade needs dist/cli.js: run npm run build first.')
  process.exit(2)
}

const { validateFiles } = await import('../src/validate/index.js')
const { compareReleases } = await import('../src/upgrade/index.js')

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]!
}

interface Times {
  wall: number
  cpu: number
}

/**
 * Median wall and CPU times (ms) of two async runs, interleaved (anchor, ours, anchor, ours, …) so that a change in
 * machine load hits both alike; one warm-up run each first (the store, the per-release caches). CPU time (user +
 * system of this process) is what the goal is judged on: on a shared machine wall time mostly measures the others.
 */
async function timePair(anchor: () => Promise<unknown>, ours: () => Promise<unknown>): Promise<[Times, Times]> {
  await anchor()
  await ours()
  const a = { wall: [] as number[], cpu: [] as number[] }
  const o = { wall: [] as number[], cpu: [] as number[] }
  for (let i = 0; i < runs; i++) {
    for (const [fn, into] of [
      [anchor, a],
      [ours, o]
    ] as const) {
      const cpu = process.cpuUsage()
      const start = process.hrtime.bigint()
      await fn()
      into.wall.push(Number(process.hrtime.bigint() - start) / 1e6)
      const used = process.cpuUsage(cpu)
      into.cpu.push((used.user + used.system) / 1000)
    }
  }
  return [
    { wall: median(a.wall), cpu: median(a.cpu) },
    { wall: median(o.wall), cpu: median(o.cpu) }
  ]
}

function runProcess(args: string[]): void {
  try {
    execFileSync(process.execPath, [cli, ...args], { cwd: examplesDir, stdio: 'ignore' })
  } catch (error) {
    if ((error as { status?: number }).status !== 1) throw error
  }
}

/** Median wall times of two commands as fresh processes, interleaved. */
function timeProcesses(anchor: string[], ours: string[]): [number, number] {
  runProcess(anchor)
  runProcess(ours)
  const a: number[] = []
  const o: number[] = []
  for (let i = 0; i < runs; i++) {
    for (const [args, into] of [
      [anchor, a],
      [ours, o]
    ] as const) {
      const start = process.hrtime.bigint()
      runProcess(args)
      into.push(Number(process.hrtime.bigint() - start) / 1e6)
    }
  }
  return [median(a), median(o)]
}

const files = { patterns: ['*.yaml'], workspace: examplesDir, cwd: examplesDir, env: {} }
const pairs: Array<[string, string]> = [
  ['0.100.0', '0.230.0'],
  ['0.150.0', '0.230.0'],
  ['0.21.0', '0.230.0'],
  ['0.230.0', '0.100.0'],
  ['0.229.0', '0.230.0']
]

console.log(`eksctl-preflight upgrade benchmark (node ${process.version}, median of ${runs} runs each)`)
console.log(`48 eksctl examples; anchor: validate the same files against release B, in the same run\n`)
console.log('in one process (engine, warm):')
let worst = 0
let worstWall = 0
for (const [a, b] of pairs) {
  const [anchor, ours] = await timePair(
    () => validateFiles({ ...files, eksctlVersion: b }),
    () => compareReleases({ ...files, from: a, to: b })
  )
  const ratio = ours.cpu / anchor.cpu
  worst = Math.max(worst, ratio)
  worstWall = Math.max(worstWall, ours.wall / anchor.wall)
  console.log(
    `  ${`${a} → ${b}`.padEnd(18)} validate ${anchor.cpu.toFixed(1).padStart(6)} ms CPU (${anchor.wall.toFixed(1)} wall), ` +
      `upgrade ${ours.cpu.toFixed(1).padStart(6)} ms CPU (${ours.wall.toFixed(1)} wall): ${ratio.toFixed(2)}× CPU, ` +
      `${(ours.wall / anchor.wall).toFixed(2)}× wall`
  )
}
console.log(
  `  → worst ${worst.toFixed(2)}× one validation (CPU; wall ${worstWall.toFixed(2)}×); goal ≤ ${GOAL}×: ` +
    `${worst <= GOAL ? 'goal met' : 'GOAL MISSED'}\n`
)

console.log('as CLI processes (process start, store load and output included):')
let worstCli = 0
for (const [a, b] of pairs.slice(0, 2)) {
  const [anchor, ours] = timeProcesses(
    ['validate', '*.yaml', '--eksctl-version', b, '--format', 'json'],
    ['upgrade', '--from', a, '--to', b, '*.yaml', '--format', 'json']
  )
  const ratio = ours / anchor
  worstCli = Math.max(worstCli, ratio)
  console.log(
    `  ${`${a} → ${b}`.padEnd(18)} validate ${anchor.toFixed(0).padStart(6)} ms, upgrade ${ours.toFixed(0).padStart(6)} ms: ${ratio.toFixed(2)}×`
  )
}
console.log(
  `  → worst ${worstCli.toFixed(2)}× one validation; goal ≤ ${GOAL}×: ${worstCli <= GOAL ? 'goal met' : 'GOAL MISSED'} ` +
    `(machine load average ${loadavg()[0]!.toFixed(1)})`
)
