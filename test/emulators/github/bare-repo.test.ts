import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Octokit } from '@octokit/core'
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods'
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { linkBareRepository } from './bare-repo.js'
import { startGitHubEmulator } from './index.js'
import type { GitHubEmulator } from './index.js'

const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'a',
  GIT_AUTHOR_EMAIL: 'a@x',
  GIT_COMMITTER_NAME: 'a',
  GIT_COMMITTER_EMAIL: 'a@x'
}
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env, encoding: 'utf8' }).trim()

let gh: GitHubEmulator
let root: string
let bare: string
let work: string

beforeAll(async () => {
  gh = await startGitHubEmulator({})
  root = await mkdtemp(join(tmpdir(), 'emulator-bare-'))
  bare = join(root, 'gitops.git')
  work = join(root, 'work')
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', bare)
  git(root, 'clone', '--quiet', bare, work)
  await writeFile(join(work, 'a.yaml'), 'tag: 1\n')
  git(work, 'add', '.')
  git(work, 'commit', '--quiet', '-m', 'seed')
  git(work, 'push', '--quiet', 'origin', 'HEAD:main')
})
afterAll(async () => {
  await gh.close()
  await rm(root, { recursive: true, force: true })
})

describe('an emulated repository backed by a bare git repository', () => {
  it('shows pushes to the API and API commits to git, with the same shas', async () => {
    linkBareRepository(gh.state, 'acme', 'gitops', bare)
    const octokit = new (Octokit.plugin(restEndpointMethods))({ auth: 'ghs_x', baseUrl: gh.url })
    const head = git(work, 'rev-parse', 'HEAD')
    const branch = await octokit.rest.repos.getBranch({ owner: 'acme', repo: 'gitops', branch: 'main' })
    expect(branch.data.commit.sha).toBe(head)
    expect(gh.state.readFile('acme', 'gitops', 'a.yaml')).toBe('tag: 1\n')

    git(work, 'checkout', '--quiet', '-b', 'promote/qa')
    await writeFile(join(work, 'a.yaml'), 'tag: 2\n')
    git(work, 'commit', '--quiet', '-am', 'two')
    git(work, 'push', '--quiet', 'origin', 'promote/qa')
    const pull = await octokit.rest.pulls.create({
      owner: 'acme',
      repo: 'gitops',
      title: 'Promote',
      head: 'promote/qa',
      base: 'main'
    })
    expect(pull.data.head.sha).toBe(git(work, 'rev-parse', 'HEAD'))
    expect(pull.data.commits).toBe(1)

    const result = await octokit.request('POST /graphql', {
      query: `mutation($input: CreateCommitOnBranchInput!) { createCommitOnBranch(input: $input) { commit { oid } } }`,
      variables: {
        input: {
          branch: { repositoryNameWithOwner: 'acme/gitops', branchName: 'main' },
          expectedHeadOid: head,
          message: { headline: 'api commit' },
          fileChanges: { additions: [{ path: 'b/c.yaml', contents: Buffer.from('x: 1\n').toString('base64') }] }
        }
      }
    })
    const oid = (result.data as { data: { createCommitOnBranch: { commit: { oid: string } } } }).data
      .createCommitOnBranch.commit.oid
    git(work, 'fetch', '--quiet', 'origin', 'main')
    expect(git(work, 'rev-parse', 'origin/main')).toBe(oid)
    expect(git(work, 'show', 'origin/main:b/c.yaml')).toBe('x: 1')
    expect(git(bare, 'fsck', '--no-dangling')).toBe('')
  })
})
