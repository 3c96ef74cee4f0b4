// Redaction of secrets in collected text. Every byte the collector writes passes through a Redactor first.
// GitHub masks registered secrets in logs only, never in artifacts, so this is the only protection the files get.
import { parseAllDocuments } from 'yaml'

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
  | 'secret-by-name'
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
// A PEM private key block; one cut by a byte limit (no END line) is masked to the end of the text.
const PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g
// kubeconfig / client credentials written as YAML or JSON keys (a kubeconfig user's `token:` and `password:` too).
const KUBECONFIG_KEYS =
  /((?:client-key-data|client_key_data|clientKeyData|id-token|refresh-token|(?<![A-Za-z0-9_-])(?:token|password))["']?\s*:\s*["']?)([A-Za-z0-9/+=._~-]{8,})/g
// Environment-variable style names that hold secrets (upper case, as in `env:`, describe output, `NAME=value`).
const SECRET_VAR = '[A-Z0-9_]*(?:SECRET|PASSWORD|PASSWD|TOKEN|API_KEY|APIKEY|PRIVATE_KEY|CREDENTIALS?)(?:_[A-Z0-9]+)*'
// A name that holds a secret, by its words; names of files, paths, ARNs and URLs that point at one are not secrets.
const SECRET_NAME =
  /(?:secret|passw(?:or)?d|token|api[_-]?key|apikey|private[_-]?key|credentials?)(?![A-Za-z0-9]*(?:[_-]?(?:file|path|arn|url|uri|name|ref|id|expir\w*|ttl|type|length|audience)$))/i
// `NAME: value` / `NAME=value` with such a name (describe output, env dumps, logs).
const SECRET_VAR_VALUE = new RegExp(
  `((?<![A-Za-z0-9_])${SECRET_VAR}(?<!_(?:FILE|PATH|ARN|URL|URI|NAME|REF|ID))["']?[ \\t]*[:=][ \\t]*["']?)((?!\\[REDACTED:)[^\\s"',}]{4,})`,
  'g'
)
// A Kubernetes env entry in YAML (`- name: X` then `value: v`, kubectl's sorted key order) or JSON (either order).
const ENV_PAIR_YAML = new RegExp(
  `(name:[ \\t]*["']?${SECRET_VAR}["']?[ \\t]*\\r?\\n[ \\t]*value:[ \\t]*)((?!\\[REDACTED:)[^\\r\\n]+)`,
  'g'
)
const ENV_PAIR_JSON = new RegExp(
  `(\\\\?"name\\\\?"\\s*:\\s*\\\\?"${SECRET_VAR}\\\\?"\\s*,\\s*\\\\?"value\\\\?"\\s*:\\s*\\\\?")((?:[^"\\\\]|\\\\(?!"))+)`,
  'g'
)
const ENV_PAIR_JSON_REVERSED = new RegExp(
  `(\\\\?"value\\\\?"\\s*:\\s*\\\\?")((?:[^"\\\\]|\\\\(?!"))+)(?=\\\\?"\\s*,\\s*\\\\?"name\\\\?"\\s*:\\s*\\\\?"${SECRET_VAR}\\\\?")`,
  'g'
)
const ACCOUNT_ID_IN_ARN = /(\barn:aws[a-z-]*:[a-z0-9-]*:[a-z0-9-]*:)(\d{12})(?=:)/g

const RULES: PatternRule[] = [
  { kind: 'private-key', pattern: PRIVATE_KEY },
  { kind: 'jwt', pattern: JWT },
  { kind: 'bearer-token', pattern: BEARER, group: 2 },
  { kind: 'aws-access-key-id', pattern: ACCESS_KEY_ID },
  { kind: 'aws-secret-access-key', pattern: SECRET_KEY_BY_NAME, group: 2 },
  { kind: 'aws-session-token', pattern: SESSION_TOKEN_BY_NAME, group: 2 },
  { kind: 'aws-session-token', pattern: SESSION_TOKEN_SHAPE },
  { kind: 'kubeconfig-credential', pattern: KUBECONFIG_KEYS, group: 2 },
  { kind: 'secret-by-name', pattern: ENV_PAIR_YAML, group: 2 },
  { kind: 'secret-by-name', pattern: ENV_PAIR_JSON, group: 2 },
  { kind: 'secret-by-name', pattern: ENV_PAIR_JSON_REVERSED, group: 2 },
  { kind: 'secret-by-name', pattern: SECRET_VAR_VALUE, group: 2 }
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
  return [...parts]
}

/** Base64 text shorter than this is not masked as the encoding of a secret (too likely to occur by chance). */
const MIN_BASE64_LENGTH = 8

/**
 * The base64 forms of a secret wherever it sits in an encoded blob: for each of the 3 byte alignments, the run of
 * 4-character groups made only of the secret's bytes (standard and URL alphabets). A ConfigMap that holds a
 * credential base64-encoded (alone or inside a larger encoded file) is masked by these.
 */
export function base64Forms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8')
  const forms = new Set<string>()
  for (let shift = 0; shift < 3; shift++) {
    // With `shift` unknown bytes before it, the secret's first whole group starts at byte (3 - shift) % 3.
    const skip = (3 - shift) % 3
    const usable = Math.floor((bytes.length - skip) / 3) * 3
    if (usable <= 0) continue
    const core = bytes.subarray(skip, skip + usable).toString('base64')
    if (core.length < MIN_BASE64_LENGTH) continue
    forms.add(core)
    forms.add(core.replace(/\+/g, '-').replace(/\//g, '_'))
  }
  return [...forms]
}

/** Does this key (or env variable name) name a secret? Names of files, paths, ARNs, URLs, references do not. */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name)
}

/** Values shorter than this, found by their name, are masked where they stand (by the patterns), not everywhere. */
const MIN_NAMED_LITERAL_LENGTH = 8
const MAX_WALK_DEPTH = 64

/**
 * Secret values a YAML or JSON document names: the `value` of an entry whose `name` names a secret
 * (`env: [{name: AWS_SECRET_ACCESS_KEY, value: …}]`), the value of a key that names one, also inside strings that
 * hold JSON (`kubectl.kubernetes.io/last-applied-configuration`). Text that does not parse yields nothing.
 */
export function secretsInDocument(text: string): string[] {
  const found = new Set<string>()
  const take = (value: unknown): void => {
    if (typeof value !== 'string') return
    const v = value.trim()
    // One-line values only: a multi-line value (a file) is masked by its own patterns, not line by line everywhere.
    if (v.length >= MIN_NAMED_LITERAL_LENGTH && !/[\r\n]/.test(v) && !v.startsWith('[REDACTED:')) found.add(v)
  }
  const walk = (value: unknown, depth: number): void => {
    if (depth > MAX_WALK_DEPTH) return
    if (typeof value === 'string') {
      const t = value.trim()
      if ((t.startsWith('{') && t.endsWith('}')) || (t.startsWith('[') && t.endsWith(']'))) {
        try {
          walk(JSON.parse(t), depth + 1)
        } catch {
          // Not JSON: plain text.
        }
      }
      return
    }
    if (Array.isArray(value)) {
      for (const item of value) walk(item, depth + 1)
      return
    }
    if (typeof value !== 'object' || value === null) return
    const obj = value as Record<string, unknown>
    if (typeof obj.name === 'string' && isSecretName(obj.name)) take(obj.value)
    for (const [key, child] of Object.entries(obj)) {
      if (isSecretName(key)) take(child)
      walk(child, depth + 1)
    }
  }
  try {
    for (const doc of parseAllDocuments(text, { uniqueKeys: false })) {
      walk(doc.toJS({ maxAliasCount: 100 }), 0)
    }
  } catch {
    // Unparseable (e.g. cut at a byte cap): the line patterns still apply.
  }
  return [...found]
}

function matches(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0
  const found = pattern.test(text)
  pattern.lastIndex = 0
  return found
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export interface RedactionResult {
  text: string
  counts: RedactionCounts
}

export class Redactor {
  /** Literal text to mask → its kind (first registration wins). */
  private readonly known = new Map<string, RedactionKind>()
  private literalPattern: RegExp | null = null
  private readonly redactAccountIds: boolean

  constructor(options: RedactorOptions = {}) {
    this.redactAccountIds = options.redactAccountIds ?? false
    this.addLiterals('kubeconfig-credential', options.kubeconfigCredentials)
    this.addLiterals('masked-value', options.maskedValues)
  }

  /** Register more literal values (e.g. credentials learnt while collecting), with their base64 and JSON forms. */
  addLiterals(kind: RedactionKind, values: string[] | undefined): void {
    let added = false
    const add = (text: string): void => {
      if (text.length < MIN_LITERAL_LENGTH || this.known.has(text)) return
      this.known.set(text, kind)
      added = true
    }
    for (const part of literalParts(values)) {
      add(part)
      add(JSON.stringify(part).slice(1, -1))
      for (const form of base64Forms(part)) add(form)
    }
    if (!added) return
    // Longest first, so a value containing another is masked whole.
    const all = [...this.known.keys()].sort((a, b) => b.length - a.length)
    this.literalPattern = new RegExp(all.map(escapeRegExp).join('|'), 'g')
  }

  /** Learn the secrets a YAML/JSON document names (see secretsInDocument), so they are masked here and elsewhere. */
  learnFromDocument(text: string): void {
    // Values whose own shape a pattern recognises (a JWT, an access key id) keep that pattern's kind.
    const unrecognised = secretsInDocument(text).filter((value) => !RULES.some((rule) => matches(rule.pattern, value)))
    this.addLiterals('secret-by-name', unrecognised)
  }

  redact(input: string): RedactionResult {
    const counts: RedactionCounts = {}
    const bump = (kind: RedactionKind): void => {
      counts[kind] = (counts[kind] ?? 0) + 1
    }
    let text = input
    // Literal values first: they are exact, and a pattern rule must not rewrite half of one first.
    if (this.literalPattern) {
      text = text.replace(this.literalPattern, (found) => {
        const kind = this.known.get(found) ?? 'masked-value'
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
