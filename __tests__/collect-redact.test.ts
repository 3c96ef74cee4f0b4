// The redactor on its own: what each rule masks, what it leaves, and that it never lets a planted key through.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Redactor, marker } from '../src/karpenter/collect/redact.js'
import { WorkQueue } from '../src/karpenter/collect/pool.js'

describe('Redactor', () => {
  const r = new Redactor({
    maskedValues: ['s3cr3t-value', 'ab', 'line-one-secret\nline-two-secret'],
    kubeconfigCredentials: ['kc-token-123456']
  })

  it.each([
    ['AKIAQX4ZPLANTED7KEYZ', 'aws-access-key-id'],
    ['ASIAY34FZKBOKMUTVV7A', 'aws-access-key-id'],
    ['aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'aws-secret-access-key'],
    ['"SecretAccessKey":"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"', 'aws-secret-access-key'],
    ['AWS_SESSION_TOKEN=IQoJb3JpZ2luX2VjEPr//////////wEaCXVzLWVhc3QtMSJHMEUCIQ', 'aws-session-token'],
    ['token IQoJb3JpZ2luX2VjEPr//////////wEaCXVzLWVhc3QtMSJHMEUCIQ', 'aws-session-token'],
    ['Authorization: Bearer abcdefgh12345678', 'bearer-token'],
    ['eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln', 'jwt'],
    ['-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----', 'private-key'],
    ['client-key-data: LS0tLS1CRUdJTiBSU0E=', 'kubeconfig-credential'],
    ['value s3cr3t-value here', 'masked-value'],
    ['kc-token-123456', 'kubeconfig-credential']
  ])('masks %s as %s', (text, kind) => {
    const out = r.redact(text)
    expect(out.text).toContain(marker(kind as never))
    expect(out.counts[kind as never]).toBe(1)
  })

  it('keeps the key that identified a value, and the text around it', () => {
    expect(r.redact('Authorization: Bearer abcdefgh12345678 ok').text).toBe(
      'Authorization: Bearer [REDACTED:bearer-token] ok'
    )
  })

  it('masks a multi-line value line by line and ignores values too short to mask', () => {
    const out = r.redact('x line-one-secret y line-two-secret z ab')
    expect(out.text).toBe('x [REDACTED:masked-value] y [REDACTED:masked-value] z ab')
  })

  it('masks account ids in ARNs only when asked', () => {
    const arn = 'arn:aws:iam::123456789012:role/KarpenterNodeRole-demo and 123456789012'
    expect(r.redact(arn).text).toBe(arn)
    const withIds = new Redactor({ redactAccountIds: true }).redact(arn)
    expect(withIds.text).toBe('arn:aws:iam::[REDACTED:aws-account-id]:role/KarpenterNodeRole-demo and 123456789012')
    expect(new Redactor({ redactAccountIds: true }).redact('arn:aws-cn:sqs:cn-north-1:210987654321:q').text).toBe(
      'arn:aws-cn:sqs:cn-north-1:[REDACTED:aws-account-id]:q'
    )
  })

  it('leaves ordinary Karpenter log lines untouched', () => {
    const line =
      '{"level":"INFO","time":"2024-10-04T08:23:23.670Z","logger":"controller","message":"launched nodeclaim","commit":"652e6aa","provider-id":"aws:///eu-west-1c/i-01c5177e8d5d89ca8","instance-type":"c7a.medium"}'
    expect(r.redact(line)).toEqual({ text: line, counts: {} })
  })

  it('never lets an access key id through, whatever surrounds it (property)', () => {
    const keyArb = fc.tuple(fc.constantFrom('AKIA', 'ASIA'), fc.stringMatching(/^[A-Z2-7]{16}$/)).map(([p, s]) => p + s)
    fc.assert(
      fc.property(fc.string(), keyArb, fc.string(), (before, key, after) => {
        const out = new Redactor().redact(`${before} ${key} ${after}`)
        return !out.text.includes(key)
      }),
      { numRuns: 300 }
    )
  })
})

describe('WorkQueue', () => {
  it('runs at most N at once, by priority, and skips what has not started by the deadline', async () => {
    const queue = new WorkQueue<number>({ concurrency: 2, deadline: Date.now() + 50 })
    const gates = new Map<number, () => void>()
    const started: number[] = []
    const task = (n: number) => () =>
      new Promise<number>((resolve) => {
        started.push(n)
        gates.set(n, () => resolve(n))
      })
    const tick = () => new Promise((r) => setTimeout(r, 0))
    const r1 = queue.add(task(1), 5)
    const r2 = queue.add(task(2), 5)
    const r4 = queue.add(task(4), 9)
    const r3 = queue.add(task(3), 1)
    expect(started).toEqual([1, 2])
    gates.get(2)?.()
    await tick()
    expect(started).toEqual([1, 2, 3]) // priority 1 overtakes 4, added earlier
    gates.get(3)?.()
    await tick()
    expect(started).toEqual([1, 2, 3, 4])
    const r6 = queue.add(task(6), 0) // both slots busy: waits, then the deadline passes
    await new Promise((r) => setTimeout(r, 80))
    expect(await r6).toEqual({ status: 'skipped' })
    expect(await queue.add(task(5), 0)).toEqual({ status: 'skipped' })
    gates.get(1)?.()
    gates.get(4)?.()
    await queue.idle()
    expect((await Promise.all([r1, r2, r3, r4])).map((r) => r.status)).toEqual(['done', 'done', 'done', 'done'])
    expect(started).toEqual([1, 2, 3, 4])
  })
})
