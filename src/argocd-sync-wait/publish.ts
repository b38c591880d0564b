import * as core from '@actions/core'
import { JOB_SUMMARY_LIMIT } from '../core/render/budget.js'
import type { AppReport } from './deliver.js'
import { appsJson, failureLine, faultLines, renderSummary } from './report.js'
import type { SyncWaitSettings } from './settings.js'

/** Outputs first, then the job summary and one error annotation per app at fault; returns the failure line, if any. */
export async function publish(
  reports: AppReport[],
  settings: SyncWaitSettings,
  started: number
): Promise<string | undefined> {
  const ok = reports.every((r) => r.outcome === 'succeeded')
  core.setOutput('healthy', String(ok))
  core.setOutput('apps-json', JSON.stringify(appsJson(reports)))
  core.setOutput(
    'revision',
    settings.expectedRevisions.join(',') || (reports[0]?.status?.syncedRevisions.join(',') ?? '')
  )
  core.setOutput('duration-seconds', String(Math.round((Date.now() - started) / 1000)))
  const summary = renderSummary(reports, settings.expectedRevisions)
  await core.summary.addRaw(summary.slice(0, JOB_SUMMARY_LIMIT - 1024), true).write()
  for (const r of reports.filter((x) => x.outcome !== 'succeeded')) {
    core.error(faultLines(r).join('\n'), { title: `Argo CD app ${r.label}` })
  }
  return failureLine(reports)
}
