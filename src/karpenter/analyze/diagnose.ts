// Turns parsed log entries (and object status) into the report: launches with time to ready, disruptions, and
// problems grouped by cause with the documented fix.
import semver from 'semver'
import {
  causeKey,
  isNoise,
  matchable,
  matchEntry,
  OTHER_FIX,
  PANIC_FIX,
  PROBLEM_BELOW_ERROR,
  renderFix,
  RULES,
  type ProblemRule,
  type Terms
} from './catalog.js'
import { collectObjects, emptyObjects, MAX_OBJECTS, rootCause } from './causes.js'
import { own } from './lines.js'
import { STEADY_TOKEN, steadyText } from './volatile.js'
import type { EntrySink, LogEntry } from './parse.js'
import type { Disruption, KarpenterReport, Launch, Problem, ProblemCategory } from './types.js'
import { normalizeCommit, normalizeVersion, versionForCommit } from './versions.js'

export const MAX_LAUNCHES = 10_000
export const MAX_DISRUPTIONS = 10_000
const MAX_OTHER_GROUPS = 25
const MAX_SAMPLE = 2000
const MAX_NODEPOOL_MAP = 20_000

const LAUNCH = /^(?:Launched instance|launched (?:new instance|instance|machine|nodeclaim))\b/
const LAUNCH_PRINTF =
  /^Launched instance: ([^,\s]+), hostname: ([^,\s]+), type: ([^,\s]+), zone: ([^,\s]+), capacityType: ([^,\s]+)/
const REGISTERED = /^registered (?:machine|nodeclaim)\b/
const INITIALIZED = /^(?:initialized (?:machine|nodeclaim)|node initialized)\b/
const CREATED = /^created (?:machine|nodeclaim)\b/
const DISRUPT_VIA = /^(?:Consolidating|Deprovisioning|deprovisioning|disrupting) via (\S+?)(?:\/(\S+?))?(?: (\S+?))?,? /
const DISRUPT_NODECLAIMS = /^disrupting nodeclaim\(s\) via (\S+?),/
const TERMINATING_LIST =
  /terminating \d+ (?:nodes|machines|candidates|nodeclaims)(?: \(\d+ pods?\))? (.*?)(?: and replacing with .*)?$/s
const EXPIRED = /^[Tt]riggering termination (?:for expired node|.*expired)/
const EMPTY = /^[Tt]riggering termination .*empty node/
const INTERRUPTION = /^[Dd]eleted node from interruption message/
const PROBLEM_LEVELS = new Set(['ERROR', 'FATAL', 'PANIC', 'DPANIC', 'CRITICAL'])
const REASON_METHOD: Record<string, string> = {
  empty: 'emptiness',
  underutilized: 'consolidation',
  drifted: 'drift',
  expired: 'expiration',
  interrupted: 'interruption'
}

const CRASH_LEVELS = new Set(['FATAL', 'PANIC', 'DPANIC'])
/** Texts whose cause is remembered (error floods repeat a few texts with other ids in their fields). */
const MAX_CAUSE_MEMO = 512
/** Lines per problem whose text is searched for object names (fields are read for every line). */
const TEXT_OBJECT_LINES = 64
const NOISE_ENTRY: ProblemRule = { id: 'noise', category: 'other', title: '', pattern: /$^/, fix: '', docs: null }
/** Distinct crashes listed one by one before they are pooled (a crash-looping pod repeats the same few). */
const MAX_CRASH_GROUPS = 25

interface ProblemAcc extends Omit<Problem, 'fix' | 'terms'> {
  order: number
  /** Fix template (placeholders rendered in the log's terms at report time). */
  fixTemplate: string
  fixAlpha?: string
  /** Terms of the first line's own release (its commit), when known. */
  ownTerms: Terms | null
}

function str(f: Record<string, unknown>, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = f[k]
    if (typeof v === 'string' && v !== '') return v
  }
  return null
}

/** klog object reference `"NodeClaim":{"name":"x"}` → x. */
function ref(f: Record<string, unknown>, key: string): string | null {
  const v = f[key]
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const name = (v as Record<string, unknown>).name
    if (typeof name === 'string' && name !== '') return name
  }
  return null
}

