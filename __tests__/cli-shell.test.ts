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
    expect(io.out.join('')).toContain('Usage: eksctl-preflight COMMAND [options]')
    expect(io.out.join('')).toContain('validate [files…]')
  })

  it('rejects an unknown command with exit code 2', async () => {
    const io = captureIO()
    expect(await run(['frobnicate'], io)).toBe(2)
    expect(io.err.join('')).toBe('eksctl-preflight: unknown command "frobnicate" (see eksctl-preflight --help)\n')
  })

  it.each([
    [['schema', '--eksctl-version', '0.150.0', '--bogus'], 'schema: unknown option --bogus'],
    [['validate', 'c.yaml', '--colour'], 'validate: unknown option --colour'],
    [['rules', '--group'], 'rules: --group needs a value'],
    [['fields', 'iam', '--format='], 'fields: --format needs a value'],
    [
      ['karpenter', 'analyze', 'x.log', '--fail-on-problems=yes'],
      'karpenter analyze: --fail-on-problems takes no value'
    ],
    [['karpenter', 'collect', 'somewhere'], 'karpenter collect: unexpected argument "somewhere"'],
    [['karpenter', 'inspect'], 'karpenter: unknown subcommand "inspect": collect or analyze']
  ])(
    'every command words option errors alike, in one line with a pointer to --help, and exits 2: %j',
    async (args, message) => {
      const io = captureIO()
      expect(await run(args, io)).toBe(2)
      const command = message.slice(0, message.indexOf(':'))
      expect(io.err.join('')).toBe(`eksctl-preflight ${message} (see eksctl-preflight ${command} --help)\n`)
    }
  )
})
