/**
 * Plan text from a JSON plan alone (`show -json`, what Terragrunt's `--json-out-dir` writes): each resource change as
 * Terraform renders it, built from `before`/`after`/`after_unknown`/`before_sensitive`/`after_sensitive` and
 * `replace_paths`, with the header and the reason lines Terraform writes from `action_reason`.
 *
 * It follows Terraform's own renderer (internal/command/jsonformat): `+`/`-`/`~` per attribute, `old -> new`,
 * `-> null` for removed values, `(sensitive value)`, `(known after apply)`, heredocs with a line diff for multi-line
 * strings, `jsonencode(…)` for JSON strings, nested objects and lists indented four spaces a level, unchanged
 * attributes, elements and blocks counted in `# (N unchanged … hidden)` lines (`id`, `name` and `tags` always shown).
 * The JSON plan has no provider schema, so two things are inferred: a list of objects directly in a resource or block
 * is shown as nested blocks (`name { … }`), and an object of plain values as a map (quoted keys).
 *
 * The text is plain: the renderer fences it like any plan text, so nothing in it is trusted.
 */
import { classifyActions } from './counting.js'
import { GROUP_ORDER, groupHeading } from './display.js'
import type { ChangeAction } from './model.js'
import type { PlanCounts } from './model.js'

type Json = unknown
type JsonObject = Record<string, unknown>
type Action = 'create' | 'delete' | 'update' | 'noop'

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v)
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)

/** Terraform's action symbols, three wide (format.DiffActionSymbol). */
const SYMBOL: Record<Action, string> = { create: '  +', delete: '  -', update: '  ~', noop: '   ' }
const indentOf = (n: number): string => '    '.repeat(n)
const sym = (a: Action): string => `${SYMBOL[a]} `

interface Opts {
  /** Do not write `-> null` after a removed value. */
  noNullSuffix?: boolean
  /** Show unchanged children too (imports, list context, important attributes). */
  showUnchanged?: boolean
  /** Do not write `# forces replacement` (an unknown's before value). */
  forbidReplace?: boolean
}

interface Diff {
  action: Action
  replace: boolean
  render(indent: number, opts: Opts): string
  /** A rendered nested object (map elements of objects end with a comma). */
  object?: boolean
}

/** One value's change, with its mirrors in after_unknown, before/after_sensitive and replace_paths. */
interface Change {
  before: Json
  after: Json
  /** Whether the before / after side exists (false for a create's before, a delete's after). */
  beforeSet: boolean
  afterSet: boolean
  unknown: Json
  beforeSensitive: Json
  afterSensitive: Json
  /** replace_paths that reach this value, relative to it. */
  replacePaths: Json[][]
}

/**
 * The change of `c[key]` (`beforeKey`/`afterKey` when the sides differ, as list elements do). `explicit`: a null that
 * is there counts as a value (JSON values, as in outputs and `jsonencode`, and list elements), not as absent.
 */
function child(c: Change, key: string | number, explicit: boolean, beforeKey = key, afterKey = key): Change {
  const get = (v: Json, k: string | number): Json =>
    typeof k === 'number' ? (Array.isArray(v) ? v[k] : undefined) : isObject(v) ? v[k] : undefined
  const before = get(c.before, beforeKey)
  const after = get(c.after, afterKey)
  return {
    before: before ?? null,
    after: after ?? null,
    beforeSet: c.beforeSet && before !== undefined && (explicit || before !== null),
    afterSet: c.afterSet && after !== undefined && (explicit || after !== null),
    unknown: get(c.unknown, afterKey),
    beforeSensitive: get(c.beforeSensitive, beforeKey),
    afterSensitive: get(c.afterSensitive, afterKey),
    replacePaths: c.replacePaths.filter((p) => p.length > 0 && p[0] === key).map((p) => p.slice(1))
  }
}

const forcesReplacement = (replace: boolean, opts: Opts): string =>
  replace && !opts.forbidReplace ? ' # forces replacement' : ''
const nullSuffix = (action: Action, opts: Opts): string => (action === 'delete' && !opts.noNullSuffix ? ' -> null' : '')
const unchanged = (what: string, n: number): string => `# (${n} unchanged ${what}${n === 1 ? '' : 's'} hidden)`

function deepEqual(a: Json, b: Json): boolean {
  if (a === b) return true
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false
    return true
  }
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a)
    if (ka.length !== Object.keys(b).length) return false
    for (const k of ka) if (!(k in b) || !deepEqual(a[k], b[k])) return false
    return true
  }
  return false
}

