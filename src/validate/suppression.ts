// Inline suppression: `# eksctl-preflight-ignore rule-id[, rule-id]` on the offending line, or alone on the line
// above it. It applies to every finding of a file, whatever produced it: `schema/…`, `config/…`, `yaml/…` and
// `rules/…` ids (a rules id also bare, without `rules/`), a rules group, or an engine group (`schema`, `config`,
// `yaml`). A suppressed finding is kept (suppressed: true) so reports can show it; it never counts.
import type { Finding } from '../report/finding.js'

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
  // Most files have no such comment: one search of the whole text, and lines are split only when it finds one.
  if (!text.includes('eksctl-preflight-ignore')) return out
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

export interface SuppressionNames {
  /** Whether a name in a comment means something (a rule id, a rules group, an engine id or group). */
  isKnown(name: string): boolean
  /** The rules group of a `rules/…` finding's bare id, if any. */
  groupOf(ruleId: string): string | undefined
}

/** The ignore comments of one file. */
export class Suppressions {
  readonly comments: SuppressionComment[]

  constructor(
    text: string | undefined,
    private readonly names: SuppressionNames
  ) {
    this.comments = text === undefined ? [] : parseSuppressions(text)
  }

  /** Whether a comment of this file silences the finding. */
  covers(finding: Pick<Finding, 'ruleId' | 'line'>): boolean {
    if (this.comments.length === 0) return false
    const names = this.namesOf(finding.ruleId)
    return this.comments.some(
      (c) =>
        (c.line === finding.line || (c.standalone && c.line === finding.line - 1)) &&
        c.targets.some((t) => names.includes(t))
    )
  }

  /** Marks the findings a comment silences (suppressed: true); the warnings about the comments themselves stay. */
  apply(findings: readonly Finding[]): void {
    if (this.comments.length === 0) return
    for (const f of findings) if (f.ruleId !== COMMENT_RULE && this.covers(f)) f.suppressed = true
  }

  /** A warning for each comment that names nothing or an unknown rule. */
  commentFindings(file: string): Finding[] {
    const out: Finding[] = []
    for (const c of this.comments) {
      const unknown = c.targets.filter((t) => !this.names.isKnown(t))
      const message =
        c.targets.length === 0
          ? 'eksctl-preflight-ignore needs a rule id, e.g. `# eksctl-preflight-ignore nodegroup-name-unique` or `# eksctl-preflight-ignore schema/unknown-field`'
          : unknown.length > 0
            ? `unknown rule ${unknown.map((u) => JSON.stringify(u)).join(', ')} in eksctl-preflight-ignore: this comment suppresses nothing for it`
            : null
      if (!message) continue
      out.push({
        ruleId: COMMENT_RULE,
        severity: 'warning',
        message,
        instancePath: '',
        file,
        line: c.line,
        column: c.column,
        endLine: c.line,
        endColumn: c.column + 1
      })
    }
    return out
  }

  /** The names a comment may use for a finding: its id, its group, and for rules its bare id. */
  private namesOf(ruleId: string): string[] {
    const slash = ruleId.indexOf('/')
    const prefix = slash === -1 ? ruleId : ruleId.slice(0, slash)
    if (prefix !== 'rules') return [ruleId, prefix]
    const bare = ruleId.slice(slash + 1)
    const group = this.names.groupOf(bare)
    return group === undefined ? [bare] : [bare, group]
  }
}

/** The warning about a comment that names an unknown rule (or none). */
export const COMMENT_RULE = 'rules/suppression-comment'
