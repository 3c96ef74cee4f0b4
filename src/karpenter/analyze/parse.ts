// One streaming parser for every Karpenter log shape (v0.16 … v1.x): zap console lines (tabs or runs of spaces,
// optional logger and caller columns), JSON lines (dotted loggers, v0.37+ `controller` field), knative/fallback JSON,
// klog text, Go std-log, Go panics with stack traces, multi-line entries (AWS error chains, a fields object on the
// next line), and lines behind log-tool prefixes (CRI `<time> stdout F`, `kubectl logs --timestamps`,
// `kubectl logs --prefix` `[pod/x/c]`, stern `pod container`, Docker json-file `{"log":…}`).
//
// Speed: most lines are noise. Each line is classified with a handful of charCode checks on the latin1 chunk; only
// lines worth diagnosing (WARN and above, or an INFO/DEBUG message that starts with a word we look for) are
// decoded, JSON.parse'd and handed to the sink as a LogEntry.
import { copyLatin1, NON_ASCII, own, utf8Of, type LineConsumer } from './lines.js'
import { steadyText } from './volatile.js'

export type EntryFormat = 'json' | 'console' | 'klog' | 'panic'
/** Blocks a parser hands on: whole entries, a hard-wrapped JSON entry joined again, or a text line it did not understand. */
export type BlockFormat = 'console' | 'klog' | 'panic' | 'fragment' | 'text'

export interface LogEntry {
  format: EntryFormat
  /** ISO 8601 time as logged, or null (klog lines have no year, panics no time). */
  time: string | null
  /** DEBUG, INFO, WARN, ERROR, FATAL, PANIC, DPANIC (upper case), or '' when the line does not say. */
  level: string
  logger: string
  message: string
  fields: Record<string, unknown>
  /** The entry as logged (after any log-tool prefix), multi-line entries joined with \n, cut at MAX_RAW chars. */
  raw: string
  /** `low` for text that was not a whole log line (a hard-wrapped JSON entry, a pasted error without time/level). */
  confidence?: 'low'
}

/** Where entries go. `repeat` lets the consumer count a problem line it has classified before without a parse. */
export interface EntrySink {
  entry(entry: LogEntry, repeatKey: string | null): void
  /** True when `key` (message/error/logger text of a WARN+ JSON line) is known and the occurrence was counted. */
  repeat(key: string, time: string | null): boolean
}

/**
 * Where a parser running in a worker thread hands entries for decoding on the main thread (see pipeline.ts). The
 * parser keeps all line-to-line state; the receiver only decodes entries, in the order they are handed on.
 */
export interface EntryOut {
  /**
   * A JSON entry line (latin1 as read). Never a Docker json-file record: lines that could be one were parsed here.
   * `repeatKey` is set only for a line whose key the sink did not know, and whose parse here gave an entry.
   */
  json(latin1: string, repeatKey: string | null): void
  /**
   * A closed console, klog or panic entry (latin1 as read, continuation lines joined with \n), or a joined fragment
   * with the repeat key the sink did not know (set only for a fragment whose parse here gave an entry).
   */
  block(format: BlockFormat, latin1: string, repeatKey?: string | null): void
}

export interface LineCounts {
  total: number
  parsed: number
  unparsed: number
  oversized: number
  /** Entries in Karpenter's own formats (zap JSON or console, a Go panic): none means the input is not its log. */
  karpenter: number
}

const MAX_RAW = 16 * 1024
const MAX_PREFIXES = 64
const PREFIX_SEARCH = 256

// Levels as small ints (hot path).
const L_NONE = 0
const L_DEBUG = 1
const L_INFO = 2
const L_WARN = 3
/** msgStart of a console line until it is needed (WARN and above never need it). */
const CONSOLE_LAZY = -2

// INFO/DEBUG messages worth a full parse: launches, registration, disruptions, version, and problems logged below
// ERROR (client-go leader election logs at info; registration timeouts are DEBUG).
const INTERESTING =
  /Launched instance|launched (?:new instance|instance|machine|nodeclaim)|registered (?:machine|nodeclaim)|initialized (?:machine|nodeclaim)|node initialized|created (?:machine|nodeclaim)|Consolidating via|[Dd]eprovisioning via|disrupting |[Tt]riggering termination|[Dd]eleted node from interruption|terminating (?:machine )?due to (?:registration ttl|timeout)|discovered version|Initializing with version|failed to renew lease|leader election lost|Inflight check failed|failed consistency check|[Cc]ould not schedule|Provisioning failed|Reconciler error|failed launching|discovered karpenter version|rendered user data is approaching/y

const CONSOLE_HEAD = /^(?:(\d{4}-\d\d-\d\dT\S+)[\t ]+)?(DEBUG|INFO|WARN|WARNING|ERROR|FATAL|PANIC|DPANIC)(?:[\t ]+|$)/
const CONSOLE_LOGGER =
  /^(?:([A-Za-z][\w-]*(?:\.[\w-]+)+|controller|webhook|fallback)[\t ]+|([A-Za-z][\w.-]*)(?:\t| {2,}))/
