// The CLI shell: pick the command, hand it the process streams, turn failures into exit code 2. Everything a
// command prints as text passes through terminalSafe here (control characters shown, no line the runner would read
// as a workflow command); machine formats (JSON, SARIF, workflow commands, Markdown) go out as rendered.
import { readFileSync } from 'node:fs'
import pkg from '../package.json' with { type: 'json' }
import { EXIT_USAGE, UsageError, type CliCommand, type CliIO } from './cli/io.js'
import { terminalSafe, wantColour } from './report/terminal.js'

export const VERSION: string = pkg.version

export const HELP = `eksctl-preflight ${VERSION}: validate eksctl ClusterConfig files offline for any
eksctl release; collect and diagnose Karpenter evidence.

Usage: eksctl-preflight COMMAND [options]

Commands:
  validate [files…]        validate ClusterConfigs against an eksctl release
  upgrade --from A --to B  what moving eksctl from A to B changes for [files…]
  schema                   print a release's ClusterConfig JSON Schema
  fields PATH…             the releases in which a field (or field=value) exists
  rules                    list the create-time rules
  karpenter collect        collect Karpenter evidence with kubectl/helm
  karpenter analyze FILE…  diagnose Karpenter logs

Options for every command:
  -h, --help      help of the command
  -V, --version   print the version
  --no-color      no colour (also NO_COLOR=1; there is none in a pipe or file)

Exit codes: 0 ok, 1 findings, 2 usage or internal error.
`

const commands: Record<string, () => Promise<CliCommand>> = {
  validate: async () => (await import('./cli/validate.js')).validateCommand,
  upgrade: async () => (await import('./cli/upgrade.js')).upgradeCommand,
  schema: async () => (await import('./cli/schema.js')).schemaCommand,
  fields: async () => (await import('./cli/schema.js')).fieldsCommand,
  rules: async () => (await import('./cli/rules.js')).rulesCommand,
  karpenter: async () => (await import('./cli/karpenter.js')).karpenterCommand
}

function processIO(): CliIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => readFileSync(0, 'utf8'),
    stdinStream: () => process.stdin,
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true
  }
}

// `eksctl-preflight … | head` closes stdout early: that is the reader's choice, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

/** `--no-color` may stand anywhere before `--`; it is taken out before the command parses its options. */
function takeGlobalFlags(argv: string[]): { args: string[]; noColor: boolean } {
  const end = argv.indexOf('--')
  const head = end === -1 ? argv : argv.slice(0, end)
  const tail = end === -1 ? [] : argv.slice(end)
  const noColor = head.includes('--no-color')
  return { args: [...head.filter((a) => a !== '--no-color'), ...tail], noColor }
}

export async function run(argv: string[], io: CliIO = processIO()): Promise<number> {
  const { args, noColor } = takeGlobalFlags(argv)
  const colour = wantColour({ noColorFlag: noColor, env: io.env, isTTY: io.isTTY === true })
  const safe: CliIO = {
    ...io,
    colour,
    stdout: (text) => io.stdout(terminalSafe(text, colour)),
    stderr: (text) => io.stderr(terminalSafe(text)),
    stdoutData: io.stdoutData ?? io.stdout
  }
  const [name, ...rest] = args
  if (name === '--version' || name === '-V') {
    safe.stdout(`eksctl-preflight ${VERSION}\n`)
    return 0
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    safe.stdout(HELP)
    return 0
  }
  if (name === undefined) {
    safe.stderr(HELP)
    return EXIT_USAGE
  }
  const load = commands[name]
  if (!load) {
    safe.stderr(`eksctl-preflight: unknown command "${name}" (see eksctl-preflight --help)\n`)
    return EXIT_USAGE
  }
  if (rest.includes('--version') || rest.includes('-V')) {
    safe.stdout(`eksctl-preflight ${VERSION}\n`)
    return 0
  }
  const command = name === 'karpenter' && ['collect', 'analyze'].includes(rest[0] ?? '') ? `${name} ${rest[0]}` : name
  try {
    return await (
      await load()
    )(rest, safe)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    safe.stderr(
      error instanceof UsageError
        ? `eksctl-preflight ${command}: ${message}\n`
        : `eksctl-preflight ${command}: internal error: ${message}\n`
    )
    return EXIT_USAGE
  }
}
