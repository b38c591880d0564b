import { describe, expect, it } from '@jest/globals'
import { emulatorForTests } from '../../emulators/github/jest.js'
import { VERSIONS, bookverseRepo } from '../../fixtures/bookverse-gitops.js'
import { gitopsRemote, promote } from './helpers.js'

const gh = await emulatorForTests({ owner: 'acme', repo: 'gitops' })
const repo = bookverseRepo(VERSIONS)

/** The pull request as GitHub's REST API shows it. */
async function restPull(number: number): Promise<{
  requested_reviewers: Array<{ login: string }>
  requested_teams: Array<{ slug: string }>
}> {
  const res = await fetch(`${gh.url}/repos/acme/gitops/pulls/${number}`, {
    headers: { authorization: 'token ghs_workflow' }
  })
  expect(res.status).toBe(200)
  return (await res.json()) as never
}

describe('promote-env requests reviews from teams', () => {
  it('team-reviewers (with or without @org/) and reviewers are requested in one call and shown on the PR', async () => {
    const remote = await gitopsRemote(gh, repo)
    gh.state.addTeam('acme', 'sre', [{ login: 'bob' }])
    gh.state.addTeam('acme', 'qa-leads', [{ login: 'carol' }])
    gh.state.setPermission('acme', 'gitops', 'alice', 'write')
    const result = await promote(gh, remote, {
      to: 'qa',
      reviewers: 'alice',
      'team-reviewers': '@acme/sre\nqa-leads'
    })
    expect(result.annotations).toEqual([])
    const number = Number(result.outputs['pull-request-number'])
    const calls = gh.stats.requests.filter(
      (r) => r.route === 'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers'
    )
    expect(calls.map((c) => c.body)).toEqual([{ reviewers: ['alice'], team_reviewers: ['sre', 'qa-leads'] }])
    expect(calls[0].status).toBe(201)
    const pull = await restPull(number)
    expect(pull.requested_teams.map((t) => t.slug)).toEqual(['sre', 'qa-leads'])
    expect(pull.requested_reviewers.map((u) => u.login)).toEqual(['alice'])
  })

  it('a team GitHub does not know is a warning naming it; the PR is still opened', async () => {
    const remote = await gitopsRemote(gh, repo)
    const result = await promote(gh, remote, { to: 'qa', 'team-reviewers': 'no-such-team' })
    expect(result.exitCode).toBe(0)
    expect(result.outputs['pull-request-operation']).toBe('created')
    const warnings = result.annotations.filter((a) => a.level === 'warning').map((a) => a.message)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('Could not request reviews from no-such-team')
    const pull = await restPull(Number(result.outputs['pull-request-number']))
    expect(pull.requested_teams).toEqual([])
  })
})