/** `aws:///us-west-2d/i-0abc` → i-0abc */
export function instanceIdFromProviderId(providerId: string | null): string | null {
  if (!providerId) return null
  const last = providerId.slice(providerId.lastIndexOf('/') + 1)
  return last === '' ? null : last
}

function laterOf(a: string | null, b: string | null): string | null {
  if (a === null) return b
  if (b === null) return a
  return b > a ? b : a
}

function earlierOf(a: string | null, b: string | null): string | null {
  if (a === null) return b
  if (b === null) return a
  return b < a ? b : a
}

function secondsBetween(from: string | null, to: string | null): number | null {
  if (!from || !to) return null
  const ms = Date.parse(to) - Date.parse(from)
  return Number.isFinite(ms) && ms >= 0 ? Math.round(ms / 100) / 10 : null
}

function cut(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s
}

/** Text with ids, addresses and numbers normalised away (group keys). */
function normalise(text: string): string {
  return text
    .replace(/\bi-[0-9a-f]{8,17}\b/g, 'i-…')
    .replace(/\bip-[\w.-]+/g, 'ip-…')
    .replace(/\b[0-9a-f]{8}-[0-9a-f-]{27}\b/g, '…')
    .replace(/\b0x[0-9a-f]+\b/g, '0x…')
    .replace(/\d+(\.\d+)?/g, 'N')
}

/** An error's volatile parts as repeat keys replace them, shown as `…` and `session` in a title. */
function steadyTitle(text: string): string {
  return steadyText(text).replaceAll(STEADY_TOKEN, '…')
}

/** Group key text for an unrecognised error: ids, numbers and quoted names normalised away. */
function otherTitle(entry: LogEntry): string {
  const msg = entry.message.split('\n')[0]!
  // The error as repeat keys hold it (volatile parts replaced): lines with one key get one title.
  const err =
    typeof entry.fields.error === 'string' ? steadyTitle(entry.fields.error.split('\n')[0]!.slice(0, 300)) : ''
  const text = (msg === 'Reconciler error' || msg === 'Reconcile error') && err ? `${msg}: ${err}` : msg || err
  const normalised = normalise(text)
  const who = str(entry.fields, 'controller') ?? entry.logger
  return cut(who ? `${who}: ${normalised}` : normalised, 160)
}

/** Repeat keys remembered before the set starts over (a worker's mirror of the set uses the same bound). */
export const MAX_REPEAT_KEYS = 5000
/**
 * Lines of one repeat key decoded in full before the next ones are counted by their key alone: as many as a problem
 * lists names of one kind, so the NodeClaims a flood of one error names (not part of the key) are still listed.
 */
export const DECODED_PER_KEY = MAX_OBJECTS

export class Diagnosis implements EntrySink {
  private readonly launches: Launch[] = []
  private launchesOmitted = 0
  private readonly byClaim = new Map<string, Launch>()
  private readonly byInstance = new Map<string, Launch>()
  private readonly byNode = new Map<string, Launch>()
  private readonly nodePoolOf = new Map<string, string>()
  /**
   * nodePoolOf's keys in insertion order from nodePoolOrderHead on (the oldest is evicted first). Asking the Map for
   * its first key instead costs a walk over every deleted slot, which made long logs quadratic.
   */
  private nodePoolOrder: string[] = []
  private nodePoolOrderHead = 0
  private readonly problems = new Map<string, ProblemAcc>()
  private otherGroups = 0
  private crashGroups = 0
  private readonly causeMemo = new Map<string, ProblemRule | null>()
  /** Object names of the v1alpha5 APIs (Provisioner, Machine) or of v1beta1+ (NodePool, NodeClaim) seen in fields. */
  private sawAlphaTerms = false
  private sawBetaTerms = false
  /** Whether any line was a Karpenter log entry (set by the caller from the parser's counts). */
  karpenterLogFound = false
  private readonly disruptions: Disruption[] = []
  private disruptionsOmitted = 0
  private lastCommit: string | null = null
  private lastRawCommit: string | null = null
  private readonly normalizedCommits = new Map<string, string | null>()
  private firstCommit: string | null = null
  private loggedVersion: string | null = null
  readonly warnings: string[] = []
  /**
   * Repeat key of a WARN+ line → lines of it decoded so far and their problem group key ('' = not a problem). Once
   * DECODED_PER_KEY lines were decoded, the next ones are counted by key alone.
   */
  private readonly repeats = new Map<string, { decoded: number; group: string }>()

