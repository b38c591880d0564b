import type { GitHubClient, RepoRef } from './client.js'
import { isAuthoredBy, type TokenIdentity } from './identity.js'

export interface IssueRef extends RepoRef {
  /** Issue or pull request number. */
  number: number
}

export interface MarkedComment {
  id: number
  /** GraphQL node id (for minimizeComment). */
  nodeId: string
  body: string
  htmlUrl: string
  createdAt: string
}

export type StickyMode = 'update' | 'recreate' | 'minimize'

export interface StickyResult {
  /** Absent when nothing was written (`skipped`). */
  id?: number
  url?: string
  action: 'created' | 'updated' | 'unchanged' | 'recreated' | 'skipped' | 'deleted'
  /** Why nothing was written, for `skipped`. */
  reason?: string
  /** `minimize`: our earlier comments hidden as outdated by this call; those that could not be, and why. */
  minimized?: number[]
  notMinimized?: { id: number; reason: string }[]
}

export interface StickyOptions {
  /**
   * Asked about each of our comments before anything is written; a string means "leave it": nothing is written and
   * the string is the reason. Lets a run keep its hands off the comment of a newer run.
   */
  keep?: (current: MarkedComment) => Promise<string | undefined> | string | undefined
  /** `false`: only replace a comment of ours that exists, never post a first one. Default true. */
  create?: boolean
}

/**
 * Our comments on an issue or PR: those whose body contains `marker` and that the token's own account wrote,
 * oldest first, across every page. Anyone can type a marker, so a marked comment by somebody else is never ours
 * and is left alone.
 */
export async function findMarkedComments(
  octokit: GitHubClient,
  target: IssueRef,
  marker: string,
  author: TokenIdentity
): Promise<MarkedComment[]> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.number,
    per_page: 100
  })
  return comments
    .filter((c) => typeof c.body === 'string' && c.body.includes(marker) && isAuthoredBy(c, author))
    .map((c) => ({ id: c.id, nodeId: c.node_id, body: c.body ?? '', htmlUrl: c.html_url, createdAt: c.created_at }))
}

/**
 * Keeps exactly one visible comment carrying `marker` on the issue or PR. `update` edits the oldest marked comment in
 * place (skipping the write when the body is already the same); `recreate` posts a new one at the bottom, then
 * deletes ours; `minimize` posts a new one at the bottom, then hides ours that are not hidden yet as outdated
 * (GraphQL `minimizeComment`, classifier OUTDATED), keeping them as history. Extra marked comments (e.g. left by a
 * concurrent run) are removed (update) so one remains.
 */
export async function upsertStickyComment(
  octokit: GitHubClient,
  target: IssueRef,
  marker: string,
  body: string,
  author: TokenIdentity,
  mode: StickyMode = 'update',
  options: StickyOptions = {}
): Promise<StickyResult> {
  if (!body.includes(marker)) throw new Error('upsertStickyComment: the body must contain its marker')
  const ours = await findMarkedComments(octokit, target, marker, author)
  const repo = { owner: target.owner, repo: target.repo }
  if (ours.length === 0 && options.create === false) return { action: 'skipped', reason: 'there is no comment of ours' }
  for (const c of options.keep ? ours : []) {
    const reason = await options.keep!(c)
    if (reason !== undefined) return { id: c.id, url: c.htmlUrl, action: 'skipped', reason }
  }

  if (mode === 'update' && ours.length > 0) {
    const [keep, ...extra] = ours as [MarkedComment, ...MarkedComment[]]
    for (const c of extra) await octokit.rest.issues.deleteComment({ ...repo, comment_id: c.id })
    if (keep.body === body) return { id: keep.id, url: keep.htmlUrl, action: 'unchanged' }
    const { data } = await octokit.rest.issues.updateComment({ ...repo, comment_id: keep.id, body })
    return { id: data.id, url: data.html_url, action: 'updated' }
  }

  // Create before delete: when the create fails, the previous comment is still there to read.
  const { data } = await octokit.rest.issues.createComment({ ...repo, issue_number: target.number, body })
  const action = ours.length > 0 ? 'recreated' : 'created'
  if (mode === 'minimize') {
    const { minimized, failed } = await minimizeComments(octokit, ours)
    return { id: data.id, url: data.html_url, action, minimized, notMinimized: failed }
  }
  for (const c of ours) await octokit.rest.issues.deleteComment({ ...repo, comment_id: c.id })
  return { id: data.id, url: data.html_url, action }
}

/**
 * Deletes every comment of ours carrying `marker` (e.g. when a plan became empty), unless `keep` says to leave one:
 * then nothing is deleted. `skipped` when there was none.
 */
export async function deleteStickyComments(
  octokit: GitHubClient,
  target: IssueRef,
  marker: string,
  author: TokenIdentity,
  options: Pick<StickyOptions, 'keep'> = {}
): Promise<StickyResult> {
  const ours = await findMarkedComments(octokit, target, marker, author)
  if (ours.length === 0) return { action: 'skipped', reason: 'there is no comment of ours' }
  for (const c of options.keep ? ours : []) {
    const reason = await options.keep!(c)
    if (reason !== undefined) return { id: c.id, url: c.htmlUrl, action: 'skipped', reason }
  }
  for (const c of ours)
    await octokit.rest.issues.deleteComment({ owner: target.owner, repo: target.repo, comment_id: c.id })
  return { action: 'deleted', url: ours[0].htmlUrl }
}

/** Node lookups per GraphQL query when asking which comments are hidden already. */
const NODES_PER_QUERY = 50

/**
 * Hides `comments` as outdated, skipping those already hidden (one query per 50 comments, then one mutation per
 * comment still shown). A comment that cannot be hidden is reported, not thrown: the new comment is already there.
 */
export async function minimizeComments(
  octokit: GitHubClient,
  comments: readonly MarkedComment[]
): Promise<{ minimized: number[]; failed: { id: number; reason: string }[] }> {
  const minimized: number[] = []
  const failed: { id: number; reason: string }[] = []
  const shown: MarkedComment[] = []
  for (let i = 0; i < comments.length; i += NODES_PER_QUERY) {
    const batch = comments.slice(i, i + NODES_PER_QUERY)
    const fields = batch
      .map((c, j) => `c${j}: node(id: ${JSON.stringify(c.nodeId)}) { ... on IssueComment { isMinimized } }`)
      .join(' ')
    const state = await octokit
      .graphql<Record<string, { isMinimized?: boolean } | null>>(`query { ${fields} }`)
      .catch(() => undefined)
    // Unknown state: hide it again (minimizing a hidden comment changes nothing).
    batch.forEach((c, j) => {
      if (state?.[`c${j}`]?.isMinimized !== true) shown.push(c)
    })
  }
  for (const c of shown) {
    try {
      await octokit.graphql(
        'mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } } }',
        { id: c.nodeId }
      )
      minimized.push(c.id)
    } catch (error) {
      failed.push({ id: c.id, reason: (error as Error).message })
    }
  }
  return { minimized, failed }
}
