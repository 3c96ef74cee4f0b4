// Benchmark (not a test): cold start of the schema store as the CLI meets it.
//
//   npx tsx scripts/bench-schema-store.ts [--runs 7] [--version 0.230.0]
//
// Each run is a fresh Node process running the esbuild bundle of a tiny program that (a) loads the store, gets one
// release's schema and compiles it with Ajv, and (b) as the anchor, compiles eksctl's raw newest schema with Ajv
// (strict off, $schema removed). Prints the medians, their ratio, and the time of compatibleReleases() for one
// config over all releases (warm, median of many calls). Goal: (a) ≤ 150 ms.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'

const args = process.argv.slice(2)
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1]! : fallback
}
const runs = Number(arg('--runs', '7'))
const version = arg('--version', '0.230.0')
const repo = resolve(import.meta.dirname, '..')
const rawNewest = resolve(repo, '../shared/eksctl-schemas/schemas/0.230.0.json')
const dir = mkdtempSync(join(tmpdir(), 'bench-schema-store-'))

const program = `
import { performance } from 'node:perf_hooks'
import { readFileSync } from 'node:fs'
const mode = process.argv[2]
const t0 = performance.now()
if (mode === 'store') {
  const { schemaForRelease, createSchemaAjv } = await import(${JSON.stringify(join(repo, 'src/schemas/index.ts'))})
  createSchemaAjv().compile(schemaForRelease(${JSON.stringify(version)}))
} else if (mode === 'raw') {
  const { Ajv } = await import('ajv')
  const schema = JSON.parse(readFileSync(process.argv[3], 'utf8'))
  delete schema.$schema
  new Ajv({ strict: false, allErrors: true }).compile(schema)
} else {
  const { compatibleReleases } = await import(${JSON.stringify(join(repo, 'src/validate/evaluate.ts'))})
  const doc = {
    apiVersion: 'eksctl.io/v1alpha5', kind: 'ClusterConfig',
    metadata: { name: 'karpenter-demo', region: 'eu-west-1', version: '1.31', tags: { karpenter.sh/discovery: 'karpenter-demo' } },
    iam: { withOIDC: true, podIdentityAssociations: [{ namespace: 'karpenter', serviceAccountName: 'karpenter', roleName: 'r', permissionPolicyARNs: ['arn:aws:iam::000000000000:policy/p'] }] },
    iamIdentityMappings: [{ arn: 'arn:aws:iam::000000000000:role/n', username: 'system:node:{{EC2PrivateDNSName}}', groups: ['system:bootstrappers', 'system:nodes'] }],
    managedNodeGroups: [{ name: 'system', instanceType: 'm5.large', amiFamily: 'AmazonLinux2023', desiredCapacity: 2, minSize: 1, maxSize: 10, labels: { role: 'system' }, taints: [{ key: 'CriticalAddonsOnly', value: 'true', effect: 'NoSchedule' }] }],
    addons: [{ name: 'eks-pod-identity-agent' }, { name: 'vpc-cni', version: 'latest' }]
  }
  compatibleReleases(doc)
  const times = []
  for (let i = 0; i < 50; i++) { const s = performance.now(); compatibleReleases(doc); times.push(performance.now() - s) }
  times.sort((a, b) => a - b)
  console.log(JSON.stringify({ first: performance.now() - t0, median: times[25] }))
  process.exit(0)
}
console.log(JSON.stringify({ ms: performance.now() - t0 }))
`.replace('karpenter.sh/discovery:', "'karpenter.sh/discovery':")

async function main() {
  if (!existsSync(rawNewest)) {
    console.error(`${rawNewest} not found: the anchor needs ../shared/eksctl-schemas`)
    process.exit(2)
  }
  writeFileSync(join(dir, 'bench.ts'), program)
  await build({
    entryPoints: [join(dir, 'bench.ts')],
    outfile: join(dir, 'bench.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    nodePaths: [join(repo, 'node_modules')],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" }
  })
  const timeOf = (mode: string, ...rest: string[]) => {
    const start = performance.now()
    const out = JSON.parse(
      execFileSync(process.execPath, [join(dir, 'bench.mjs'), mode, ...rest], { encoding: 'utf8' })
    )
    return { inProcess: out.ms as number, wall: performance.now() - start }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
  const store: number[] = []
  const storeWall: number[] = []
  const raw: number[] = []
  const rawWall: number[] = []
  for (let i = 0; i < runs; i++) {
    const s = timeOf('store')
    store.push(s.inProcess)
    storeWall.push(s.wall)
    const r = timeOf('raw', rawNewest)
    raw.push(r.inProcess)
    rawWall.push(r.wall)
  }
  const ms = (x: number) => `${x.toFixed(1)} ms`
  console.log(
    `cold, ${runs} fresh processes each (import + work, measured inside the process; process wall time in brackets)`
  )
  console.log(
    `  store: load + schemaForRelease(${version}) + Ajv compile  median ${ms(median(store))} (${ms(median(storeWall))})`
  )
  console.log(
    `  anchor: Ajv compile of eksctl's raw 0.230.0 schema          median ${ms(median(raw))} (${ms(median(rawWall))})`
  )
  console.log(`  ratio store/anchor: ${(median(store) / median(raw)).toFixed(2)}  (goal: store ≤ 150 ms)`)
  const c = JSON.parse(execFileSync(process.execPath, [join(dir, 'bench.mjs'), 'compat'], { encoding: 'utf8' }))
  console.log(
    `compatibleReleases(one Karpenter-style config) over all releases: first call incl. store load ${ms(c.first)}, ` +
      `then median ${ms(c.median)} (goal ≤ 20 ms)`
  )
  rmSync(dir, { recursive: true, force: true })
}

await main()