const CONSOLE_CALLER = /^[\w./-]+\.go:\d+[\t ]+/
const KLOG_HEAD = /^([IWEF])(\d{4}) (\d\d:\d\d:\d\d\.\d+)\s+\d+ ([^\]]+)\] ?/
const KLOG_LEVEL: Record<string, string> = { I: 'INFO', W: 'WARN', E: 'ERROR', F: 'FATAL' }

const enum Open {
  None = 0,
  /** A complete entry: only indented lines continue it. */
  Closed = 1,
  /** A console entry without its trailing fields object yet: any non-entry line continues it. */
  Unterminated = 2,
  /** A panic / stack trace: everything up to the next entry belongs to it. */
  Panic = 3,
  /** A JSON entry cut into several lines (hard-wrapped when copied): lines join until one ends the object. */
  Fragment = 4
}

/** Lines a hard-wrapped JSON entry may span. */
const MAX_FRAGMENT_LINES = 64
/** An unparsed line worth matching against the catalog (a pasted error without time and level). */
const TEXT_WORTH_MATCHING =
  /[Ee]rror|[Ff]ail|[Dd]enied|[Ee]xceed|not found|[Uu]nable|[Ii]nvalid|[Ii]nsufficient|[Uu]nauthori|[Tt]hrottl|[Ll]imit|[Tt]imeout|not ready|[Cc]ould not|rate limit|Unfulfillable|panic/

interface Pending {
  format: 'console' | 'klog' | 'panic' | 'fragment'
  level: string
  /** latin1 lines (first is the entry line after its prefix). */
  lines: string[]
  size: number
  /** Physical lines of a fragment (its first line included), kept or not. */
  physical: number
}

interface Source {
  open: Open
  pending: Pending | null
  /** CRI partial (`P`) records waiting for their final `F` record. */
  partial: string
}

function newSource(): Source {
  return { open: Open.None, pending: null, partial: '' }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9
}

/** Only spaces and tabs between a and b: a line the log counts do not include. */
export function isBlankSpan(s: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!isSpace(s.charCodeAt(i))) return false
  return true
}

/** `YYYY-MM-DDT` at p. */
function isIsoAt(s: string, p: number, b: number): boolean {
  return (
    p + 11 <= b &&
    isDigit(s.charCodeAt(p)) &&
    isDigit(s.charCodeAt(p + 3)) &&
    s.charCodeAt(p + 4) === 45 &&
    s.charCodeAt(p + 7) === 45 &&
    s.charCodeAt(p + 10) === 84
  )
}

/** `{"level":"` at a (compared char by char: a startsWith call costs twice as much, once per JSON line). */
function isLevelKeyAt(s: string, a: number): boolean {
  return (
    s.charCodeAt(a) === 123 &&
    s.charCodeAt(a + 1) === 34 &&
    s.charCodeAt(a + 2) === 108 && // l
    s.charCodeAt(a + 3) === 101 && // e
    s.charCodeAt(a + 4) === 118 && // v
    s.charCodeAt(a + 5) === 101 && // e
    s.charCodeAt(a + 6) === 108 && // l
    s.charCodeAt(a + 7) === 34 &&
    s.charCodeAt(a + 8) === 58 &&
    s.charCodeAt(a + 9) === 34
  )
}

/** Level word at [p, e): returns a small int (L_*), or L_NONE. */
function levelAt(s: string, p: number, e: number): number {
  const n = e - p
  const c = s.charCodeAt(p)
  // INFO and DEBUG (most lines) compared char by char: cheaper than a startsWith call.
  if (n === 4) {
    if (c === 73 && s.charCodeAt(p + 1) === 78 && s.charCodeAt(p + 2) === 70 && s.charCodeAt(p + 3) === 79)
      return L_INFO
    if (c === 87 && s.startsWith('WARN', p)) return L_WARN
  } else if (n === 5) {
    if (
      c === 68 &&
      s.charCodeAt(p + 1) === 69 &&
      s.charCodeAt(p + 2) === 66 &&
      s.charCodeAt(p + 3) === 85 &&
      s.charCodeAt(p + 4) === 71
    ) {
      return L_DEBUG
    }
    if (c === 69 && s.startsWith('ERROR', p)) return 4
    if (c === 70 && s.startsWith('FATAL', p)) return 5
    if (c === 80 && s.startsWith('PANIC', p)) return 6
  } else if (n === 6) {
    if (c === 68 && s.startsWith('DPANIC', p)) return 6
  } else if (n === 7) {
    if (c === 87 && s.startsWith('WARNING', p)) return L_WARN
  }
  return L_NONE
}

/** JSON `"level":"x…` first letter → level int (zap upper case, knative lower case). */
function jsonLevel(c: number): number {
  switch (c | 32) {
    case 100: // d: debug / dpanic
      return L_DEBUG
    case 105: // i
      return L_INFO
    case 119: // w
      return L_WARN
    case 101: // e
      return 4
    case 102: // f
      return 5
    case 112: // p
      return 6
    default:
      return L_INFO
  }
}

export class LogParser implements LineConsumer {
  readonly counts: LineCounts = { total: 0, parsed: 0, unparsed: 0, oversized: 0, karpenter: 0 }
  /** First build commit seen (cheap scan of the first lines; full entries report theirs through fields). */
  firstCommit: string | null = null