  repeat(key: string, time: string | null): boolean {
    const known = this.repeats.get(key)
    if (known === undefined || known.decoded < DECODED_PER_KEY) return false
    const group = known.group
    if (group !== '') {
      const acc = this.problems.get(group)!
      acc.count++
      acc.firstSeen = earlierOf(acc.firstSeen, time)
      acc.lastSeen = laterOf(acc.lastSeen, time)
    }
    return true
  }

  /** The repeat keys known now with their lines decoded (a worker parsing the next file starts its mirror here). */
  repeatKeys(): [string, number][] {
    return [...this.repeats].map(([key, { decoded }]) => [key, decoded])
  }

  private sighted(key: string, group: string): void {
    const known = this.repeats.get(key)
    if (known) {
      known.decoded++
      known.group = group
      return
    }
    // A full set starts over before a new key goes in (a worker's mirror follows the same rule).
    if (this.repeats.size >= MAX_REPEAT_KEYS) this.repeats.clear()
    this.repeats.set(own(key), { decoded: 1, group })
  }

  /** The first commit a file showed (found by the parser's cheap scan, before any full entry). */
  noteFirstCommit(commit: string | null): void {
    const c = normalizeCommit(commit)
    if (!c) return
    this.firstCommit ??= c
    this.lastCommit ??= c
  }

  noteCommit(commit: string | null): void {
    // Most entries repeat the previous commit: noting it again changes nothing.
    if (commit !== null && commit === this.lastRawCommit) return
    this.lastRawCommit = commit
    if (commit === null) return
    // A log has a handful of distinct commit strings: normalise each once.
    let c = this.normalizedCommits.get(commit)
    if (c === undefined) {
      c = normalizeCommit(commit)
      if (this.normalizedCommits.size >= 256) this.normalizedCommits.clear()
      this.normalizedCommits.set(own(commit), c)
    }
    if (!c) return
    if (this.firstCommit === null) this.firstCommit = c
    this.lastCommit = c
  }

  entry(e: LogEntry, repeatKey: string | null = null): void {
    const f = e.fields
    if (f.commit !== undefined) this.noteCommit(typeof f.commit === 'string' ? f.commit : null)
    const msg = e.message
    if (!this.sawAlphaTerms && ('provisioner' in f || 'machine' in f || 'Provisioner' in f)) this.sawAlphaTerms = true
    if (!this.sawBetaTerms && ('nodepool' in f || 'nodeclaim' in f || 'NodePool' in f || 'NodeClaim' in f)) {
      this.sawBetaTerms = true
    }
    if (msg.startsWith('discovered karpenter version') || msg.startsWith('discovered version')) {
      this.loggedVersion = normalizeVersion(str(f, 'version')) ?? this.loggedVersion
    } else if (msg.startsWith('Initializing with version')) {
      this.loggedVersion = normalizeVersion(msg.slice('Initializing with version'.length)) ?? this.loggedVersion
    }

    // Dispatch on the first letter so most entries meet one regex at most.
    switch (msg.charCodeAt(0)) {
      case 76: // L
      case 108: // l
        if (LAUNCH.test(msg)) this.launch(e)
        break
      case 114: // r
        if (REGISTERED.test(msg)) this.progress(e, 'registered')
        break
      case 105: // i
      case 110: // n
        if (INITIALIZED.test(msg)) this.progress(e, 'initialized')
        break
      case 99: // c
        if (CREATED.test(msg)) this.created(f)
        break
      case 67: // C
      case 68: // D
      case 100: // d
      case 84: // T
      case 116: // t
        this.disruption(e)
        break
    }
    let group = ''
    if (
      PROBLEM_LEVELS.has(e.level) ||
      e.level === 'WARN' ||
      e.format === 'panic' ||
      (e.confidence === 'low' && e.level === '') ||
      PROBLEM_BELOW_ERROR.test(msg)
    ) {
      group = this.problem(e)
    }
    if (repeatKey !== null) this.sighted(repeatKey, group)
  }

