// `eksctl-preflight karpenter collect|analyze`: picks the subcommand.
import { UsageError, type CliCommand } from './io.js'
import { karpenterCollectCommand } from './karpenter-collect.js'
import { karpenterAnalyzeCommand } from './karpenter-analyze.js'

export const karpenterCommand: CliCommand = async (args, io) => {
  const [sub, ...rest] = args
  if (sub === 'collect') return karpenterCollectCommand(rest, io)
  if (sub === 'analyze') return karpenterAnalyzeCommand(rest, io)
  throw new UsageError('expected a subcommand: karpenter collect --out DIR, or karpenter analyze FILE…|-')
}
