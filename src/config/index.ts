// Config loading: globs → files inside the workspace → first YAML/JSON document with positions.
// CONTRACT STUB: the config-loader work replaces these bodies; the signatures are what other parts use.
import type { ConfigDocument } from './document.js'
import type { Finding } from '../report/finding.js'

export interface LoadOptions {
  /** Globs or paths (relative to cwd); `-` reads stdin. */
  patterns: string[]
  /** Files must resolve (also through symlinks) inside this folder. */
  workspace: string
  cwd: string
  /** Expand ${VAR} from env before parsing. */
  envsubst: boolean
  env: Record<string, string | undefined>
  readStdin?: () => Promise<string>
}

export interface LoadedFile {
  path: string
  kind: 'ClusterConfig' | 'skipped'
  /** null when the file could not be parsed (its findings say why) or was skipped. */
  document: ConfigDocument | null
  /** Syntax errors, duplicate keys, ignored later documents, skip notices, placeholder notices… */
  findings: Finding[]
}

/** A problem with the request itself (glob matched nothing, path outside the workspace): exit code 2. */
export class InputError extends Error {}

export async function loadConfigs(_options: LoadOptions): Promise<LoadedFile[]> {
  throw new Error('not implemented: loadConfigs')
}
