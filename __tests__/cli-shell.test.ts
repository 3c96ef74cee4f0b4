import { describe, expect, it } from 'vitest'
import { run } from '../src/cli.js'
import type { CliIO } from '../src/cli/io.js'

function captureIO(): CliIO & { out: string[]; err: string[] } {
  const out: string[] = []
  const err: string[] = []
  return {
    out,
    err,
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readStdin: async () => '',
    stdinStream: async function* () {},
    cwd: process.cwd(),
    env: {}
  }
}

describe('cli shell', () => {
  it('prints help and exits 0 on --help', async () => {
    const io = captureIO()
    expect(await run(['--help'], io)).toBe(0)
    expect(io.out.join('')).toContain('eksctl-preflight validate')
  })

  it('rejects an unknown command with exit code 2', async () => {
    const io = captureIO()
    expect(await run(['frobnicate'], io)).toBe(2)
    expect(io.err.join('')).toContain('unknown command "frobnicate"')
  })
})
