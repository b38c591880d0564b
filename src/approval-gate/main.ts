import * as core from '@actions/core'
import { runAction } from '../core/action/run.js'
import { createGitHubClient, readRunContext, readTokenIdentity } from '../core/github/index.js'
import { cancelOpenRequest } from './cleanup.js'
import { attachGate, closeRequest, evaluate, OPEN_REQUEST_STATE, openGate, waitForDecision } from './gate.js'
import type { Gate } from './gate.js'
import type { GateDecision } from './model.js'
import { setOutputs, writeSummary } from './report.js'
import { readSettings } from './settings.js'
import type { GateSettings } from './settings.js'

export function run(): Promise<void> {
  return runAction(core.getState('isPost') === 'true' ? cancelOpenRequest : main)
}

async function main(): Promise<void> {
  core.saveState('isPost', 'true')
  const settings = await readSettings()
  core.setSecret(settings.githubToken)
  if (settings.autoApprovedBecause) {
    const result: GateDecision = {
      decision: 'auto-approved',
      approvers: [],
      reason: settings.autoApprovedBecause,
      responses: []
    }
    return conclude(undefined, result, settings, false)
  }
  const ctx = readRunContext(process.env)
  const log = { info: (m: string) => core.info(m), warn: (m: string) => core.warning(m) }
  const octokit = createGitHubClient({ token: settings.githubToken, baseUrl: ctx.apiUrl, log })
  const self = await readTokenIdentity(octokit)

  if (settings.issueNumber !== undefined) {
    const { gate, decided } = await attachGate(octokit, ctx, settings, self)
    return conclude(gate, decided ?? (await evaluate(gate)), settings, !decided)
  }
  const gate = await openGate(octokit, ctx, settings, self)
  if (!settings.wait) {
    core.saveState(OPEN_REQUEST_STATE, '') // left open on purpose: a later run evaluates it
    const reason = `waiting: request #${gate.request.number} is open; evaluate it with issue-number`
    return conclude(gate, { decision: 'pending', approvers: [], reason, responses: [] }, settings, false)
  }
  return conclude(gate, await waitForDecision(gate, settings.pollIntervalMs), settings, true)
}

/** Outputs and the job summary first, then the closing comment, then the step's status. */
async function conclude(gate: Gate | undefined, result: GateDecision, settings: GateSettings, close: boolean) {
  core.info(`Decision: ${result.decision} (${result.reason})`)
  setOutputs(result, gate?.request)
  await writeSummary(result, gate?.request)
  if (gate && close && result.decision !== 'pending') await closeRequest(gate, result)
  const failure = failureOf(result, settings)
  if (failure) core.setFailed(failure)
}

function failureOf(result: GateDecision, settings: GateSettings): string | undefined {
  if (result.decision === 'denied' && settings.failOnDeny) return `Approval denied: ${result.reason}`
  if (result.decision === 'timed-out') return `Approval timed out: ${result.reason}`
  if (result.decision === 'cancelled') return `Approval cancelled: ${result.reason}`
  return undefined
}
