import * as core from '@actions/core'
import { InputError, UserError } from '../core/action/errors.js'
import { parseApprover } from '../core/config/parse.js'
import type { Approver } from '../core/config/types.js'
import type { GitHubClient, RunContext, TokenIdentity } from '../core/github/index.js'
import { ConditionalReader, isAuthoredBy, pacedDelay } from '../core/github/index.js'
import { parseMarkerData } from '../core/render/markdown.js'
import type { Clock } from '../core/time/clock.js'
import { formatApprover } from '../core/config/parse.js'
import { ApproverDirectory } from './approvers.js'
import { decide } from './decide.js'
import type { GateDecision, GatePolicy } from './model.js'
import { RequestObserver } from './observe.js'
import { DECISION_MARKER, excludedPeople, loadRequest, openRequest, policyOf } from './request.js'
import type { GateRequest } from './request.js'
import { decisionComment } from './report.js'
import type { GateSettings } from './settings.js'

/** Everything a waiting or evaluating gate works with. */
export interface Gate {
  octokit: GitHubClient
  ctx: RunContext
  reader: ConditionalReader
  request: GateRequest
  observer: RequestObserver
  directory: ApproverDirectory
  policy: GatePolicy
  clock: Clock
}

/** Requests one polling round costs at most when nothing is answered from the cache. */
const REQUESTS_PER_ROUND = 3

/** The post step finds the request here when the main step did not finish it (cancelled, killed by a timeout). */
export const OPEN_REQUEST_STATE = 'openRequest'

interface PullFacts {
  number: number
  headSha: string
  author: string
}

/** The pull request of the event (pull_request, or issue_comment on a pull request), read from GitHub. */
async function pullOf(octokit: GitHubClient, ctx: RunContext): Promise<PullFacts | undefined> {
  const issue = ctx.payload.issue as { number?: number; pull_request?: unknown } | undefined
  const number = ctx.pullRequest?.number ?? (issue?.pull_request ? issue.number : undefined)
  if (number === undefined) return undefined
  const { data } = await octokit.rest.pulls.get({ ...ctx.repo, pull_number: number })
  // On pull_request events the run deploys the event's head commit, which may be older than the branch.
  return { number, headSha: ctx.pullRequest?.headSha ?? data.head.sha, author: data.user.login }
}

/** Opens a new request after checking that enough people could approve it. */
export async function openGate(
  octokit: GitHubClient,
  ctx: RunContext,
  settings: GateSettings,
  self: TokenIdentity
): Promise<Gate> {
  const pull = settings.mode === 'pull-request' ? await pullOf(octokit, ctx) : undefined
  const excluded = excludedPeople(ctx, pull?.author)
  const directory = await ApproverDirectory.load(octokit, ctx.repo, settings.approvers)
  const cannot = new Set(settings.allowSelfApproval ? [] : excluded.map((e) => e.login.toLowerCase()))
  cannot.add(self.login.toLowerCase())
  const possible = directory.possibleApprovers(cannot)
  if (settings.minApprovals > possible) {
    throw new UserError(
      `min-approvals is ${settings.minApprovals} (${settings.minApprovalsFrom}), but only ${possible} people can approve ` +
        `(the approvers without bots${settings.allowSelfApproval ? '' : ' and without the workflow actor, triggering actor and PR author'}).`
    )
  }
  const startedAt = settings.clock.now()
  const request = await openRequest(
    octokit,
    ctx,
    settings,
    {
      schema: 1,
      mode: settings.mode,
      approvers: settings.approvers.map(formatApprover),
      minApprovals: settings.minApprovals,
      denyWins: settings.denyWins,
      windows: settings.windows.map((w) => w.text),
      outsideWindow: settings.outsideWindow,
      allowSelfApproval: settings.allowSelfApproval,
      excluded,
      headSha: pull?.headSha,
      environment: settings.environment,
      runUrl: ctx.runUrl
    },
    pull?.number,
    startedAt
  )
  core.saveState(OPEN_REQUEST_STATE, JSON.stringify({ mode: request.mode, number: request.number, selfId: self.id }))
  core.info(`Approval requested: ${request.url}`)
  return assemble(octokit, ctx, request, directory, self, settings.clock)
}

/**
 * Attaches to an existing request for a one-time evaluation. Its rules come from its record; a request that was
 * decided already gives back that decision.
 */
