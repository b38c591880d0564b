import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ApiError, DOCS } from './context.js'
import type { Ctx, Reply } from './context.js'
import { applyTransportFault, statusOf } from '../faults.js'
import { Faults } from './faults.js'
import type { FaultSpec } from './faults.js'
import { handlers } from './handlers/index.js'
import {
  BAD_GATEWAY_HTML,
  bearerToken,
  etagMatches,
  requestId,
  SECONDARY_RATE_LIMIT_MESSAGE,
  weakETag
} from './http-util.js'
import { githubRouteTable } from './routes.js'
import type { RouteTable } from './routes.js'
import { GitHubState } from './state.js'

export interface GitHubEmulatorOptions {
  /** Owner of the repository created at start (default 'acme'). */
  owner?: string
  /** Repository created at start (default 'live'). */
  repo?: string
  /** Primary rate limit per hour reported in x-ratelimit-limit (default 5000). */
  rateLimit?: number
}

export interface RequestRecord {
  method: string
  /** Path without the GHES prefix and query string. */
  path: string
  /** Route key ('POST /repos/{owner}/{repo}/issues'), undefined for unknown routes. */
  route: string | undefined
  /** Status answered; 0 when the connection was dropped by a fault. */
  status: number
  /** Query string including '?', or ''. */
  search: string
  /** Parsed JSON request body, if any. */
  body: unknown
  /** Date.now() when the request arrived. */
  at: number
}

export interface EmulatorStats {
  /** Requests that cost primary rate limit (everything except 304s and GET /rate_limit). */
  counted: number
  /** Conditional requests answered 304 Not Modified (free on GitHub). */
  notModified: number
  /** Requests per route key, including 304s. */
  byRoute: Map<string, number>
  requests: RequestRecord[]
}

export interface RefusedRequest {
  method: string
  path: string
  /** 'unknown': api.github.com has no such route; 'unimplemented': real route the emulator lacks; 'error': emulator bug. */
  reason: 'unknown' | 'unimplemented' | 'error'
  route?: string
  detail?: string
}

export interface RateLimitWindow {
  limit: number
  /** Epoch seconds. */
  reset: number
}

export class GitHubEmulator {
  url = ''
  readonly faults = new Faults()
  readonly stats: EmulatorStats = { counted: 0, notModified: 0, byRoute: new Map(), requests: [] }
  readonly unknownRoutes: RefusedRequest[] = []
  readonly rateLimit: RateLimitWindow
  private currentState: GitHubState
  private readonly server: Server
  private readonly routes: RouteTable

