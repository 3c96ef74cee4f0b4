// Folds the status of collected Karpenter objects (NodeClaims, Machines, EC2NodeClasses, NodePools, as YAML or JSON,
// single objects, multi-document files or `kind: List`) into the diagnosis: failed conditions become problems,
// NodeClaims become launches (or fill in what the log did not say).
import { readFile } from 'node:fs/promises'
import { TextDecoder } from 'node:util'
import { parseAllDocuments } from 'yaml'
import { matchRule } from './catalog.js'
import { splitLines } from './lines.js'
import { isBlankSpan } from './parse.js'
import { instanceIdFromProviderId, RULES_BY_ID, type Diagnosis } from './diagnose.js'

type Obj = Record<string, unknown>

interface Condition {
  type: string
  status: string
  reason: string
  message: string
  time: string | null
}

// EC2NodeClass conditions whose failure has one cause whatever the message.
const CONDITION_RULE: Record<string, string> = {
  SubnetsReady: 'no-subnets',
  SecurityGroupsReady: 'no-security-groups',
  AMIsReady: 'no-amis'
}
// NodeClaim `Launched` reasons (v1.2+) that the message text alone might not reveal.
const REASON_RULE: Record<string, string> = {
  Unauthorized: 'unauthorized',
  AMIAuthorizationFailure: 'unauthorized',
  SpotSLRCreationFailed: 'spot-slr',
  RequestLimitExceeded: 'throttling',
  FleetQuotaExceeded: 'capacity-quota',
  SpotQuotaExceeded: 'capacity-quota',
  VCPULimitExceeded: 'capacity-quota',
  InsufficientFreeAddressesInSubnet: 'capacity-subnet-ips',
  InsufficientCapacity: 'insufficient-capacity',
  AMINotFound: 'no-amis',
  InvalidAMIID: 'no-amis',
  SubnetsNotFound: 'no-subnets',
  SecurityGroupsNotFound: 'no-security-groups'
}
// Conditions that only roll others up, or that are normal while a node comes up.
const SKIP_CONDITIONS = new Set(['Ready', 'Consolidatable', 'Drifted', 'Empty', 'Expired', 'DisruptionReason'])

function asObj(v: unknown): Obj | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : null
}

function s(v: unknown): string {
  return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v)
}

function conditions(o: Obj): Condition[] {
  const list = asObj(o.status)?.conditions
  if (!Array.isArray(list)) return []
  return list
    .map(asObj)
    .filter((c): c is Obj => c !== null)
    .map((c) => ({
      type: s(c.type),
      status: s(c.status),
      reason: s(c.reason),
      message: s(c.message),
      time: s(c.lastTransitionTime) || null
    }))
}

function* objectsOf(doc: unknown): Generator<Obj> {
  const o = asObj(doc)
  if (!o) return
  if (Array.isArray(o.items)) {
    for (const item of o.items) yield* objectsOf(item)
    return
  }
  if (typeof o.kind === 'string') yield o
}

/** Longest excerpt of a file's content or a YAML message a warning quotes. */
const MAX_WARNING_EXCERPT = 160
/** Bytes of a binary file's beginning a warning shows (enough to recognise ELF, PK, gzip …). */
const BINARY_EXCERPT_BYTES = 24

/** Text for a warning: control characters become U+FFFD (they must not reach a terminal), capped in length. */
function clean(text: string, max = MAX_WARNING_EXCERPT): string {
  // eslint-disable-next-line no-control-regex
  const safe = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD')
  return safe.length > max ? `${safe.slice(0, max)}…` : safe
}

/** The first bytes of a binary file as plain ASCII (letters, digits, a few marks), others as `.`. */
function binaryExcerpt(bytes: Buffer): string {
  const head = bytes.subarray(0, BINARY_EXCERPT_BYTES)
  let out = ''
  for (const b of head) out += /[A-Za-z0-9 .:/-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : '.'
  return bytes.length > BINARY_EXCERPT_BYTES ? `${out}…` : out
}

/** Lines of a file as the log reader counts them (same splitting, blank lines not counted, over-long lines once). */
async function countedLines(bytes: Buffer): Promise<number> {
  let n = 0
  const once = async function* (): AsyncGenerator<Buffer> {
    yield bytes
  }
  await splitLines(once(), {
    chunk: () => {},
    line: (s, a, b) => {
      if (!isBlankSpan(s, a, b)) n++
    },
    oversized: () => {
      n++
    }
  })
  return n
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * The text of an objects file: UTF-8 (a BOM dropped) or UTF-16 with a BOM (PowerShell redirection of kubectl);
 * `binary` with the reason when it holds NUL bytes or is not valid UTF-8.
 */
export function decodeObjectFile(bytes: Buffer): { text: string } | { binary: string } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes) }
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes) }
  }
  const nul = bytes.indexOf(0)
  if (nul !== -1) return { binary: `a NUL byte at offset ${nul}` }
  try {
    return { text: utf8.decode(bytes) } // drops a UTF-8 BOM
  } catch {
    return { binary: `a byte that is not UTF-8 at offset ${firstInvalidUtf8(bytes)}` }
  }
}

