// Input that is not a Karpenter log never crashes the analyzer: it is counted as unparsed.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyzeEvidence } from '../src/karpenter/analyze/index.js'

const LAUNCH =
  '{"level":"INFO","time":"2024-06-05T19:21:15.059Z","logger":"controller.nodeclaim.lifecycle","message":"launched nodeclaim","commit":"17d6c05","nodeclaim":"cluster-config-dmgn8","provider-id":"aws:///eu-west-2a/i-0241bcb873a590746","instance-type":"t3a.xlarge","zone":"eu-west-2a","capacity-type":"spot"}'

function temp(content: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'analyze-bad-'))
  const file = join(dir, 'input.log')
  writeFileSync(file, content)
  return file
}

describe('bad input', () => {
  it('an empty file is zero lines', async () => {
    const r = await analyzeEvidence({ logFiles: [temp('')] })
    expect(r.lines).toEqual({ total: 0, parsed: 0, unparsed: 0 })
    expect(r.launches).toEqual([])
    expect(r.problems).toEqual([])
    expect(r.karpenterVersion).toBeNull()
  })

  it('a binary file is unparsed lines, and a log line after it still counts', async () => {
    let seed = 7
    const bytes = Buffer.alloc(200_000)
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      bytes[i] = seed >> 16
    }
    const r = await analyzeEvidence({ logFiles: [temp(Buffer.concat([bytes, Buffer.from(`\n${LAUNCH}\n`)]))] })
    expect(r.lines.unparsed).toBeGreaterThan(0)
    expect(r.lines.parsed).toBe(1)
    expect(r.lines.total).toBe(r.lines.parsed + r.lines.unparsed)
    expect(r.launches).toHaveLength(1)
  })

  it('a 1 MB single line is one unparsed line, with a warning; the lines around it are read', async () => {
    const huge = '{"level":"ERROR","message":"' + 'x'.repeat(1024 * 1024) + '"}'
    const r = await analyzeEvidence({ logFiles: [temp(`${LAUNCH}\n${huge}\n${LAUNCH.replace('i-0241', 'i-0999')}\n`)] })
    expect(r.lines).toEqual({ total: 3, parsed: 2, unparsed: 1 })
    expect(r.launches).toHaveLength(2)
    expect(r.warnings.join('\n')).toMatch(/longer than 256 KiB/)
  })

  it('a 1 MB line without a newline at the end of the file', async () => {
    const r = await analyzeEvidence({ logFiles: [temp('y'.repeat(1024 * 1024))] })
    expect(r.lines).toEqual({ total: 1, parsed: 0, unparsed: 1 })
  })

  it('truncated JSON is unparsed', async () => {
    const r = await analyzeEvidence({ logFiles: [temp(`${LAUNCH.slice(0, 120)}\n${LAUNCH.slice(0, 10)}`)] })
    expect(r.lines).toEqual({ total: 2, parsed: 0, unparsed: 2 })
    expect(r.launches).toEqual([])
  })

  it('non-UTF-8 bytes: an invalid byte inside a log line is replaced, a latin1 garbage line is unparsed', async () => {
    const line = Buffer.from(
      '2023-09-05T09:07:24.995Z\tERROR\tcontroller.provisioner\tCould not schedule pod, incompatible with provisioner "d\xe9faut"\t{"commit": "637a642"}\n',
      'latin1'
    )
    const garbage = Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0x0a, 0xff, 0xfe, 0xfd, 0x0a])
    const r = await analyzeEvidence({ logFiles: [temp(Buffer.concat([line, garbage]))] })
    expect(r.lines).toEqual({ total: 3, parsed: 1, unparsed: 2 })
    expect(r.problems[0]!.category).toBe('unschedulable-pod')
    expect(r.problems[0]!.sample).toContain('d\uFFFDfaut')
  })

  it('a UTF-16LE file with a BOM (PowerShell redirection) is decoded', async () => {
    const text = Buffer.from(`\uFEFF${LAUNCH}\r\n`, 'utf16le')
    const r = await analyzeEvidence({ logFiles: [temp(text)] })
    expect(r.lines).toEqual({ total: 1, parsed: 1, unparsed: 0 })
    expect(r.launches[0]!.instanceType).toBe('t3a.xlarge')
  })

  it('an unreadable file rejects with its name', async () => {
    await expect(analyzeEvidence({ logFiles: ['/nonexistent/karpenter.log'] })).rejects.toThrow(
      /nonexistent\/karpenter.log/
    )
  })
})
