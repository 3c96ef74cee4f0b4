// A small HTTP server for tests, on 127.0.0.1 and a free port: serves fixed replies per path (or a sequence of
// replies, the last one repeating), can fail the way networks fail (status codes, a body cut short, a reset
// connection), and logs every request so a test can assert what was (not) asked. Unknown paths answer 404.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Reply {
  status?: number
  body?: string | Buffer
  headers?: Record<string, string>
  /** Announce the whole body's Content-Length but send only this many bytes, then drop the connection. */
  truncateAt?: number
  /** Drop the connection without answering. */
  reset?: boolean
  /** Accept the request and never answer (no status line, no byte). */
  hang?: boolean
  /** Send the status and headers, then one byte of the body every this many ms (never finishing in time). */
  trickleMs?: number
}

export interface RequestRecord {
  method: string
  /** Path without the query string. */
  path: string
  query: string
  headers: IncomingHttpHeaders
}

export class TestHttpServer {
  readonly requests: RequestRecord[] = []
  private readonly routes = new Map<string, { replies: Reply[]; served: number }>()

  private constructor(
    private readonly server: Server,
    readonly url: string
  ) {}

  static async start(): Promise<TestHttpServer> {
    const holder: { self?: TestHttpServer } = {}
    const server = createServer((req, res) =>
      holder.self!.handle(req.method ?? 'GET', req.url ?? '/', req.headers, res)
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    holder.self = new TestHttpServer(server, `http://127.0.0.1:${port}`)
    return holder.self
  }

  /** Serve `reply` at `path`; an array is answered in order, its last reply repeating. */
  set(path: string, reply: Reply | Reply[]): this {
    this.routes.set(path, { replies: Array.isArray(reply) ? reply : [reply], served: 0 })
    return this
  }

  remove(path: string): this {
    this.routes.delete(path)
    return this
  }

  requestsFor(path: string): RequestRecord[] {
    return this.requests.filter((r) => r.path === path)
  }

  clearLog(): void {
    this.requests.length = 0
  }

  async close(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  private handle(
    method: string,
    rawUrl: string,
    headers: IncomingHttpHeaders,
    res: import('node:http').ServerResponse
  ): void {
    const [path = '/', query = ''] = rawUrl.split('?', 2)
    this.requests.push({ method, path: decodeURIComponent(path), query, headers })
    const route = this.routes.get(decodeURIComponent(path))
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found')
      return
    }
    const reply = route.replies[Math.min(route.served, route.replies.length - 1)]!
    route.served++
    if (reply.reset) {
      res.socket?.destroy()
      return
    }
    if (reply.hang) return
    if (reply.trickleMs !== undefined) {
      const body = reply.body === undefined ? Buffer.alloc(1 << 20) : Buffer.from(reply.body)
      res.writeHead(reply.status ?? 200, { 'content-length': String(body.length), ...reply.headers })
      res.flushHeaders()
      let sent = 0
      const timer = setInterval(() => {
        if (sent < body.length) res.write(body.subarray(sent, ++sent))
      }, reply.trickleMs)
      res.on('close', () => clearInterval(timer))
      return
    }
    const body = reply.body === undefined ? Buffer.alloc(0) : Buffer.from(reply.body)
    res.writeHead(reply.status ?? 200, {
      'content-type': 'application/octet-stream',
      'content-length': String(body.length),
      ...reply.headers
    })
    if (reply.truncateAt !== undefined) {
      res.write(body.subarray(0, reply.truncateAt), () => res.socket?.destroy())
      return
    }
    res.end(method === 'HEAD' ? undefined : body)
  }
}
