import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { isAbsolute, join } from 'node:path'
import { loadGitopsConfig } from '../core/config/load.js'
import type { GitopsConfig } from '../core/config/types.js'
import type { GitHubClient, RepoRef, RunContext, TokenIdentity } from '../core/github/index.js'
import { GitRepository } from '../core/gitops/git/index.js'
import type { GitIdentity } from '../core/gitops/git/index.js'
import { applyPlan, planEdits, readEnvironmentVersion } from '../core/gitops/plan.js'
import type { EditPlan } from '../core/gitops/plan.js'
import { commitPromotion } from './commit.js'
import { readEnvironment } from './environment.js'
import { checkDowngrade, checkPinned } from './policy.js'
import type { PromotionScope } from './policy.js'
import { findOurPull, upsertPull } from './pull-request.js'
import type { PullOperation } from './pull-request.js'
import { fillTemplate, pullMarker, renderCommitMessage, renderPullBody } from './render.js'
import type { PromotionView } from './render.js'
import type { PromoteSettings } from './settings.js'

/** How often a push refused because the branch moved is tried again. */
const PUSH_ATTEMPTS = 5

const log = { info: (m: string) => core.info(m), warn: (m: string) => core.warning(m) }

/** The git author of our commits: the token's account by its GitHub noreply address (what ownership checks). */
export function gitIdentityOf(identity: TokenIdentity): GitIdentity {
  return { name: identity.login, email: `${identity.id}+${identity.login}@users.noreply.github.com` }
}

/** Clones the base branch of the GitOps repository into the runner's temp directory, as the token's account. */
export async function cloneGitops(
  ctx: RunContext,
  repo: RepoRef,
  base: string,
  token: string,
  identity: TokenIdentity
) {
  const dir = join(process.env.RUNNER_TEMP || tmpdir(), `promote-env-${randomUUID()}`)
  // git sends the token as HTTP Basic; mask that form too in case git ever echoes a header.
  core.setSecret(Buffer.from(`x-access-token:${token}`).toString('base64'))
  const git = new GitRepository({
    dir,
    url: `${ctx.serverUrl}/${repo.owner}/${repo.repo}.git`,
    token,
    identity: gitIdentityOf(identity)
  })
  await git.clone(base)
  return git
}

/** The config file from the workspace, else from the GitOps repository itself; undefined when neither has it. */
export async function loadConfig(
  path: string,
  workspace: string,
  git: GitRepository
): Promise<GitopsConfig | undefined> {
  const inWorkspace = isAbsolute(path) ? path : join(workspace, path)
  if (existsSync(inWorkspace) || isAbsolute(path)) return loadGitopsConfig(inWorkspace)
  return loadGitopsConfig(join(git.dir, path)).then((c) => c && { ...c, file: path })
}

export interface Planned {
  version: string
  plan: EditPlan
  /** New text of every changed file, verified. */
  written: Map<string, string>
  before: Map<string, string>
}

/** Reads both environments on the base branch, settles the version, checks the rules and plans the edits. */
export async function planPromotion(
  settings: PromoteSettings,
  scope: PromotionScope,
  git: GitRepository,
  where: string
): Promise<Planned> {
  const all = await git.listFiles()
  const read = (p: string) => git.readFile(p)
  const app = settings.app
  const target = await readEnvironment(scope.to, scope.toPaths, all, read, where)
  let version = settings.version
  if (version === undefined) {
    const source = await readEnvironment(scope.from, scope.fromPaths, all, read, where)
    version = readEnvironmentVersion(source.files, settings.targets, {
      environment: scope.from,
      source: source.source,
      app
    }).version
    core.info(`'${scope.from}' runs ${version}`)
  }
  checkPinned(version, scope)
  const plan = planEdits(target.files, settings.targets, version, { environment: scope.to, source: target.source, app })
  checkDowngrade(version, plan.previous, scope.to, settings.allowDowngrade)
  const written = applyPlan(target.files, plan.changes)
  const before = new Map(target.files.filter((f) => written.has(f.name)).map((f) => [f.name, f.text]))
  return { version, plan, written, before }
}

export interface Landed {
  commitSha: string
  branch: string
  pullNumber?: number
  pullUrl?: string
  operation: PullOperation
}

/** Commits the edits (to the PR branch or the base) and opens or updates our pull request. */
export async function landPromotion(
  settings: PromoteSettings,
  scope: PromotionScope,
  view: PromotionView,
  planned: Planned,
  env: { git: GitRepository; octokit: GitHubClient; repo: RepoRef; identity: TokenIdentity }
): Promise<Landed> {
  const title = fillTemplate(settings.title, view)
  const branch = settings.pullRequest ? scope.branch : undefined
  const existing = branch
    ? await findOurPull(env.octokit, env.repo, branch, pullMarker(branch), env.identity)
    : undefined
  const commit = await commitPromotion({
    git: env.git,
    octokit: env.octokit,
    repo: env.repo,
    base: view.base,
    baseHead: view.baseSha,
    branch,
    method: settings.commitMethod,
    files: planned.written,
    message: renderCommitMessage(title, view),
    attempts: PUSH_ATTEMPTS,
    owner: env.identity,
    // GitHub signs API commits of Apps and the workflow token only when we leave the author to it.
    apiAuthor: env.identity.bot === false ? gitIdentityOf(env.identity) : undefined,
    log: log.info
  })
  if (!branch) return { commitSha: commit.sha, branch: view.base, operation: 'none' }
  const content = {
    branch,
    base: view.base,
    title,
    body: renderPullBody(settings.body, view),
    labels: settings.labels.map((l) => l.split('{to}').join(scope.to)),
    reviewers: settings.reviewers,
    teamReviewers: settings.teamReviewers,
    autoMerge: settings.autoMerge,
    mergeMethod: settings.mergeMethod
  }
  const { pull, operation } = await upsertPull(
    env.octokit,
    env.repo,
    existing,
    content,
    commit.status === 'pushed',
    log
  )
  return { commitSha: commit.sha, branch, pullNumber: pull.number, pullUrl: pull.url, operation }
}
