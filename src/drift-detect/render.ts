/** Markdown of the drift issues, their closing comments, the summary issue and the job summary. */
import { textSize, truncateMiddle } from '../core/render/budget.js'
import {
  details,
  escapeMarkdownInline,
  fence,
  inlineCode,
  link,
  marker,
  markerData,
  raw,
  table
} from '../core/render/markdown.js'
import { isKeyPlanLine } from '../core/render/plan-body.js'
import type { IssuePayload } from './reconcile.js'
import type { UnitResult } from './report.js'
import { formatUtc } from '../core/time/format.js'

/** The marker action name: `<!-- gitops-actions:drift:<unit> -->`. */
export const DRIFT_ACTION = 'drift'
/** Prefix every per-unit marker starts with, to list them all at once. */
export const DRIFT_MARKER_PREFIX = '<!-- gitops-actions:drift:'
/** The summary issue is keyed by working directory under its own action name, so no unit path can collide with it. */
export const SUMMARY_ACTION = 'drift-summary'

/** Issue bodies stay below GitHub's 65,536 characters with room to spare. */
export const ISSUE_BODY_BUDGET = 60_000
const MAX_LISTED = 50

export const unitMarker = (unit: string): string => marker(DRIFT_ACTION, unit)

export const issueTitle = (unit: string): string => `Drift detected in ${unit}`

export interface RunInfo {
  sha: string
  runUrl: string
}

function commitText(run: RunInfo): string {
  return `${link('run', run.runUrl)} at commit ${inlineCode(run.sha.slice(0, 12))}`
}

function listOf<T>(items: readonly T[], line: (item: T) => string): string {
  const shown = items.slice(0, MAX_LISTED).map(line)
  if (items.length > MAX_LISTED) shown.push(`- … and ${items.length - MAX_LISTED} more`)
  return shown.join('\n')
}

function excerptBlock(excerpt: string, room: number): string {
  if (!excerpt.trim() || room < 200) return ''
  let text = excerpt
  const overhead = textSize(details('Plan excerpt', fence('', 'diff'))) + 16
  if (textSize(text) + overhead > room) {
    text = truncateMiddle(text.split('\n'), room - overhead, isKeyPlanLine).join('\n')
  }
  return details('Plan excerpt', fence(text, 'diff'))
}

/** The body of a drifted unit's issue: facts first, then the plan excerpt cut to what the body can hold. */
export function renderIssueBody(result: UnitResult, payload: IssuePayload, run: RunInfo): string {
  const head = [
    unitMarker(result.unit),
    markerData(payload),
    `### Drift in ${inlineCode(result.unit)}`,
    '',
    'Resources of this unit changed outside the code. Bring them back with an apply, or change the code to match.',
    '',
    table(
      ['', ''],
      [
        ['Unit', raw(inlineCode(result.unit))],
        ['Classification', raw(`**${result.classification}**`)],
        ['First seen', formatUtc(payload.firstSeen)],
        ['Last seen', raw(`${escapeMarkdownInline(formatUtc(payload.lastSeen))} (${commitText(run)})`)],
        ['Runs drifted', String(payload.runsDrifted)]
      ]
    ),
    '',
    `**Drifted resources (${result.drifted.length})**`,
    '',
    listOf(
      result.drifted,
      (d) =>
        `- ${inlineCode(d.address)} (${escapeMarkdownInline(d.action)}): ${d.attributes.map(inlineCode).join(', ')}`
    )
  ]
  if (result.unapplied.length > 0) {
    head.push('', `**Also changed in the code but not applied (${result.unapplied.length})**`, '')
    head.push(listOf(result.unapplied, (a) => `- ${inlineCode(a)}`))
  }
  const text = head.join('\n')
  const excerpt = excerptBlock(result.excerpt, ISSUE_BODY_BUDGET - textSize(text) - 2)
  return excerpt ? `${text}\n\n${excerpt}\n` : `${text}\n`
}

/** The body a closed issue keeps: the same marker with the closed status, and what happened. */
export function renderClosedBody(previousBody: string, payload: IssuePayload, note: string): string {
  const rest = previousBody
    .split('\n')
    .filter((l) => !l.startsWith('<!-- gitops-actions:drift:') && !l.startsWith('<!-- gitops-actions-data:'))
    .join('\n')
  return `${unitMarker(payload.unit)}\n${markerData(payload)}\n> [!NOTE]\n> ${note}\n\n${rest.trim()}\n`
}

export function resolvedComment(result: UnitResult, run: RunInfo): string {
  const why =
    result.classification === 'unapplied' ? ' (the code has changes that are not applied yet; that is not drift)' : ''
  return `No drift in ${inlineCode(result.unit)} any more${why}: checked by ${commitText(run)}. Closing.`
}

