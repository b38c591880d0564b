/**
 * Which pull request the run comments on when the event does not carry one: `pr-number` (workflow_dispatch, push, …)
 * or the pull request an `issue_comment` (a `/plan` comment) is on. Its head, changed files and labels then come
 * from the API, not the event, and the checked-out commit must be that head: a `/plan` whose pull request moved on
 * must not post a plan of another commit as the pull request's.
 */
import * as core from '@actions/core'
import { resolve } from 'node:path'
import { UserError } from '../core/errors/index.js'
import {
  commentedPullNumber,
  createGitHubClient,
  httpStatus,
  listChangedFiles,
  readPullRequest,
  readRunContext
} from '../core/github/index.js'
import type { GitHubClient, RunContext } from '../core/github/index.js'
import { spawnRunner } from '../core/terragrunt/process.js'
import type { ProcessRunner } from '../core/terragrunt/process.js'
import type { PlanCommentSettings } from './settings.js'

/** The checked-out commit and its parents, from `git log -1 --format='%H %P'`. */
export interface Checkout {
  sha: string
  parents: string[]
}

/**
 * Why the checkout is not the pull request's head, or undefined when it is: the head itself, or GitHub's test merge
 * commit `refs/pull/<n>/merge` (parents: base, head). Pure. Unknown (no git, no repository) fails closed too.
 */
export function checkoutMismatch(checkout: Checkout | undefined, head: string, number: number): string | undefined {
  const fix = `check out the pull request's head before this step (actions/checkout with \`ref: refs/pull/${number}/head\`)`
  if (!checkout) {
    return `Cannot tell which commit is checked out (git log failed in the workspace), so the plan may not be of pull request #${number}'s head ${head.slice(0, 7)}: ${fix}.`
  }
  if (checkout.sha === head) return undefined
  if (checkout.parents.length === 2 && checkout.parents[1] === head) return undefined
  return `The checked-out commit ${checkout.sha.slice(0, 7)} is not pull request #${number}'s head ${head.slice(0, 7)} (the pull request moved on since the run started, or the workflow checked out another ref), so its plan would not be the pull request's: ${fix}, or run again.`
}

/** `git log -1` in `dir`; undefined when git cannot say. */
export async function readCheckout(runner: ProcessRunner, dir: string): Promise<Checkout | undefined> {
  const res = await runner.run('git', ['log', '-1', '--format=%H %P'], { cwd: dir }).catch(() => undefined)
  const [sha, ...parents] = res && res.exitCode === 0 ? res.stdout.trim().split(/\s+/) : []
  return sha && /^[0-9a-f]{40,64}$/.test(sha) ? { sha, parents } : undefined
}

/**
 * The run context with the pull request of `pr-number` or of the issue_comment event, read from the API and
 * checked against the checkout; the context as it is for other events.
 */
export async function resolvePullRequest(
  settings: PlanCommentSettings,
  ctx: RunContext,
  octokit: GitHubClient | undefined,
  runner: ProcessRunner = spawnRunner
): Promise<RunContext> {
  const number = settings.prNumber ?? commentedPullNumber(ctx)
  if (number === undefined) return ctx
  const from = settings.prNumber !== undefined ? `Input 'pr-number' (${number})` : `The ${ctx.eventName} event`
  if (!octokit) throw new UserError(`${from} needs 'github-token' to read pull request #${number}.`)
  let pr
  try {
    pr = await readPullRequest(octokit, { ...ctx.repo, number })
  } catch (error) {
    const status = httpStatus(error)
    if (status === 404) {
      throw new UserError(`${from}: ${ctx.repo.owner}/${ctx.repo.repo} has no pull request #${number}.`)
    }
    throw new UserError(
      `${from}: could not read pull request #${number} (${status ? `GitHub answered ${status}` : (error as Error).message}); give the job 'pull-requests: read' permission.`
    )
  }
  const dir = resolve(ctx.workspace, settings.planPath ? '.' : settings.workingDirectory)
  const mismatch = checkoutMismatch(
    (await readCheckout(runner, dir)) ?? (await readCheckout(runner, ctx.workspace)),
    pr.headSha,
    number
  )
  if (mismatch) throw new UserError(mismatch)
  core.info(`Pull request #${number} at ${pr.headSha.slice(0, 7)} (read from GitHub for ${ctx.eventName}).`)
  return { ...ctx, pullRequest: pr, sha: pr.headSha }
}

/** The run context (with the pull request resolved as above) and the API client (none without a token). */
export async function connect(
  settings: PlanCommentSettings
): Promise<{ ctx: RunContext; octokit: GitHubClient | undefined }> {
  if (settings.githubToken) core.setSecret(settings.githubToken)
  const event = readRunContext(process.env)
  const octokit = settings.githubToken
    ? createGitHubClient({
        token: settings.githubToken,
        baseUrl: event.apiUrl,
        log: { info: (m) => core.info(m), warn: (m) => core.warning(m) }
      })
    : undefined
  return { ctx: await resolvePullRequest(settings, event, octokit), octokit }
}

/**
 * The PR's changed files, asked for now when changed-only selection will read them (a pull request and a token),
 * else undefined. The caller awaits it later; a rejection is never left unhandled meanwhile.
 */
export function listPullFiles(
  settings: PlanCommentSettings,
  ctx: RunContext,
  octokit: GitHubClient | undefined
): Promise<{ files: string[]; truncated: boolean }> | undefined {
  const pr = ctx.pullRequest
  if (!settings.changedOnly || !pr || !octokit) return undefined
  const changed = listChangedFiles(octokit, { ...ctx.repo, number: pr.number })
  changed.catch(() => undefined)
  return changed
}