  private created(f: Record<string, unknown>): void {
    const claim = ref(f, 'NodeClaim') ?? str(f, 'nodeclaim', 'machine')
    const pool = ref(f, 'NodePool') ?? str(f, 'nodepool', 'provisioner')
    if (claim && pool) {
      if (this.nodePoolOf.size >= MAX_NODEPOOL_MAP) {
        this.nodePoolOf.delete(this.nodePoolOrder[this.nodePoolOrderHead++]!)
        if (this.nodePoolOrderHead >= MAX_NODEPOOL_MAP) {
          this.nodePoolOrder = this.nodePoolOrder.slice(this.nodePoolOrderHead)
          this.nodePoolOrderHead = 0
        }
      }
      if (!this.nodePoolOf.has(claim)) this.nodePoolOrder.push(claim)
      this.nodePoolOf.set(claim, pool)
    }
  }

  private launch(e: LogEntry): void {
    const f = e.fields
    const m = LAUNCH_PRINTF.exec(e.message)
    const instanceId =
      m?.[1] ?? str(f, 'id', 'launched-instance') ?? instanceIdFromProviderId(str(f, 'provider-id', 'providerID'))
    if (instanceId && this.byInstance.has(instanceId)) return // same launch seen twice (overlapping files)
    if (this.launches.length >= MAX_LAUNCHES) {
      this.launchesOmitted++
      return
    }
    const nodeClaim = ref(f, 'NodeClaim') ?? str(f, 'nodeclaim', 'machine')
    const launch: Launch = {
      time: e.time,
      instanceId,
      instanceType: m?.[3] ?? str(f, 'instance-type', 'type'),
      zone: m?.[4] ?? str(f, 'zone'),
      capacityType: m?.[5] ?? str(f, 'capacity-type', 'capacityType'),
      nodeClaim,
      nodePool:
        ref(f, 'NodePool') ??
        str(f, 'nodepool', 'provisioner') ??
        (nodeClaim ? (this.nodePoolOf.get(nodeClaim) ?? null) : null),
      node: m?.[2] ?? str(f, 'hostname') ?? ref(f, 'Node') ?? str(f, 'node'),
      registeredAt: null,
      initializedAt: null,
      secondsToReady: null,
      source: 'log'
    }
    this.addLaunch(launch)
  }

  private addLaunch(launch: Launch): void {
    this.launches.push(launch)
    if (launch.nodeClaim) this.byClaim.set(launch.nodeClaim, launch)
    if (launch.instanceId) this.byInstance.set(launch.instanceId, launch)
    if (launch.node) this.byNode.set(launch.node, launch)
  }

  private findLaunch(claim: string | null, instanceId: string | null, node: string | null): Launch | undefined {
    return (
      (claim ? this.byClaim.get(claim) : undefined) ??
      (instanceId ? this.byInstance.get(instanceId) : undefined) ??
      (node ? this.byNode.get(node) : undefined)
    )
  }

  private progress(e: LogEntry, step: 'registered' | 'initialized'): void {
    const f = e.fields
    const claim = ref(f, 'NodeClaim') ?? str(f, 'nodeclaim', 'machine')
    const node = ref(f, 'Node') ?? str(f, 'node')
    const launch = this.findLaunch(claim, instanceIdFromProviderId(str(f, 'provider-id')), node)
    if (!launch) return
    if (node && !launch.node) {
      launch.node = node
      this.byNode.set(node, launch)
    }
    if (step === 'registered') launch.registeredAt ??= e.time
    else launch.initializedAt ??= e.time
    launch.secondsToReady = secondsBetween(launch.time, launch.initializedAt ?? launch.registeredAt)
  }

