import { describe, expect, it } from '@jest/globals'
import {
  isWithinWindow,
  isWithinWindows,
  nextWindowOpening,
  parseDeploymentWindow,
  resolveTimeZone
} from '../../../src/core/time/windows.js'
import type { DeploymentWindow } from '../../../src/core/time/windows.js'

function window(text: string): DeploymentWindow {
  const parsed = parseDeploymentWindow(text)
  if (!parsed.ok) throw new Error(parsed.reason)
  return parsed.window
}

describe('parseDeploymentWindow', () => {
  const WEEK = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
  it.each([
    ['Mon-Fri 09:00-17:00 Europe/Berlin', ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], 540, 1020, 'Europe/Berlin'],
    ['Sat-Sun 10:00-12:30 UTC', ['Sat', 'Sun'], 600, 750, 'UTC'],
    ['Fri-Mon 06:00-07:00', ['Mon', 'Fri', 'Sat', 'Sun'], 360, 420, 'UTC'],
    ['Mon,Wed,Fri 8:00-9:30 America/New_York', ['Mon', 'Wed', 'Fri'], 480, 570, 'America/New_York'],
    ['Mon-Tue, Thu 08:00-09:00', ['Mon', 'Tue', 'Thu'], 480, 540, 'UTC'],
    ['monday - friday 09:00 - 17:00 europe/berlin', ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], 540, 1020, 'Europe/Berlin'],
    ['daily 22:00-02:00 Asia/Tokyo', WEEK, 1320, 120, 'Asia/Tokyo'],
    ['* 00:00-24:00', WEEK, 0, 1440, 'UTC'],
    ['09:00-17:00', WEEK, 540, 1020, 'UTC']
  ])('%s', (text, days, start, end, timeZone) => {
    expect(parseDeploymentWindow(text)).toEqual({ ok: true, window: { text, days, start, end, timeZone } })
  })

  it.each([
    ['Mon-Fri', 'it has no time range such as 09:00-17:00'],
    ['Mon-Fry 09:00-17:00', "unknown day 'Fry', did you mean 'Fri'?"],
    ['Someday 09:00-17:00', "unknown day 'Someday', days are Mon, Tue, Wed, Thu, Fri, Sat and Sun"],
    ['Mon- 09:00-17:00', 'a day range is missing a day'],
    ['Mon-Wed-Fri 09:00-17:00', "the day range 'Mon-Wed-Fri' has more than two ends"],
    ['Mon-Fri 9-17', "the time range '9-17' is not written as HH:MM-HH:MM"],
    ['Mon-Fri 09:00-25:00', "'25:00' is not a time of day, use 00:00 to 23:59 or 24:00"],
    ['Mon-Fri 24:00-08:00', "'24:00' is not a time of day, use 00:00 to 23:59"],
    ['Mon-Fri 09:60-17:00', "'09:60' is not a time of day, use 00:00 to 23:59"],
    ['Mon-Fri 09:00-09:00', 'the time range 09:00-09:00 is empty, for a whole day write 00:00-24:00'],
    ['Mon-Fri 09:00-17:00 Europe/Berln', "unknown time zone 'Europe/Berln', did you mean 'Europe/Berlin'?"],
    [
      'Mon-Fri 09:00-17:00 Nowhere/Special/Zone',
      "unknown time zone 'Nowhere/Special/Zone', use an IANA name such as Europe/Berlin or UTC"
    ],
    ['Mon-Fri 09:00-17:00 Europe/Berlin please', "unexpected 'please' after the time zone"]
  ])('rejects %s', (text, reason) => {
    expect(parseDeploymentWindow(text)).toEqual({ ok: false, reason })
  })

  it('canonicalises time zone names', () => {
    expect(resolveTimeZone('utc')).toEqual({ ok: true, name: 'UTC' })
  })
})

describe('isWithinWindow', () => {
  const office = window('Mon-Fri 09:00-17:00 Europe/Berlin')

  it.each([
    ['2026-01-05T08:30:00Z', true], // Monday 09:30 CET
    ['2026-01-05T07:59:00Z', false], // Monday 08:59 CET
    ['2026-01-05T16:00:00Z', false], // Monday 17:00 CET: the end is exclusive
    ['2026-01-09T15:59:00Z', true], // Friday 16:59 CET
    ['2026-01-10T10:00:00Z', false], // Saturday
    ['2026-07-06T07:30:00Z', true], // Monday 09:30 CEST (summer time)
    ['2026-07-06T15:30:00Z', false] // Monday 17:30 CEST
  ])('office hours at %s: %s', (at, expected) => {
    expect(isWithinWindow(office, new Date(at))).toBe(expected)
  })

  const overnight = window('Fri 22:00-02:00 UTC')
  it.each([
    ['2026-01-09T21:59:00Z', false], // Friday before it opens
    ['2026-01-09T23:00:00Z', true], // Friday night
    ['2026-01-10T01:59:00Z', true], // early Saturday, still the Friday window
    ['2026-01-10T02:00:00Z', false], // closed
    ['2026-01-10T23:00:00Z', false], // Saturday night: the window opens on Fridays only
    ['2026-01-08T01:00:00Z', false] // early Thursday
  ])('overnight window at %s: %s', (at, expected) => {
    expect(isWithinWindow(overnight, new Date(at))).toBe(expected)
  })

  it('treats no windows as no restriction', () => {
    expect(isWithinWindows([], new Date('2026-01-10T10:00:00Z'))).toBe(true)
    expect(isWithinWindows([office], new Date('2026-01-10T10:00:00Z'))).toBe(false)
    expect(isWithinWindows([office, window('Sat 09:00-12:00 UTC')], new Date('2026-01-10T10:00:00Z'))).toBe(true)
  })
})

describe('nextWindowOpening', () => {
  const office = window('Mon-Fri 09:00-17:00 Europe/Berlin')
  it.each([
    ['inside: now', [office], '2026-01-05T08:30:00Z', '2026-01-05T08:30:00.000Z'],
    ['Monday morning', [office], '2026-01-05T07:00:00Z', '2026-01-05T08:00:00.000Z'],
    ['Friday evening: Monday', [office], '2026-01-09T17:00:00Z', '2026-01-12T08:00:00.000Z'],
    ['summer time', [office], '2026-07-06T05:00:00Z', '2026-07-06T07:00:00.000Z'],
    ['an odd start minute', [window('Sat 09:07-09:08 UTC')], '2026-01-09T12:00:30Z', '2026-01-10T09:07:00.000Z'],
    ['India (+05:30)', [window('Mon 10:10-11:00 Asia/Kolkata')], '2026-01-04T00:00:00Z', '2026-01-05T04:40:00.000Z'],
    ['Nepal (+05:45)', [window('Mon 10:00-11:00 Asia/Kathmandu')], '2026-01-04T00:00:00Z', '2026-01-05T04:15:00.000Z'],
    [
      'the earliest of several',
      [office, window('Sun 20:00-21:00 UTC')],
      '2026-01-10T12:00:00Z',
      '2026-01-11T20:00:00.000Z'
    ]
  ])('%s', (_name, windows, from, expected) => {
    expect(nextWindowOpening(windows, new Date(from))?.toISOString()).toBe(expected)
  })

  it('gives up past the span it may look in', () => {
    expect(nextWindowOpening([office], new Date('2026-01-09T17:00:00Z'), 3_600_000)).toBeUndefined()
  })
})
