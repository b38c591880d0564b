/** The emulator's GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls against GitHub's documented behaviour. */
import { describe, expect, it } from '@jest/globals'
import { Octokit } from '@octokit/core'
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods'
import { emulatorForTests } from './jest.js'

const owner = 'acme'
const repo = 'live'
const gh = await emulatorForTests({ owner, repo })
const octokit = new (Octokit.plugin(restEndpointMethods))({ auth: 'ghs_x', baseUrl: gh.url })
const pullsOf = async (sha: string) =>
  (await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha })).data.map((p) => [
    p.number,
    p.merged_at !== null,
    p.merge_commit_sha
  ])

describe('commits/{sha}/pulls', () => {
  it.each(['merge', 'squash'] as const)(
    'lists the merged pull request for its %s commit and for the commits it introduced',
    async (method) => {
      const pr = gh.state.createPull(owner, repo, { title: 'Change', head: 'change' })
      const first = pr.headSha
      const second = gh.state.commitFiles(owner, repo, 'change', { 'b.txt': 'b\n' }).sha
      const other = gh.state.createPull(owner, repo, { title: 'Other', head: 'other' })
      // Before the merge: the commit is not on the default branch, so open pull requests that hold it are listed.
      expect(await pullsOf(second)).toEqual([[pr.number, false, null]])

      const { data } = await octokit.rest.pulls.merge({ owner, repo, pull_number: pr.number, merge_method: method })
      expect(await pullsOf(data.sha)).toEqual([[pr.number, true, data.sha]])
      // merge: the branch's commits are on main, introduced by the pull request; squash: they are not on main, and
      // the merged pull request holds them. Either way it is listed.
      expect(await pullsOf(first)).toEqual([[pr.number, true, data.sha]])
      expect(await pullsOf(other.headSha)).toEqual([[other.number, false, null]])
      // A merged pull request still lists the files it changed.
      const files = await octokit.rest.pulls.listFiles({ owner, repo, pull_number: pr.number })
      expect(files.data.map((f) => f.filename).sort()).toEqual(['b.txt', 'changes/change.txt'])

      // A commit pushed to main directly belongs to no pull request.
      const direct = gh.state.commitFiles(owner, repo, 'main', { 'c.txt': 'c\n' }).sha
      expect(await pullsOf(direct)).toEqual([])
    }
  )

  it('answers 422 for a commit it does not have', async () => {
    await expect(
      octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: 'f'.repeat(40) })
    ).rejects.toMatchObject({ status: 422 })
  })
})
