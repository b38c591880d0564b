import * as core from '@actions/core'
import { runAction } from '../core/action/run.js'
import { createGitHubClient, readRunContext, readTokenIdentity } from '../core/github/index.js'
import { readChangelog } from './changelog.js'
import { resolvePromotion } from './policy.js'
import { reportPromotion } from './report.js'
import type { PromotionView } from './render.js'
import { readSettings } from './settings.js'
import { cloneGitops, landPromotion, loadConfig, planPromotion } from './steps.js'
import type { Landed } from './steps.js'

export function run(): Promise<void> {
  return runAction(main)
}

async function main(): Promise<void> {
  const settings = readSettings()
  core.setSecret(settings.token)
  const ctx = readRunContext(process.env)
  const repo = settings.repository ?? ctx.repo
  const log = { info: (m: string) => core.info(m), warn: (m: string) => core.warning(m) }
  const octokit = createGitHubClient({ token: settings.token, baseUrl: ctx.apiUrl, log })
  const identity = await readTokenIdentity(octokit)
  const base = settings.base ?? (await octokit.rest.repos.get({ ...repo })).data.default_branch
  const git = await cloneGitops(ctx, repo, base, settings.token, identity)
  const scope = resolvePromotion(settings, await loadConfig(settings.configPath, ctx.workspace, git))
  const planned = await planPromotion(settings, scope, git, `${repo.owner}/${repo.repo}@${base}`)
  const { plan, version } = planned
  const source = settings.sourceRepository
  const changelog =
    source && plan.previous.length === 1 && plan.changes.length > 0
      ? await readChangelog(octokit, source, settings.tagFormat, plan.previous[0], version)
      : undefined
  const view: PromotionView = {
    from: scope.from,
    to: scope.to,
    version,
    previous: plan.previous,
    reason: settings.reason,
    repository: `${repo.owner}/${repo.repo}`,
    base,
    baseSha: (await git.revParse('HEAD')) ?? '',
    branch: settings.pullRequest ? scope.branch : undefined,
    serverUrl: ctx.serverUrl,
    changes: plan.changes,
    changelog
  }
  const landed: Landed | undefined =
    settings.dryRun || plan.changes.length === 0
      ? undefined
      : await landPromotion(settings, scope, view, planned, { git, octokit, repo, identity })
  await reportPromotion(settings, planned, view, landed)
}
