import {
  checkBodyLength,
  intParam,
  json,
  noContent,
  notFound,
  objectBody,
  repoOf,
  requiredString,
  requireUser,
  sinceParam,
  sortRecords
} from '../context.js'
import type { Ctx, HandlerMap } from '../context.js'
import { paginate } from '../pagination.js'
import { commentJson } from '../serialize.js'
import type { CommentRecord, RepoRecord } from '../state.js'
import { issueOf } from './issues.js'

export function commentOf(ctx: Ctx, repo: RepoRecord): CommentRecord {
  const comment = repo.comments.get(intParam(ctx, 'comment_id'))
  if (!comment) throw notFound()
  return comment
}

function commentText(ctx: Ctx): string {
  const body = requiredString(objectBody(ctx), 'body', 'IssueComment')
  checkBodyLength(body, 'IssueComment')
  return body
}

function sinceFilter(ctx: Ctx): (comment: CommentRecord) => boolean {
  const since = sinceParam(ctx)
  return (comment) => since === undefined || Date.parse(comment.updatedAt) >= since
}

export const commentHandlers: HandlerMap = {
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': (ctx) => {
    const repo = repoOf(ctx)
    const issue = issueOf(ctx, repo)
    const keep = sinceFilter(ctx)
    const items = [...repo.comments.values()].filter((c) => c.issueNumber === issue.number && keep(c))
    return paginate(ctx, items, (comment) => commentJson(ctx.state, repo, comment, ctx.apiBase))
  },
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': (ctx) => {
    const user = requireUser(ctx)
    const repo = repoOf(ctx)
    const issue = issueOf(ctx, repo)
    const comment = ctx.state.addComment(repo.owner, repo.name, issue.number, {
      body: commentText(ctx),
      user: user.login
    })
    const body = commentJson(ctx.state, repo, comment, ctx.apiBase)
    return json(body, 201, { location: String(body.url) })
  },
  'GET /repos/{owner}/{repo}/issues/comments': (ctx) => {
    const repo = repoOf(ctx)
    const keep = sinceFilter(ctx)
    const sort = ctx.query.get('sort') ?? 'created'
    const direction = ctx.query.get('direction') ?? 'asc'
    const items = sortRecords(
      [...repo.comments.values()].filter(keep),
      (c) => (sort === 'updated' ? `${c.updatedAt}|${String(c.id).padStart(16, '0')}` : c.id),
      direction
    )
    return paginate(ctx, items, (comment) => commentJson(ctx.state, repo, comment, ctx.apiBase))
  },
  'GET /repos/{owner}/{repo}/issues/comments/{comment_id}': (ctx) => {
    const repo = repoOf(ctx)
    return json(commentJson(ctx.state, repo, commentOf(ctx, repo), ctx.apiBase))
  },
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': (ctx) => {
    const user = requireUser(ctx)
    const repo = repoOf(ctx)
    const comment = ctx.state.editComment(repo.owner, repo.name, commentOf(ctx, repo).id, commentText(ctx), user.login)
    return json(commentJson(ctx.state, repo, comment, ctx.apiBase))
  },
  'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}': (ctx) => {
    requireUser(ctx)
    const repo = repoOf(ctx)
    ctx.state.deleteComment(repo.owner, repo.name, commentOf(ctx, repo).id)
    return noContent()
  }
}
