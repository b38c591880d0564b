import * as core from '@actions/core'
import { UserError, oneLine } from '../errors/index.js'

/** Shape of an Octokit RequestError, read structurally so this module needs no Octokit import. */
interface HttpFailure {
  status: number
  message: string
  request?: { method?: string; url?: string }
}

function isHttpFailure(e: unknown): e is HttpFailure {
  return typeof e === 'object' && e !== null && typeof (e as HttpFailure).status === 'number' && 'request' in e
}

const PERMISSION_HINT: Record<number, string> = {
  401: 'the token was rejected: check the github-token input',
  403: "the token lacks a permission: check the workflow's `permissions:` block",
  404: 'not found, or the token cannot see it: check the repository and the token',
  422: 'GitHub refused the request as invalid'
}

/** Turns an error into the one line a user sees. */
export function describeFailure(error: unknown): { message: string; isBug: boolean } {
  if (error instanceof UserError) return { message: error.message, isBug: false }
  if (isHttpFailure(error) && PERMISSION_HINT[error.status]) {
    const { method = 'GET', url = '' } = error.request ?? {}
    const path = stripQuery(url)
    return {
      message: `GitHub API ${method} ${path} answered ${error.status} (${PERMISSION_HINT[error.status]}): ${oneLine(error.message, 200)}`,
      isBug: false
    }
  }
  const message = error instanceof Error ? error.message : String(error)
  return { message: `Unexpected error: ${oneLine(message, 300)}`, isBug: true }
}

/** Drops scheme, host and query so credentials in URLs never reach the log. */
function stripQuery(url: string): string {
  try {
    return new URL(url).pathname
  } catch {
    return url.split('?')[0] ?? ''
  }
}

/**
 * The one entry point of every action: runs `main`, reports a user mistake as one failed line, and keeps the
 * stack of anything unexpected in debug output only.
 */
export async function runAction(main: () => Promise<void>): Promise<void> {
  try {
    await main()
  } catch (error) {
    const { message, isBug } = describeFailure(error)
    if (isBug && error instanceof Error && error.stack) core.debug(error.stack)
    core.setFailed(message)
  }
}
