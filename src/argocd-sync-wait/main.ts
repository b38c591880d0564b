import * as core from '@actions/core'
import { runAction } from '../core/action/run.js'
import { ArgoCdClient } from '../core/argocd/client.js'
import { appLabel } from '../core/argocd/status.js'
import { readRunContext } from '../core/github/context.js'
import { Deadline, systemClock } from '../core/time/clock.js'
import { deliverAll } from './deliver.js'
import type { Log } from './deliver.js'
import { publish } from './publish.js'
import { startDeploymentRecord } from './record.js'
import { readSettings } from './settings.js'
import { resolveApps } from './targets.js'

export function run(): Promise<void> {
  return runAction(main)
}

const log: Log = { info: (m) => core.info(m), warning: (m) => core.warning(m) }

async function main(): Promise<void> {
  const settings = readSettings()
  for (const secret of [...settings.secrets, settings.githubToken].filter(Boolean)) core.setSecret(secret)
  const started = Date.now()
  const deadline = new Deadline(systemClock, settings.timeoutMs)
  const ctx = readRunContext(process.env)
  const client = new ArgoCdClient({ ...settings, mask: (secret) => core.setSecret(secret), log: log.info })
  try {
    core.info(`Argo CD ${await client.version().catch(() => 'version unknown')} at ${settings.server}`)
    const apps = await resolveApps(client, settings)
    const labels = apps.map(appLabel)
    core.info(`${settings.sync ? 'Syncing' : 'Waiting for'} ${labels.join(', ')}`)
    const ref = settings.expectedRevisions.find((r) => r !== '*') ?? ctx.sha
    const record = await startDeploymentRecord(
      settings.deploymentEnvironment,
      settings.githubToken,
      ctx,
      ref,
      labels,
      log
    )
    // Our operations carry the run, its attempt and the app, so a status from anyone else's operation never counts.
    const run = `${process.env.GITHUB_RUN_ID ?? '0'}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}`
    const infos = (app: { name: string; namespace?: string }) => [
      { name: 'gha-run', value: `${run}-${appLabel(app)}` },
      { name: 'gha-repository', value: `${ctx.repo.owner}/${ctx.repo.repo}` }
    ]
    const reports = await deliverAll({ client, settings, deadline, log, infos }, apps)
    const failure = await publish(reports, settings, started)
    await record.finish(reports)
    core.info(`Argo CD API requests: ${client.requests}`)
    if (failure) core.setFailed(failure)
  } finally {
    await client.close()
  }
}
