import * as core from '@actions/core'
import { UserError } from '../core/action/errors.js'
import { runAction } from '../core/action/run.js'
import { createGitHubClient, readRunContext } from '../core/github/index.js'
import { aggregateReports, checkUnits, listShards } from './check.js'
import { reconcileSummaryIssue, reconcileUnitIssues } from './issues.js'
import type { IssueCounts } from './issues.js'
import { NO_ISSUE_WORK, publishOutcome, setResultOutputs, verdict } from './outcome.js'
import { readSettings } from './settings.js'

export function run(): Promise<void> {
  return runAction(main)
}

async function main(): Promise<void> {
  const settings = readSettings()
  if (settings.githubToken) core.setSecret(settings.githubToken)
  if (settings.argocd) {
    core.setSecret(settings.argocd.token)
    throw new UserError(
      "Input 'argocd-server' is not supported yet by drift-detect: remove argocd-server, argocd-auth-token and argocd-selector."
    )
  }
  const ctx = readRunContext(process.env)
  const log = (m: string) => core.info(m)

  if (settings.kind === 'list-shards') {
    const { matrix, units } = await listShards(settings, ctx, log)
    core.setOutput('matrix', JSON.stringify(matrix))
    log(`${units} unit(s) in ${matrix.shard.length} shard(s) of at most ${settings.maxUnitsPerShard}.`)
    return
  }

  const checked =
    settings.kind === 'aggregate' ? await aggregateReports(settings, ctx) : await checkUnits(settings, ctx, log)
  setResultOutputs(checked)

  let counts: IssueCounts = NO_ISSUE_WORK
  if (settings.kind !== 'shard' && settings.issues !== 'off') {
    const work = {
      octokit: createGitHubClient({
        token: settings.githubToken,
        baseUrl: ctx.apiUrl,
        log: { info: log, warn: (m: string) => core.warning(m) }
      }),
      repo: ctx.repo,
      labels: settings.labels,
      assignees: settings.assignees,
      maxNew: settings.maxNewIssues,
      results: checked.results,
      discovered: checked.discovered,
      scope: checked.scope,
      notCovered: checked.notCovered,
      run: { sha: checked.sha ?? ctx.sha, runUrl: checked.runUrl ?? ctx.runUrl },
      now: new Date().toISOString()
    }
    counts = settings.issues === 'summary' ? await reconcileSummaryIssue(work) : await reconcileUnitIssues(work)
  }
  await publishOutcome(checked, counts)
  const failure = verdict(checked, counts, settings.kind, settings.failOnDrift)
  if (failure) core.setFailed(failure)
}
