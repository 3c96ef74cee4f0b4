// Inline suppression: `# eksctl-preflight-ignore rule-id[, rule-id]` on the offending line, or alone on the line
// above it. A suppressed finding is kept (suppressed: true) so reports can show it; it never counts.

const MARKER = /(?:^|\s)#\s*eksctl-preflight-ignore\b(.*)$/

export interface SuppressionComment {
  /** 1-based line of the comment. */
  line: number
  column: number
  /** true when the line holds nothing but the comment (it then covers the next line too). */
  standalone: boolean
  /** Rule ids or groups as written (a leading `rules/` removed). */
  targets: string[]
}

export function parseSuppressions(text: string): SuppressionComment[] {
  const out: SuppressionComment[] = []
  text.split(/\r?\n/).forEach((lineText, i) => {
    const m = MARKER.exec(lineText)
    if (!m) return
    const hash = lineText.indexOf('#', m.index)
    const targets = m[1]!
      .split(/[,\s]+/)
      .map((t) => t.trim().replace(/^rules\//, ''))
      .filter((t) => t !== '')
    out.push({ line: i + 1, column: hash + 1, standalone: lineText.slice(0, hash).trim() === '', targets })
  })
  return out
}