/** Offset of the first byte that is not valid UTF-8 (a U+FFFD in the lenient decoding that the file did not hold). */
function firstInvalidUtf8(bytes: Buffer): number {
  const text = bytes.toString('utf8')
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) {
    const at = Buffer.byteLength(text.slice(0, i))
    if (!(bytes[at] === 0xef && bytes[at + 1] === 0xbf && bytes[at + 2] === 0xbd)) return at
  }
  return 0
}

/**
 * Fold one objects file into the diagnosis. Returns the lines counted as unparsed input: all lines of a binary file
 * (it is reported with a short warning, never its raw bytes), else 0.
 */
export async function foldObjectFile(file: string, d: Diagnosis): Promise<number> {
  let bytes: Buffer
  try {
    bytes = await readFile(file)
  } catch (error) {
    d.warnings.push(`${file}: not read (${clean((error as Error).message)})`)
    return 0
  }
  const decoded = decodeObjectFile(bytes)
  if ('binary' in decoded) {
    const lines = await countedLines(bytes)
    d.warnings.push(
      `${file}: binary content (${decoded.binary}), not Karpenter objects in YAML or JSON; ` +
        `${lines} line(s) counted as unparsed; it begins "${binaryExcerpt(bytes)}"`
    )
    return lines
  }
  let docs
  try {
    docs = parseAllDocuments(decoded.text)
  } catch (error) {
    d.warnings.push(`${file}: not YAML/JSON (${clean((error as Error).message.split('\n')[0]!)})`)
    return 0
  }
  const list = Array.isArray(docs) ? docs : [docs]
  for (const doc of list) {
    if (doc.errors.length > 0) {
      const err = doc.errors[0]!
      const pos = err.linePos?.[0]
      d.warnings.push(`${file}${pos ? `:${pos.line}:${pos.col}` : ''}: ${clean(err.message.split('\n')[0]!)}`)
      continue
    }
    for (const o of objectsOf(doc.toJS())) foldObject(o, d)
  }
  return 0
}

export function foldObject(o: Obj, d: Diagnosis): void {
  const kind = s(o.kind)
  const meta = asObj(o.metadata) ?? {}
  const name = s(meta.name)
  const conds = conditions(o)

  if (kind === 'NodeClaim' || kind === 'Machine') {
    const labels = asObj(meta.labels) ?? {}
    const status = asObj(o.status) ?? {}
    const launched = conds.find((c) => c.type === 'Launched' || c.type === 'MachineLaunched')
    const registered = conds.find((c) => c.type === 'Registered' || c.type === 'MachineRegistered')
    const initialized = conds.find((c) => c.type === 'Initialized' || c.type === 'MachineInitialized')
    const providerId = s(status.providerID) || null
    if (launched?.status === 'True' || providerId) {
      d.objectLaunch({
        time: launched?.status === 'True' ? launched.time : null,
        instanceId: instanceIdFromProviderId(providerId),
        instanceType: s(labels['node.kubernetes.io/instance-type']) || null,
        zone: s(labels['topology.kubernetes.io/zone']) || null,
        capacityType: s(labels['karpenter.sh/capacity-type']) || null,
        nodeClaim: name || null,
        nodePool: s(labels['karpenter.sh/nodepool']) || s(labels['karpenter.sh/provisioner-name']) || null,
        node: s(status.nodeName) || null,
        registeredAt: registered?.status === 'True' ? registered.time : null,
        initializedAt: initialized?.status === 'True' ? initialized.time : null,
        secondsToReady: null,
        source: 'object'
      })
    }
  }

  const failed = conds.filter(
    (c) => c.status === 'False' || (c.status === 'Unknown' && /Fail|Exceeded|NotFound|Unauthorized/.test(c.reason))
  )
  const relevant = failed.filter((c) => !SKIP_CONDITIONS.has(c.type))
  // `Ready=False` alone (no more specific condition) is still worth reporting.
  const report = relevant.length > 0 ? relevant : failed.filter((c) => c.type === 'Ready' && c.message !== '')
  for (const c of report) {
    const sample = `${kind} ${name}: ${c.type}=${c.status}${c.reason ? ` reason=${c.reason}` : ''}${c.message ? `: ${c.message}` : ''}`
    const ruleId = CONDITION_RULE[c.type] ?? REASON_RULE[c.reason]
    const rule = (ruleId ? RULES_BY_ID.get(ruleId) : undefined) ?? matchRule(`${c.reason}\n${c.message}`, '')
    if (rule) d.recordRule(rule, c.time, sample)
    else d.recordUnmatched(`${kind} condition ${c.type}=${c.status}${c.reason ? ` (${c.reason})` : ''}`, c.time, sample)
  }
}
