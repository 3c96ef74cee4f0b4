// Config loading: globs → files inside the workspace → first YAML/JSON document with positions.
// What each finding means (rule ids, severities) is listed in `configRules` and in README section `config`.
import type { ConfigDocument } from './document.js'
import { createDocument } from './document.js'
import { envsubst, noExpansion, type Expansion } from './envsubst.js'
import { InputError, resolveTargets, type FileScope, type Target } from './files.js'
import { LineIndex } from './positions.js'
import { checkConfigText, readConfigFile, type ReadResult } from './read.js'
import { parseYaml, type IndexEntry } from './yaml.js'
import type { Finding, Severity, SourceRange } from '../report/finding.js'

export { InputError, parsePatternList, type FileScope } from './files.js'
export { configRules } from './rules.js'
export { escapePointer, ALIAS_EXPANSION_LIMIT, MAX_DEPTH } from './yaml.js'
export { MAX_CONFIG_BYTES } from './read.js'
export type { ConfigDocument } from './document.js'

export interface LoadOptions {
  /** Globs or paths (relative to cwd); `-` reads stdin. */
  patterns: string[]
  /** Files must resolve (also through symlinks) inside this folder (scope `workspace`, the default). */
  workspace: string
  cwd: string
  /** `as-given` for the CLI: named files are read wherever they are and shown as named (see FileScope). */
  scope?: FileScope
  /** Expand ${VAR} from env before parsing. */
  envsubst: boolean
  env: Record<string, string | undefined>
  readStdin?: () => Promise<string>
}

export interface LoadedFile {
  path: string
  /**
   * 'ClusterConfig' when the file is (or is meant to be: old apiVersion, unreadable, syntax error) an eksctl
   * ClusterConfig; 'skipped' when it is something else (another kind, an empty file, a root that is no mapping).
   */
  kind: 'ClusterConfig' | 'skipped'
  /** null when the file could not be parsed (its findings say why) or was skipped. */
  document: ConfigDocument | null
  /** Syntax errors, duplicate keys, ignored later documents, skip notices, placeholder notices… */
  findings: Finding[]
  /** With envsubst: the variables left empty (unset, or refused as runner/credential variables), by name. */
  variables?: { unset: string[]; refused: string[] }
  /** With envsubst: distinct expanded values that look secret, for the shell to mask before it prints anything. */
  secretValues?: string[]
  /** With envsubst: a message with every expanded value put back as its placeholder (reports never show values). */
  conceal?: (text: string) => string
}

export const CLUSTER_CONFIG_API_VERSION = 'eksctl.io/v1alpha5'

/** `${VAR}` or `$VAR`, as envsubst expands them. */
const PLACEHOLDERS = /\$(?:\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z_][A-Za-z0-9_]*)/g
const PLACEHOLDER_NAMES_SHOWN = 10

/** Fields that hold shell scripts for the nodes: `${x}` there is shell syntax, not a config placeholder. */
const SCRIPT_FIELD = /\/(?:preBootstrapCommands|overrideBootstrapCommand)(?:\/|$)/

export async function loadConfigs(options: LoadOptions): Promise<LoadedFile[]> {
  const out: LoadedFile[] = []
  for await (const file of eachConfig(options)) out.push(file)
  return out
}

/**
 * loadConfigs one file at a time: the files are found (and the patterns checked, InputError) before the first one
 * is read, then each is read and parsed when asked for. A caller that is done with a file before asking for the
 * next (validation) never holds every parsed document at once.
 */
export async function* eachConfig(options: LoadOptions): AsyncGenerator<LoadedFile, void, undefined> {
  const targets = await resolveTargets(options.patterns, options.cwd, options.workspace, options.scope)
  if (targets.some((t) => t.abs === null) && !options.readStdin) {
    throw new InputError('`-` (stdin) is not available here: name files or globs instead.')
  }
  for (const target of targets) yield await loadTarget(target, options)
}

async function loadTarget(target: Target, options: LoadOptions): Promise<LoadedFile> {
  const file = target.display
  let read: ReadResult
  try {
    read = target.abs === null ? checkConfigText(await options.readStdin!()) : readConfigFile(target.abs)
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? String(e)
    return failed(file, 'config/unreadable', `Cannot read the file (${reason}).`, FILE_START)
  }
  if (!read.ok) return failed(file, read.ruleId, read.message, read.range)
  try {
    return loadText(file, read.text, options)
  } catch (e) {
    // A bug of ours must not hide the other files' results, nor print a stack trace.
    const message = `Internal error while reading this file (please report it): ${e instanceof Error ? e.message : String(e)}`
    return failed(file, 'config/internal-error', message, FILE_START)
  }
}

