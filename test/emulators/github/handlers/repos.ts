import { ApiError, json, noContent, notFound, repoOf } from '../context.js'
import type { Ctx, HandlerMap } from '../context.js'
import type { FlatEntry } from '../git.js'
import { repoCommitJson, repoJson, repoUrl, userJson, WEB } from '../serialize.js'
import type { Permission, RepoRecord } from '../state.js'

const PERMISSION_FIELD: Record<Permission, string> = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
  none: 'none'
}

const RANK: Permission[] = ['none', 'read', 'triage', 'write', 'maintain', 'admin']

function permissionFlags(permission: Permission): Record<string, boolean> {
  const rank = RANK.indexOf(permission)
  return {
    admin: rank >= RANK.indexOf('admin'),
    maintain: rank >= RANK.indexOf('maintain'),
    push: rank >= RANK.indexOf('write'),
    triage: rank >= RANK.indexOf('triage'),
    pull: rank >= RANK.indexOf('read')
  }
}

function lineCounts(before: string, after: string): { additions: number; deletions: number } {
  const split = (text: string) => (text === '' ? [] : text.replace(/\n$/, '').split('\n'))
  const remaining = new Map<string, number>()
  for (const line of split(before)) remaining.set(line, (remaining.get(line) ?? 0) + 1)
  let additions = 0
  for (const line of split(after)) {
    const count = remaining.get(line) ?? 0
    if (count > 0) remaining.set(line, count - 1)
    else additions++
  }
  const deletions = [...remaining.values()].reduce((sum, count) => sum + count, 0)
  return { additions, deletions }
}

/** Changed files between two commits, in GitHub's `files` shape. */
export function diffFiles(repo: RepoRecord, api: string, fromSha: string | undefined, toSha: string) {
  const flat = (sha: string | undefined) => {
    const commit = sha ? repo.git.commit(sha) : undefined
    return commit ? repo.git.flatten(commit.tree) : new Map<string, FlatEntry>()
  }
  const before = flat(fromSha)
  const after = flat(toSha)
  const text = (entry: FlatEntry | undefined) =>
    entry ? (repo.git.blob(entry.sha)?.content.toString('utf8') ?? '') : ''
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort()
  return paths.flatMap((path) => {
    const old = before.get(path)
    const now = after.get(path)
    if (old?.sha === now?.sha) return []
    const { additions, deletions } = lineCounts(text(old), text(now))
    const sha = (now ?? old)?.sha
    return [
      {
        sha,
        filename: path,
        status: !old ? 'added' : !now ? 'removed' : 'modified',
        additions,
        deletions,
        changes: additions + deletions,
        blob_url: `${WEB}/${repo.owner}/${repo.name}/blob/${toSha}/${path}`,
        raw_url: `${WEB}/${repo.owner}/${repo.name}/raw/${toSha}/${path}`,
        contents_url: `${repoUrl(repo, api)}/contents/${path}?ref=${toSha}`
      }
    ]
  })
}

