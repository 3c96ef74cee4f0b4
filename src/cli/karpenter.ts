// CLI command(s). STUB: filled in by the work that owns this command.
import type { CliCommand } from './io.js'

export const karpenterCommand: CliCommand = async () => {
  throw new Error('not implemented: karpenterCommand')
}
