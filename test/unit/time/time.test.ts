import { describe, expect, it } from '@jest/globals'
import { backoffDelay, Deadline, formatDuration, ManualClock, parseDuration } from '../../../src/core/time/index.js'

describe('parseDuration', () => {
  it.each([
    ['90s', 90_000],
    ['15m', 900_000],
    ['2h', 7_200_000],
    ['1h30m', 5_400_000],
    ['1d', 86_400_000],
    ['500ms', 500],
    ['1.5m', 90_000],
    [' 45 ', 45_000],
    ['2H', 7_200_000]
  ])('%s is %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms))

  it.each(['', 'soon', '15 m', '-5s', '1h30', 'm15', '1w'])('%s is not a duration', (text) => {
    expect(parseDuration(text)).toBeUndefined()
  })
})

describe('formatDuration', () => {
  it.each([
    [250, '250ms'],
    [45_000, '45s'],
    [5_400_000, '1h30m'],
    [90_061_000, '1d1h1m1s']
  ])('%d ms is %s', (ms, text) => expect(formatDuration(ms)).toBe(text))
})

describe('backoffDelay', () => {
  it('grows exponentially up to the cap, with jitter between half and all of it', () => {
    const opts = { initialMs: 1000, maxMs: 10_000 }
    expect(backoffDelay(0, { ...opts, random: () => 0 })).toBe(500)
    expect(backoffDelay(0, { ...opts, random: () => 0.999999 })).toBe(1000)
    expect(backoffDelay(2, { ...opts, random: () => 0 })).toBe(2000)
    expect(backoffDelay(10, { ...opts, random: () => 0.999999 })).toBe(10_000)
  })
})

describe('Deadline', () => {
  it('counts down on the injected clock and never goes below zero', async () => {
    const clock = new ManualClock(1000)
    const deadline = new Deadline(clock, 5000)
    expect(deadline.remaining()).toBe(5000)
    await clock.sleep(4000)
    expect(deadline.expired()).toBe(false)
    clock.advance(2000)
    expect(deadline.remaining()).toBe(0)
    expect(deadline.expired()).toBe(true)
  })
})
