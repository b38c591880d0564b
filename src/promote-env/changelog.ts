import type { GitHubClient, RepoRef } from '../core/github/client.js'
import { httpStatus } from '../core/github/errors.js'
import { formatVersion } from '../core/gitops/version.js'

export const MAX_COMMITS = 50

export interface SourceCommit {
  sha: string
  title: string
  author: string
  url: string
}

/** The application's commits between two released versions, newest last. */
export interface Changelog {
  repository: string
  fromTag: string
  toTag: string
  /** At most MAX_COMMITS, the newest ones. */
  commits: SourceCommit[]
  total: number
  compareUrl: string
}

/**
 * The commits between the tags of `previous` and `version` in the application's repository (compare API). A version
 * without such a tag (or a repository the token cannot read) gives undefined: the list is left out, not guessed.
 */
export async function readChangelog(
  octokit: GitHubClient,
  source: RepoRef,
  tagFormat: string,
  previous: string,
  version: string
): Promise<Changelog | undefined> {
  const fromTag = formatVersion(tagFormat, previous)
  const toTag = formatVersion(tagFormat, version)
  try {
    const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
      ...source,
      basehead: `${fromTag}...${toTag}`,
      per_page: 100
    })
    const commits = data.commits.slice(-MAX_COMMITS).map((c) => ({
      sha: c.sha,
      title: c.commit.message.split('\n')[0],
      author: c.author?.login ?? c.commit.author?.name ?? 'unknown',
      url: c.html_url
    }))
    return {
      repository: `${source.owner}/${source.repo}`,
      fromTag,
      toTag,
      commits,
      total: data.total_commits,
      compareUrl: data.html_url
    }
  } catch (error) {
    if ([404, 403, 422].includes(httpStatus(error) ?? 0)) return undefined
    throw error
  }
}
