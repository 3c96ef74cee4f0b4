// Shared by the rules tests: load a real file through the config loader, and read fixture annotations.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { loadConfigs } from '../src/config/index.js'
import type { ConfigDocument } from '../src/config/document.js'

import { repoRoot } from './support/paths.js'

export const fixturesDir = path.join(repoRoot, '__tests__/fixtures/rules')

export async function loadDoc(
  file: string,
  options: { envsubst?: boolean; env?: Record<string, string> } = {}
): Promise<ConfigDocument> {
  const dir = path.dirname(file)
  const [loaded] = await loadConfigs({
    patterns: [path.basename(file)],
    workspace: dir,
    cwd: dir,
    envsubst: options.envsubst ?? false,
    env: options.env ?? {}
  })
  if (!loaded?.document) {
    throw new Error(`${file} did not load: ${JSON.stringify(loaded?.findings ?? [])}`)
  }
  return loaded.document
}

/** Lines (1-based) carrying a `# <-` marker: where the fixture expects the finding. */
export function markedLines(file: string): number[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((l, i) => (l.includes('# <-') ? [i + 1] : []))
}

/** `# release: 0.150.0` on the first line of a fixture, else the newest release. */
export function fixtureRelease(file: string): string {
  const m = /^# release: (\S+)/.exec(readFileSync(file, 'utf8'))
  return m ? m[1]! : '0.230.0'
}

/**
 * The longest literal piece of an eksctl Go format string (what a search for the message would use); `{expr}` marks
 * an operand the inventory generator could not resolve.
 */
export function literalFragment(template: string): string {
  return template
    .split(/%(?:\[\d+\])?[a-z]|\{[^{}]*\}/)
    .map((s) => s.trim())
    .sort((a, b) => b.length - a.length)[0]!
}
