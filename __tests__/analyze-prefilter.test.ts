// The catalog's prefilter (src/karpenter/analyze/prefilter.ts) only decides which patterns run: every answer, and
// every whole report, must be the same as running every pattern in order. Checked on the literals it reads from
// pattern shapes, on every inventory entry, on every fixture line and on texts built from the patterns' own words,
// and as whole reports of all fixture logs plus error-dense shapes (wrapped JSON, pasted errors, panics, stack traces).
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  causeKey,
  classifyInventoryEntry,
  isNoise,
  isNoiseEveryPattern,
  matchRule,
  matchEntry,
  matchRuleEveryPattern,
  NOISE,
  RULES,
  useCauseKeys,
  usePrefilter
} from '../src/karpenter/analyze/catalog.js'
import { analyzeSources } from '../src/karpenter/analyze/index.js'
import { requiredLiterals } from '../src/karpenter/analyze/prefilter.js'
import type { Inventory } from '../scripts/build-karpenter-inventory.js'

const LOGS = resolve(import.meta.dirname, 'fixtures/karpenter-logs')
const fixtureFiles = readdirSync(LOGS)
  .filter((f) => f.endsWith('.log'))
  .sort()
const fixtureLines = fixtureFiles.flatMap((f) => readFileSync(resolve(LOGS, f), 'utf8').split('\n'))
const inventory = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../src/karpenter/analyze/data/inventory.json'), 'utf8')
) as Inventory

afterEach(() => {
  usePrefilter(true)
  useCauseKeys(true)
})

function sameAnswers(text: string): void {
  for (const logger of ['', 'webhook', 'controller.aws']) {
    expect(matchRule(text, logger)?.id ?? null, text).toBe(matchRuleEveryPattern(text, logger)?.id ?? null)
  }
  expect(isNoise(text), text).toBe(isNoiseEveryPattern(text))
}

/** A small deterministic generator (the same texts every run). */
function rng(seed: number): () => number {
  let x = seed
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0
    return x / 2 ** 32
  }
}

describe('requiredLiterals', () => {
  it('takes the longest required run of each top-level alternative, lower-cased', () => {
    expect(requiredLiterals(/AccessDenied|not authorized to perform/)).toEqual([
      'accessdenied',
      'not authorized to perform'
    ])
    // Optional and repeated characters, groups, classes and escapes end a run.
    expect(requiredLiterals(/insufficient capacity?|no (?:spot )?offerings left/)).toEqual([
      'insufficient capacit',
      'offerings left'
    ])
    expect(requiredLiterals(/lookup sts\.[\w.-]+ on [^:]+:\d+: timeout/)).toEqual(['lookup sts.'])
    expect(requiredLiterals(/InstanceProfile(?!Ready)x/)).toEqual(['instanceprofile'])
    expect(requiredLiterals(/abc{2}defg/)).toEqual(['defg'])
    expect(requiredLiterals(/\bUnsupported(?::|$)/m)).toEqual(['unsupported'])
  })

  it('gives up (the pattern always runs) where an alternative has no run of four characters', () => {
    expect(requiredLiterals(/./)).toBeNull()
    expect(requiredLiterals(/abc|defgh/)).toBeNull()
    expect(requiredLiterals(/[Cc]luster[ -]?[Nn]ame/)).toEqual(['luster'])
    expect(requiredLiterals(/[Cc]lu[Ss]ter/)).toBeNull()
    expect(requiredLiterals(/caf\u00e9 latte/u)).toBeNull()
    expect(requiredLiterals(/abcd{x}/)).toBeNull() // a literal brace: not read, so always run
  })

  it('names a literal for nearly every catalog pattern', () => {
    const without = [...NOISE, ...RULES.map((r) => r.pattern)].filter((re) => requiredLiterals(re) === null)
    expect(without.map((re) => re.source)).toEqual(['.'])
  })
})

