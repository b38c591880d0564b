import { describe, expect, it } from '@jest/globals'
import { pacedDelay, readRateLimit } from '../../../src/core/github/rate-limit.js'

const NOW = 1_000_000_000_000
const HOUR = 3_600_000

describe('pacedDelay', () => {
  it.each([
    ['no rate limit known: the interval', 15_000, undefined, 15_000],
    ['plenty left: the interval', 15_000, { limit: 1000, remaining: 900, resetAt: NOW + HOUR }, 15_000],
    // 120 left, 20 kept for the closing writes, 3 per round: 33 rounds in an hour.
    [
      'running low: stretched to last until the reset',
      15_000,
      { limit: 1000, remaining: 120, resetAt: NOW + HOUR },
      109_091
    ],
    [
      'only the reserve left: wait for the reset',
      15_000,
      { limit: 1000, remaining: 20, resetAt: NOW + HOUR },
      HOUR + 1000
    ],
    ['reset already passed: the interval', 15_000, { limit: 1000, remaining: 0, resetAt: NOW - 1 }, 15_000]
  ])('%s', (_name, interval, limit, expected) => {
    expect(pacedDelay(interval, limit, NOW, 3)).toBe(expected)
  })
})

describe('readRateLimit', () => {
  it('reads the x-ratelimit headers, or nothing when they are missing', () => {
    expect(
      readRateLimit({ 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '4990', 'x-ratelimit-reset': '1700000000' })
    ).toEqual({ limit: 5000, remaining: 4990, resetAt: 1_700_000_000_000 })
    expect(readRateLimit({ etag: 'W/"x"' })).toBeUndefined()
  })
})