  private readonly sink: EntrySink
  private readonly main: Source = newSource()
  private readonly prefixed = new Map<string, Source>()
  private readonly learnedPrefixes: string[] = []
  private commitTries = 0
  // Position of the next `"message":"` in the current chunk (so lines without one do not rescan the chunk).
  private messageAt = -1
  private messageFrom = 0
  // Scratch outputs of classify().
  private level = L_NONE
  private msgStart = 0
  // repeatKey() scratch: this line's parts, and the previous key with its parts.
  private keyParts: string[] = ['', '', '', '', '']
  private lastKeyParts: string[] = ['', '', '', '', '']
  private lastKey: string | null = null
  /** For a console line (msgStart === CONSOLE_LAZY): where its level word ends; the message start is found on demand. */
  private levelEnd = 0

  private readonly decoder: EntryDecoder
  private readonly out: EntryOut | null

  /**
   * `out` (worker threads): closed console/klog/panic entries and JSON lines are handed to it instead of being
   * decoded here; `sink` is then asked only `repeat`.
   */
  constructor(sink: EntrySink, out: EntryOut | null = null) {
    this.sink = sink
    this.decoder = new EntryDecoder(sink)
    this.out = out
  }

  chunk(_text: string): void {
    this.messageAt = -1
    this.messageFrom = 0
  }

  oversized(): void {
    this.counts.total++
    this.counts.unparsed++
    this.counts.oversized++
  }

  /** Flush pending multi-line entries (end of a file). */
  end(): void {
    this.closeSource(this.main)
    for (const src of this.prefixed.values()) this.closeSource(src)
    this.prefixed.clear()
  }

  line(s: string, a: number, b: number): void {
    // Blank lines carry nothing; they are not counted (a stack trace's blank lines stay inside the panic).
    if (isBlankSpan(s, a, b)) return
    this.counts.total++
    if (this.handle(s, a, b, this.main, true)) this.counts.parsed++
    else this.counts.unparsed++
  }

  /** Classify one physical line; true when it is understood (an entry start or a continuation). */
  private handle(s: string, a: number, b: number, src: Source, allowPrefix: boolean): boolean {
    const c0 = s.charCodeAt(a)

    if (allowPrefix) {
      // kubectl logs --prefix: `[pod/<pod>/<container>] `
      if (c0 === 91) {
        const close = indexWithin(s, '] ', a, Math.min(b, a + PREFIX_SEARCH))
        if (close > a) {
          const key = s.slice(a, close + 1)
          return this.handle(s, close + 2, b, this.sourceFor(key), false)
        }
      }
      // CRI (`<time> stdout F `) and kubectl --timestamps (`<time> `) prefixes: an RFC 3339 time and ONE space.
      if (isIsoAt(s, a, b)) {
        const sp = s.indexOf(' ', a + 11)
        if (sp !== -1 && sp < b && sp < a + 40 && s.charCodeAt(sp - 1) !== 9 && s.charCodeAt(sp + 1) !== 32) {
          const n = s.charCodeAt(sp + 1)
          if ((n === 115 && s.startsWith('stdout ', sp + 1)) || s.startsWith('stderr ', sp + 1)) {
            const tag = s.charCodeAt(sp + 8)
            const rest = sp + 10 <= b ? sp + 10 : b
            if (tag === 80) {
              // Partial record: the line continues in the next record of this stream.
              if (src.partial.length < MAX_RAW * 16) src.partial += s.slice(rest, b)
              return true
            }
            if (src.partial) {
              const joined = src.partial + s.slice(rest, b)
              src.partial = ''
              this.chunk(joined)
              const ok = this.handle(joined, 0, joined.length, src, false)
              this.chunk(s)
              return ok
            }
            return this.handle(s, rest, b, src, false)
          }
          if (n === 123 || isIsoAt(s, sp + 1, b) || n === 91) return this.handle(s, sp + 1, b, src, true)
        }
      }
    }

    const kind = this.classify(s, a, b)
    if (src.open === Open.Fragment && kind === 0) {
      // Inside a hard-wrapped JSON entry every line belongs to it until one ends the object (or a whole entry starts).
      this.continueFragment(s, a, b, src)
      return true
    }
    if (kind !== 0) {
      this.startEntry(s, a, b, src, kind)
      return true
    }

    // A Go panic / runtime crash starts a stack-trace entry, also right after a console line still waiting for its
    // fields and right after another panic (the logs of a crash-looping pod concatenated).
    if ((c0 === 112 && s.startsWith('panic: ', a)) || (c0 === 102 && s.startsWith('fatal error: ', a))) {
      this.startPanic(s, a, b, src)
      return true
    }
    // Not an entry start: a continuation of the open entry?
    if (src.open !== Open.None) {
      const indented = isSpace(c0)
      if (src.open === Open.Panic || src.open === Open.Unterminated || indented) {
        this.continueEntry(s, a, b, src)
        return true
      }
    }
    if (c0 === 103 && s.startsWith('goroutine ', a) && s.charCodeAt(b - 1) === 58) {
      this.startPanic(s, a, b, src)
      return true
    }
    // The start of a JSON entry cut into lines (its level or message key is on this line).
    if (c0 === 123 && s.charCodeAt(a + 1) === 34 && (isLevelKeyAt(s, a) || indexWithin(s, '"message":', a, b) !== -1)) {
      this.closeSource(src)
      this.counts.karpenter++
      src.open = Open.Fragment
      src.pending = { format: 'fragment', level: '', lines: [s.slice(a, b)], size: b - a, physical: 1 }
      return true
    }
    if (allowPrefix) {
      // A learned tool prefix (stern `pod container `) in front of a continuation line.
      for (const prefix of this.learnedPrefixes) {
        if (s.startsWith(prefix, a)) return this.handle(s, a + prefix.length, b, this.sourceFor(prefix), false)
      }
      // An unknown prefix of up to three space-separated words (stern `pod container`, shippers) before an entry.
      let p = a
      for (let words = 0; words < 3; words++) {
        const sp = s.indexOf(' ', p)
        if (sp === -1 || sp >= b || sp > a + PREFIX_SEARCH) break
        p = sp + 1
        while (p < b && s.charCodeAt(p) === 32) p++
        const k = this.classify(s, p, b)
        if (k !== 0) {
          const prefix = s.slice(a, p)
          if (this.learnedPrefixes.length < MAX_PREFIXES && /^[\w.:/[\]@-]+( [\w.:/[\]@-]+)* *$/.test(prefix)) {
            this.learnedPrefixes.push(own(prefix))
          }
          const target = this.sourceFor(prefix)
          this.startEntry(s, p, b, target, k)
          return true
        }
      }
    }
    // Unknown line: it also ends any multi-line entry in progress. Text that reads like an error (a message pasted
    // without time and level) is still matched against the catalog, as evidence of lower confidence.
    this.closeSource(src)
    if (allowPrefix && b - a >= 16) {
      const text = s.slice(a, Math.min(b, a + MAX_RAW))
      if (TEXT_WORTH_MATCHING.test(text)) this.emitBlock('text', text)
    }
    return false
  }

