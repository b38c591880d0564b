import * as core from '@actions/core'
import { escapeMarkdownInline, link, markerData, raw, table } from '../core/render/markdown.js'
import type { GateDecision } from './model.js'
import { DECISION_MARKER } from './request.js'
import type { GateRequest } from './request.js'
import { formatUtc } from '../core/time/format.js'

const TITLES: Record<GateDecision['decision'], string> = {
  approved: 'Approved',
  'auto-approved': 'Approved automatically',
  denied: 'Denied',
  'timed-out': 'Timed out',
  cancelled: 'Cancelled',
  pending: 'Waiting for approval'
}

const ICONS: Record<GateDecision['decision'], string> = {
  approved: '✅',
  'auto-approved': '✅',
  denied: '⛔',
  'timed-out': '⌛',
  cancelled: '🚫',
  pending: '⏳'
}

export function setOutputs(result: GateDecision, request: GateRequest | undefined): void {
  core.setOutput('decision', result.decision)
  core.setOutput('approved', String(result.decision === 'approved' || result.decision === 'auto-approved'))
  core.setOutput('approvers', result.approvers.join(','))
  core.setOutput('denier', result.denier ?? '')
  core.setOutput('reason', result.reason)
  core.setOutput('responses-json', JSON.stringify(result.responses))
  core.setOutput('issue-number', request ? String(request.number) : '')
  core.setOutput('issue-url', request?.url ?? '')
}

/** The job summary: the decision, then who responded, what, when, and whether it counted or why not. */
export async function writeSummary(result: GateDecision, request: GateRequest | undefined): Promise<void> {
  const where = request ? ` (${link(`#${request.number}`, request.url)})` : ''
  const rows = result.responses.map((r) => [
    r.user,
    r.action === 'none' ? raw('—') : r.reason ? `${r.action}: ${r.reason}` : r.action,
    raw(link(formatUtc(r.at, { seconds: true }), r.url)),
    r.counted ? 'counted' : `not counted: ${r['why-not-counted']}`
  ])
  const body = [
    `### ${ICONS[result.decision]} Approval gate: ${TITLES[result.decision]}${where}`,
    '',
    escapeMarkdownInline(result.reason),
    '',
    rows.length > 0 ? table(['Who', 'Response', 'When', 'Counted'], rows) : 'No responses.'
  ].join('\n')
  await core.summary.addRaw(body, true).write()
}

/** The comment that closes a request: the decision, its reason, and the decision as data for later runs. */
export function decisionComment(result: GateDecision): string {
  const approvers = result.approvers.length > 0 ? `\n\nCounted approvals: ${result.approvers.join(', ')}.` : ''
  const payload = {
    decision: result.decision,
    approvers: result.approvers,
    denier: result.denier ?? null,
    reason: result.reason
  }
  return [
    `${DECISION_MARKER}\n${markerData(payload)}`,
    `${ICONS[result.decision]} **${TITLES[result.decision]}**: ${escapeMarkdownInline(result.reason)}${approvers}`
  ].join('\n')
}
