import {
  ApiError,
  json,
  noContent,
  notFound,
  objectBody,
  optionalString,
  repoOf,
  requiredString,
  requireUser,
  stringList
} from '../context.js'
import type { Ctx, HandlerMap } from '../context.js'
import { paginate } from '../pagination.js'
import { issueLabelsJson, labelJson } from '../serialize.js'
import type { LabelRecord, RepoRecord } from '../state.js'
import { issueOf } from './issues.js'

function labelOf(ctx: Ctx, repo: RepoRecord): LabelRecord {
  const label = repo.labels.get(ctx.params.name.toLowerCase())
  if (!label) throw notFound()
  return label
}

function checkColor(color: string | undefined): void {
  if (color !== undefined && !/^#?[0-9a-f]{6}$/i.test(color)) {
    throw new ApiError(422, 'Validation Failed', [{ resource: 'Label', code: 'invalid', field: 'color' }])
  }
}

/** Label names from `{ labels: [...] }`, `[...]` or `{ labels: [{ name }] }`, as Octokit sends them. */
function labelNames(ctx: Ctx): string[] {
  const body = ctx.body
  if (Array.isArray(body)) return stringList(body, 'labels')
  const names = stringList(objectBody(ctx).labels, 'labels')
  if (names.some((name) => name.trim() === '')) {
    throw new ApiError(422, 'Validation Failed', [{ resource: 'Label', code: 'invalid', field: 'name' }])
  }
  return names
}

function issueLabels(ctx: Ctx, repo: RepoRecord, names: string[]) {
  return json(issueLabelsJson(repo, names, ctx.apiBase))
}

export const labelHandlers: HandlerMap = {
  'GET /repos/{owner}/{repo}/labels': (ctx) => {
    const repo = repoOf(ctx)
    return paginate(ctx, [...repo.labels.values()], (label) => labelJson(repo, label, ctx.apiBase))
  },
  'POST /repos/{owner}/{repo}/labels': (ctx) => {
    requireUser(ctx)
    const repo = repoOf(ctx)
    const body = objectBody(ctx)
    const name = requiredString(body, 'name', 'Label')
    const color = optionalString(body, 'color', 'Label')
    checkColor(color)
    if (repo.labels.has(name.toLowerCase())) {
      throw new ApiError(422, 'Validation Failed', [{ resource: 'Label', code: 'already_exists', field: 'name' }])
    }
    const label = ctx.state.createLabel(repo.owner, repo.name, {
      name,
      color,
      description: optionalString(body, 'description', 'Label') ?? null
    })
    return json(labelJson(repo, label, ctx.apiBase), 201)
  },
  'GET /repos/{owner}/{repo}/labels/{name}': (ctx) => {
    const repo = repoOf(ctx)
    return json(labelJson(repo, labelOf(ctx, repo), ctx.apiBase))
  },
  'PATCH /repos/{owner}/{repo}/labels/{name}': (ctx) => {
    requireUser(ctx)
    const repo = repoOf(ctx)
    const label = labelOf(ctx, repo)
    const body = objectBody(ctx)
    const newName = optionalString(body, 'new_name', 'Label')
    const color = optionalString(body, 'color', 'Label')
    checkColor(color)
    if (color !== undefined) label.color = color.replace(/^#/, '')
    if (body.description !== undefined) label.description = optionalString(body, 'description', 'Label') ?? null
    if (newName !== undefined && newName !== label.name) {
      repo.labels.delete(label.name.toLowerCase())
      for (const issue of repo.issues.values()) {
        issue.labels = issue.labels.map((name) => (name.toLowerCase() === label.name.toLowerCase() ? newName : name))
      }
      label.name = newName
      repo.labels.set(newName.toLowerCase(), label)
    }
    return json(labelJson(repo, label, ctx.apiBase))
  },
  'DELETE /repos/{owner}/{repo}/labels/{name}': (ctx) => {
    requireUser(ctx)
    const repo = repoOf(ctx)
    const label = labelOf(ctx, repo)
    repo.labels.delete(label.name.toLowerCase())
    for (const issue of repo.issues.values()) {
      issue.labels = issue.labels.filter((name) => name.toLowerCase() !== label.name.toLowerCase())
    }
    return noContent()
  },
  'GET /repos/{owner}/{repo}/issues/{issue_number}/labels': (ctx) => {
    const repo = repoOf(ctx)
    const issue = issueOf(ctx, repo)
    return paginate(ctx, issueLabelsJson(repo, issue.labels, ctx.apiBase))
  },
  'POST /repos/{owner}/{repo}/issues/{issue_number}/labels': (ctx) => {
    requireUser(ctx)
    const repo = repoOf(ctx)
    const issue = issueOf(ctx, repo)
    const labels = ctx.state.addLabels(repo.owner, repo.name, issue.number, labelNames(ctx))
    issue.updatedAt = ctx.state.timestamp()
    return issueLabels(ctx, repo, labels)
  },
  'PUT /repos/{owner}/{repo}/issues/{issue_number}/labels': (ctx) => {
    requireUser(ctx)
    const repo = repoOf(ctx)
    const issue = issueOf(ctx, repo)
    const names = labelNames(ctx)
    issue.labels = []
    const labels = ctx.state.addLabels(repo.owner, repo.name, issue.number, names)
    issue.updatedAt = ctx.state.timestamp()
    return issueLabels(ctx, repo, labels)
  },
  'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels': (ctx) => {
    requireUser(ctx)
    const repo = repoOf(ctx)
    const issue = issueOf(ctx, repo)
    issue.labels = []
    issue.updatedAt = ctx.state.timestamp()
    return noContent()
  },
  'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}': (ctx) => {
    requireUser(ctx)
    const repo = repoOf(ctx)
    const issue = issueOf(ctx, repo)
    const name = ctx.params.name.toLowerCase()
    if (!issue.labels.some((label) => label.toLowerCase() === name)) throw new ApiError(404, 'Label does not exist')
    issue.labels = issue.labels.filter((label) => label.toLowerCase() !== name)
    issue.updatedAt = ctx.state.timestamp()
    return issueLabels(ctx, repo, issue.labels)
  }
}
