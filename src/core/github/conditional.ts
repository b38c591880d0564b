import type { GitHubClient } from './client.js'
import { httpStatus } from './errors.js'

interface Cached {
  etag: string
  data: unknown
}

/**
 * GETs with If-None-Match for polling loops: when nothing changed GitHub answers 304, which costs no rate limit,
 * and the cached body is returned instead.
 */
export class ConditionalReader {
  private readonly cache = new Map<string, Cached>()
  /** How many reads were answered 304 from the cache; for logs and tests. */
  notModified = 0

  constructor(private readonly octokit: GitHubClient) {}

  async get<T>(route: string, params: Record<string, unknown> = {}): Promise<{ data: T; changed: boolean }> {
    const key = `${route} ${JSON.stringify(params)}`
    const cached = this.cache.get(key)
    try {
      const res = await this.octokit.request(route, {
        ...params,
        headers: cached ? { 'if-none-match': cached.etag } : {}
      })
      const etag = res.headers.etag
      if (etag) this.cache.set(key, { etag, data: res.data })
      return { data: res.data as T, changed: true }
    } catch (error) {
      if (httpStatus(error) === 304 && cached) {
        this.notModified++
        return { data: cached.data as T, changed: false }
      }
      throw error
    }
  }
}
