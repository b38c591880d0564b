/**
 * Renders a `PlanResult` as the plan comment, the job summary and the full report, all with one structure:
 *
 *   hidden marker + marker JSON
 *   ### title: label, totals `+3 ~1 -2 ±1`, failures, head SHA, run link
 *   > [!CAUTION] every address destroyed or replaced, by unit, and units the PR deletes (or an all-clear line)
 *   | table: one row per unit |
 *   <details> per unit with changes or errors, holding a ```diff block
 *   omitted plans, units without changes on one line, units skipped as unaffected (collapsed), why each unit
 *   was planned (collapsed), plan hash
 *
 * Under a size budget the marker, title, callout and table come first. The callout has its own share of the budget
 * (`CALLOUT_SHARE`, a third): it names destroyed and replaced addresses by unit in table order as far as they fit,
 * then `and N more in <unit>` and counts; it degrades to counts, then totals, and then the table loses rows when
 * even they are too long. Unit bodies follow in priority order (errors, then destroys/replaces, then
 * the rest), each in full, cut in the middle around its resource headers and `Plan:` line, or omitted. Every cut says
 * so and points to the full plan. Plan text is either fenced or escaped: nothing from a plan reaches the markdown
 * outside a fence or an escaped cell. Secrets are masked before this, on the PlanResult (redact.ts `redactPlanResult`).
 */
import type { ChangeAction, PlanCounts, PlanResult, UnitPlan, UnitStatus } from '../plan/model.js'
import { COMMENT_BUDGET, cutToSize, formatCount, textSize, truncateLines } from './budget.js'
import {
  type Align,
  type Raw,
  details,
  escapeHtml,
  escapeMarkdownInline,
  fence,
  inlineCode,
  link,
  marker,
  markerData,
  neutralizeReferences,
  raw,
  singleLine,
  table
} from './markdown.js'
import { type DiffLines, type PlanBody, linesBody, planBody } from './plan-body.js'
import { type ProtectedReport, renderProtectedBlock } from './protected-block.js'

export type { DiffLines } from './plan-body.js'
export { isKeyPlanLine } from './plan-body.js'

export interface PlanReportContext {
  /** Names the stack or working directory in the title. */
  label?: string
  headSha?: string
  runUrl?: string
  /** Key of the hidden marker `<!-- gitops-actions:<action>:<key> -->`. */
  markerKey: string
  /** JSON carried in the hidden marker data comment (include a schema version). */
  markerPayload: object
  tool?: 'terraform' | 'tofu'
  /** The action named in the marker; default `terragrunt-plan-comment`. */
  action?: string
  /** Plan text to diff lines; default plan/display's `toDiffLines`. */
  diffLines?: DiffLines
  /**
   * Units whose config the pull request deletes: nothing plans them, so their resources stay in the state, unmanaged,
   * unless destroyed first. Listed in the callout.
   */
  deletedUnits?: readonly string[]
  /**
   * Why units the pull request removes may be missing from `deletedUnits` (one line each, e.g. a stack file whose
   * base revision could not be read); shown in the callout beside them.
   */
  deletedUnknown?: readonly string[]
  /** Units not planned because the pull request does not affect them; listed on one collapsed line. Both lists come
   * from outside the plan result: the caller masks them as it masks the result. */
  skippedUnits?: readonly string[]
  /**
   * Why each planned unit was selected for the pull request's changes (changed-only), e.g. `depends on live/dev/vpc`:
   * a unit planned with no changes is otherwise a puzzle. Listed in one collapsed block after the skipped units, when
   * room is left (the job log has them always). Masked by the caller like the lists above.
   */
  plannedReasons?: ReadonlyArray<{ unit: string; reason: string }>
  /** The protected-resources gate's findings (already masked): a block above the callout, in every size. */
  protected?: ProtectedReport
}

export interface PlanReportOptions {
  /** Size budget (see budget.ts `textSize`); default `COMMENT_BUDGET`. Use `JOB_SUMMARY_LIMIT` for the summary. */
  maxChars?: number
  /** Where cut or omitted plans can be read in full. */
  summaryUrl?: string
  /** How that place is named; default `the job summary`. */
  fullPlanName?: string
  /**
   * The share of `maxChars` the callout may take when the report does not fit whole (default `CALLOUT_SHARE`, a
   * third): it lists destroyed and replaced addresses up to that size. The job summary passes more, to list them all.
   */
  calloutShare?: number
}

export const PLAN_COMMENT_ACTION = 'terragrunt-plan-comment'

