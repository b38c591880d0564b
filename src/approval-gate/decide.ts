import { listWords } from '../core/errors/index.js'
import { isWithinWindows, nextWindowOpening } from '../core/time/windows.js'
import type { ApproverFacts, GateDecision, GatePolicy, JudgedResponse, RequestState, Response } from './model.js'
import { formatUtc } from '../core/time/format.js'

const WRITE_OR_MORE = new Set(['admin', 'maintain', 'write'])

/**
 * The gate's verdict from what has been seen so far: a pure function of the request, the responses (as first seen),
 * what the approver list says about their authors, and the time. Rules, in the order they are applied to each
 * response (oldest first): a command at all, not after the timeout, not by the action's own token, not a bot, not
 * edited before it was seen, a review on the head commit, no self-approval, a listed user or an active member of a
 * listed team, write access or more, each person once. Then: a counted deny denies (with deny-wins, even after enough
 * approvals; without, only when it came first); a request closed by someone is cancelled (never approved); enough
 * approvals approve inside a deployment window, wait for one or deny outside it; past the deadline, time out.
 */
export function decide(
  request: RequestState,
  responses: readonly Response[],
  approvers: ApproverFacts,
  policy: GatePolicy,
  now: number
): GateDecision {
  const judged: JudgedResponse[] = []
  const approvedBy: string[] = []
  const approvedIds = new Set<number>()
  let denial: { login: string; reason: string; approvalsBefore: number } | undefined
  let approvalsMetAt: number | undefined

  for (const r of [...responses].sort((a, b) => a.at - b.at || a.id - b.id)) {
    const why = whyNotCounted(r, approvers, policy, approvedIds)
    judged.push(toJudged(r, why))
    if (why !== '' || !r.command) continue
    if (r.command.action === 'deny') {
      denial ??= { login: r.author.login, reason: r.command.reason, approvalsBefore: approvedBy.length }
    } else {
      approvedIds.add(r.author.id)
      approvedBy.push(r.author.login)
      if (approvedBy.length === policy.minApprovals) approvalsMetAt = r.at
    }
  }

  const base = { approvers: approvedBy, responses: judged }
  const tally = `${approvedBy.length} of ${policy.minApprovals} approval(s)`
  if (denial && (policy.denyWins || denial.approvalsBefore < policy.minApprovals)) {
    const reason = denial.reason || 'no reason given'
    return { ...base, decision: 'denied', denier: denial.login, reason: `denied by ${denial.login}: ${reason}` }
  }
  if (request.closed) {
    const by = request.closed.by ? ` by ${request.closed.by}` : ''
    return { ...base, decision: 'cancelled', reason: `the request was closed${by} before it was decided (${tally})` }
  }
  if (approvalsMetAt !== undefined) return approvedInWindow(base, policy, now)
  if (now >= policy.deadline) return { ...base, decision: 'timed-out', reason: `timed out with ${tally}` }
  return { ...base, decision: 'pending', reason: `waiting: ${tally}` }
}

function approvedInWindow(
  base: Pick<GateDecision, 'approvers' | 'responses'>,
  policy: GatePolicy,
  now: number
): GateDecision {
  const who = `approved by ${listWords(base.approvers)}`
  if (isWithinWindows(policy.windows, new Date(now))) return { ...base, decision: 'approved', reason: who }
  const windows = listWords(
    policy.windows.map((w) => w.text),
    { conjunction: 'or' }
  )
  if (policy.outsideWindow === 'fail') {
    return { ...base, decision: 'denied', reason: `${who}, but outside the deployment windows (${windows})` }
  }
  if (now >= policy.deadline) {
    return { ...base, decision: 'timed-out', reason: `${who}, but no deployment window (${windows}) opened in time` }
  }
  const opens = nextWindowOpening(policy.windows, new Date(now), policy.deadline - now)
  const when = opens ? `opens at ${formatUtc(opens)}` : 'does not open before the timeout'
  return {
    ...base,
    decision: 'pending',
    reason: `${who}; waiting for a deployment window (${windows}), the next ${when}`,
    waitingForWindow: { opensAt: opens?.getTime() }
  }
}

function whyNotCounted(
  r: Response,
  approvers: ApproverFacts,
  policy: GatePolicy,
  approvedIds: ReadonlySet<number>
): string {
  if (!r.command) return 'not a command: the first line must be /approve [reason] or /deny <reason>'
  if (r.at > policy.deadline) return 'posted after the timeout'
  if (r.author.id === policy.selfId) return "posted with this action's own token"
  if (r.author.type === 'Bot') return 'bots never count'
  if (r.editedBeforeSeen) return 'edited after it was posted; post a new comment instead'
  if (r.source === 'review' && policy.headSha && r.commitId !== policy.headSha) {
    return `reviews commit ${short(r.commitId)}, not the head commit ${short(policy.headSha)}`
  }
  if (r.command.action === 'approve' && !policy.allowSelfApproval) {
    const self = policy.excluded.find((e) => e.login.toLowerCase() === r.author.login.toLowerCase())
    if (self) return `${self.role} cannot approve (allow-self-approval is false)`
  }
  const facts = approvers.get(r.author.id)
  if (!facts) return 'could not be verified as an approver'
  if (facts.via.length === 0) {
    if (facts.pendingIn.length > 0) return `membership of ${listWords(facts.pendingIn)} is pending, not active`
    return 'not a listed approver'
  }
  if (facts.permission === 'unknown') {
    return `repository permission could not be checked (${facts.permissionError ?? 'unknown error'})`
  }
  if (!WRITE_OR_MORE.has(facts.permission)) return `has ${facts.permission} access; approvers need write or more`
  if (r.command.action === 'approve' && approvedIds.has(r.author.id)) return 'this person already approved'
  return ''
}

function toJudged(r: Response, why: string): JudgedResponse {
  return {
    user: r.author.login,
    id: r.id,
    source: r.source,
    action: r.command?.action ?? 'none',
    reason: r.command?.reason ?? '',
    at: new Date(r.at).toISOString(),
    url: r.url,
    counted: why === '',
    'why-not-counted': why,
    note: r.editedAfterSeen ? 'edited after it was first seen; the first-seen text is what was judged' : ''
  }
}

function short(sha: string | undefined): string {
  return sha ? sha.slice(0, 7) : '(none)'
}
