import * as core from '@actions/core'
import { createGitHubClient, readRunContext } from '../core/github/index.js'
import { OPEN_REQUEST_STATE } from './gate.js'
import { decisionComment } from './report.js'

/**
 * The post step. When the main step did not finish its request (the run was cancelled, or a step or job timeout
 * killed it), closes the request as cancelled so no one approves a deployment that is no longer waiting. Only the
 * request this job opened is touched (its number and our account id come from the main step's saved state).
 */
export async function cancelOpenRequest(): Promise<void> {
  const saved = core.getState(OPEN_REQUEST_STATE)
  if (!saved) return
  const { mode, number, selfId } = JSON.parse(saved) as {
    mode: 'issue' | 'pull-request'
    number: number
    selfId: number
  }
  const token = core.getInput('github-token')
  core.setSecret(token)
  const ctx = readRunContext(process.env)
  const octokit = createGitHubClient({ token, baseUrl: ctx.apiUrl })
  const { data: issue } = await octokit.rest.issues.get({ ...ctx.repo, issue_number: number })
  if (mode === 'issue' && (issue.state !== 'open' || issue.user?.id !== selfId)) return
  const reason = 'the workflow run was cancelled or stopped before a decision'
  await octokit.rest.issues.createComment({
    ...ctx.repo,
    issue_number: number,
    body: decisionComment({ decision: 'cancelled', approvers: [], reason, responses: [] })
  })
  if (mode === 'issue') {
    await octokit.rest.issues.update({
      ...ctx.repo,
      issue_number: number,
      state: 'closed',
      state_reason: 'not_planned'
    })
  }
  core.info(`Approval request #${number} closed: ${reason}.`)
}
