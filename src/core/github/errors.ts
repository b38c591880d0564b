/** Octokit's RequestError, read structurally so callers can test status codes without importing it. */
export function httpStatus(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'status' in error) {
    const status = error.status
    return typeof status === 'number' ? status : undefined
  }
  return undefined
}