/** A truncated body smaller than this is hardly worth reading: below it, lower-priority bodies are omitted instead. */
const MIN_BODY = 3_000
const ERROR_CELL_MAX = 240
const LABEL_MAX = 200

type Priority = 0 | 1 | 2

interface Unit {
  index: number
  path: string
  status: UnitStatus
  counts: PlanCounts
  destroyed: string[]
  replaced: string[]
  destroyCount: number
  replaceCount: number
  error?: string
  /** Set when the unit gets a `<details>` body: 0 errors, 1 destroys or replaces, 2 other changes. */
  priority?: Priority
  body: PlanBody
}

const isDestructive = (u: Unit): boolean => u.destroyCount > 0 || u.replaceCount > 0
const byPath = (a: Unit, b: Unit): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.index - b.index)
const rank = (u: Unit): number => (u.status === 'error' ? 0 : isDestructive(u) ? 1 : u.status === 'changes' ? 2 : 3)
const byRank = (a: Unit, b: Unit): number => rank(a) - rank(b) || byPath(a, b)

const VERB: Record<ChangeAction, string | undefined> = {
  create: 'created',
  update: 'updated in-place',
  delete: 'destroyed',
  replace: 'replaced',
  read: 'read',
  forget: 'forgotten',
  'no-op': undefined
}

function prepare(result: PlanResult, ctx: PlanReportContext): Unit[] {
  return result.units.map((unit, index) => prepareUnit(unit, index, ctx.diffLines)).sort(byPath)
}

function prepareUnit(unit: UnitPlan, index: number, diffLines?: DiffLines): Unit {
  const replacedSet = new Set(unit.replaced)
  const replaced = [...replacedSet]
  const destroyed = [...new Set(unit.destroyed)].filter((a) => !replacedSet.has(a))
  const firstError = unit.plan?.diagnostics.find((d) => d.severity === 'error')
  const errorText = unit.error ?? firstError?.summary ?? (unit.status === 'error' ? 'plan failed' : undefined)
  let body: PlanBody
  if (unit.text.trim() !== '') body = planBody(unit.text, diffLines)
  else if (unit.status === 'error') {
    const diagnostics = (unit.plan?.diagnostics ?? [])
      .filter((d) => d.severity === 'error')
      .map((d) => `Error: ${d.summary}${d.detail ? `\n\n${d.detail}` : ''}`)
    body = linesBody((diagnostics.length > 0 ? diagnostics.join('\n\n') : (errorText ?? '')).split('\n'))
  } else if (unit.status === 'changes') {
    const headers: string[] = []
    for (const c of unit.plan?.resources ?? []) {
      if (VERB[c.action]) headers.push(`  # ${c.address} will be ${VERB[c.action]!}`)
    }
    body = linesBody(headers)
  } else body = linesBody([])
  const u: Unit = {
    index,
    path: unit.path,
    status: unit.status,
    counts: unit.counts,
    destroyed,
    replaced,
    destroyCount: Math.max(destroyed.length, unit.counts.destroy - unit.counts.replace),
    replaceCount: Math.max(replaced.length, unit.counts.replace),
    error: unit.status === 'error' && errorText !== undefined ? errorText : undefined,
    body
  }
  if (body.hasContent) {
    if (unit.status === 'error') u.priority = 0
    else if (unit.status === 'changes') u.priority = isDestructive(u) ? 1 : 2
  }
  return u
}

// ---------------------------------------------------------------------------------------------------------------
// Pieces

/** `+3 ~1 -2 ±1` (replace only when non-zero). */
export function formatCounts(c: PlanCounts): string {
  const parts = [`+${formatCount(c.add)}`, `~${formatCount(c.change)}`, `-${formatCount(c.destroy)}`]
  if (c.replace > 0) parts.push(`±${formatCount(c.replace)}`)
  return parts.join(' ')
}

function extraCounts(c: PlanCounts): string[] {
  const extras: string[] = []
  if (c.import > 0) extras.push(`${formatCount(c.import)} to import`)
  if (c.move > 0) extras.push(`${formatCount(c.move)} moved`)
  if (c.forget > 0) extras.push(`${formatCount(c.forget)} to forget`)
  return extras
}

const plural = (n: number, one: string, many = `${one}s`): string => `${formatCount(n)} ${n === 1 ? one : many}`

function anyCount(c: PlanCounts): boolean {
  return Object.values(c).some((n) => n > 0)
}

