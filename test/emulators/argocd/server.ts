import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { kubeTime, ManualScheduler, RealScheduler } from './clock.js'
import type { Scheduler } from './clock.js'
import { SimulatedController } from './controller.js'
import { ApiError, GrpcCode } from './errors.js'
import { applyTransportFault, isStreamFault } from '../faults.js'
import type { ActiveSpec } from '../faults.js'
import { ArgoFaults } from './faults.js'
import type { ArgoFaultKind, ArgoFaultSpec } from './faults.js'
import { handlers, UNAUTHENTICATED } from './handlers.js'
import type { Ctx, Reply } from './handlers.js'
import { argoRouteTable } from './routes.js'
import { ArgoCdState } from './state.js'
import type { AddAppInput, AppBehaviour } from './state.js'
import type { Application, Operation, SyncWindow } from './types.js'
import { serveWatch } from './watch.js'

export interface ArgoCdEmulatorOptions {
  /** `real` (default): the controller runs on short real timers; `manual`: only advance() moves it. */
  clock?: 'real' | 'manual'
  /** argocd-server --rootpath, e.g. '/argo-cd' (API then at /argo-cd/api/v1/...). */
  rootPath?: string
  /** --api-content-types (default ['application/json']); [] disables the check. */
  contentTypes?: string[]
  /** --enable-gzip (default true): gzip answers when the client accepts it, except event streams. */
  gzip?: boolean
  /** SSE keepalive interval (default 15000 ms, as the stream forwarder). */
  sseKeepaliveMs?: number
}

export interface ArgoRequestRecord {
  method: string
  /** Path without the root path and query string. */
  path: string
  /** Route key ('POST /api/v1/applications/{name}/sync'), undefined for paths Argo CD does not serve. */
  route: string | undefined
  /** Status answered; 0 when the connection was dropped before an answer. */
  status: number
  search: string
  /** Parsed JSON body, if any. */
  body: unknown
  contentType: string | undefined
  /** Date.now() at arrival. */
  at: number
  /** For watch streams: messages sent. */
  messages?: number
}

export interface ArgoRefusedRequest {
  method: string
  path: string
  /** 'unknown': not in Argo CD's swagger; 'unimplemented': real route the emulator lacks; 'error': emulator bug. */
  reason: 'unknown' | 'unimplemented' | 'error'
  route?: string
  detail?: string
}

export interface ArgoEmulatorStats {
  /** Requests per route key. */
  byRoute: Map<string, number>
  requests: ArgoRequestRecord[]
}

const WATCH_ROUTE = 'GET /api/v1/stream/applications'

export class ArgoCdEmulator {
  url = ''
  readonly faults = new ArgoFaults()
  readonly stats: ArgoEmulatorStats = { byRoute: new Map(), requests: [] }
  readonly unknownRoutes: ArgoRefusedRequest[] = []
  private currentState!: ArgoCdState
  private currentController!: SimulatedController
  private readonly scheduler: Scheduler
  private readonly server: Server
  private readonly streams = new Set<() => void>()
  private readonly waiting = new Set<() => void>()
  /** Requests a `hang` fault holds; destroyed on reset/close. */
  private readonly hanging = new Set<() => void>()

