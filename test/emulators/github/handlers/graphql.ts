import { ApiError, json } from '../context.js'
import type { Ctx, HandlerMap } from '../context.js'
import type { FlatEntry } from '../git.js'
import { GraphQLSyntaxError, parseOperation } from '../graphql-parse.js'
import type { Selection } from '../graphql-parse.js'
import { WEB } from '../serialize.js'
import { fullRef } from '../state.js'
import type { CommentRecord, GitHubState, PullRecord, RepoRecord, UserRecord } from '../state.js'

/** A GraphQL error as GitHub reports it (HTTP 200, `errors[]` beside `data`). */
class GraphQLError extends Error {
  constructor(
    readonly type: string,
    message: string
  ) {
    super(message)
  }
}

type Args = Record<string, unknown>

function input(args: Args): Args {
  const value = args.input
  if (!value || typeof value !== 'object') throw new GraphQLError('INVALID', "Argument 'input' on Field is required")
  return value as Args
}

function text(value: unknown, name: string): string {
  if (typeof value !== 'string' || value === '') throw new GraphQLError('INVALID', `Expected value for ${name}`)
  return value
}

function notFoundNode(id: unknown): GraphQLError {
  return new GraphQLError('NOT_FOUND', `Could not resolve to a node with the global id of '${String(id)}'.`)
}

type Node =
  | { kind: 'pull'; repo: RepoRecord; pull: PullRecord }
  | { kind: 'comment'; repo: RepoRecord; comment: CommentRecord }
  | { kind: 'repo'; repo: RepoRecord }

function findNode(state: GitHubState, id: unknown): Node | undefined {
  for (const repo of state.allRepos()) {
    if (repo.nodeId === id) return { kind: 'repo', repo }
    for (const pull of repo.pulls.values()) if (pull.nodeId === id) return { kind: 'pull', repo, pull }
    for (const comment of repo.comments.values()) if (comment.nodeId === id) return { kind: 'comment', repo, comment }
  }
  return undefined
}

function actorJson(user: UserRecord) {
  return {
    __typename: user.type === 'Bot' ? 'Bot' : 'User',
    login: user.login,
    id: user.nodeId,
    databaseId: user.id,
    url: user.type === 'Bot' ? `${WEB}/apps/${user.login.replace(/\[bot\]$/, '')}` : `${WEB}/${user.login}`
  }
}

function pullNode(ctx: Ctx, repo: RepoRecord, pull: PullRecord) {
  const issue = repo.issues.get(pull.number)
  return {
    __typename: 'PullRequest',
    id: pull.nodeId,
    databaseId: pull.id,
    number: pull.number,
    title: issue?.title,
    state: pull.merged ? 'MERGED' : issue?.state === 'open' ? 'OPEN' : 'CLOSED',
    url: `${WEB}/${repo.owner}/${repo.name}/pull/${pull.number}`,
    headRefName: pull.head,
    headRefOid: ctx.state.pullHeadSha(repo, pull),
    baseRefName: pull.base,
    isDraft: pull.draft,
    merged: pull.merged,
    mergeStateStatus: pull.mergeableState.toUpperCase(),
    autoMergeRequest: pull.autoMerge
      ? {
          enabledAt: pull.autoMerge.enabledAt,
          mergeMethod: pull.autoMerge.mergeMethod,
          commitHeadline: pull.autoMerge.commitTitle,
          commitBody: pull.autoMerge.commitMessage,
          enabledBy: actorJson(ctx.state.addUser(pull.autoMerge.enabledBy))
        }
      : null
  }
}

