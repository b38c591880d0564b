import {
  ApiError,
  checkBodyLength,
  intParam,
  json,
  noContent,
  notFound,
  objectBody,
  optionalString,
  repoOf,
  requireUser,
  sinceParam,
  sortRecords,
  stringList
} from '../context.js'
import type { Ctx, HandlerMap } from '../context.js'
import { paginate } from '../pagination.js'
import { issueJson } from '../serialize.js'
import type { IssueRecord, RepoRecord } from '../state.js'

export function issueOf(ctx: Ctx, repo: RepoRecord, param = 'issue_number'): IssueRecord {
  const issue = repo.issues.get(intParam(ctx, param))
  if (!issue) throw notFound()
  return issue
}

const STATE_REASONS = ['completed', 'not_planned', 'reopened', 'duplicate'] as const

function listIssues(ctx: Ctx) {
  const repo = repoOf(ctx)
  const state = ctx.query.get('state') ?? 'open'
  const labels = (ctx.query.get('labels') ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean)
  const creator = ctx.query.get('creator')?.toLowerCase()
  const assignee = ctx.query.get('assignee')
  const since = sinceParam(ctx)
  const sort = ctx.query.get('sort') ?? 'created'
  const direction = ctx.query.get('direction') ?? 'desc'
  const commentCount = (issue: IssueRecord): number =>
    [...repo.comments.values()].filter((comment) => comment.issueNumber === issue.number).length
  let items = [...repo.issues.values()].filter((issue) => {
    if (state !== 'all' && issue.state !== state) return false
    if (labels.some((name) => !issue.labels.some((label) => label.toLowerCase() === name))) return false
    if (creator && issue.user.toLowerCase() !== creator) return false
    if (assignee === 'none' && issue.assignees.length > 0) return false
    if (assignee === '*' && issue.assignees.length === 0) return false
    if (assignee && assignee !== 'none' && assignee !== '*') {
      if (!issue.assignees.some((login) => login.toLowerCase() === assignee.toLowerCase())) return false
    }
    if (since !== undefined && Date.parse(issue.updatedAt) < since) return false
    return true
  })
  const key =
    sort === 'updated'
      ? (issue: IssueRecord) => `${issue.updatedAt}|${String(issue.number).padStart(9, '0')}`
      : sort === 'comments'
        ? (issue: IssueRecord) => commentCount(issue) * 1e9 + issue.number
        : (issue: IssueRecord) => issue.number
  items = sortRecords(items, key, direction)
  return paginate(ctx, items, (issue) => issueJson(ctx.state, repo, issue, ctx.apiBase))
}

function createIssue(ctx: Ctx) {
  const user = requireUser(ctx)
  const repo = repoOf(ctx)
  const body = objectBody(ctx)
  const title = typeof body.title === 'number' ? String(body.title) : optionalString(body, 'title', 'Issue')
  if (!title) {
    throw new ApiError(422, 'Validation Failed', [{ resource: 'Issue', field: 'title', code: 'missing_field' }])
  }
  const text = optionalString(body, 'body', 'Issue')
  checkBodyLength(text, 'Issue')
  const assignees = stringList(body.assignees, 'assignees')
  // An assignee who cannot be assigned fails the whole request (trstringer/manual-approval's issue #101 shows the
  // 422 "Validation Failed" with field assignees that GitHub answers).
  const invalid = assignees.find((login) => !ctx.state.canBeAssigned(repo.owner, repo.name, login))
  if (invalid !== undefined) {
    throw new ApiError(422, 'Validation Failed', [
      { value: invalid, resource: 'Issue', field: 'assignees', code: 'invalid' }
    ])
  }
  const issue = ctx.state.createIssue(repo.owner, repo.name, {
    title,
    body: text ?? null,
    labels: stringList(body.labels, 'labels'),
    assignees,
    user: user.login
  })
  return json(issueJson(ctx.state, repo, issue, ctx.apiBase), 201, {
    location: `${ctx.apiBase}/repos/${repo.owner}/${repo.name}/issues/${issue.number}`
  })
}

/** Applies the fields GitHub's PATCH on issues (and pulls) accepts. */
export function updateIssueFields(ctx: Ctx, repo: RepoRecord, issue: IssueRecord, resource: string): void {
  const user = requireUser(ctx)
  const body = objectBody(ctx)
  const title = optionalString(body, 'title', resource)
  if (title !== undefined) {
    if (title === '')
      throw new ApiError(422, 'Validation Failed', [{ resource, field: 'title', code: 'missing_field' }])
    issue.title = title
  }
  if (body.body !== undefined) {
    const text = body.body === null ? null : (optionalString(body, 'body', resource) ?? null)
    checkBodyLength(text, resource)
    if (text !== issue.body) {
      issue.lastEditedAt = ctx.state.timestamp()
      issue.editor = user.login
    }
    issue.body = text
  }
  const reason = body.state_reason
  if (reason !== undefined && reason !== null && !(STATE_REASONS as readonly unknown[]).includes(reason)) {
    throw new ApiError(422, 'Validation Failed', [{ resource, field: 'state_reason', code: 'invalid', value: reason }])
  }
  const state = body.state
  if (state !== undefined) {
    if (state !== 'open' && state !== 'closed') {
      throw new ApiError(422, 'Validation Failed', [{ resource, field: 'state', code: 'invalid', value: state }])
    }
    if (state === 'closed' && issue.state === 'open') {
      issue.state = 'closed'
      issue.closedAt = ctx.state.timestamp()
      issue.closedBy = user.login
      issue.stateReason = (reason as IssueRecord['stateReason']) ?? 'completed'
    } else if (state === 'open' && issue.state === 'closed') {
      issue.state = 'open'
      issue.closedAt = null
      issue.closedBy = null
      issue.stateReason = 'reopened'
    } else if (reason !== undefined) {
      issue.stateReason = reason as IssueRecord['stateReason']
    }
  } else if (reason !== undefined && issue.state === 'closed') {
    issue.stateReason = reason as IssueRecord['stateReason']
  }
  if (body.labels !== undefined) {
    issue.labels = []
    ctx.state.addLabels(repo.owner, repo.name, issue.number, stringList(body.labels, 'labels'))
  }
  if (body.assignees !== undefined) {
    issue.assignees = stringList(body.assignees, 'assignees').map((login) => ctx.state.addUser(login).login)
  }
  issue.updatedAt = ctx.state.timestamp()
}

export const issueHandlers: HandlerMap = {
  'GET /repos/{owner}/{repo}/assignees/{assignee}': (ctx) => {
    const repo = repoOf(ctx)
    if (!ctx.state.canBeAssigned(repo.owner, repo.name, ctx.params.assignee)) throw notFound()
    return noContent()
  },
  'GET /repos/{owner}/{repo}/issues': listIssues,
  'POST /repos/{owner}/{repo}/issues': createIssue,
  'GET /repos/{owner}/{repo}/issues/{issue_number}': (ctx) => {
    const repo = repoOf(ctx)
    return json(issueJson(ctx.state, repo, issueOf(ctx, repo), ctx.apiBase))
  },
  'PATCH /repos/{owner}/{repo}/issues/{issue_number}': (ctx) => {
    const repo = repoOf(ctx)
    const issue = issueOf(ctx, repo)
    updateIssueFields(ctx, repo, issue, 'Issue')
    return json(issueJson(ctx.state, repo, issue, ctx.apiBase))
  }
}
