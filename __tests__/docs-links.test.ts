// The user documentation is split over README.md, CONTRIBUTING.md and docs/*.md: every relative link between them
// must name a file that exists and, with a #fragment, a heading of that file (GitHub's anchor rules).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from './support/paths.js'

const docs = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(path.join(repoRoot, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`)
]

/** GitHub's heading anchor: lower case, punctuation other than `-` and `_` dropped, spaces as `-`. */
function anchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')
}

/** Anchors of a Markdown file's headings outside fenced code (repeated headings get -1, -2 as on GitHub). */
function anchors(text: string): Set<string> {
  const seen = new Map<string, number>()
  const out = new Set<string>()
  let fenced = false
  for (const line of text.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced
    const m = !fenced && /^#{1,6} (.+)$/.exec(line)
    if (!m) continue
    const base = anchor(m[1]!)
    const n = seen.get(base) ?? 0
    seen.set(base, n + 1)
    out.add(n === 0 ? base : `${base}-${n}`)
  }
  return out
}

/** Relative Markdown links `[text](target)` outside fenced code. */
function links(text: string): string[] {
  let fenced = false
  const out: string[] = []
  for (const line of text.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced
    if (fenced) continue
    for (const m of line.matchAll(/\]\(([^)\s]+)\)/g)) if (!/^[a-z]+:/.test(m[1]!)) out.push(m[1]!)
  }
  return out
}

describe('documentation links', () => {
  it('README.md stays short: user documentation, with the reference in docs/', () => {
    const lines = readFileSync(path.join(repoRoot, 'README.md'), 'utf8').split('\n').length
    expect(lines).toBeLessThan(400)
  })

  for (const doc of docs) {
    it(`${doc}: every relative link names an existing file and heading`, () => {
      const text = readFileSync(path.join(repoRoot, doc), 'utf8')
      const found = links(text)
      for (const link of found) {
        const [file, fragment] = link.split('#') as [string, string | undefined]
        const target =
          file === '' ? path.join(repoRoot, doc) : path.resolve(path.dirname(path.join(repoRoot, doc)), file)
        expect(existsSync(target), `${doc} links to ${link}`).toBe(true)
        if (fragment && target.endsWith('.md'))
          expect([...anchors(readFileSync(target, 'utf8'))], `${doc} links to ${link}`).toContain(fragment)
      }
    })
  }
})
