// The CLI shell: pick the command, hand it the process streams, turn failures into exit code 2.
import { readFileSync } from 'node:fs'
import { EXIT_USAGE, UsageError, type CliCommand, type CliIO } from './cli/io.js'

const HELP = `eksctl-preflight: validate eksctl ClusterConfig files offline, for any eksctl release

Usage:
  eksctl-preflight validate [files…] [--eksctl-version V] [--format text|json|sarif|github] [--fail-on error|warning|never]
  eksctl-preflight upgrade --from A --to B [files…]    what moving eksctl from A to B changes (per file, or a changelog)
  eksctl-preflight schema --eksctl-version V          print the ClusterConfig JSON Schema of a release
  eksctl-preflight fields PATH…                        when a field (or field=value) exists across releases
  eksctl-preflight rules [--format text|json]          the create-time rules: ids, groups, releases
  eksctl-preflight karpenter collect --out DIR        collect Karpenter evidence with kubectl/helm
  eksctl-preflight karpenter analyze FILE…|-          diagnose Karpenter logs

Run a command with --help for its options. Exit codes: 0 ok, 1 findings, 2 usage or internal error.
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
    env: process.env
  }
}

// `eksctl-preflight … | head` closes stdout early: that is the reader's choice, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

export async function run(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(HELP)
    return name === undefined ? EXIT_USAGE : 0
  }
  const load = commands[name]
  if (!load) {
    io.stderr(`eksctl-preflight: unknown command "${name}"\n\n${HELP}`)
    return EXIT_USAGE
  }
  try {
    return await (
      await load()
    )(rest, io)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    io.stderr(
      error instanceof UsageError
        ? `eksctl-preflight ${name}: ${message}\n`
        : `eksctl-preflight ${name}: internal error: ${message}\n`
    )
    return EXIT_USAGE
  }
}
