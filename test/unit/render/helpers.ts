import { addCounts, zeroCounts } from '../../../src/core/plan/model.js'
import type { PlanCounts, PlanResult, UnitPlan, UnitStatus } from '../../../src/core/plan/model.js'

export interface UnitSpec {
  status?: UnitStatus
  /** Addresses created, updated, destroyed and replaced. */
  create?: string[]
  update?: string[]
  destroy?: string[]
  replace?: string[]
  error?: string
  /** Attribute lines per resource block, to make bodies long. */
  attributes?: number
  /** Replaces the generated plan text. */
  text?: string
  counts?: Partial<PlanCounts>
}

/** A plausible `terraform plan` body for the given resources, ending with the `Plan:` line. */
export function planText(spec: UnitSpec): string {
  const out: string[] = ['Terraform will perform the following actions:', '']
  const block = (address: string, header: string, mark: string): void => {
    const [type, name] = address.split('.')
    out.push(`  # ${address} ${header}`)
    out.push(`  ${mark} resource "${type}" "${name}" {`)
    for (let i = 0; i < (spec.attributes ?? 3); i++)
      out.push(`      ${mark === '-/+' ? '~' : mark} attr_${i} = "value-${i}"`)
    out.push('    }', '')
  }
  for (const a of spec.create ?? []) block(a, 'will be created', '+')
  for (const a of spec.update ?? []) block(a, 'will be updated in-place', '~')
  for (const a of spec.destroy ?? []) block(a, 'will be destroyed', '-')
  for (const a of spec.replace ?? []) block(a, 'must be replaced', '-/+')
  const c = counts(spec)
  out.push(`Plan: ${c.add} to add, ${c.change} to change, ${c.destroy} to destroy.`)
  return out.join('\n')
}

function counts(spec: UnitSpec): PlanCounts {
  const replace = spec.replace?.length ?? 0
  return {
    ...zeroCounts(),
    add: (spec.create?.length ?? 0) + replace,
    change: spec.update?.length ?? 0,
    destroy: (spec.destroy?.length ?? 0) + replace,
    replace,
    ...spec.counts
  }
}

export function unit(path: string, spec: UnitSpec = {}): UnitPlan {
  const c = counts(spec)
  const changed = Object.values(c).some((n) => n > 0)
  const status: UnitStatus = spec.status ?? (spec.error ? 'error' : changed ? 'changes' : 'no-changes')
  return {
    path,
    status,
    counts: c,
    destroyed: spec.destroy ?? [],
    replaced: spec.replace ?? [],
    error: spec.error,
    text:
      spec.text ??
      (status === 'no-changes' ? 'No changes. Your infrastructure matches the configuration.' : planText(spec))
  }
}

export function result(units: UnitPlan[]): PlanResult {
  const totals = units.reduce((t, u) => addCounts(t, u.counts), zeroCounts())
  return {
    units,
    totals,
    hasChanges: units.some((u) => u.status === 'changes'),
    hasDestroy: totals.destroy > 0,
    planHash: 'a'.repeat(64)
  }
}

/** `n` resource addresses `<type>.<prefix>_<i>`. */
export const addresses = (n: number, prefix = 'r', type = 'null_resource'): string[] =>
  Array.from({ length: n }, (_, i) => `${type}.${prefix}_${i}`)

export interface Fenced {
  ticks: number
  info: string
  content: string[]
}

/**
 * Splits markdown the way CommonMark reads backtick fences: `outside` is every line not inside a fenced block (fence
 * lines included), `fences` the blocks. An unclosed fence runs to the end, like GitHub renders it.
 */
export function splitFences(markdown: string): { outside: string; fences: Fenced[] } {
  const outside: string[] = []
  const fences: Fenced[] = []
  let open: Fenced | undefined
  for (const line of markdown.split('\n')) {
    if (open) {
      const close = /^ {0,3}(`+)\s*$/.exec(line)
      if (close && close[1].length >= open.ticks) {
        open = undefined
        outside.push(line)
      } else open.content.push(line)
      continue
    }
    const start = /^ {0,3}(`{3,})([^`]*)$/.exec(line)
    if (start) {
      open = { ticks: start[1].length, info: start[2], content: [] }
      fences.push(open)
    }
    outside.push(line)
  }
  return { outside: outside.join('\n'), fences }
}

/** Markdown outside fences and outside HTML comments: what GitHub renders as markup and scans for mentions. */
export function renderedOutside(markdown: string): string {
  return splitFences(markdown).outside.replace(/<!--[\s\S]*?-->/g, '')
}

export const count = (text: string, needle: string): number => text.split(needle).length - 1

/** A mention GitHub would link: `@` after a non-alphanumeric, directly followed by a name character. */
export const LIVE_MENTION = /(?<![A-Za-z0-9])@[A-Za-z0-9]/
/** A lone surrogate: half of a pair that was split. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
