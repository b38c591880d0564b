import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

/** The Octokit every action uses: REST methods, pagination, retries and throttling. */
export type GitHubClient = ReturnType<typeof getOctokit>

export interface RepoRef {
  owner: string
  repo: string
}

export interface ClientOptions {
  token: string
  /** API base URL; GITHUB_API_URL on a runner (GHES: https://host/api/v3). */
  baseUrl: string
  /** Where rate-limit and retry notices go (core.info / core.warning in actions). */
  log?: { info(message: string): void; warn(message: string): void }
  /** How many times a request that hit a primary or secondary rate limit is retried. */
  rateLimitRetries?: number
  userAgent?: string
}

/**
 * Builds the Octokit for an action. The throttling plugin serialises writes and spaces them at least 1 s apart
 * (3 s for notification-triggering ones such as new comments), as GitHub's secondary rate limit guidance asks;
 * the retry plugin retries 5xx and dropped connections with growing delays.
 */
export function createGitHubClient(options: ClientOptions): GitHubClient {
  const log = options.log ?? { info: () => undefined, warn: () => undefined }
  const maxRetries = options.rateLimitRetries ?? 3
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const where = `${request.method} ${request.url.split('?')[0]}`
      if (retryCount < maxRetries) {
        log.info(`GitHub ${kind} rate limit on ${where}: retrying after ${retryAfter}s`)
        return true
      }
      log.warn(`GitHub ${kind} rate limit on ${where}: giving up after ${retryCount} retries`)
      return false
    }
  return getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      userAgent: options.userAgent ?? 'gitops-actions',
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
      retry: { retries: 3 }
    },
    retry,
    throttling
  )
}
