// Option parsing for every command: node:util parseArgs (strict), with its errors turned into UsageError in one
// wording that does not change with the Node version (exit code 2 from src/cli.ts).
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError } from './io.js'

type Config = Omit<ParseArgsConfig, 'args' | 'strict' | 'tokens'>

/** The one line a usage error ends with: where the options are described. */
export function seeHelp(command: string): string {
  return ` (see eksctl-preflight ${command} --help)`
}

/**
 * Parses args with `config.options`; positionals only when `config.allowPositionals`. An unknown option, an option
 * without its value (or with an empty one), a value given to a switch, or an unexpected argument throws UsageError:
 * one line, ending with a pointer to the command's --help (`command`: `validate`, `karpenter collect`).
 */
export function parseCommandArgs<T extends Config>(
  args: string[],
  config: T,
  command: string
): ReturnType<typeof parseArgs<T & { args: string[]; strict: true }>> {
  const suffix = seeHelp(command)
  let parsed
  try {
    parsed = parseArgs({ ...config, args, strict: true as const })
  } catch (error) {
    throw new UsageError(`${usageMessage(error)}${suffix}`)
  }
  for (const [name, value] of Object.entries(parsed.values as Record<string, unknown>)) {
    if (value === '' || (Array.isArray(value) && value.includes(''))) {
      throw new UsageError(`--${name} needs a value${suffix}`)
    }
  }
  return parsed
}

function usageMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  // Node names the culprit in quotes: 'pos', '--name', '--name <value>' or '-n, --name <value>'.
  const quoted = (/'([^']*)'/.exec(message)?.[1] ?? '')
    .replace(/ <value>$/, '')
    .split(', ')
    .pop()!
  switch ((error as { code?: unknown }).code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${quoted}`
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument "${quoted}"`
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return message.includes('does not take') ? `${quoted} takes no value` : `${quoted} needs a value`
    default:
      return message
  }
}