function compare(ctx: Ctx) {
  const repo = repoOf(ctx)
  let base = ctx.params.base
  let head = ctx.params.head
  if (ctx.params.basehead !== undefined) {
    const parts = ctx.params.basehead.split('...')
    if (parts.length !== 2) throw notFound()
    ;[base, head] = parts
  }
  const strip = (name: string) => (name.includes(':') ? name.slice(name.indexOf(':') + 1) : name)
  const baseSha = ctx.state.resolveCommitish(repo, strip(base))
  const headSha = ctx.state.resolveCommitish(repo, strip(head))
  if (!baseSha || !headSha) throw notFound()
  const mergeBase = repo.git.mergeBase(baseSha, headSha)
  const fromBase = new Set(mergeBase ? repo.git.ancestors(mergeBase) : [])
  const ahead = repo.git.ancestors(headSha).filter((sha) => !fromBase.has(sha))
  const behind = repo.git.ancestors(baseSha).filter((sha) => !fromBase.has(sha))
  const status =
    ahead.length === 0 && behind.length === 0
      ? 'identical'
      : behind.length === 0
        ? 'ahead'
        : ahead.length === 0
          ? 'behind'
          : 'diverged'
  const commitJson = (sha: string) => repoCommitJson(ctx.state, repo, ctx.state.commitOf(repo, sha), ctx.apiBase)
  const html = `${WEB}/${repo.owner}/${repo.name}/compare/${base}...${head}`
  return json({
    url: `${repoUrl(repo, ctx.apiBase)}/compare/${base}...${head}`,
    html_url: html,
    permalink_url: `${WEB}/${repo.owner}/${repo.name}/compare/${repo.owner}:${baseSha.slice(0, 7)}...${repo.owner}:${headSha.slice(0, 7)}`,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    base_commit: commitJson(baseSha),
    merge_base_commit: mergeBase ? commitJson(mergeBase) : null,
    status,
    ahead_by: ahead.length,
    behind_by: behind.length,
    total_commits: ahead.length,
    commits: [...ahead].reverse().map(commitJson),
    files: diffFiles(repo, ctx.apiBase, mergeBase, headSha)
  })
}

export const repoHandlers: HandlerMap = {
  'GET /repos/{owner}/{repo}': (ctx) => json(repoJson(ctx.state, repoOf(ctx), ctx.apiBase)),
  'GET /repos/{owner}/{repo}/collaborators/{username}/permission': (ctx) => {
    const repo = repoOf(ctx)
    const user = ctx.state.user(ctx.params.username)
    if (!user) throw new ApiError(404, `${ctx.params.username} is not a user`)
    const permission = ctx.state.permission(repo.owner, repo.name, user.login)
    return json({
      permission: PERMISSION_FIELD[permission],
      role_name: permission,
      user: { ...userJson(user, ctx.apiBase), permissions: permissionFlags(permission), role_name: permission }
    })
  },
  'GET /repos/{owner}/{repo}/collaborators/{username}': (ctx) => {
    const repo = repoOf(ctx)
    const user = ctx.state.user(ctx.params.username)
    if (!user || ctx.state.permission(repo.owner, repo.name, user.login) === 'none') throw notFound()
    return noContent()
  },
  'GET /repos/{owner}/{repo}/branches/{branch}': (ctx) => {
    const repo = repoOf(ctx)
    const sha = repo.refs.get(`refs/heads/${ctx.params.branch}`)
    if (!sha) throw new ApiError(404, 'Branch not found')
    const url = `${repoUrl(repo, ctx.apiBase)}/branches/${ctx.params.branch}`
    return json({
      name: ctx.params.branch,
      commit: repoCommitJson(ctx.state, repo, ctx.state.commitOf(repo, sha), ctx.apiBase),
      _links: { self: url, html: `${WEB}/${repo.owner}/${repo.name}/tree/${ctx.params.branch}` },
      protected: false,
      protection: { enabled: false, required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] } },
      protection_url: `${url}/protection`
    })
  },
  'GET /repos/{owner}/{repo}/commits/{ref}': (ctx) => {
    const repo = repoOf(ctx)
    const sha = ctx.state.resolveCommitish(repo, ctx.params.ref)
    if (!sha) throw new ApiError(422, `No commit found for SHA: ${ctx.params.ref}`)
    const commit = ctx.state.commitOf(repo, sha)
    const files = diffFiles(repo, ctx.apiBase, commit.parents[0], sha)
    const additions = files.reduce((sum, file) => sum + file.additions, 0)
    const deletions = files.reduce((sum, file) => sum + file.deletions, 0)
    return json({
      ...repoCommitJson(ctx.state, repo, commit, ctx.apiBase),
      stats: { total: additions + deletions, additions, deletions },
      files
    })
  },
  'GET /repos/{owner}/{repo}/compare/{basehead}': compare,
  'GET /repos/{owner}/{repo}/compare/{base}...{head}': compare
}