describe('the prefilter gives the answers of every pattern in order', () => {
  it('on every inventory entry, as classified and as raw text', () => {
    for (const [kind, level, text] of inventory.entries) {
      usePrefilter(true)
      const fast = classifyInventoryEntry(kind, level, text)
      usePrefilter(false)
      const every = classifyInventoryEntry(kind, level, text)
      expect(fast, text).toEqual(every)
      usePrefilter(true)
      sameAnswers(text)
    }
  })

  it('on every fixture line, its upper- and lower-cased copies and its pieces', () => {
    for (const line of fixtureLines) {
      sameAnswers(line)
      sameAnswers(line.toUpperCase())
      sameAnswers(line.toLowerCase())
      for (let k = 1; k < line.length; k += 37) sameAnswers(line.slice(k, k + 60))
    }
  })

  it('on texts made of the patterns’ own words, cut and cased at random', () => {
    const words = [...NOISE, ...RULES.map((r) => r.pattern)].flatMap((re) => re.source.split(/[|()?:[\]\\^$*+{}]+/))
    const rand = rng(7)
    const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!
    for (let n = 0; n < 5000; n++) {
      let text = ''
      const parts = 1 + Math.floor(rand() * 5)
      for (let p = 0; p < parts; p++) {
        let w = pick(words)
        const r = rand()
        if (r < 0.2) w = w.toUpperCase()
        else if (r < 0.4) w = w.slice(Math.floor(rand() * w.length))
        else if (r < 0.5) w = w.slice(0, Math.floor(rand() * w.length))
        text += w + pick(['', ' ', '\n', ': ', '"', 'é', '\u212a', '\u017f', 'x'])
      }
      sameAnswers(text)
    }
  })
})

async function* once(b: Buffer): AsyncGenerator<Buffer> {
  yield b
}

/** Error-dense shapes in our own words and ids: long JSON, a hard-wrapped entry, a pasted error, panics. */
function errorDense(): string {
  const lines: string[] = []
  const t = (i: number): string => new Date(Date.UTC(2025, 2, 1) + i * 1000).toISOString()
  for (let i = 0; i < 300; i++) {
    const json = `{"level":"ERROR","time":"${t(i)}","logger":"controller","message":"Reconciler error","commit":"a1b2c3d","controller":"nodeclaim.lifecycle","controllerKind":"NodeClaim","NodeClaim":{"name":"pool-${i}"},"name":"pool-${i}","error":"launching nodeclaim, creating instance, with fleet error(s), UnauthorizedOperation: You are not authorized to perform this operation. User: arn:aws:sts::111122223333:assumed-role/example/${i} is not authorized. Encoded authorization failure message: ${'Zq9'.repeat(400 + i)}","aws-error-code":"UnfulfillableCapacity"}`
    lines.push(i % 3 === 0 ? json.match(/.{1,120}/g)!.join('\n') : json)
    if (i % 10 === 0) {
      lines.push(
        `launching nodeclaim, creating instance, insufficient capacity, with fleet error(s), InsufficientInstanceCapacity: no m7g.large capacity in eu-west-1${'abc'[i % 3]}.`
      )
    }
    if (i % 50 === 0) {
      lines.push(
        'panic: validating options, missing field, cluster-name',
        '',
        'goroutine 1 [running]:',
        'sigs.k8s.io/karpenter/pkg/operator.NewOperator()',
        '\tsigs.k8s.io/karpenter@v1.6.3/pkg/operator/operator.go:120 +0x1a5'
      )
    }
    if (i % 40 === 0) {
      lines.push(
        `${t(i)}\tERROR\tcontroller\tReconciler error\t{"commit": "74bf29c", "controller": "machine.lifecycle", "error": "launching machine, with fleet error(s), AuthFailure.ServiceLinkedRoleCreationNotPermitted: no role ${i}"}`,
        `${t(i)}        ERROR   webhook http: TLS handshake error from 10.0.0.${i % 250}:36266: EOF`,
        `        {"commit": "637a642"}`
      )
    }
  }
  return lines.join('\n') + '\n'
}

/** The JSON reports of every fixture log and of the error-dense shapes, one thread, one per line. */
async function allReports(): Promise<string> {
  const inputs = [...fixtureFiles.map((f) => readFileSync(resolve(LOGS, f))), Buffer.from(errorDense())]
  const out: string[] = []
  for (const input of inputs) {
    out.push(JSON.stringify(await analyzeSources([{ name: 'x', stream: once(input) }], [], null, { worker: 'off' })))
  }
  return out.join('\n')
}

