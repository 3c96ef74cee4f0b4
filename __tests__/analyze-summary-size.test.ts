// The Karpenter Markdown goes into a step summary, which GitHub drops above 1 MiB. Its size is bounded by design:
// crash and unrecognised-error groups are capped (the rest fold into one "further" group), samples are cut, tables
// have at most 50 rows. A log with thousands of distinct crashes, long lines and many launches stays well under.
import { describe, expect, it } from 'vitest'
import { runCli, workspace } from './support/run-cli.js'

/** 0 → 'aaa', 1 → 'aab', …: distinct words that no number normalisation folds together. */
const word = (i: number): string => [676, 26, 1].map((d) => String.fromCharCode(97 + (Math.floor(i / d) % 26))).join('')

const STACK = ['', 'goroutine 1 [running]:', 'main.main()', '\t/go/src/karpenter/cmd/controller/main.go:42 +0x1c5']

describe('Karpenter Markdown size', () => {
  it('4,000 distinct 3,000-character panics: 26 crash problems at most, the Markdown well under 1 MiB', () => {
    const log: string[] = []
    for (let i = 0; i < 4000; i++)
      log.push(`panic: assignment to entry in nil map of ${word(i)}controller ${'x'.repeat(3000)}`, ...STACK)
    const dir = workspace({ 'crash.log': log.join('\n') + '\n' })
    const json = runCli(dir, ['karpenter', 'analyze', 'crash.log', '--format', 'json'])
    expect(json.code).toBe(0)
    const problems = (JSON.parse(json.stdout) as { problems: { title: string; count: number }[] }).problems
    expect(problems.length).toBeLessThanOrEqual(26)
    expect(problems.reduce((n, p) => n + p.count, 0)).toBe(4000)
    expect(problems.filter((p) => /^Further controller crashes/.test(p.title))).toHaveLength(1)

    const md = runCli(dir, ['karpenter', 'analyze', 'crash.log', '--format', 'markdown'])
    expect(md.code).toBe(0)
    expect(Buffer.byteLength(md.stdout)).toBeLessThan(256 * 1024)
  })
})
