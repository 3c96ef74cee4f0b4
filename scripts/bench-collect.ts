// Benchmark: the logs phase of a Karpenter collection with 10 pods whose logs calls each take 200 ms more on the
// server, run bounded-parallel (the default N in flight) and serially (N = 1, the anchor measured in the same run).
// Real kubectl against the test API server on 127.0.0.1.
// Usage: npx tsx scripts/bench-collect.ts [--runs 3] [--kubectl-dir DIR]   (DIR holds the kubectl to use; default PATH)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startFakeKubeApi } from '../__tests__/support/fake-kube-api.js'
import { eraCluster } from '../__tests__/support/karpenter-eras.js'
import { COLLECT_DEFAULTS, collectKarpenterEvidence } from '../src/karpenter/collect/index.js'
import { findExecutable } from '../src/karpenter/collect/exec.js'
import { execFileSync } from 'node:child_process'
import type { Manifest } from '../src/karpenter/collect/index.js'

const PODS = 10
const LATENCY_MS = 200
const runsArg = process.argv.indexOf('--runs')
const RUNS = runsArg === -1 ? 3 : Number(process.argv[runsArg + 1])
const dirArg = process.argv.indexOf('--kubectl-dir')
const PATH = dirArg === -1 ? (process.env.PATH ?? '/usr/bin:/bin') : process.argv[dirArg + 1]
const kubectl = findExecutable('kubectl', { PATH })
if (!kubectl) throw new Error('kubectl not found (PATH or --kubectl-dir)')
// Some distributions ship a dispatcher that asks the server its version, then runs a matching kubectl: two
// processes and one more request per call.
const dispatcher = execFileSync(kubectl, ['version', '--client'], { encoding: 'utf8' }).includes('dispatcher')

/** Wall time from the first logs call's start to the last one's end. */
function logsPhaseMs(manifest: Manifest): { ms: number; calls: number } {
  const logs = manifest.calls.filter((c) => c.command.includes('logs'))
  const start = Math.min(...logs.map((c) => c.startMs))
  const end = Math.max(...logs.map((c) => c.startMs + c.durationMs))
  return { ms: end - start, calls: logs.length }
}

const api = await startFakeKubeApi(eraCluster('v1', { podCount: PODS }), { logLatencyMs: LATENCY_MS })
const work = mkdtempSync(join(tmpdir(), 'bench-collect-'))
const kubeconfig = join(work, 'kubeconfig')
writeFileSync(kubeconfig, '')
api.writeKubeconfig(kubeconfig)

async function once(concurrency: number, i: number): Promise<{ logs: number; total: number; calls: number }> {
  const outDir = join(work, `out-${concurrency}-${i}`)
  const result = await collectKarpenterEvidence({
    outDir,
    kubeconfig,
    concurrency,
    analyze: false,
    env: { ...process.env, PATH }
  })
  const phase = logsPhaseMs(result.manifest)
  if (phase.calls !== PODS) throw new Error(`expected ${PODS} logs calls, got ${phase.calls}`)
  rmSync(outDir, { recursive: true, force: true })
  return { logs: phase.ms, total: result.manifest.durationMs, calls: phase.calls }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const parallel: number[] = []
const serial: number[] = []
const totals = { parallel: [] as number[], serial: [] as number[] }
await once(COLLECT_DEFAULTS.concurrency, -1) // warm-up (kubectl binary in the page cache)
for (let i = 0; i < RUNS; i++) {
  const p = await once(COLLECT_DEFAULTS.concurrency, i)
  const s = await once(1, i)
  parallel.push(p.logs)
  serial.push(s.logs)
  totals.parallel.push(p.total)
  totals.serial.push(s.total)
}
await api.close()
rmSync(work, { recursive: true, force: true })

const p = median(parallel)
const s = median(serial)
console.log(`logs phase, ${PODS} pods, +${LATENCY_MS} ms per logs call, median of ${RUNS} runs`)
console.log(
  `kubectl: ${kubectl}${dispatcher ? ' (a version dispatcher: 2 processes and 1 more request per call)' : ''}`
)
console.log(
  `  bounded-parallel (N=${COLLECT_DEFAULTS.concurrency}): ${p} ms   runs: ${parallel.join(', ')}   goal ≤ 1000 ms`
)
console.log(`  serial (N=1, anchor):        ${s} ms   runs: ${serial.join(', ')}   expected ≥ ${PODS * LATENCY_MS} ms`)
console.log(`  speed-up: ${(s / p).toFixed(1)}x`)
console.log(`  whole collection: parallel ${median(totals.parallel)} ms, serial ${median(totals.serial)} ms`)
console.log(p <= 1000 && s >= PODS * LATENCY_MS ? 'GOAL MET' : 'GOAL NOT MET')
