import { rootCertificates } from 'node:tls'
import { Agent, request } from 'undici'
import type { Dispatcher } from 'undici'
import { backoffDelay } from '../time/backoff.js'
import { systemClock } from '../time/clock.js'
import type { Clock } from '../time/clock.js'
import { ArgoCdError, ArgoCdUnreachable, parseErrorBody } from './errors.js'
import type { RollbackRequest, SyncRequest, WireAppSyncWindows, WireApplication, WireApplicationList } from './wire.js'

export type ArgoCdAuth = { token: string } | { username: string; password: string }

export interface ArgoCdOptions {
  /** API URL with an optional path prefix (argocd-server --rootpath): `https://cd.example.com/argo-cd`. */
  server: string
  auth: ArgoCdAuth
  /** Skip TLS verification (self-signed servers). */
  insecure?: boolean
  /** PEM text trusted in addition to the system roots. */
  caCert?: string
  /** Every request gets its own timeout: a GET with refresh can block forever (argo-cd#21613). */
  requestTimeoutMs: number
  /** Retries of 429/502/503/504 (and of 500 and dropped connections for reads). */
  retries?: number
  /** Base delay of the retry backoff (grows x2 with full jitter). */
  retryBaseMs?: number
  /** Called with every secret the client learns (the session token), to mask it in logs. */
  mask?: (secret: string) => void
  log?: (message: string) => void
  clock?: Clock
}

/** Which app a call is about: namespace (apps in any namespace) and project (turns a masked 403 into 404). */
export interface AppRef {
  name: string
  namespace?: string
  project?: string
}

export interface ListQuery {
  selector?: string
  projects?: string[]
  namespace?: string
}

export interface WatchQuery {
  name?: string
  namespace?: string
  projects?: string[]
  selector?: string
  resourceVersion?: string
}

export type StreamFormat = 'ndjson' | 'sse'

const RETRY_ALWAYS = new Set([429, 502, 503, 504])

/**
 * A small client for Argo CD's REST API (grpc-gateway, research/argocd.md 1.1-1.9): bearer token or a session from
 * username and password, path prefix, TLS options, per-request timeouts, retries with backoff, the error envelope,
 * and exactly `Content-Type: application/json` on every non-GET (server/server.go enforceContentTypes answers 415
 * to anything else, `; charset=utf-8` included).
 */
export class ArgoCdClient {
  private readonly base: string
  private readonly dispatcher: Dispatcher
  private token: string | undefined
  private readonly clock: Clock
  /** Requests sent (retries and stream connections included); for logs and benchmarks. */
  requests = 0

  constructor(private readonly options: ArgoCdOptions) {
    const url = new URL(options.server)
    this.base = `${url.origin}${url.pathname.replace(/\/+$/, '')}`
    this.clock = options.clock ?? systemClock
    if ('token' in options.auth) this.token = options.auth.token
    this.dispatcher = new Agent({
      connect: {
        rejectUnauthorized: !options.insecure,
        ...(options.caCert ? { ca: [...rootCertificates, options.caCert] } : {})
      }
    })
  }

  /** Creates a session when the client was given a username and password; a no-op with a token. */
  async login(): Promise<void> {
    if (this.token !== undefined || !('username' in this.options.auth)) return
    const { username, password } = this.options.auth
    const body = await this.call<{ token?: string }>('POST', '/api/v1/session', { body: { username, password } })
    if (!body.token) throw new ArgoCdError('POST', '/api/v1/session', 200, undefined, 'the answer had no token')
    this.options.mask?.(body.token)
    this.token = body.token
  }

  /** `GET /api/version` (no authentication needed): `v3.1.0+abc`. */
  async version(): Promise<string> {
    const body = await this.call<{ Version?: string }>('GET', '/api/version')
    return body.Version ?? 'unknown'
  }

  /** `GET /api/v1/applications/{name}`; `refresh` asks the controller to reconcile first and blocks until it has. */
  getApp(app: AppRef, refresh?: 'normal' | 'hard', timeoutMs?: number): Promise<WireApplication> {
    return this.call('GET', `/api/v1/applications/${enc(app.name)}`, {
      query: { appNamespace: app.namespace, project: app.project, refresh },
      timeoutMs,
      // A refresh that timed out waits for a controller that is not reconciling; asking again would wait again.
      retryTimeouts: refresh === undefined
    })
  }

  async listApps(query: ListQuery): Promise<WireApplication[]> {
    const list = await this.call<WireApplicationList>('GET', '/api/v1/applications', {
      query: { selector: query.selector, projects: query.projects, appNamespace: query.namespace }
    })
    return list.items ?? []
  }

  sync(app: AppRef, body: SyncRequest): Promise<WireApplication> {
    return this.call('POST', `/api/v1/applications/${enc(app.name)}/sync`, {
      body: { ...body, name: app.name, appNamespace: app.namespace, project: app.project }
    })
  }

  /** `DELETE .../operation`: asks the controller to terminate the running operation; it ends later, as Failed. */
  async terminate(app: AppRef): Promise<void> {
    await this.call('DELETE', `/api/v1/applications/${enc(app.name)}/operation`, {
      query: { appNamespace: app.namespace, project: app.project }
    })
  }

  rollback(app: AppRef, body: RollbackRequest): Promise<WireApplication> {
    return this.call('POST', `/api/v1/applications/${enc(app.name)}/rollback`, {
      body: { ...body, name: app.name, appNamespace: app.namespace, project: app.project }
    })
  }

