// `eksctl-preflight karpenter collect|analyze`: picks the subcommand.
import { seeHelp } from './args.js'
import { EXIT_OK, UsageError, type CliCommand } from './io.js'
import { karpenterCollectCommand } from './karpenter-collect.js'
import { karpenterAnalyzeCommand } from './karpenter-analyze.js'

export const KARPENTER_HELP = `Usage: eksctl-preflight karpenter collect|analyze [options]

  collect --out DIR   collect Karpenter logs, events and objects from the
                      cluster with kubectl (and helm), secrets masked
  analyze FILE…|-     diagnose Karpenter logs: launches, problems with their
                      fixes, disruptions

Run eksctl-preflight karpenter collect --help (or analyze --help) for options.
`

export const karpenterCommand: CliCommand = async (args, io) => {
  const [sub, ...rest] = args
  if (sub === 'collect') return karpenterCollectCommand(rest, io)
  if (sub === 'analyze') return karpenterAnalyzeCommand(rest, io)
  if (sub === '--help' || sub === '-h' || sub === 'help') {
    io.stdout(KARPENTER_HELP)
    return EXIT_OK
  }
  throw new UsageError(
    `${sub === undefined ? 'expected a subcommand' : `unknown subcommand "${sub}"`}: collect or analyze${seeHelp('karpenter')}`
  )
}
