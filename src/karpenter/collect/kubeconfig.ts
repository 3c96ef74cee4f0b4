// What collection learns from the kubeconfig: the credentials in it (so they are masked if they ever appear in
// collected output) and which cluster the chosen context points at (for the manifest). Never copied anywhere.
import { readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { delimiter, join } from 'node:path'
import { parse } from 'yaml'

export interface KubeconfigFacts {
  /** Files read, in kubectl's merge order. */
  files: string[]
  currentContext: string | null
  /** Server URL of the context collection uses (no credentials). */
  server: string | null
  credentials: string[]
  /** Files that could not be read or parsed, with the reason. */
  problems: string[]
}

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined)

export function kubeconfigFiles(explicit: string | undefined, env: NodeJS.ProcessEnv): string[] {
  if (explicit) return [explicit]
  if (env.KUBECONFIG) return env.KUBECONFIG.split(delimiter).filter(Boolean)
  return [join(env.HOME ?? homedir(), '.kube', 'config')]
}

const CREDENTIAL_KEYS = ['token', 'password', 'client-key-data']
const AUTH_PROVIDER_KEYS = ['id-token', 'refresh-token', 'access-token', 'client-secret']

export function readKubeconfigFacts(
  explicit: string | undefined,
  context: string | undefined,
  env: NodeJS.ProcessEnv
): KubeconfigFacts {
  const facts: KubeconfigFacts = { files: [], currentContext: null, server: null, credentials: [], problems: [] }
  const contexts = new Map<string, Obj>()
  const clusters = new Map<string, Obj>()
  for (const file of kubeconfigFiles(explicit, env)) {
    let doc: unknown
    try {
      doc = parse(readFileSync(file, 'utf8'))
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'ENOENT' || explicit) facts.problems.push(`${file}: ${code ?? (error as Error).message}`)
      continue
    }
    facts.files.push(file)
    if (!isObj(doc)) continue
    facts.currentContext ??= str(doc['current-context']) ?? null
    for (const entry of Array.isArray(doc.contexts) ? doc.contexts : []) {
      if (isObj(entry) && str(entry.name) && isObj(entry.context) && !contexts.has(entry.name as string))
        contexts.set(entry.name as string, entry.context)
    }
    for (const entry of Array.isArray(doc.clusters) ? doc.clusters : []) {
      if (isObj(entry) && str(entry.name) && isObj(entry.cluster) && !clusters.has(entry.name as string))
        clusters.set(entry.name as string, entry.cluster)
    }
    for (const entry of Array.isArray(doc.users) ? doc.users : []) {
      const user = isObj(entry) && isObj(entry.user) ? entry.user : undefined
      if (!user) continue
      for (const key of CREDENTIAL_KEYS) {
        const value = str(user[key])
        if (value) facts.credentials.push(value)
      }
      const tokenFile = str(user.tokenFile)
      if (tokenFile) {
        try {
          facts.credentials.push(readFileSync(tokenFile, 'utf8').trim())
        } catch {
          // A token file we cannot read is a token kubectl cannot read either.
        }
      }
      const provider = isObj(user['auth-provider']) ? user['auth-provider'] : undefined
      const config = provider && isObj(provider.config) ? provider.config : undefined
      for (const key of AUTH_PROVIDER_KEYS) {
        const value = config ? str(config[key]) : undefined
        if (value) facts.credentials.push(value)
      }
    }
  }
  const chosen = context ?? facts.currentContext ?? undefined
  const ctx = chosen ? contexts.get(chosen) : undefined
  const cluster = ctx && str(ctx.cluster) ? clusters.get(ctx.cluster as string) : undefined
  facts.server = cluster ? (str(cluster.server) ?? null) : null
  if (context) facts.currentContext = context
  return facts
}

/**
 * A server URL fit to print: no `user:password@`, no query or fragment (some proxies take a token there). A value
 * that is not a URL keeps only what precedes any `@`, `?` or `#` after the scheme.
 */
export function serverWithoutCredentials(server: string): string {
  try {
    const url = new URL(server)
    url.username = ''
    url.password = ''
    url.search = ''
    url.hash = ''
    const text = url.toString()
    // URL adds a trailing slash to a bare origin; keep the kubeconfig's spelling.
    return server.replace(/[?#].*$/, '').endsWith('/') || url.pathname !== '/' ? text : text.replace(/\/$/, '')
  } catch {
    return server.replace(/^([a-z][a-z0-9+.-]*:\/\/)?[^/@?#]*@/i, '$1').replace(/[?#].*$/, '')
  }
}