function renderTitle(result: PlanResult, units: readonly Unit[], ctx: PlanReportContext): string {
  const tool = ctx.tool === 'tofu' ? 'OpenTofu plan' : ctx.tool === 'terraform' ? 'Terraform plan' : 'Plan'
  const label = ctx.label ? ` for ${escapeMarkdownInline(cutToSize(singleLine(ctx.label), LABEL_MAX))}` : ''
  const changed = result.hasChanges || anyCount(result.totals)
  const parts = [
    changed ? [`\`${formatCounts(result.totals)}\``, ...extraCounts(result.totals)].join(', ') : 'no changes'
  ]
  const failed = units.filter((u) => u.status === 'error').length
  if (failed > 0) parts.push(`❌ ${plural(failed, 'unit')} failed`)
  return `### ${tool}${label}: ${parts.join(', ')}${titleTail(ctx)}`
}

/** ` · `sha` · workflow run` for a title. */
function titleTail(ctx: PlanReportContext): string {
  let tail = ''
  if (ctx.headSha) tail += ` · ${inlineCode(shortSha(ctx.headSha))}`
  if (ctx.runUrl && /^https?:\/\//i.test(ctx.runUrl)) tail += ` · ${link('workflow run', ctx.runUrl)}`
  return tail
}

const shortSha = (sha: string): string => (/^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 7) : cutToSize(sha, 40))

/**
 * The comment for a run that failed before it could show a plan: it replaces the previous commit's plan, so nobody
 * reads that plan as this commit's. `message` is one line (already redacted).
 */
export function renderPlanFailure(ctx: PlanReportContext, message: string): string {
  const label = ctx.label ? ` for ${escapeMarkdownInline(cutToSize(singleLine(ctx.label), LABEL_MAX))}` : ''
  const sha = ctx.headSha ? ` for ${inlineCode(shortSha(ctx.headSha))}` : ''
  return [
    `${marker(ctx.action ?? PLAN_COMMENT_ACTION, ctx.markerKey)}\n${markerData(ctx.markerPayload)}`,
    `### Plan${label}: ❌ failed${titleTail(ctx)}`,
    `> [!CAUTION]\n> The plan${sha} could not be made or shown, so this pull request has no current plan. ` +
      `An earlier plan no longer applies.\n>\n> ${escapeMarkdownInline(cutToSize(singleLine(message), 1_000))}`
  ].join('\n\n')
}

type CalloutLevel = 'addresses' | 'counts' | 'totals'

/** The units the pull request deletes, and why more may be deleted than listed. */
interface Deleted {
  units: readonly string[]
  unknown: readonly string[]
}

/** The callout's own share of a budgeted report (the comment): about a third, so the unit bodies keep the rest. */
export const CALLOUT_SHARE = 1 / 3

/**
 * The caution callout. At the `addresses` level it names every destroyed and replaced address by unit (units in table
 * order) when they fit in `maxChars` (by `textSize`); otherwise as many as fit, unit by unit, then `and N more in
 * <unit>`, and the units after that with their counts. Returns undefined when not even the counts fit in `maxChars`.
 * The `counts` and `totals` levels ignore `maxChars`.
 */
function renderCallout(
  units: readonly Unit[],
  level: CalloutLevel,
  where: string,
  deleted: Deleted,
  maxChars = Number.POSITIVE_INFINITY
): string | undefined {
  const destructive = units.filter(isDestructive)
  const removed = renderDeleted(deleted, level)
  const failed = units.filter((u) => u.status === 'error').length
  const failedNote =
    failed > 0
      ? `${plural(failed, 'unit')} failed to plan, so what ${failed === 1 ? 'it' : 'they'} would change is unknown.`
      : ''
  if (destructive.length === 0 && removed.length > 0) {
    return ['> [!CAUTION]', ...removed, ...(failedNote ? ['>', `> ❌ ${failedNote}`] : [])].join('\n')
  }
  if (destructive.length === 0) {
    return failed > 0
      ? `⚠️ Nothing will be destroyed or replaced in the units that planned, but ${failedNote}`
      : '✅ Nothing will be destroyed or replaced.'
  }
  const d = destructive.reduce((n, u) => n + u.destroyCount, 0)
  const r = destructive.reduce((n, u) => n + u.replaceCount, 0)
  const what =
    d > 0 && r > 0
      ? `${plural(d, 'resource')} will be destroyed and ${formatCount(r)} replaced`
      : d > 0
        ? `${plural(d, 'resource')} will be destroyed`
        : `${plural(r, 'resource')} will be replaced`
  const inUnits = `in ${plural(destructive.length, 'unit')}`
  const after: string[] = []
  if (removed.length > 0) after.push('>', ...removed)
  if (failedNote) after.push('>', `> ❌ ${failedNote}`)
  if (level === 'totals') {
    const head = `> **${what}** ${inUnits}: see the Destroy and Replace columns below; the addresses are in ${where}.`
    return ['> [!CAUTION]', head, ...after].join('\n')
  }
  if (level === 'counts') {
    const lines = destructive.map((u) => `> - ${inlineCode(u.path)}: ${unitCounts(u)}`)
    return ['> [!CAUTION]', `> **${what}** ${inUnits} (the addresses are in ${where}):`, ...lines, ...after].join('\n')
  }
  const full = ['> [!CAUTION]', `> **${what}** ${inUnits}:`]
  const lists = destructive.map(addressList)
  const fullLines = lists.map((l) => l.line(l.items.length))
  const whole = [...full, ...fullLines, ...after].join('\n')
  if (textSize(whole) <= maxChars) return whole
  // Not all fit: every unit gets its counts line, then units in table order get addresses while they fit.
  const head = ['> [!CAUTION]', `> **${what}** ${inUnits} (what is not listed here is in ${where}):`]
  const lines = lists.map((l) => l.line(0))
  let size = textSize([...head, ...lines, ...after].join('\n'))
  if (size > maxChars) return undefined
  for (let i = 0; i < lists.length; i++) {
    const list = lists[i]
    const base = textSize(lines[i])
    // The most addresses of this unit that fit (a line's size grows with the addresses it lists).
    let lo = 0
    let hi = list.items.length
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2)
      if (size - base + list.size(mid) <= maxChars) lo = mid
      else hi = mid - 1
    }
    if (lo > 0) {
      lines[i] = list.line(lo)
      size += textSize(lines[i]) - base
    }
    if (lo < list.items.length) break
  }
  return [...head, ...lines, ...after].join('\n')
}

