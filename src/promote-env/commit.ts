import { UserError } from '../core/action/errors.js'
import type { GitHubClient, RepoRef } from '../core/github/client.js'
import { GitError, pushWithRebase } from '../core/gitops/git/index.js'
import type { GitRepository } from '../core/gitops/git/index.js'
import type { CommitMethod } from './settings.js'

/** The promotion commit to make: `files` (path -> new text) on top of `baseHead`. */
export interface CommitRequest {
  git: GitRepository
  octokit: GitHubClient
  repo: RepoRef
  base: string
  baseHead: string
  /** The pull request branch, or undefined to commit straight to `base`. */
  branch?: string
  method: CommitMethod
  files: ReadonlyMap<string, string>
  message: string
  /** How many times a push refused because the remote moved is tried again. */
  attempts: number
  log: (message: string) => void
}

export interface CommitOutcome {
  sha: string
  /** 'unchanged': the branch already had exactly this change on the current base; nothing was pushed. */
  status: 'pushed' | 'unchanged'
}

/**
 * Makes the commit locally (both methods: it gives the tree to compare and to check the API's result against),
 * then lands it: on the pull request branch (rebuilt on the current base, pushed with a lease or written through
 * the Git Data API), or on the base branch (a fast-forward, rebased and retried when the remote moved; or
 * createCommitOnBranch with the expected head). The base branch is never force-pushed.
 */
export async function commitPromotion(request: CommitRequest): Promise<CommitOutcome> {
  const { git, branch } = request
  await git.checkout(branch ?? request.base, request.baseHead)
  for (const [path, text] of request.files) await git.writeFile(path, text)
  const local = await git.commit([...request.files.keys()], request.message)
  if (!local) throw new Error('the planned edits changed no file')
  if (branch) return request.method === 'git' ? pushBranch(request, branch, local) : apiBranch(request, branch, local)
  if (request.method === 'git') {
    const { attempts } = await pushWithRebase(git, request.base, { attempts: request.attempts })
    if (attempts > 1) request.log(`${request.base} moved meanwhile; rebased and pushed on attempt ${attempts}`)
    return { sha: (await git.revParse('HEAD')) ?? local, status: 'pushed' }
  }
  return apiBase(request)
}

/** The remote branch head when it already carries exactly `local`'s tree on top of the current base. */
async function sameOnRemote(
  request: CommitRequest,
  branch: string,
  local: string
): Promise<{ remote?: string; same: boolean }> {
  await request.git.fetch([branch])
  const remote = await request.git.revParse(`refs/remotes/origin/${branch}`)
  if (!remote) return { same: false }
  const same =
    (await request.git.treeOf(remote)) === (await request.git.treeOf(local)) &&
    (await request.git.isAncestor(request.baseHead, remote))
  return { remote, same }
}

async function pushBranch(request: CommitRequest, branch: string, local: string): Promise<CommitOutcome> {
  for (let attempt = 1; ; attempt++) {
    const { remote, same } = await sameOnRemote(request, branch, local)
    if (same && remote) return { sha: remote, status: 'unchanged' }
    if ((await request.git.push(branch, remote ?? null)) === 'pushed') return { sha: local, status: 'pushed' }
    if (attempt >= request.attempts) throw new GitError(`git push to ${branch} was refused ${attempt} times; run again`)
    request.log(`${branch} moved while pushing; checking it again (attempt ${attempt + 1})`)
  }
}

/** Git Data API: one tree (contents inline) on the base tree, one commit without author (GitHub signs it), the ref. */
async function apiBranch(request: CommitRequest, branch: string, local: string): Promise<CommitOutcome> {
  const { octokit, repo } = request
  const { remote, same } = await sameOnRemote(request, branch, local)
  if (same && remote) return { sha: remote, status: 'unchanged' }
  const baseTree = await request.git.treeOf(request.baseHead)
  const tree = await octokit.rest.git.createTree({
    ...repo,
    base_tree: baseTree,
    tree: [...request.files].map(([path, content]) => ({
      path,
      mode: '100644' as const,
      type: 'blob' as const,
      content
    }))
  })
  const expected = await request.git.treeOf(local)
  if (tree.data.sha !== expected) {
    throw new Error(`GitHub built tree ${tree.data.sha} where git built ${expected ?? '?'}; nothing was committed`)
  }
  const commit = await octokit.rest.git.createCommit({
    ...repo,
    message: request.message,
    tree: tree.data.sha,
    parents: [request.baseHead]
  })
  const sha = commit.data.sha
  if (remote) await octokit.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: true })
  else await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha })
  return { sha, status: 'pushed' }
}

interface CreateCommitAnswer {
  createCommitOnBranch: { commit: { oid: string } }
}

const CREATE_COMMIT = `mutation($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid } }
}`

/**
 * createCommitOnBranch on the base branch with the head it expects. When another commit landed first (STALE_DATA),
 * it is retried on the new head if that commit touched none of our files (a rebase without conflict), else refused.
 */
async function apiBase(request: CommitRequest): Promise<CommitOutcome> {
  const [headline, ...rest] = request.message.split('\n')
  const additions = [...request.files].map(([path, text]) => ({ path, contents: Buffer.from(text).toString('base64') }))
  let head = request.baseHead
  for (let attempt = 1; ; attempt++) {
    try {
      const answer = await request.octokit.graphql<CreateCommitAnswer>(CREATE_COMMIT, {
        input: {
          branch: { repositoryNameWithOwner: `${request.repo.owner}/${request.repo.repo}`, branchName: request.base },
          expectedHeadOid: head,
          message: { headline, body: rest.join('\n').trim() },
          fileChanges: { additions }
        }
      })
      return { sha: answer.createCommitOnBranch.commit.oid, status: 'pushed' }
    } catch (error) {
      if (
        !/STALE_DATA|Expected branch to point to/i.test(String((error as Error).message)) ||
        attempt >= request.attempts
      )
        throw error
      await request.git.fetch([request.base])
      const moved = (await request.git.revParse(`refs/remotes/origin/${request.base}`)) ?? head
      const touched = (await request.git.changedPaths(head, moved)).filter((p) => request.files.has(p))
      if (touched.length > 0) {
        throw new UserError(
          `${request.base} changed ${touched.join(', ')} meanwhile; run again to promote on top of it`
        )
      }
      request.log(
        `${request.base} moved to ${moved.slice(0, 7)} meanwhile; committing on top of it (attempt ${attempt + 1})`
      )
      head = moved
    }
  }
}