export async function attachGate(
  octokit: GitHubClient,
  ctx: RunContext,
  settings: GateSettings,
  self: TokenIdentity
): Promise<{ gate: Gate; decided?: GateDecision }> {
  const request = await loadRequest(octokit, ctx.repo, settings.issueNumber as number, self)
  const approvers = request.record.approvers.map((text): Approver => {
    const approver = parseApprover(text)
    if (!approver) throw new InputError('issue-number', String(request.number), 'a request with a readable record')
    return approver
  })
  const directory = await ApproverDirectory.load(octokit, ctx.repo, approvers)
  const gate = assemble(octokit, ctx, request, directory, self, settings.clock)
  const comment = ctx.payload.comment as Parameters<RequestObserver['seedFromEvent']>[0]
  const issue = ctx.payload.issue as { number?: number } | undefined
  if (ctx.eventName === 'issue_comment' && issue?.number === request.number) gate.observer.seedFromEvent(comment)
  return { gate, decided: await priorDecision(gate, self) }
}

function assemble(
  octokit: GitHubClient,
  ctx: RunContext,
  request: GateRequest,
  directory: ApproverDirectory,
  self: TokenIdentity,
  clock: Clock
): Gate {
  const reader = new ConditionalReader(octokit)
  const observer = new RequestObserver(octokit, reader, ctx.repo, request, self.id)
  return { octokit, ctx, reader, request, observer, directory, policy: policyOf(request.record, self.id), clock }
}

/** A decision an earlier run already wrote on the request (our marked comment, unedited), if any. */
async function priorDecision(gate: Gate, self: TokenIdentity): Promise<GateDecision | undefined> {
  const comments = await gate.octokit.paginate(gate.octokit.rest.issues.listComments, {
    ...gate.ctx.repo,
    issue_number: gate.request.number,
    since: new Date(gate.request.createdAt).toISOString(),
    per_page: 100
  })
  const ours = comments.filter(
    (c) => isAuthoredBy(c, self) && (c.body ?? '').startsWith(DECISION_MARKER) && c.updated_at === c.created_at
  )
  const payload = ours.length > 0 ? (parseMarkerData(ours.at(-1)?.body ?? '') as Partial<GateDecision>) : undefined
  if (!payload?.decision) return undefined
  return {
    decision: payload.decision,
    approvers: payload.approvers ?? [],
    denier: payload.denier ?? undefined,
    reason: `decided earlier: ${payload.reason ?? payload.decision}`,
    responses: []
  }
}

/** One look at the request: read what changed, verify new responders, decide. */
export async function evaluate(gate: Gate): Promise<GateDecision> {
  await gate.observer.poll()
  const responses = gate.observer.responses()
  await gate.directory.verify(responses.filter((r) => r.command).map((r) => r.author))
  return decide(gate.observer.state, responses, gate.directory.facts, gate.policy, gate.clock.now())
}

/**
 * Polls until the gate decides. Sleeps the poll interval (stretched when the rate limit runs low), never past the
 * deadline or the opening of the deployment window it waits for.
 */
export async function waitForDecision(gate: Gate, intervalMs: number): Promise<GateDecision> {
  let said = ''
  for (;;) {
    const result = await evaluate(gate)
    if (result.decision !== 'pending') return result
    if (result.reason !== said) core.info((said = result.reason))
    const now = gate.clock.now()
    const wake = [
      now + pacedDelay(intervalMs, gate.reader.rateLimit, now, REQUESTS_PER_ROUND),
      gate.policy.deadline,
      result.waitingForWindow?.opensAt ?? Infinity
    ]
    await gate.clock.sleep(Math.max(0, Math.min(...wake) - now))
  }
}

/**
 * Ends a request this run decided: the comment first (it says why), then the issue is closed: completed when
 * approved, not planned otherwise. In pull-request mode the pull request stays open.
 */
export async function closeRequest(gate: Gate, result: GateDecision): Promise<void> {
  const { octokit, ctx, request } = gate
  await octokit.rest.issues.createComment({ ...ctx.repo, issue_number: request.number, body: decisionComment(result) })
  if (request.mode === 'issue' && !gate.observer.state.closed) {
    await octokit.rest.issues.update({
      ...ctx.repo,
      issue_number: request.number,
      state: 'closed',
      state_reason: result.decision === 'approved' ? 'completed' : 'not_planned'
    })
  }
  core.saveState(OPEN_REQUEST_STATE, '')
}