const FILE_START: SourceRange = { line: 1, column: 1, endLine: 1, endColumn: 1 }

function failed(file: string, ruleId: string, message: string, range: SourceRange): LoadedFile {
  return {
    path: file,
    kind: 'ClusterConfig',
    document: null,
    findings: [{ ruleId, severity: 'error', message, instancePath: '', file, ...range }]
  }
}

/** Load one config from its text (exported for tests and for callers that already hold the text). */
export function loadText(file: string, text: string, options: Pick<LoadOptions, 'envsubst' | 'env'>): LoadedFile {
  const expansion = options.envsubst ? envsubst(text, options.env) : noExpansion(text)
  const lines = new LineIndex(text)
  const findings: Finding[] = []
  const at = (start: number, end: number): SourceRange =>
    lines.range(expansion.toOriginal(start, 'start'), expansion.toOriginal(end, 'end'))
  const add = (ruleId: string, severity: Severity, message: string, range: SourceRange, instancePath = ''): Finding => {
    const finding: Finding = { ruleId, severity, message, instancePath, file, ...range }
    findings.push(finding)
    return finding
  }

  const unsetFindings = reportUnsetVariables(expansion, lines, add)

  const parsed = parseYaml(expansion.expanded)
  // An unset variable's finding points at the value that held it (what JSON consumers relate findings to).
  if (unsetFindings.length) {
    const lookup = pointerLookup(parsed.index, expansion.expanded)
    for (const [finding, offset] of unsetFindings) finding.instancePath = lookup(expansion.toExpanded(offset))
  }
  for (const issue of parsed.issues) {
    add(issue.ruleId, issue.severity, issue.message, at(issue.start, issue.end), issue.instancePath)
  }
  const done = (kind: LoadedFile['kind'], document: ConfigDocument | null): LoadedFile => {
    const loaded: LoadedFile = { path: file, kind, document, findings: findings.sort(byPosition) }
    if (options.envsubst) {
      const names = (list: readonly { name: string; start: number }[]): string[] => [
        ...new Set(list.filter((p) => !inComment(expansion.original, p.start)).map((p) => p.name))
      ]
      loaded.variables = { unset: names(expansion.unset), refused: names(expansion.refused) }
      loaded.secretValues = expansion.secretValues
      loaded.conceal = (text) => expansion.conceal(text)
    }
    return loaded
  }
  if (!parsed.ok) return done('ClusterConfig', null)
  if (parsed.empty) {
    const later = findings.some((f) => f.ruleId === 'config/later-document')
    add(
      'config/empty',
      'warning',
      later
        ? 'The first YAML document is empty, and eksctl reads only the first one: eksctl would reject this file.'
        : 'The file holds no YAML document (it is empty or only comments): eksctl would reject it.',
      lines.fileStart()
    )
    return done('skipped', null)
  }

  // The value at a path; for a multi-line value only its first line (an annotation, not a whole block).
  const rootRange = (ptr: string): SourceRange => {
    const e = parsed.index.get(ptr) ?? parsed.index.get('')
    if (!e) return lines.fileStart()
    const text = expansion.expanded
    const nl = text.indexOf('\n', e.value[0])
    const end = nl !== -1 && nl < e.value[1] ? (text[nl - 1] === '\r' ? nl - 1 : nl) : e.value[1]
    return at(e.value[0], end)
  }
  const data = parsed.data
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const what = Array.isArray(data) ? 'a sequence' : data === null ? 'null' : `a ${typeof data}`
    add(
      'config/not-mapping',
      'notice',
      `The first YAML document is ${what}, not a mapping, so it is not a ClusterConfig: skipped.`,
      rootRange('')
    )
    return done('skipped', null)
  }
  const obj = data as Record<string, unknown>
  const apiVersion = obj.apiVersion
  const kind = obj.kind
  const show = (v: unknown): string => (v === undefined ? '(missing)' : JSON.stringify(v))
  if (kind === 'ClusterConfig' && apiVersion !== CLUSTER_CONFIG_API_VERSION) {
    if (typeof apiVersion === 'string' && /^eksctl\.io\/v1alpha[34]$/.test(apiVersion)) {
      add(
        'config/old-api-version',
        'error',
        `apiVersion ${apiVersion} is no longer read by eksctl: every release since 0.1.31 (2019-04-30) accepts only ` +
          `apiVersion: ${CLUSTER_CONFIG_API_VERSION}. Change it, then review the fields that changed since.`,
        rootRange('/apiVersion'),
        '/apiVersion'
      )
    } else {
      add(
        'config/api-version',
        'error',
        `kind: ClusterConfig needs apiVersion: ${CLUSTER_CONFIG_API_VERSION} (found ${show(apiVersion)}).`,
        rootRange(apiVersion === undefined ? '' : '/apiVersion'),
        '/apiVersion'
      )
    }
    return done('ClusterConfig', null)
  }
  if (apiVersion === CLUSTER_CONFIG_API_VERSION && kind !== 'ClusterConfig') {
    if (kind === undefined) {
      add(
        'config/missing-kind',
        'error',
        `apiVersion: ${CLUSTER_CONFIG_API_VERSION} without kind: eksctl needs kind: ClusterConfig.`,
        rootRange('/apiVersion'),
        ''
      )
      return done('ClusterConfig', null)
    }
  }
  if (apiVersion !== CLUSTER_CONFIG_API_VERSION || kind !== 'ClusterConfig') {
    add(
      'config/not-clusterconfig',
      'notice',
      `Not an eksctl ClusterConfig (apiVersion: ${show(apiVersion)}, kind: ${show(kind)}): skipped. eksctl reads ` +
        `apiVersion: ${CLUSTER_CONFIG_API_VERSION} with kind: ClusterConfig.`,
      rootRange(kind !== undefined ? '/kind' : apiVersion !== undefined ? '/apiVersion' : ''),
      kind !== undefined ? '/kind' : apiVersion !== undefined ? '/apiVersion' : ''
    )
    return done('skipped', null)
  }

  const placeholderPaths = new Set<string>()
  if (!options.envsubst) {
    // `${VAR}` and bare `$VAR` alike: envsubst expands both, so neither is checked as written.
    const names = new Set<string>()
    let first: string | undefined
    let count = 0
    for (const [ptr, value] of parsed.strings) {
      if (!value.includes('$')) continue
      const found = value.match(PLACEHOLDERS)
      if (!found) continue
      placeholderPaths.add(ptr)
      // Shell scripts run on the node (`${n}` in a bootstrap command) are not templates of the config.
      if (SCRIPT_FIELD.test(ptr) || value.includes('\n')) continue
      first ??= ptr
      count++
      for (const n of found) names.add(n)
    }
    if (first !== undefined) {
      const listed = [...names].slice(0, PLACEHOLDER_NAMES_SHOWN).join(', ')
      const more = names.size > PLACEHOLDER_NAMES_SHOWN ? `, and ${names.size - PLACEHOLDER_NAMES_SHOWN} more` : ''
      add(
        'config/unexpanded-placeholder',
        'notice',
        `${count} value(s) hold unexpanded placeholders (${listed}${more}): their types and ` +
          'allowed values are not checked. Turn on envsubst to expand them from the environment, as the shell does ' +
          'for `eksctl create cluster -f - <<EOF`.',
        rootRange(first),
        first
      )
    }
  }

  const document = createDocument({ path: file, expansion, lines, data, index: parsed.index, placeholderPaths })
  return done('ClusterConfig', document)
}

