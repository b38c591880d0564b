import { describe, expect, it } from '@jest/globals'
import { formatUtc } from '../../../src/core/time/format.js'

describe('formatUtc: a point in time for people', () => {
  it.each<{ name: string; at: number | Date | string; seconds?: boolean; text: string }>([
    { name: 'an ISO string with milliseconds', at: '2026-12-02T17:40:05.123Z', text: '2026-12-02 17:40 UTC' },
    { name: 'with seconds', at: '2026-12-02T17:40:05.999Z', seconds: true, text: '2026-12-02 17:40:05 UTC' },
    { name: 'cut, not rounded', at: '2026-12-02T23:59:59.999Z', text: '2026-12-02 23:59 UTC' },
    { name: 'an offset is shown in UTC', at: '2026-12-02T18:40:00+01:00', text: '2026-12-02 17:40 UTC' },
    { name: 'epoch milliseconds', at: Date.UTC(2026, 11, 2, 9, 5), text: '2026-12-02 09:05 UTC' },
    { name: 'a Date', at: new Date(Date.UTC(2027, 0, 1, 0, 0, 7)), seconds: true, text: '2027-01-01 00:00:07 UTC' },
    { name: '"never" stays as it is', at: '—', text: '—' },
    { name: 'not a timestamp stays as it is', at: 'yesterday', text: 'yesterday' },
    { name: 'an invalid ISO-looking date stays as it is', at: '2026-13-45T99:99Z', text: '2026-13-45T99:99Z' }
  ])('$name', ({ at, seconds, text }) => {
    expect(formatUtc(at, { seconds })).toBe(text)
  })
})
