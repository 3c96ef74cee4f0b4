// Builds dist/ (npm run build) once for the end-to-end tests that run `node dist/…`, unless it is already newer
// than every source file. A lock folder keeps two test files from building at the same time.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const repoRoot = resolve(import.meta.dirname, '..', '..')

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

function fresh(): boolean {
  const outputs = ['index.js', 'post.js', 'cli.js'].map((f) => join(repoRoot, 'dist', f))
  if (!outputs.every(existsSync)) return false
  const built = Math.min(...outputs.map((f) => statSync(f).mtimeMs))
  return built > newestMtime(join(repoRoot, 'src'))
}

export async function ensureDist(): Promise<void> {
  const lock = join(repoRoot, '.tmp', 'dist-build.lock')
  mkdirSync(join(repoRoot, '.tmp'), { recursive: true })
  for (let waited = 0; ; waited += 100) {
    try {
      mkdirSync(lock)
      break
    } catch {
      if (waited > 120_000) throw new Error(`dist build lock ${lock} held for 2 minutes; remove it`)
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  try {
    if (!fresh()) execFileSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, stdio: 'pipe' })
  } finally {
    rmdirSync(lock)
  }
}
