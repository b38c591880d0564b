/**
 * A point in time for people to read: `2026-12-02 17:40 UTC`, or `2026-12-02 17:40:05 UTC` with `seconds` (cut, not
 * rounded: a deadline is never shown later than it is). For texts only (comments, issue bodies, summaries, one-line
 * reasons): markers, JSON outputs and stored payloads keep ISO 8601 with milliseconds.
 *
 * Takes epoch milliseconds, a Date or an ISO 8601 string; a string that is not an ISO timestamp (such as `—` for
 * "never") or an invalid date comes back unchanged, so stored values can be passed as they are.
 */
export function formatUtc(at: number | Date | string, options: { seconds?: boolean } = {}): string {
  if (typeof at === 'string' && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(at)) return at
  const date = at instanceof Date ? at : new Date(at)
  if (Number.isNaN(date.getTime())) return String(at)
  const iso = date.toISOString() // 2026-12-02T17:40:05.123Z
  return `${iso.slice(0, 10)} ${iso.slice(11, options.seconds ? 19 : 16)} UTC`
}