/** `3 destroyed, 2 replaced`. */
const unitCounts = (u: Unit): string =>
  [
    u.destroyCount > 0 ? `${formatCount(u.destroyCount)} destroyed` : '',
    u.replaceCount > 0 ? `${formatCount(u.replaceCount)} replaced` : ''
  ]
    .filter(Boolean)
    .join(', ')

interface AddressList {
  /** The unit's known destroyed, then replaced addresses, each as inline code. */
  items: string[]
  /** The callout line listing the first `k` items (the counts when 0). */
  line(k: number): string
  /** `textSize(line(k))`, without building the line. */
  size(k: number): number
}

/**
 * One unit's callout line with its first `k` addresses: `- unit: destroy a, b; replace c`, then `and N more in unit`
 * when some are left out, and the counts in all when the plan named fewer addresses than it counted.
 */
function addressList(u: Unit): AddressList {
  const items = [...u.destroyed, ...u.replaced].map((a) => inlineCode(a))
  const prefix = new Float64Array(items.length + 1)
  for (let i = 0; i < items.length; i++) prefix[i + 1] = prefix[i] + textSize(items[i])
  const nd = u.destroyed.length
  const path = inlineCode(u.path)
  const lead = `> - ${path}: `
  const incomplete = u.destroyed.length < u.destroyCount || u.replaced.length < u.replaceCount
  const inAll = incomplete ? ` (${unitCounts(u)} in all)` : ''
  const unknown = items.length === 0 ? `${unitCounts(u)} (addresses not known)` : ''
  const tail = (k: number): string => {
    if (k === 0) return unknown || unitCounts(u)
    const more = items.length - k
    return `${more > 0 ? `, and ${formatCount(more)} more in ${path}` : ''}${inAll}`
  }
  // destroy a, b; replace c: the words and separators around the listed items.
  const glue = (k: number): number => {
    const destroyed = Math.min(k, nd)
    const replaced = k - destroyed
    let n = 0
    if (destroyed > 0) n += 'destroy '.length + 2 * (destroyed - 1)
    if (replaced > 0) n += (destroyed > 0 ? 2 : 0) + 'replace '.length + 2 * (replaced - 1)
    return n
  }
  return {
    items,
    line(k) {
      if (k === 0) return lead + tail(0)
      const destroyed = items.slice(0, Math.min(k, nd))
      const replaced = items.slice(destroyed.length, k)
      const parts = [
        destroyed.length > 0 ? `destroy ${destroyed.join(', ')}` : '',
        replaced.length > 0 ? `replace ${replaced.join(', ')}` : ''
      ].filter(Boolean)
      return lead + parts.join('; ') + tail(k)
    },
    size(k) {
      return textSize(lead) + prefix[k] + glue(k) + textSize(tail(k))
    }
  }
}

/** How many deleted units the callout names at most (the rest are counted). */
const DELETED_NAMED = 20

