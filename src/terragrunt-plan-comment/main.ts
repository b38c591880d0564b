import * as core from '@actions/core'
import { readActionDefaults, warnIgnoredInputs } from '../core/action/defaults.js'
import { describeFailure, runAction } from '../core/action/run.js'
import { createGitHubClient, readRunContext } from '../core/github/index.js'
import { buildPlanResult } from '../core/plan/unit-plan.js'
import { redactPlanResult, redactor } from '../core/render/redact.js'
import { logUnits, reportFailures, setOutputs } from './outputs.js'
import { planUnits } from './plan.js'
import { writeComment, writeFailureComment, writeReport } from './publish.js'
import { readPlans, selectPlanUnits } from './select.js'
import { ignoredInputs, readSettings } from './settings.js'
import { verifyReviewedPlan } from './verify.js'

const ACTION = 'terragrunt-plan-comment'

export function run(): Promise<void> {
  return runAction(main)
}

async function main(): Promise<void> {
  const settings = readSettings()
  if (settings.githubToken) core.setSecret(settings.githubToken)
  const ctx = readRunContext(process.env)
  const octokit = settings.githubToken
    ? createGitHubClient({
        token: settings.githubToken,
        baseUrl: ctx.apiUrl,
        log: { info: (m) => core.info(m), warn: (m) => core.warning(m) }
      })
    : undefined

  const ignored = ignoredInputs(settings)
  if (ignored) warnIgnoredInputs(ignored.names, await readActionDefaults(ACTION, import.meta.url), ignored.why)

  if (settings.verifyReviewed) return verifyReviewedPlan(settings, ctx, octokit)
  let planning = false
  try {
    const selection = settings.planPath ? undefined : await selectPlanUnits(settings, ctx, octokit)
    planning = selection !== undefined
    const units = selection ? await planUnits(settings, selection) : await readPlans(settings, ctx)
    planning = true
    // Masked once, here: the log, report, summary, outputs, comment and annotations all read this result.
    const result = redactPlanResult(buildPlanResult(units), settings.redact)
    logUnits(result)

    // Report file, job summary and outputs first: a comment write that fails must not lose them.
    const report = await writeReport(result, settings, ctx, selection)
    setOutputs(result, report.reportPath)
    await writeComment(report, settings, ctx, octokit)
    reportFailures(result, settings.failOn)
  } catch (error) {
    // Our comment must not keep showing an earlier commit's plan as if it were this one's.
    const message = redactor(settings.redact)(describeFailure(error).message)
    await writeFailureComment(message, settings, ctx, octokit, planning)
    throw error
  }
}
