import { describe, expect, it } from '@jest/globals'
import { parseDuration, formatDuration } from '../../src/core/time/duration.js'

describe('toolchain', () => {
  it('runs ESM TypeScript tests', () => {
    expect(parseDuration('1h30m')).toBe(5_400_000)
    expect(formatDuration(5_400_000)).toBe('1h30m')
  })
})
