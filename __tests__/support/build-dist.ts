// vitest globalSetup: bundle dist/ once before any test runs, so end-to-end tests run the code under test
// (node dist/index.js, dist/post.js, dist/cli.js) rather than whatever was last committed.
import { execFileSync } from 'node:child_process'
import { repoRoot } from './paths.js'

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/bundle.mjs'], { cwd: repoRoot, stdio: 'inherit' })
}
