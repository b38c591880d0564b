/** GitHub's primary rate limit as a response's `x-ratelimit-*` headers report it. */
export interface RateLimit {
  limit: number
  remaining: number
  /** Epoch ms when the budget refills. */
  resetAt: number
}

export function readRateLimit(headers: Record<string, string | number | undefined>): RateLimit | undefined {
  const limit = Number(headers['x-ratelimit-limit'])
  const remaining = Number(headers['x-ratelimit-remaining'])
  const reset = Number(headers['x-ratelimit-reset'])
  if (![limit, remaining, reset].every((n) => Number.isFinite(n)) || headers['x-ratelimit-remaining'] === undefined) {
    return undefined
  }
  return { limit, remaining, resetAt: reset * 1000 }
}

/**
 * How long a polling loop should wait before its next round: the interval it asked for, stretched when the rate
 * limit runs low so that what is left (minus a reserve for the writes that end the loop) lasts until the reset.
 * `requestsPerRound` is what one round costs at most when nothing is answered from the cache.
 */
export function pacedDelay(
  intervalMs: number,
  rateLimit: RateLimit | undefined,
  now: number,
  requestsPerRound = 1,
  reserve = 20
): number {
  if (!rateLimit) return intervalMs
  const untilReset = Math.max(0, rateLimit.resetAt - now)
  const rounds = Math.floor((rateLimit.remaining - reserve) / Math.max(1, requestsPerRound))
  if (rounds <= 0) return Math.max(intervalMs, untilReset + 1000)
  return Math.max(intervalMs, Math.ceil(untilReset / rounds))
}
