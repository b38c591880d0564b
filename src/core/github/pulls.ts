import type { GitHubClient } from './client.js'
import type { IssueRef } from './sticky-comment.js'

/**
 * The paths a pull request changes, including the old path of a rename (the unit it left is affected too).
 * GitHub lists at most 3,000 files; `truncated` says when the PR has more.
 */
export async function listChangedFiles(
  octokit: GitHubClient,
  pr: IssueRef
): Promise<{ files: string[]; truncated: boolean }> {
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.number,
    per_page: 100
  })
  const paths = new Set<string>()
  for (const f of files) {
    paths.add(f.filename)
    if (f.previous_filename) paths.add(f.previous_filename)
  }
  return { files: [...paths].sort(), truncated: files.length >= 3000 }
}

/**
 * The pull requests GitHub associates with a commit (GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls): for a
 * commit on the default branch, the merged pull request that introduced it; otherwise merged and open ones that
 * contain it. Callers pick what they need by `merged_at` / `merge_commit_sha`.
 */
export async function listPullsOfCommit(octokit: GitHubClient, repo: { owner: string; repo: string }, sha: string) {
  return octokit.paginate(octokit.rest.repos.listPullRequestsAssociatedWithCommit, {
    owner: repo.owner,
    repo: repo.repo,
    commit_sha: sha,
    per_page: 100
  })
}
