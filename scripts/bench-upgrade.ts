// Benchmark of `upgrade` against one validation run of the same files (the anchor), measured in the same run.
//   npx tsx scripts/bench-upgrade.ts [--runs N] [--pairs 0.21.0:0.230.0,…] [--no-cli]
// Needs ../shared/eksctl-examples (48 configs; SHARED_DIR points elsewhere) and a built dist/ (npm run build).
// Goal: comparing the 48 configs between two releases costs ≤ 2× validating them against one release, for any pair.
// The anchor is the cheaper of the two validations (against A, against B), so that neither direction of a pair
// hides behind a slow end. Measured two ways: in one process (engine calls, warm), and as CLI processes.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { loadavg } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const examplesDir = path.resolve(process.env.SHARED_DIR ?? path.join(root, '../shared'), 'eksctl-examples')
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name)
  return i > 0 ? process.argv[i + 1] : undefined
}
const runs = Number(arg('--runs') ?? 15)
const GOAL = 2

if (!existsSync(examplesDir)) {
  console.error(`bench-upgrade needs ${examplesDir} (the shared eksctl examples; SHARED_DIR=<dir> points elsewhere).`)
  process.exit(2)
}
const cli = path.join(root, 'dist/cli.js')
const withCli = !process.argv.includes('--no-cli')
if (withCli && !existsSync(cli)) {
  console.error('bench-upgrade needs dist/cli.js: run npm run build first (or pass --no-cli).')
  process.exit(2)
}

const { validateFiles } = await import('../src/validate/index.js')
const { compareReleases } = await import('../src/upgrade/index.js')

const pairs: Array<[string, string]> = arg('--pairs')
  ? arg('--pairs')!
      .split(',')
      .map((p) => p.split(':') as [string, string])
  : [
      ['0.21.0', '0.230.0'],
      ['0.100.0', '0.230.0'],
      ['0.150.0', '0.230.0'],
      ['0.229.0', '0.230.0'],
      ['0.21.0', '0.22.0'],
      ['0.230.0', '0.21.0'],
      ['0.230.0', '0.100.0']
    ]

/** CPU time (user + system of this process, ms) of one async run: what the goal is judged on. */
async function cpuOf(fn: () => Promise<unknown>): Promise<{ cpu: number; wall: number }> {
  const cpu = process.cpuUsage()
  const start = process.hrtime.bigint()
  await fn()
  const wall = Number(process.hrtime.bigint() - start) / 1e6
  const used = process.cpuUsage(cpu)
  return { cpu: (used.user + used.system) / 1000, wall }
}

const files = { patterns: ['*.yaml'], workspace: examplesDir, cwd: examplesDir, env: {} }
const validate = (release: string) => () => validateFiles({ ...files, eksctlVersion: release })
const compare = (a: string, b: string) => () => compareReleases({ ...files, from: a, to: b })

// Warm-up: every measured call three times first, so that the JIT has settled before anything is timed (a first
// pass runs 2–3× slower, and would otherwise land on whichever pair comes first).
const releases = [...new Set(pairs.flat())]
for (let i = 0; i < 3; i++) {
  for (const r of releases) await validate(r)()
  for (const [a, b] of pairs) await compare(a, b)()
}

