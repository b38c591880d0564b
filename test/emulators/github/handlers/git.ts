import { ApiError, json, noContent, notFound, objectBody, optionalString, repoOf, requireUser } from '../context.js'
import type { Ctx, HandlerMap } from '../context.js'
import type { FlatEntry, GitPerson } from '../git.js'
import { gitCommitJson, refJson, repoUrl, treeEntryJson, wrappedBase64 } from '../serialize.js'
import type { RepoRecord } from '../state.js'

const SHA = /^[0-9a-f]{40}$/i

/** The ref parameter of /git/ref/{ref} and /git/refs/{ref} is written without the leading 'refs/'. */
function refName(ctx: Ctx): string {
  const ref = ctx.params.ref.replace(/^refs\//, '')
  return `refs/${ref}`
}

function refOrNotFound(ctx: Ctx, repo: RepoRecord): { ref: string; sha: string } {
  const ref = refName(ctx)
  const sha = repo.refs.get(ref)
  if (!sha) throw notFound()
  return { ref, sha }
}

function person(value: unknown, fallback: GitPerson): GitPerson {
  if (!value || typeof value !== 'object') return fallback
  const input = value as Partial<GitPerson>
  return {
    name: input.name ?? fallback.name,
    email: input.email ?? fallback.email,
    date: input.date ? new Date(input.date).toISOString().replace(/\.\d{3}Z$/, 'Z') : fallback.date
  }
}

function treeJson(ctx: Ctx, repo: RepoRecord, sha: string, recursive: boolean) {
  const entries: Array<Record<string, unknown>> = []
  const walk = (treeSha: string, prefix: string) => {
    const tree = repo.git.tree(treeSha)
    if (!tree) return
    for (const entry of tree.entries) {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name
      entries.push(treeEntryJson(repo, entry, path, ctx.apiBase))
      if (recursive && entry.type === 'tree') walk(entry.sha, path)
    }
  }
  walk(sha, '')
  return { sha, url: `${repoUrl(repo, ctx.apiBase)}/git/trees/${sha}`, tree: entries, truncated: false }
}

function createTree(ctx: Ctx) {
  requireUser(ctx)
  const repo = repoOf(ctx)
  const body = objectBody(ctx)
  const baseTree = optionalString(body, 'base_tree', 'Tree')
  if (!Array.isArray(body.tree))
    throw new ApiError(422, 'Invalid tree info', [{ resource: 'Tree', code: 'invalid', field: 'tree' }])
  let files = new Map<string, FlatEntry>()
  if (baseTree) {
    if (!repo.git.tree(baseTree)) throw new ApiError(422, 'base_tree is not a valid tree oid')
    files = repo.git.flatten(baseTree)
  }
  for (const raw of body.tree as Array<Record<string, unknown>>) {
    const path = typeof raw.path === 'string' ? raw.path.replace(/^\/+|\/+$/g, '') : ''
    const mode = typeof raw.mode === 'string' ? raw.mode : '100644'
    if (!path || !['100644', '100755', '040000', '160000', '120000'].includes(mode)) {
      throw new ApiError(422, `tree.path or tree.mode is invalid`, [
        { resource: 'Tree', code: 'invalid', field: 'tree' }
      ])
    }
    const underPath = (candidate: string) => candidate === path || candidate.startsWith(`${path}/`)
    if (raw.sha === null) {
      for (const key of [...files.keys()]) if (underPath(key)) files.delete(key)
      continue
    }
    if (typeof raw.content === 'string') {
      files.set(path, { mode, type: 'blob', sha: repo.git.writeBlob(raw.content).sha })
      continue
    }
    const sha = typeof raw.sha === 'string' ? raw.sha : ''
    const object = repo.git.get(sha)
    if (!SHA.test(sha) || (!object && raw.type !== 'commit')) {
      throw new ApiError(422, `GitRPC::BadObjectState`, [{ resource: 'Tree', code: 'invalid', field: 'sha' }])
    }
    if (object?.type === 'tree') {
      for (const key of [...files.keys()]) if (underPath(key)) files.delete(key)
      for (const [sub, entry] of repo.git.flatten(sha)) files.set(`${path}/${sub}`, entry)
    } else {
      files.set(path, { mode, type: object?.type === 'blob' ? 'blob' : 'commit', sha })
    }
  }
  const tree = repo.git.buildTree(files)
  return json(treeJson(ctx, repo, tree.sha, false), 201)
}

function createCommit(ctx: Ctx) {
  const user = requireUser(ctx)
  const repo = repoOf(ctx)
  const body = objectBody(ctx)
  const message = optionalString(body, 'message', 'Commit')
  const tree = optionalString(body, 'tree', 'Commit')
  if (message === undefined)
    throw new ApiError(422, 'Validation Failed', [{ resource: 'Commit', field: 'message', code: 'missing_field' }])
  if (!tree || !repo.git.tree(tree)) throw new ApiError(422, 'Tree SHA does not exist')
  const parents = Array.isArray(body.parents) ? (body.parents as unknown[]).map(String) : []
  if (parents.some((sha) => !repo.git.commit(sha))) {
    throw new ApiError(422, 'Parent SHA does not exist or is not a commit object')
  }
  const identity = ctx.state.gitIdentity(user.login)
  const author = person(body.author, identity)
  const commit = repo.git.writeCommit({
    tree,
    parents,
    message,
    author,
    committer: person(body.committer, author),
    // GitHub signs a Git Data API commit only when the author and committer are left to it and the token is an App's
    // or the workflow's (create-pull-request's and Kargo's github-push docs); a given author keeps it unsigned.
    verified: body.author === undefined && body.committer === undefined && user.type === 'Bot'
  })
  return json(gitCommitJson(repo, commit, ctx.apiBase), 201, {
    location: `${repoUrl(repo, ctx.apiBase)}/git/commits/${commit.sha}`
  })
}

export const gitHandlers: HandlerMap = {
  'GET /repos/{owner}/{repo}/git/ref/{ref}': (ctx) => {
    const repo = repoOf(ctx)
    const { ref, sha } = refOrNotFound(ctx, repo)
    return json(refJson(repo, ref, sha, ctx.apiBase))
  },
  'GET /repos/{owner}/{repo}/git/matching-refs/{ref}': (ctx) => {
    const repo = repoOf(ctx)
    const prefix = refName(ctx)
    const refs = [...repo.refs.entries()]
      .filter(([ref]) => ref.startsWith(prefix))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([ref, sha]) => refJson(repo, ref, sha, ctx.apiBase))
    return json(refs)
  },
  'POST /repos/{owner}/{repo}/git/refs': (ctx) => {
    requireUser(ctx)
    const repo = repoOf(ctx)
    const body = objectBody(ctx)
    const ref = optionalString(body, 'ref', 'Reference')
    const sha = optionalString(body, 'sha', 'Reference')
    if (!ref || !ref.startsWith('refs/') || ref.split('/').length < 3) {
      throw new ApiError(422, "Reference name must start with 'refs/' and have at least two slashes.")
    }
    if (!sha || !repo.git.get(sha)) throw new ApiError(422, 'Object does not exist')
    if (repo.refs.has(ref)) throw new ApiError(422, 'Reference already exists')
    repo.refs.set(ref, sha.toLowerCase())
    const answer = refJson(repo, ref, sha.toLowerCase(), ctx.apiBase)
    return json(answer, 201, { location: String(answer.url) })
  },
  'PATCH /repos/{owner}/{repo}/git/refs/{ref}': (ctx) => {
    requireUser(ctx)
    const repo = repoOf(ctx)
    const ref = refName(ctx)
    const current = repo.refs.get(ref)
    if (!current) throw new ApiError(422, 'Reference does not exist')
    const body = objectBody(ctx)
    const sha = optionalString(body, 'sha', 'Reference')
    if (!sha || !repo.git.get(sha)) throw new ApiError(422, 'Object does not exist')
    if (body.force !== true && !repo.git.isAncestor(current, sha.toLowerCase())) {
      throw new ApiError(422, 'Update is not a fast forward')
    }
    repo.refs.set(ref, sha.toLowerCase())
    return json(refJson(repo, ref, sha.toLowerCase(), ctx.apiBase))
  },
  'DELETE /repos/{owner}/{repo}/git/refs/{ref}': (ctx) => {
    requireUser(ctx)
    const repo = repoOf(ctx)
    const ref = refName(ctx)
    if (!repo.refs.has(ref)) throw new ApiError(422, 'Reference does not exist')
    repo.refs.delete(ref)
    return noContent()
  },
  'GET /repos/{owner}/{repo}/git/commits/{commit_sha}': (ctx) => {
    const repo = repoOf(ctx)
    const sha = repo.git.expand(ctx.params.commit_sha)
    const commit = sha ? repo.git.commit(sha) : undefined
    if (!commit) throw notFound()
    return json(gitCommitJson(repo, commit, ctx.apiBase))
  },
  'POST /repos/{owner}/{repo}/git/commits': createCommit,
  'GET /repos/{owner}/{repo}/git/trees/{tree_sha}': (ctx) => {
    const repo = repoOf(ctx)
    let sha = repo.git.expand(ctx.params.tree_sha) ?? ctx.state.resolveCommitish(repo, ctx.params.tree_sha)
    const object = sha ? repo.git.get(sha) : undefined
    if (object?.type === 'commit') sha = object.tree
    if (!sha || !repo.git.tree(sha)) throw notFound()
    const recursive = ctx.query.has('recursive') && !['0', 'false', ''].includes(ctx.query.get('recursive') ?? '')
    return json(treeJson(ctx, repo, sha, recursive))
  },
  'POST /repos/{owner}/{repo}/git/trees': createTree,
  'GET /repos/{owner}/{repo}/git/blobs/{file_sha}': (ctx) => {
    const repo = repoOf(ctx)
    const blob = repo.git.blob(ctx.params.file_sha)
    if (!blob) throw notFound()
    return json({
      sha: blob.sha,
      node_id: `B_kwDO${blob.sha.slice(0, 20)}`,
      size: blob.content.length,
      url: `${repoUrl(repo, ctx.apiBase)}/git/blobs/${blob.sha}`,
      content: wrappedBase64(blob.content),
      encoding: 'base64'
    })
  },
  'POST /repos/{owner}/{repo}/git/blobs': (ctx) => {
    requireUser(ctx)
    const repo = repoOf(ctx)
    const body = objectBody(ctx)
    const content = body.content
    const encoding = body.encoding ?? 'utf-8'
    if (typeof content !== 'string') {
      throw new ApiError(422, 'Validation Failed', [{ resource: 'Blob', field: 'content', code: 'missing_field' }])
    }
    if (encoding !== 'utf-8' && encoding !== 'utf8' && encoding !== 'base64') {
      throw new ApiError(422, `encoding must be either 'utf-8' or 'base64'`)
    }
    const blob = repo.git.writeBlob(
      encoding === 'base64' ? Buffer.from(content, 'base64') : Buffer.from(content, 'utf8')
    )
    const url = `${repoUrl(repo, ctx.apiBase)}/git/blobs/${blob.sha}`
    return json({ url, sha: blob.sha }, 201, { location: url })
  }
}
