/**
 * Faults applied before the handler, so a faulted write did not happen. Kinds:
 * - `status500` / `status503` / `status504` / `status429`: the gRPC error envelope with that status's code
 *   (Internal 13, Unavailable 14, DeadlineExceeded 4, ResourceExhausted 8);
 * - `status502`: an ingress's HTML "Bad Gateway" (nothing from Argo CD answers 502 itself);
 * - `drop`: the socket is destroyed without an answer;
 * - `latency`: delay `latencyMs`, then normal handling;
 * - `hang`: never answer (until the client gives up or the emulator closes), like a refresh whose controller is down;
 * - `streamDrop`: a watch stream is cut after `afterEvents` messages (default 1) without an end chunk;
 * - `streamSilent`: a watch stream that never sends headers nor events (what a missing app looks like through some
 *   proxies), until the client gives up.
 */
export type ArgoFaultKind =
  | 'status500'
  | 'status502'
  | 'status503'
  | 'status504'
  | 'status429'
  | 'drop'
  | 'latency'
  | 'hang'
  | 'streamDrop'
  | 'streamSilent'

export interface ArgoFaultSpec {
  kind: ArgoFaultKind
  /** HTTP method to match (any when omitted). */
  method?: string
  /**
   * A route key as the swagger writes it ('POST /api/v1/applications/{name}/sync'), a path template without the method
   * ('/api/v1/stream/applications'), or a RegExp tested against the request path. Any route when omitted.
   */
  route?: string | RegExp
  /** How many matching requests it applies to (default 1; Infinity for all). */
  times?: number
  /** For latency. */
  latencyMs?: number
  /** For streamDrop: messages sent before the cut (default 1). */
  afterEvents?: number
}

export interface ArgoFault {
  readonly spec: Readonly<ArgoFaultSpec>
  /** Requests it has applied to so far. */
  hits: number
}

export class ArgoFaults {
  private active: ArgoFault[] = []

  inject(spec: ArgoFaultSpec): ArgoFault {
    const fault = { spec: { ...spec, method: spec.method?.toUpperCase(), times: spec.times ?? 1 }, hits: 0 }
    this.active.push(fault)
    return fault
  }

  clear(): void {
    this.active = []
  }

  /** Faults not yet used up. */
  pending(): number {
    return this.active.filter((fault) => fault.hits < (fault.spec.times ?? 1)).length
  }

  /** The first fault matching the request, consumed once. */
  take(method: string, routeKey: string, path: string, kinds?: readonly ArgoFaultKind[]): ArgoFaultSpec | undefined {
    const found = this.active.find(
      (fault) =>
        fault.hits < (fault.spec.times ?? 1) &&
        (kinds === undefined || kinds.includes(fault.spec.kind)) &&
        matches(fault.spec, method, routeKey, path)
    )
    if (!found) return undefined
    found.hits++
    return found.spec
  }
}

function matches(spec: ArgoFaultSpec, method: string, routeKey: string, path: string): boolean {
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
