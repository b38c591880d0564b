/**
 * The part of `fetch` Octokit uses, over node:http and node:https. Node's own fetch compiles its undici and the
 * llhttp WebAssembly parser on the first request, which costs about half a bare `node` start before an action's
 * first API call; node:http is part of Node's start-up snapshot. Octokit sends a string body (or none), reads status,
 * url, headers and the body as text or bytes, and may pass an AbortSignal.
 *
 * As fetch does: redirects are followed (up to 20; a 303, or a 301/302 after a POST, becomes a GET without body;
 * the Authorization header is not sent to another origin), gzip/deflate/br bodies are decoded, network errors reject
 * with a TypeError whose `cause` is the error, an abort rejects with an AbortError. Connections are kept alive by
 * Node's global agents.
 */
import { request as httpRequest } from 'node:http'
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders } from 'node:http'
import { request as httpsRequest } from 'node:https'
import * as zlib from 'node:zlib'

const MAX_REDIRECTS = 20

/** The fields of a fetch Response Octokit reads. */
export interface HttpResponse {
  status: number
  statusText: string
  url: string
  ok: boolean
  redirected: boolean
  headers: ResponseHeaders
  text(): Promise<string>
  json(): Promise<unknown>
  arrayBuffer(): Promise<ArrayBuffer>
}

/** Lower-case names; repeated headers joined with `, ` as fetch's Headers does. */
export class ResponseHeaders implements Iterable<[string, string]> {
  private readonly map = new Map<string, string>()

  constructor(raw: IncomingHttpHeaders) {
    for (const [name, value] of Object.entries(raw)) {
      if (value !== undefined) this.map.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value)
    }
  }

  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null
  }

  has(name: string): boolean {
    return this.map.has(name.toLowerCase())
  }

  [Symbol.iterator](): Iterator<[string, string]> {
    return [...this.map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))[Symbol.iterator]()
  }
}

interface FetchInit {
  method?: string
  headers?: Record<string, string>
  body?: string | Uint8Array | null
  redirect?: 'follow' | 'manual' | 'error'
  signal?: AbortSignal | null
}

function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason
  if (reason instanceof Error && reason.name === 'AbortError') return reason
  const error = new Error('This operation was aborted', { cause: reason })
  error.name = 'AbortError'
  return error
}

function networkError(cause: unknown): TypeError {
  return new TypeError('fetch failed', { cause })
}

const writtenListeners = new Set<() => void>()

/**
 * Resolves once the next request has been written to its connection (or has failed): for a caller that wants a
 * request on the wire before it does a long piece of synchronous work, such as loading the rest of a bundle.
 */
export function requestWritten(): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      writtenListeners.delete(done)
      resolve()
    }
    writtenListeners.add(done)
  })
}

/** Tells requestWritten's waiters that a request is on its way (http-fetch calls it itself; a fetch it does not
 * send, e.g. through a proxy, calls it when it hands the request over). */
export function notifyWritten(): void {
  for (const listener of [...writtenListeners]) listener()
}

/** One request, no redirects: the response head and its (decoded) body, read in full. */
function send(
  url: URL,
  init: FetchInit,
  headers: OutgoingHttpHeaders
): Promise<{ res: IncomingMessage; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const signal = init.signal ?? undefined
    if (signal?.aborted) return reject(abortError(signal))
    const request = url.protocol === 'https:' ? httpsRequest : url.protocol === 'http:' ? httpRequest : undefined
    if (!request) return reject(networkError(new Error(`unsupported protocol ${url.protocol}`)))
    const raw: unknown = init.body ?? undefined
    // as fetch's BodyInit: bytes as they are, anything else as its string
    const body =
      raw === undefined || typeof raw === 'string' || raw instanceof Uint8Array
        ? raw
        : typeof raw === 'number' || typeof raw === 'boolean'
          ? String(raw)
          : JSON.stringify(raw)
    if (body !== undefined) headers['content-length'] = Buffer.byteLength(body)
    const req = request(url, { method: init.method ?? 'GET', headers })
    const onAbort = (): void => {
      req.destroy(abortError(signal!))
    }
    signal?.addEventListener('abort', onAbort, { once: true })
    const fail = (e: Error): void => {
      signal?.removeEventListener('abort', onAbort)
      reject(e.name === 'AbortError' ? e : networkError(e))
    }
    req.on('error', fail)
    req.on('error', notifyWritten)
    req.on('finish', notifyWritten)
    req.on('response', (res) => {
      const decoded = decode(res)
      const chunks: Buffer[] = []
      decoded.on('data', (c: Buffer) => chunks.push(c))
      decoded.on('error', fail)
      res.on('error', fail)
      decoded.on('end', () => {
        signal?.removeEventListener('abort', onAbort)
        resolve({ res, body: Buffer.concat(chunks) })
      })
    })
    req.end(body)
  })
}

/** The body stream, unzipped when the server compressed it. */
function decode(res: IncomingMessage): NodeJS.ReadableStream {
  const encoding = String(res.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase()
  if (encoding !== 'gzip' && encoding !== 'x-gzip' && encoding !== 'deflate' && encoding !== 'br') return res
  const unzip =
    encoding === 'br'
      ? zlib.createBrotliDecompress()
      : encoding === 'deflate'
        ? zlib.createInflate()
        : zlib.createGunzip({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH })
  res.on('error', (e) => unzip.destroy(e))
  return res.pipe(unzip)
}

/** fetch(url, init) for Octokit; see the module comment for what it does and does not do. */
export async function httpFetch(input: string | URL, init: FetchInit = {}): Promise<HttpResponse> {
  let url = new URL(String(input))
  let method = (init.method ?? 'GET').toUpperCase()
  let body = init.body ?? undefined
  const headers: OutgoingHttpHeaders = {}
  for (const [name, value] of Object.entries(init.headers ?? {})) headers[name.toLowerCase()] = value
  const origin = url.origin
  for (let redirects = 0; ; redirects++) {
    const { res, body: data } = await send(url, { ...init, method, body }, { ...headers })
    const status = res.statusCode ?? 0
    const location = res.headers.location
    if ([301, 302, 303, 307, 308].includes(status) && location && init.redirect !== 'manual') {
      if (init.redirect === 'error') throw networkError(new Error(`unexpected redirect to ${location}`))
      if (redirects >= MAX_REDIRECTS) throw networkError(new Error('redirect count exceeded'))
      url = new URL(location, url)
      if (status === 303 || ((status === 301 || status === 302) && method === 'POST')) {
        if (method !== 'HEAD') method = 'GET'
        body = undefined
        delete headers['content-type']
      }
      if (url.origin !== origin) delete headers['authorization']
      continue
    }
    return response(res, data, url, redirects > 0)
  }
}

function response(res: IncomingMessage, data: Buffer, url: URL, redirected: boolean): HttpResponse {
  const status = res.statusCode ?? 0
  const text = (): Promise<string> => Promise.resolve(data.toString('utf8'))
  return {
    status,
    statusText: res.statusMessage ?? '',
    url: url.href,
    ok: status >= 200 && status < 300,
    redirected,
    headers: new ResponseHeaders(res.headers),
    text,
    json: async () => JSON.parse(await text()) as unknown,
    arrayBuffer: () => Promise.resolve(Uint8Array.from(data).buffer)
  }
}
