// What a problem line says beyond its cause: the innermost error of its Go error chain, and the Karpenter objects
// (NodePool/Provisioner, NodeClaim/Machine, EC2NodeClass/AWSNodeTemplate, instance type, zone) it names.
import type { ProblemObjects } from './types.js'

const MAX_ROOT = 500
export const MAX_OBJECTS = 10

/**
 * The innermost cause of a Go error chain as Karpenter writes it: wrappers are lower-case phrases joined with ", "
 * (`launching nodeclaim, creating instance, with fleet error(s), UnauthorizedOperation: …`), AWS SDK v1 adds
 * `caused by: …` lines, SDK v2 `operation error EC2: CreateFleet, https response error …, api error Code: …`.
 */
export function rootCause(text: string): string {
  let t = text.trim()
  const caused = t.lastIndexOf('caused by: ')
  if (caused !== -1) t = t.slice(caused + 'caused by: '.length)
  const api = t.lastIndexOf('api error ')
  if (api !== -1) t = t.slice(api + 'api error '.length)
  // Drop leading wrapper phrases: lower-case words (no colon, no quote) ending in ", ".
  for (let i = 0; i < 32; i++) {
    const m = /^(?:[a-z][\w()/.-]*(?: [\w()/.%-]+)*?|with fleet error\(s\)), (?=\S)/.exec(t)
    if (!m) break
    // Keep the last segment even when it looks like a wrapper, and a wrapper before a lone word
    // (`missing field, cluster-name`).
    if (m[0].length >= t.length || !/\s/.test(t.slice(m[0].length).trim())) break
    t = t.slice(m[0].length)
  }
  t = t.replace(/\s*\((?:aws-[\w-]+=[^,)]*,? ?)+\)\s*$/, '') // (aws-error-code=…, aws-operation-name=…)
  return t.length > MAX_ROOT ? t.slice(0, MAX_ROOT - 1) + '…' : t
}

export function emptyObjects(): ProblemObjects {
  return { nodePools: [], nodeClaims: [], nodeClasses: [], instanceTypes: [], zones: [] }
}

function add(list: string[], v: unknown): void {
  if (typeof v !== 'string' || v === '' || list.length >= MAX_OBJECTS || list.includes(v)) return
  list.push(v.length > 253 ? v.slice(0, 253) : v)
}

function refName(v: unknown): unknown {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>).name : undefined
}

const TEXT_NODEPOOL = /\b(?:nodepool|provisioner)s?(?:\.karpenter\.sh)?:? "([^"\\]{1,253})"/gi
const TEXT_NODECLASS =
  /\b(?:ec2nodeclass(?:es)?|awsnodetemplates?|nodeclass|node class)(?:\.karpenter\.k8s\.aws)?:? "([^"\\]{1,253})"/gi
const TEXT_INSTANCE_TYPE =
  /\binstance type \(?"?([a-z][a-z0-9-]*\.[a-z0-9-]+)|\bsufficient ([a-z][a-z0-9-]*\.[a-z0-9-]+) capacity|\binstance-type[=:] ?"?([a-z][a-z0-9-]*\.[a-z0-9-]+)|\binstanceType: ([a-z][a-z0-9-]*\.[a-z0-9-]+)/g
const TEXT_ZONE = /\b((?:us|eu|ap|sa|ca|me|af|il|mx|cn|us-gov)-[a-z]+-\d[a-z])\b/g

/** Objects named by an entry's fields and text (klog refs in v0.37+, kebab fields before, quoted names in errors). */
export function collectObjects(into: ProblemObjects, fields: Record<string, unknown>, text: string): void {
  add(into.nodePools, refName(fields.NodePool) ?? fields.nodepool ?? fields.provisioner ?? refName(fields.Provisioner))
  add(into.nodeClaims, refName(fields.NodeClaim) ?? fields.nodeclaim ?? fields.machine ?? refName(fields.Machine))
  add(
    into.nodeClasses,
    refName(fields.EC2NodeClass) ??
      fields.ec2nodeclass ??
      fields.nodeclass ??
      fields.awsnodetemplate ??
      refName(fields.AWSNodeTemplate)
  )
  add(into.instanceTypes, fields['instance-type'] ?? fields.instanceType)
  add(into.zones, fields.zone)
  // Controller-runtime `Reconciler error` lines name the reconciled object as controllerKind + name.
  const kind = fields.controllerKind
  if (typeof kind === 'string' && typeof fields.name === 'string' && fields.name !== '') {
    if (kind === 'NodePool' || kind === 'Provisioner') add(into.nodePools, fields.name)
    else if (kind === 'NodeClaim' || kind === 'Machine') add(into.nodeClaims, fields.name)
    else if (kind === 'EC2NodeClass' || kind === 'AWSNodeTemplate') add(into.nodeClasses, fields.name)
  }
  if (text === '') return
  for (const m of text.matchAll(TEXT_NODEPOOL)) add(into.nodePools, m[1])
  for (const m of text.matchAll(TEXT_NODECLASS)) add(into.nodeClasses, m[1])
  for (const m of text.matchAll(TEXT_INSTANCE_TYPE)) add(into.instanceTypes, m[1] ?? m[2] ?? m[3] ?? m[4])
  for (const m of text.matchAll(TEXT_ZONE)) add(into.zones, m[1])
}
