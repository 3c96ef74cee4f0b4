// One root cause, one finding: what validation drops when another finding already explains it.
import type { ConfigDocument } from '../config/document.js'
import type { Finding } from '../report/finding.js'

function escapeSegment(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1')
}

/** Loader findings whose variable was replaced by '' (unset, or refused as a runner/credential variable). */
const EMPTYING_RULES = new Set(['config/unset-variable', 'config/refused-variable'])
const PLACEHOLDER_TOKEN = /\$(?:\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z_][A-Za-z0-9_]*)/g

/** Whether a path is related to one of a set (equal, inside, or holding one): by its ancestors, not by a scan. */
function relatedTest(paths: ReadonlySet<string>): (path: string) => boolean {
  const holders = new Set<string>()
  for (const p of paths)
    for (let i = p.lastIndexOf('/'); i > 0; i = p.lastIndexOf('/', i - 1)) holders.add(p.slice(0, i))
  return (path) => {
    if (paths.has(path) || holders.has(path)) return true
    for (let i = path.lastIndexOf('/'); i > 0; i = path.lastIndexOf('/', i - 1))
      if (paths.has(path.slice(0, i))) return true
    return false
  }
}

/**
 * With envsubst, an unset variable empties its value (`name: ${CLUSTER_NAME}` becomes `name:`). The loader reports
 * the variable; the instance paths it emptied are found here (an empty or null value on the line of the variable),
 * so that type checks and rules do not report the same thing again as "must be a string" or "must be set".
 */
export function pathsEmptiedByUnsetVariables(doc: ConfigDocument, loaderFindings: readonly Finding[]): Set<string> {
  const unset = loaderFindings.filter((f) => EMPTYING_RULES.has(f.ruleId))
  const out = new Set<string>()
  if (!unset.length) return out
  // The loader reports each variable once, at its first use: find every line that uses it.
  const textLines = doc.text.split(/\r?\n/)
  const tokens = new Set<string>()
  for (const f of unset) {
    if (f.line !== f.endLine) continue
    const token = textLines[f.line - 1]?.slice(f.column - 1, f.endColumn - 1)
    if (token) tokens.add(token)
  }
  const lines = new Set(unset.map((f) => f.line))
  // Each line's placeholders looked up in the set (not every token searched in every line: N × N).
  textLines.forEach((text, i) => {
    if (!text.includes('$')) return
    for (const m of text.matchAll(PLACEHOLDER_TOKEN)) if (tokens.has(m[0])) lines.add(i + 1)
  })
  const walk = (value: unknown, path: string): void => {
    if (value === null || value === '') {
      if (path && lines.has(doc.locate(path, 'key').line)) out.add(path)
      return
    }
    if (typeof value !== 'object') return
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) walk(v, `${path}/${escapeSegment(k)}`)
  }
  walk(doc.data, '')
  return out
}

/**
 * Drops the findings a root cause explains twice:
 * - a rules finding about the same value a schema finding reports (`amiFamily` not supported by this release,
 *   `metadata` missing), or about the object whose misspelt required field the schema reports (`nam:` → `name`);
 * - schema and rules findings about a value emptied by an unset variable (the loader reports the variable).
 */
export function dropCascades(
  schemaFindings: readonly Finding[],
  ruleFindings: readonly Finding[],
  emptied: ReadonlySet<string>,
  foldedTypos: ReadonlySet<Finding>
): Finding[] {
  const explained = new Set<string>()
  for (const f of schemaFindings) {
    if (f.severity !== 'error') continue
    explained.add(f.instancePath)
    if (foldedTypos.has(f)) explained.add(f.instancePath.slice(0, f.instancePath.lastIndexOf('/')))
  }
  const related = relatedTest(emptied)
  const byEmptied = (f: Finding): boolean => emptied.size > 0 && f.instancePath !== '' && related(f.instancePath)
  const kept = schemaFindings.filter((f) => !byEmptied(f))
  for (const f of ruleFindings) {
    if (f.severity === 'error' && explained.has(f.instancePath)) continue
    if (byEmptied(f)) continue
    kept.push(f)
  }
  return kept
}
