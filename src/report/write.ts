// Writing report files whole or not at all, and only where they are meant to land.
import { existsSync, mkdirSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Writes a temporary sibling and renames it into place, so a reader never sees half a report. The temporary file is
 * created new (a link left under its name is removed, not followed); the rename replaces a link at `file` itself.
 */
export function writeFileAtomic(file: string, content: string): void {
  mkdirSync(path.dirname(file), { recursive: true })
  const tmp = `${file}.${process.pid}.tmp`
  rmSync(tmp, { force: true })
  writeFileSync(tmp, content, { flag: 'wx' })
  renameSync(tmp, file)
}

/**
 * Whether `file` would be written inside `root` once links are followed: the real path of its nearest existing
 * folder (the folders below it do not exist yet and are created as plain folders) is inside root's real path. A
 * lexical check alone lets `reports -> /elsewhere` carry the file out.
 */
export function realPathInside(root: string, file: string): boolean {
  const realRoot = realpathSync(root)
  let folder = path.dirname(path.resolve(root, file))
  while (!existsSync(folder)) {
    const up = path.dirname(folder)
    if (up === folder) return false
    folder = up
  }
  const relative = path.relative(realRoot, realpathSync(folder))
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}
