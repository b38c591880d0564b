import type { IncomingMessage, ServerResponse } from 'node:http'

/**
 * Fault injection shared by the emulators (test/emulators/github, test/emulators/argocd): which request a fault
 * applies to (method, route, how many times, consumed in order of injection), how often it was applied per route, and
 * what a fault does to the connection. Answers with a status code are left to each emulator, which writes them in its
 * own service's error format; `statusOf` says which status a kind stands for.
 *
 * Kinds every emulator applies the same way (`applyTransportFault`):
 * - `drop`: the socket is destroyed without an answer (nothing is handled);
 * - `latency`: wait `latencyMs`, then handle the request normally;
 * - `hang`: never answer, until the client gives up or the emulator closes;
 * - `hook`: run `run` (e.g. another client's write), then handle the request normally.
 * Stream kinds, for requests the emulator serves as a stream (`streamPlan`), and never taken by other requests:
 * - `streamDrop`: the stream is cut after `afterEvents` messages (default 1) without an end chunk;
 * - `streamSilent`: the stream sends neither headers nor messages, until the client gives up.
 * Status kinds (`status500`, `status502`, `status429`, ..., and GitHub's `secondaryRateLimit`, a 403): answered by the
 * emulator before its handler runs, so a faulted write did not happen.
 */
export interface FaultSpec<K extends string = string> {
  kind: K
  /** HTTP method to match (any when omitted). */
  method?: string
  /**
   * A route key as the API description writes it ('POST /repos/{owner}/{repo}/issues'), a path template without the
   * method ('/repos/{owner}/{repo}/pulls'), or a RegExp tested against the request path. Any route when omitted.
   */
  route?: string | RegExp
  /** How many matching requests it applies to (default 1; Infinity for all). */
  times?: number
  /** retry-after header of rate-limit answers (default 1). */
  retryAfterSeconds?: number
  /** Delay of `latency` (default 0). */
  latencyMs?: number
  /** Messages a `streamDrop` stream sends before the cut (default 1). */
  afterEvents?: number
  /** What a `hook` fault runs before the request is handled. */
  run?: () => void | Promise<void>
}

/** A fault as injected, with defaults filled in. */
export interface ActiveSpec<K extends string = string> extends FaultSpec<K> {
  method: string | undefined
  times: number
  retryAfterSeconds: number
  latencyMs: number
  afterEvents: number
}

/** What `inject` returns: the fault's settings and how often it has been applied so far. */
export interface InjectedFault<K extends string = string> {
  readonly spec: Readonly<ActiveSpec<K>>
  readonly kind: K
  readonly method: string | undefined
  readonly route: string | RegExp | undefined
  readonly times: number
  readonly retryAfterSeconds: number
  readonly latencyMs: number
  readonly afterEvents: number
  /** Requests this fault has been applied to so far. */
  readonly hits: number
  /** Applications left. */
  readonly remaining: number
  /** Applications per route key. */
  readonly hitsByRoute: ReadonlyMap<string, number>
}

const STREAM_KINDS = new Set(['streamDrop', 'streamSilent'])

export const isStreamFault = (kind: string): boolean => STREAM_KINDS.has(kind)

interface Entry<K extends string> {
  spec: ActiveSpec<K>
  hits: number
  byRoute: Map<string, number>
}

/** Per-route fault injection, consumed in order of injection. */
export class FaultInjector<K extends string = string> {
  private active: Entry<K>[] = []
  /** Faults applied per route key since the last `clear`. */
  readonly appliedByRoute = new Map<string, number>()

  inject(spec: FaultSpec<K>): InjectedFault<K> {
    const entry: Entry<K> = {
      spec: {
        ...spec,
        method: spec.method?.toUpperCase(),
        times: spec.times ?? 1,
        retryAfterSeconds: spec.retryAfterSeconds ?? 1,
        latencyMs: spec.latencyMs ?? 0,
        afterEvents: spec.afterEvents ?? 1
      },
      hits: 0,
      byRoute: new Map()
    }
    this.active.push(entry)
    const s = entry.spec
    return {
      spec: s,
      kind: s.kind,
      method: s.method,
      route: s.route,
      times: s.times,
      retryAfterSeconds: s.retryAfterSeconds,
      latencyMs: s.latencyMs,
      afterEvents: s.afterEvents,
      get hits() {
        return entry.hits
      },
      get remaining() {
        return Math.max(0, s.times - entry.hits)
      },
      hitsByRoute: entry.byRoute
    }
  }

  /** Faults not yet used up. */
  pending(): number {
    return this.active.filter((entry) => entry.hits < entry.spec.times).length
  }

  clear(): void {
    this.active = []
    this.appliedByRoute.clear()
  }

  /**
   * The first fault matching the request, consumed once; undefined when none applies. Stream kinds match only a
   * request served as a stream (`stream: true`); the other kinds match any request.
   */
  take(method: string, routeKey: string, path: string, opts: { stream?: boolean } = {}): ActiveSpec<K> | undefined {
    const found = this.active.find(
      (entry) =>
        entry.hits < entry.spec.times &&
        (opts.stream === true || !isStreamFault(entry.spec.kind)) &&
        matches(entry.spec, method, routeKey, path)
    )
    if (!found) return undefined
    found.hits++
    found.byRoute.set(routeKey, (found.byRoute.get(routeKey) ?? 0) + 1)
    this.appliedByRoute.set(routeKey, (this.appliedByRoute.get(routeKey) ?? 0) + 1)
    return found.spec
  }
}

function matches(spec: ActiveSpec, method: string, routeKey: string, path: string): boolean {
  if (spec.method && spec.method !== method.toUpperCase()) return false
  const route = spec.route
  if (route === undefined) return true
  if (route instanceof RegExp) {
    route.lastIndex = 0
    return route.test(path)
  }
  if (route.startsWith('/')) return routeKey.slice(routeKey.indexOf(' ') + 1) === route
  return routeKey === route
}

/** The HTTP status a status kind stands for (`status502` is 502, `secondaryRateLimit` 403); undefined for others. */
export function statusOf(kind: string): number | undefined {
  if (kind === 'secondaryRateLimit') return 403
  const m = /^status(\d{3})$/.exec(kind)
  return m ? Number(m[1]) : undefined
}

/**
 * Applies the kinds that act on the connection rather than answer: `done` when the request is finished with (dropped
 * or left hanging), `continue` when it is to be handled normally now, `answer` when the emulator must answer the
 * fault itself (a status kind). Stream kinds are `continue`: the stream applies them (`streamPlan`).
 */
export async function applyTransportFault(
  fault: ActiveSpec,
  req: IncomingMessage,
  res: ServerResponse,
  hooks: { onHang?: (destroy: () => void) => void } = {}
): Promise<'done' | 'continue' | 'answer'> {
  switch (fault.kind) {
    case 'drop':
      req.socket.destroy()
      return 'done'
    case 'latency':
      await new Promise((resolve) => setTimeout(resolve, fault.latencyMs))
      return 'continue'
    case 'hook':
      await fault.run?.()
      return 'continue'
    case 'hang':
      hooks.onHang?.(() => res.destroy())
      return 'done'
    default:
      return isStreamFault(fault.kind) ? 'continue' : 'answer'
  }
}

/** How a stream serves a stream fault: messages before it is cut, and whether it stays silent. */
export function streamPlan(fault: ActiveSpec | undefined): { dropAfter: number; silent: boolean } {
  return {
    dropAfter: fault?.kind === 'streamDrop' ? fault.afterEvents : Infinity,
    silent: fault?.kind === 'streamSilent'
  }
}
