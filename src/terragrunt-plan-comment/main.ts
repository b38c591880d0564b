import * as core from '@actions/core'
import { resolve } from 'node:path'
import { runAction } from '../core/action/run.js'
import { createGitHubClient, readRunContext } from '../core/github/index.js'
import { buildPlanResult } from '../core/plan/unit-plan.js'
import { redactor } from '../core/render/redact.js'
import { readPlanPath } from '../core/terragrunt/plan-files.js'
import { reportFailures, setOutputs } from './outputs.js'
import { planUnits } from './plan.js'
import { writeComment, writeReport } from './publish.js'
import { selectPlanUnits } from './select.js'
import { readSettings } from './settings.js'

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

  const selection = settings.planPath ? undefined : await selectPlanUnits(settings, ctx, octokit)
  const units = selection
    ? await planUnits(settings, selection)
    : await readPlanPath(resolve(ctx.workspace, settings.planPath!))
  const result = buildPlanResult(units)

  // Report file, job summary and outputs first: a comment write that fails must not lose them.
  const redact = redactor(settings.redact)
  const report = await writeReport(result, settings, ctx, selection)
  setOutputs(result, report.reportPath, redact)
  await writeComment(report, settings, ctx, octokit)
  reportFailures(result, settings.failOn, redact)
}
