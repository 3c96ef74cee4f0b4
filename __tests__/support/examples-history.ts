// Validates one version of an eksctl example at a release the way eksctl-preflight does (schema of that release,
// then the rules), for the history corpus (__tests__/fixtures/eksctl-examples-history.json).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { loadConfigs } from '../../src/config/index.js'
import { runRules } from '../../src/rules/index.js'
import { evaluateRelease } from '../../src/validate/evaluate.js'
import { repoRoot } from './paths.js'

export interface ExampleVersion {
  path: string
  release: string
  blob: string
  text: string
}

export const historyFile = path.join(repoRoot, '__tests__/fixtures/eksctl-examples-history.json')

export function readHistory(): ExampleVersion[] {
  return JSON.parse(readFileSync(historyFile, 'utf8')) as ExampleVersion[]
}

/** `<example>@<release>`: one corpus item. */
export const itemKey = (v: Pick<ExampleVersion, 'path' | 'release'>): string =>
  `${v.path.replace(/^examples\//, '')}@${v.release}`

/**
 * The errors eksctl-preflight gives for each example version at its first release, as `schema:<keyword>@line` and
 * `rules/<id>@line`, per item key. Every document of the file counts.
 */
export async function errorsOfHistory(versions: readonly ExampleVersion[]): Promise<Map<string, string[]>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'examples-history-'))
  const out = new Map<string, string[]>()
  try {
    for (const [i, v] of versions.entries()) {
      const name = `${i}-${path.basename(v.path)}`
      writeFileSync(path.join(dir, name), v.text)
      const loaded = await loadConfigs({ patterns: [name], workspace: dir, cwd: dir, envsubst: false, env: {} })
      const errors: string[] = []
      for (const file of loaded) {
        for (const f of file.findings ?? []) if (f.severity === 'error') errors.push(`load:${f.ruleId}@${f.line}`)
        const doc = file.document
        if (!doc) continue
        for (const e of evaluateRelease(doc.data, v.release, { skipValueChecksAt: doc.placeholderPaths })) {
          const at = doc.locate(e.instancePath, 'value')
          errors.push(
            `schema:${e.keyword}${e.params.additionalProperty ? `(${e.params.additionalProperty})` : ''}@${at.line}`
          )
        }
        for (const f of runRules(doc, v.release)) {
          if (f.severity === 'error' && !f.suppressed) errors.push(`${f.ruleId}@${f.line}`)
        }
      }
      out.set(itemKey(v), errors)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return out
}
