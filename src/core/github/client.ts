import type { getOctokit } from '@actions/github'
import { Octokit } from '@octokit/core'
import { paginateRest } from '@octokit/plugin-paginate-rest'
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { httpFetch, notifyWritten, requestWritten } from './http-fetch.js'

/** The Octokit every action uses: REST methods, pagination, retries and throttling. */
export type GitHubClient = ReturnType<typeof getOctokit>

/**
 * @actions/github's `getOctokit`, built here from the same Octokit plugins: @actions/github loads undici and
 * @actions/http-client for its proxy support when it is imported, which more than doubled every action's start-up.
 * The same client, token auth and user agent; requests go through node:http/https (http-fetch.ts) unless a proxy
 * variable is set.
 */
const GitHub = Octokit.plugin(restEndpointMethods, paginateRest, retry, throttling)

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
  return new GitHub({
    auth: `token ${options.token}`,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: withOrchestrationId(options.userAgent ?? 'gitops-actions'),
    request: { fetch: proxyAwareFetch },
    throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
    retry: { retries: 3 }
  })
}

const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY']

/**
 * node:http/https, or with a proxy variable set, @actions/github's own proxy-aware fetch (undici with the dispatcher
 * @actions/http-client chooses for GITHUB_API_URL, honouring no_proxy), loaded on the first request that needs it.
 * Without a proxy variable that fetch would go direct too.
 */
/**
 * Resolves once the first request made from now on is on the wire (through a proxy: once it is handed to the proxy's
 * fetch), or `request` settles, whichever comes first.
 */
export function whenSent(request: Promise<unknown>): Promise<void> {
  return Promise.race([requestWritten(), request.then(noop, noop)])
}

const noop = (): void => undefined

const proxyAwareFetch = async (url: string, init: Parameters<typeof httpFetch>[1]): Promise<unknown> => {
  if (!PROXY_VARIABLES.some((name) => process.env[name])) return httpFetch(url, init)
  const { defaults } = await import('@actions/github/lib/utils')
  const viaProxy = defaults.request?.fetch as (u: string, i: typeof init) => Promise<unknown>
  const response = viaProxy(url, init)
  notifyWritten()
  return response
}

/** The user agent with the runner's orchestration id, as @actions/github's getOctokit adds it. */
function withOrchestrationId(userAgent: string): string {
  const id = process.env['ACTIONS_ORCHESTRATION_ID']?.trim()
  if (!id) return userAgent
  const tag = `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}`
  return userAgent.includes(tag) ? userAgent : `${userAgent} ${tag}`
}