/** allReports() with a switch off, then on. */
async function reportsOffAndOn(use: (on: boolean) => void): Promise<[string, string]> {
  use(false)
  const off = await allReports()
  use(true)
  return [off, await allReports()]
}

describe('whole reports with and without the prefilter', () => {
  it('are identical on every fixture log and on error-dense shapes', async () => {
    const [every, fast] = await reportsOffAndOn(usePrefilter)
    expect(fast).toBe(every)
    expect(fast).toContain('"cause":"unauthorized"')
    expect(fast).toContain('"cause":"settings-cluster-name"')
  })
})

// The cause of an error text is remembered under causeKey(text): the text with its volatile parts (long ids, encoded
// messages, addresses) replaced. That is exact when no rule reads those parts, i.e. when a text and its key file the
// same cause: then any two texts with one key file the same cause too.
function sameCause(text: string): void {
  const key = causeKey(text)
  for (const logger of ['', 'webhook', 'controller.aws']) {
    for (const codes of ['', 'UnfulfillableCapacity', 'UnauthorizedOperation']) {
      expect(matchEntry(key, codes, logger, null)?.id ?? null, text).toBe(
        matchEntry(text, codes, logger, null)?.id ?? null
      )
    }
  }
  expect(isNoise(key), text).toBe(isNoise(text))
}

/** Volatile values of each kind causeKey replaces, put where a format verb stands. */
const VOLATILE_VALUES = [
  'AbCdEf0123456789_-AbCdEf0123456789_-AbCdEf',
  '6f1c2b9e-1d2a-4c3b-9e8f-0a1b2c3d4e5f',
  '10.0.23.6:36266',
  '111122223333'
]

describe('cause keys: a text files the cause of its key', () => {
  it('replaces what differs between repeats of one error, and nothing a rule reads', () => {
    const a = causeKey(
      'User: arn:aws:sts::111122223333:assumed-role/Role/1700000001 is not authorized. Encoded authorization failure message: Zq9Zq9Zq9Zq9Zq9Zq9Zq9Zq9Zq9Zq9Zq9Zq9Zq9Zq9 from 10.0.0.1:443'
    )
    const b = causeKey(
      'User: arn:aws:sts::444455556666:assumed-role/Role/other-session is not authorized. Encoded authorization failure message: Pp0Pp0Pp0Pp0Pp0Pp0Pp0Pp0Pp0Pp0Pp0Pp0Pp0Pp0Pp0 from 10.9.8.7:8443'
    )
    expect(a).toBe(b)
    expect(causeKey('User data is limited to 16384 bytes')).toBe('User data is limited to 16384 bytes')
    expect(causeKey('status code: 403, request id: abc')).toBe('status code: 403, request id: abc')
    expect(causeKey('TLS handshake error from 10.0.23.6:36266: EOF; dial 172.16.0.10: refused, v1.2.3')).toBe(
      'TLS handshake error from 10.0.0.1:1: EOF; dial 10.0.0.1: refused, v1.2.3'
    )
    expect(causeKey('request id: 6f1c2b9e-1d2a-4c3b-9e8f-0a1b2c3d4e5f, account 111122223333')).toBe(
      'request id: Volatile0Token0Of0Thirty0Two0Chars, account 100000'
    )
    expect(causeKey('karpenter-controller-service-account-long-name')).toBe(
      'karpenter-controller-service-account-long-name'
    )
    expect(causeKey('InsufficientInstanceCapacity: no m7g.large capacity in eu-west-1a')).toBe(
      'InsufficientInstanceCapacity: no m7g.large capacity in eu-west-1a'
    )
  })

  it('on every inventory entry, as written and with volatile values in place of its format verbs', () => {
    for (const [, , text] of inventory.entries) {
      sameCause(text)
      for (const value of VOLATILE_VALUES) sameCause(text.replace(/%[-+# 0-9.]*[a-zA-Z]/g, ` ${value} `))
    }
  })

  it('on every fixture line', () => {
    for (const line of fixtureLines) sameCause(line)
  })

  it('whole reports with and without cause keys are identical on every fixture log and on error-dense shapes', async () => {
    const [each, keyed] = await reportsOffAndOn(useCauseKeys)
    expect(keyed).toBe(each)
    expect(keyed).toContain('"cause":"unauthorized"')
  })
})
