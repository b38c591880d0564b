import { FaultInjector } from '../faults.js'
import type { FaultSpec as SharedFaultSpec, InjectedFault } from '../faults.js'

/**
 * GitHub's fault kinds, on the shared injector (test/emulators/faults.ts, which describes `drop`, `latency` and
 * `hook`):
 * - `status500`: `{message: "Server Error"}`; `status502`: GitHub's "Unicorn" HTML page;
 * - `status422`: GitHub's Validation Failed answer (e.g. a comment body over 65,536 characters); not retried;
 * - `secondaryRateLimit` (403) / `status429`: the secondary rate limit answer with `retry-after`.
 */
export type FaultKind =
  'status500' | 'status502' | 'status422' | 'secondaryRateLimit' | 'status429' | 'drop' | 'latency' | 'hook'

export type FaultSpec = SharedFaultSpec<FaultKind>

export type Fault = InjectedFault<FaultKind>

/** Per-route fault injection, consumed in order of injection. */
export class Faults extends FaultInjector<FaultKind> {}
