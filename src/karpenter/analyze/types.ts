// The diagnosis a Karpenter log (plus optional object status) turns into. The JSON form of KarpenterReport is a
// documented contract (README, section `analyze`): keys listed in the issue are stable; the extra keys are additive.

/** Problem categories; ids are part of the JSON contract. */
export const PROBLEM_CATEGORIES = [
  'insufficient-capacity',
  'unauthorized',
  'access-denied',
  'no-subnets',
  'no-security-groups',
  'no-amis',
  'unschedulable-pod',
  'nodepool-limits',
  'webhook',
  'leader-election',
  'spot-service-linked-role',
  'cluster-endpoint',
  'sts-credentials',
  'throttling',
  'queue-not-found',
  'panic',
  'registration-timeout',
  'other',
  // Added with the source-derived catalog (additive: the ids above keep their meaning).
  'settings',
  'nodeclass-not-ready',
  'launch-template',
  'instance-profile',
  'node-initialization',
  'drain',
  'crd-version',
  'pricing',
  'disruption-budget',
  'launch-timeout'
] as const
export type ProblemCategory = (typeof PROBLEM_CATEGORIES)[number]

export interface Launch {
  /** Time of the launch line as logged (ISO 8601), or null when the line carries none. */
  time: string | null
  instanceId: string | null
  instanceType: string | null
  zone: string | null
  capacityType: string | null
  /** NodeClaim (v0.32+) or Machine (v0.28–v0.31) name. */
  nodeClaim: string | null
  /** NodePool (v0.32+) or Provisioner (≤ v0.31) name. */
  nodePool: string | null
  /** Node name once known (hostname at launch ≤ v0.27, `registered …` later). */
  node: string | null
  registeredAt: string | null
  initializedAt: string | null
  /** Seconds from launch to initialized (or to registered when initialization is not logged). */
  secondsToReady: number | null
  /** Where the launch was learned: a log line, or the status of a NodeClaim/Machine object. */
  source: 'log' | 'object'
}

/** Objects a problem's log lines name (each list capped, first seen first). */
export interface ProblemObjects {
  /** NodePool (v0.32+) or Provisioner (≤ v0.31) names. */
  nodePools: string[]
  /** NodeClaim (v0.32+) or Machine (v0.28–v0.31) names. */
  nodeClaims: string[]
  /** EC2NodeClass (v0.32+) or AWSNodeTemplate (≤ v0.31) names. */
  nodeClasses: string[]
  instanceTypes: string[]
  zones: string[]
}

export interface Problem {
  category: ProblemCategory
  /** Short statement of what went wrong (one per distinct cause inside a category). */
  title: string
  count: number
  firstSeen: string | null
  lastSeen: string | null
  /** One raw line (multi-line entries joined with \n), cut to 2000 characters. */
  sample: string
  /** What to do, from Karpenter's troubleshooting docs where a section exists, else from what the code does. */
  fix: string
  /** Link to the documentation the fix comes from, when there is one. */
  docs: string | null
  /** Catalog id of the cause (one group per cause); `other:…` for errors no cause matches. */
  cause: string
  /** A controller crash (panic, FATAL start-up error): reported first, one problem per distinct crash. */
  crash: boolean
  /** The innermost error of the sample's Go error chain (what actually failed), cut to 500 characters. */
  rootCause: string
  /** Objects named by the lines of this problem. */
  objects: ProblemObjects
  /** `high`: a whole log line matched; `low`: only text that is not a whole log line (a wrapped or pasted entry). */
  confidence: 'high' | 'low'
  /** Object names the fix uses: `v1alpha5` (Provisioner/AWSNodeTemplate/Machine, before v0.32) or `v1` (NodePool/EC2NodeClass/NodeClaim), `unknown` when the version is not known. */
  terms: 'v1alpha5' | 'v1' | 'unknown'
}

export interface Disruption {
  time: string | null
  /** consolidation | drift | expiration | emptiness | interruption | (other method words as logged) */
  method: string
  /** Node names (or name/instance-type/capacity-type as logged) being disrupted. */
  nodes: string[]
  /** `reason` field (v1.x: empty, underutilized, drifted, expired …) or the logged decision text. */
  reason: string | null
  /** delete | replace, when logged. */
  decision: string | null
}

export interface KarpenterReport {
  karpenterVersion: string | null
  /** 7-character build commit seen in the logs (`commit` field), when any. */
  karpenterCommit: string | null
  lines: { total: number; parsed: number; unparsed: number }
  launches: Launch[]
  problems: Problem[]
  disruptions: Disruption[]
  /** Launches beyond the retained maximum (counted, not listed). */
  launchesOmitted: number
  /** Non-fatal remarks: unreadable object files, lines cut at the size cap, … */
  warnings: string[]
  /** False when no line of the input was a Karpenter log line (empty input, another program's log). */
  karpenterLogFound: boolean
}