/** The action of a value change from its two sides. */
function actionOf(c: Change): Action {
  if (!c.beforeSet && c.afterSet) return 'create'
  if (c.beforeSet && !c.afterSet) return 'delete'
  return deepEqual(c.before, c.after) ? 'noop' : 'update'
}

/** Terraform's collections.CompareActions: a mix of child actions is an update. */
const combine = (current: Action, next: Action): Action =>
  next === 'noop' ? current : current !== next ? 'update' : current

function containerAction(c: Change): Action {
  if (c.beforeSet && !c.afterSet) return 'delete'
  if (!c.beforeSet && c.afterSet) return 'create'
  return 'noop'
}

const replaceHere = (c: Change): boolean => c.replacePaths.some((p) => p.length === 0)

// ---------------------------------------------------------------------------------------------------------------
// Values

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/
const attributeName = (key: string): string => (IDENTIFIER.test(key) ? key : JSON.stringify(key))

/** A sensitive or unknown value decided before looking inside it; undefined when neither. */
function special(c: Change, compute: (c: Change) => Diff): Diff | undefined {
  const beforeSensitive = c.beforeSensitive === true
  const afterSensitive = c.afterSensitive === true
  if (beforeSensitive || afterSensitive) {
    const action = actionOf(c)
    const replace = replaceHere(c)
    return {
      action: action === 'noop' && beforeSensitive !== afterSensitive ? 'update' : action,
      replace,
      render: (_indent, opts) => `(sensitive value)${nullSuffix(action, opts)}${forcesReplacement(replace, opts)}`
    }
  }
  if (c.unknown === true) {
    const replace = replaceHere(c)
    if (!c.beforeSet) {
      return {
        action: 'create',
        replace,
        render: (_i, opts) => `(known after apply)${forcesReplacement(replace, opts)}`
      }
    }
    const before = compute({ ...c, after: null, afterSet: false, unknown: undefined, replacePaths: [] })
    return {
      action: 'update',
      replace,
      render: (indent, opts) =>
        `${before.render(indent, { ...opts, noNullSuffix: true, forbidReplace: replace || opts.forbidReplace })} -> (known after apply)${forcesReplacement(replace, opts)}`
    }
  }
  return undefined
}

type Kind = 'null' | 'bool' | 'number' | 'string' | 'object' | 'array'
const kindOf = (v: Json): Kind =>
  v === null || v === undefined
    ? 'null'
    : Array.isArray(v)
      ? 'array'
      : typeof v === 'object'
        ? 'object'
        : typeof v === 'string'
          ? 'string'
          : typeof v === 'number'
            ? 'number'
            : 'bool'

/** The diff of an attribute value (no schema: its JSON types decide). `json`: inside a `jsonencode(…)` value. */
function valueDiff(c: Change, json = false): Diff {
  const s = special(c, (x) => valueDiff(x, json))
  if (s) return s
  const bk = c.beforeSet ? kindOf(c.before) : 'null'
  const ak = c.afterSet ? kindOf(c.after) : 'null'
  if (bk !== ak && bk !== 'null' && ak !== 'null') {
    const before = valueDiff({ ...c, after: null, afterSet: false, unknown: undefined })
    const after = valueDiff({ ...c, before: null, beforeSet: false, beforeSensitive: undefined })
    return {
      action: 'update',
      replace: replaceHere(c),
      render: (indent, opts) =>
        `${before.render(indent, { ...opts, noNullSuffix: true })} -> ${after.render(indent, { ...opts, noNullSuffix: true })}`
    }
  }
  const kind = bk === 'null' ? ak : bk
  if (kind === 'object') return objectDiff(c, json)
  if (kind === 'array') return listDiff(c, json)
  return primitiveDiff(c, kind)
}

function primitiveText(v: Json): string {
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  if (typeof v === 'string') return JSON.stringify(v)
  return 'null'
}

function primitiveDiff(c: Change, kind: Kind): Diff {
  const action = actionOf(c)
  const replace = replaceHere(c)
  if (kind === 'string') return stringDiff(c, action, replace)
  return {
    action,
    replace,
    render: (_indent, opts) => {
      const before = primitiveText(c.before)
      const after = primitiveText(c.after)
      const r = forcesReplacement(replace, opts)
      if (action === 'create') return `${after}${r}`
      if (action === 'delete') return `${before}${nullSuffix(action, opts)}${r}`
      if (action === 'noop') return `${before}${r}`
      return `${before} -> ${after}${r}`
    }
  }
}

