// Folds the status of collected Karpenter objects (NodeClaims, Machines, EC2NodeClasses, NodePools, as YAML or JSON,
// single objects, multi-document files or `kind: List`) into the diagnosis: failed conditions become problems,
// NodeClaims become launches (or fill in what the log did not say).
import { readFile } from 'node:fs/promises'
import { parseAllDocuments } from 'yaml'
import { matchRule } from './catalog.js'
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

export async function foldObjectFile(file: string, d: Diagnosis): Promise<void> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    d.warnings.push(`${file}: not read (${(error as Error).message})`)
    return
  }
  let docs
  try {
    docs = parseAllDocuments(text)
  } catch (error) {
    d.warnings.push(`${file}: not YAML/JSON (${(error as Error).message})`)
    return
  }
  const list = Array.isArray(docs) ? docs : [docs]
  for (const doc of list) {
    if (doc.errors.length > 0) {
      const err = doc.errors[0]!
      const pos = err.linePos?.[0]
      d.warnings.push(`${file}${pos ? `:${pos.line}:${pos.col}` : ''}: ${err.message.split('\n')[0]}`)
      continue
    }
    for (const o of objectsOf(doc.toJS())) foldObject(o, d)
  }
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
