/**
 * Ignore rules: `<address glob>` or `<address glob>:<attribute path>`, e.g. `google_container_node_pool.*:node_count`.
 * The address glob is core/plan/address-glob.ts's (`*` any run of characters, `?` one, every other character
 * literal), the same as terragrunt-plan-comment's `protected`. An attribute path is dot-separated
 * with `[0]` / `["key"]` indexes (`node_config[0].machine_type`, `labels["team"]`); `*` matches any one segment, and a
 * rule covers everything below the path it names.
 */
import { InputError } from '../core/action/errors.js'
import { addressGlob, matchAddress } from '../core/plan/address-glob.js'
import type { AddressGlob } from '../core/plan/address-glob.js'

/** A path into a resource's attributes: object keys and list indexes as strings. */
export type AttributePath = string[]

export interface IgnoreRule {
  /** The rule as written. */
  text: string
  /** The address glob (core/plan/address-glob.ts: the same rules as terragrunt-plan-comment's `protected`). */
  address: AddressGlob
  /** Undefined: the rule ignores the whole resource. */
  attribute?: AttributePath
}

/** Parses `a.b[0]["k"].c` into segments; undefined when the text is not such a path. */
export function parseAttributePath(text: string): AttributePath | undefined {
  const segments: string[] = []
  let i = 0
  let expectName = true
  while (i < text.length) {
    if (text[i] === '[') {
      const m = /^\[(?:(\d+|\*)|"((?:[^"\\]|\\.)*)")\]/.exec(text.slice(i))
      if (!m) return undefined
      segments.push(m[1] ?? m[2].replace(/\\(.)/g, '$1'))
      i += m[0].length
      expectName = false
      continue
    }
    if (!expectName) {
      if (text[i] !== '.') return undefined
      i++
    }
    const m = /^(?:[A-Za-z_][\w-]*|\*)/.exec(text.slice(i))
    if (!m) return undefined
    segments.push(m[0])
    i += m[0].length
    expectName = false
  }
  return segments.length > 0 ? segments : undefined
}

/** `['labels', 'team']` → `labels.team`; indexes as `[0]`, keys that are not names as `["a b"]`. */
export function formatAttributePath(path: readonly string[]): string {
  let out = ''
  for (const segment of path) {
    if (/^\d+$/.test(segment)) out += `[${segment}]`
    else if (/^[A-Za-z_][\w-]*$/.test(segment)) out += out === '' ? segment : `.${segment}`
    else out += `[${JSON.stringify(segment)}]`
  }
  return out
}

/**
 * The rule text split at the colon that starts the attribute path: the last `:` outside brackets and quotes, since
 * addresses may hold `:` inside `["…"]` keys.
 */
function splitRule(text: string): [string, string | undefined] {
  let depth = 0
  let quoted = false
  let at = -1
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '\\') i++
      else if (c === '"') quoted = false
    } else if (c === '"') quoted = true
    else if (c === '[') depth++
    else if (c === ']') depth--
    else if (c === ':' && depth === 0) at = i
  }
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)]
}

const RULE_FORMS =
  'one rule per line: `<address glob>` or `<address glob>:<attribute path>`, e.g. `google_container_node_pool.*:node_count`'

/** Parses the `ignore` input (one rule per line), naming the input and the bad rule on a mistake. */
export function parseIgnoreRules(lines: readonly string[], input = 'ignore'): IgnoreRule[] {
  return lines.map((text) => {
    const [address, attribute] = splitRule(text.trim())
    if (address.trim() === '' || /\s/.test(address)) throw new InputError(input, text, RULE_FORMS)
    const rule: IgnoreRule = { text, address: addressGlob(address) }
    if (attribute !== undefined) {
      const path = parseAttributePath(attribute.trim())
      if (!path) throw new InputError(input, text, RULE_FORMS)
      rule.attribute = path
    }
    return rule
  })
}

/** True when `prefix` names `path` or one of its parents (`*` matches any one segment). */
export function pathCovers(prefix: readonly string[], path: readonly string[]): boolean {
  if (prefix.length > path.length) return false
  return prefix.every((segment, i) => segment === '*' || segment === path[i])
}

/** True when one path names the other or one of its parents: they touch the same values. */
export function pathsOverlap(a: readonly string[], b: readonly string[]): boolean {
  return pathCovers(a, b) || pathCovers(b, a)
}

/** True when a rule ignores the whole resource at `address`. */
export function ignoresResource(rules: readonly IgnoreRule[], address: string): boolean {
  return rules.some((r) => r.attribute === undefined && matchAddress(address, [r.address]) !== undefined)
}

/** The attribute paths of `address` that no rule ignores. */
export function keptAttributes(rules: readonly IgnoreRule[], address: string, paths: AttributePath[]): AttributePath[] {
  const applicable = rules.filter((r) => r.attribute !== undefined && matchAddress(address, [r.address]) !== undefined)
  if (applicable.length === 0) return paths
  return paths.filter((p) => !applicable.some((r) => pathCovers(r.attribute!, p)))
}
