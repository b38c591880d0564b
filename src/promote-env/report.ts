import * as core from '@actions/core'
import { renderDiff, renderSummary } from './render.js'
import type { PromotionView } from './render.js'
import type { PromoteSettings } from './settings.js'
import type { Landed, Planned } from './steps.js'

/** Sets every output and writes the job summary (with the diff on dry runs). */
export async function reportPromotion(
  settings: PromoteSettings,
  planned: Planned,
  view: PromotionView,
  landed: Landed | undefined
): Promise<void> {
  const { plan, version } = planned
  const changes = plan.changes.map((c) => ({ file: c.file, path: c.field, old: c.old, new: c.new }))
  core.setOutput('changed', String(plan.changes.length > 0))
  core.setOutput('version', version)
  core.setOutput('previous-version', plan.previous.join(','))
  core.setOutput('changed-files', JSON.stringify(changes))
  core.setOutput('branch', landed?.branch ?? view.branch ?? view.base)
  core.setOutput('commit-sha', landed?.commitSha ?? '')
  core.setOutput('pull-request-number', landed?.pullNumber ?? '')
  core.setOutput('pull-request-url', landed?.pullUrl ?? '')
  core.setOutput('pull-request-operation', landed?.operation ?? 'none')
  const diff = settings.dryRun && plan.changes.length > 0 ? renderDiff(planned.before, planned.written) : undefined
  const operation = landed?.operation ?? 'none'
  await core.summary
    .addRaw(
      renderSummary(view, {
        dryRun: settings.dryRun,
        commitSha: landed?.commitSha,
        pullUrl: landed?.pullUrl,
        operation,
        diff
      })
    )
    .write()
}
