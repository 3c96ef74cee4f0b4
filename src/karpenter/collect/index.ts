// Karpenter evidence collection engine (no @actions/*): used by the action shell, the post step and the CLI.
export {
  collectKarpenterEvidence,
  COLLECT_DEFAULTS,
  CollectUsageError,
  type CollectOptions,
  type CollectResult
} from './collector.js'
export { renderCollectionMarkdown, commandLine, type Manifest, type CallRecord } from './manifest.js'
export { Redactor, marker, totalCount, type RedactionCounts, type RedactionKind } from './redact.js'
export type { KarpenterVersionInfo } from './discovery.js'
export { oneLine } from './one-line.js'