  constructor(private readonly options: Required<GitHubEmulatorOptions>) {
    this.routes = githubRouteTable()
    this.rateLimit = { limit: options.rateLimit, reset: Math.floor(Date.now() / 1000) + 3600 }
    this.currentState = this.freshState()
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => this.crash(req, res, error))
    })
  }

  /** The in-memory store; replaced by reset(), so read it through the emulator. */
  get state(): GitHubState {
    return this.currentState
  }

  get owner(): string {
    return this.options.owner
  }

  get repo(): string {
    return this.options.repo
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(0, '127.0.0.1', () => resolve())
    })
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve())
      this.server.closeAllConnections()
    })
  }

  /** Clears state (the default repository is created again), faults, stats, refused requests and the rate limit. */
  reset(): void {
    this.currentState = this.freshState()
    this.faults.clear()
    this.stats.counted = 0
    this.stats.notModified = 0
    this.stats.byRoute.clear()
    this.stats.requests.length = 0
    this.unknownRoutes.length = 0
    this.rateLimit.limit = this.options.rateLimit
  }

  /** Returns the refused requests and forgets them (for tests that provoke them on purpose). */
  takeUnknownRoutes(): RefusedRequest[] {
    return this.unknownRoutes.splice(0)
  }

  /** Throws when any request hit a route GitHub lacks, a route the emulator lacks, or an emulator bug. */
  assertNoUnknownRoutes(): void {
    if (this.unknownRoutes.length === 0) return
    const lines = this.unknownRoutes.map((refused) => {
      const request = `${refused.method} ${refused.path}`
      if (refused.reason === 'unknown') {
        return `  ${request}: api.github.com has no such route (not in GitHub's OpenAPI description); fix the caller`
      }
      if (refused.reason === 'unimplemented') {
        return `  ${request}${refused.route ? ` (${refused.route})` : ''}: a real GitHub API route the emulator does not implement${refused.detail ? ` (${refused.detail})` : ''}; add it under test/emulators/github/handlers/`
      }
      return `  ${request}: the emulator failed: ${refused.detail ?? 'unknown error'}`
    })
    throw new Error(`GitHub emulator refused ${this.unknownRoutes.length} request(s):\n${lines.join('\n')}`)
  }

  /** Shorthand for faults.inject. */
  inject(spec: FaultSpec) {
    return this.faults.inject(spec)
  }

  private freshState(): GitHubState {
    const state = new GitHubState()
    state.createRepo(this.options.owner, this.options.repo)
    return state
  }

  private rateHeaders(resource: string): Record<string, string> {
    const used = this.stats.counted
    return {
      'x-ratelimit-limit': String(this.rateLimit.limit),
      'x-ratelimit-remaining': String(Math.max(0, this.rateLimit.limit - used)),
      'x-ratelimit-used': String(used),
      'x-ratelimit-reset': String(this.rateLimit.reset),
      'x-ratelimit-resource': resource
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = Date.now()
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks)
    const method = (req.method ?? 'GET').toUpperCase()
    const requestUrl = new URL(req.url ?? '/', this.url)
    let path = requestUrl.pathname
    let prefix = ''
    if (path === '/api/v3' || path.startsWith('/api/v3/')) {
      prefix = '/api/v3'
      path = path.slice(prefix.length) || '/'
    } else if (path === '/api/graphql') {
      prefix = '/api'
      path = '/graphql'
    }
    const apiBase = `${this.url}${prefix === '/api' ? '/api/v3' : prefix}`
    let body: unknown
    let badJson = false
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw.toString('utf8'))
      } catch {
        badJson = true
      }
    }
    const record: RequestRecord = { method, path, route: undefined, status: 0, search: requestUrl.search, body, at }
    this.stats.requests.push(record)
    const resource = path === '/graphql' ? 'graphql' : 'core'

    const match = this.routes.match(method, path)
    if (!match) {
      this.unknownRoutes.push({ method, path, reason: 'unknown' })
      return this.send(req, res, record, resource, new ApiError(404, 'Not Found').toBody(), 404)
    }
    record.route = match.key
    this.stats.byRoute.set(match.key, (this.stats.byRoute.get(match.key) ?? 0) + 1)

    const fault = this.faults.take(method, match.key, path)
    const step = fault ? await applyTransportFault(fault, req, res) : 'continue'
    if (step === 'done') {
      record.status = 0
      return
    }
    if (fault && step === 'answer') {
      switch (fault.kind) {
        case 'status500':
          return this.send(req, res, record, resource, { message: 'Server Error', documentation_url: DOCS }, 500)
        case 'status422': {
          const errors = [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long' }]
          return this.send(
            req,
            res,
            record,
            resource,
            { message: 'Validation Failed', errors, documentation_url: DOCS },
            422
          )
        }
        case 'status502':
          return this.send(req, res, record, resource, Buffer.from(BAD_GATEWAY_HTML), 502, {
            'content-type': 'text/html; charset=utf-8'
          })
        case 'secondaryRateLimit':
        case 'status429': {
          const id = requestId()
          const answer = {
            message: `${SECONDARY_RATE_LIMIT_MESSAGE} ${id}.`,
            documentation_url:
              'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
          }
          return this.send(req, res, record, resource, answer, statusOf(fault.kind) ?? 403, {
            'retry-after': String(fault.retryAfterSeconds),
            'x-github-request-id': id
          })
        }
      }
    }

    if (match.key === 'GET /rate_limit') return this.sendRateLimit(req, res, record)
    if (this.stats.counted >= this.rateLimit.limit) {
      const error = new ApiError(403, 'API rate limit exceeded for installation ID 1.')
      return this.send(req, res, record, resource, error.toBody(), 403)
    }

    const handler = handlers[match.key]
    if (!handler) {
      this.unknownRoutes.push({ method, path, reason: 'unimplemented', route: match.key })
      const answer = { message: `The GitHub emulator does not implement ${match.key}`, documentation_url: DOCS }
      return this.send(req, res, record, resource, answer, 501)
    }
    if (badJson) {
      return this.send(req, res, record, resource, new ApiError(400, 'Problems parsing JSON').toBody(), 400)
    }
    const user = this.state.userForToken(bearerToken(req.headers))
    if (user === null) {
      return this.send(req, res, record, resource, new ApiError(401, 'Bad credentials').toBody(), 401)
    }

    const ctx: Ctx = {
      state: this.state,
      method,
      path,
      route: match.key,
      params: match.params,
      query: requestUrl.searchParams,
      body,
      user,
      apiBase,
      requestUrl,
      headers: req.headers,
      unimplemented: (detail) => this.unknownRoutes.push({ method, path, reason: 'unimplemented', detail })
    }
    let reply: Reply
    try {
      reply = await handler(ctx)
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
      reply = { status: error.status, body: error.toBody(), headers: error.headers }
    }
    return this.send(req, res, record, resource, reply.body, reply.status, reply.headers ?? {})
  }

  private sendRateLimit(req: IncomingMessage, res: ServerResponse, record: RequestRecord): void {
    const used = this.stats.counted
    const core = {
      limit: this.rateLimit.limit,
      used,
      remaining: Math.max(0, this.rateLimit.limit - used),
      reset: this.rateLimit.reset
    }
    const answer = {
      resources: { core, graphql: core, search: { ...core, limit: 30, used: 0, remaining: 30 } },
      rate: core
    }
    // GET /rate_limit does not count against the primary rate limit.
    this.write(req, res, record, 'core', Buffer.from(JSON.stringify(answer)), 200, {
      'content-type': 'application/json; charset=utf-8'
    })
  }

  private send(
    req: IncomingMessage,
    res: ServerResponse,
    record: RequestRecord,
    resource: string,
    body: unknown,
    status: number,
    headers: Record<string, string> = {}
  ): void {
    const payload =
      body === undefined || status === 204
        ? Buffer.alloc(0)
        : Buffer.isBuffer(body)
          ? body
          : Buffer.from(JSON.stringify(body))
    const extra: Record<string, string> = { ...headers }
    if (!Buffer.isBuffer(body) && payload.length > 0) extra['content-type'] ??= 'application/json; charset=utf-8'
    if (record.method === 'GET' && status === 200) {
      const etag = weakETag(payload)
      extra.etag = etag
      const ifNoneMatch = req.headers['if-none-match']
      if (etagMatches(Array.isArray(ifNoneMatch) ? ifNoneMatch.join(',') : ifNoneMatch, etag)) {
        this.stats.notModified++
        const { link: _link, 'content-type': _type, ...kept } = extra
        return this.write(req, res, record, resource, Buffer.alloc(0), 304, kept)
      }
    }
    this.stats.counted++
    this.write(req, res, record, resource, payload, status, extra)
  }

  private write(
    _req: IncomingMessage,
    res: ServerResponse,
    record: RequestRecord,
    resource: string,
    payload: Buffer,
    status: number,
    headers: Record<string, string>
  ): void {
    record.status = status
    if (res.destroyed || res.writableEnded) return
    res.writeHead(status, {
      'x-github-request-id': requestId(),
      'x-github-media-type': 'github.v3; format=json',
      'x-github-api-version-selected': '2022-11-28',
      'cache-control': 'private, max-age=60, s-maxage=60',
      vary: 'Accept, Authorization, Cookie, X-GitHub-OTP',
      'access-control-expose-headers':
        'ETag, Link, Location, Retry-After, X-GitHub-OTP, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Resource, X-RateLimit-Reset',
      ...this.rateHeaders(resource),
      ...headers,
      'content-length': String(payload.length)
    })
    res.end(payload)
  }

  private crash(req: IncomingMessage, res: ServerResponse, error: unknown): void {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error)
    this.unknownRoutes.push({ method: req.method ?? 'GET', path: req.url ?? '/', reason: 'error', detail })
    if (res.destroyed || res.headersSent) return
    const payload = Buffer.from(JSON.stringify({ message: `GitHub emulator error: ${String(error)}` }))
    res.writeHead(500, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(payload.length) })
    res.end(payload)
  }
}

export async function startGitHubEmulator(options: GitHubEmulatorOptions = {}): Promise<GitHubEmulator> {
  const emulator = new GitHubEmulator({
    owner: options.owner ?? 'acme',
    repo: options.repo ?? 'live',
    rateLimit: options.rateLimit ?? 5000
  })
  await emulator.listen()
  return emulator
}
