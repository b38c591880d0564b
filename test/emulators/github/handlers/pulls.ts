import {
  ApiError,
  checkBodyLength,
  intParam,
  json,
  notFound,
  objectBody,
  optionalString,
  repoOf,
  requireUser,
  sortRecords,
  stringList,
  validationFailed
} from '../context.js'
import type { Ctx, HandlerMap } from '../context.js'
import { paginate } from '../pagination.js'
import { pullJson, reviewJson, teamJson, userByLogin } from '../serialize.js'
import { fullRef } from '../state.js'
import type { PullRecord, RepoRecord, ReviewState } from '../state.js'
import { updateIssueFields } from './issues.js'
import { diffFiles } from './repos.js'

export function pullOf(ctx: Ctx, repo: RepoRecord): PullRecord {
  const pull = repo.pulls.get(intParam(ctx, 'pull_number'))
  if (!pull) throw notFound()
  return pull
}

/** 'branch' or 'owner:branch' -> branch, checking the owner is this repository's (forks are not emulated). */
function branchName(repo: RepoRecord, value: string): string | undefined {
  const colon = value.indexOf(':')
  if (colon < 0) return value
  return value.slice(0, colon).toLowerCase() === repo.owner.toLowerCase() ? value.slice(colon + 1) : undefined
}

function listPulls(ctx: Ctx) {
  const repo = repoOf(ctx)
  const state = ctx.query.get('state') ?? 'open'
  const head = ctx.query.get('head')
  const base = ctx.query.get('base')
  const sort = ctx.query.get('sort') ?? 'created'
  const direction = ctx.query.get('direction') ?? (sort === 'created' ? 'desc' : 'asc')
  // Like GitHub, a `head` without the `owner:` prefix filters nothing.
  const headFilter = head?.includes(':') ? head : undefined
  const items = [...repo.pulls.values()].filter((pull) => {
    const issue = repo.issues.get(pull.number)
    if (!issue) return false
    if (state !== 'all' && issue.state !== state) return false
    if (headFilter && `${pull.headOwner}:${pull.head}`.toLowerCase() !== headFilter.toLowerCase()) return false
    if (base && pull.base !== base) return false
    return true
  })
  const updated = (pull: PullRecord) => repo.issues.get(pull.number)?.updatedAt ?? ''
  const sorted =
    sort === 'updated'
      ? sortRecords(items, (pull) => `${updated(pull)}|${String(pull.number).padStart(9, '0')}`, direction)
      : sortRecords(items, (pull) => pull.number, direction)
  return paginate(ctx, sorted, (pull) => pullJson(ctx.state, repo, pull, ctx.apiBase))
}

function createPull(ctx: Ctx) {
  const user = requireUser(ctx)
  const repo = repoOf(ctx)
  const body = objectBody(ctx)
  const title = optionalString(body, 'title', 'PullRequest')
  const headInput = optionalString(body, 'head', 'PullRequest')
  const baseInput = optionalString(body, 'base', 'PullRequest')
  const text = optionalString(body, 'body', 'PullRequest')
  if (!headInput) throw validationFailed({ resource: 'PullRequest', field: 'head', code: 'missing_field' })
  if (!baseInput) throw validationFailed({ resource: 'PullRequest', field: 'base', code: 'missing_field' })
  if (!title) throw validationFailed({ resource: 'PullRequest', field: 'title', code: 'missing_field' })
  checkBodyLength(text, 'PullRequest')
  const head = branchName(repo, headInput)
  const headSha = head === undefined ? undefined : repo.refs.get(fullRef(head))
  if (head === undefined || !headSha)
    throw validationFailed({ resource: 'PullRequest', field: 'head', code: 'invalid' })
  const baseSha = repo.refs.get(fullRef(baseInput))
  if (!baseSha) throw validationFailed({ resource: 'PullRequest', field: 'base', code: 'invalid' })
  const existing = [...repo.pulls.values()].find(
    (pull) => pull.head === head && pull.base === baseInput && repo.issues.get(pull.number)?.state === 'open'
  )
  if (existing) {
    throw validationFailed({
      resource: 'PullRequest',
      code: 'custom',
      message: `A pull request already exists for ${repo.owner}:${head}.`
    })
  }
  if (repo.git.isAncestor(headSha, baseSha)) {
    throw validationFailed({
      resource: 'PullRequest',
      code: 'custom',
      message: `No commits between ${baseInput} and ${head}`
    })
  }
  const pull = ctx.state.createPull(repo.owner, repo.name, {
    title,
    head,
    base: baseInput,
    body: text ?? null,
    user: user.login,
    draft: body.draft === true
  })
  pull.maintainerCanModify = body.maintainer_can_modify === true
  const answer = pullJson(ctx.state, repo, pull, ctx.apiBase)
  return json(answer, 201, { location: String(answer.url) })
}

