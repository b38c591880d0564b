import { InputError, UserError } from '../core/action/errors.js'
import type { GitHubClient, RepoRef } from '../core/github/client.js'
import { httpStatus } from '../core/github/errors.js'
import { GitError, pushWithRebase } from '../core/gitops/git/index.js'
import type { GitIdentity, GitRepository } from '../core/gitops/git/index.js'
import { foreignBranchMessage, foreignCommit } from '../core/gitops/ownership.js'
import type { BranchOwner } from '../core/gitops/ownership.js'
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
  /** The token's account: an existing branch is overwritten only when all its commits beyond the base are ours. */
  owner: BranchOwner
  /**
   * Author for Git Data API commits; undefined leaves it to GitHub, which then signs the commit (App and workflow
   * tokens). Set for user tokens, whose API commits GitHub does not sign and would give the account's public email.
   */
  apiAuthor?: GitIdentity
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
  if (branch === request.base) {
    throw new InputError(
      'branch',
      branch,
      `a pull request branch other than the base branch ${branch} (or pull-request: false to commit to ${branch})`
    )
  }
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

/**
 * Fetches the branch (and the base, whose commits are nobody's to judge) and compares: `same` when the remote branch
 * already carries exactly `local`'s tree on top of the base we build on.
 */
async function sameOnRemote(
  request: CommitRequest,
  branch: string,
  local: string
): Promise<{ remote?: string; same: boolean }> {
  await request.git.fetch([branch, request.base])
  const remote = await request.git.revParse(`refs/remotes/origin/${branch}`)
  if (!remote) return { same: false }
  const same =
    (await request.git.treeOf(remote)) === (await request.git.treeOf(local)) &&
    (await request.git.isAncestor(request.baseHead, remote))
  return { remote, same }
}

/**
 * Refuses (one line, nothing written) when the branch at `remote` holds a commit beyond the base that promote-env did
 * not write as this account (see core/gitops/ownership.ts for the rule).
 */
async function checkOwned(request: CommitRequest, branch: string, remote: string): Promise<void> {
  const bases = [request.baseHead]
  if (await request.git.revParse(`refs/remotes/origin/${request.base}`))
    bases.push(`refs/remotes/origin/${request.base}`)
  const foreign = foreignCommit(await request.git.commitsBetween(bases, remote), request.owner)
  if (foreign) throw new UserError(foreignBranchMessage(branch, foreign, request.owner))
}

async function pushBranch(request: CommitRequest, branch: string, local: string): Promise<CommitOutcome> {
  for (let attempt = 1; ; attempt++) {
    const { remote, same } = await sameOnRemote(request, branch, local)
    if (same && remote) return { sha: remote, status: 'unchanged' }
    if (remote) await checkOwned(request, branch, remote)
    if ((await request.git.push(branch, remote ?? null)) === 'pushed') return { sha: local, status: 'pushed' }
    if (attempt >= request.attempts) throw new GitError(`git push to ${branch} was refused ${attempt} times; run again`)
    request.log(`${branch} moved while pushing; checking it again (attempt ${attempt + 1})`)
  }
}

/**
 * Git Data API: one tree (contents inline) on the base tree and one commit on the base head (without author, so
 * GitHub signs it), made once; then the ref, only where we read it:
 * - no branch: createRef, which fails when someone created it meanwhile;
 * - the branch is behind our commit (a fast-forward): a non-forced update, which GitHub refuses if it moved;
 * - our older commit to replace: the ref is read again right before a forced update and must still be where we read
 *   (and judged) it. The REST API has no compare-and-swap, so a write landing in the milliseconds between that read
 *   and the update is the one window left; everything earlier is caught.
 * When the branch moved, it is fetched and judged again (bounded by `attempts`). The base branch is never written here.
 */
async function apiBranch(request: CommitRequest, branch: string, local: string): Promise<CommitOutcome> {
  let sha: string | undefined
  for (let attempt = 1; ; attempt++) {
    const { remote, same } = await sameOnRemote(request, branch, local)
    if (same && remote) return { sha: remote, status: 'unchanged' }
    if (remote) await checkOwned(request, branch, remote)
    sha ??= await apiCommit(request, local)
    if (await apiUpdateRef(request, branch, sha, remote)) return { sha, status: 'pushed' }
    if (attempt >= request.attempts) {
      throw new GitError(`${branch} moved each time promote-env updated it (${attempt} times); run again`)
    }
    request.log(`${branch} moved while updating it; checking it again (attempt ${attempt + 1})`)
  }
}

/** Creates the promotion commit through the API on the base head, checking GitHub's tree against git's. */
async function apiCommit(request: CommitRequest, local: string): Promise<string> {
  const { octokit, repo } = request
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
  const author = request.apiAuthor && { name: request.apiAuthor.name, email: request.apiAuthor.email }
  const commit = await octokit.rest.git.createCommit({
    ...repo,
    message: request.message,
    tree: tree.data.sha,
    parents: [request.baseHead],
    ...(author ? { author } : {})
  })
  return commit.data.sha
}

/** Points the branch at `sha` if it is still at `remote` (absent when undefined); false when it moved. */
async function apiUpdateRef(
  request: CommitRequest,
  branch: string,
  sha: string,
  remote: string | undefined
): Promise<boolean> {
  const { octokit, repo } = request
  try {
    if (!remote) {
      await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha })
      return true
    }
    if (await request.git.isAncestor(remote, request.baseHead)) {
      await octokit.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: false })
      return true
    }
    const now = await octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` })
    if (now.data.object.sha !== remote) return false
    await octokit.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: true })
    return true
  } catch (error) {
    // The ref was created meanwhile, is no fast-forward any more, or was deleted after we read it: it moved.
    const status = httpStatus(error)
    const message = String((error as Error).message)
    if (status === 404 || (status === 422 && /already exists|not a fast.?forward/i.test(message))) return false
    throw error
  }
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
