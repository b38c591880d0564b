/**
 * gRPC status codes and their HTTP statuses as grpc-gateway v1.16.0 maps them (runtime/errors.go
 * HTTPStatusFromCode; Argo CD pins that version in go.mod). FailedPrecondition is 400, not 412, and Canceled is 408.
 */
export const GrpcCode = {
  Canceled: 1,
  Unknown: 2,
  InvalidArgument: 3,
  DeadlineExceeded: 4,
  NotFound: 5,
  AlreadyExists: 6,
  PermissionDenied: 7,
  ResourceExhausted: 8,
  FailedPrecondition: 9,
  Aborted: 10,
  OutOfRange: 11,
  Unimplemented: 12,
  Internal: 13,
  Unavailable: 14,
  DataLoss: 15,
  Unauthenticated: 16
} as const
export type GrpcCodeName = keyof typeof GrpcCode

const HTTP_BY_CODE: Record<number, number> = {
  0: 200,
  1: 408,
  2: 500,
  3: 400,
  4: 504,
  5: 404,
  6: 409,
  7: 403,
  8: 429,
  9: 400,
  10: 409,
  11: 400,
  12: 501,
  13: 500,
  14: 503,
  15: 500,
  16: 401
}

export function httpStatusFromCode(code: number): number {
  return HTTP_BY_CODE[code] ?? 500
}

/** The error a gRPC handler returns; the gateway turns it into the `runtimeError` envelope. */
export class ApiError extends Error {
  constructor(
    readonly code: number,
    message: string
  ) {
    super(message)
  }

  get status(): number {
    return httpStatusFromCode(this.code)
  }

  /**
   * grpc-gateway v1.16.0 DefaultHTTPError marshals `{error, code, message}` with Argo CD's encoding/json marshaler
   * (util/grpc/json.go), so the empty `details` is omitted.
   */
  toBody(): { error: string; code: number; message: string } {
    return { error: this.message, code: this.code, message: this.message }
  }

  /** The chunk grpc-gateway v1.16.0 writes when a stream fails after its headers (runtime/handler.go errorChunk). */
  toStreamChunk(): { error: { grpc_code: number; http_code: number; message: string; http_status: string } } {
    return {
      error: {
        grpc_code: this.code,
        http_code: this.status,
        message: this.message,
        http_status: HTTP_STATUS_TEXT[this.status] ?? 'Internal Server Error'
      }
    }
  }
}

const HTTP_STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  409: 'Conflict',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  503: 'Service Unavailable',
  504: 'Gateway Timeout'
}

/** argocommon.PermissionDeniedAPIError (common/common.go v3.5.1): what a missing app looks like without `project`. */
export const permissionDenied = () => new ApiError(GrpcCode.PermissionDenied, 'permission denied')

/** apierrors.NewNotFound(argoproj.io/applications, name).Error() as getAppEnforceRBAC returns it with `project`. */
export const appNotFound = (name: string) =>
  new ApiError(GrpcCode.NotFound, `applications.argoproj.io "${name}" not found`)