/** A string as Terraform reads it: JSON (an object or array) or multi-line (trimmed), else plain. */
function evaluate(v: Json): { text: string; json?: Json; multiline: boolean; isNull: boolean } {
  if (typeof v !== 'string') return { text: 'null', multiline: false, isNull: true }
  if (v.startsWith('{') || v.startsWith('[')) {
    try {
      return { text: v, json: JSON.parse(v) as Json, multiline: false, isNull: false }
    } catch {
      // not JSON after all
    }
  }
  if (v.includes('\n')) return { text: v.trim(), multiline: true, isNull: false }
  return { text: v, multiline: false, isNull: false }
}

const simple = (e: { text: string; isNull: boolean }): string => (e.isNull ? e.text : JSON.stringify(e.text))

function stringDiff(c: Change, action: Action, replace: boolean): Diff {
  return {
    action,
    replace,
    render: (indent, opts) => {
      const r = forcesReplacement(replace, opts)
      const noop = `${indentOf(indent + 1)}${sym('noop')}`
      let lines: string[]
      if (action === 'create' || action === 'noop') {
        const e = evaluate(c.after ?? c.before)
        if (e.json !== undefined) return jsonString(action, replace, indent, opts, undefined, e.json)
        if (!e.multiline) return `${simple(e)}${r}`
        lines = e.text.split('\n').map((l) => noop + l)
      } else if (action === 'delete') {
        const e = evaluate(c.before)
        if (e.isNull) return `${e.text}${r}`
        if (e.json !== undefined) return jsonString(action, replace, indent, opts, e.json, undefined)
        if (!e.multiline) return `${simple(e)}${nullSuffix(action, opts)}${r}`
        lines = e.text.split('\n').map((l) => noop + l)
      } else {
        const b = evaluate(c.before)
        const a = evaluate(c.after)
        if (b.json !== undefined && a.json !== undefined)
          return jsonString(action, replace, indent, opts, b.json, a.json)
        if (b.json !== undefined || a.json !== undefined) return `${simple(b)} -> ${simple(a)}${r}`
        if (!b.multiline && !a.multiline) return `${simple(b)} -> ${simple(a)}${r}`
        const bl = b.text.split('\n')
        const al = a.text.split('\n')
        lines = []
        const pad = indentOf(indent + 1)
        processSlice(bl, al, (bi, ai) => {
          if (bi >= bl.length) lines.push(`${pad}${sym('create')}${al[ai]}`)
          else if (ai >= al.length) lines.push(`${pad}${sym('delete')}${bl[bi]}`)
          else if (bl[bi] !== al[ai]) lines.push(`${pad}${sym('delete')}${bl[bi]}`, `${pad}${sym('create')}${al[ai]}`)
          else lines.push(`${pad}${sym('noop')}${bl[bi]}`)
        })
      }
      return `<<-EOT${r}\n${lines.join('\n')}\n${indentOf(indent)}${sym('noop')}EOT${nullSuffix(action, opts)}`
    }
  }
}

/** A JSON string shown as `jsonencode(…)` with a diff of its decoded value. */
function jsonString(action: Action, replace: boolean, indent: number, opts: Opts, before: Json, after: Json): string {
  const inner = valueDiff(
    {
      before: before ?? null,
      after: after ?? null,
      beforeSet: action !== 'create' && before !== undefined && before !== null,
      afterSet: action !== 'delete' && after !== undefined && after !== null,
      unknown: undefined,
      beforeSensitive: undefined,
      afterSensitive: undefined,
      replacePaths: []
    },
    true
  )
  let shown: Action = action
  let whitespace = ''
  let r = ''
  const innerOpts: Opts = { ...opts, noNullSuffix: true }
  if (inner.action === 'noop' && action === 'update') {
    whitespace = replace ? ' # whitespace changes force replacement' : ' # whitespace changes'
    innerOpts.showUnchanged = true
    shown = 'noop'
  } else r = forcesReplacement(replace, opts)
  const text = inner.render(indent + 1, innerOpts)
  if (action === 'create' || action === 'delete') shown = 'noop'
  if (text.includes('\n')) {
    return `jsonencode(${whitespace}\n${indentOf(indent + 1)}${sym(shown)}${text}${r}\n${indentOf(indent)}${sym('noop')})${nullSuffix(action, opts)}`
  }
  return `jsonencode(${text})${whitespace}${r}`
}