  private startPanic(s: string, a: number, b: number, src: Source): void {
    this.closeSource(src)
    this.counts.karpenter++
    src.open = Open.Panic
    src.pending = { format: 'panic', level: 'PANIC', lines: [s.slice(a, b)], size: b - a, physical: 1 }
  }

  private continueFragment(s: string, a: number, b: number, src: Source): void {
    const p = src.pending!
    p.physical++
    if (p.size < MAX_RAW) {
      p.lines.push(s.slice(a, b))
      p.size += b - a
    }
    let e = b - 1
    while (e > a && isSpace(s.charCodeAt(e))) e--
    if (s.charCodeAt(e) === 125 || p.lines.length >= MAX_FRAGMENT_LINES) this.closeSource(src)
  }

  private sourceFor(key: string): Source {
    let src = this.prefixed.get(key)
    if (!src) {
      if (this.prefixed.size >= 1024) {
        // Bound the map: flush and forget the oldest source.
        const [oldKey, oldSrc] = this.prefixed.entries().next().value as [string, Source]
        this.closeSource(oldSrc)
        this.prefixed.delete(oldKey)
      }
      src = newSource()
      this.prefixed.set(own(key), src)
    }
    return src
  }

  /**
   * Is there an entry start at a? 0 = no; 1 = JSON; 2 = console; 3 = klog; 4 = Go std-log (never diagnosed).
   * Sets this.level and this.msgStart (-1 when the message position is unknown and a full parse must decide).
   */
  private classify(s: string, a: number, b: number): number {
    const c = s.charCodeAt(a)
    if (c === 123) {
      // JSON: whole object on the line (a cut line is not an entry).
      let e = b - 1
      while (e > a && isSpace(s.charCodeAt(e))) e--
      if (s.charCodeAt(e) !== 125) return 0
      if (isLevelKeyAt(s, a)) {
        this.level = jsonLevel(s.charCodeAt(a + 10))
        if (this.messageAt < a || this.messageFrom > a) {
          this.messageFrom = a
          this.messageAt = indexOfMessageKey(s, a)
          if (this.messageAt === -1) this.messageAt = s.length
        }
        this.msgStart = this.messageAt < b ? this.messageAt + 11 : -1
      } else {
        this.level = L_NONE
        this.msgStart = -1
      }
      return 1
    }
    if (c >= 48 && c <= 57) {
      if (isIsoAt(s, a, b)) {
        let q = a + 11
        while (q < b && !isSpace(s.charCodeAt(q))) q++
        let r = q
        while (r < b && isSpace(s.charCodeAt(r))) r++
        let e = r
        while (e < b) {
          const ch = s.charCodeAt(e)
          if (ch < 65 || ch > 90) break
          e++
        }
        if (e < b && !isSpace(s.charCodeAt(e))) return 0
        const lvl = levelAt(s, r, e)
        if (lvl === L_NONE) return 0
        this.level = lvl
        this.msgStart = CONSOLE_LAZY
        this.levelEnd = e
        return 2
      }
      // Go std-log: `2024/03/26 08:08:15 …`
      if (s.charCodeAt(a + 4) === 47 && s.charCodeAt(a + 7) === 47 && s.charCodeAt(a + 10) === 32) {
        this.level = L_INFO
        this.msgStart = a + 20
        return 4
      }
      return 0
    }
    // Console line whose time was cut off when copied: `ERROR    controller    Reconciler error    {…}`
    if (c >= 65 && c <= 90 && s.charCodeAt(a + 1) >= 65) {
      let e = a + 1
      while (e < b && e < a + 7) {
        const ch = s.charCodeAt(e)
        if (ch < 65 || ch > 90) break
        e++
      }
      if (e < b && isSpace(s.charCodeAt(e))) {
        const lvl = levelAt(s, a, e)
        if (lvl !== L_NONE) {
          this.level = lvl
          this.msgStart = CONSOLE_LAZY
          this.levelEnd = e
          return 2
        }
      }
      return 0
    }
    // klog: `I0206 17:26:20.695030       1 leaderelection.go:278] msg`
    if ((c === 73 || c === 87 || c === 69 || c === 70) && s.charCodeAt(a + 5) === 32 && isDigit(s.charCodeAt(a + 1))) {
      if (!isDigit(s.charCodeAt(a + 4)) || s.charCodeAt(a + 8) !== 58) return 0
      const close = indexWithin(s, '] ', a + 6, Math.min(b, a + PREFIX_SEARCH))
      if (close === -1) return 0
      this.level = c === 73 ? L_INFO : c === 87 ? L_WARN : c === 69 ? 4 : 5
      this.msgStart = close + 2
      return 3
    }
    return 0
  }

