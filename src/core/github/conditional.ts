import type { GitHubClient } from './client.js'
import { httpStatus } from './errors.js'
import { readRateLimit, type RateLimit } from './rate-limit.js'

interface Cached {
  etag: string
  data: unknown
  next: string | undefined
}

type Headers = Record<string, string | number | undefined>

/**
 * GETs with If-None-Match for polling loops: when nothing changed GitHub answers 304, which costs no rate limit,
 * and the cached body is returned instead. Every answer (304s too) updates `rateLimit`, so a loop can slow down
 * before the budget runs out.
 */
export class ConditionalReader {
  private readonly cache = new Map<string, Cached>()
  /** How many reads were answered 304 from the cache; for logs and tests. */
  notModified = 0
  /** How many reads GitHub answered with a body (they count against the rate limit). */
  counted = 0
  /** The primary rate limit as the last answer reported it. */
  rateLimit: RateLimit | undefined

  constructor(private readonly octokit: GitHubClient) {}

  async get<T>(route: string, params: Record<string, unknown> = {}): Promise<{ data: T; changed: boolean }> {
    const { data, changed } = await this.page(route, params)
    return { data: data as T, changed }
  }

  /**
   * Every page of a list (`per_page` as given, 100 is GitHub's maximum), each page read conditionally: an unchanged
   * list costs one 304 per page. `changed` is true when any page changed.
   */
  async getAll<T>(route: string, params: Record<string, unknown> = {}): Promise<{ data: T[]; changed: boolean }> {
    const items: T[] = []
    let changed = false
    for (let page = 1; ; page++) {
      const res = await this.page(route, { ...params, page })
      items.push(...(res.data as T[]))
      changed ||= res.changed
      if (!res.next) return { data: items, changed }
    }
  }

  private async page(route: string, params: Record<string, unknown>) {
    const key = `${route} ${JSON.stringify(params)}`
    const cached = this.cache.get(key)
    try {
      const res = await this.octokit.request(route, {
        ...params,
        headers: cached ? { 'if-none-match': cached.etag } : {}
      })
      this.counted++
      this.note(res.headers)
      const next = hasNextPage(res.headers.link)
      const etag = res.headers.etag
      if (etag) this.cache.set(key, { etag, data: res.data, next })
      return { data: res.data as unknown, changed: true, next }
    } catch (error) {
      if (httpStatus(error) === 304 && cached) {
        this.notModified++
        this.note((error as { response?: { headers?: Headers } }).response?.headers)
        return { data: cached.data, changed: false, next: cached.next }
      }
      throw error
    }
  }

  private note(headers: Headers | undefined): void {
    const limit = headers && readRateLimit(headers)
    if (limit) this.rateLimit = limit
  }
}

function hasNextPage(link: string | undefined): string | undefined {
  return link && /<([^>]+)>;\s*rel="next"/.exec(link)?.[1]
}
