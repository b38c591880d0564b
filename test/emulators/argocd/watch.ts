import { parseFields, projectGeneric } from './fields.js'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { ApiError, GrpcCode } from './errors.js'
import { streamPlan } from '../faults.js'
import type { ActiveSpec } from '../faults.js'
import { rbacName } from './handlers.js'
import { parseSelector } from './selector.js'
import type { ArgoCdState } from './state.js'
import type { Application, ApplicationWatchEvent } from './types.js'

export interface WatchOptions {
  state: ArgoCdState
  req: IncomingMessage
  res: ServerResponse
  query: URLSearchParams
  user: string
  /** SSE keepalive comment interval (grpc-gateway/argoproj pkg: 15 s). */
  keepaliveMs: number
  fault: ActiveSpec | undefined
  /** Called with the number of messages sent when the stream ends. */
  onEnd: (messages: number, status: number) => void
  /** Registers the stream so close() can end it. */
  track: (end: () => void) => void
}

/**
 * GET /api/v1/stream/applications, modelled on ApplicationService.Watch (server/application/application.go v3.5.1
 * L1226-1318) behind grpc-gateway v1.16.0 ForwardResponseStream and argoproj/pkg v2.0.1 grpc/http NewStreamForwarder
 * (registered in pkg/apiclient/application/forwarder_overwrite.go):
 * - initial ADDED for every matching app when there is no resourceVersion or a name is given, sorted;
 * - then every MODIFIED/DELETED write; apps whose resourceVersion < the requested one are skipped;
 * - filters: name + appNamespace, selector, projects, RBAC get (a forbidden or missing app is just silent);
 * - NDJSON `{"result":{...}}\n` by default; with `Accept: text/event-stream` exactly, `data: {...} \n\n` plus the
 *   gateway's "\n" delimiter and a ":\n" keepalive every 15 s;
 * - a message equal to the previous one for the same app name is not sent again;
 * - `fields` projects every message (fields.ts), before that comparison;
 * - headers are written with the first message, so a watch that matches nothing sends no headers at all.
 */
export function serveWatch(options: WatchOptions): void {
  const { state, req, res, query } = options
  let selector: (labels: Record<string, string> | undefined) => boolean
  try {
    selector = parseSelector(query.get('selector') ?? '')
  } catch (error) {
    const failure = new ApiError(GrpcCode.Unknown, `error parsing labels with selectors: ${(error as Error).message}`)
    res.writeHead(failure.status, { 'content-type': 'application/json' })
    res.end(JSON.stringify(failure.toBody()))
    options.onEnd(0, failure.status)
    return
  }
  const name = query.get('name') ?? ''
  const namespace = query.get('appNamespace') || state.namespace
  const legacy = query.getAll('project')
  const projects = new Set(legacy.length > 0 ? legacy : query.getAll('projects'))
  const rv = query.get('resourceVersion') ?? ''
  const minVersion = Number.parseInt(rv, 10) || 0
  // Exact match (argoproj/pkg v2.0.1 grpc/http/forwarders.go NewStreamForwarder): `text/event-stream, */*` is NDJSON.
  const sse = req.headers.accept === 'text/event-stream'
  const { dropAfter, silent } = streamPlan(options.fault)
  const fields = parseFields(query)

  let sent = 0
  let ended = false
  const last = new Map<string, string>()
  const permitted = (app: Application) =>
    (projects.size === 0 || projects.has(app.spec.project)) &&
    Number(app.metadata.resourceVersion) >= minVersion &&
    (!name || (app.metadata.name === name && app.metadata.namespace === namespace)) &&
    selector(app.metadata.labels) &&
    state.rbac(
      options.user,
      'applications',
      'get',
      rbacName(state, app.spec.project, app.metadata.namespace, app.metadata.name)
    )

  let closed = false
  const end = (destroy: boolean) => {
    if (closed) return
    closed = true
    ended = true
    unsubscribe()
    clearInterval(keepalive)
    options.onEnd(sent, res.headersSent ? 200 : 0)
    if (destroy) res.destroy()
    else if (!res.writableEnded) res.end()
  }
  const writeHeadOnce = () => {
    if (res.headersSent) return
    res.writeHead(200, {
      'content-type': sse ? 'text/event-stream' : 'application/json',
      ...(sse ? { 'x-content-type-options': 'nosniff' } : {}),
      'grpc-metadata-content-type': 'application/grpc'
    })
  }
  const send = (event: ApplicationWatchEvent) => {
    if (ended || silent || !permitted(event.application)) return
    const message = { result: { type: event.type, application: event.application } }
    // `fields` projects each message before the dedupe compares it (argoproj/pkg v2.0.1 NewStreamForwarder).
    const json = JSON.stringify(fields ? projectGeneric(message, fields) : message)
    // Dedupe key is the app name alone (messageKey in pkg/apiclient/application/forwarder_overwrite.go).
    const appName = event.application.metadata.name
    if (last.get(appName) === json) return
    last.set(appName, json)
    writeHeadOnce()
    sent++
    const cut = sent >= dropAfter
    res.write(sse ? `data: ${json} \n\n\n` : `${json}\n`, () => {
      if (cut) end(true)
    })
    if (cut) ended = true
  }

  const unsubscribe = state.subscribe(send)
  const keepalive = setInterval(() => {
    if (!sse || silent || ended) return
    writeHeadOnce()
    res.write(':\n')
  }, options.keepaliveMs)
  options.track(() => end(true))
  req.socket.on('close', () => end(false))
  res.on('close', () => end(false))

  if (!rv || name) {
    for (const app of state.allApps()) send({ type: 'ADDED', application: app })
  }
}
