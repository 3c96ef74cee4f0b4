// vitest globalSetup: bundle dist/ once before any test runs, so end-to-end tests run the code under test
// (node dist/index.js, dist/post.js, dist/cli.js) rather than whatever was last committed.
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { dirname, resolve } from 'node:path'

export default function setup(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
  execFileSync(process.execPath, ['scripts/bundle.mjs'], { cwd: root, stdio: 'inherit' })
}