// Best of N: every measurement is interleaved (validate A, validate B, compare, …) so that a change in machine
// load hits all alike; the least CPU time of each is the cost with the least interference from other processes.
console.log(`eksctl-preflight upgrade benchmark (node ${process.version}, best of ${runs} runs each, CPU time)`)
console.log('48 eksctl examples; anchor: one validation of the same files, the cheaper of A and B, same run\n')
console.log('in one process (engine, warm):')
const best = new Map<string, number>()
const bestWall = new Map<string, number>()
for (let i = 0; i < runs; i++) {
  for (const r of releases) {
    const t = await cpuOf(validate(r))
    best.set(r, Math.min(best.get(r) ?? Infinity, t.cpu))
    bestWall.set(r, Math.min(bestWall.get(r) ?? Infinity, t.wall))
  }
  for (const [a, b] of pairs) {
    const t = await cpuOf(compare(a, b))
    best.set(`${a}>${b}`, Math.min(best.get(`${a}>${b}`) ?? Infinity, t.cpu))
    bestWall.set(`${a}>${b}`, Math.min(bestWall.get(`${a}>${b}`) ?? Infinity, t.wall))
  }
}
let worst = 0
let worstPair = ''
for (const [a, b] of pairs) {
  const va = best.get(a)!
  const vb = best.get(b)!
  const up = best.get(`${a}>${b}`)!
  const anchor = Math.min(va, vb)
  const ratio = up / anchor
  if (ratio > worst) [worst, worstPair] = [ratio, `${a} → ${b}`]
  const wallRatio = bestWall.get(`${a}>${b}`)! / Math.min(bestWall.get(a)!, bestWall.get(b)!)
  console.log(
    `  ${`${a} → ${b}`.padEnd(18)} validate A ${va.toFixed(1).padStart(5)} ms, B ${vb.toFixed(1).padStart(5)} ms; ` +
      `upgrade ${up.toFixed(1).padStart(5)} ms: ${ratio.toFixed(2)}× (vs B ${(up / vb).toFixed(2)}×; wall ${wallRatio.toFixed(2)}×)`
  )
}
console.log(
  `  → worst ${worst.toFixed(2)}× one validation (${worstPair}); goal ≤ ${GOAL}×: ` +
    `${worst <= GOAL ? 'goal met' : 'GOAL MISSED'} (machine load average ${loadavg()[0]!.toFixed(1)})\n`
)

if (withCli) {
  const runProcess = (args: string[]): number => {
    const start = process.hrtime.bigint()
    try {
      execFileSync(process.execPath, [cli, ...args], { cwd: examplesDir, stdio: 'ignore' })
    } catch (error) {
      if ((error as { status?: number }).status !== 1) throw error
    }
    return Number(process.hrtime.bigint() - start) / 1e6
  }
  console.log('as CLI processes (wall time, best of N; process start, store load and output included):')
  const cliPairs = pairs.slice(0, 2)
  const cliBest = new Map<string, number>()
  const cliRuns: Array<[string, string[]]> = [
    ...[...new Set(cliPairs.flat())].map((r): [string, string[]] => [
      r,
      ['validate', '*.yaml', '--eksctl-version', r, '--format', 'json']
    ]),
    ...cliPairs.map(([a, b]): [string, string[]] => [
      `${a}>${b}`,
      ['upgrade', '--from', a, '--to', b, '*.yaml', '--format', 'json']
    ])
  ]
  for (const [, args] of cliRuns) runProcess(args)
  for (let i = 0; i < Math.max(3, Math.ceil(runs / 2)); i++)
    for (const [k, args] of cliRuns) cliBest.set(k, Math.min(cliBest.get(k) ?? Infinity, runProcess(args)))
  let worstCli = 0
  for (const [a, b] of cliPairs) {
    const anchor = Math.min(cliBest.get(a)!, cliBest.get(b)!)
    const ours = cliBest.get(`${a}>${b}`)!
    worstCli = Math.max(worstCli, ours / anchor)
    console.log(
      `  ${`${a} → ${b}`.padEnd(18)} validate ${anchor.toFixed(0).padStart(5)} ms, upgrade ${ours.toFixed(0).padStart(5)} ms: ${(ours / anchor).toFixed(2)}×`
    )
  }
  console.log(
    `  → worst ${worstCli.toFixed(2)}× one validation; goal ≤ ${GOAL}×: ${worstCli <= GOAL ? 'goal met' : 'GOAL MISSED'} ` +
      `(machine load average ${loadavg()[0]!.toFixed(1)})`
  )
}
