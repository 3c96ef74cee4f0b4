// A parsed ClusterConfig document: the data eksctl would see, plus the way back from a value to its
// place in the source text. Produced by the config loader; read by validation, rules and reports.
import type { SourceRange } from '../report/finding.js'
import type { Expansion } from './envsubst.js'
import type { LineIndex } from './positions.js'
import type { IndexEntry } from './yaml.js'

export interface ConfigDocument {
  /** Path as shown to the user (workspace-relative, `/` separators; `-` for stdin). */
  path: string
  /**
   * The source text as the user wrote it (before envsubst expansion). Every position (`locate`, findings) is a
   * line/column in this text, so excerpts printed from it line up with the file in the repository.
   */
  text: string
  /** The text that was parsed: `text` after envsubst expansion (identical to `text` without envsubst). */
  expandedText: string
  /** The first YAML document as eksctl's loader sees it: YAML 1.1 scalars, aliases and merge keys resolved. */
  data: unknown
  /**
   * Source range of the node at a JSON-pointer instance path (`/nodeGroups/0/taints`, `~1` for `/` in keys).
   * part 'key' gives the map key of that entry (for unknown fields), 'value' (default) the value.
   * A path that does not exist resolves to its nearest existing ancestor. Values reached through an alias
   * point into the anchored node; the aliased value itself (`*name`) points at the alias token.
   */
  locate(instancePath: string, part?: 'key' | 'value'): SourceRange
  /** Whether an instance path exists in the document (as written, after alias and merge resolution). */
  has(instancePath: string): boolean
  /** Instance paths whose scalar value contains an unexpanded `${VAR}` placeholder (type/enum checks skip them). */
  placeholderPaths: ReadonlySet<string>
}

export function createDocument(init: {
  path: string
  expansion: Expansion
  lines: LineIndex
  data: unknown
  index: Map<string, IndexEntry>
  placeholderPaths: ReadonlySet<string>
}): ConfigDocument {
  const { expansion, lines, index } = init
  const whole = lines.fileStart()
  return {
    path: init.path,
    text: expansion.original,
    expandedText: expansion.expanded,
    data: init.data,
    placeholderPaths: init.placeholderPaths,
    has: (instancePath) => index.has(instancePath),
    locate(instancePath, part = 'value') {
      let p = instancePath
      let entry = index.get(p)
      while (!entry && p !== '') {
        const cut = p.lastIndexOf('/')
        p = cut <= 0 ? '' : p.slice(0, cut)
        entry = index.get(p)
      }
      if (!entry) return { ...whole }
      // Asking for the key of an entry that does exist: its key token; for a missing child, the ancestor's key
      // (when the ancestor is a map entry) is the best anchor for "unknown/missing field" messages too.
      const r = part === 'key' && entry.key ? entry.key : entry.value
      const start = expansion.toOriginal(r[0], 'start')
      const end = expansion.toOriginal(r[1], 'end')
      return lines.range(start, end)
    }
  }
}
