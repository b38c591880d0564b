import { UserError, oneLine } from '../errors/index.js'

/**
 * A refused Argo CD API request. Unary errors carry grpc-gateway's envelope `{error, code, message}` (grpc-gateway
 * v1.16.0 runtime/errors.go DefaultHTTPError); a few answers are plain text (415 "Invalid content type", unknown
 * routes). A user can act on every one of them, so it is a UserError: one line, no stack.
 */
export class ArgoCdError extends UserError {
  override name = 'ArgoCdError'
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    /** gRPC code from the envelope, when there is one (5 NotFound, 7 PermissionDenied, 9 FailedPrecondition...). */
    readonly grpcCode: number | undefined,
    /** The server's own message (the envelope's `message`, or the text body). */
    readonly serverMessage: string
  ) {
    super(
      `Argo CD API ${method} ${path} answered ${status}${hintFor(status, serverMessage)}: ${oneLine(serverMessage || '(empty body)', 300)}`
    )
  }
}

/** A request that got no answer: a refused connection, a TLS failure, or our own per-request timeout. */
export class ArgoCdUnreachable extends UserError {
  override name = 'ArgoCdUnreachable'
  constructor(
    readonly method: string,
    readonly path: string,
    readonly reason: string
  ) {
    super(`Argo CD API ${method} ${path} got no answer: ${oneLine(reason, 300)}`)
  }
}

function hintFor(status: number, message: string): string {
  if (status === 401)
    return ' (the credentials were rejected: check auth-token, which must be an Argo CD JWT such as an account or project-role token, or username and password)'
  if (status === 403 && /^permission denied$/.test(message))
    return ' (the application does not exist or the token may not read it; give `project` to tell the two apart)'
  if (status === 415) return ' (the server wants exactly Content-Type: application/json)'
  return ''
}

/** Parses an error body: the JSON envelope when there is one, the text otherwise. */
export function parseErrorBody(text: string): { grpcCode?: number; message: string } {
  try {
    const body = JSON.parse(text) as { code?: unknown; message?: unknown; error?: unknown }
    if (body && typeof body === 'object') {
      const message =
        typeof body.message === 'string' ? body.message : typeof body.error === 'string' ? body.error : text
      return { grpcCode: typeof body.code === 'number' ? body.code : undefined, message }
    }
  } catch {
    // plain text (415, 404 of an unknown route, proxies' HTML pages)
  }
  return { message: text.trim().slice(0, 500) }
}

export const isArgoCdError = (e: unknown, status?: number): e is ArgoCdError =>
  e instanceof ArgoCdError && (status === undefined || e.status === status)

/** `another operation is already in progress` (util/argo/argo.go ErrAnotherOperationInProgress, gRPC 9 -> 400). */
export const isOperationInProgress = (e: unknown): boolean =>
  isArgoCdError(e, 400) && /another operation is already in progress/i.test(e.serverMessage)

/** `cannot sync: blocked by sync window` (server/application/application.go Sync, gRPC 7 -> 403). */
export const isBlockedByWindow = (e: unknown): boolean =>
  isArgoCdError(e, 403) && /blocked by sync window/i.test(e.serverMessage)

/** A missing app: 403 "permission denied" without `project` (masking), 404 NotFound with it (argo-cd v2.9+). */
export const isMissingApp = (e: unknown): boolean =>
  isArgoCdError(e) && (e.status === 404 || (e.status === 403 && /^permission denied$/i.test(e.serverMessage)))