  private startEntry(s: string, a: number, b: number, src: Source, kind: number): void {
    this.closeSource(src)
    if (kind <= 2) this.counts.karpenter++
    if (this.firstCommit === null && this.commitTries < 1000) this.scanCommit(s, a, b)
    const lvl = this.level
    let interesting = lvl > L_WARN - 1
    if (!interesting) {
      let m = this.msgStart
      if (m === CONSOLE_LAZY) m = consoleMessageStart(s, this.levelEnd, b)
      if (m < 0) interesting = true
      else if (kind !== 4) {
        INTERESTING.lastIndex = m
        interesting = INTERESTING.test(s)
      }
    }
    if (kind === 1) {
      src.open = Open.None
      if (!interesting) return
      const line = s.slice(a, b)
      let key: string | null = null
      if (lvl >= L_WARN && this.msgStart > 0) {
        key = this.repeatKey(line, this.msgStart - a)
        if (key !== null && this.sink.repeat(key, jsonString(line, TIME_KEY, TIME_TAIL))) return
      }
      this.emitJson(line, key)
      return
    }
    if (kind === 4) {
      src.open = Open.Closed
      return
    }
    let e = b - 1
    while (e > a && isSpace(s.charCodeAt(e))) e--
    src.open = kind === 2 && s.charCodeAt(e) !== 125 ? Open.Unterminated : Open.Closed
    if (interesting) {
      src.pending = {
        format: kind === 2 ? 'console' : 'klog',
        level: '',
        lines: [s.slice(a, b)],
        size: b - a,
        physical: 1
      }
    }
  }

  /**
   * repeatKey() of the line, reusing the previous key (the same string) when the line's parts equal the previous
   * line's: problem floods repeat one key, and building and hashing a fresh ~500-char key per line costs more than
   * comparing four strings.
   */
  private repeatKey(line: string, msgStart: number): string | null {
    const parts = this.keyParts
    if (!repeatKeyParts(line, msgStart, parts)) return null
    const last = this.lastKeyParts
    if (
      this.lastKey !== null &&
      parts[0] === last[0] &&
      parts[1] === last[1] &&
      parts[2] === last[2] &&
      parts[3] === last[3] &&
      parts[4] === last[4]
    ) {
      return this.lastKey
    }
    this.keyParts = last
    this.lastKeyParts = parts
    this.lastKey = parts.join('\u0000')
    return this.lastKey
  }

  private continueEntry(s: string, a: number, b: number, src: Source): void {
    const p = src.pending
    if (p && p.size < MAX_RAW) {
      p.lines.push(s.slice(a, b))
      p.size += b - a + 1
    }
    if (src.open === Open.Unterminated) {
      let e = b - 1
      while (e > a && isSpace(s.charCodeAt(e))) e--
      if (s.charCodeAt(e) === 125) src.open = Open.Closed
    }
  }

  private closeSource(src: Source): void {
    const p = src.pending
    src.pending = null
    src.open = Open.None
    if (!p) return
    if (p.format === 'fragment') {
      // A wrapped JSON entry is joined without separators: the wrap cut the line, it added no text. When the pieces
      // do not make one JSON object they were not understood after all: counted unparsed, matched as text.
      const joined = p.lines.join('')
      if (parseObject(utf8Of(joined)) !== null) this.emitFragment(joined)
      else {
        this.counts.parsed -= p.physical
        this.counts.unparsed += p.physical
        this.counts.karpenter--
        if (TEXT_WORTH_MATCHING.test(joined)) this.emitBlock('text', joined)
      }
      return
    }
    const joined = p.lines.length === 1 ? p.lines[0]! : p.lines.join('\n')
    this.emitBlock(p.format, joined)
  }

