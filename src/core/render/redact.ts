/** What a redacted match is replaced with. */
export const REDACTED = '***'

/**
 * Replaces every match of every pattern with `***`. Patterns are used as global whatever their flags (the caller's
 * RegExp objects are not mutated), and empty matches are ignored so a pattern that can match the empty string cannot
 * scatter `***` through the text. Apply it before escaping or cutting, so a secret can never be split across a cut.
 */
export function redact(text: string, patterns: readonly RegExp[]): string {
  let out = text
  for (const pattern of patterns) {
    const flags = pattern.flags.replace(/[gy]/g, '')
    out = out.replace(new RegExp(pattern.source, `${flags}g`), (match) => (match === '' ? '' : REDACTED))
  }
  return out
}

/** A redactor for a fixed list of patterns; the identity when there are none. */
export function redactor(patterns: readonly RegExp[] | undefined): (text: string) => string {
  if (!patterns || patterns.length === 0) return (text) => text
  return (text) => redact(text, patterns)
}
