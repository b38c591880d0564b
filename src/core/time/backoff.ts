export interface BackoffOptions {
  /** First delay in ms. */
  initialMs: number
  /** Upper bound for one delay in ms. */
  maxMs: number
  /** Growth per attempt (default 2). */
  factor?: number
  /** Source of randomness in [0, 1); injectable for tests. */
  random?: () => number
}

/**
 * Exponential backoff with "full jitter": the delay for attempt n (0-based) is uniform in
 * [0, min(max, initial * factor^n)], which spreads retries of many clients apart (AWS architecture blog).
 * A floor of half the cap keeps a retry from firing immediately after a failure.
 */
export function backoffDelay(attempt: number, opts: BackoffOptions): number {
  const factor = opts.factor ?? 2
  const random = opts.random ?? Math.random
  const cap = Math.min(opts.maxMs, opts.initialMs * factor ** Math.max(0, attempt))
  return Math.round(cap / 2 + random() * (cap / 2))
}
