import { structuredPatch } from 'diff'
import { PROMOTE_TRAILER } from '../core/gitops/ownership.js'
import type { PlannedChange } from '../core/gitops/plan.js'
import {
  codeSpan,
  escapeMarkdownInline,
  fence,
  inlineCode,
  link,
  marker,
  markerData,
  raw,
  table
} from '../core/render/markdown.js'
import type { Changelog } from './changelog.js'

export const ACTION = 'promote-env'

/** What the texts of a promotion are made from. */
export interface PromotionView {
  from: string
  to: string
  version: string
  previous: string[]
  reason: string
  repository: string
  base: string
  baseSha: string
  branch?: string
  serverUrl: string
  changes: PlannedChange[]
  changelog?: Changelog
}

/** Replaces {from}, {to}, {version}, {previous} and {reason} in a title or body template. */
export function fillTemplate(template: string, view: PromotionView): string {
  const values: Record<string, string> = {
    from: view.from,
    to: view.to,
    version: view.version,
    previous: view.previous.join(', ') || 'nothing',
    reason: view.reason
  }
  return template.replace(/\{(from|to|version|previous|reason)\}/g, (_, key: string) => values[key])
}

/** The hidden marker of the pull request of `branch`. */
export function pullMarker(branch: string): string {
  return marker(ACTION, branch)
}

/** File | Field | Old -> New, one row per changed value. */
export function changeTable(changes: readonly PlannedChange[]): string {
  return table(
    ['File', 'Field', 'Old', 'New'],
    changes.map((c) => [c.file, raw(codeSpan(c.field, true)), raw(inlineCode(c.old)), raw(inlineCode(c.new))])
  )
}

function changelogSection(log: Changelog | undefined): string[] {
  if (!log) return []
  const head = `### Changes in ${escapeMarkdownInline(log.repository)} (${link(`${log.fromTag}...${log.toTag}`, log.compareUrl)})`
  if (log.commits.length === 0) return [head, '', 'No commits between the two versions.']
  const lines = log.commits.map(
    (c) => `- ${link(c.sha.slice(0, 7), c.url)} ${escapeMarkdownInline(c.title)} (${escapeMarkdownInline(c.author)})`
  )
  const more =
    log.total > log.commits.length
      ? [`- … and ${log.total - log.commits.length} earlier commits in the full compare`]
      : []
  return [head, '', ...lines, ...more]
}

/** The source line: where the version came from, and the compare link of this promotion. */
function sourceLines(view: PromotionView): string[] {
  const repoUrl = `${view.serverUrl}/${view.repository}`
  const base = `${link(view.baseSha.slice(0, 7), `${repoUrl}/commit/${view.baseSha}`)} of ${inlineCode(view.base)}`
  const lines = [
    `- **Source:** ${escapeMarkdownInline(view.from)} at ${base}`,
    `- **Target:** ${escapeMarkdownInline(view.to)}`
  ]
  if (view.branch)
    lines.push(
      `- **Compare:** ${link(`${view.base}...${view.branch}`, `${repoUrl}/compare/${view.base}...${view.branch}`)}`
    )
  if (view.reason) lines.push(`- **Reason:** ${escapeMarkdownInline(view.reason)}`)
  return lines
}

const CHECKLIST = (view: PromotionView) => [
  '### Checklist',
  '',
  `- [ ] The image or chart ${inlineCode(view.version)} exists in the registry`,
  `- [ ] ${escapeMarkdownInline(view.from)} is stable on ${inlineCode(view.version)}`,
  `- [ ] ${escapeMarkdownInline(view.to)} is ready for the change`,
  '- [ ] Stakeholders are notified'
]

/** The pull request body: the user's text, the change table, source and compare, commits, checklist, marker. */
export function renderPullBody(template: string, view: PromotionView): string {
  return [
    fillTemplate(template, view),
    '',
    changeTable(view.changes),
    '',
    ...sourceLines(view),
    '',
    ...changelogSection(view.changelog),
    ...(view.changelog ? [''] : []),
    ...CHECKLIST(view),
    '',
    pullMarker(view.branch ?? view.base),
    markerData({ schema: 1, from: view.from, to: view.to, version: view.version, previous: view.previous })
  ].join('\n')
}

/** The commit message: the title, the reason, the source and every changed value. */
export function renderCommitMessage(title: string, view: PromotionView): string {
  const lines = view.changes.map((c) => `- ${c.file}: ${c.field}: ${c.old} -> ${c.new}`)
  return [
    title,
    '',
    ...(view.reason ? [view.reason, ''] : []),
    `From ${view.from} at ${view.baseSha.slice(0, 12)}.`,
    '',
    ...lines,
    '',
    PROMOTE_TRAILER
  ].join('\n')
}

/** A unified diff of the changed files, for dry runs. */
export function renderDiff(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string {
  const parts: string[] = []
  for (const [file, text] of after) {
    const patch = structuredPatch(`a/${file}`, `b/${file}`, before.get(file) ?? '', text, '', '', { context: 2 })
    parts.push(`--- a/${file}`, `+++ b/${file}`)
    for (const hunk of patch.hunks) {
      parts.push(`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`, ...hunk.lines)
    }
  }
  return parts.join('\n')
}

export interface SummaryFacts {
  dryRun: boolean
  commitSha?: string
  pullUrl?: string
  operation: string
  diff?: string
}

/** The job summary: the headline, the same table as the PR, and the diff on dry runs. */
export function renderSummary(view: PromotionView, facts: SummaryFacts): string {
  const headline =
    view.changes.length === 0
      ? `### promote-env: ${escapeMarkdownInline(view.to)} already runs ${inlineCode(view.version)}`
      : `### promote-env: ${inlineCode(view.version)} to ${escapeMarkdownInline(view.to)}${facts.dryRun ? ' (dry run: nothing written)' : ''}`
  const outcome = facts.pullUrl
    ? `Pull request ${link(facts.pullUrl, facts.pullUrl)}: ${facts.operation}.`
    : facts.commitSha
      ? `Committed ${inlineCode(facts.commitSha.slice(0, 12))} to ${inlineCode(view.base)}.`
      : ''
  return [
    headline,
    '',
    ...(view.changes.length > 0 ? [changeTable(view.changes), ''] : []),
    ...sourceLines(view),
    '',
    ...(outcome ? [outcome, ''] : []),
    ...(facts.diff ? ['#### Diff', '', fence(facts.diff, 'diff'), ''] : []),
    ...changelogSection(view.changelog)
  ].join('\n')
}
