// Which files a request names: globs and paths relative to cwd, `-` for stdin, every file inside the workspace.
import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs'
import path from 'node:path'
import picomatch from 'picomatch'
import { isDynamicPattern } from 'tinyglobby'

/** A problem with the request itself (glob matched nothing, path outside the workspace): exit code 2. */
export class InputError extends Error {
  override name = 'InputError'
}

export const CONFIG_EXTENSIONS = ['.yaml', '.yml', '.json']
/** Folders a glob never descends into. */
export const GLOB_IGNORE_DIRS = ['node_modules', '.git']

/**
 * Bounds of one glob's walk (or one named folder's): entries looked at, folder depth below the glob's base, and
 * wall time. Past any of them the request is refused (InputError) rather than walked on: a workspace that needs
 * more is better named by a narrower glob.
 */
export const WALK_LIMITS = { entries: 200_000, depth: 40, milliseconds: 20_000 }

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
        const { files } = walkGlob(pattern, abs, '**/*', wsReal, pattern)
        if (files.length === 0) throw new InputError(`${pattern}: the folder holds no .yaml, .yml or .json file.`)
        for (const f of files) if (!found.has(f)) found.set(f, pattern)
      } else if (!st.isFile()) {
        throw new InputError(`${pattern}: not a regular file (use - to read stdin).`)
      } else if (!found.has(abs)) found.set(abs, pattern)
      continue
    }
    const scan = picomatch.scan(pattern)
    const { matched, files } = walkGlob(pattern, path.resolve(cwd, scan.base), scan.glob, wsReal, scan.base)
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

function walkError(pattern: string, what: string): InputError {
  return new InputError(`${pattern}: ${what} Name the files with a narrower glob.`)
}

/**
 * The files under `root` whose path relative to it matches `glob` (count), and those of them with a config
 * extension (absolute paths, spelled through root). Symbolic links are followed only where they resolve inside
 * the workspace: each folder's real path is checked before the walk descends into it, a link back to a folder
 * being walked (a cycle) is passed over, and the walk is bounded (WALK_LIMITS).
 */
function walkGlob(
  pattern: string,
  root: string,
  glob: string,
  wsReal: string,
  /** How the root is spelled in the request (names a link in messages). */
  base: string,
  /** The boundary named in messages, and what to do instead. */
  scope = { name: `the workspace ${wsReal}`, hint: '' }
): { matched: number; files: string[] } {
  const st = statOrNull(root)
  if (!st || !st.isDirectory()) return { matched: 0, files: [] }
  const rootReal = realOrNull(root)
  if (rootReal === null) return { matched: 0, files: [] }
  if (!isInside(rootReal, wsReal)) {
    throw new InputError(
      `${pattern}: the folder ${root} resolves to ${rootReal}, which is outside ${scope.name}: ` +
        `refusing to read it${rootReal !== root ? ' (through a symlink)' : ''}.${scope.hint}`
    )
  }
  const isMatch = picomatch(glob, { dot: false })
  // Without `**` a glob reaches a fixed depth: folders below it are not looked at.
  const maxDepth = glob.includes('**') || glob.includes('{') ? Infinity : glob.split('/').length - 1
  const deadline = Date.now() + WALK_LIMITS.milliseconds
  let entries = 0
  const matched: string[] = []
  // Each folder with the real paths of the folders above it (a link to one of them is a cycle).
  const stack: { abs: string; rel: string; depth: number; chain: string[] }[] = [
    { abs: root, rel: '', depth: 0, chain: [rootReal] }
  ]
  while (stack.length) {
    const dir = stack.pop()!
    let list: Dirent[]
    try {
      list = readdirSync(dir.abs, { withFileTypes: true })
    } catch {
      continue // unreadable folder (permissions, vanished): nothing of it is matched
    }
    for (const entry of list) {
      if (++entries > WALK_LIMITS.entries)
        throw walkError(pattern, `the walk passed ${WALK_LIMITS.entries} files and folders without finishing.`)
      if ((entries & 1023) === 0 && Date.now() > deadline)
        throw walkError(pattern, `the walk took longer than ${WALK_LIMITS.milliseconds / 1000} s.`)
      const abs = path.join(dir.abs, entry.name)
      const rel = dir.rel ? `${dir.rel}/${entry.name}` : entry.name
      let isDir = entry.isDirectory()
      let isFile = entry.isFile()
      if (entry.isSymbolicLink()) {
        const target = statOrNull(abs)
        // A dangling link that matches is reported when its file is read (it cannot be resolved).
        isDir = target?.isDirectory() ?? false
        isFile = target ? target.isFile() : true
      }
      if (isFile) {
        if (isMatch(rel)) matched.push(abs)
        continue
      }
      if (!isDir || GLOB_IGNORE_DIRS.includes(entry.name) || dir.depth + 1 > maxDepth) continue
      if (dir.depth + 1 > WALK_LIMITS.depth)
        throw walkError(pattern, `the walk went deeper than ${WALK_LIMITS.depth} folders below ${root}.`)
      let real = path.join(dir.chain[dir.chain.length - 1]!, entry.name)
      if (entry.isSymbolicLink()) {
        const resolved = realOrNull(abs)
        if (resolved === null) continue
        real = resolved
        if (!isInside(real, wsReal)) {
          const shown = base ? `${base.replace(/\/+$/, '')}/${rel}` : rel
          throw new InputError(
            `${pattern}: ${shown} is a symlink to ${real}, which is outside ${scope.name}: refusing to ` +
              `walk into it.${scope.hint}`
          )
        }
        if (dir.chain.includes(real)) continue // a link back up: a cycle
      }
      stack.push({ abs, rel, depth: dir.depth + 1, chain: [...dir.chain, real] })
    }
  }
  matched.sort()
  return { matched: matched.length, files: matched.filter(hasConfigExtension) }
}

/** The boundary of a CLI glob or folder: the folder it starts from. */
function asGivenScope(base: string, pattern: string): { name: string; hint: string } {
  return { name: `${base}, where ${pattern} starts`, hint: ' Name the file itself to read it.' }
}

/** resolveTargets for the CLI (FileScope `as-given`). */
function resolveAsGiven(patterns: string[], cwd: string): Target[] {
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
        const { files } = walkGlob(pattern, abs, '**/*', root, pattern, asGivenScope(abs, pattern))
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
    const scan = picomatch.scan(pattern)
    const base = path.resolve(cwd, scan.base)
    const root = realOrNull(base)
    const { matched, files } =
      root === null
        ? { matched: 0, files: [] }
        : walkGlob(pattern, base, scan.glob, root, scan.base, asGivenScope(base, pattern))
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
