// What the release workflow (.github/workflows/release.yml) needs to know, checked before anything is built:
//   npx tsx scripts/release.ts plan    the version from package.json → tag, major tag, npm dist-tag; fails unless
//                                      CHANGELOG.md has a dated section for it and the tag does not exist yet;
//                                      with GITHUB_OUTPUT set, writes version, tag, major, prerelease, npm-tag there
//   npx tsx scripts/release.ts notes   the CHANGELOG.md section of that version (the GitHub release notes)
import { execFileSync } from 'node:child_process'
import { appendFileSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import semver from 'semver'

export interface ReleasePlan {
  version: string
  /** The tag the release gets: `v1.2.3`. */
  tag: string
  /** The moving major tag users pin to (`v1`), or null for a prerelease (it never moves for one). */
  major: string | null
  prerelease: boolean
  /** npm dist-tag: `latest`, or `next` for a prerelease. */
  npmTag: string
}

export function releasePlan(version: string): ReleasePlan {
  const v = semver.valid(version)
  if (!v || v !== version) throw new Error(`package.json version "${version}" is not a semver version such as 1.2.3`)
  const prerelease = semver.prerelease(v) !== null
  return {
    version: v,
    tag: `v${v}`,
    major: prerelease ? null : `v${semver.major(v)}`,
    prerelease,
    npmTag: prerelease ? 'next' : 'latest'
  }
}

/**
 * The body of CHANGELOG.md's `## [X.Y.Z] - YYYY-MM-DD` section (up to the next `## `), trimmed. Throws when the
 * section is missing, undated, or empty: a release without notes is a mistake.
 */
export function releaseNotes(changelog: string, version: string): string {
  const lines = changelog.split(/\r?\n/)
  const escaped = version.replace(/[.+]/g, (c) => `\\${c}`)
  const heading = new RegExp(`^## \\[${escaped}\\](?:\\s*[-–]\\s*(\\d{4}-\\d{2}-\\d{2}))?\\s*$`)
  const start = lines.findIndex((l) => heading.test(l))
  if (start < 0)
    throw new Error(
      `CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" section: rename "## [Unreleased]" to it before releasing`
    )
  if (!heading.exec(lines[start]!)![1]) throw new Error(`CHANGELOG.md's section for ${version} has no date`)
  const end = lines.findIndex((l, i) => i > start && /^## /.test(l))
  const body = lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim()
  if (!body) throw new Error(`CHANGELOG.md's section for ${version} is empty`)
  return body
}

function tagExists(tag: string, cwd: string): boolean {
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}`], { cwd, stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (isMain) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }
  const changelog = readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8')
  try {
    const plan = releasePlan(pkg.version)
    const notes = releaseNotes(changelog, plan.version)
    const command = process.argv[2]
    if (command === 'notes') {
      process.stdout.write(notes + '\n')
    } else if (command === 'plan') {
      if (tagExists(plan.tag, root)) throw new Error(`tag ${plan.tag} exists already: bump the version first`)
      const out = [
        `version=${plan.version}`,
        `tag=${plan.tag}`,
        `major=${plan.major ?? ''}`,
        `prerelease=${plan.prerelease}`,
        `npm-tag=${plan.npmTag}`
      ]
      console.log(out.join('\n'))
      if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, out.join('\n') + '\n')
    } else {
      throw new Error('usage: npx tsx scripts/release.ts plan|notes')
    }
  } catch (error) {
    console.error(`release: ${(error as Error).message}`)
    process.exit(1)
  }
}
