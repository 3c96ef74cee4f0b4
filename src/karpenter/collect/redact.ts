// Redaction of secrets in collected text. Every byte the collector writes passes through a Redactor first.
// GitHub masks registered secrets in logs only, never in artifacts, so this is the only protection the files get.

/** Kinds of redaction, as they appear in the replacement marker `[REDACTED:<kind>]` and in the manifest counts. */
export type RedactionKind =
  | 'aws-access-key-id'
  | 'aws-secret-access-key'
  | 'aws-session-token'
  | 'bearer-token'
  | 'jwt'
  | 'private-key'
  | 'kubeconfig-credential'
  | 'masked-value'
  | 'aws-account-id'

export type RedactionCounts = Partial<Record<RedactionKind, number>>

export interface RedactorOptions {
  /** Literal values to mask wherever they appear (values registered with add-mask / setSecret that we know of). */
  maskedValues?: string[]
  /** Literal credentials read from kubeconfig files (tokens, passwords, client keys). */
  kubeconfigCredentials?: string[]
  /** Mask the 12-digit account id inside ARNs (`arn:aws:iam::123456789012:role/x`). */
  redactAccountIds?: boolean
}

/** Literal values shorter than this are not masked: masking "ab" everywhere would destroy the evidence. */
export const MIN_LITERAL_LENGTH = 4

export function marker(kind: RedactionKind): string {
  return `[REDACTED:${kind}]`
}

interface PatternRule {
  kind: RedactionKind
  pattern: RegExp
  /** Replace only this capture group (the value), keeping the key that identified it. */
  group?: number
}

// Access key ids: 4-letter prefix naming the key type, then 16 upper-case base32 characters.
const ACCESS_KEY_ID = /\b(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ABIA|ACCA)[A-Z2-7]{16}\b/g
// Secret access keys are 40 base64 characters with nothing to recognise them by, so they are found by their key.
const SECRET_KEY_BY_NAME =
  /((?:aws_?secret_?access_?key|secret_?access_?key|secretkey|aws_secret)["']?\s*(?:[:=]|=>)\s*["']?)([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/gi
// Session tokens: by their key, or by the prefixes STS tokens start with (base64 of their binary header).
const SESSION_TOKEN_BY_NAME =
  /((?:aws_?session_?token|session_?token|x-amz-security-token|securitytoken)["']?\s*(?:[:=]|=>)\s*["']?)([A-Za-z0-9/+=%]{16,})/gi
const SESSION_TOKEN_SHAPE = /\b(?:IQoJb3JpZ2lu|FwoGZXIvYXdz|FQoGZXIvYXdz)[A-Za-z0-9/+=]{20,}/g
// JWTs: base64url header and payload that both start with '{"' (eyJ), then a signature.
const JWT = /\beyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g
// Authorization headers and the like: the scheme word, then the credential.
const BEARER = /(\b[Bb]earer\s+)([A-Za-z0-9\-._~+/]{8,}=*)/g
const PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g
// kubeconfig / client credentials written as YAML or JSON keys.
const KUBECONFIG_KEYS =
  /((?:client-key-data|client_key_data|clientKeyData|id-token|refresh-token)["']?\s*:\s*["']?)([A-Za-z0-9/+=._-]{8,})/g
const ACCOUNT_ID_IN_ARN = /(\barn:aws[a-z-]*:[a-z0-9-]*:[a-z0-9-]*:)(\d{12})(?=:)/g

const RULES: PatternRule[] = [
  { kind: 'private-key', pattern: PRIVATE_KEY },
  { kind: 'jwt', pattern: JWT },
  { kind: 'bearer-token', pattern: BEARER, group: 2 },
  { kind: 'aws-access-key-id', pattern: ACCESS_KEY_ID },
  { kind: 'aws-secret-access-key', pattern: SECRET_KEY_BY_NAME, group: 2 },
  { kind: 'aws-session-token', pattern: SESSION_TOKEN_BY_NAME, group: 2 },
  { kind: 'aws-session-token', pattern: SESSION_TOKEN_SHAPE },
  { kind: 'kubeconfig-credential', pattern: KUBECONFIG_KEYS, group: 2 }
]

/** The lines of a value that are long enough to mask (a multi-line secret is masked line by line, as GitHub does). */
function literalParts(values: string[] | undefined): string[] {
  const parts = new Set<string>()
  for (const value of values ?? []) {
    for (const line of value.split(/\r?\n/)) {
      const trimmed = line.trim()
      if (trimmed.length >= MIN_LITERAL_LENGTH) parts.add(trimmed)
    }
  }
  // Longest first, so a value containing another is masked whole.
  return [...parts].sort((a, b) => b.length - a.length)
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export interface RedactionResult {
  text: string
  counts: RedactionCounts
}

export class Redactor {
  private readonly literals: { kind: RedactionKind; pattern: RegExp }[] = []
  private readonly redactAccountIds: boolean

  constructor(options: RedactorOptions = {}) {
    this.redactAccountIds = options.redactAccountIds ?? false
    this.addLiterals('kubeconfig-credential', options.kubeconfigCredentials)
    this.addLiterals('masked-value', options.maskedValues)
  }

  /** Register more literal values (e.g. credentials learnt while collecting). */
  addLiterals(kind: RedactionKind, values: string[] | undefined): void {
    const parts = literalParts(values)
    if (parts.length === 0) return
    this.literals.push({ kind, pattern: new RegExp(parts.map(escapeRegExp).join('|'), 'g') })
  }

  redact(input: string): RedactionResult {
    const counts: RedactionCounts = {}
    const bump = (kind: RedactionKind): void => {
      counts[kind] = (counts[kind] ?? 0) + 1
    }
    let text = input
    // Literal values first: they are exact, and a pattern rule must not rewrite half of one first.
    for (const { kind, pattern } of this.literals) {
      text = text.replace(pattern, () => {
        bump(kind)
        return marker(kind)
      })
    }
    for (const rule of RULES) {
      text = text.replace(rule.pattern, (...match: string[]) => {
        bump(rule.kind)
        if (rule.group === undefined) return marker(rule.kind)
        return match.slice(1, rule.group).join('') + marker(rule.kind)
      })
    }
    if (this.redactAccountIds) {
      text = text.replace(ACCOUNT_ID_IN_ARN, (_all, prefix: string) => {
        bump('aws-account-id')
        return `${prefix}${marker('aws-account-id')}`
      })
    }
    return { text, counts }
  }
}

export function addCounts(into: RedactionCounts, from: RedactionCounts): RedactionCounts {
  for (const [kind, n] of Object.entries(from) as [RedactionKind, number][]) {
    into[kind] = (into[kind] ?? 0) + n
  }
  return into
}

export function totalCount(counts: RedactionCounts): number {
  return Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0)
}