  /**
   * A hard-wrapped JSON entry joined again (known to parse). A WARN+ one has a repeat key like a whole line's, in a
   * namespace of its own: it is evidence of low confidence, and a whole line with the same key must still be decoded
   * (it makes its problem's confidence high).
   */
  private emitFragment(joined: string): void {
    let key: string | null = null
    if (isLevelKeyAt(joined, 0) && jsonLevel(joined.charCodeAt(10)) >= L_WARN) {
      const m = indexOfMessageKey(joined, 0)
      const k = m === -1 ? null : this.repeatKey(joined, m + 11)
      if (k !== null) {
        key = FRAGMENT_KEY + k
        if (this.sink.repeat(key, jsonString(joined, TIME_KEY, TIME_TAIL))) return
      }
    }
    this.emitBlock('fragment', joined, key)
  }

  private emitBlock(format: BlockFormat, joined: string, repeatKey: string | null = null): void {
    if (this.out) {
      this.out.block(format, joined, repeatKey)
      return
    }
    // A fresh string: values cut from it (instance ids, times) must not keep the 64 KiB piece alive.
    const text = NON_ASCII.test(joined) ? Buffer.from(joined, 'latin1').toString('utf8') : copyLatin1(joined)
    this.decoder.block(format, text, repeatKey)
  }

  private scanCommit(s: string, a: number, b: number): void {
    this.commitTries++
    const m = /"commit": ?"([0-9a-f]{7,40})/.exec(s.slice(a, b))
    if (m) this.firstCommit = m[1]!.slice(0, 7)
  }

  private emitJson(latin1: string, repeatKey: string | null = null): void {
    // In a worker, a line with no repeat key that cannot be a Docker record is decoded by the receiver alone.
    if (this.out && repeatKey === null && !mayBeDockerRecord(latin1)) {
      this.out.json(latin1, null)
      return
    }
    const text = utf8Of(latin1)
    const obj = parseObject(text)
    if (obj === null) return
    // Docker json-file: {"log":"<line>\n","stream":"stdout","time":…}
    if (typeof obj.log === 'string' && obj.message === undefined && obj.msg === undefined) {
      const inner = Buffer.from(obj.log.replace(/\r?\n$/, ''), 'utf8').toString('latin1')
      this.chunk(inner)
      const k = this.classify(inner, 0, inner.length)
      if (k !== 0) this.startEntry(inner, 0, inner.length, this.sourceFor('docker-json'), k)
      this.chunk('')
      return
    }
    if (this.out) this.out.json(latin1, repeatKey)
    else this.sink.entry(jsonEntry(obj, text), repeatKey)
  }
}

/** A Docker json-file record has a top-level "log" key: a line without `"log"` and without \u escapes has none. */
function mayBeDockerRecord(latin1: string): boolean {
  // Searching for a rare first character is several times faster than for a pattern that starts with a quote.
  if (latin1.indexOf('\\') !== -1 && latin1.includes('\\u')) return true
  for (let i = latin1.indexOf('log"'); i !== -1; i = latin1.indexOf('log"', i + 4)) {
    if (latin1.charCodeAt(i - 1) === 34) return true
  }
  return false
}

function parseObject(text: string): Record<string, unknown> | null {
  let o: unknown
  try {
    o = JSON.parse(text)
  } catch {
    return null
  }
  if (o === null || typeof o !== 'object' || Array.isArray(o)) return null
  return o as Record<string, unknown>
}

function jsonEntry(obj: Record<string, unknown>, text: string): LogEntry {
  const message = typeof obj.message === 'string' ? obj.message : typeof obj.msg === 'string' ? obj.msg : ''
  let level = typeof obj.level === 'string' ? obj.level.toUpperCase() : ''
  if (level === '' && (typeof obj.error === 'string' || /^Reconciler? error$/.test(message))) level = 'ERROR'
  let time: string | null = typeof obj.time === 'string' ? obj.time : null
  if (time === null && obj.ts !== undefined) time = epochOrIso(obj.ts)
  return {
    format: 'json',
    time,
    level,
    logger: typeof obj.logger === 'string' ? obj.logger : '',
    message,
    fields: obj,
    raw: text.length > MAX_RAW ? text.slice(0, MAX_RAW) : text
  }
}

/** Decodes entries into LogEntry values for a sink (in the parser's thread, or on the main thread for a worker). */
export class EntryDecoder {
  private readonly sink: EntrySink

  constructor(sink: EntrySink) {
    this.sink = sink
  }

  /** A JSON entry line, decoded (UTF-8). */
  json(text: string, repeatKey: string | null): void {
    const obj = parseObject(text)
    if (obj !== null) this.sink.entry(jsonEntry(obj, text), repeatKey)
  }

  /** A closed console, klog or panic entry, a joined JSON fragment or an unparsed text line, decoded (UTF-8). */
  block(format: BlockFormat, text: string, repeatKey: string | null = null): void {
    const raw = text.length > MAX_RAW ? text.slice(0, MAX_RAW) : text
    if (format === 'console') this.emitConsole(text, raw)
    else if (format === 'klog') this.emitKlog(text, raw)
    else if (format === 'fragment' || format === 'text') {
      const obj = format === 'fragment' ? parseObject(text) : null
      const entry: LogEntry = obj
        ? jsonEntry(obj, text)
        : { format: 'json', time: null, level: '', logger: '', message: text.trim(), fields: {}, raw }
      entry.confidence = 'low'
      this.sink.entry(entry, obj ? repeatKey : null)
    } else {
      const nl = text.indexOf('\n')
      const first = nl === -1 ? text : text.slice(0, nl)
      this.sink.entry(
        {
          format: 'panic',
          time: null,
          level: 'PANIC',
          logger: '',
          message: first,
          fields: { stacktrace: nl === -1 ? '' : text.slice(nl + 1) },
          raw
        },
        null
      )
    }
  }