/** Callout lines for units the pull request deletes (already redacted); none when there are none. */
function renderDeleted({ units: deleted, unknown }: Deleted, level: CalloutLevel): string[] {
  const notes = unknown
    .slice(0, DELETED_NAMED)
    .map((n) => `> ⚠️ ${escapeMarkdownInline(cutToSize(singleLine(n), 400))}`)
  if (unknown.length > DELETED_NAMED) notes.push(`> ⚠️ and ${formatCount(unknown.length - DELETED_NAMED)} more`)
  if (deleted.length === 0) return notes
  if (notes.length > 0) return [...renderDeleted({ units: deleted, unknown: [] }, level), '>', ...notes]
  const head =
    `> **${plural(deleted.length, 'unit')} removed by this pull request** (not planned): ` +
    'their resources stay in the state, unmanaged, unless destroyed before the code is removed.'
  if (level === 'totals') return [head]
  const named = deleted.slice(0, DELETED_NAMED).map((p) => `> - ${inlineCode(p)}`)
  if (deleted.length > DELETED_NAMED) named.push(`> - and ${formatCount(deleted.length - DELETED_NAMED)} more`)
  return [head, ...named]
}

/** The units not planned because the pull request does not affect them, on one (collapsed) line. */
function renderSkipped(skipped: readonly string[], list: boolean): string {
  const head = `⏭️ ${plural(skipped.length, 'unit')} skipped: not affected by this pull request`
  if (!list) return `${head}.`
  return details(head, skipped.map((p) => inlineCode(p)).join(' · '))
}

/** Why each planned unit was selected, one line each, collapsed. */
function renderReasons(reasons: ReadonlyArray<{ unit: string; reason: string }>): string {
  const head = `🧭 Why ${plural(reasons.length, 'unit')} ${reasons.length === 1 ? 'was' : 'were'} planned`
  return details(head, reasons.map((r) => `- ${inlineCode(r.unit)}: ${escapeMarkdownInline(r.reason)}`).join('\n'))
}

const STATUS: Record<'error' | 'destroys' | 'replaces' | 'changes' | 'no-changes', string> = {
  error: '❌ error',
  destroys: '⚠️ destroys',
  replaces: '⚠️ replaces',
  changes: '✏️ changes',
  'no-changes': '✅ no changes'
}

// A unit whose only destroys are replacements says it replaces: something new takes the old one's place.
const statusOf = (u: Unit): string =>
  u.status === 'error'
    ? STATUS.error
    : isDestructive(u)
      ? u.destroyCount > 0
        ? STATUS.destroys
        : STATUS.replaces
      : u.status === 'changes'
        ? STATUS.changes
        : STATUS['no-changes']

interface TableShape {
  keys: (keyof PlanCounts)[]
  headers: string[]
  error: boolean
}

function tableShape(units: readonly Unit[]): TableShape {
  const keys: (keyof PlanCounts)[] = ['add', 'change', 'destroy', 'replace']
  for (const key of ['import', 'move', 'forget'] as const) if (units.some((u) => u.counts[key] > 0)) keys.push(key)
  const error = units.some((u) => u.error !== undefined)
  const headers = ['Unit', 'Status', ...keys.map((k) => k[0].toUpperCase() + k.slice(1))]
  if (error) headers.push('Error')
  return { keys, headers, error }
}

/** The table with the units in `shown` (all when undefined), in path order, and a closing row for the rest. */
function renderTable(units: readonly Unit[], shape: TableShape, shown: Set<Unit> | undefined, where: string): string {
  if (units.length === 0) return '_No units were planned._'
  const rows: (string | Raw)[][] = []
  for (const u of units) {
    if (shown && !shown.has(u)) continue
    const row: (string | Raw)[] = [raw(inlineCode(u.path)), raw(statusOf(u))]
    for (const key of shape.keys) row.push(raw(u.counts[key] > 0 ? formatCount(u.counts[key]) : ''))
    if (shape.error) row.push(raw(u.error ? escapeMarkdownInline(cutToSize(singleLine(u.error), ERROR_CELL_MAX)) : ''))
    rows.push(row)
  }
  if (shown && shown.size < units.length) {
    const hidden = units.filter((u) => !shown.has(u))
    const changed = hidden.filter((u) => u.status !== 'no-changes').length
    const what = changed > 0 ? ` (${formatCount(changed)} with changes or errors)` : ''
    rows.push([raw(`… ${plural(hidden.length, 'more unit')}${what}: see ${where}`), raw('')])
  }
  const align: Align[] = ['left', 'left', ...shape.keys.map((): Align => 'right'), 'left']
  return table(shape.headers, rows, align)
}

