import { ApiError, json, notFound, objectBody, optionalString, repoOf, requireUser } from '../context.js'
import type { Ctx, HandlerMap } from '../context.js'
import type { FlatEntry, TreeEntry } from '../git.js'
import { gitCommitJson, repoUrl, WEB, wrappedBase64 } from '../serialize.js'
import { fullRef } from '../state.js'
import type { RepoRecord } from '../state.js'

function cleanPath(path: string): string {
  return path.replace(/^\/+|\/+$/g, '')
}

function entryJson(ctx: Ctx, repo: RepoRecord, ref: string, path: string, entry: TreeEntry, withContent: boolean) {
  const api = repoUrl(repo, ctx.apiBase)
  const type = entry.type === 'tree' ? 'dir' : entry.type === 'commit' ? 'submodule' : 'file'
  const blob = entry.type === 'blob' ? repo.git.blob(entry.sha) : undefined
  const url = `${api}/contents/${path}?ref=${encodeURIComponent(ref)}`
  const gitUrl = `${api}/git/${entry.type === 'tree' ? 'trees' : 'blobs'}/${entry.sha}`
  const htmlUrl = `${WEB}/${repo.owner}/${repo.name}/${type === 'dir' ? 'tree' : 'blob'}/${ref}/${path}`
  return {
    ...(withContent && blob ? { type, encoding: 'base64' } : { type }),
    size: blob?.content.length ?? 0,
    name: path.split('/').pop() ?? path,
    path,
    ...(withContent && blob ? { content: wrappedBase64(blob.content) } : {}),
    sha: entry.sha,
    url,
    git_url: gitUrl,
    html_url: htmlUrl,
    download_url:
      type === 'file' ? `https://raw.githubusercontent.com/${repo.owner}/${repo.name}/${ref}/${path}` : null,
    _links: { self: url, git: gitUrl, html: htmlUrl }
  }
}

function getContents(ctx: Ctx) {
  const repo = repoOf(ctx)
  const ref = ctx.query.get('ref') ?? repo.defaultBranch
  const sha = ctx.state.resolveCommitish(repo, ref)
  if (!sha) throw new ApiError(404, `No commit found for the ref ${ref}`)
  const path = cleanPath(ctx.params.path)
  const entry = ctx.state.commitOf(repo, sha).tree
  const found = repo.git.lookup(entry, path)
  if (!found) throw notFound()
  if (found.type === 'tree') {
    const tree = repo.git.tree(found.sha)
    const items = (tree?.entries ?? []).map((child) =>
      entryJson(ctx, repo, ref, path ? `${path}/${child.name}` : child.name, child, false)
    )
    return json(items)
  }
  const accept = String(ctx.headers.accept ?? '')
  const blob = repo.git.blob(found.sha)
  if (blob && /vnd\.github(\.v3)?\.raw/.test(accept)) {
    return { status: 200, body: blob.content, headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' } }
  }
  return json(entryJson(ctx, repo, ref, path, found, true))
}

function writeContents(ctx: Ctx, remove: boolean) {
  const user = requireUser(ctx)
  const repo = repoOf(ctx)
  const body = objectBody(ctx)
  const path = cleanPath(ctx.params.path)
  const message = optionalString(body, 'message', 'Content')
  if (message === undefined) throw new ApiError(422, 'Invalid request.\n\n"message" wasn\'t supplied.')
  const content = optionalString(body, 'content', 'Content')
  if (!remove && content === undefined) throw new ApiError(422, 'Invalid request.\n\n"content" wasn\'t supplied.')
  const branch = optionalString(body, 'branch', 'Content') ?? repo.defaultBranch
  const parent = repo.refs.get(fullRef(branch))
  if (!parent) throw new ApiError(404, `Branch ${branch} not found`)
  const files: Map<string, FlatEntry> = repo.git.flatten(ctx.state.commitOf(repo, parent).tree)
  const existing = files.get(path)
  const sha = optionalString(body, 'sha', 'Content')
  if (remove && !existing) throw notFound()
  if (existing && sha === undefined) throw new ApiError(422, 'Invalid request.\n\n"sha" wasn\'t supplied.')
  if (existing && sha !== existing.sha) throw new ApiError(409, `${path} does not match ${sha}`)
  if (remove) files.delete(path)
  else
    files.set(path, {
      mode: existing?.mode ?? '100644',
      type: 'blob',
      sha: repo.git.writeBlob(Buffer.from(content ?? '', 'base64')).sha
    })
  const tree = repo.git.buildTree(files)
  const identity = ctx.state.gitIdentity(user.login)
  const personOf = (value: unknown) => {
    const given = (value ?? {}) as { name?: unknown; email?: unknown }
    return {
      name: typeof given.name === 'string' ? given.name : identity.name,
      email: typeof given.email === 'string' ? given.email : identity.email,
      date: identity.date
    }
  }
  const author = personOf(body.author)
  const commit = repo.git.writeCommit({
    tree: tree.sha,
    parents: [parent],
    message,
    author,
    committer: body.committer ? personOf(body.committer) : author
  })
  repo.refs.set(fullRef(branch), commit.sha)
  const entry = repo.git.lookup(tree.sha, path)
  return json(
    {
      content: remove || !entry ? null : entryJson(ctx, repo, branch, path, entry, false),
      commit: gitCommitJson(repo, commit, ctx.apiBase)
    },
    existing || remove ? 200 : 201
  )
}

export const contentHandlers: HandlerMap = {
  'GET /repos/{owner}/{repo}/contents/{path}': getContents,
  'PUT /repos/{owner}/{repo}/contents/{path}': (ctx) => writeContents(ctx, false),
  'DELETE /repos/{owner}/{repo}/contents/{path}': (ctx) => writeContents(ctx, true)
}
