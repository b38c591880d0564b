const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }
const DURATION = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d))+$/
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/g

/**
 * Parses `90s`, `15m`, `2h`, `1h30m`, `500ms`, `1d` into milliseconds. A bare number is read as seconds.
 * Returns undefined for anything else so callers can word the error for their own context.
 */
export function parseDuration(text: string): number | undefined {
  const s = text.trim().toLowerCase()
  if (/^\d+$/.test(s)) return Number(s) * 1000
  if (!DURATION.test(s)) return undefined
  let total = 0
  for (const [, n, unit] of s.matchAll(PART)) total += Number(n) * UNIT_MS[unit]
  return Math.round(total)
}

/** Formats milliseconds the way people write durations: `1h30m`, `45s`, `250ms`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`
  let rest = Math.round(ms / 1000)
  const parts: string[] = []
  for (const [unit, size] of [
    ['d', 86_400],
    ['h', 3_600],
    ['m', 60],
    ['s', 1]
  ] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`)
      rest %= size
    }
  }
  return parts.join('')
}

export const DURATION_FORMS = 'a duration such as 90s, 15m, 2h or 1h30m'