/** Keys of both sides, sorted as Terraform sorts them (by code unit, like Go's sort.Strings on UTF-8). */
function keysOf(c: Change): string[] {
  const keys = new Set<string>()
  if (isObject(c.before)) for (const k of Object.keys(c.before)) keys.add(k)
  if (isObject(c.after)) for (const k of Object.keys(c.after)) keys.add(k)
  if (isObject(c.unknown)) for (const k of Object.keys(c.unknown)) keys.add(k)
  return [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}

const isPlain = (v: Json): boolean => v === null || typeof v !== 'object'

/** An object of plain values is shown as a map (quoted keys), any other as an object (attribute names). */
function isMapLike(c: Change, json: boolean): boolean {
  if (json) return false
  const values = [
    ...(isObject(c.before) ? Object.values(c.before) : []),
    ...(isObject(c.after) ? Object.values(c.after) : [])
  ]
  return values.every(isPlain)
}

function objectDiff(c: Change, json: boolean): Diff {
  const map = isMapLike(c, json)
  const elements = new Map<string, Diff>()
  let action = containerAction(c)
  for (const key of keysOf(c)) {
    const k = child(c, key, json)
    if (!k.beforeSet && !k.afterSet && k.unknown !== true) continue
    const d = valueDiff(k, json)
    elements.set(key, d)
    action = combine(action, d.action)
  }
  const replace = replaceHere(c)
  return {
    action,
    replace,
    object: !map,
    render: (indent, opts) => {
      if (elements.size === 0) return `{}${nullSuffix(action, opts)}${forcesReplacement(replace, opts)}`
      const names = new Map([...elements.keys()].map((k) => [k, map ? JSON.stringify(k) : attributeName(k)]))
      const width = Math.max(...[...names.values()].map((n) => n.length))
      // Maps: elements of a removed map carry no `-> null` of their own; objects: every removed attribute does
      // (JSON values, as in outputs and jsonencode, never do).
      const childOpts: Opts = { ...opts, noNullSuffix: json || (map && action === 'delete') }
      const out: string[] = [`{${forcesReplacement(replace, opts)}`]
      let hidden = 0
      for (const [key, d] of elements) {
        const important = !map && (key === 'id' || key === 'name' || key === 'tags')
        if (d.action === 'noop' && !opts.showUnchanged && !important) {
          hidden++
          continue
        }
        const o = important ? { ...childOpts, showUnchanged: true } : childOpts
        const comma = map && d.object ? ',' : ''
        out.push(
          `${indentOf(indent + 1)}${sym(d.action)}${names.get(key)!.padEnd(width)} = ${d.render(indent + 1, o)}${comma}`
        )
      }
      if (hidden > 0)
        out.push(`${indentOf(indent + 1)}${sym('noop')}${unchanged(map ? 'element' : 'attribute', hidden)}`)
      out.push(`${indentOf(indent)}${sym('noop')}}${nullSuffix(action, opts)}`)
      return out.join('\n')
    }
  }
}

function listDiff(c: Change, json: boolean): Diff {
  const before = Array.isArray(c.before) && c.beforeSet ? c.before : []
  const after = Array.isArray(c.after) && c.afterSet ? c.after : []
  const elements: Diff[] = []
  let action = containerAction(c)
  processSlice(
    before,
    after,
    (bi, ai) => {
      const e = valueDiff(elementChange(c, bi, ai, before.length, after.length), json)
      elements.push(e)
      action = combine(action, e.action)
    },
    isObject
  )
  const replace = replaceHere(c)
  return {
    action,
    replace,
    render: (indent, opts) => {
      if (elements.length === 0) return `[]${nullSuffix(action, opts)}${forcesReplacement(replace, opts)}`
      const elementOpts: Opts = { ...opts, noNullSuffix: true }
      const unchangedOpts: Opts = { ...opts, showUnchanged: true }
      const out: string[] = [`[${forcesReplacement(replace, opts)}`]
      const pad = indentOf(indent + 1)
      let skipped: Diff[] = []
      let renderNext = false
      for (const e of elements) {
        if (e.action === 'noop' && !renderNext && !opts.showUnchanged) {
          skipped.push(e)
          continue
        }
        renderNext = false
        let o = elementOpts
        if (skipped.length > 1) out.push(`${pad}${sym('noop')}${unchanged('element', skipped.length - 1)}`)
        if (skipped.length > 0) {
          const last = skipped[skipped.length - 1]
          out.push(`${pad}${sym(last.action)}${last.render(indent + 1, unchangedOpts)},`)
        }
        skipped = []
        if (e.action === 'noop') o = unchangedOpts
        else renderNext = true
        out.push(`${pad}${sym(e.action)}${e.render(indent + 1, o)},`)
      }
      if (skipped.length > 0) out.push(`${pad}${sym('noop')}${unchanged('element', skipped.length)}`)
      out.push(`${indentOf(indent)}${sym('noop')}]${nullSuffix(action, opts)}`)
      return out.join('\n')
    }
  }
}

/** The change of a list element: `bi`/`ai` past the end of their side mean the element is created/removed. */
function elementChange(c: Change, bi: number, ai: number, nb: number, na: number): Change {
  const inBefore = bi < nb
  const inAfter = ai < na
  const e = child(c, inAfter ? ai : bi, true, inBefore ? bi : -1, inAfter ? ai : -1)
  return {
    ...e,
    beforeSet: inBefore && e.beforeSet,
    afterSet: inAfter && e.afterSet,
    // Terraform never sets replace paths below lists.
    replacePaths: []
  }
}

/**
 * Terraform's collections.ProcessSlice: equal lengths that are not a reorder pair up by index; otherwise the longest
 * common subsequence (deep equality) stays and the rest is removed then added, objects at the same place paired.
 * Calls `process(beforeIndex, afterIndex)` with an index past the end of a side for a missing element.
 */
function processSlice<T>(before: T[], after: T[], process: (b: number, a: number) => void, isObj?: (v: T) => boolean) {
  if (before.length === after.length && !isReorder(before, after)) {
    for (let i = 0; i < before.length; i++) process(i, i)
    return
  }
  const lcs = longestCommonSubsequence(before, after)
  let bi = 0
  let ai = 0
  let li = 0
  while (bi < before.length || ai < after.length || li < lcs.length) {
    while (bi < before.length && (li >= lcs.length || !deepEqual(before[bi], lcs[li]))) {
      const objectDiff =
        isObj !== undefined &&
        isObj(before[bi]) &&
        ai < after.length &&
        isObj(after[ai]) &&
        (li >= lcs.length || !deepEqual(after[ai], lcs[li]))
      if (objectDiff) {
        process(bi++, ai++)
        continue
      }
      process(bi++, after.length)
    }
    while (ai < after.length && (li >= lcs.length || !deepEqual(after[ai], lcs[li]))) process(before.length, ai++)
    if (li < lcs.length) {
      process(bi++, ai++)
      li++
    }
  }
}

function isReorder<T>(before: T[], after: T[]): boolean {
  if (before.length !== after.length) return false
  return before.every((b) => after.some((a) => deepEqual(a, b)))
}

/** Above this many cells the line diff gives up on a common subsequence (all removed, then all added). */
const LCS_MAX_CELLS = 4_000_000

/** Terraform's objchange.LongestCommonSubsequence, step for step (the same ties, so the same diff). */
function longestCommonSubsequence<T>(xs: T[], ys: T[]): T[] {
  if (xs.length === 0 || ys.length === 0) return []
  if (xs.length * ys.length > LCS_MAX_CELLS) return []
  const w = xs.length
  const c = new Int32Array(xs.length * ys.length)
  const eqs = new Uint8Array(xs.length * ys.length)
  for (let y = 0; y < ys.length; y++) {
    for (let x = 0; x < xs.length; x++) {
      if (deepEqual(xs[x], ys[y])) {
        eqs[w * y + x] = 1
        c[w * y + x] = x === 0 || y === 0 ? 1 : c[w * (y - 1) + (x - 1)] + 1
      } else {
        const l = x > 0 ? c[w * y + (x - 1)] : 0
        const u = y > 0 ? c[w * (y - 1) + x] : 0
        c[w * y + x] = l > u ? l : u
      }
    }
  }
  const seq: T[] = []
  let x = xs.length - 1
  let y = ys.length - 1
  while (x > -1 && y > -1) {
    if (eqs[w * y + x]) {
      seq.push(xs[x])
      x--
      y--
    } else {
      const l = x > 0 ? c[w * y + (x - 1)] : 0
      const u = y > 0 ? c[w * (y - 1) + x] : 0
      if (l > u) x--
      else y--
    }
  }
  return seq.reverse()
}

// ---------------------------------------------------------------------------------------------------------------
// Blocks

/** A list of objects directly in a block: shown as nested blocks. */
const isBlockList = (v: Json): v is JsonObject[] => Array.isArray(v) && v.length > 0 && v.every(isObject)

/** The diff of a resource (or nested block) body. */
function blockDiff(c: Change, showUnchanged: boolean): Diff {
  const s = special(c, (x) => blockDiff(x, showUnchanged))
  if (s) return s
  const attributes = new Map<string, Diff>()
  const blocks = new Map<string, Diff[]>()
  let action = containerAction(c)
  for (const key of keysOf(c)) {
    const k = child(c, key, false)
    const beforeBlocks = k.beforeSet && isBlockList(k.before)
    const afterBlocks = k.afterSet && isBlockList(k.after)
    const neither = (!k.beforeSet || Array.isArray(k.before)) && (!k.afterSet || Array.isArray(k.after))
    if (
      (beforeBlocks || afterBlocks) &&
      neither &&
      k.beforeSensitive !== true &&
      k.afterSensitive !== true &&
      k.unknown !== true
    ) {
      const before = beforeBlocks ? (k.before as JsonObject[]) : []
      const after = afterBlocks ? (k.after as JsonObject[]) : []
      const list: Diff[] = []
      processSlice(
        before,
        after,
        (bi, ai) => {
          const e = elementChange(k, bi, ai, before.length, after.length)
          e.replacePaths = k.replacePaths
            .filter((p) => p.length > 0 && p[0] === (ai < after.length ? ai : bi))
            .map((p) => p.slice(1))
          const d = blockDiff(e, showUnchanged)
          list.push(d)
          action = combine(action, d.action)
        },
        isObject
      )
      blocks.set(key, list)
      continue
    }
    if (!k.beforeSet && !k.afterSet && k.unknown !== true) continue
    const d = valueDiff(k)
    attributes.set(key, d)
    action = combine(action, d.action)
  }
  const replace = replaceHere(c)
  return {
    action,
    replace,
    render: (indent, opts) => {
      if (attributes.size === 0 && blocks.size === 0) return `{}${forcesReplacement(replace, opts)}`
      const all: Opts = { ...opts, showUnchanged: opts.showUnchanged || showUnchanged }
      const width = Math.max(0, ...[...attributes.keys()].map((k) => attributeName(k).length))
      const out: string[] = [`{${forcesReplacement(replace, opts)}`]
      let hidden = 0
      for (const [key, d] of attributes) {
        const important = key === 'id' || key === 'name' || key === 'tags'
        if (!important && d.action === 'noop' && !all.showUnchanged) {
          hidden++
          continue
        }
        const o: Opts = { ...all, noNullSuffix: false, showUnchanged: all.showUnchanged || important }
        out.push(
          `${indentOf(indent + 1)}${sym(d.action)}${attributeName(key).padEnd(width)} = ${d.render(indent + 1, o)}`
        )
      }
      if (hidden > 0) out.push(`${indentOf(indent + 1)}${sym('noop')}${unchanged('attribute', hidden)}`)
      let hiddenBlocks = 0
      for (const [key, list] of blocks) {
        let first = true
        for (const d of list) {
          if (d.action === 'noop' && !all.showUnchanged) {
            hiddenBlocks++
            continue
          }
          if (first && attributes.size > 0) out.push('')
          first = false
          out.push(
            `${indentOf(indent + 1)}${sym(d.action)}${attributeName(key)} ${d.render(indent + 1, { ...all, noNullSuffix: false })}`
          )
        }
      }
      if (hiddenBlocks > 0) out.push('', `${indentOf(indent + 1)}${sym('noop')}${unchanged('block', hiddenBlocks)}`)
      out.push(`${indentOf(indent)}${sym('noop')}}`)
      return out.join('\n')
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Resources

/** The symbol of a resource's actions at column 0 (`+`, `-/+`, `<=`, …), as in the text plan. */
function resourceSymbol(actions: string[]): string {
  const key = actions.join(',')
  switch (key) {
    case 'create':
      return '  +'
    case 'delete':
      return '  -'
    case 'update':
      return '  ~'
    case 'delete,create':
      return '-/+'
    case 'create,delete':
      return '+/-'
    case 'read':
      return ' <='
    case 'forget':
      return '  .'
    case 'create,forget':
      return '+/.'
    case 'forget,create':
      return './+'
    default:
      return '   '
  }
}

function jsonIndexText(index: unknown): string {
  return typeof index === 'string' ? JSON.stringify(index) : String(index)
}

/** The `# … will be …` header and the reason lines Terraform writes above a resource (resourceChangeComment). */
export function resourceComment(rc: JsonObject, action: ChangeAction, tool = 'Terraform'): string[] {
  const change = isObject(rc.change) ? rc.change : {}
  const address = str(rc.address) ?? ''
  const deposed = str(rc.deposed)
  const addr = deposed ? `${address} (deposed object ${deposed})` : address
  const reason = str(rc.action_reason)
  const previous = str(rc.previous_address)
  const importing = isObject(change.importing) ? change.importing : undefined
  const lines: string[] = []
  let printedMoved = false
  let printedImported = false
  const actions = (Array.isArray(change.actions) ? change.actions : []).join(',')
  switch (action) {
    case 'create':
      lines.push(`  # ${addr} will be created`)
      break
    case 'read':
      lines.push(`  # ${addr} will be read during apply`)
      if (reason === 'read_because_config_unknown') lines.push('  # (config refers to values not yet known)')
      if (reason === 'read_because_dependency_pending')
        lines.push('  # (depends on a resource or a module with changes pending)')
      if (reason === 'read_because_check_nested') lines.push('  # (config will be reloaded to verify a check block)')
      break
    case 'update':
      lines.push(`  # ${addr} will be updated in-place`)
      break
    case 'replace':
      if (actions === 'create,forget' || actions === 'forget,create') {
        lines.push(` # ${addr} must be replaced, but the existing object will not be destroyed`)
        lines.push(' # (destroy = false is set in the configuration)')
      } else if (reason === 'replace_because_tainted') lines.push(`  # ${addr} is tainted, so must be replaced`)
      else if (reason === 'replace_by_request') lines.push(`  # ${addr} will be replaced, as requested`)
      else if (reason === 'replace_by_triggers')
        lines.push(`  # ${addr} will be replaced due to changes in replace_triggered_by`)
      else lines.push(`  # ${addr} must be replaced`)
      break
    case 'forget':
      if (deposed) {
        lines.push(` # ${addr} will be removed from ${tool} state, but will not be destroyed`)
        lines.push(' # (left over from a partially-failed replacement of this instance)')
      } else lines.push(` # ${addr} will no longer be managed by ${tool}, but will not be destroyed`)
      lines.push(' # (destroy = false is set in the configuration)')
      break
    case 'delete': {
      lines.push(`  # ${addr} will be destroyed`)
      const index = rc.index
      if (reason === 'delete_because_no_resource_config')
        lines.push(`  # (because ${str(rc.type) ?? ''}.${str(rc.name) ?? ''} is not in configuration)`)
      else if (reason === 'delete_because_no_move_target')
        lines.push(`  # (because ${previous ?? ''} was moved to ${address}, which is not in configuration)`)
      else if (reason === 'delete_because_no_module')
        lines.push(`  # (because ${str(rc.module_address) ?? ''} is not in configuration)`)
      else if (reason === 'delete_because_wrong_repetition') {
        if (index === undefined || index === null) lines.push('  # (because resource uses count or for_each)')
        else if (typeof index === 'number') lines.push('  # (because resource does not use count)')
        else if (typeof index === 'string') lines.push('  # (because resource does not use for_each)')
      } else if (reason === 'delete_because_count_index')
        lines.push(`  # (because index [${jsonIndexText(index)}] is out of range for count)`)
      else if (reason === 'delete_because_each_key')
        lines.push(`  # (because key [${jsonIndexText(index)}] is not in for_each map)`)
      if (deposed) lines.push('  # (left over from a partially-failed replacement of this instance)')
      break
    }
    default:
      if (previous && previous !== address) {
        lines.push(`  # ${previous} has moved to ${addr}`)
        printedMoved = true
      } else if (importing) {
        lines.push(`  # ${addr} will be imported`)
        if (str(change.generated_config)) lines.push('  # (config will be generated)')
        printedImported = true
      }
  }
  if (previous && previous !== address && !printedMoved) lines.push(`  # (moved from ${previous})`)
  if (importing && !printedImported) {
    const id = str(importing.id)
    lines.push(id ? `  # (imported from ${JSON.stringify(id)})` : '  # (will be imported first)')
  }
  if (importing && action === 'replace') lines.push('  # Warning: this will destroy the imported resource')
  return lines
}

/** The lines of one resource change: header, reason lines and the attribute diff. */
export function renderResourceChange(rc: JsonObject, action: ChangeAction, tool = 'Terraform'): string[] {
  const change = isObject(rc.change) ? rc.change : {}
  const actions = (Array.isArray(change.actions) ? change.actions : []).filter(
    (a): a is string => typeof a === 'string'
  )
  const del = actions.length === 1 && actions[0] === 'delete'
  const create = actions.length === 1 && (actions[0] === 'create' || actions[0] === 'read')
  const diff = blockDiff(
    {
      before: change.before ?? null,
      after: change.after ?? null,
      beforeSet: !create && isObject(change.before),
      afterSet: !del && isObject(change.after),
      unknown: change.after_unknown,
      beforeSensitive: change.before_sensitive,
      afterSensitive: change.after_sensitive,
      replacePaths: Array.isArray(change.replace_paths) ? change.replace_paths.filter(Array.isArray) : []
    },
    isObject(change.importing)
  )
  const mode = str(rc.mode) === 'data' ? 'data' : 'resource'
  const head = `${resourceSymbol(actions)} ${mode} ${JSON.stringify(str(rc.type) ?? '')} ${JSON.stringify(str(rc.name) ?? '')}`
  const body = diff.render(0, {})
  return [...resourceComment(rc, action, tool), `${head} ${body}`.replace(/\n+$/, '')].flatMap((l) => l.split('\n'))
}

/** Output changes as Terraform lists them under `Changes to Outputs:`. */
function renderOutputs(plan: JsonObject): string[] {
  if (!isObject(plan.output_changes)) return []
  const entries: [string, Diff][] = []
  for (const name of Object.keys(plan.output_changes).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const oc = plan.output_changes[name]
    if (!isObject(oc)) continue
    const actions = Array.isArray(oc.actions) ? oc.actions.join(',') : ''
    const d = valueDiff(
      {
        before: oc.before ?? null,
        after: oc.after ?? null,
        beforeSet: actions !== 'create' && oc.before !== undefined && oc.before !== null,
        afterSet: actions !== 'delete' && oc.after !== undefined && oc.after !== null,
        unknown: oc.after_unknown,
        beforeSensitive: oc.before_sensitive,
        afterSensitive: oc.after_sensitive,
        replacePaths: []
      },
      true
    )
    if (d.action !== 'noop') entries.push([name, d])
  }
  if (entries.length === 0) return []
  const width = Math.max(...entries.map(([n]) => attributeName(n).length))
  return entries.map(([n, d]) => `${SYMBOL[d.action]} ${attributeName(n).padEnd(width)} = ${d.render(0, {})}`)
}

/** `Plan: 1 to import, 2 to add, 0 to change, 1 to destroy.` from the counts. */
export function planLine(counts: PlanCounts): string {
  const imports = counts.import > 0 ? `${counts.import} to import, ` : ''
  const forget = counts.forget > 0 ? `, ${counts.forget} to forget` : ''
  return `Plan: ${imports}${counts.add} to add, ${counts.change} to change, ${counts.destroy} to destroy${forget}.`
}

/** One resource change to render: the JSON entry and the action the parser classified. */
export interface JsonResourceChange {
  entry: JsonObject
  action: ChangeAction
}

/**
 * The plan text of a JSON plan (the parsed `show -json` object): every resource change Terraform would show, grouped
 * by action (destroys, then replacements, then the rest; a heading before each group when there are several), the
 * `Plan:` line from `counts`, and the output changes. Empty when nothing changes.
 */
export function jsonPlanText(plan: unknown, counts: PlanCounts, tool = 'Terraform'): string {
  if (!isObject(plan)) return ''
  const groups = new Map<ChangeAction, JsonObject[]>(GROUP_ORDER.map((a) => [a, []]))
  for (const rc of Array.isArray(plan.resource_changes) ? plan.resource_changes : []) {
    if (!isObject(rc) || str(rc.address) === undefined) continue
    const mode = str(rc.mode) ?? 'managed'
    if (mode === 'ephemeral') continue
    const change = isObject(rc.change) ? rc.change : {}
    const { action } = classifyActions(Array.isArray(change.actions) ? change.actions : [])
    if (mode === 'data' && action === 'delete') continue
    const previous = str(rc.previous_address)
    const moved = previous !== undefined && previous !== '' && previous !== rc.address
    if (action === 'no-op' && !moved && !isObject(change.importing)) continue
    groups.get(action)!.push(rc)
  }
  const present = GROUP_ORDER.filter((a) => groups.get(a)!.length > 0)
  const out: string[] = []
  for (const action of present) {
    const list = groups.get(action)!
    if (present.length > 1) out.push(groupHeading(action, list.length), '')
    for (const rc of list) out.push(...renderResourceChange(rc, action, tool), '')
  }
  if (present.length > 0) out.push(planLine(counts))
  const outputs = renderOutputs(plan)
  if (outputs.length > 0) out.push(...(out.length > 0 ? [''] : []), 'Changes to Outputs:', ...outputs)
  return out.join('\n')
}