  private emitConsole(text: string, raw: string): void {
    const head = CONSOLE_HEAD.exec(text)
    if (!head) return
    let rest = text.slice(head[0].length)
    let logger = ''
    const lg = CONSOLE_LOGGER.exec(rest)
    if (lg) {
      logger = lg[1] ?? lg[2] ?? ''
      rest = rest.slice(lg[0].length)
    }
    const caller = CONSOLE_CALLER.exec(rest)
    if (caller) rest = rest.slice(caller[0].length)
    let fields: Record<string, unknown> = {}
    let message = rest
    const trimmed = rest.trimEnd()
    if (trimmed.endsWith('}')) {
      for (const opener of ['{"commit"', '\t{', '  {', '\n{', ' {']) {
        const at = trimmed.lastIndexOf(opener)
        if (at === -1) continue
        const start = trimmed.indexOf('{', at)
        // A raw line break inside the fields object is where a copy was hard-wrapped (zap escapes its own).
        const object = trimmed.slice(start)
        try {
          const parsed: unknown = JSON.parse(object.includes('\n') ? object.replace(/\n/g, '') : object)
          if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
            fields = parsed as Record<string, unknown>
            message = trimmed.slice(0, at)
            break
          }
        } catch {
          // not the fields object; try the next opener
        }
      }
    }
    this.sink.entry(
      {
        format: 'console',
        time: head[1] ?? null,
        level: head[2] === 'WARNING' ? 'WARN' : head[2]!,
        logger,
        message: message.trim(),
        fields,
        raw
      },
      null
    )
  }

  private emitKlog(text: string, raw: string): void {
    const head = KLOG_HEAD.exec(text)
    if (!head) return
    this.sink.entry(
      {
        format: 'klog',
        time: null,
        level: KLOG_LEVEL[head[1]!] ?? '',
        logger: head[4]!.replace(/:\d+$/, ''),
        message: text.slice(head[0].length).trim(),
        fields: {},
        raw
      },
      null
    )
  }
}

/** After the level word of a console line: skip the optional logger and caller columns; returns the message start. */
function consoleMessageStart(s: string, e: number, b: number): number {
  let m = e
  while (m < b && isSpace(s.charCodeAt(m))) m++
  let t = m
  let dotted = false
  while (t < b) {
    const ch = s.charCodeAt(t)
    if (ch === 32 || ch === 9) break
    if (ch === 46) dotted = true
    t++
  }
  if (t >= b) return m
  const wide = s.charCodeAt(t) === 9 || s.charCodeAt(t + 1) === 32
  if (!(
    wide ||
    (dotted && s.charCodeAt(t - 1) !== 46) ||
    s.startsWith('controller ', m) ||
    s.startsWith('webhook ', m)
  )) {
    return m
  }
  let n = t
  while (n < b && isSpace(s.charCodeAt(n))) n++
  // caller `file.go:NNN`
  let u = n
  let goAt = -1
  while (u < b) {
    const ch = s.charCodeAt(u)
    if (ch === 32 || ch === 9) break
    if (ch === 58 && u - n >= 3 && s.charCodeAt(u - 1) === 111 && s.charCodeAt(u - 3) === 46) goAt = u
    u++
  }
  if (goAt > n && u < b && isDigit(s.charCodeAt(u - 1))) {
    while (u < b && isSpace(s.charCodeAt(u))) u++
    n = u
  }
  return n
}

/**
 * s.indexOf('"message":"', from), found by searching for the bare word `message`: a search for a pattern that starts
 * with `"` stops at every quote of a JSON line and costs about three times as much (this runs once per JSON line).
 */
function indexOfMessageKey(s: string, from: number): number {
  let j = s.indexOf('message', from + 1)
  while (j !== -1 && !(s.charCodeAt(j - 1) === 34 && s.startsWith('":"', j + 7))) j = s.indexOf('message', j + 1)
  return j === -1 ? -1 : j - 1
}

/** Where the JSON string whose value starts at `start` ends (its closing quote), or -1. */
function stringEnd(line: string, start: number): number {
  let end = line.indexOf('"', start)
  while (end !== -1 && line.charCodeAt(end - 1) === 92) end = line.indexOf('"', end + 1)
  return end
}

/** Where the value of the first string field `keyQuote` (`"name":"`) of a one-line JSON object starts, or -1. */
function valueStart(line: string, keyQuote: string, tail: string): number {
  // The first occurrence of keyQuote, found by searching for `tail` (keyQuote after its first two characters): a
  // search for a pattern that starts with `"` stops at every quote of the line and is several times slower.
  let j = line.indexOf(tail, 2)
  while (j !== -1 && !line.startsWith(keyQuote, j - 2)) j = line.indexOf(tail, j + 1)
  return j === -1 ? -1 : j - 2 + keyQuote.length
}

