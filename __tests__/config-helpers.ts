// Shared helpers for the config loader tests: temporary workspaces with fixture files.
import { cpSync, mkdtempSync, realpathSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { loadConfigs, type LoadOptions, type LoadedFile } from '../src/config/index.js'
import type { SourceRange } from '../src/report/finding.js'

import { repoRoot } from './support/paths.js'

export const fixtures = path.join(repoRoot, '__tests__/fixtures/config')

/** A fresh temporary workspace holding a copy of the config fixtures under `configs/`. */
export function tempWorkspace(): { dir: string; cleanup: () => void } {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'preflight-config-')))
  cpSync(fixtures, path.join(dir, 'configs'), { recursive: true })
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

export function load(workspace: string, patterns: string[], extra: Partial<LoadOptions> = {}): Promise<LoadedFile[]> {
  return loadConfigs({ patterns, workspace, cwd: workspace, envsubst: false, env: {}, ...extra })
}

/** The text a range covers (single-line ranges). */
export function slice(text: string, r: SourceRange): string {
  const line = text.split('\n')[r.line - 1] ?? ''
  return r.endLine === r.line ? line.slice(r.column - 1, r.endColumn - 1) : line.slice(r.column - 1)
}

/** Whether a range lies inside a text: lines exist, columns within the line (or just past its end). */
export function insideText(text: string, r: SourceRange): boolean {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''))
  const ok = (line: number, col: number): boolean =>
    Number.isInteger(line) &&
    Number.isInteger(col) &&
    line >= 1 &&
    line <= lines.length &&
    col >= 1 &&
    col <= lines[line - 1].length + 1
  const ordered = r.endLine > r.line || (r.endLine === r.line && r.endColumn >= r.column)
  return ok(r.line, r.column) && ok(r.endLine, r.endColumn) && ordered
}