  constructor(private readonly options: Required<ArgoCdEmulatorOptions>) {
    this.scheduler = options.clock === 'manual' ? new ManualScheduler(Date.now()) : new RealScheduler()
    this.fresh()
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => this.crash(req, res, error))
    })
  }

  /** The store (apps, projects, refs, tokens); replaced by reset(), so read it through the emulator. */
  get state(): ArgoCdState {
    return this.currentState
  }

  get controller(): SimulatedController {
    return this.currentController
  }

  /** A token for `admin` (Authorization: Bearer ...). */
  get token(): string {
    return this.currentState.adminToken
  }

  /** Current emulator time (ms): real time, or the manual clock. */
  now(): number {
    return this.scheduler.now()
  }

  /** Manual clock only: moves time forward, running the controller steps that fall due. */
  advance(ms: number): void {
    if (!(this.scheduler instanceof ManualScheduler))
      throw new Error('advance() needs startArgoCdEmulator({ clock: "manual" })')
    this.scheduler.advance(ms)
  }

  // --- state shortcuts (README) -----------------------------------------------------------------------------------

  addApp(input: AddAppInput): Application {
    return this.currentState.addApp(input)
  }

  app(name: string, namespace?: string): Application | undefined {
    return this.currentState.app(name, namespace)
  }

  addProject(name: string, syncWindows: SyncWindow[] = []): void {
    this.currentState.addProject(name, syncWindows)
  }

  setSyncWindows(project: string, windows: SyncWindow[]): void {
    this.currentState.setSyncWindows(project, windows)
  }

  /** Changes an app's knobs; the controller re-reads the app (so lifting controllerDown resumes it). */
  setBehaviour(name: string, change: Partial<AppBehaviour>, namespace?: string): void {
    this.currentState.setBehaviour(name, change, namespace)
    this.currentController.kick(name, namespace)
  }

  /** A merge on `ref` of `repoURL` (default the apps' default repo and main); returns the new commit SHA. */
  pushCommit(ref = 'main', repoURL = 'https://github.com/acme/gitops.git', sha?: string): string {
    const pushed = this.currentState.pushCommit(repoURL, ref, sha)
    this.currentController.commitPushed(repoURL, ref)
    return pushed
  }

  /**
   * Someone else's operation (another user, or `automated: true` for auto-sync) on the tracked head; false when an
   * operation is already in progress.
   */
  startOperation(
    name: string,
    by: { username?: string; automated?: boolean; info?: Operation['info'] } = {},
    namespace?: string
  ): boolean {
    const app = this.currentState.app(name, namespace)
    if (!app) throw new Error(`no app ${name}`)
    const sources = app.spec.sources
    const heads = (sources ?? [app.spec.source!]).map((s) => this.currentState.revisionOf(s))
    const operation: Operation = {
      sync: sources ? { revisions: heads, sources } : { revision: heads[0], source: app.spec.source },
      initiatedBy: by.automated ? { automated: true } : { username: by.username ?? 'alice' },
      ...(by.info ? { info: by.info } : {}),
      retry: app.spec.syncPolicy?.retry ?? {}
    }
    return this.currentController.setOperation(app.metadata.name, app.metadata.namespace, operation) !== undefined
  }

  /** Deletes an app (watchers get DELETED; reads answer 403, or 404 with `project`). */
  deleteApp(name: string, namespace?: string): void {
    this.currentState.deleteApp(name, namespace)
  }

  /**
   * Starts a cascading delete: deletionTimestamp is set (syncs answer 400 "application is deleting", auto-sync stops),
   * and the app is gone after `afterMs` (null: stays until deleteApp).
   */
  markDeleting(name: string, afterMs: number | null = null, namespace?: string): void {
    const app = this.currentState.app(name, namespace)
    if (!app) throw new Error(`no app ${name}`)
    app.metadata.deletionTimestamp = kubeTime(this.scheduler.now())
    app.metadata.finalizers = ['resources-finalizer.argocd.argoproj.io']
    this.currentState.write(app)
    if (afterMs !== null) this.scheduler.after(afterMs, () => this.currentState.deleteApp(name, namespace))
  }

  /** Requests whose path names this app (GET/sync/terminate/rollback/tree, and watches with name=app). */
  requestsFor(name: string): ArgoRequestRecord[] {
    const prefix = `/api/v1/applications/${name}`
    return this.stats.requests.filter(
      (r) =>
        r.path === prefix ||
        r.path.startsWith(`${prefix}/`) ||
        (r.path === '/api/v1/stream/applications' && new URLSearchParams(r.search).get('name') === name)
    )
  }

  /** Shorthand for faults.inject. */
  inject(spec: ArgoFaultSpec) {
    return this.faults.inject(spec)
  }

  /** Ends every open watch stream abruptly (a proxy or server restart cutting connections). */
  dropStreams(): number {
    const open = [...this.streams]
    for (const end of open) end()
    return open.length
  }

  /** Watch streams open now. */
  openStreams(): number {
    return this.streams.size
  }

  // --- lifecycle ------------------------------------------------------------------------------------------------

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(0, '127.0.0.1', () => resolve())
    })
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${this.options.rootPath}`
  }

  async close(): Promise<void> {
    this.currentController.stop()
    this.scheduler.clear()
    this.dropStreams()
    for (const release of [...this.waiting]) release()
    for (const destroy of this.hanging) destroy()
    this.hanging.clear()
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve())
      this.server.closeAllConnections()
    })
  }

  /** New state (admin token, default project), no faults, stats or refused requests; open streams are cut. */
  reset(): void {
    this.currentController.stop()
    this.scheduler.clear()
    this.dropStreams()
    for (const release of [...this.waiting]) release()
    for (const destroy of this.hanging) destroy()
    this.hanging.clear()
    this.fresh()
    this.faults.clear()
    this.stats.byRoute.clear()
    this.stats.requests.length = 0
    this.unknownRoutes.length = 0
  }

  /** Requests made to a route key, e.g. count('POST /api/v1/applications/{name}/sync'). */
  count(route: string): number {
    return this.stats.byRoute.get(route) ?? 0
  }

  takeUnknownRoutes(): ArgoRefusedRequest[] {
    return this.unknownRoutes.splice(0)
  }

  /** Throws when a request hit a path Argo CD does not serve, a route the emulator lacks, or an emulator bug. */
  assertNoUnknownRoutes(): void {
    if (this.unknownRoutes.length === 0) return
    const lines = this.unknownRoutes.map((refused) => {
      const request = `${refused.method} ${refused.path}`
      if (refused.reason === 'unknown') return `  ${request}: not in Argo CD's swagger.json; fix the caller`
      if (refused.reason === 'unimplemented') {
        return `  ${request} (${refused.route}): a real Argo CD route the emulator does not implement; add it to test/emulators/argocd/handlers.ts`
      }
      return `  ${request}: the emulator failed: ${refused.detail ?? 'unknown error'}`
    })
    throw new Error(`Argo CD emulator refused ${this.unknownRoutes.length} request(s):\n${lines.join('\n')}`)
  }

  private fresh(): void {
    this.currentState = new ArgoCdState(() => this.scheduler.now())
    this.currentController = new SimulatedController(this.currentState, this.scheduler)
  }

  // --- request pipeline -----------------------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = Date.now()
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks)
    const method = (req.method ?? 'GET').toUpperCase()
    const requestUrl = new URL(req.url ?? '/', 'http://emulator')
    const root = this.options.rootPath
    const inRoot = !root || requestUrl.pathname === root || requestUrl.pathname.startsWith(`${root}/`)
    const path = inRoot ? requestUrl.pathname.slice(root.length) || '/' : requestUrl.pathname
    const contentType = req.headers['content-type']
    const record: ArgoRequestRecord = {
      method,
      path,
      route: undefined,
      status: 0,
      search: requestUrl.search,
      body: undefined,
      contentType,
      at
    }
    this.stats.requests.push(record)
    let body: unknown
    let badJson: string | undefined
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw.toString('utf8'))
        record.body = body
      } catch {
        badJson = goJsonError(raw.toString('utf8'))
      }
    }

    if (!inRoot || !path.startsWith('/api/')) {
      this.unknownRoutes.push({ method, path: requestUrl.pathname, reason: 'unknown' })
      return this.plain(req, res, record, 404, 'Not Found')
    }
    // enforceContentTypes wraps the whole /api/ handler (server/server.go v3.5.1 L1288-1300): exact, lower-cased
    // match, GET exempt, before routing.
    if (method !== 'GET' && this.options.contentTypes.length > 0) {
      const allowed = this.options.contentTypes.map((t) => t.toLowerCase())
      if (!allowed.includes((contentType ?? '').toLowerCase())) {
        return this.plain(req, res, record, 415, 'Invalid content type')
      }
    }
    const routes = argoRouteTable()
    const match = routes.match(method, path)
    if (!match) {
      this.unknownRoutes.push({ method, path, reason: 'unknown' })
      // grpc-gateway v1.16.0 runtime/mux.go: another method on the path is 405, else 404, as text/plain.
      return routes.hasPath(path)
        ? this.plain(req, res, record, 405, 'Method Not Allowed')
        : this.plain(req, res, record, 404, 'Not Found')
    }
    record.route = match.key
    this.stats.byRoute.set(match.key, (this.stats.byRoute.get(match.key) ?? 0) + 1)

    const operationId = match.route.operationId
    const handler = handlers[operationId]
    if (!handler && match.key !== WATCH_ROUTE) {
      this.unknownRoutes.push({ method, path, reason: 'unimplemented', route: match.key })
      return this.json(
        req,
        res,
        record,
        new ApiError(GrpcCode.Unimplemented, `the Argo CD emulator does not implement ${match.key}`).toBody(),
        501
      )
    }

    const isWatch = match.key === WATCH_ROUTE
    const fault = this.faults.take(method, match.key, path, { stream: isWatch })
    const streamFault = fault && isStreamFault(fault.kind) ? fault : undefined
    if (fault && !streamFault) {
      const step = await applyTransportFault(fault, req, res, { onHang: (destroy) => this.hanging.add(destroy) })
      if (step === 'done') return
      if (step === 'answer') return this.answerFault(fault, req, res, record)
    }

    const session = this.authenticate(req)
    if (!UNAUTHENTICATED.has(operationId) && session instanceof ApiError) {
      return this.json(req, res, record, session.toBody(), session.status)
    }
    const user = session instanceof ApiError ? '' : session.username
    const iat = session instanceof ApiError ? 0 : session.iat

    if (badJson !== undefined) {
      const error = new ApiError(GrpcCode.InvalidArgument, badJson)
      return this.json(req, res, record, error.toBody(), error.status)
    }
    if (body !== undefined && (typeof body !== 'object' || body === null || Array.isArray(body))) {
      const error = new ApiError(
        GrpcCode.InvalidArgument,
        `json: cannot unmarshal ${Array.isArray(body) ? 'array' : typeof body} into Go value of type ${operationId.split('_')[0]}Request`
      )
      return this.json(req, res, record, error.toBody(), error.status)
    }

    if (isWatch) {
      if (streamFault?.kind === 'streamSilent') {
        // Nothing is written; the client waits for headers until it gives up.
        this.track(() => res.destroy())
        res.on('close', () => (record.status = 0))
        return
      }
      serveWatch({
        state: this.currentState,
        req,
        res,
        query: requestUrl.searchParams,
        user,
        keepaliveMs: this.options.sseKeepaliveMs,
        fault: streamFault,
        onEnd: (messages, status) => {
          record.messages = messages
          record.status = status
        },
        track: (end) => this.track(end)
      })
      return
    }

    const closed = new Promise<void>((resolve) => {
      const release = () => {
        this.waiting.delete(release)
        resolve()
      }
      this.waiting.add(release)
      res.on('close', release)
    })
    const ctx: Ctx = {
      state: this.currentState,
      controller: this.currentController,
      now: () => this.scheduler.now(),
      params: match.params,
      query: requestUrl.searchParams,
      body: (body as Record<string, unknown> | undefined) ?? {},
      user,
      iat,
      closed
    }
    let reply: Reply
    try {
      reply = await handler(ctx)
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
      reply = { status: error.status, body: error.toBody() }
    }
    return this.json(req, res, record, reply.body, reply.status ?? 200, reply.headers)
  }

  /** Answers a status fault: an ingress's 502 page, or Argo CD's error envelope with the status's gRPC code. */
  private answerFault(
    fault: ActiveSpec<ArgoFaultKind>,
    req: IncomingMessage,
    res: ServerResponse,
    record: ArgoRequestRecord
  ): void {
    if (fault.kind === 'status502') {
      record.status = 502
      res.writeHead(502, { 'content-type': 'text/html' })
      res.end(
        '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n'
      )
      return
    }
    const codes: Partial<Record<ArgoFaultKind, [number, string]>> = {
      status500: [GrpcCode.Internal, 'internal error (injected)'],
      status503: [
        GrpcCode.Unavailable,
        'connection error: desc = "transport: Error while dialing: dial tcp 10.0.0.1:8083: connect: connection refused"'
      ],
      status504: [GrpcCode.DeadlineExceeded, 'context deadline exceeded'],
      status429: [GrpcCode.ResourceExhausted, 'too many requests (injected)']
    }
    const [code, message] = codes[fault.kind] ?? [GrpcCode.Unknown, `injected ${fault.kind}`]
    const error = new ApiError(code, message)
    this.json(req, res, record, error.toBody(), error.status)
  }

  /**
   * getToken (server/server.go v3.5.1 L1643-1675): `Authorization: Bearer` only when the token has three parts
   * (util/jwt IsValid), else the argocd.token cookie (chunked as `<n>:<part>` + argocd.token-1.., util/http JoinCookies).
   */
  private authenticate(req: IncomingMessage): { username: string; iat: number } | ApiError {
    let token = ''
    const header = req.headers.authorization ?? ''
    if (header.startsWith('Bearer ') && header.slice(7).split('.').length === 3) token = header.slice(7)
    if (!token) token = cookieToken(req.headers.cookie ?? '')
    if (!token) return new ApiError(GrpcCode.Unauthenticated, 'no session information')
    const record = this.currentState.tokenRecord(token)
    if (!record) return new ApiError(GrpcCode.Unauthenticated, 'invalid session: token signature is invalid')
    if (record.expired)
      return new ApiError(GrpcCode.Unauthenticated, 'invalid session: token has invalid claims: token is expired')
    const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { iat: number }
    return { username: record.username, iat: payload.iat }
  }

  private track(end: () => void): void {
    const entry = () => {
      this.streams.delete(entry)
      end()
    }
    this.streams.add(entry)
  }

  /** http.Error: text/plain with a trailing newline and nosniff. */
  private plain(
    _req: IncomingMessage,
    res: ServerResponse,
    record: ArgoRequestRecord,
    status: number,
    message: string
  ): void {
    record.status = status
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' })
    res.end(`${message}\n`)
  }

  private json(
    req: IncomingMessage,
    res: ServerResponse,
    record: ArgoRequestRecord,
    body: unknown,
    status: number,
    headers: Record<string, string> = {}
  ): void {
    record.status = status
    if (res.destroyed || res.writableEnded) return
    let payload = Buffer.from(JSON.stringify(body))
    const extra: Record<string, string> = { 'content-type': 'application/json', ...headers }
    // compressHandler (server/server.go): gzip when accepted, never for event streams.
    if (this.options.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      payload = gzipSync(payload)
      extra['content-encoding'] = 'gzip'
    }
    res.writeHead(status, { ...extra, 'content-length': String(payload.length) })
    res.end(payload)
  }

  private crash(req: IncomingMessage, res: ServerResponse, error: unknown): void {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error)
    this.unknownRoutes.push({ method: req.method ?? 'GET', path: req.url ?? '/', reason: 'error', detail })
    if (res.destroyed || res.headersSent) return
    res.writeHead(500, { 'content-type': 'application/json' })
    res.end(
      JSON.stringify({
        error: `emulator error: ${String(error)}`,
        code: 2,
        message: `emulator error: ${String(error)}`
      })
    )
  }
}