function byPosition(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId)
}

/**
 * pointerAt for many offsets: the index entries are bucketed once by the line their key or value starts on, and an
 * offset is first looked up among the entries of its own line (a scalar value and its key are on it); only when
 * none of them answers is the whole index scanned. Linear for the common case of one value per line.
 */
export function pointerLookup(index: ReadonlyMap<string, IndexEntry>, text: string): (offset: number) => string {
  const lineOf = (offset: number): number => text.lastIndexOf('\n', offset - 1) + 1
  const byLine = new Map<number, [string, IndexEntry][]>()
  for (const entry of index) {
    const starts = new Set([lineOf(entry[1].value[0]), ...(entry[1].key ? [lineOf(entry[1].key[0])] : [])])
    for (const l of starts) {
      const list = byLine.get(l)
      if (list) list.push(entry)
      else byLine.set(l, [entry])
    }
  }
  return (offset) => {
    const near = byLine.get(lineOf(offset))
    const found = near ? pointerAmong(near, index, text, offset) : null
    return found ?? pointerAt(index, text, offset)
  }
}

/**
 * The JSON pointer of the innermost node of the position index that holds an offset of the parsed text: a value
 * whose range contains it, or a map entry whose value is empty and whose key is on the offset's line before it
 * (`name: ${UNSET}` is `name: ` once expanded). '' (the root) when none does.
 */