  private disruption(e: LogEntry): void {
    const msg = e.message
    const f = e.fields
    let method: string | null = null
    let decision: string | null = null
    // Where the nodes are listed: worked out only for disruptions that are kept (past the cap they are counted).
    let listed: 'message' | 'fields' | null = null
    const reason = str(f, 'reason')
    let m: RegExpExecArray | null
    if ((m = DISRUPT_NODECLAIMS.exec(msg))) {
      decision = m[1]!
      method = (reason && REASON_METHOD[reason]) ?? reason ?? 'unknown'
      listed = 'message'
    } else if (msg.startsWith('disrupting node(s)')) {
      decision = str(f, 'decision')
      method = (reason && REASON_METHOD[reason]) ?? reason ?? 'unknown'
      listed = 'fields'
    } else if ((m = DISRUPT_VIA.exec(msg))) {
      const first = m[1]!.toLowerCase()
      if (first === 'delete' || first === 'replace') {
        // v0.15–v0.18 `Consolidating via delete, …`
        method = 'consolidation'
        decision = first
      } else {
        method = first
        decision = m[2] ?? m[3] ?? null
      }
      listed = 'message'
    } else if (EXPIRED.test(msg)) {
      method = 'expiration'
    } else if (EMPTY.test(msg)) {
      method = 'emptiness'
    } else if (INTERRUPTION.test(msg)) {
      method = 'interruption'
    } else return
    if (this.disruptions.length >= MAX_DISRUPTIONS) {
      this.disruptionsOmitted++
      return
    }
    const nodes: string[] = listed === 'message' ? nodeList(msg) : []
    if (listed === 'fields') {
      const list = f['disrupted-nodes']
      if (Array.isArray(list)) {
        for (const n of list) {
          if (n && typeof n === 'object') {
            const name = ref(n as Record<string, unknown>, 'Node') ?? ref(n as Record<string, unknown>, 'NodeClaim')
            if (name) nodes.push(name)
          }
        }
      }
    }
    if (nodes.length === 0) {
      const node = ref(f, 'Node') ?? str(f, 'node') ?? ref(f, 'NodeClaim') ?? str(f, 'nodeclaim', 'machine')
      if (node) nodes.push(node)
    }
    this.disruptions.push({ time: e.time, method, nodes, reason: reason ?? str(f, 'message-kind', 'kind'), decision })
  }

  /** Counts the entry as a problem; returns its group key, or '' when it is not one. */
  private problem(e: LogEntry): string {
    const f = e.fields
    const parts = [e.message]
    for (const k of ['error', 'err']) {
      const v = f[k]
      if (typeof v === 'string' && v !== '') parts.push(v)
    }
    const text = matchable(parts.join('\n'))
    const codes = [f['aws-error-code'], f.reason].filter((v) => typeof v === 'string' && v !== '').join('\n')
    const reason = typeof f.reason === 'string' ? f.reason : null
    const logger = `${e.logger} ${str(f, 'controller') ?? ''}`.trim()
    // Error floods repeat one error with other ids in the fields and in the text: its cause is worked out once per
    // cause key (the text with its volatile parts replaced).
    const memoKey = `${logger}\u0000${codes}\u0000${causeKey(text)}`
    let rule = this.causeMemo.get(memoKey)
    if (rule === undefined) {
      rule = isNoise(text) ? NOISE_ENTRY : matchEntry(text, codes, logger, reason)
      if (this.causeMemo.size >= MAX_CAUSE_MEMO) this.causeMemo.clear()
      this.causeMemo.set(memoKey, rule)
    }
    if (rule === NOISE_ENTRY) return ''
    const err = typeof f.error === 'string' && f.error !== '' ? f.error : typeof f.err === 'string' ? f.err : ''
    const root = err || (e.format === 'panic' ? e.message.replace(/^panic: |^fatal error: /, '') : e.message)
    const low = e.confidence === 'low'
    if (e.format === 'panic' || CRASH_LEVELS.has(e.level)) {
      // Crashes first: each distinct crash is its own problem, whatever cause it shares with other lines.
      const first = e.message.split('\n')[0]!
      const what = rule ? rule.title : cut(first, 120)
      const title = `Controller ${e.format === 'panic' || e.level !== 'FATAL' ? 'panic' : 'exited'}: ${what}`
      let key = `crash:${rule?.id ?? 'panic'}:${normalise(first).slice(0, 200)}`
      if (!this.problems.has(key) && this.crashGroups >= MAX_CRASH_GROUPS) key = 'crash:*'
      else if (!this.problems.has(key)) this.crashGroups++
      return this.add(key, {
        category: rule?.category ?? 'panic',
        cause: rule?.id ?? 'panic',
        title: key === 'crash:*' ? 'Further controller crashes (more kinds than listed)' : title,
        fix: rule?.fix ?? PANIC_FIX,
        fixAlpha: rule?.fixAlpha,
        docs: rule?.docs ?? null,
        crash: true,
        time: e.time,
        sample: e.raw,
        root,
        fields: f,
        text,
        low
      })
    }
    if (rule) {
      return this.add(rule.id, {
        category: rule.category,
        cause: rule.id,
        title: rule.title,
        fix: rule.fix,
        fixAlpha: rule.fixAlpha,
        docs: rule.docs,
        crash: false,
        time: e.time,
        sample: e.raw,
        root,
        fields: f,
        text,
        low
      })
    }
    if (!PROBLEM_LEVELS.has(e.level) || low) return ''
    return this.recordOther(otherTitle(e), e.time, e.raw, root, f, text)
  }

