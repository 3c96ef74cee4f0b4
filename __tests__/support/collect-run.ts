// For running the real CLI (`node dist/cli.js karpenter collect`, see run-cli.ts) with real kubectl against the fake
// API server: its environment, temp folders, and reading the folder it writes.
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import type { Manifest } from '../../src/karpenter/collect/index.js'

export const KUBECTL_DIR = '/usr/bin'

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

/** Environment for the CLI: PATH holds only the given folders (the stand-ins' and kubectl's), HOME is private. */
export function cliEnv(pathDirs: string[], home: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { PATH: pathDirs.join(':'), HOME: home, LANG: 'C.UTF-8', ...extra }
}

/** Every file under dir, as folder-relative paths with forward slashes. */
export function listFiles(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name)
      if (entry.isDirectory()) walk(path)
      else out.push(relative(dir, path).split('\\').join('/'))
    }
  }
  walk(dir)
  return out.sort()
}

export function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest
}

export function fileSize(dir: string, rel: string): number {
  return statSync(join(dir, rel)).size
}
