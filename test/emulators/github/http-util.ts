import { createHash, randomBytes } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'

/** `authorization: token X` or `Bearer X`; undefined when absent. */
export function bearerToken(headers: IncomingHttpHeaders): string | undefined {
  const value = headers.authorization
  if (!value) return undefined
  const match = /^(?:token|bearer)\s+(.+)$/i.exec(value.trim())
  return match ? match[1] : value.trim()
}

export function weakETag(body: Buffer | string): string {
  return `W/"${createHash('sha256').update(body).digest('hex')}"`
}

/** If-None-Match uses weak comparison: `W/` prefixes are ignored, lists and `*` are allowed. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag))
}

export function requestId(): string {
  const hex = randomBytes(10).toString('hex').toUpperCase()
  return `${hex.slice(0, 4)}:${hex.slice(4, 9)}:${hex.slice(9, 15)}:${hex.slice(15, 20)}`
}

export const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit and have been temporarily blocked from content creation. Please retry your request again later. If you reach out to GitHub Support for help, please include the request ID'

export const BAD_GATEWAY_HTML = `<!DOCTYPE html>
<html>
  <head>
    <meta http-equiv="Content-type" content="text/html; charset=utf-8">
    <title>Unicorn! &middot; GitHub</title>
  </head>
  <body>
    <div class="container">
      <p><strong>We had issues producing the response to your request.</strong></p>
      <p>Sorry about that. Please try refreshing and contact us if the problem persists.</p>
    </div>
  </body>
</html>
`