  private add(
    key: string,
    p: {
      category: ProblemCategory
      cause: string
      title: string
      fix: string
      fixAlpha?: string
      docs: string | null
      crash: boolean
      time: string | null
      sample: string
      root: string
      fields: Record<string, unknown>
      text: string
      low: boolean
    }
  ): string {
    let acc = this.problems.get(key)
    if (acc) {
      acc.count++
      acc.firstSeen = earlierOf(acc.firstSeen, p.time)
      acc.lastSeen = laterOf(acc.lastSeen, p.time)
      // A whole log line is better evidence than a fragment: it replaces a fragment's sample.
      if (acc.confidence === 'low' && !p.low) {
        acc.confidence = 'high'
        acc.sample = own(cut(p.sample, MAX_SAMPLE))
        acc.rootCause = own(p.root)
      }
    } else {
      acc = {
        category: p.category,
        title: own(p.title),
        count: 1,
        firstSeen: own(p.time),
        lastSeen: own(p.time),
        sample: own(cut(p.sample, MAX_SAMPLE)),
        fixTemplate: p.fix,
        fixAlpha: p.fixAlpha,
        docs: p.docs,
        cause: p.cause,
        crash: p.crash,
        rootCause: own(rootCause(p.root)),
        objects: emptyObjects(),
        confidence: p.low ? 'low' : 'high',
        ownTerms: termsOfCommit(p.fields.commit),
        order: this.problems.size
      }
      this.problems.set(key, acc)
    }
    // Names in the text of a cause's first lines; later lines of a flood add the names their fields carry.
    collectObjects(acc.objects, p.fields, acc.count <= TEXT_OBJECT_LINES ? p.text : '')
    return key
  }

  private recordOther(
    title: string,
    time: string | null,
    sample: string,
    root: string,
    fields: Record<string, unknown> = {},
    text = ''
  ): string {
    let key = `other:${title}`
    if (!this.problems.has(key) && this.otherGroups >= MAX_OTHER_GROUPS) {
      key = 'other:*'
      title = 'Other errors (more kinds than listed)'
    } else if (!this.problems.has(key)) this.otherGroups++
    return this.add(key, {
      category: 'other',
      cause: key,
      title,
      fix: OTHER_FIX,
      docs: null,
      crash: false,
      time,
      sample,
      root,
      fields,
      text,
      low: false
    })
  }

  /** Count one occurrence of a problem from an object's status. */
  recordRule(rule: ProblemRule, time: string | null, sample: string): void {
    this.add(rule.id, {
      category: rule.category,
      cause: rule.id,
      title: rule.title,
      fix: rule.fix,
      fixAlpha: rule.fixAlpha,
      docs: rule.docs,
      crash: false,
      time,
      sample,
      root: rootCause(sample.replace(/^[^:]*: /, '')),
      fields: {},
      text: sample,
      low: false
    })
  }

  recordUnmatched(title: string, time: string | null, sample: string): void {
    this.recordOther(title, time, sample, rootCause(sample.replace(/^[^:]*: /, '')), {}, sample)
  }

