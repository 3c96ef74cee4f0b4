// Where tests find the project and the shared material. dist/ is built once per run by build-dist.ts
// (vitest globalSetup), so end-to-end tests just run node dist/….
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

export const repoRoot = resolve(import.meta.dirname, '..', '..')
/**
 * ../shared beside the checkout: present in CI and on developers' machines, absent in a user's fresh clone.
 * SHARED_DIR points elsewhere (a git worktree that does not sit beside ../shared).
 */
export const sharedDir = process.env.SHARED_DIR ? resolve(process.env.SHARED_DIR) : resolve(repoRoot, '../shared')
export const hasShared = existsSync(sharedDir)
