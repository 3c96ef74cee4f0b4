// Cost grows linearly with input, for every kind of finding (issue 12 point 2: N unknown keys took N² time).
// Each case validates a config with N and then 2N findings of one kind, renders every report format, and asserts
// that doubling N costs at most ~2.5× CPU time (a ratio measured in one run, best of five per size: never an absolute time).
import { rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { afterAll, describe, expect, it } from 'vitest'
import { planAnnotations } from '../src/report/github.js'
import { renderJson } from '../src/report/json.js'
import { renderMarkdown } from '../src/report/markdown.js'
import { renderSarif } from '../src/report/sarif.js'
import { renderText } from '../src/report/text.js'
import { validateFiles } from '../src/validate/index.js'
import { workspace } from './support/run-cli.js'

const HEAD = 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: a\n  region: eu-west-1\n'
const repeat = (n: number, item: (i: number) => string): string => Array.from({ length: n }, (_, i) => item(i)).join('')

/** One kind of finding: a config with n of them, the rule they are reported under, and whether envsubst runs. */
const kinds: {
  name: string
  rule: string
  config: (n: number) => string
  envsubst?: boolean
  /** N for a kind whose findings are too cheap to time at the default N (a few ms: noise, not cost, sets the ratio). */
  n?: number
}[] = [
  {
    name: 'unknown top-level keys',
    rule: 'schema/unknown-field',
    config: (n) => HEAD + repeat(n, (i) => `unknownKey${i}: 1\n`)
  },
  {
    name: 'unknown keys in list items',
    rule: 'schema/unknown-field',
    config: (n) => `${HEAD}nodeGroups:\n${repeat(n, (i) => `  - name: ng${i}\n    bogusField${i}: 1\n`)}`
  },
  {
    name: 'type errors',
    rule: 'schema/type',
    config: (n) => `${HEAD}nodeGroups:\n${repeat(n, (i) => `  - name: ng${i}\n    desiredCapacity: many\n`)}`
  },
  {
    name: 'field names of another case',
    rule: 'schema/field-name-case',
    config: (n) => `${HEAD}nodeGroups:\n${repeat(n, (i) => `  - name: ng${i}\n    desiredcapacity: 1\n`)}`
  },
  {
    name: 'enum errors',
    rule: 'schema/enum-value',
    config: (n) => `${HEAD}nodeGroups:\n${repeat(n, (i) => `  - name: ng${i}\n    amiFamily: Bogus\n`)}`
  },
  {
    name: 'missing required fields',
    rule: 'schema/required',
    config: (n) => `${HEAD}nodeGroups:\n${repeat(n, () => `  - instanceType: m5.large\n`)}`
  },
  {
    name: 'duplicate keys',
    rule: 'yaml/duplicate-key',
    config: (n) => `${HEAD}  tags:\n${repeat(n, (i) => `    k${i}: a\n    k${i}: b\n`)}`
  },
  {
    name: 'rule findings (duplicate nodegroup names, size ranges)',
    rule: 'rules/',
    config: (n) => `${HEAD}nodeGroups:\n${repeat(n, () => `  - name: same\n    minSize: 5\n    maxSize: 1\n`)}`
  },
  {
    name: 'unset variables (envsubst)',
    rule: 'config/unset-variable',
    envsubst: true,
    config: (n) => `${HEAD}  tags:\n${repeat(n, (i) => `    k${i}: \${UNSET_VARIABLE_${i}}\n`)}`
  },
  {
    name: 'unexpanded placeholders',
    rule: 'config/unexpanded-placeholder',
    n: 16000,
    config: (n) => `${HEAD}  tags:\n${repeat(n, (i) => `    k${i}: \${VAR_${i}} $BARE_${i}\n`)}`
  }
]

// Each timed run starts from a collected heap, so garbage left by the previous run (the other size) is not billed
// to this one.
setFlagsFromString('--expose-gc')
const collectGarbage = runInNewContext('gc') as () => void

const ws = workspace()
afterAll(() => rmSync(ws, { recursive: true, force: true }))

async function runOnce(file: string, text: string, envsubst: boolean): Promise<{ ms: number; rules: string[] }> {
  writeFileSync(path.join(ws, file), text)
  collectGarbage()
  // CPU time of this test process (vitest runs each file in its own process): other processes on the machine
  // slow the wall clock of one size but not the work counted here.
  const started = process.cpuUsage()
  const report = await validateFiles({
    patterns: [file],
    workspace: ws,
    cwd: ws,
    eksctlVersion: '0.230.0',
    envsubst,
    env: {}
  })
  renderText(report)
  renderMarkdown(report)
  renderJson(report)
  renderSarif(report)
  planAnnotations(report)
  const used = process.cpuUsage(started)
  const ms = (used.user + used.system) / 1000
  return { ms, rules: report.files.flatMap((f) => f.findings.map((x) => x.ruleId)) }
}

/** N and 2N measured in turn, five rounds, the fastest of each kept (load from other processes hits both alike). */
async function measure(
  config: (n: number) => string,
  n: number,
  envsubst: boolean
): Promise<{ one: number; two: number; rules: string[] }> {
  const small = config(n)
  const large = config(2 * n)
  let one = Infinity
  let two = Infinity
  let rules: string[] = []
  for (let round = 0; round < 5; round++) {
    const a = await runOnce('one.yaml', small, envsubst)
    const b = await runOnce('two.yaml', large, envsubst)
    one = Math.min(one, a.ms)
    two = Math.min(two, b.ms)
    rules = a.rules
  }
  return { one, two, rules }
}

describe('doubling the findings at most ~2.5× the time', () => {
  const N = 2000
  it.each(kinds)(
    '$name',
    // Other processes (the rest of the suite on 2 cores) can slow one size only: a quadratic cost fails every try.
    { timeout: 120_000, retry: 2 },
    async ({ name, rule, config, envsubst, n = N }) => {
      await runOnce('warm.yaml', config(50), envsubst ?? false) // schemas loaded, code warm
      const { one, two, rules } = await measure(config, n, envsubst ?? false)
      const count = rules.filter((r) => r.startsWith(rule)).length
      expect(count, `${name}: findings of ${rule}`).toBeGreaterThan(0)
      const ratio = two / one
      console.log(`${name}: N=${n} ${one.toFixed(0)} ms, 2N ${two.toFixed(0)} ms, ratio ${ratio.toFixed(2)}`)
      expect(ratio).toBeLessThanOrEqual(2.5)
    }
  )
})
