// CLI command. STUB: filled in by the work that owns this command.
import type { CliCommand } from './io.js'

export const karpenterCollectCommand: CliCommand = async () => {
  throw new Error('not implemented: karpenterCollectCommand')
}