export function pointerAt(index: ReadonlyMap<string, IndexEntry>, text: string, offset: number): string {
  return pointerAmong(index, index, text, offset) ?? ''
}

/** pointerAt over some entries of the index; null when none of them holds the offset. */
function pointerAmong(
  entries: Iterable<[string, IndexEntry]>,
  index: ReadonlyMap<string, IndexEntry>,
  text: string,
  offset: number
): string | null {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1
  let best: string | null = null
  let bestSpan = Infinity
  let emptyKey = -1
  let empty: string | null = null
  for (const [ptr, { key, value }] of entries) {
    const [start, end] = value
    if (key && start === key[0] && end === key[1]) {
      // No value text of its own (the index then holds the key's range).
      if (key[0] >= lineStart && key[1] <= offset && key[0] > emptyKey) {
        emptyKey = key[0]
        empty = ptr
      }
      continue
    }
    if (start <= offset && offset <= end) {
      const span = end - start
      if (span < bestSpan || (span === bestSpan && best !== null && ptr.length > best.length)) {
        best = ptr
        bestSpan = span
      }
    }
  }
  if (empty !== null) return empty
  if (best === null) return null
  return emptyItemAt(index, best, offset) ?? best
}

/**
 * A sequence item that is empty once expanded (`- ${UNSET}`) has no range of its own in the index: the one item of
 * the sequence `seq` with no range whose neighbours (items with a range) lie before and after the offset.
 */
function emptyItemAt(index: ReadonlyMap<string, IndexEntry>, seq: string, offset: number): string | null {
  const items: { ptr: string; range: [number, number] | null }[] = []
  for (let i = 0; ; i++) {
    const entry = index.get(`${seq}/${i}`)
    if (!entry || entry.key) break
    const [start, end] = entry.value
    items.push({ ptr: `${seq}/${i}`, range: start === end ? null : entry.value })
  }
  const fits = items.filter(
    (item, i) =>
      item.range === null &&
      items.slice(0, i).every((x) => x.range === null || x.range[1] <= offset) &&
      items.slice(i + 1).every((x) => x.range === null || x.range[0] >= offset)
  )
  return fits.length === 1 ? fits[0]!.ptr : null
}

function reportUnsetVariables(
  expansion: Expansion,
  lines: LineIndex,
  add: (ruleId: string, severity: Severity, message: string, range: SourceRange) => Finding
): [Finding, number][] {
  if (!expansion.unset.length && !expansion.refused.length) return []
  const out: [Finding, number][] = []
  const seen = new Map<string, { start: number; end: number; count: number }>()
  for (const p of expansion.unset) {
    if (inComment(expansion.original, p.start)) continue
    const s = seen.get(p.name)
    if (s) s.count++
    else seen.set(p.name, { start: p.start, end: p.end, count: 1 })
  }
  const refused = new Map<string, { start: number; end: number; count: number }>()
  for (const p of expansion.refused) {
    if (inComment(expansion.original, p.start)) continue
    const s = refused.get(p.name)
    if (s) s.count++
    else refused.set(p.name, { start: p.start, end: p.end, count: 1 })
  }
  for (const [name, s] of refused) {
    const finding = add(
      'config/refused-variable',
      'error',
      `Environment variable ${name} is a runner or credential variable: envsubst does not expand it` +
        (s.count > 1 ? ` (here and in ${s.count - 1} more place(s))` : '') +
        ', because its value would be copied into the reports (SARIF, JSON, the job summary). ' +
        'A ClusterConfig has no use for it: remove it.',
      lines.range(s.start, s.end)
    )
    out.push([finding, s.start])
  }
  for (const [name, s] of seen) {
    const finding = add(
      'config/unset-variable',
      'error',
      `Environment variable ${name} is not set: envsubst would replace it with an empty string` +
        (s.count > 1 ? ` (here and in ${s.count - 1} more place(s))` : '') +
        '. Set it in the environment of this step.',
      lines.range(s.start, s.end)
    )
    out.push([finding, s.start])
  }
  return out
}

/** Whether an offset is inside a `#` comment (quotes on the same line are respected; block scalars are not). */
function inComment(text: string, offset: number): boolean {
  let i = text.lastIndexOf('\n', offset - 1) + 1
  let quote = ''
  for (; i < offset; i++) {
    const c = text[i]
    if (quote) {
      if (c === quote) quote = ''
    } else if (c === '"' || c === "'") quote = c
    else if (c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t' || text[i - 1] === '\n')) return true
  }
  return false
}
