// CLI command(s). STUB: filled in by the work that owns this command.
import type { CliCommand } from './io.js'

export const schemaCommand: CliCommand = async () => {
  throw new Error('not implemented: schemaCommand')
}

export const fieldsCommand: CliCommand = async () => {
  throw new Error('not implemented: fieldsCommand')
}
