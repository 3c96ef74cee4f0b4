// What @actions/artifact 6 talks to when a step uploads an artifact, on 127.0.0.1:
// - the Results service (ACTIONS_RESULTS_URL): twirp JSON calls POST /twirp/github.actions.results.api.v1.ArtifactService/
//   CreateArtifact and …/FinalizeArtifact, authorised by ACTIONS_RUNTIME_TOKEN (a JWT whose `scp` claim carries
//   `Actions.Results:<workflow run backend id>:<job run backend id>`);
// - the signed upload URL CreateArtifact hands back, which @azure/storage-blob's BlockBlobClient.uploadStream fills
//   with `PUT ?comp=block&blockid=…` per chunk and one `PUT ?comp=blocklist` (XML block list) to commit. The URL is
//   path-style (http://127.0.0.1:port/<account>/<container>/<blob>), the form the SDK uses for IP hosts (Azurite).
import { createServer, type IncomingMessage, type Server } from 'node:http'

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/'

export interface TwirpCall {
  method: string
  authorization: string | undefined
  body: Record<string, unknown>
}

export interface BlobCall {
  method: string
  path: string
  comp: string | null
  blockId: string | null
  bytes: number
}

export interface FakeResultsApi {
  /** ACTIONS_RESULTS_URL. */
  url: string
  /** ACTIONS_RUNTIME_TOKEN: an unsigned JWT with the scp claim @actions/artifact reads. */
  runtimeToken: string
  workflowRunBackendId: string
  workflowJobRunBackendId: string
  twirp: TwirpCall[]
  blobCalls: BlobCall[]
  /** Committed blobs by path (/account/container/name), as the block list assembled them. */
  blobs: Map<string, Buffer>
  close(): Promise<void>
}

export interface FakeResultsOptions {
  /** The id FinalizeArtifact answers (int64, sent as a string as protobuf JSON does). */
  artifactId?: string
  /** Answer CreateArtifact with this twirp error instead (e.g. 409 already_exists, as for a duplicate name). */
  createError?: { status: number; code: string; msg: string }
}

const base64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url')

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

export async function startFakeResultsApi(options: FakeResultsOptions = {}): Promise<FakeResultsApi> {
  const workflowRunBackendId = 'ce7f54c7-61c7-4aae-887f-30da475f5f1a'
  const workflowJobRunBackendId = 'ca395085-040a-526b-2ce8-bdc85f692774'
  const runtimeToken = [
    base64url({ typ: 'JWT', alg: 'RS256' }),
    base64url({
      scp: `Actions.ExampleScope Actions.Results:${workflowRunBackendId}:${workflowJobRunBackendId}`,
      exp: Math.floor(Date.now() / 1000) + 3600
    }),
    'c2lnbmF0dXJl'
  ].join('.')
  const twirp: TwirpCall[] = []
  const blobCalls: BlobCall[] = []
  const blobs = new Map<string, Buffer>()
  const staged = new Map<string, Buffer>()
  let origin = ''

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const body = await readBody(req)
      const json = (status: number, value: unknown): void => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(value))
      }
      if (req.method === 'POST' && url.pathname.startsWith(SERVICE)) {
        const method = url.pathname.slice(SERVICE.length)
        const call = { method, authorization: req.headers.authorization, body: JSON.parse(body.toString('utf8')) }
        twirp.push(call as TwirpCall)
        if (call.authorization !== `Bearer ${runtimeToken}`) {
          json(401, { code: 'unauthenticated', msg: 'invalid runtime token' })
        } else if (method === 'CreateArtifact' && options.createError) {
          const e = options.createError
          json(e.status, { code: e.code, msg: e.msg })
        } else if (method === 'CreateArtifact') {
          const name = encodeURIComponent(`${String(call.body.name)}.zip`)
          json(200, {
            ok: true,
            signed_upload_url: `${origin}/devstoreaccount1/actions-results/${workflowJobRunBackendId}/${name}?sv=2023-11-03&sr=b&sp=cw&sig=c2lnbmVk`
          })
        } else if (method === 'FinalizeArtifact') {
          json(200, { ok: true, artifact_id: options.artifactId ?? '1234567' })
        } else {
          json(404, { code: 'bad_route', msg: `no handler for ${method}` })
        }
        return
      }
      if (req.method === 'PUT' && url.pathname.startsWith('/devstoreaccount1/')) {
        const comp = url.searchParams.get('comp')
        const blockId = url.searchParams.get('blockid')
        blobCalls.push({ method: 'PUT', path: url.pathname, comp, blockId, bytes: body.length })
        const headers = { 'x-ms-request-id': `req-${blobCalls.length}`, 'x-ms-version': '2025-01-05' }
        if (comp === 'block' && blockId) {
          staged.set(`${url.pathname}#${blockId}`, body)
          res.writeHead(201, headers)
          res.end()
          return
        }
        if (comp === 'blocklist') {
          const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted)>([^<]*)<\//g)].map((m) => m[1]!)
          const parts = ids.map((id) => staged.get(`${url.pathname}#${id}`))
          if (parts.some((p) => p === undefined)) {
            res.writeHead(400, headers)
            res.end('InvalidBlockList')
            return
          }
          blobs.set(url.pathname, Buffer.concat(parts as Buffer[]))
          res.writeHead(201, { ...headers, etag: '"0x8DC0000000000"', 'last-modified': new Date().toUTCString() })
          res.end()
          return
        }
      }
      res.writeHead(404)
      res.end()
    })().catch(() => {
      res.writeHead(500)
      res.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  return {
    url: `${origin}/`,
    runtimeToken,
    workflowRunBackendId,
    workflowJobRunBackendId,
    twirp,
    blobCalls,
    blobs,
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  }
}