  /** A launch known from a NodeClaim/Machine object: fill gaps of the logged launch, or add it. */
  objectLaunch(l: Launch): void {
    const known = this.findLaunch(l.nodeClaim, l.instanceId, l.node)
    if (!known) {
      l.secondsToReady = secondsBetween(l.time, l.initializedAt ?? l.registeredAt)
      if (this.launches.length >= MAX_LAUNCHES) this.launchesOmitted++
      else this.addLaunch(l)
      return
    }
    for (const k of [
      'time',
      'instanceId',
      'instanceType',
      'zone',
      'capacityType',
      'nodeClaim',
      'nodePool',
      'node'
    ] as const) {
      known[k] ??= l[k]
    }
    known.registeredAt ??= l.registeredAt
    known.initializedAt ??= l.initializedAt
    known.secondsToReady = secondsBetween(known.time, known.initializedAt ?? known.registeredAt)
  }

  report(lines: { total: number; parsed: number; unparsed: number }, givenVersion?: string | null): KarpenterReport {
    const commit = this.lastCommit ?? this.firstCommit
    const version =
      this.loggedVersion ??
      versionForCommit(this.lastCommit) ??
      versionForCommit(this.firstCommit) ??
      normalizeVersion(givenVersion ?? null)
    const byTime = <T extends { time: string | null }>(xs: T[]): T[] =>
      xs
        .map((x, i) => ({ x, i }))
        .sort((p, q) =>
          p.x.time === q.x.time
            ? p.i - q.i
            : p.x.time === null
              ? 1
              : q.x.time === null
                ? -1
                : p.x.time < q.x.time
                  ? -1
                  : 1
        )
        .map((p) => p.x)
    const terms = this.terms(version)
    const problems: Problem[] = [...this.problems.values()]
      .sort((p, q) => Number(q.crash) - Number(p.crash) || q.count - p.count || p.order - q.order)
      .map(({ order: _order, fixTemplate, fixAlpha, ownTerms, ...p }) => ({
        category: p.category,
        title: p.title,
        count: p.count,
        firstSeen: p.firstSeen,
        lastSeen: p.lastSeen,
        sample: p.sample,
        fix: renderFix(fixTemplate, ownTerms ?? terms, fixAlpha),
        docs: p.docs,
        cause: p.cause,
        crash: p.crash,
        rootCause: p.rootCause,
        objects: p.objects,
        confidence: p.confidence,
        terms: ownTerms ?? terms
      }))
    const warnings = [...this.warnings]
    if (this.disruptionsOmitted > 0)
      warnings.push(`${this.disruptionsOmitted} disruptions beyond the first ${MAX_DISRUPTIONS} are not listed`)
    return {
      karpenterVersion: version,
      karpenterCommit: commit,
      lines,
      launches: byTime(this.launches),
      problems,
      disruptions: byTime(this.disruptions),
      launchesOmitted: this.launchesOmitted,
      warnings,
      karpenterLogFound: this.karpenterLogFound
    }
  }

  /** Object names for fixes: from the version (v0.32 introduced NodePool/EC2NodeClass), else from the fields seen. */
  private terms(version: string | null): Terms {
    if (version && semver.valid(version)) return semver.lt(version, '0.32.0') ? 'v1alpha5' : 'v1'
    if (this.sawBetaTerms) return 'v1'
    if (this.sawAlphaTerms) return 'v1alpha5'
    return 'unknown'
  }
}

function termsOfCommit(commit: unknown): Terms | null {
  const v = versionForCommit(normalizeCommit(commit))
  return v ? (semver.lt(v, '0.32.0') ? 'v1alpha5' : 'v1') : null
}

function nodeList(msg: string): string[] {
  const m = TERMINATING_LIST.exec(msg)
  if (!m) return []
  return m[1]!
    .split(/,\s*/)
    .map((t) => t.trim().split('/')[0]!)
    .filter((t) => t !== '' && !/^and$/.test(t))
}

export const RULES_BY_ID: ReadonlyMap<string, ProblemRule> = new Map(RULES.map((r) => [r.id, r]))
