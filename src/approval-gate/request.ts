import { UserError } from '../core/action/errors.js'
import type { Approver } from '../core/config/types.js'
import type { GitHubClient, RepoRef, RunContext, TokenIdentity } from '../core/github/index.js'
import { httpStatus, isAssignable, isAuthoredBy } from '../core/github/index.js'
import { escapeMarkdownInline, marker, markerData, parseMarkerData } from '../core/render/markdown.js'
import { formatDuration } from '../core/time/duration.js'
import { parseDeploymentWindow } from '../core/time/windows.js'
import type { GatePolicy } from './model.js'
import type { GateSettings } from './settings.js'
import { formatUtc } from '../core/time/format.js'

export const ACTION = 'approval-gate'
export const REQUEST_MARKER = marker(ACTION, 'request')
export const DECISION_MARKER = marker(ACTION, 'decision')
const SCHEMA = 1

/** What a request records about itself, so a later run (`issue-number`) judges it by the rules it was opened with. */
export interface RequestRecord {
  schema: typeof SCHEMA
  mode: 'issue' | 'pull-request'
  approvers: string[]
  minApprovals: number
  denyWins: boolean
  windows: string[]
  outsideWindow: 'wait' | 'fail'
  allowSelfApproval: boolean
  excluded: Array<{ login: string; role: string }>
  /** ISO times. */
  createdAt: string
  deadline: string
  headSha?: string
  environment?: string
  runUrl: string
}

/** An open request: the issue (issue mode) or our request comment on the pull request. */
export interface GateRequest {
  mode: 'issue' | 'pull-request'
  /** Issue or pull request number. */
  number: number
  url: string
  /** Pull-request mode: our request comment (never itself a response). */
  commentId?: number
  /** When GitHub says the request was posted (epoch ms); comments older than this are not responses to it. */
  createdAt: number
  record: RequestRecord
}

export function policyOf(record: RequestRecord, selfId: number): GatePolicy {
  return {
    minApprovals: record.minApprovals,
    denyWins: record.denyWins,
    windows: record.windows.map((text) => {
      const parsed = parseDeploymentWindow(text)
      if (!parsed.ok)
        throw new UserError(`The request records a window '${text}' that does not parse: ${parsed.reason}`)
      return parsed.window
    }),
    outsideWindow: record.outsideWindow,
    allowSelfApproval: record.allowSelfApproval,
    excluded: record.excluded,
    deadline: Date.parse(record.deadline),
    headSha: record.headSha,
    selfId
  }
}

/** People who may not approve their own deployment, with why. */
export function excludedPeople(ctx: RunContext, prAuthor: string | undefined): RequestRecord['excluded'] {
  const people: RequestRecord['excluded'] = [
    { login: ctx.actor, role: 'the workflow actor' },
    { login: ctx.triggeringActor, role: 'the triggering actor' },
    { login: prAuthor ?? '', role: 'the pull request author' }
  ]
  const first = (p: { login: string }, i: number) =>
    people.findIndex((q) => q.login.toLowerCase() === p.login.toLowerCase()) === i
  return people.filter((p, i) => p.login !== '' && first(p, i))
}

function fill(template: string, settings: GateSettings, ctx: RunContext): string {
  const ref = (process.env.GITHUB_REF ?? '').replace(/^refs\/(heads|tags)\//, '')
  const values: Record<string, string> = {
    environment: settings.environment ? escapeMarkdownInline(settings.environment) : 'this deployment',
    'run-url': ctx.runUrl,
    ref: escapeMarkdownInline(ref || ctx.sha.slice(0, 7)),
    sha: ctx.sha.slice(0, 7),
    actor: ctx.actor
  }
  return template.replace(/\{(environment|run-url|ref|sha|actor)\}/g, (_, key: string) => values[key])
}

function requestText(settings: GateSettings, ctx: RunContext, record: RequestRecord, mentions: string[]): string {
  const windows = record.windows.length > 0 ? ` inside ${record.windows.map((w) => `\`${w}\``).join(' or ')}` : ''
  const self = record.allowSelfApproval ? '' : ` ${record.excluded.map((e) => e.login).join(', ')} cannot approve.`
  const reviews = record.mode === 'pull-request' ? ' An approving review of the head commit counts too.' : ''
  return [
    // Our record first, so nothing a template puts in the text comes before it.
    `${REQUEST_MARKER}\n${markerData(record)}`,
    fill(settings.issueBody, settings, ctx),
    '',
    `**${record.minApprovals} approval(s) needed** from ${record.approvers.map((a) => `\`${a}\``).join(', ')}${windows}.` +
      `${mentions.length > 0 ? ` cc ${mentions.join(' ')}` : ''}`,
    '',
    `Comment \`/approve [reason]\` or \`/deny <reason>\` as the first line of a new comment.${reviews}` +
      ` Only listed users and active members of listed teams with write access count, each once; edited comments` +
      ` do not count; a deny by an approver denies.${self}` +
      ` This request times out after ${formatDuration(Date.parse(record.deadline) - Date.parse(record.createdAt))}` +
      ` (${formatUtc(record.deadline)}); closing it cancels the deployment.`
  ].join('\n')
}

/**
 * Who gets assigned (up to GitHub's 10): listed users who can be assigned and may approve. Everyone else listed is
 * @-mentioned, teams included, so they are notified either way.
 */
