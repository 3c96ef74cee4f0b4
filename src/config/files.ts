// Which files a request names: globs and paths relative to cwd, `-` for stdin, every file inside the workspace.
import { realpathSync, statSync, type Stats } from 'node:fs'
import path from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'

/** A problem with the request itself (glob matched nothing, path outside the workspace): exit code 2. */
export class InputError extends Error {
  override name = 'InputError'
}

export const CONFIG_EXTENSIONS = ['.yaml', '.yml', '.json']
/** Folders a glob never descends into. */
export const GLOB_IGNORE = ['**/node_modules/**', '**/.git/**']

/**
 * The patterns of a multi-line input (the action's `config`): one per line, trimmed; blank lines and lines
 * starting with `#` are dropped.
 */
export function parsePatternList(input: string): string[] {
  return input
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
}

/**
 * Which files a request may read, and how their paths are shown.
 * - `workspace` (the action, and the CLI with --workspace): every file must resolve, also through symlinks, inside
 *   the workspace; paths are shown relative to it.
 * - `as-given` (the CLI): a file named on the command line is read wherever it is and shown as it was typed; the
 *   files a glob or a folder finds must resolve inside the folder the glob starts from (its part before the first
 *   wildcard) or inside that folder, so a symlink cannot carry the walk elsewhere; they are shown relative to the
 *   current directory (absolute for an absolute pattern).
 */
export type FileScope = 'workspace' | 'as-given'

export interface Target {
  /** Path shown to the user: workspace-relative with `/` separators (or as given, see FileScope); `-` for stdin. */
  display: string
  /** Absolute path as named (null for stdin). */
  abs: string | null
}

function hasConfigExtension(p: string): boolean {
  return CONFIG_EXTENSIONS.includes(path.extname(p).toLowerCase())
}

/**
 * path.relative(parent, child) for absolute, normalised paths. A child spelled under its parent (the common case:
 * every file of a run is in the workspace) is cut off without path.relative, which resolves both paths again.
 */
function relative(parent: string, child: string): string {
  const prefix = parent.endsWith(path.sep) ? parent : parent + path.sep
  if (child.startsWith(prefix) && !child.includes(`${path.sep}..`)) return child.slice(prefix.length)
  return path.relative(parent, child)
}

function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

function toDisplay(abs: string, workspace: string): string {
  const rel = relative(workspace, abs)
  return (path.sep === '/' ? rel : rel.split(path.sep).join('/')) || '.'
}

function statOrNull(p: string): Stats | null {
  try {
    return statSync(p)
  } catch {
    return null
  }
}

/** The folder a glob starts from: its leading path segments that hold no wildcard. */
export function globBase(pattern: string, cwd: string): string {
  const segments = pattern.split('/')
  const fixed: string[] = []
  for (const segment of segments.slice(0, -1)) {
    if (isDynamicPattern(segment)) break
    fixed.push(segment)
  }
  const base = fixed.join('/')
  return path.resolve(cwd, base === '' && pattern.startsWith('/') ? '/' : base)
}

function shownAsGiven(abs: string, pattern: string, cwd: string): string {
  const shown = path.isAbsolute(pattern) ? abs : path.relative(cwd, abs)
  return path.sep === '/' ? shown : shown.split(path.sep).join('/')
}

function realOrNull(p: string): string | null {
  try {
    return realpathSync.native(p)
  } catch {
    return null
  }
}