function updatePull(ctx: Ctx) {
  const repo = repoOf(ctx)
  const pull = pullOf(ctx, repo)
  const issue = repo.issues.get(pull.number)
  if (!issue) throw notFound()
  const body = objectBody(ctx)
  const base = optionalString(body, 'base', 'PullRequest')
  if (base !== undefined) {
    if (!repo.refs.has(fullRef(base)))
      throw validationFailed({ resource: 'PullRequest', field: 'base', code: 'invalid' })
    pull.base = base
  }
  if (body.state === 'open' && issue.state === 'closed' && pull.merged) {
    throw validationFailed({ resource: 'PullRequest', code: 'custom', message: 'Cannot reopen a merged pull request.' })
  }
  ctx.state.pullHeadSha(repo, pull)
  const { labels: _labels, assignees: _assignees, state_reason: _reason, ...allowed } = body
  updateIssueFields({ ...ctx, body: allowed }, repo, issue, 'PullRequest')
  if (typeof body.maintainer_can_modify === 'boolean') pull.maintainerCanModify = body.maintainer_can_modify
  return json(pullJson(ctx.state, repo, pull, ctx.apiBase))
}

const REVIEW_EVENTS: Record<string, ReviewState> = {
  APPROVE: 'APPROVED',
  REQUEST_CHANGES: 'CHANGES_REQUESTED',
  COMMENT: 'COMMENTED'
}

function createReview(ctx: Ctx) {
  const user = requireUser(ctx)
  const repo = repoOf(ctx)
  const pull = pullOf(ctx, repo)
  const issue = repo.issues.get(pull.number)
  const body = objectBody(ctx)
  const event = optionalString(body, 'event', 'PullRequestReview')
  const state: ReviewState = event === undefined ? 'PENDING' : (REVIEW_EVENTS[event] ?? 'PENDING')
  if (event !== undefined && !REVIEW_EVENTS[event]) {
    throw validationFailed({ resource: 'PullRequestReview', field: 'event', code: 'invalid', value: event })
  }
  const own = issue?.user.toLowerCase() === user.login.toLowerCase()
  if (own && state === 'APPROVED')
    throw new ApiError(422, 'Unprocessable Entity', ['Can not approve your own pull request'])
  if (own && state === 'CHANGES_REQUESTED') {
    throw new ApiError(422, 'Unprocessable Entity', ['Can not request changes on your own pull request'])
  }
  const text = optionalString(body, 'body', 'PullRequestReview') ?? ''
  checkBodyLength(text, 'PullRequestReview')
  const review = ctx.state.addReview(repo.owner, repo.name, pull.number, {
    user: user.login,
    state,
    body: text,
    commitId: optionalString(body, 'commit_id', 'PullRequestReview')
  })
  return json(reviewJson(ctx.state, repo, pull, review, ctx.apiBase))
}

function requestedReviewersJson(ctx: Ctx, repo: RepoRecord, pull: PullRecord) {
  return {
    users: pull.requestedReviewers.map((login) => userByLogin(ctx.state, login, ctx.apiBase)),
    teams: pull.requestedTeams.flatMap((slug) => {
      const team = ctx.state.team(repo.owner, slug)
      return team ? [teamJson(team, ctx.apiBase)] : []
    })
  }
}

