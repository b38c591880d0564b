import { createDeployment, createGitHubClient, setDeploymentStatus } from '../core/github/index.js'
import type { DeploymentState, GitHubClient, RunContext } from '../core/github/index.js'
import { httpStatus } from '../core/github/errors.js'
import type { AppReport, Log } from './deliver.js'

/** A GitHub deployment record for this delivery; every call only warns on failure, the delivery itself goes on. */
export interface DeploymentRecord {
  finish(reports: AppReport[]): Promise<void>
}

const noRecord: DeploymentRecord = { finish: () => Promise.resolve() }

export async function startDeploymentRecord(
  environment: string | undefined,
  token: string,
  ctx: RunContext,
  ref: string,
  apps: string[],
  log: Log
): Promise<DeploymentRecord> {
  if (!environment) return noRecord
  const octokit = createGitHubClient({ token, baseUrl: ctx.apiUrl, log: { info: log.info, warn: log.warning } })
  const warn = (what: string, e: unknown) =>
    log.warning(
      `Could not ${what} the GitHub deployment (${httpStatus(e) ?? (e as Error).message})${httpStatus(e) === 403 || httpStatus(e) === 404 ? ": give the job 'deployments: write' permission" : ''}.`
    )
  let id: number
  try {
    id = await createDeployment(octokit, ctx.repo, {
      ref,
      environment,
      description: `Argo CD: ${apps.join(', ')}`,
      payload: { apps }
    })
    await status(octokit, ctx, id, 'in_progress', `Syncing ${apps.length} Argo CD app(s)`)
    log.info(`GitHub deployment ${id} to ${environment} in progress`)
  } catch (e) {
    warn('create', e)
    return noRecord
  }
  return {
    async finish(reports) {
      const failed = reports.filter((r) => r.outcome !== 'succeeded')
      const rolledBack = failed.length > 0 && failed.every((r) => r.rollback?.outcome === 'succeeded')
      try {
        if (failed.length === 0)
          await status(octokit, ctx, id, 'success', `${reports.length} app(s) Synced and Healthy`)
        else await status(octokit, ctx, id, 'failure', `${failed.map((r) => r.label).join(', ')}: ${failed[0].reason}`)
        // Rolled back: this revision is no longer what runs there.
        if (rolledBack) await status(octokit, ctx, id, 'inactive', 'Rolled back to the last healthy revision')
      } catch (e) {
        warn('update', e)
      }
    }
  }
}

function status(octokit: GitHubClient, ctx: RunContext, id: number, state: DeploymentState, description: string) {
  return setDeploymentStatus(octokit, ctx.repo, id, { state, logUrl: ctx.runUrl, description })
}