async function assigneesAndMentions(
  octokit: GitHubClient,
  repo: RepoRef,
  approvers: Approver[],
  record: RequestRecord
): Promise<{ assignees: string[]; mentions: string[] }> {
  const assignees: string[] = []
  const mentions: string[] = []
  const excluded = new Set(record.allowSelfApproval ? [] : record.excluded.map((e) => e.login.toLowerCase()))
  for (const a of approvers) {
    if (a.kind === 'team') mentions.push(`@${a.org}/${a.slug}`)
    else if (excluded.has(a.login.toLowerCase())) continue
    else if (assignees.length < 10 && (await isAssignable(octokit, repo, a.login))) assignees.push(a.login)
    else mentions.push(`@${a.login}`)
  }
  return { assignees, mentions }
}

/** Opens the request: an issue (assigned and labelled) or a comment on the pull request. */
export async function openRequest(
  octokit: GitHubClient,
  ctx: RunContext,
  settings: GateSettings,
  record: Omit<RequestRecord, 'createdAt' | 'deadline'>,
  pullNumber: number | undefined,
  startedAt: number
): Promise<GateRequest> {
  // The deadline counts from now; GitHub's created_at replaces `createdAt` below once the object exists.
  const draft: RequestRecord = {
    ...record,
    createdAt: new Date(startedAt).toISOString(),
    deadline: new Date(startedAt + settings.timeoutMs).toISOString()
  }
  if (settings.mode === 'pull-request') {
    if (pullNumber === undefined) {
      throw new UserError(
        `Input 'mode' is 'pull-request' but event ${ctx.eventName} is not about a pull request; use mode 'issue'.`
      )
    }
    const mentions = settings.approvers.map((a) => `@${a.kind === 'team' ? `${a.org}/${a.slug}` : a.login}`)
    const { data } = await octokit.rest.issues.createComment({
      ...ctx.repo,
      issue_number: pullNumber,
      body: requestText(settings, ctx, draft, mentions)
    })
    const createdAt = Date.parse(data.created_at)
    return {
      mode: 'pull-request',
      number: pullNumber,
      url: data.html_url,
      commentId: data.id,
      createdAt,
      record: draft
    }
  }
  const { assignees, mentions } = await assigneesAndMentions(octokit, ctx.repo, settings.approvers, draft)
  const { data } = await octokit.rest.issues.create({
    ...ctx.repo,
    title: fill(settings.issueTitle, settings, ctx),
    body: requestText(settings, ctx, draft, mentions),
    labels: settings.labels,
    assignees
  })
  return {
    mode: 'issue',
    number: data.number,
    url: data.html_url,
    createdAt: Date.parse(data.created_at),
    record: draft
  }
}

function readRecord(body: string): RequestRecord | undefined {
  if (!body.startsWith(REQUEST_MARKER)) return undefined
  const data = parseMarkerData(body) as Partial<RequestRecord> | undefined
  return data?.schema === SCHEMA ? (data as RequestRecord) : undefined
}

/**
 * The request numbered `number`, for a one-time evaluation: an issue this action's token opened, or a pull request
 * carrying such a request comment. Fails closed when the record was edited after we wrote it (anyone with write
 * access can edit an issue body or a comment): its rules could have been changed.
 */
export async function loadRequest(
  octokit: GitHubClient,
  repo: RepoRef,
  number: number,
  self: TokenIdentity
): Promise<GateRequest> {
  const notOurs = `Input 'issue-number' is ${number}, which is not an approval request opened by this token`
  let issue
  try {
    ;({ data: issue } = await octokit.rest.issues.get({ ...repo, issue_number: number }))
  } catch (error) {
    if (httpStatus(error) === 404) throw new UserError(`${notOurs} (no such issue).`)
    throw error
  }
  if (issue.pull_request) {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      ...repo,
      issue_number: number,
      per_page: 100
    })
    const ours = comments.filter((c) => isAuthoredBy(c, self) && readRecord(c.body ?? '')).at(-1)
    if (!ours) throw new UserError(`${notOurs} (pull request #${number} has no request comment).`)
    if (ours.updated_at !== ours.created_at) {
      throw new UserError(
        `The request comment on #${number} was edited after it was posted; its rules cannot be trusted.`
      )
    }
    const record = readRecord(ours.body ?? '') as RequestRecord
    const createdAt = Date.parse(ours.created_at)
    return { mode: 'pull-request', number, url: ours.html_url, commentId: ours.id, createdAt, record }
  }
  const record = readRecord(issue.body ?? '')
  if (!record || !isAuthoredBy(issue, self)) throw new UserError(`${notOurs}.`)
  const edit = await octokit.graphql<{
    repository: { issue: { lastEditedAt: string | null; editor: { login: string } | null } }
  }>(
    'query($owner: String!, $name: String!, $number: Int!) { repository(owner: $owner, name: $name) { issue(number: $number) { lastEditedAt editor { login } } } }',
    { owner: repo.owner, name: repo.repo, number }
  )
  const edited = edit.repository.issue
  if (edited.lastEditedAt) {
    throw new UserError(
      `Approval issue #${number} was edited by ${edited.editor?.login ?? 'someone'} at ${edited.lastEditedAt}; its rules cannot be trusted, open a new request.`
    )
  }
  return { mode: 'issue', number, url: issue.html_url, createdAt: Date.parse(issue.created_at), record }
}