function requestReviewers(ctx: Ctx) {
  requireUser(ctx)
  const repo = repoOf(ctx)
  const pull = pullOf(ctx, repo)
  const body = objectBody(ctx)
  const reviewers = stringList(body.reviewers, 'reviewers')
  const teams = stringList(body.team_reviewers, 'team_reviewers')
  const author = repo.issues.get(pull.number)?.user.toLowerCase()
  if (reviewers.some((login) => login.toLowerCase() === author)) {
    throw new ApiError(422, 'Review cannot be requested from pull request author.')
  }
  const notCollaborator =
    reviewers.some((login) => {
      if (!ctx.state.user(login)) return true
      return ctx.state.permission(repo.owner, repo.name, login) === 'none' && !ctx.state.isOrgMember(repo.owner, login)
    }) || teams.some((slug) => !ctx.state.team(repo.owner, slug))
  if (notCollaborator) {
    throw new ApiError(
      422,
      `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${repo.owner}/${repo.name} repository.`
    )
  }
  for (const login of reviewers) {
    const canonical = ctx.state.addUser(login).login
    if (!pull.requestedReviewers.some((existing) => existing.toLowerCase() === canonical.toLowerCase())) {
      pull.requestedReviewers.push(canonical)
    }
  }
  for (const slug of teams) {
    const canonical = ctx.state.team(repo.owner, slug)?.slug ?? slug
    if (!pull.requestedTeams.includes(canonical)) pull.requestedTeams.push(canonical)
  }
  return json(pullJson(ctx.state, repo, pull, ctx.apiBase), 201)
}

function removeRequestedReviewers(ctx: Ctx) {
  requireUser(ctx)
  const repo = repoOf(ctx)
  const pull = pullOf(ctx, repo)
  const body = objectBody(ctx)
  const reviewers = stringList(body.reviewers, 'reviewers').map((login) => login.toLowerCase())
  const teams = stringList(body.team_reviewers, 'team_reviewers').map((slug) => slug.toLowerCase())
  pull.requestedReviewers = pull.requestedReviewers.filter((login) => !reviewers.includes(login.toLowerCase()))
  pull.requestedTeams = pull.requestedTeams.filter((slug) => !teams.includes(slug.toLowerCase()))
  return json(pullJson(ctx.state, repo, pull, ctx.apiBase))
}

/** Merges without conflict detection: the result tree is the head tree. */
function mergePull(ctx: Ctx) {
  const user = requireUser(ctx)
  const repo = repoOf(ctx)
  const pull = pullOf(ctx, repo)
  const issue = repo.issues.get(pull.number)
  if (!issue || issue.state !== 'open' || pull.merged) throw new ApiError(405, 'Pull Request is not mergeable')
  const body = objectBody(ctx)
  const method = optionalString(body, 'merge_method', 'PullRequest') ?? 'merge'
  const headSha = ctx.state.pullHeadSha(repo, pull)
  const expected = optionalString(body, 'sha', 'PullRequest')
  if (expected !== undefined && expected !== headSha) {
    throw new ApiError(409, 'Head branch was modified. Review and try the merge again.')
  }
  const baseSha = repo.refs.get(fullRef(pull.base))
  if (!baseSha) throw new ApiError(405, 'Base branch was deleted')
  const headCommit = ctx.state.commitOf(repo, headSha)
  const person = ctx.state.gitIdentity(user.login)
  const title = optionalString(body, 'commit_title', 'PullRequest')
  const message = optionalString(body, 'commit_message', 'PullRequest')
  const merge = repo.git.writeCommit({
    tree: headCommit.tree,
    parents: method === 'merge' ? [baseSha, headSha] : [baseSha],
    message:
      (title ??
        (method === 'merge'
          ? `Merge pull request #${pull.number} from ${repo.owner}/${pull.head}`
          : `${issue.title} (#${pull.number})`)) + (message ? `\n\n${message}` : ''),
    author: person,
    committer: person
  })
  repo.refs.set(fullRef(pull.base), merge.sha)
  const now = ctx.state.timestamp()
  Object.assign(pull, { merged: true, mergedAt: now, mergedBy: user.login, mergeCommitSha: merge.sha, headSha })
  Object.assign(issue, { state: 'closed', closedAt: now, closedBy: user.login, stateReason: null, updatedAt: now })
  return json({ sha: merge.sha, merged: true, message: 'Pull Request successfully merged' })
}

