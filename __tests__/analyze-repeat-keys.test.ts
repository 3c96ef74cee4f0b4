// An error flood is counted by its repeat key once DECODED_PER_KEY lines of it were decoded: the key holds the
// message, logger, controller, the start of the error with its volatile parts (role sessions, request ids, encoded
// messages, addresses) replaced, and the NodePool / NodeClass / instance type / zone fields. What a user sees: counts
// and first/last times exact, the NodeClaims of the first lines listed, every NodePool listed, wrapped copies kept
// apart from whole lines, one group for unrecognised errors that differ in ids only.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { DECODED_PER_KEY } from '../src/karpenter/analyze/diagnose.js'
import { analyzeEvidence, type KarpenterReport } from '../src/karpenter/analyze/index.js'

const dir = mkdtempSync(join(tmpdir(), 'analyze-repeat-keys-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let files = 0

async function analyzeText(text: string): Promise<KarpenterReport> {
  const file = join(dir, `karpenter-${files++}.log`)
  writeFileSync(file, text)
  return analyzeEvidence({ logFiles: [file] })
}

const time = (i: number): string => new Date(Date.UTC(2025, 2, 1, 8) + i * 1000).toISOString()
const hex = (i: number, width: number): string =>
  ((i * 2654435761) >>> 0).toString(16).padStart(8, '0').repeat(8).slice(0, width)
const requestId = (i: number): string =>
  `${hex(i, 8)}-${hex(i + 1, 4)}-4${hex(i + 2, 3)}-8${hex(i + 3, 3)}-${hex(i + 4, 12)}`
const encoded = (i: number): string => `${hex(i, 16)}Zq-${hex(i + 9, 40)}_x${hex(i + 5, 300)}`

/** A v1 `Reconciler error` of one NodeClaim: ids, session, request id and encoded message differ per line. */
function unauthorized(i: number, pool = 'default'): string {
  return `{"level":"ERROR","time":"${time(i)}","logger":"controller","message":"Reconciler error","commit":"fb4d75f","controller":"nodeclaim.lifecycle","controllerGroup":"karpenter.sh","controllerKind":"NodeClaim","NodeClaim":{"name":"${pool}-${hex(i, 5)}"},"NodePool":{"name":"${pool}"},"namespace":"","name":"${pool}-${hex(i, 5)}","reconcileID":"${requestId(i)}","error":"launching nodeclaim, creating instance, with fleet error(s), UnauthorizedOperation: You are not authorized to perform this operation. User: arn:aws:sts::111122223333:assumed-role/KarpenterControllerRole/${1700000000 + i} is not authorized to perform: ec2:RunInstances with request ${requestId(i + 7)} from 10.0.${i % 250}.${i % 7}:443. Encoded authorization failure message: ${encoded(i)}"}`
}

describe('repeat keys of error floods', () => {
  it('counts every line, keeps first and last time, lists the NodeClaims of the decoded lines and every NodePool', async () => {
    const lines = [
      ...Array.from({ length: 40 }, (_, i) => unauthorized(i)),
      ...Array.from({ length: 15 }, (_, i) => unauthorized(40 + i, 'gpu'))
    ]
    const r = await analyzeText(lines.join('\n') + '\n')
    expect(r.problems).toHaveLength(1)
    const p = r.problems[0]!
    expect(p).toMatchObject({ cause: 'unauthorized', count: 55, firstSeen: time(0), lastSeen: time(54) })
    expect(p.objects.nodePools).toEqual(['default', 'gpu'])
    // The first DECODED_PER_KEY lines of each key are decoded: their NodeClaims fill the list (10 names at most).
    expect(p.objects.nodeClaims).toEqual(Array.from({ length: DECODED_PER_KEY }, (_, i) => `default-${hex(i, 5)}`))
    expect(p.sample).toContain(`"name":"default-${hex(0, 5)}"`)
    expect(p.rootCause).toMatch(/^UnauthorizedOperation: You are not authorized/)
  })

  it('keeps errors that differ in what a rule reads apart (the action, the error code)', async () => {
    const other = (i: number): string =>
      unauthorized(i).replace('ec2:RunInstances', 'iam:PassRole').replace('UnauthorizedOperation', 'AccessDenied')
    const lines = Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? unauthorized(i) : other(i)))
    const r = await analyzeText(lines.join('\n') + '\n')
    const total = r.problems.reduce((n, p) => n + p.count, 0)
    expect(total).toBe(30)
    expect(r.problems.map((p) => p.count).sort()).toEqual([15, 15])
  })

  it('counts wrapped copies apart from whole lines: a whole line after them makes the problem high confidence', async () => {
    const wrap = (line: string): string => line.match(/.{1,100}/g)!.join('\n')
    const lines = [...Array.from({ length: 25 }, (_, i) => wrap(unauthorized(i))), unauthorized(25)]
    const r = await analyzeText(lines.join('\n') + '\n')
    expect(r.problems).toHaveLength(1)
    const p = r.problems[0]!
    expect(p).toMatchObject({ cause: 'unauthorized', count: 26, confidence: 'high', lastSeen: time(25) })
    expect(p.sample).toBe(unauthorized(25))
    const wrappedOnly = await analyzeText(lines.slice(0, 25).join('\n') + '\n')
    expect(wrappedOnly.problems[0]).toMatchObject({ count: 25, confidence: 'low', firstSeen: time(0) })
  })

  it('files unrecognised errors that differ only in ids under one group with the ids shown as …', async () => {
    const line = (i: number): string =>
      `{"level":"ERROR","time":"${time(i)}","logger":"controller","message":"Reconciler error","commit":"fb4d75f","controller":"frobnicator","error":"frobnicating widget, token ${encoded(i).slice(0, 48)} rejected by 10.1.${i}.9"}`
    const r = await analyzeText(Array.from({ length: 30 }, (_, i) => line(i)).join('\n') + '\n')
    expect(r.problems).toHaveLength(1)
    expect(r.problems[0]).toMatchObject({ category: 'other', count: 30 })
    expect(r.problems[0]!.title).toBe('frobnicator: Reconciler error: frobnicating widget, token … rejected by N.N')
  })

  it('decodes every line that reconciles a NodeClass (its name field names the object)', async () => {
    // The first 12 lines name one NodeClass; later lines name others, which only a decode of each line finds.
    const name = (i: number): string => `class-${Math.max(0, i - 11)}`
    const line = (i: number): string =>
      `{"level":"ERROR","time":"${time(i)}","logger":"controller","message":"Reconciler error","commit":"fb4d75f","controller":"nodeclass.status","controllerGroup":"karpenter.k8s.aws","controllerKind":"EC2NodeClass","namespace":"","name":"${name(i)}","reconcileID":"${requestId(i)}","error":"resolving subnets, no subnets found"}`
    const r = await analyzeText(Array.from({ length: 30 }, (_, i) => line(i)).join('\n') + '\n')
    expect(r.problems[0]!.count).toBe(30)
    expect(r.problems[0]!.objects.nodeClasses).toEqual(Array.from({ length: 10 }, (_, i) => `class-${i}`))
  })
})