  /** The project's sync windows that apply to the app and whether a manual sync may start now (`canSync`). */
  syncWindows(app: AppRef): Promise<WireAppSyncWindows> {
    return this.call('GET', `/api/v1/applications/${enc(app.name)}/syncwindows`, {
      query: { appNamespace: app.namespace, project: app.project }
    })
  }

  /**
   * Opens `GET /api/v1/stream/applications` and returns the body's byte chunks. Only the headers are timed: a
   * healthy NDJSON stream can be silent for minutes, so the reader decides when silence means it dropped.
   */
  async openWatch(query: WatchQuery, format: StreamFormat, signal: AbortSignal): Promise<AsyncIterable<Buffer>> {
    await this.login()
    const path = '/api/v1/stream/applications'
    this.requests++
    const url = this.url(path, {
      name: query.name,
      appNamespace: query.namespace,
      projects: query.projects,
      selector: query.selector,
      resourceVersion: query.resourceVersion
    })
    let res: Dispatcher.ResponseData
    try {
      res = await request(url, {
        method: 'GET',
        headers: this.headers('GET', format === 'sse' ? 'text/event-stream' : 'application/json'),
        dispatcher: this.dispatcher,
        signal,
        headersTimeout: this.options.requestTimeoutMs,
        bodyTimeout: 0
      })
    } catch (e) {
      throw new ArgoCdUnreachable('GET', path, (e as Error).message)
    }
    if (res.statusCode >= 400) {
      const { grpcCode, message } = parseErrorBody(await res.body.text())
      throw new ArgoCdError('GET', path, res.statusCode, grpcCode, message)
    }
    return res.body as AsyncIterable<Buffer>
  }

  async close(): Promise<void> {
    await this.dispatcher.close()
  }

  private url(path: string, query: Record<string, string | string[] | undefined> = {}): string {
    const params = new URLSearchParams()
    for (const [k, v] of Object.entries(query)) {
      for (const item of Array.isArray(v) ? v : v === undefined || v === '' ? [] : [v]) params.append(k, item)
    }
    const qs = params.toString()
    return `${this.base}${path}${qs ? `?${qs}` : ''}`
  }

  private headers(method: string, accept = 'application/json'): Record<string, string> {
    const h: Record<string, string> = { accept, 'user-agent': 'gitops-actions' }
    if (method !== 'GET') h['content-type'] = 'application/json'
    if (this.token) h.authorization = `Bearer ${this.token}`
    return h
  }

  /** One JSON call with retries: 429/502/503/504 always, 500 and dropped connections only for reads. */
  private async call<T>(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    opts: {
      query?: Record<string, string | string[] | undefined>
      body?: unknown
      timeoutMs?: number
      retryTimeouts?: boolean
    } = {}
  ): Promise<T> {
    if (path !== '/api/v1/session' && path !== '/api/version') await this.login()
    const retries = this.options.retries ?? 4
    const url = this.url(path, opts.query)
    for (let attempt = 0; ; attempt++) {
      this.requests++
      const timeoutMs = opts.timeoutMs ?? this.options.requestTimeoutMs
      let status: number
      let text: string
      let retryAfterMs: number | undefined
      try {
        const res = await request(url, {
          method,
          headers: this.headers(method),
          body: method === 'GET' ? undefined : JSON.stringify(opts.body ?? {}),
          dispatcher: this.dispatcher,
          signal: AbortSignal.timeout(timeoutMs)
        })
        status = res.statusCode
        text = await res.body.text()
        retryAfterMs = parseRetryAfter(res.headers['retry-after'])
      } catch (e) {
        const reason = isTimeout(e) ? `no answer within ${timeoutMs} ms` : (e as Error).message
        if (method === 'GET' && attempt < retries && (opts.retryTimeouts !== false || !isTimeout(e))) {
          await this.pause(attempt, undefined, `${method} ${path}: ${reason}`)
          continue
        }
        throw new ArgoCdUnreachable(method, path, reason)
      }
      if (status < 400) return (text ? JSON.parse(text) : {}) as T
      const retryable = RETRY_ALWAYS.has(status) || (status === 500 && method === 'GET')
      if (retryable && attempt < retries) {
        await this.pause(attempt, retryAfterMs, `${method} ${path} answered ${status}`)
        continue
      }
      const { grpcCode, message } = parseErrorBody(text)
      throw new ArgoCdError(method, path, status, grpcCode, message)
    }
  }

  private async pause(attempt: number, retryAfterMs: number | undefined, what: string): Promise<void> {
    const base = this.options.retryBaseMs ?? 1000
    const delay = retryAfterMs ?? backoffDelay(attempt, { initialMs: base, maxMs: base * 16 })
    this.options.log?.(`${what}; retrying in ${delay} ms`)
    await this.clock.sleep(delay)
  }
}

const enc = encodeURIComponent

function isTimeout(e: unknown): boolean {
  const name = (e as { name?: string }).name
  return name === 'TimeoutError' || name === 'AbortError'
}

function parseRetryAfter(value: string | string[] | undefined): number | undefined {
  const text = Array.isArray(value) ? value[0] : value
  if (!text) return undefined
  const seconds = Number(text)
  return Number.isFinite(seconds) ? Math.min(seconds, 60) * 1000 : undefined
}