function unitSummary(u: Unit): Raw {
  const counts =
    u.status === 'error'
      ? ''
      : ` ${formatCounts(u.counts)}${extraCounts(u.counts)
          .map((e) => `, ${e}`)
          .join('')}`
  return raw(`<code>${escapeHtml(neutralizeReferences(singleLine(u.path)))}</code> · ${statusOf(u)}${counts}`)
}

function cutNotice(cutLines: number, total: number, where: string): string {
  return `<sub>✂️ ${formatCount(cutLines)} of ${plural(total, 'line')} cut to fit; the full plan is in ${where}.</sub>`
}

function renderSection(u: Unit, text: string, cut: { cutLines: number } | undefined, where: string): string {
  const body = fence(text, 'diff', u.body.ticks())
  return details(unitSummary(u), cut ? `${body}\n\n${cutNotice(cut.cutLines, u.body.count, where)}` : body)
}

function renderOmitted(omitted: Unit[], list: boolean, where: string): string {
  if (list) {
    const names = [...omitted].sort(byPath).map((u) => inlineCode(u.path))
    return `✂️ **Not shown here** (did not fit): ${names.join(' · ')}. Their plans are in ${where}.`
  }
  return `✂️ The plans of ${plural(omitted.length, 'more unit')} did not fit here; they are in ${where}.`
}

function renderNoChanges(units: readonly Unit[], list: boolean): string {
  const head = `✅ **No changes** in ${plural(units.length, 'unit')}`
  return list ? `${head}: ${units.map((u) => inlineCode(u.path)).join(' · ')}` : `${head}.`
}

// ---------------------------------------------------------------------------------------------------------------
// Budget

const SEPARATOR = '\n\n'
/** The size of a body's lines joined with `\n`. */
const bodySize = (body: PlanBody): number => (body.count > 0 ? body.prefix[body.count] - 1 : 0)
const blocksSize = (blocks: readonly string[]): number =>
  blocks.reduce((n, b) => n + textSize(b), 0) + SEPARATOR.length * Math.max(0, blocks.length - 1)

/**
 * Shares `available` among bodies (in priority order, each costing `size[i]` in full). Class by class: when a class
 * fits it is taken whole; otherwise the largest equal cap is found; when that cap is under MIN_BODY, bodies get
 * MIN_BODY each in priority order until the budget runs out. Returns each body's size (0 = omitted).
 */
function allocate(sizes: number[], classes: number[], available: number): { alloc: number[]; left: number } {
  const alloc = sizes.map(() => 0)
  let left = available
  for (let start = 0, end = 0; start < sizes.length; start = end) {
    while (end < sizes.length && classes[end] === classes[start]) end++
    const idx = Array.from({ length: end - start }, (_, i) => start + i)
    const total = idx.reduce((n, i) => n + sizes[i], 0)
    if (total <= left) {
      for (const i of idx) alloc[i] = sizes[i]!
      left -= total
      continue
    }
    // The largest equal cap the class can have.
    let lo = 0
    let hi = Math.max(...idx.map((i) => sizes[i]))
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2)
      if (idx.reduce((n, i) => n + Math.min(sizes[i], mid), 0) <= left) lo = mid
      else hi = mid - 1
    }
    if (lo >= MIN_BODY) {
      for (const i of idx) {
        alloc[i] = Math.min(sizes[i], lo)
        left -= alloc[i]
      }
      continue
    }
    // Too many to give each a readable part: MIN_BODY each in priority order, the rest omitted.
    for (const i of idx) {
      const want = Math.min(sizes[i], MIN_BODY)
      if (want <= left) {
        alloc[i] = want
        left -= want
      }
    }
    // What remains goes to the first bodies that were cut.
    for (const i of idx) {
      if (alloc[i] > 0 && alloc[i] < sizes[i]) {
        const extra = Math.min(left, sizes[i] - alloc[i])
        alloc[i] += extra
        left -= extra
      }
    }
  }
  return { alloc, left: Math.max(0, left) }
}

/**
 * A report's units prepared once (rewritten for ```diff, sized) for `renderPreparedReport` under several
 * budgets: the comment, the job summary and the full report share the work. Treat it as opaque.
 */
export interface PreparedPlanReport {
  readonly result: PlanResult
  readonly ctx: PlanReportContext
  /** In path order. */
  readonly units: readonly Unit[]
}

/** Prepares `result` for one or more `renderPreparedReport` calls. */
export function preparePlanReport(result: PlanResult, ctx: PlanReportContext): PreparedPlanReport {
  return { result, ctx, units: prepare(result, ctx) }
}

