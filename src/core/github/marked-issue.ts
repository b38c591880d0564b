import type { GitHubClient, RepoRef } from './client.js'
import { httpStatus } from './errors.js'
import { isAuthoredBy, type TokenIdentity } from './identity.js'

export interface MarkedIssue {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  htmlUrl: string
  labels: string[]
}

function toMarkedIssue(i: {
  number: number
  title: string
  body?: string | null
  state: string
  html_url: string
  labels: Array<string | { name?: string }>
}): MarkedIssue {
  return {
    number: i.number,
    title: i.title,
    body: i.body ?? '',
    state: i.state === 'closed' ? 'closed' : 'open',
    htmlUrl: i.html_url,
    labels: i.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? '')))
  }
}

/**
 * Our issues carrying `marker` among those with `label`: created by the token's own account (a look-alike by anyone
 * else is never ours). Listing by label (never the search API, whose index lags and whose rate limit is small) keeps
 * the lookup exact; pull requests are skipped.
 */
export async function findIssuesByMarker(
  octokit: GitHubClient,
  repo: RepoRef,
  label: string,
  marker: string,
  author: TokenIdentity,
  state: 'open' | 'closed' | 'all' = 'open'
): Promise<MarkedIssue[]> {
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
    ...repo,
    labels: label,
    state,
    per_page: 100
  })
  return issues
    .filter((i) => !i.pull_request && typeof i.body === 'string' && i.body.includes(marker) && isAuthoredBy(i, author))
    .map(toMarkedIssue)
}

/** Creates the label when the repository does not have it yet. */
export async function ensureLabel(
  octokit: GitHubClient,
  repo: RepoRef,
  name: string,
  color = 'd93f0b',
  description = ''
): Promise<void> {
  try {
    await octokit.rest.issues.getLabel({ ...repo, name })
  } catch (error) {
    if (httpStatus(error) !== 404) throw error
    await octokit.rest.issues.createLabel({ ...repo, name, color, description })
  }
}

export interface IssueContent {
  title: string
  body: string
  /** Labels set on creation; the first one is the lookup label. */
  labels: [string, ...string[]]
}

export interface UpsertIssueResult {
  issue: MarkedIssue
  action: 'created' | 'updated' | 'unchanged' | 'reopened'
}

/**
 * Keeps one open issue per marker: updates the open one, or reopens the newest closed one when `reopen` is set,
 * or creates it. The body must contain the marker.
 */
export async function upsertIssueByMarker(
  octokit: GitHubClient,
  repo: RepoRef,
  marker: string,
  content: IssueContent,
  author: TokenIdentity,
  options: { reopen?: boolean } = {}
): Promise<UpsertIssueResult> {
  if (!content.body.includes(marker)) throw new Error('upsertIssueByMarker: the body must contain its marker')
  const [label] = content.labels
  const matches = await findIssuesByMarker(octokit, repo, label, marker, author, options.reopen ? 'all' : 'open')
  const open = matches.find((i) => i.state === 'open')
  const closed = matches.filter((i) => i.state === 'closed').sort((a, b) => b.number - a.number)[0]
  const existing = open ?? (options.reopen ? closed : undefined)

  if (!existing) {
    await ensureLabel(octokit, repo, label)
    const { data } = await octokit.rest.issues.create({
      ...repo,
      title: content.title,
      body: content.body,
      labels: content.labels
    })
    return { issue: toMarkedIssue(data), action: 'created' }
  }
  const same = existing.state === 'open' && existing.title === content.title && existing.body === content.body
  if (same) return { issue: existing, action: 'unchanged' }
  const { data } = await octokit.rest.issues.update({
    ...repo,
    issue_number: existing.number,
    title: content.title,
    body: content.body,
    state: 'open'
  })
  return { issue: toMarkedIssue(data), action: existing.state === 'closed' ? 'reopened' : 'updated' }
}

/** Closes every open issue carrying `marker` (e.g. drift that is gone), with an optional closing comment. */
export async function closeIssuesByMarker(
  octokit: GitHubClient,
  repo: RepoRef,
  label: string,
  marker: string,
  author: TokenIdentity,
  comment?: string
): Promise<MarkedIssue[]> {
  const open = await findIssuesByMarker(octokit, repo, label, marker, author, 'open')
  for (const issue of open) {
    if (comment) await octokit.rest.issues.createComment({ ...repo, issue_number: issue.number, body: comment })
    await octokit.rest.issues.update({
      ...repo,
      issue_number: issue.number,
      state: 'closed',
      state_reason: 'completed'
    })
  }
  return open
}