export function removedComment(unit: string, run: RunInfo): string {
  return `The unit ${inlineCode(unit)} no longer exists (checked by ${commitText(run)}). Closing as removed.`
}

const CLASS_ORDER = ['drift', 'error', 'unapplied', 'clean'] as const

function unitRows(results: readonly UnitResult[], withClean: boolean): Array<Array<string | ReturnType<typeof raw>>> {
  return CLASS_ORDER.flatMap((c) =>
    c === 'clean' && !withClean
      ? []
      : results
          .filter((r) => r.classification === c)
          .map((r) => [
            raw(inlineCode(r.unit)),
            c,
            r.classification === 'error'
              ? (r.error ?? '')
              : r.classification === 'drift'
                ? raw(
                    r.drifted
                      .slice(0, 5)
                      .map((d) => inlineCode(d.address))
                      .join(', ') + (r.drifted.length > 5 ? ', …' : '')
                  )
                : r.unapplied.length > 0
                  ? `${r.unapplied.length} resource change(s) in the code`
                  : ''
          ])
  )
}

export interface SummaryFacts {
  results: readonly UnitResult[]
  opened: number
  updated: number
  closed: number
  overflow: readonly string[]
  missingShards: readonly number[]
  problems: readonly string[]
  notCovered: number
}

/** The job summary: counts, what the issues did, and a table of every unit that is not clean. */
export function renderJobSummary(facts: SummaryFacts, budget: number): string {
  const count = (c: string) => facts.results.filter((r) => r.classification === c).length
  const lines = [
    '## Drift detection',
    '',
    `${count('drift')} drifted, ${count('unapplied')} unapplied, ${count('error')} errored, ${count('clean')} clean unit(s).` +
      ` Issues: ${facts.opened} opened, ${facts.updated} updated, ${facts.closed} closed.`
  ]
  if (facts.overflow.length > 0) {
    lines.push(
      '',
      `**Not opened (max-new-issues reached): ${facts.overflow.length} drifted unit(s)**: ${facts.overflow.map(inlineCode).join(', ')}`
    )
  }
  if (facts.missingShards.length > 0 || facts.problems.length > 0) {
    lines.push(
      '',
      `**Not reconciled**: shard report(s) missing for shard(s) ${facts.missingShards.join(', ') || 'none'}; their units' issues are left as they are.`
    )
    for (const p of facts.problems) lines.push(`- ${escapeMarkdownInline(p)}`)
  }
  const rows = unitRows(facts.results, false)
  if (rows.length > 0) lines.push('', table(['Unit', 'Classification', 'Details'], rows))
  const text = lines.join('\n')
  return textSize(text) > budget ? `${text.slice(0, budget - 100)}\n\n… (cut to fit the job summary)\n` : `${text}\n`
}

/** The state the summary issue keeps per unit that is not clean. */
export interface SummaryEntry {
  classification: string
  firstSeen: string
  lastSeen: string
  runsDrifted: number
}

export interface SummaryPayload {
  schema: 1
  scope: string
  units: Record<string, SummaryEntry>
}

export function renderSummaryIssue(
  payload: SummaryPayload,
  results: readonly UnitResult[],
  notCovered: readonly string[],
  run: RunInfo
): string {
  const covered = new Map(results.map((r) => [r.unit, r]))
  const rows = Object.entries(payload.units)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([unit, e]) => {
      const r = covered.get(unit)
      const drifted = r ? r.drifted.map((d) => d.address).join(', ') : 'not checked in this run'
      return [
        raw(inlineCode(unit)),
        e.classification,
        formatUtc(e.firstSeen),
        formatUtc(e.lastSeen),
        String(e.runsDrifted),
        drifted
      ]
    })
  const clean = results.filter((r) => r.classification === 'clean' || r.classification === 'unapplied').length
  const body = [
    marker(SUMMARY_ACTION, payload.scope),
    markerData(payload),
    `### Drift in ${inlineCode(payload.scope)}`,
    '',
    `Checked by ${commitText(run)}: ${results.length} unit(s), ${clean} without drift` +
      (notCovered.length > 0 ? `, ${notCovered.length} not checked (missing shard reports).` : '.'),
    '',
    rows.length > 0
      ? table(['Unit', 'Classification', 'First seen', 'Last seen', 'Runs drifted', 'Drifted resources'], rows)
      : 'No unit drifts.'
  ].join('\n')
  return textSize(body) > ISSUE_BODY_BUDGET ? `${body.slice(0, ISSUE_BODY_BUDGET - 100)}\n\n… (cut)\n` : `${body}\n`
}