export async function resolveTargets(
  patterns: string[],
  cwd: string,
  workspace: string,
  scope: FileScope = 'workspace'
): Promise<Target[]> {
  if (scope === 'as-given') return resolveAsGiven(patterns, cwd)
  const wsAbs = path.resolve(workspace)
  let wsReal: string
  try {
    wsReal = realpathSync.native(wsAbs)
  } catch {
    throw new InputError(`The workspace folder ${wsAbs} does not exist.`)
  }
  const list = patterns.map((p) => p.trim()).filter((p) => p !== '')
  if (list.length === 0)
    throw new InputError('No config files given: name one or more files or globs (or - for stdin).')

  const found = new Map<string, string>() // abs → the pattern that named it
  let stdin = false
  for (const pattern of list) {
    if (pattern === '-') {
      stdin = true
      continue
    }
    if (!isDynamicPattern(pattern)) {
      const abs = path.resolve(cwd, pattern)
      const st = statOrNull(abs)
      if (!st) throw new InputError(`${pattern}: no such file.`)
      if (st.isDirectory()) {
        const { files } = await globConfigs(['**/*'], abs)
        if (files.length === 0) throw new InputError(`${pattern}: the folder holds no .yaml, .yml or .json file.`)
        for (const f of files) if (!found.has(f)) found.set(f, pattern)
      } else if (!st.isFile()) {
        throw new InputError(`${pattern}: not a regular file (use - to read stdin).`)
      } else if (!found.has(abs)) found.set(abs, pattern)
      continue
    }
    const { matched, files } = await globConfigs([pattern], cwd)
    if (files.length === 0) {
      throw new InputError(
        matched === 0
          ? `The glob ${pattern} matched no file (relative to ${cwd}).`
          : `The glob ${pattern} matched ${matched} file(s) but none ending in .yaml, .yml or .json.`
      )
    }
    for (const f of files) if (!found.has(f)) found.set(f, pattern)
  }

  const targets: Target[] = []
  for (const [abs, pattern] of found) {
    let real: string
    try {
      real = realpathSync.native(abs)
    } catch {
      throw new InputError(`${pattern}: ${abs} cannot be resolved (a dangling symlink?).`)
    }
    if (!isInside(real, wsReal)) {
      const shown = isInside(abs, wsAbs) ? toDisplay(abs, wsAbs) : abs
      throw new InputError(
        `${shown} resolves to ${real}, which is outside the workspace ${wsReal}: refusing to read it` +
          (real !== abs ? ' (through a symlink).' : '.')
      )
    }
    targets.push({ abs, display: isInside(abs, wsAbs) ? toDisplay(abs, wsAbs) : toDisplay(real, wsReal) })
  }
  targets.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0))
  // Two names for one file (e.g. `a.yaml` and `./a.yaml`) collapse; different symlinks stay separate entries.
  const unique = targets.filter((t, i) => i === 0 || t.display !== targets[i - 1].display)
  return stdin ? [{ display: '-', abs: null }, ...unique] : unique
}

/** resolveTargets for the CLI (FileScope `as-given`). */
async function resolveAsGiven(patterns: string[], cwd: string): Promise<Target[]> {
  const list = patterns.map((p) => p.trim()).filter((p) => p !== '')
  if (list.length === 0)
    throw new InputError('No config files given: name one or more files or globs (or - for stdin).')
  const found = new Map<string, Target>() // real path → the first name it was given
  let stdin = false
  const add = (abs: string, display: string, root: string | null, pattern: string): void => {
    const real = realOrNull(abs)
    if (real === null) throw new InputError(`${pattern}: ${display} cannot be resolved (a dangling symlink?).`)
    if (root !== null && !isInside(real, root))
      throw new InputError(
        `${display} resolves to ${real}, outside ${root} where ${pattern} starts: refusing to follow the symlink. ` +
          'Name the file itself to read it.'
      )
    if (!found.has(real)) found.set(real, { abs, display })
  }
  for (const pattern of list) {
    if (pattern === '-') {
      stdin = true
      continue
    }
    if (!isDynamicPattern(pattern)) {
      const abs = path.resolve(cwd, pattern)
      const st = statOrNull(abs)
      if (!st) throw new InputError(`${pattern}: no such file.`)
      if (st.isDirectory()) {
        const root = realOrNull(abs)!
        const { files } = await globConfigs(['**/*'], abs)
        if (files.length === 0) throw new InputError(`${pattern}: the folder holds no .yaml, .yml or .json file.`)
        for (const f of files) {
          const rel = path.relative(abs, f)
          add(f, path.join(pattern, rel).split(path.sep).join('/'), root, pattern)
        }
      } else if (!st.isFile()) {
        throw new InputError(`${pattern}: not a regular file (use - to read stdin).`)
      } else add(abs, pattern, null, pattern)
      continue
    }
    const base = globBase(pattern, cwd)
    const root = realOrNull(base)
    const { matched, files } = root === null ? { matched: 0, files: [] } : await globConfigs([pattern], cwd)
    if (files.length === 0) {
      throw new InputError(
        matched === 0
          ? `The glob ${pattern} matched no file (relative to ${cwd}).`
          : `The glob ${pattern} matched ${matched} file(s) but none ending in .yaml, .yml or .json.`
      )
    }
    for (const f of files) add(f, shownAsGiven(f, pattern, cwd), root, pattern)
  }
  const targets = [...found.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0))
  return stdin ? [{ display: '-', abs: null }, ...targets] : targets
}

/** The files a glob matches (count), and those of them with a config extension (absolute paths). */
async function globConfigs(patterns: string[], cwd: string): Promise<{ matched: number; files: string[] }> {
  const all = await glob(patterns, {
    cwd,
    absolute: true,
    onlyFiles: true,
    expandDirectories: false,
    followSymbolicLinks: true,
    ignore: GLOB_IGNORE
  })
  return { matched: all.length, files: all.filter(hasConfigExtension).map((f) => path.resolve(f)) }
}
