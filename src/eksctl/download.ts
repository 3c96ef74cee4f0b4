// Downloads one file over HTTP(S) under two limits: a stall timeout (no byte, header or body, for stallMs) and an
// overall deadline shared by every download of an install (an AbortSignal). A server that accepts and never answers,
// or trickles a byte every few minutes, ends with a DownloadTimeoutError instead of holding the job. Redirects are
// followed (GitHub's release downloads redirect to its object store), never from https to http. An agent can be
// injected per URL (the action passes @actions/http-client's, which honours the runner's proxy settings).
import { closeSync, openSync, rmSync, writeSync } from 'node:fs'
import type { Agent, IncomingMessage } from 'node:http'
import * as http from 'node:http'
import * as https from 'node:https'

export interface DownloadOptions {
  /** Aborted when the install's overall deadline passes. */
  signal: AbortSignal
  /** Milliseconds without a byte from the server (connect, headers or body) before the attempt is dropped. */
  stallMs: number
  /** Largest body accepted, in bytes. */
  maxBytes: number
  /** The agent for a URL (proxy support); default Node's global agents. */
  agentFor?: (url: string) => Agent | undefined
  userAgent?: string
}

/** An HTTP error status; `httpStatusCode` as @actions/tool-cache's HTTPError carries it. */
export class HttpStatusError extends Error {
  constructor(
    readonly httpStatusCode: number,
    readonly url: string
  ) {
    super(`HTTP ${httpStatusCode}`)
    this.name = 'HttpStatusError'
  }
}

/** The body is larger than accepted: not worth another try. */
export class DownloadTooLargeError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DownloadTooLargeError'
  }
}

/** The server went quiet for stallMs (`stall`), or the install's deadline passed (`deadline`). */
export class DownloadTimeoutError extends Error {
  constructor(
    readonly kind: 'stall' | 'deadline',
    message: string
  ) {
    super(message)
    this.name = 'DownloadTimeoutError'
  }
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])
const MAX_REDIRECTS = 10

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`
}

/** Downloads url to dest (created new; removed again on any failure). Resolves with dest. */
export async function downloadFile(url: string, dest: string, options: DownloadOptions): Promise<string> {
  try {
    let current = url
    for (let hop = 0; ; hop++) {
      const location = await fetchOnce(current, dest, options)
      if (location === null) return dest
      if (hop >= MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects from ${url}`)
      const next = new URL(location, current)
      if (new URL(current).protocol === 'https:' && next.protocol !== 'https:') {
        throw new Error(`${current} redirects to ${next.protocol}// (refused: from https to an insecure URL)`)
      }
      current = next.toString()
    }
  } catch (error) {
    rmSync(dest, { force: true })
    throw error
  }
}

/** One request: null when the body is in dest, or the Location of a redirect. */
function fetchOnce(url: string, dest: string, options: DownloadOptions): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const { signal, stallMs, maxBytes } = options
    if (signal.aborted) {
      reject(deadlineError(signal, url))
      return
    }
    const parsed = new URL(url)
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      reject(new Error(`${url} is not an http(s) URL`))
      return
    }
    const client = parsed.protocol === 'https:' ? https : http
    let settled = false
    let response: IncomingMessage | undefined
    let fd: number | undefined
    let stallTimer: NodeJS.Timeout | undefined
    const done = (error: Error | null, value: string | null = null): void => {
      if (settled) return
      settled = true
      clearTimeout(stallTimer)
      signal.removeEventListener('abort', onAbort)
      // Written synchronously, so the file is closed (and complete, or removable) when the promise settles.
      if (fd !== undefined) {
        closeSync(fd)
        fd = undefined
      }
      if (error) {
        request.destroy()
        response?.destroy()
        reject(error)
      } else resolve(value)
    }
    const armStall = (): void => {
      clearTimeout(stallTimer)
      stallTimer = setTimeout(() => done(new DownloadTimeoutError('stall', `no data for ${seconds(stallMs)}`)), stallMs)
    }
    const onAbort = (): void => done(deadlineError(signal, url))
    signal.addEventListener('abort', onAbort, { once: true })

    const request = client.get(url, {
      agent: options.agentFor?.(url),
      headers: { 'user-agent': options.userAgent ?? 'eksctl-preflight', accept: '*/*' }
    })
    armStall()
    request.on('error', (error) => done(error))
    request.on('response', (res) => {
      response = res
      armStall()
      const status = res.statusCode ?? 0
      if (REDIRECTS.has(status) && res.headers.location) {
        res.resume()
        done(null, res.headers.location)
        return
      }
      if (status !== 200) {
        res.resume()
        done(new HttpStatusError(status, url))
        return
      }
      const declared = Number(res.headers['content-length'])
      if (Number.isFinite(declared) && declared > maxBytes) {
        done(new DownloadTooLargeError(`${url} announces ${declared} bytes, more than the ${maxBytes} accepted`))
        return
      }
      try {
        fd = openSync(dest, 'wx')
      } catch (error) {
        done(error as Error)
        return
      }
      let received = 0
      res.on('data', (chunk: Buffer) => {
        if (settled) return
        armStall()
        received += chunk.length
        if (received > maxBytes) {
          done(new DownloadTooLargeError(`${url} sent more than the ${maxBytes} bytes accepted`))
          return
        }
        try {
          let off = 0
          while (off < chunk.length) off += writeSync(fd!, chunk, off, chunk.length - off)
        } catch (error) {
          done(error as Error)
        }
      })
      res.on('aborted', () => done(new Error(`${url}: the connection closed before the whole body arrived`)))
      res.on('error', (error) => done(error))
      res.on('end', () => {
        if (settled) return
        if (!res.complete) {
          done(new Error(`${url}: the connection closed before the whole body arrived`))
          return
        }
        if (Number.isFinite(declared) && received !== declared) {
          done(new Error(`${url}: received ${received} of ${declared} bytes`))
          return
        }
        done(null, null)
      })
    })
  })
}

function deadlineError(signal: AbortSignal, url: string): DownloadTimeoutError {
  const reason: unknown = signal.reason
  const why =
    reason instanceof Error && reason.name !== 'AbortError' && reason.message ? reason.message : 'the deadline passed'
  return new DownloadTimeoutError('deadline', `stopped: ${why} (${url})`)
}
