import { FaultInjector } from '../faults.js'
import type { FaultSpec, InjectedFault } from '../faults.js'

/**
 * Argo CD's fault kinds, on the shared injector (test/emulators/faults.ts, which describes `drop`, `latency`, `hang`,
 * `streamDrop` and `streamSilent`), applied before the handler so a faulted write did not happen:
 * - `status500` / `status503` / `status504` / `status429`: the gRPC error envelope with that status's code
 *   (Internal 13, Unavailable 14, DeadlineExceeded 4, ResourceExhausted 8);
 * - `status502`: an ingress's HTML "Bad Gateway" (nothing from Argo CD answers 502 itself);
 * - `hang` stands for a refresh whose controller is down; `streamSilent` for a watch of a missing app through some
 *   proxies.
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

export type ArgoFaultSpec = FaultSpec<ArgoFaultKind>

export type ArgoFault = InjectedFault<ArgoFaultKind>

export class ArgoFaults extends FaultInjector<ArgoFaultKind> {}