function repositoryNode(ctx: Ctx, repo: RepoRecord) {
  return {
    __typename: 'Repository',
    id: repo.nodeId,
    databaseId: repo.id,
    name: repo.name,
    nameWithOwner: `${repo.owner}/${repo.name}`,
    url: `${WEB}/${repo.owner}/${repo.name}`,
    autoMergeAllowed: repo.allowAutoMerge,
    defaultBranchRef: { name: repo.defaultBranch, target: { oid: repo.refs.get(fullRef(repo.defaultBranch)) } },
    pullRequest: (args: Args) => {
      const pull = repo.pulls.get(Number(args.number))
      if (!pull) {
        throw new GraphQLError(
          'NOT_FOUND',
          `Could not resolve to a PullRequest with the number of ${String(args.number)}.`
        )
      }
      return pullNode(ctx, repo, pull)
    },
    issue: (args: Args) => {
      const issue = repo.issues.get(Number(args.number))
      if (!issue || issue.pull) {
        throw new GraphQLError('NOT_FOUND', `Could not resolve to an Issue with the number of ${String(args.number)}.`)
      }
      return {
        __typename: 'Issue',
        id: issue.nodeId,
        databaseId: issue.id,
        number: issue.number,
        title: issue.title,
        body: issue.body ?? '',
        state: issue.state === 'open' ? 'OPEN' : 'CLOSED',
        url: `${WEB}/${repo.owner}/${repo.name}/issues/${issue.number}`,
        author: actorJson(ctx.state.addUser(issue.user)),
        createdAt: issue.createdAt,
        // Issue.lastEditedAt / editor (the Comment interface): null until the body is edited.
        lastEditedAt: issue.lastEditedAt,
        editor: issue.editor ? actorJson(ctx.state.addUser(issue.editor)) : null
      }
    },
    ref: (args: Args) => {
      const name = typeof args.qualifiedName === 'string' ? args.qualifiedName : ''
      const sha = repo.refs.get(fullRef(name))
      return sha
        ? { name: name.replace(/^refs\/(heads|tags)\//, ''), prefix: 'refs/heads/', target: { oid: sha } }
        : null
    }
  }
}

function enablePullRequestAutoMerge(ctx: Ctx, user: UserRecord, args: Args) {
  const values = input(args)
  const node = findNode(ctx.state, values.pullRequestId)
  if (node?.kind !== 'pull') throw notFoundNode(values.pullRequestId)
  const { repo, pull } = node
  if (!repo.allowAutoMerge) throw new GraphQLError('UNPROCESSABLE', 'Auto merge is not allowed for this repository')
  if (repo.issues.get(pull.number)?.state !== 'open' || pull.merged) {
    throw new GraphQLError('UNPROCESSABLE', 'Pull request is not in the correct state to enable auto-merge')
  }
  if (pull.mergeableState === 'clean') throw new GraphQLError('UNPROCESSABLE', 'Pull request is in clean status')
  const method = typeof values.mergeMethod === 'string' ? values.mergeMethod : 'MERGE'
  if (!['MERGE', 'SQUASH', 'REBASE'].includes(method)) {
    throw new GraphQLError('INVALID', `Argument 'mergeMethod' has an invalid value (${method}).`)
  }
  pull.autoMerge = {
    enabledBy: user.login,
    mergeMethod: method as 'MERGE' | 'SQUASH' | 'REBASE',
    commitTitle: typeof values.commitHeadline === 'string' ? values.commitHeadline : null,
    commitMessage: typeof values.commitBody === 'string' ? values.commitBody : null,
    enabledAt: ctx.state.timestamp()
  }
  return {
    clientMutationId: values.clientMutationId ?? null,
    actor: actorJson(user),
    pullRequest: pullNode(ctx, repo, pull)
  }
}

function disablePullRequestAutoMerge(ctx: Ctx, user: UserRecord, args: Args) {
  const values = input(args)
  const node = findNode(ctx.state, values.pullRequestId)
  if (node?.kind !== 'pull') throw notFoundNode(values.pullRequestId)
  node.pull.autoMerge = null
  return {
    clientMutationId: values.clientMutationId ?? null,
    actor: actorJson(user),
    pullRequest: pullNode(ctx, node.repo, node.pull)
  }
}

function branchTarget(ctx: Ctx, branch: Args): { repo: RepoRecord; name: string } {
  if (typeof branch.id === 'string') {
    const decoded = Buffer.from(branch.id.replace(/^REF_kwDO/, ''), 'base64url').toString('utf8')
    const [repoId, ref] = [decoded.slice(0, decoded.indexOf(':')), decoded.slice(decoded.indexOf(':') + 1)]
    const repo = ctx.state.allRepos().find((candidate) => String(candidate.id) === repoId)
    if (!repo || !ref.startsWith('refs/heads/')) throw notFoundNode(branch.id)
    return { repo, name: ref.slice('refs/heads/'.length) }
  }
  const nameWithOwner = text(branch.repositoryNameWithOwner, 'repositoryNameWithOwner')
  const [owner, name] = nameWithOwner.split('/')
  const repo = ctx.state.findRepo(owner ?? '', name ?? '')
  if (!repo) {
    throw new GraphQLError('NOT_FOUND', `Could not resolve to a Repository with the name '${nameWithOwner}'.`)
  }
  return { repo, name: text(branch.branchName, 'branchName').replace(/^refs\/heads\//, '') }
}

function createCommitOnBranch(ctx: Ctx, user: UserRecord, args: Args) {
  const values = input(args)
  const { repo, name } = branchTarget(ctx, (values.branch ?? {}) as Args)
  const ref = fullRef(name)
  const head = repo.refs.get(ref)
  if (!head) throw new GraphQLError('NOT_FOUND', `A ref named "${ref}" does not exist.`)
  const expected = text(values.expectedHeadOid, 'expectedHeadOid')
  if (expected !== head) {
    throw new GraphQLError(
      'STALE_DATA',
      `Expected branch to point to "${expected}" but it did not. Pull and try again.`
    )
  }
  const message = (values.message ?? {}) as Args
  const headline = text(message.headline, 'message.headline')
  const changes = (values.fileChanges ?? {}) as { additions?: Args[]; deletions?: Args[] }
  const files: Map<string, FlatEntry> = repo.git.flatten(ctx.state.commitOf(repo, head).tree)
  for (const deletion of changes.deletions ?? []) {
    const path = text(deletion.path, 'fileChanges.deletions.path')
    if (!files.delete(path)) {
      throw new GraphQLError(
        'UNPROCESSABLE',
        `A path was requested for deletion which does not exist as of commit oid \`${head}\``
      )
    }
  }
  for (const addition of changes.additions ?? []) {
    const path = text(addition.path, 'fileChanges.additions.path')
    const contents = typeof addition.contents === 'string' ? addition.contents : ''
    files.set(path, {
      mode: files.get(path)?.mode ?? '100644',
      type: 'blob',
      sha: repo.git.writeBlob(Buffer.from(contents, 'base64')).sha
    })
  }
  const tree = repo.git.buildTree(files)
  const identity = ctx.state.gitIdentity(user.login)
  const body = typeof message.body === 'string' && message.body !== '' ? `\n\n${message.body}` : ''
  const commit = repo.git.writeCommit({
    tree: tree.sha,
    parents: [head],
    message: `${headline}${body}`,
    author: identity,
    committer: { name: 'GitHub', email: 'noreply@github.com', date: identity.date },
    verified: true
  })
  repo.refs.set(ref, commit.sha)
  return {
    clientMutationId: values.clientMutationId ?? null,
    commit: {
      __typename: 'Commit',
      oid: commit.sha,
      abbreviatedOid: commit.sha.slice(0, 7),
      url: `${WEB}/${repo.owner}/${repo.name}/commit/${commit.sha}`,
      message: commit.message,
      messageHeadline: headline
    },
    ref: { name, prefix: 'refs/heads/', target: { oid: commit.sha } }
  }
}

const MINIMIZE_REASONS: Record<string, string> = {
  ABUSE: 'abuse',
  OFF_TOPIC: 'off-topic',
  OUTDATED: 'outdated',
  RESOLVED: 'resolved',
  DUPLICATE: 'duplicate',
  SPAM: 'spam'
}

function minimizeComment(ctx: Ctx, _user: UserRecord, args: Args, minimize = true) {
  const values = input(args)
  const node = findNode(ctx.state, values.subjectId)
  if (node?.kind !== 'comment') throw notFoundNode(values.subjectId)
  if (minimize) {
    const reason = MINIMIZE_REASONS[String(values.classifier)]
    if (!reason)
      throw new GraphQLError('INVALID', `Argument 'classifier' has an invalid value (${String(values.classifier)}).`)
    node.comment.minimized = { reason }
  } else {
    node.comment.minimized = null
  }
  return {
    clientMutationId: values.clientMutationId ?? null,
    minimizedComment: {
      __typename: 'IssueComment',
      id: node.comment.nodeId,
      isMinimized: node.comment.minimized !== null,
      minimizedReason: node.comment.minimized?.reason ?? null,
      viewerCanMinimize: true
    },
    unminimizedComment: { __typename: 'IssueComment', id: node.comment.nodeId, isMinimized: false }
  }
}

type Resolver = (ctx: Ctx, user: UserRecord, args: Args) => unknown

const MUTATIONS: Record<string, Resolver> = {
  enablePullRequestAutoMerge,
  disablePullRequestAutoMerge,
  createCommitOnBranch,
  minimizeComment: (ctx, user, args) => minimizeComment(ctx, user, args, true),
  unminimizeComment: (ctx, user, args) => minimizeComment(ctx, user, args, false)
}

const QUERIES: Record<string, Resolver> = {
  viewer: (_ctx, user) => actorJson(user),
  repository: (ctx, _user, args) => {
    const repo = ctx.state.findRepo(String(args.owner), String(args.name))
    if (!repo) {
      throw new GraphQLError(
        'NOT_FOUND',
        `Could not resolve to a Repository with the name '${String(args.owner)}/${String(args.name)}'.`
      )
    }
    return repositoryNode(ctx, repo)
  },
  node: (ctx, _user, args) => {
    const node = findNode(ctx.state, args.id)
    if (!node) throw notFoundNode(args.id)
    if (node.kind === 'pull') return pullNode(ctx, node.repo, node.pull)
    if (node.kind === 'repo') return repositoryNode(ctx, node.repo)
    return {
      __typename: 'IssueComment',
      id: node.comment.nodeId,
      databaseId: node.comment.id,
      body: node.comment.body,
      isMinimized: node.comment.minimized !== null,
      minimizedReason: node.comment.minimized?.reason ?? null,
      lastEditedAt: node.comment.lastEditedAt,
      editor: node.comment.editor ? actorJson(ctx.state.addUser(node.comment.editor)) : null
    }
  },
  rateLimit: () => ({
    cost: 1,
    limit: 5000,
    remaining: 4999,
    used: 1,
    resetAt: new Date(Date.now() + 3600_000).toISOString()
  })
}

/** Keeps only the requested fields (with aliases); values that are functions take the field's arguments. */
function project(value: unknown, selections: Selection[], path: Array<string | number>, errors: unknown[]): unknown {
  if (value === null || value === undefined) return null
  if (Array.isArray(value)) return value.map((item, i) => project(item, selections, [...path, i], errors))
  if (selections.length === 0 || typeof value !== 'object') return value
  const source = value as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const selection of selections) {
    const key = selection.alias ?? selection.name
    try {
      let field = source[selection.name]
      if (typeof field === 'function') field = (field as (args: Args) => unknown)(selection.args)
      out[key] = project(field, selection.selections, [...path, key], errors)
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error
      errors.push({ type: error.type, path: [...path, key], message: error.message })
      out[key] = null
    }
  }
  return out
}

function graphql(ctx: Ctx) {
  if (!ctx.user) throw new ApiError(401, 'This endpoint requires you to be authenticated.')
  const user = ctx.user
  const body = (ctx.body ?? {}) as { query?: unknown; variables?: unknown }
  if (typeof body.query !== 'string') {
    return json({ errors: [{ message: 'A query attribute must be specified and must be a string.' }] })
  }
  let operation
  try {
    operation = parseOperation(body.query, (body.variables ?? {}) as Record<string, unknown>)
  } catch (error) {
    if (!(error instanceof GraphQLSyntaxError)) throw error
    return json({ errors: [{ message: `Parse error: ${error.message}` }] })
  }
  const resolvers = operation.type === 'mutation' ? MUTATIONS : operation.type === 'query' ? QUERIES : {}
  const data: Record<string, unknown> = {}
  const errors: unknown[] = []
  for (const selection of operation.selections) {
    const key = selection.alias ?? selection.name
    if (selection.name === '__typename') {
      data[key] = operation.type === 'mutation' ? 'Mutation' : 'Query'
      continue
    }
    const resolver = resolvers[selection.name]
    if (!resolver) {
      ctx.unimplemented(`POST /graphql ${operation.type} ${selection.name}`)
      errors.push({
        type: 'EMULATOR_UNIMPLEMENTED',
        path: [key],
        message: `The GitHub emulator does not implement ${operation.type} field '${selection.name}'`
      })
      data[key] = null
      continue
    }
    try {
      data[key] = project(resolver(ctx, user, selection.args), selection.selections, [key], errors)
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error
      errors.push({ type: error.type, path: [key], locations: [{ line: 1, column: 1 }], message: error.message })
      data[key] = null
    }
  }
  return json(errors.length > 0 ? { data, errors } : { data })
}

export const graphqlHandlers: HandlerMap = {
  'POST /graphql': graphql
}
