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
  /**
   * Starts the silence timer, restarted on every chunk (`setTimeout` by default). Tests pass one they fire themselves,
   * so "the stream went silent" is an event they choose, not a race against a short wall-clock timeout.
   */
  idleTimer?: (onIdle: () => void, ms: number) => { clear(): void }
  /** First delay before reconnecting (the CLI waits 1 s); doubles while connections keep failing, up to 10x. */
  reconnectMs: number
  onEvent(type: WatchEventType, app: WireApplication): void
  /** Told why a connection ended, before the reconnect. */
  onDrop?(reason: string): void
  /**
   * Reconnect from the last resourceVersion seen (the default), or without one so the server sends every matching app
   * again as ADDED (closing the gap of the reconnect; a watch by name always gets them).
   */
  resume?: boolean
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
  const startIdle = opts.idleTimer ?? realTimer
  while (!opts.signal.aborted) {
    const connection = new AbortController()
    const abortAll = () => connection.abort()
    opts.signal.addEventListener('abort', abortAll, { once: true })
    let idle: { clear(): void } | undefined
    const resetIdle = () => {
      idle?.clear()
      idle = startIdle(() => connection.abort(new Error(`no data for ${opts.idleMs} ms`)), opts.idleMs)
    }
    let reason = 'the server ended the stream'
    try {
      resetIdle()
      const from = opts.resume === false ? query.resourceVersion : resourceVersion
      const chunks = await client.openWatch({ ...query, resourceVersion: from }, opts.format, connection.signal)
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
      idle?.clear()
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

function realTimer(onIdle: () => void, ms: number): { clear(): void } {
  const timer = setTimeout(onIdle, ms)
  return { clear: () => clearTimeout(timer) }
}

/** What a waiter hears from a watch: the app's events, one listener per app. */
export interface AppEventListener {
  onEvent(type: WatchEventType, app: WireApplication): void
}

/** A source of one app's watch events (`SharedWatch`); `subscribe` returns the unsubscribe function. */
export interface AppEventSource {
  subscribe(app: { name: string; namespace: string }, listener: AppEventListener): () => void
}

export type SharedWatchOptions = Omit<WatchOptions, 'signal' | 'onEvent' | 'resume'>

/**
 * One watch stream for many apps, its events handed to each app's listener: N apps cost one connection, not N. The
 * query should be as narrow as the apps allow (a name for one app, the selector the apps came from, the project),
 * since every matching app's events are read. It connects on the first subscription and every reconnect without a
 * resourceVersion: the server then lists the matching apps as ADDED first (application.go v3.5.1 Watch L1292-1306),
 * which closes the gap between a waiter's read and the subscription, and makes the server write headers at once
 * (a stream with nothing to send writes none). Waiters ignore events not newer than what they have.
 */
export class SharedWatch implements AppEventSource {
  private readonly listeners = new Map<string, Set<AppEventListener>>()
  private readonly stop = new AbortController()
  private running: Promise<void> | undefined

  constructor(
    private readonly client: ArgoCdClient,
    private readonly query: Omit<WatchQuery, 'resourceVersion'>,
    private readonly options: SharedWatchOptions & { log?(message: string): void }
  ) {}

  subscribe(app: { name: string; namespace: string }, listener: AppEventListener): () => void {
    const key = `${app.namespace}/${app.name}`
    const set = this.listeners.get(key) ?? new Set()
    this.listeners.set(key, set)
    set.add(listener)
    if (!this.running && !this.stop.signal.aborted) {
      this.running = watchApplications(this.client, this.query, {
        ...this.options,
        signal: this.stop.signal,
        resume: false,
        onEvent: (type, application) => {
          const meta = application.metadata ?? {}
          for (const l of [...(this.listeners.get(`${meta.namespace ?? ''}/${meta.name ?? ''}`) ?? [])])
            l.onEvent(type, application)
        }
      }).catch((e: unknown) => this.options.log?.(`watch stopped: ${(e as Error).message}`))
    }
    return () => {
      set.delete(listener)
    }
  }

  /** Ends the stream. */
  async close(): Promise<void> {
    this.stop.abort()
    await this.running
  }
}
