import { describe, expect, it } from '@jest/globals'
import { createGitHubClient, createDeployment, setDeploymentStatus } from '../../../src/core/github/index.js'
import { deploymentsOf } from './handlers/deployments.js'
import { emulatorForTests } from './jest.js'

const gh = await emulatorForTests({ owner: 'acme', repo: 'live' })
const repo = { owner: 'acme', repo: 'live' }
const octokit = () => createGitHubClient({ token: 'ghs_job', baseUrl: gh.url })

describe('GitHub emulator: deployments', () => {
  it('creates a deployment of a commit and records its statuses, newest first', async () => {
    const sha = gh.state.commitFiles('acme', 'live', 'main', { 'app.txt': 'v2' }).sha
    const id = await createDeployment(octokit(), repo, {
      ref: sha,
      environment: 'staging',
      description: 'Argo CD: web'
    })
    await setDeploymentStatus(octokit(), repo, id, {
      state: 'in_progress',
      logUrl: 'https://github.com/acme/live/actions/runs/1',
      description: 'x'
    })
    await setDeploymentStatus(octokit(), repo, id, {
      state: 'success',
      logUrl: 'https://github.com/acme/live/actions/runs/1',
      description: 'y'
    })

    const { data: list } = await octokit().rest.repos.listDeployments({ ...repo, environment: 'staging' })
    expect(list.map((d) => [d.id, d.sha, d.environment, d.creator?.login])).toEqual([
      [id, sha, 'staging', 'github-actions[bot]']
    ])
    const { data: statuses } = await octokit().rest.repos.listDeploymentStatuses({ ...repo, deployment_id: id })
    expect(statuses.map((s) => [s.state, s.log_url])).toEqual([
      ['success', 'https://github.com/acme/live/actions/runs/1'],
      ['in_progress', 'https://github.com/acme/live/actions/runs/1']
    ])
    expect(deploymentsOf(gh.state, 'acme', 'live')[0].statuses.map((s) => s.state)).toEqual(['in_progress', 'success'])
  })

  it('refuses a ref that does not exist, an unknown state, and anonymous writes', async () => {
    await expect(
      createDeployment(octokit(), repo, { ref: 'f'.repeat(40), environment: 'dev', description: '' })
    ).rejects.toMatchObject({ status: 422 })
    const id = await createDeployment(octokit(), repo, { ref: 'main', environment: 'dev', description: '' })
    await expect(
      octokit().request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
        ...repo,
        deployment_id: id,
        state: 'done' as 'success'
      })
    ).rejects.toMatchObject({ status: 422 })
    const anonymous = await fetch(`${gh.url}/repos/acme/live/deployments`, {
      method: 'POST',
      body: JSON.stringify({ ref: 'main' })
    })
    expect(anonymous.status).toBe(401)
  })

  it('marks the previous successful deployment of a non-production environment inactive (auto_inactive)', async () => {
    const first = await createDeployment(octokit(), repo, { ref: 'main', environment: 'dev', description: '' })
    await setDeploymentStatus(octokit(), repo, first, { state: 'success', logUrl: '', description: '' })
    const second = await createDeployment(octokit(), repo, { ref: 'main', environment: 'dev', description: '' })
    await setDeploymentStatus(octokit(), repo, second, { state: 'success', logUrl: '', description: '' })
    expect(deploymentsOf(gh.state, 'acme', 'live').map((d) => d.statuses.at(-1)?.state)).toEqual([
      'inactive',
      'success'
    ])
  })
})
