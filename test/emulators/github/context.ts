import type { IncomingHttpHeaders } from 'node:http'
import type { GitHubState, RepoRecord, UserRecord } from './state.js'

export const DOCS = 'https://docs.github.com/rest'

/** What a handler answers; the server adds rate-limit headers, ETags and JSON encoding. */
export interface Reply {
  status: number
  /** JSON-encoded unless it is a Buffer (sent as is with the reply's content-type). */
  body?: unknown
  headers?: Record<string, string>
}

export interface ValidationErrorItem {
  resource?: string
  field?: string
  code: string
  message?: string
  value?: unknown
}

/** An error answer in GitHub's shape: `{ message, errors?, documentation_url, status }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: Array<ValidationErrorItem | string>,
    readonly headers: Record<string, string> = {}
  ) {
    super(message)
  }

  toBody(): Record<string, unknown> {
    return {
      message: this.message,
      ...(this.errors ? { errors: this.errors } : {}),
      documentation_url: DOCS,
      status: String(this.status)
    }
  }
}

export const notFound = (): ApiError => new ApiError(404, 'Not Found')

export function validationFailed(...errors: Array<ValidationErrorItem | string>): ApiError {
  return new ApiError(422, 'Validation Failed', errors)
}

export interface Ctx {
  state: GitHubState
  method: string
  /** Path without the GHES prefix and without the query string. */
  path: string
  /** Route key, e.g. 'GET /repos/{owner}/{repo}'. */
  route: string
  params: Record<string, string>
  query: URLSearchParams
  body: unknown
  /** The identity the token maps to; undefined for anonymous requests. */
  user: UserRecord | undefined
  /** Absolute API root the client used, e.g. http://127.0.0.1:PORT or http://127.0.0.1:PORT/api/v3 */
  apiBase: string
  /** URL of this request as the client sent it (for Link headers). */
  requestUrl: URL
  headers: IncomingHttpHeaders
  /** Records something GitHub supports that the emulator does not (fails assertNoUnknownRoutes). */
  unimplemented: (what: string) => void
}

export function requireUser(ctx: Ctx): UserRecord {
  if (!ctx.user) throw new ApiError(401, 'Requires authentication')
  return ctx.user
}

export function repoOf(ctx: Ctx): RepoRecord {
  const repo = ctx.state.findRepo(ctx.params.owner, ctx.params.repo)
  if (!repo) throw notFound()
  return repo
}

/** The JSON object body of a request; GitHub answers 400 for anything else. */
export function objectBody(ctx: Ctx): Record<string, unknown> {
  const body = ctx.body ?? {}
  if (typeof body !== 'object' || Array.isArray(body) || body === null) {
    throw new ApiError(400, 'Problems parsing JSON')
  }
  return body as Record<string, unknown>
}

export function optionalString(body: Record<string, unknown>, field: string, resource: string): string | undefined {
  const value = body[field]
  if (value === undefined) return undefined
  if (typeof value !== 'string') {
    throw new ApiError(422, `Invalid request.\n\nFor '${field}', ${JSON.stringify(value)} is not a string.`, [
      { resource, field, code: 'invalid' }
    ])
  }
  return value
}

export function requiredString(body: Record<string, unknown>, field: string, resource: string): string {
  const value = optionalString(body, field, resource)
  if (value === undefined || value === '') {
    throw validationFailed({ resource, field, code: 'missing_field' })
  }
  return value
}

export function stringList(value: unknown, field: string): string[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) {
    throw new ApiError(422, `Invalid request.\n\nFor '${field}', ${JSON.stringify(value)} is not an array.`)
  }
  return value.map((item) => {
    if (typeof item === 'string') return item
    if (item && typeof item === 'object' && typeof (item as { name?: unknown }).name === 'string') {
      return (item as { name: string }).name
    }
    throw new ApiError(422, `Invalid request.\n\nFor '${field}', ${JSON.stringify(item)} is not a string.`)
  })
}

export const MAX_BODY_CHARACTERS = 65536

/** GitHub counts characters (code points) and refuses bodies over 65536 of them. */
export function checkBodyLength(body: string | null | undefined, resource: string): void {
  if (body && body.length > MAX_BODY_CHARACTERS && [...body].length > MAX_BODY_CHARACTERS) {
    throw validationFailed({
      resource,
      code: 'unprocessable',
      field: 'data',
      message: `Body is too long (maximum is ${MAX_BODY_CHARACTERS} characters)`
    })
  }
}

export function json(body: unknown, status = 200, headers?: Record<string, string>): Reply {
  return { status, body, headers }
}

export const noContent = (): Reply => ({ status: 204 })

export function intParam(ctx: Ctx, name: string): number {
  const value = Number(ctx.params[name])
  if (!Number.isInteger(value) || value < 0) throw notFound()
  return value
}

export type Handler = (ctx: Ctx) => Reply | Promise<Reply>

/** Handlers keyed by route key ('GET /repos/{owner}/{repo}'). */
export type HandlerMap = Record<string, Handler>

/** Sorts by a string/number key; GitHub's `direction` is 'asc' or 'desc'. */
export function sortRecords<T>(items: T[], key: (item: T) => string | number, direction: string): T[] {
  const sign = direction === 'asc' ? 1 : -1
  return [...items].sort((a, b) => {
    const ka = key(a)
    const kb = key(b)
    return ka < kb ? -sign : ka > kb ? sign : 0
  })
}

/** Parses GitHub's `since` (ISO 8601); a malformed value is a 422 like on GitHub. */
export function sinceParam(ctx: Ctx): number | undefined {
  const since = ctx.query.get('since')
  if (since === null || since === '') return undefined
  const time = Date.parse(since)
  if (Number.isNaN(time)) {
    throw validationFailed({ resource: 'Search', field: 'since', code: 'invalid', value: since })
  }
  return time
}
