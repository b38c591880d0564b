import type { GitHubClient, RepoRef } from './client.js'

export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'error' | 'inactive'

/**
 * A GitHub deployment of `ref` to `environment`, so the repository's deployments view and DORA tooling see it.
 * `auto_merge: false` and no required contexts: the deployment records what was delivered, it does not gate it.
 */
export async function createDeployment(
  octokit: GitHubClient,
  repo: RepoRef,
  d: { ref: string; environment: string; description: string; payload?: Record<string, unknown> }
): Promise<number> {
  const res = await octokit.rest.repos.createDeployment({
    ...repo,
    ref: d.ref,
    environment: d.environment,
    description: d.description.slice(0, 140),
    auto_merge: false,
    required_contexts: [],
    payload: d.payload ?? {}
  })
  // 202 answers (an auto-merge happened) carry no id; with auto_merge false GitHub answers 201.
  if (!('id' in res.data)) throw new Error(`GitHub did not create the deployment: ${res.data.message ?? ''}`)
  return res.data.id
}

export async function setDeploymentStatus(
  octokit: GitHubClient,
  repo: RepoRef,
  deploymentId: number,
  s: { state: DeploymentState; logUrl: string; description: string }
): Promise<void> {
  await octokit.rest.repos.createDeploymentStatus({
    ...repo,
    deployment_id: deploymentId,
    state: s.state,
    log_url: s.logUrl,
    description: s.description.slice(0, 140)
  })
}
