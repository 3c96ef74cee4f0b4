// A parsed ClusterConfig document: the data eksctl would see, plus the way back from a value to its
// place in the source text. Produced by the config loader; read by validation, rules and reports.
import type { SourceRange } from '../report/finding.js'

export interface ConfigDocument {
  /** Path as shown to the user (workspace-relative, `/` separators; `-` for stdin). */
  path: string
  /** The source text (after envsubst expansion, when that was asked for). */
  text: string
  /** The first YAML document as eksctl's loader sees it: YAML 1.1 scalars, aliases and merge keys resolved. */
  data: unknown
  /**
   * Source range of the node at a JSON-pointer instance path (`/nodeGroups/0/taints`, `~1` for `/` in keys).
   * part 'key' gives the map key of that entry (for unknown fields), 'value' (default) the value.
   * A path that does not exist resolves to its nearest existing ancestor.
   */
  locate(instancePath: string, part?: 'key' | 'value'): SourceRange
  /** Instance paths whose scalar value is an unexpanded `${VAR}` placeholder (type/enum checks skip them). */
  placeholderPaths: ReadonlySet<string>
}
