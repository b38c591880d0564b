import { UserError } from '../core/action/errors.js'
import type { GitHubClient, RepoRef } from '../core/github/client.js'
import { httpStatus } from '../core/github/errors.js'
import { isAuthoredBy } from '../core/github/identity.js'
import type { TokenIdentity } from '../core/github/identity.js'
import type { MergeMethod } from './settings.js'

export interface OurPull {
  number: number
  nodeId: string
  url: string
  title: string
  body: string
  labels: string[]
  autoMerge: boolean
}

export type PullOperation = 'created' | 'updated' | 'unchanged' | 'none'

/**
 * The open pull request of `branch` into `base` that is ours: it carries `marker` and the token's own account opened
 * it. Any other open pull request from that branch is an error naming it, so we never push to someone else's PR.
 */
export async function findOurPull(
  octokit: GitHubClient,
  repo: RepoRef,
  branch: string,
  marker: string,
  identity: TokenIdentity
): Promise<OurPull | undefined> {
  const pulls = await octokit.paginate(octokit.rest.pulls.list, {
    ...repo,
    head: `${repo.owner}:${branch}`,
    state: 'open',
    per_page: 100
  })
  let ours: OurPull | undefined
  for (const pull of pulls) {
    const body = pull.body ?? ''
    if (!body.includes(marker) || !isAuthoredBy(pull, identity)) {
      const by = pull.user?.login ?? 'a deleted account'
      const why = body.includes(marker)
        ? `opened by ${by}, not by this token's account (${identity.login})`
        : `opened by ${by} without promote-env's marker`
      throw new UserError(
        `Pull request #${pull.number} (${pull.html_url}) from branch ${branch} was ${why}; promote-env will not push to it: close it or set the branch input`
      )
    }
    ours ??= {
      number: pull.number,
      nodeId: pull.node_id,
      url: pull.html_url,
      title: pull.title,
      body,
      labels: pull.labels.map((l) => l.name ?? ''),
      autoMerge: pull.auto_merge !== null && pull.auto_merge !== undefined
    }
  }
  return ours
}

export interface PullContent {
  branch: string
  base: string
  title: string
  body: string
  labels: string[]
  reviewers: string[]
  teamReviewers: string[]
  autoMerge: boolean
  mergeMethod: MergeMethod
}

/**
 * Opens the pull request, or brings ours up to date (title, body, missing labels). Reviewers are requested when the
 * PR is new or changed; auto-merge is enabled through GraphQL when asked and not yet on.
 */
export async function upsertPull(
  octokit: GitHubClient,
  repo: RepoRef,
  existing: OurPull | undefined,
  content: PullContent,
  branchPushed: boolean,
  log: { info(m: string): void; warn(m: string): void }
): Promise<{ pull: OurPull; operation: PullOperation }> {
  let pull: OurPull
  let operation: PullOperation
  if (!existing) {
    const { data } = await octokit.rest.pulls.create({
      ...repo,
      head: content.branch,
      base: content.base,
      title: content.title,
      body: content.body
    })
    pull = {
      number: data.number,
      nodeId: data.node_id,
      url: data.html_url,
      title: data.title,
      body: data.body ?? '',
      labels: [],
      autoMerge: false
    }
    operation = 'created'
  } else {
    pull = existing
    const edited = existing.title !== content.title || existing.body !== content.body
    if (edited)
      await octokit.rest.pulls.update({
        ...repo,
        pull_number: existing.number,
        title: content.title,
        body: content.body
      })
    operation = edited || branchPushed ? 'updated' : 'unchanged'
  }
  const missing = content.labels.filter((l) => !pull.labels.some((have) => have.toLowerCase() === l.toLowerCase()))
  if (missing.length > 0) {
    await octokit.rest.issues.addLabels({ ...repo, issue_number: pull.number, labels: missing })
    if (operation === 'unchanged') operation = 'updated'
  }
  if (operation !== 'unchanged') await requestReviews(octokit, repo, pull.number, content, log)
  if (content.autoMerge && !pull.autoMerge) await enableAutoMerge(octokit, repo, pull, content.mergeMethod, log)
  return { pull, operation }
}

async function requestReviews(
  octokit: GitHubClient,
  repo: RepoRef,
  number: number,
  content: PullContent,
  log: { warn(m: string): void }
): Promise<void> {
  if (content.reviewers.length === 0 && content.teamReviewers.length === 0) return
  try {
    await octokit.rest.pulls.requestReviewers({
      ...repo,
      pull_number: number,
      reviewers: content.reviewers,
      team_reviewers: content.teamReviewers
    })
  } catch (error) {
    if (httpStatus(error) !== 422) throw error
    // The promotion itself is done; a reviewer GitHub refuses (not a collaborator, the author) is worth a warning.
    log.warn(
      `Could not request reviews from ${[...content.reviewers, ...content.teamReviewers].join(', ')}: ${(error as Error).message}`
    )
  }
}

const ENABLE_AUTO_MERGE = `mutation($input: EnablePullRequestAutoMergeInput!) {
  enablePullRequestAutoMerge(input: $input) { pullRequest { number autoMergeRequest { mergeMethod } } }
}`

/**
 * Enables auto-merge. GitHub refuses it on a PR that can merge right now ("clean status"); that one is merged
 * directly, as `gh pr merge --auto` does.
 */
async function enableAutoMerge(
  octokit: GitHubClient,
  repo: RepoRef,
  pull: OurPull,
  method: MergeMethod,
  log: { info(m: string): void }
): Promise<void> {
  try {
    await octokit.graphql(ENABLE_AUTO_MERGE, {
      input: { pullRequestId: pull.nodeId, mergeMethod: method.toUpperCase() }
    })
    pull.autoMerge = true
    log.info(`Auto-merge (${method}) enabled on #${pull.number}`)
  } catch (error) {
    if (!/clean status/i.test((error as Error).message)) {
      throw new UserError(`Could not enable auto-merge on #${pull.number}: ${(error as Error).message.split('\n')[0]}`)
    }
    await octokit.rest.pulls.merge({ ...repo, pull_number: pull.number, merge_method: method })
    log.info(`#${pull.number} could merge at once, so it was merged (${method})`)
  }
}
