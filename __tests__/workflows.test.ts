// The project's GitHub workflows and release tooling: CI runs .ci/run, check-dist, the action on examples/; the
// release workflow builds, checks dist, tests, tags (moving the major tag), writes notes from CHANGELOG.md and
// publishes to npm with provenance; no workflow interpolates event data into a shell script.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { releaseNotes, releasePlan } from '../scripts/release.js'
import { repoRoot } from './support/paths.js'

interface Step {
  uses?: string
  run?: string
  with?: Record<string, unknown>
  if?: string
}
interface Workflow {
  on: unknown
  permissions?: Record<string, string>
  jobs: Record<string, { steps: Step[]; permissions?: Record<string, string> }>
}

const dir = path.join(repoRoot, '.github', 'workflows')
const workflows = Object.fromEntries(
  readdirSync(dir).map((f) => [f, parse(readFileSync(path.join(dir, f), 'utf8')) as Workflow])
)
const steps = (wf: string, job: string): Step[] => workflows[wf]!.jobs[job]!.steps
const runs = (wf: string, job: string): string =>
  steps(wf, job)
    .map((s) => s.run ?? '')
    .join('\n')

describe('workflows', () => {
  it('ci.yml runs .ci/run, checks dist/, and runs the action on examples/', () => {
    expect(runs('ci.yml', 'ci')).toContain('.ci/run')
    expect(runs('ci.yml', 'check-dist')).toContain('node scripts/bundle.mjs --check')
    const action = steps('ci.yml', 'action')
    const own = action.filter((s) => s.uses === './')
    expect(own[0]!.with).toMatchObject({ config: 'examples/*.yaml', rules: 'karpenter' })
    const sarif = action.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!
    expect(sarif.if).toContain("hashFiles('preflight.sarif') != ''")
  })

  it('release.yml builds, checks dist, tests, tags, writes notes and publishes with provenance', () => {
    const wf = workflows['release.yml']!
    expect(wf.jobs.release!.permissions).toMatchObject({ contents: 'write', 'id-token': 'write' })
    const script = runs('release.yml', 'release')
    const order = [
      'scripts/release.ts plan',
      'scripts/release.ts notes',
      'npm run build',
      'git diff --exit-code --stat -- dist/',
      'npm test',
      'git tag "$TAG"',
      'git tag -f "$MAJOR"',
      'gh release create',
      'npm publish --provenance'
    ]
    const at = order.map((needle) => script.indexOf(needle))
    for (const [i, needle] of order.entries()) expect(at[i], needle).toBeGreaterThanOrEqual(0)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
  })

  it('pins the same action versions everywhere, and never puts ${{ }} expressions inside run scripts', () => {
    const versions = new Map<string, string>()
    for (const [name, wf] of Object.entries(workflows))
      for (const job of Object.values(wf.jobs))
        for (const step of job.steps) {
          if (step.uses && step.uses !== './') {
            const [action, ref] = step.uses.split('@') as [string, string]
            const base = action.split('/').slice(0, 2).join('/')
            expect(versions.get(base) ?? ref, `${name}: ${step.uses}`).toBe(ref)
            versions.set(base, ref)
          }
          expect(step.run ?? '', `${name}: expressions go through env`).not.toContain('${{')
        }
    // README's examples use the same versions.
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8')
    for (const m of readme.matchAll(/uses: (actions\/checkout|github\/codeql-action)[^@\s]*@(\S+)/g))
      expect(m[2], m[0]).toBe(versions.get(m[1]!))
  })
})

describe('release tooling (scripts/release.ts)', () => {
  it('plans tags: vX.Y.Z plus the moving major tag; prereleases move nothing and go to npm "next"', () => {
    expect(releasePlan('1.4.2')).toEqual({
      version: '1.4.2',
      tag: 'v1.4.2',
      major: 'v1',
      prerelease: false,
      npmTag: 'latest'
    })
    expect(releasePlan('0.1.0').major).toBe('v0')
    expect(releasePlan('2.0.0-rc.1')).toMatchObject({ tag: 'v2.0.0-rc.1', major: null, npmTag: 'next' })
    expect(() => releasePlan('1.2')).toThrow(/not a semver version/)
  })

  it('takes the notes from the dated CHANGELOG section, and refuses an undated or missing one', () => {
    const changelog =
      '# Changelog\n\n## [Unreleased]\n\n- next\n\n## [1.1.0] - 2026-12-01\n\n### Added\n\n- a\n\n## [1.0.0] - 2026-11-01\n\n- b\n'
    expect(releaseNotes(changelog, '1.1.0')).toBe('### Added\n\n- a')
    expect(releaseNotes(changelog, '1.0.0')).toBe('- b')
    expect(() => releaseNotes(changelog, '1.2.0')).toThrow(/no "## \[1\.2\.0\] - YYYY-MM-DD" section/)
    expect(() => releaseNotes('## [1.2.0]\n\n- c\n', '1.2.0')).toThrow(/has no date/)
  })

  it('the repository CHANGELOG has the Unreleased section a release is cut from', () => {
    const changelog = readFileSync(path.join(repoRoot, 'CHANGELOG.md'), 'utf8')
    expect(changelog).toMatch(/^## \[Unreleased\]$/m)
  })
})
