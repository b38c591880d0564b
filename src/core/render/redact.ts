import type { PlanResult, UnitPlan } from '../plan/model.js'

/** What a redacted match is replaced with. */
export const REDACTED = '***'

/**
 * Replaces every match of every pattern with `***`. Patterns are used as global whatever their flags (the caller's
 * RegExp objects are not mutated), and empty matches are ignored so a pattern that can match the empty string cannot
 * scatter `***` through the text. Apply it before escaping or cutting, so a secret can never be split across a cut.
 */
export function redact(text: string, patterns: readonly RegExp[]): string {
  return redactor(patterns)(text)
}

/** A redactor for a fixed list of patterns (compiled once); the identity when there are none. */
export function redactor(patterns: readonly RegExp[] | undefined): (text: string) => string {
  if (!patterns || patterns.length === 0) return (text) => text
  const global = patterns.map((p) => new RegExp(p.source, `${p.flags.replace(/[gy]/g, '')}g`))
  const mask = (match: string) => (match === '' ? '' : REDACTED)
  return (text) => {
    let out = text
    for (const pattern of global) out = out.replace(pattern, mask)
    return out
  }
}

/**
 * The plan result with every string a renderer or output could show masked: unit paths, addresses, plan text, errors,
 * diagnostics, reasons, output names and whatever else the model carries (walked generically, so a field added
 * later is masked too). Done once, before rendering, so the comment, summary, report, outputs and annotations all
 * read the same masked model. `hashInput` and `hash` stay as they are: the plan hashes are computed already.
 */
export function redactPlanResult(result: PlanResult, patterns: readonly RegExp[]): PlanResult {
  if (patterns.length === 0) return result
  const r = redactor(patterns)
  const units = result.units.map((unit): UnitPlan => {
    const { hashInput, hash, ...rest } = unit
    const masked: UnitPlan = mapStrings(rest, r)
    if (hashInput !== undefined) masked.hashInput = hashInput
    if (hash !== undefined) masked.hash = hash
    return masked
  })
  return { ...result, units }
}

function mapStrings<T>(value: T, f: (s: string) => string): T {
  if (typeof value === 'string') return f(value) as T
  if (Array.isArray(value)) return value.map((v: unknown) => mapStrings(v, f)) as T
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = mapStrings(v, f)
    return out as T
  }
  return value
}
