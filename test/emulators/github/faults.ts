/** `status422`: GitHub's Validation Failed answer (e.g. a comment body over 65,536 characters); not retried. */
/**
 * `hook`: runs `run` (e.g. a concurrent writer moving a branch), then handles the request normally, so a test can put
 * another client's write exactly between two requests of the action.
 */
export type FaultKind =
  'status500' | 'status502' | 'status422' | 'secondaryRateLimit' | 'status429' | 'drop' | 'latency' | 'hook'

export interface FaultSpec {
  kind: FaultKind
  /** HTTP method to match (any when omitted). */
  method?: string
  /**
   * Route to match: a route key ('POST /repos/{owner}/{repo}/issues/{issue_number}/comments'), a template without the
   * method ('/repos/{owner}/{repo}/pulls'), or a RegExp tested against the request path. Any route when omitted.
   */
  route?: string | RegExp
  /** How many matching requests the fault applies to (default 1; Infinity for all). */
  times?: number
  /** retry-after header for secondaryRateLimit and status429 (default 1). */
  retryAfterSeconds?: number
  /** Delay for latency (default 0). */
  latencyMs?: number
  /** What a `hook` fault runs before the request is handled. */
  run?: () => void | Promise<void>
}

export interface Fault extends Readonly<Required<Omit<FaultSpec, 'method' | 'route' | 'run'>>> {
  readonly method: string | undefined
  readonly route: string | RegExp | undefined
  /** Requests this fault has been applied to so far. */
  readonly hits: number
  /** Applications left. */
  readonly remaining: number
}

interface ActiveFault {
  spec: Required<Omit<FaultSpec, 'method' | 'route' | 'run'>> & Pick<FaultSpec, 'method' | 'route' | 'run'>
  hits: number
}

/** Per-route fault injection, consumed in order of injection. */
export class Faults {
  private active: ActiveFault[] = []

  inject(spec: FaultSpec): Fault {
    const fault: ActiveFault = {
      spec: {
        kind: spec.kind,
        method: spec.method?.toUpperCase(),
        route: spec.route,
        times: spec.times ?? 1,
        retryAfterSeconds: spec.retryAfterSeconds ?? 1,
        latencyMs: spec.latencyMs ?? 0,
        run: spec.run
      },
      hits: 0
    }
    this.active.push(fault)
    return {
      get kind() {
        return fault.spec.kind
      },
      get method() {
        return fault.spec.method
      },
      get route() {
        return fault.spec.route
      },
      get times() {
        return fault.spec.times
      },
      get retryAfterSeconds() {
        return fault.spec.retryAfterSeconds
      },
      get latencyMs() {
        return fault.spec.latencyMs
      },
      get hits() {
        return fault.hits
      },
      get remaining() {
        return Math.max(0, fault.spec.times - fault.hits)
      }
    }
  }

  /** Faults not yet used up. */
  pending(): number {
    return this.active.filter((fault) => fault.hits < fault.spec.times).length
  }

  clear(): void {
    this.active = []
  }

  /** The first fault matching the request, consumed once; undefined when none applies. */
  take(method: string, routeKey: string, path: string): ActiveFault['spec'] | undefined {
    const found = this.active.find(
      (fault) => fault.hits < fault.spec.times && matches(fault.spec, method, routeKey, path)
    )
    if (!found) return undefined
    found.hits++
    return found.spec
  }
}

function matches(spec: ActiveFault['spec'], method: string, routeKey: string, path: string): boolean {
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
