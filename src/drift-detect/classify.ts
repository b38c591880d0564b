/**
 * Drift classification of one unit from its JSON plan (`show -json`), never from exit codes: -detailed-exitcode
 * says 2 for output-only changes, moves, imports and deferred reads too, and Terragrunt's aggregate has regressed
 * repeatedly (research/drift.md §2.1, §2.5).
 *
 * - drift: a `resource_drift` entry that matters. In a normal plan it matters when it touches an attribute listed in
 *   `relevant_attributes` for that resource (something in the plan reads it) or an attribute the plan changes on the
 *   same resource (the plan would revert it) — Terraform's own renderer shows drift by the first rule only, which
 *   would hide "someone edited node_count in the console". Computed attributes that nothing reads (a platform version
 *   bump) stay silent. In a refresh-only plan every state change is drift.
 * - unapplied: resource changes the drift does not explain: code merged but not applied.
 * - clean: nothing of the above; outputs, moves, imports, deferred reads and no-ops are not changes to act on.
 * Ignore rules drop resources or attribute paths from both drift and changes before any of this.
 */
import { classifyActions } from '../core/plan/counting.js'
import { parseJsonPlan } from '../core/plan/json-plan.js'
import { formatAttributePath, ignoresResource, keptAttributes, pathsOverlap } from './ignore.js'
import type { AttributePath, IgnoreRule } from './ignore.js'

export type Classification = 'drift' | 'unapplied' | 'clean' | 'error'
export type DriftMode = 'plan' | 'refresh-only'

export interface DriftedResource {
  address: string
  /** What changed outside the code: update, delete (gone), … */
  action: string
  /** Attribute paths that drifted (`node_count`, `labels.team`); `*` when the whole object did. */
  attributes: string[]
}

export interface PlanClassification {
  classification: Exclude<Classification, 'error'>
  drifted: DriftedResource[]
  /** Addresses with changes in the code that are not yet applied. */
  unapplied: string[]
  /** Addresses whose drift or change the ignore rules silenced entirely. */
  ignored: string[]
}

type JsonObject = Record<string, unknown>
const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v)
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]))
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)])
    return [...keys].every((k) => sameValue(a[k], b[k]))
  }
  return false
}

/** The leaf paths where `before` and `after` differ (a list whose length changes counts as one path). */
function differingPaths(
  before: unknown,
  after: unknown,
  prefix: string[] = [],
  out: AttributePath[] = []
): AttributePath[] {
  if (isObject(before) && isObject(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      differingPaths(before[key], after[key], [...prefix, key], out)
    }
  } else if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    before.forEach((item, i) => differingPaths(item, after[i], [...prefix, String(i)], out))
  } else if (!sameValue(before, after)) {
    out.push(prefix)
  }
  return out
}

/** Paths marked `true` in an `after_unknown` tree: values known only after apply, so they change. */
function unknownPaths(tree: unknown, prefix: string[] = [], out: AttributePath[] = []): AttributePath[] {
  if (tree === true) out.push(prefix)
  else if (isObject(tree)) for (const [k, v] of Object.entries(tree)) unknownPaths(v, [...prefix, k], out)
  else if (Array.isArray(tree)) tree.forEach((v, i) => unknownPaths(v, [...prefix, String(i)], out))
  return out
}

interface Entry {
  address: string
  action: string
  /** The attribute paths this entry touches; `[[]]` is the whole object. */
  paths: AttributePath[]
}

const WHOLE: AttributePath[] = [[]]

/** One `resource_drift` / `resource_changes` entry as the paths it touches; undefined when it does nothing to act on. */
function readEntry(raw: unknown): Entry | undefined {
  if (!isObject(raw) || typeof raw.address !== 'string') return undefined
  if (raw.mode === 'data' || raw.mode === 'ephemeral') return undefined
  const change = isObject(raw.change) ? raw.change : {}
  const { action } = classifyActions(asArray(change.actions))
  if (action === 'no-op' || action === 'read') return undefined
  let paths = WHOLE
  if (action === 'update') {
    const found = [...differingPaths(change.before, change.after), ...unknownPaths(change.after_unknown)]
    // Nothing visible differs (e.g. only sensitive marks): the whole object, rather than nothing.
    if (found.length > 0) paths = found
  }
  return { address: raw.address, action, paths }
}

/** `relevant_attributes` as paths per resource address. */
function relevantAttributes(plan: JsonObject): Map<string, AttributePath[]> {
  const out = new Map<string, AttributePath[]>()
  for (const item of asArray(plan.relevant_attributes)) {
    if (!isObject(item) || typeof item.resource !== 'string') continue
    const path = asArray(item.attribute).map(String)
    out.set(item.resource, [...(out.get(item.resource) ?? []), path])
  }
  return out
}

function anyOverlap(a: readonly AttributePath[], b: readonly AttributePath[]): boolean {
  return a.some((x) => b.some((y) => pathsOverlap(x, y)))
}

/** Applies the ignore rules: the entry with the paths left, or undefined when nothing is left. */
function narrow(entry: Entry, rules: readonly IgnoreRule[]): Entry | undefined {
  if (ignoresResource(rules, entry.address)) return undefined
  const paths = keptAttributes(rules, entry.address, entry.paths)
  return paths.length > 0 ? { ...entry, paths } : undefined
}

/**
 * Classifies a successful JSON plan (the text, or the parsed value). An errored plan or one this parser cannot read
 * throws: the caller reports the unit as `error`, never as clean.
 */
export function classifyPlan(json: unknown, mode: DriftMode, rules: readonly IgnoreRule[] = []): PlanClassification {
  const plan = (typeof json === 'string' ? JSON.parse(json.replace(/^\uFEFF/, '')) : json) as unknown
  const parsed = parseJsonPlan(plan) // checks the format version
  if (parsed.errored) throw new Error('the plan errored')
  const root = plan as JsonObject
  const ignored = new Set<string>()
  const kept = (raw: unknown[]): Entry[] =>
    raw.flatMap((item) => {
      const entry = readEntry(item)
      if (!entry) return []
      const narrowed = narrow(entry, rules)
      if (!narrowed) ignored.add(entry.address)
      return narrowed ? [narrowed] : []
    })
  const changes = mode === 'refresh-only' ? [] : kept(asArray(root.resource_changes))
  const changesByAddress = new Map(changes.map((c) => [c.address, c]))
  const relevant = relevantAttributes(root)

  const drift = kept(asArray(root.resource_drift)).filter((d) => {
    if (mode === 'refresh-only') return true
    const change = changesByAddress.get(d.address)
    return (
      anyOverlap(d.paths, relevant.get(d.address) ?? []) || (change !== undefined && anyOverlap(d.paths, change.paths))
    )
  })
  const driftByAddress = new Map(drift.map((d) => [d.address, d]))
  // A change is the drift's own revert when every path it touches drifted.
  const unapplied = changes.filter((c) => {
    const d = driftByAddress.get(c.address)
    return !d || !c.paths.every((p) => d.paths.some((q) => pathsOverlap(p, q)))
  })
  for (const address of [...drift.map((d) => d.address), ...unapplied.map((c) => c.address)]) ignored.delete(address)

  return {
    classification: drift.length > 0 ? 'drift' : unapplied.length > 0 ? 'unapplied' : 'clean',
    drifted: drift.map((d) => ({
      address: d.address,
      action: d.action,
      attributes: d.paths.map((p) => (p.length === 0 ? '*' : formatAttributePath(p)))
    })),
    unapplied: unapplied.map((c) => c.address),
    ignored: [...ignored].sort()
  }
}