/**
 * GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls, as GitHub documents it: "Lists the merged pull request that
 * introduced the commit to the repository. If the commit is not present in the default branch, it will return merged
 * and open pull requests associated with the commit." (api.github.com OpenAPI description,
 * repos/list-pull-requests-associated-with-commit, @octokit/openapi-types 29). A merged pull request introduced the
 * commits its merge commit reaches and its base did not (the merge commit itself for a squash or rebase merge).
 */
function pullsOfCommit(ctx: Ctx) {
  const repo = repoOf(ctx)
  const sha = ctx.state.resolveCommitish(repo, ctx.params.commit_sha)
  if (!sha) throw new ApiError(422, `No commit found for SHA: ${ctx.params.commit_sha}`)
  const defaultHead = repo.refs.get(fullRef(repo.defaultBranch))
  const onDefault = defaultHead !== undefined && repo.git.isAncestor(sha, defaultHead)
  const introduced = (pull: PullRecord): boolean => {
    if (!pull.merged || !pull.mergeCommitSha) return false
    if (pull.mergeCommitSha === sha) return true
    const firstParent = ctx.state.commitOf(repo, pull.mergeCommitSha).parents[0]
    return repo.git.isAncestor(sha, pull.mergeCommitSha) && !(firstParent && repo.git.isAncestor(sha, firstParent))
  }
  const items = [...repo.pulls.values()].filter((pull) => {
    if (introduced(pull)) return true
    if (onDefault) return false
    const open = repo.issues.get(pull.number)?.state === 'open'
    return (open || pull.merged) && repo.git.isAncestor(sha, ctx.state.pullHeadSha(repo, pull))
  })
  return paginate(
    ctx,
    sortRecords(items, (pull) => pull.number, 'desc'),
    (pull) => pullJson(ctx.state, repo, pull, ctx.apiBase)
  )
}

export const pullHandlers: HandlerMap = {
  'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls': pullsOfCommit,
  'GET /repos/{owner}/{repo}/pulls': listPulls,
  'POST /repos/{owner}/{repo}/pulls': createPull,
  'GET /repos/{owner}/{repo}/pulls/{pull_number}': (ctx) => {
    const repo = repoOf(ctx)
    return json(pullJson(ctx.state, repo, pullOf(ctx, repo), ctx.apiBase))
  },
  'PATCH /repos/{owner}/{repo}/pulls/{pull_number}': updatePull,
  // The files a pull request changes: its head against the merge base with its base branch, as GitHub lists them.
  // A merged pull request keeps its files: the base is taken as it was when it merged (the merge's first parent).
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/files': (ctx) => {
    const repo = repoOf(ctx)
    const pull = pullOf(ctx, repo)
    const headSha = ctx.state.pullHeadSha(repo, pull)
    const baseSha =
      pull.merged && pull.mergeCommitSha
        ? ctx.state.commitOf(repo, pull.mergeCommitSha).parents[0]
        : ctx.state.resolveCommitish(repo, pull.base)
    const mergeBase = baseSha ? repo.git.mergeBase(baseSha, headSha) : undefined
    return paginate(ctx, diffFiles(repo, ctx.apiBase, mergeBase, headSha))
  },
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews': (ctx) => {
    const repo = repoOf(ctx)
    const pull = pullOf(ctx, repo)
    return paginate(ctx, pull.reviews, (review) => reviewJson(ctx.state, repo, pull, review, ctx.apiBase))
  },
  'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews': createReview,
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers': (ctx) => {
    const repo = repoOf(ctx)
    return json(requestedReviewersJson(ctx, repo, pullOf(ctx, repo)))
  },
  'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers': requestReviewers,
  'DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers': removeRequestedReviewers,
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/merge': (ctx) => {
    const repo = repoOf(ctx)
    if (!pullOf(ctx, repo).merged) throw notFound()
    return { status: 204 }
  },
  'PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge': mergePull
}
