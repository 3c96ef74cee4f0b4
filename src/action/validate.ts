// Action shell for validation. STUB: the validate work fills this in.
import type { InstalledEksctl } from './install.js'

export async function runValidateStep(_installed: InstalledEksctl | null): Promise<void> {
  throw new Error('not implemented: runValidateStep')
}
