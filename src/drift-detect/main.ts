import * as core from '@actions/core'
import { runAction } from '../core/action/run.js'
import { readRunContext } from '../core/github/index.js'
import { aggregateReports, checkUnits, listShards } from './check.js'
import { workOnIssues } from './issues.js'
import { NO_ISSUE_WORK, publishOutcome, setResultOutputs, verdict } from './outcome.js'
import { readSettings } from './settings.js'

export function run(): Promise<void> {
  return runAction(main)
}

async function main(): Promise<void> {
  const settings = readSettings()
  if (settings.githubToken) core.setSecret(settings.githubToken)
  if (settings.argocd) core.setSecret(settings.argocd.token)
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
  // Argo CD is asked once, by the run that does the issue work; shard runs leave it to the aggregate run.
  // loaded only here: the Argo CD client brings undici, which would slow every run's start
  const argocd =
    settings.argocd && settings.kind !== 'shard'
      ? await (await import('./argocd.js')).checkArgoCd(settings.argocd, (s) => core.setSecret(s), log)
      : undefined
  if (argocd) checked.results.push(...argocd.results)
  else if (settings.argocd) log('Argo CD applications are checked by the aggregate run, not by shard runs.')
  setResultOutputs(checked)

  const counts =
    settings.kind !== 'shard' && settings.issues !== 'off'
      ? await workOnIssues(settings, ctx, checked, argocd?.exists)
      : NO_ISSUE_WORK
  await publishOutcome(checked, counts)
  const failure = verdict(checked, counts, settings.kind, settings.failOnDrift)
  if (failure) core.setFailed(failure)
}
