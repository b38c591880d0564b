import type { ArgoCdClient, StreamFormat, WatchQuery } from './client.js'
import type { WireApplication, WireWatchMessage } from './wire.js'

/**
 * Splits a watch stream into messages. grpc-gateway v1.16 ForwardResponseStream writes one JSON object and "\n" per
 * message (NDJSON); with `Accept: text/event-stream` argoproj/pkg v2.0.1 grpc/http/forwarders.go writes
 * `data: <json> \n\n` and a `:\n` keepalive every 15 s. Both end up as lines: `data:` is stripped, comments and
 * blank lines are skipped.
 */
export async function* readMessages(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<WireWatchMessage> {
  let buffer = ''
  for await (const chunk of chunks) {
    buffer += typeof chunk === 'string' ? chunk : chunk.toString('utf8')
    let newline: number
    while ((newline = buffer.indexOf('\n')) >= 0) {
      const message = parseLine(buffer.slice(0, newline))
      buffer = buffer.slice(newline + 1)
      if (message) yield message
    }
  }
  const last = parseLine(buffer)
  if (last) yield last
}

function parseLine(raw: string): WireWatchMessage | undefined {
  let line = raw.trim()
  if (line === '' || line.startsWith(':')) return undefined
  if (line.startsWith('data:')) line = line.slice(5).trim()
  if (line === '') return undefined
  return JSON.parse(line) as WireWatchMessage
}

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED'

export interface WatchOptions {
  format: StreamFormat
  /** Ends the watch. */
  signal: AbortSignal
  /** Silence after which the stream counts as dropped (NDJSON has no keepalives; proxies cut idle streams). */
  idleMs: number
  /** First delay before reconnecting (the CLI waits 1 s); doubles while connections keep failing, up to 10x. */
  reconnectMs: number
  onEvent(type: WatchEventType, app: WireApplication): void
  /** Told why a connection ended, before the reconnect. */
  onDrop?(reason: string): void
}

/** Numeric order of Kubernetes resource versions (the server Atoi's them the same way). */
export function newerVersion(a: string | undefined, b: string | undefined): boolean {
  const x = Number(a)
  const y = Number(b)
  if (!Number.isFinite(x) || a === undefined || a === '') return false
  return !Number.isFinite(y) || b === undefined || b === '' || x > y
}

/**
 * Follows the application watch until `signal` aborts, reconnecting from the last resourceVersion seen whenever the
 * connection drops, errors or goes silent (pkg/apiclient/apiclient.go WatchApplicationWithRetry does the same).
 * A watch for a missing app never answers, so callers read the app with GET first and keep polling beside it.
 */
export async function watchApplications(client: ArgoCdClient, query: WatchQuery, opts: WatchOptions): Promise<void> {
  let resourceVersion = query.resourceVersion
  let failures = 0
  while (!opts.signal.aborted) {
    const connection = new AbortController()
    const abortAll = () => connection.abort()
    opts.signal.addEventListener('abort', abortAll, { once: true })
    let idle: NodeJS.Timeout | undefined
    const resetIdle = () => {
      clearTimeout(idle)
      idle = setTimeout(() => connection.abort(new Error(`no data for ${opts.idleMs} ms`)), opts.idleMs)
    }
    let reason = 'the server ended the stream'
    try {
      resetIdle()
      const chunks = await client.openWatch({ ...query, resourceVersion }, opts.format, connection.signal)
      async function* touched(): AsyncGenerator<Buffer> {
        for await (const chunk of chunks) {
          resetIdle()
          yield chunk
        }
      }
      for await (const message of readMessages(touched())) {
        if (message.error) {
          reason = `stream error ${message.error.http_code ?? ''}: ${message.error.message ?? ''}`
          break
        }
        const { type, application } = message.result ?? {}
        if (!type || !application) continue
        failures = 0
        if (newerVersion(application.metadata?.resourceVersion, resourceVersion))
          resourceVersion = application.metadata?.resourceVersion
        opts.onEvent(type, application)
      }
    } catch (e) {
      const cause = connection.signal.reason as Error | undefined
      reason = cause?.message ?? (e as Error).message
    } finally {
      clearTimeout(idle)
      opts.signal.removeEventListener('abort', abortAll)
      connection.abort()
    }
    if (opts.signal.aborted) return
    opts.onDrop?.(reason)
    const delay = opts.reconnectMs * Math.min(10, 2 ** failures++)
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, delay)
      opts.signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true })
    })
  }
}