/**
 * The plan report under a size budget: `opts.maxChars` defaults to the comment budget (65,536 minus a margin); pass
 * `JOB_SUMMARY_LIMIT` for the job-summary version. Deterministic for the same input. To render one result under
 * several budgets, prepare it once with `preparePlanReport` and call `renderPreparedReport` for each.
 */
export function renderPlanReport(result: PlanResult, ctx: PlanReportContext, opts: PlanReportOptions = {}): string {
  return renderPreparedReport(preparePlanReport(result, ctx), opts)
}

/** `renderPlanReport` of a prepared report. */
export function renderPreparedReport(prepared: PreparedPlanReport, opts: PlanReportOptions = {}): string {
  const { result, ctx, units } = prepared
  const maxChars = opts.maxChars ?? COMMENT_BUDGET
  const where = link(raw(escapeHtml(opts.fullPlanName ?? 'the job summary')), opts.summaryUrl)
  const bodies = units.filter((u) => u.priority !== undefined).sort(byRank)
  const noChanges = units.filter((u) => u.status === 'no-changes')
  const deleted: Deleted = { units: ctx.deletedUnits ?? [], unknown: ctx.deletedUnknown ?? [] }
  const skipped = ctx.skippedUnits ?? []
  const reasons = ctx.plannedReasons ?? []

  const markerLines = `${marker(ctx.action ?? PLAN_COMMENT_ACTION, ctx.markerKey)}\n${markerData(ctx.markerPayload)}`
  const guard = ctx.protected ? renderProtectedBlock(ctx.protected) : ''
  const head = `${markerLines}\n\n${renderTitle(result, units, ctx)}${guard ? `\n\n${guard}` : ''}`
  const footer = result.planHash
    ? `<sub>Plan hash <code>${escapeHtml(singleLine(result.planHash).slice(0, 12))}</code></sub>`
    : ''
  // Placeholders at their largest fallback size, upgraded later when room is left.
  const omittedReserve = bodies.length > 0 ? renderOmitted(bodies, false, where) : ''
  const noChangesShort = noChanges.length > 0 ? renderNoChanges(noChanges, false) : ''
  const skippedShort = skipped.length > 0 ? renderSkipped(skipped, false) : ''
  const tail = [omittedReserve, noChangesShort, skippedShort, footer].filter(Boolean)

  // 1. Marker, title, callout and table: the most detailed versions that fit.
  const shape = tableShape(units)
  const fullTable = renderTable(units, shape, undefined, where)
  // Each body costs its section plus a separator.
  const overhead = (u: Unit, cut: boolean): number =>
    textSize(renderSection(u, '', cut ? { cutLines: u.body.count } : undefined, where)) + SEPARATOR.length
  const fullSizes = bodies.map((u) => overhead(u, false) + bodySize(u.body))

  // 0. Everything fits (always so for the full report).
  const complete = [head, renderCallout(units, 'addresses', where, deleted)!, fullTable]
  const completeTail = [
    noChanges.length > 0 ? renderNoChanges(noChanges, true) : '',
    skipped.length > 0 ? renderSkipped(skipped, true) : '',
    reasons.length > 0 ? renderReasons(reasons) : '',
    footer
  ].filter(Boolean)
  if (blocksSize([...complete, ...completeTail]) + fullSizes.reduce((n, size) => n + size, 0) <= maxChars) {
    return [...complete, ...bodies.map((u) => renderSection(u, u.body.text(), undefined, where)), ...completeTail].join(
      SEPARATOR
    )
  }

  let fixed: string[] | undefined
  // The callout's own budget: its share of the whole, and never more than head, table and tail leave.
  const calloutRoom = Math.min(
    Math.floor(maxChars * (opts.calloutShare ?? CALLOUT_SHARE)),
    maxChars - blocksSize([head, fullTable, ...tail]) - SEPARATOR.length
  )
  for (const level of ['addresses', 'counts', 'totals'] as const) {
    const callout = renderCallout(units, level, where, deleted, Math.max(0, calloutRoom))
    if (callout === undefined) continue
    const candidate = [head, callout, fullTable]
    if (blocksSize([...candidate, ...tail]) <= maxChars) {
      fixed = candidate
      break
    }
  }
  if (!fixed) {
    // Even the table is too long: keep the most important rows (errors, destroys, changes, then the rest).
    const callout = renderCallout(units, 'totals', where, deleted)!
    const ranked = [...units].sort(byRank)
    const tableOf = (rows: number): string => renderTable(units, shape, new Set(ranked.slice(0, rows)), where)
    const fits = (rows: number): boolean => blocksSize([head, callout, tableOf(rows), ...tail]) <= maxChars
    let lo = 0
    let hi = units.length - 1
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2)
      if (fits(mid)) lo = mid
      else hi = mid - 1
    }
    fixed = [head, callout, tableOf(lo)]
  }

  // 2. Bodies.
  const available = maxChars - blocksSize([...fixed, ...tail])
  const { alloc, left } = allocate(
    fullSizes,
    bodies.map((u) => u.priority!),
    available
  )

  const sections = new Map<Unit, string>()
  let spare = left
  bodies.forEach((u, i) => {
    const size = alloc[i]
    if (size <= 0) return
    if (size >= fullSizes[i]) {
      sections.set(u, renderSection(u, u.body.text(), undefined, where))
      return
    }
    const room = size - overhead(u, true)
    const cut = truncateLines(u.body, room, { note: (n, first) => cutLineNote(n, first, opts) })
    if (cut.lines.length === 0) {
      spare += size
      return
    }
    const section = renderSection(u, cut.lines.join('\n'), { cutLines: cut.cutLines }, where)
    spare += size - textSize(section) - SEPARATOR.length
    sections.set(u, section)
  })

  // 3. Leftover room: list the omitted and unchanged units by name when they fit.
  const omitted = bodies.filter((u) => !sections.has(u))
  let omittedBlock = omitted.length > 0 ? renderOmitted(omitted, false, where) : ''
  if (omitted.length > 0) spare += textSize(omittedReserve) - textSize(omittedBlock)
  else if (omittedReserve) spare += textSize(omittedReserve) + SEPARATOR.length
  if (omitted.length > 0) {
    const listed = renderOmitted(omitted, true, where)
    const extra = textSize(listed) - textSize(omittedBlock)
    if (extra <= spare) {
      omittedBlock = listed
      spare -= extra
    }
  }
  let noChangesBlock = noChangesShort
  if (noChanges.length > 0) {
    const listed = renderNoChanges(noChanges, true)
    const extra = textSize(listed) - textSize(noChangesShort)
    if (extra <= spare) {
      noChangesBlock = listed
      spare -= extra
    }
  }
  let skippedBlock = skippedShort
  if (skipped.length > 0) {
    const listed = renderSkipped(skipped, true)
    const extra = textSize(listed) - textSize(skippedShort)
    if (extra <= spare) {
      skippedBlock = listed
      spare -= extra
    }
  }

  let reasonsBlock = ''
  if (reasons.length > 0) {
    const listed = renderReasons(reasons)
    if (textSize(listed) + SEPARATOR.length <= spare) {
      reasonsBlock = listed
      spare -= textSize(listed) + SEPARATOR.length
    }
  }

  const assemble = (): string =>
    [
      ...fixed,
      ...bodies.flatMap((u) => sections.get(u) ?? []),
      omittedBlock,
      noChangesBlock,
      skippedBlock,
      reasonsBlock,
      footer
    ]
      .filter(Boolean)
      .join(SEPARATOR)
  let out = assemble()
  // The accounting above is exact; this only guards the invariant if it ever drifts.
  for (let i = bodies.length - 1; textSize(out) > maxChars && i >= 0; i--) {
    if (!sections.delete(bodies[i])) continue
    omittedBlock = renderOmitted(
      bodies.filter((u) => !sections.has(u)),
      false,
      where
    )
    out = assemble()
  }
  if (textSize(out) <= maxChars) return out
  // A budget too small for even the table: say so in whatever still fits, never a half-cut tag or comment.
  const fallbacks = [`${head}\n\n✂️ This plan is too large to show here; see ${where}.`, head, markerLines, '']
  return fallbacks.find((text) => textSize(text) <= maxChars) ?? ''
}

/** The line that stands for a run of cut lines inside a fence (no backticks, so it cannot close the fence). */
function cutLineNote(n: number, first: boolean, opts: PlanReportOptions): string {
  const name = singleLine(opts.fullPlanName ?? 'the job summary').replace(/`/g, "'")
  return `… ${plural(n, 'line')} cut${first ? ` here, full plan in ${name}` : ''} …`
}

/** The whole report without a size budget, for the report-path file. */
export function renderPlanReportFull(
  result: PlanResult,
  ctx: PlanReportContext,
  opts: Omit<PlanReportOptions, 'maxChars'> = {}
): string {
  return renderPreparedReportFull(preparePlanReport(result, ctx), opts)
}

/** `renderPlanReportFull` of a prepared report. */
export function renderPreparedReportFull(
  prepared: PreparedPlanReport,
  opts: Omit<PlanReportOptions, 'maxChars'> = {}
): string {
  return renderPreparedReport(prepared, { ...opts, maxChars: Number.POSITIVE_INFINITY })
}