function cookieToken(cookieHeader: string): string {
  const cookies = new Map<string, string>()
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0) cookies.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim())
  }
  const first = cookies.get('argocd.token')
  if (!first) return ''
  const chunked = /^(\d+):(.*)$/.exec(first)
  if (!chunked) return first
  let token = chunked[2]
  for (let i = 1; i < Number(chunked[1]); i++) token += cookies.get(`argocd.token-${i}`) ?? ''
  return token
}

/** Roughly what encoding/json says about a body it cannot parse. */
function goJsonError(text: string): string {
  const trimmed = text.trim()
  if (trimmed === '') return 'EOF'
  const bad = [...trimmed].find((c, i) => i === 0 && !'{["0123456789-tfn'.includes(c))
  if (bad) return `invalid character '${bad}' looking for beginning of value`
  return 'unexpected EOF'
}

export async function startArgoCdEmulator(options: ArgoCdEmulatorOptions = {}): Promise<ArgoCdEmulator> {
  const emulator = new ArgoCdEmulator({
    clock: options.clock ?? 'real',
    rootPath: (options.rootPath ?? '').replace(/\/+$/, ''),
    contentTypes: options.contentTypes ?? ['application/json'],
    gzip: options.gzip ?? true,
    sseKeepaliveMs: options.sseKeepaliveMs ?? 15_000
  })
  await emulator.listen()
  return emulator
}
