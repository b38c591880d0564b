import type { Ctx, Reply } from './context.js'

export const DEFAULT_PER_PAGE = 30
export const MAX_PER_PAGE = 100

export interface PageWindow {
  page: number
  perPage: number
}

function positiveInt(value: string | null, fallback: number): number {
  if (value === null || value === '') return fallback
  const parsed = Number.parseInt(value, 10)
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback
}

export function pageWindow(query: URLSearchParams): PageWindow {
  return {
    page: positiveInt(query.get('page'), 1),
    perPage: Math.min(positiveInt(query.get('per_page'), DEFAULT_PER_PAGE), MAX_PER_PAGE)
  }
}

/**
 * GitHub's Link header: `<url?page=2>; rel="prev", <url?page=4>; rel="next", <url?page=9>; rel="last", <url?page=1>; rel="first"`,
 * omitting relations that do not apply. URLs keep the other query parameters and put `page` last.
 */
export function linkHeader(requestUrl: URL, page: number, lastPage: number): string | undefined {
  const at = (target: number): string => {
    const url = new URL(requestUrl.href)
    url.searchParams.delete('page')
    url.searchParams.append('page', String(target))
    return url.href
  }
  const links: string[] = []
  if (page > 1) links.push(`<${at(Math.min(page - 1, lastPage))}>; rel="prev"`)
  if (page < lastPage) {
    links.push(`<${at(page + 1)}>; rel="next"`)
    links.push(`<${at(lastPage)}>; rel="last"`)
  }
  if (page > 1) links.push(`<${at(1)}>; rel="first"`)
  return links.length > 0 ? links.join(', ') : undefined
}

/** One page of a list with its Link header. */
export function paginate<T>(ctx: Ctx, items: T[], map: (item: T) => unknown = (item) => item): Reply {
  const { page, perPage } = pageWindow(ctx.query)
  const lastPage = Math.max(1, Math.ceil(items.length / perPage))
  const slice = items.slice((page - 1) * perPage, page * perPage)
  const link = linkHeader(ctx.requestUrl, page, lastPage)
  return { status: 200, body: slice.map(map), headers: link ? { link } : {} }
}
