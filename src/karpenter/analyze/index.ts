// Karpenter log diagnosis: launches, disruptions, problems with documented fixes.
// CONTRACT STUB: the log-diagnosis work replaces these bodies; the signatures are what other parts use.

export interface KarpenterReport {
  karpenterVersion: string | null
  lines: { total: number; parsed: number; unparsed: number }
  launches: unknown[]
  problems: unknown[]
  disruptions: unknown[]
}

export interface EvidenceInput {
  /** Log files (plain, or as `kubectl logs` / stern / CRI prefixed). */
  logFiles: string[]
  /** YAML files of Karpenter objects (NodeClaims, NodePools, EC2NodeClasses …) whose status to fold in. */
  objectFiles?: string[]
  /** Version found by collection (chart/image), used when logs do not tell. */
  karpenterVersion?: string | null
}

export async function analyzeEvidence(_input: EvidenceInput): Promise<KarpenterReport> {
  throw new Error('not implemented: analyzeEvidence')
}

export function renderKarpenterMarkdown(_report: KarpenterReport): string {
  throw new Error('not implemented: renderKarpenterMarkdown')
}
