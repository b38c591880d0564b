import { readActionDefaults, warnIgnoredInputs } from '../core/action/defaults.js'
import { describeFailure, runAction } from '../core/action/run.js'
import { whenSent } from '../core/github/client.js'
import { redactor } from '../core/render/redact.js'
import { connect, listPullFiles } from './target.js'
import { ignoredInputs, readSettings } from './settings.js'

const ACTION = 'terragrunt-plan-comment'

export function run(): Promise<void> {
  return runAction(main)
}

async function main(): Promise<void> {
  const settings = readSettings()
  const { ctx, octokit } = await connect(settings)

  const ignored = ignoredInputs(settings)
  if (ignored) warnIgnoredInputs(ignored.names, await readActionDefaults(ACTION, import.meta.url), ignored.why)

  // The PR's file list is asked for first: the rest of the action loads while the request is under way.
  const changed = settings.verifyReviewed || settings.planPath ? undefined : listPullFiles(settings, ctx, octokit)
  if (changed) await whenSent(changed)
  const step = await import('./steps.js')
  if (settings.verifyReviewed) return step.verifyReviewedPlan(settings, ctx, octokit)
  let planning = false
  try {
    const selection = settings.planPath ? undefined : await step.selectPlanUnits(settings, ctx, octokit, changed)
    planning = selection !== undefined
    const units = selection ? await step.planUnits(settings, selection) : await step.readPlans(settings, ctx)
    planning = true
    // Masked once, here: the log, report, summary, outputs, comment and annotations all read this result.
    const plans = step.buildPlanResult(units)
    const result = step.redactPlanResult(plans, settings.redact)
    step.logUnits(result)
    const guard = await step.gateProtected(plans, settings, ctx, octokit)

    // Report file, job summary and outputs first: a comment write that fails must not lose them.
    const report = await step.writeReport(result, settings, ctx, selection, guard.report)
    step.setOutputs(result, report.reportPath)
    await step.writeComment(report, settings, ctx, octokit)
    step.reportProtected(guard)
    step.reportFailures(result, settings.failOn)
  } catch (error) {
    // Our comment must not keep showing an earlier commit's plan as if it were this one's.
    const message = redactor(settings.redact)(describeFailure(error).message)
    await step.writeFailureComment(message, settings, ctx, octokit, planning)
    throw error
  }
}
