// Large files are parsed in a worker thread while the main thread decodes and diagnoses (pipeline.ts). The report
// must be the same as a one-thread run, byte for byte: every fixture era, log-tool prefixes, Docker json-file
// records, multi-line entries, bad bytes, and more distinct problem keys than the repeat-key set holds.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const repoRoot = resolve(import.meta.dirname, '..')
const cli = join(repoRoot, 'dist', 'cli.js')
const logs = join(repoRoot, '__tests__/fixtures/karpenter-logs')

function analyze(mode: 'on' | 'off', files: string[]): string {
  const r = spawnSync(process.execPath, [cli, 'karpenter', 'analyze', ...files, '--format', 'json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, EKSCTL_PREFLIGHT_ANALYZE_WORKER: mode }
  })
  expect(r.stderr).toBe('')
  expect(r.status).toBe(0)
  return r.stdout
}

let dir = ''
let mixed = ''
let second = ''
let tail = ''

beforeAll(() => {
  execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'ignore' })
  dir = mkdtempSync(join(tmpdir(), 'analyze-pipeline-'))
  const fixtures = readdirSync(logs)
    .filter((f) => f.endsWith('.log'))
    .sort()
    .map((f) => readFileSync(join(logs, f)))
  const t = (i: number): string => new Date(Date.UTC(2024, 5, 5) + i * 1000).toISOString()
  const extra: string[] = []
  // An error flood whose lines differ in volatile parts only (role session, request id, encoded message), whole and
  // hard-wrapped: counted by its steady repeat key after the first lines of each kind.
  const volatile = (i: number): string =>
    `{"level":"ERROR","time":"${t(i)}","logger":"controller","message":"Reconciler error","commit":"652e6aa","controller":"nodeclaim.lifecycle","NodeClaim":{"name":"c-${i}"},"reconcileID":"${(i * 7919).toString(16).padStart(8, '0')}-1d2a-4c3b-9e8f-0a1b2c3d4e5f","error":"launching nodeclaim, UnauthorizedOperation: User: arn:aws:sts::111122223333:assumed-role/Role/${1700000000 + i} is not authorized. Encoded authorization failure message: ${'Zq9'.repeat(20)}${i}"}`
  for (let i = 0; i < 13; i++) extra.push(volatile(i), ...volatile(100 + i).match(/.{1,90}/g)!)
  // 6000 distinct WARN+ keys (more than the 5000 the repeat set holds), then repeats of early ones.
  for (let i = 0; i < 6000; i++) {
    extra.push(
      `{"level":"ERROR","time":"${t(i)}","logger":"controller","message":"Reconciler error","commit":"652e6aa","controller":"nodeclaim.lifecycle","error":"launching nodeclaim, UnauthorizedOperation: You are not authorized. Encoded authorization failure message: ${i.toString(16)}"}`
    )
    if (i % 7 === 0) {
      extra.push(
        `{"level":"ERROR","time":"${t(i)}","logger":"controller.provisioner","message":"Could not schedule pod, incompatible with nodepool \\"default\\"","commit":"17d6c05","pod":"apps/web-${i}"}`
      )
    }
  }
  for (let i = 0; i < 300; i++) {
    extra.push(
      `{"level":"ERROR","time":"${t(9000 + i)}","logger":"controller","message":"Reconciler error","commit":"652e6aa","controller":"nodeclaim.lifecycle","error":"launching nodeclaim, UnauthorizedOperation: You are not authorized. Encoded authorization failure message: ${(i * 17).toString(16)}"}`
    )
  }
  // Docker json-file records, one with a repeat key (level + message inside a nested object).
  extra.push(
    `{"log":"{\\"level\\":\\"INFO\\",\\"time\\":\\"${t(1)}\\",\\"logger\\":\\"controller\\",\\"message\\":\\"launched nodeclaim\\",\\"NodeClaim\\":{\\"name\\":\\"d-1\\"},\\"provider-id\\":\\"aws:///us-east-1a/i-0d0c0e0f\\",\\"instance-type\\":\\"m5.large\\",\\"zone\\":\\"us-east-1a\\",\\"capacity-type\\":\\"spot\\"}\\n","stream":"stderr","time":"${t(1)}"}`,
    `{"level":"ERROR","log":"x","nested":{"message":"Reconciler error"}}`,
    `{"level":"ERROR","log":"x","nested":{"message":"Reconciler error"}}`,
    `{"level":"ERROR","time":"${t(3)}","message":"truncated json, "}`
  )
  const body = Buffer.concat([...fixtures, Buffer.from(extra.join('\n') + '\n'), ...fixtures])
  mixed = join(dir, 'mixed.log')
  writeFileSync(mixed, body)
  // Four lines of one key per file: the key's count carries over until it is counted by key in the third file.
  tail = join(dir, 'tail.log')
  writeFileSync(tail, Array.from({ length: 4 }, (_, i) => volatile(500 + i).replace('Role/', 'OtherRole/')).join('\n'))
  second = join(dir, 'second.log')
  writeFileSync(second, Buffer.concat([Buffer.from(extra.slice(0, 2000).join('\n')), Buffer.from([0xff, 0xfe, 0x0a])]))
}, 120_000)

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('karpenter analyze with the parser in a worker thread', () => {
  it('gives the same report as one thread on every era, prefix and edge case', () => {
    const one = analyze('off', [mixed])
    const two = analyze('on', [mixed])
    expect(two).toBe(one)
    const report = JSON.parse(one)
    expect(report.launches.length).toBeGreaterThanOrEqual(5)
    expect(report.problems.length).toBeGreaterThan(5)
  })

  it('gives the same report across several files (repeat keys carry over from file to file)', () => {
    expect(analyze('on', [mixed, second, mixed])).toBe(analyze('off', [mixed, second, mixed]))
  })

  it('gives the same report when a repeat key is counted partly in one file and by key in a later one', () => {
    const files = [mixed, tail, tail, tail, second]
    const one = analyze('off', files)
    expect(analyze('on', files)).toBe(one)
    const unauthorized = (json: string): number =>
      (JSON.parse(json) as { problems: { cause: string; count: number }[] }).problems.find(
        (p) => p.cause === 'unauthorized'
      )!.count
    expect(unauthorized(one)).toBe(unauthorized(analyze('off', [mixed, second])) + 12)
  })

  it('gives the same report for all fixtures given as separate files', () => {
    const files = readdirSync(logs)
      .filter((f) => f.endsWith('.log'))
      .sort()
      .map((f) => join(logs, f))
    expect(analyze('on', files)).toBe(analyze('off', files))
  })
})