/** The raw (still JSON-escaped) value of a string field of a one-line JSON object, or null. */
function jsonString(line: string, keyQuote: string, tail = keyQuote.slice(2)): string | null {
  const start = valueStart(line, keyQuote, tail)
  const end = start === -1 ? -1 : stringEnd(line, start)
  return end === -1 ? null : line.slice(start, end)
}

/** Repeat keys of joined fragments start with this (a key of whole lines never does). */
const FRAGMENT_KEY = '\u0001'
const TIME_KEY = '"time":"'
const TIME_TAIL = TIME_KEY.slice(2)
const LOGGER_KEY = '"logger":"'
const CONTROLLER_KEY = '"controller":"'
const ERROR_KEY = '"error":"'
const ERROR_TAIL = ERROR_KEY.slice(2)
/** Characters of the message, of the logger and controller, and of the error a repeat key holds. */
const KEY_MESSAGE_CHARS = 400
const KEY_FIELD_CHARS = 300
const KEY_ERROR_CHARS = 300
/**
 * Fields naming the objects a problem lists (causes.ts collectObjects) other than NodeClaims and Machines, whose names
 * differ on every line of a flood: klog references `"NodePool":{"name":"x"` and flat `"zone":"x"` fields.
 */
const OBJECT_FIELDS =
  /"(?:(?:NodePool|Provisioner|EC2NodeClass|AWSNodeTemplate)":\{"name"|nodepool|provisioner|ec2nodeclass|nodeclass|awsnodetemplate|instance-type|instanceType|zone)":"[^"\\]*"/g
/** A reconciled object of these kinds is named by the line's `name` field too (collectObjects reads it). */
const NAMED_KINDS = new Set(['NodePool', 'Provisioner', 'EC2NodeClass', 'AWSNodeTemplate'])
const CONTROLLER_KIND = 'controllerKind":"'

/** The OBJECT_FIELDS matches in line[from, to), concatenated. */
function objectFields(line: string, from: number, to: number): string {
  if (to - from < 8) return ''
  const span = line.slice(from, to)
  let out = ''
  OBJECT_FIELDS.lastIndex = 0
  for (let m = OBJECT_FIELDS.exec(span); m !== null; m = OBJECT_FIELDS.exec(span)) out += m[0]
  return out
}

/**
 * What decides the diagnosis of a WARN+ JSON line: its message, error, logger and controller, and the names of the
 * NodePool, NodeClass, instance type and zone its fields carry; not its time, pod or NodeClaim names or request ids.
 * The error's volatile parts (encoded messages, request ids, addresses, role sessions: volatile.ts) are replaced, as
 * the cause memo replaces them. Lines with the same key get the same diagnosis (AWS error codes are part of the error
 * text). The key is the five parts joined with \u0000; false when the message does not end on the line, or when the
 * line reconciles a NodePool or NodeClass (its name field names the object: every such line is decoded).
 */
function repeatKeyParts(line: string, msgStart: number, parts: string[]): boolean {
  const end = stringEnd(line, msgStart)
  if (end === -1) return false
  const ck = line.indexOf(CONTROLLER_KIND)
  if (ck > 0 && line.charCodeAt(ck - 1) === 34) {
    const from = ck + CONTROLLER_KIND.length
    if (NAMED_KINDS.has(line.slice(from, line.indexOf('"', from)))) return false
  }
  parts[0] = line.slice(msgStart, Math.min(end, msgStart + KEY_MESSAGE_CHARS))
  // The start of each field decides the cause; tails carry ids and encoded blobs that make every line unique.
  parts[1] = jsonString(line, LOGGER_KEY)?.slice(0, KEY_FIELD_CHARS) ?? ''
  parts[2] = jsonString(line, CONTROLLER_KEY)?.slice(0, KEY_FIELD_CHARS) ?? ''
  const errorStart = valueStart(line, ERROR_KEY, ERROR_TAIL)
  const errorEnd = errorStart === -1 ? -1 : stringEnd(line, errorStart)
  parts[3] = errorEnd === -1 ? '' : steadyText(line.slice(errorStart, Math.min(errorEnd, errorStart + KEY_ERROR_CHARS)))
  // Object fields are looked for outside the message and error values (a field name inside a string value would
  // have its quotes escaped): those values are most of a long line.
  parts[4] =
    errorEnd === -1 || errorStart < end
      ? objectFields(line, 0, msgStart) + objectFields(line, end, line.length)
      : objectFields(line, 0, msgStart) +
        objectFields(line, end, errorStart) +
        objectFields(line, errorEnd, line.length)
  return true
}

/** indexOf limited to [from, to) without scanning past `to`. */
function indexWithin(s: string, needle: string, from: number, to: number): number {
  if (to <= from) return -1
  const i = s.slice(from, to).indexOf(needle)
  return i === -1 ? -1 : from + i
}

function epochOrIso(ts: unknown): string | null {
  if (typeof ts === 'string') return ts
  if (typeof ts === 'number' && Number.isFinite(ts)) {
    const d = new Date(ts * 1000)
    return Number.isNaN(d.getTime()) ? null : d.toISOString()
  }
  return null
}
