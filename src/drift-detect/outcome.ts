/** Outputs, job summary, annotations and the step's verdict, from the unit results and the issue counts. */
import * as core from '@actions/core'
import { JOB_SUMMARY_LIMIT } from '../core/render/budget.js'
import type { Checked } from './check.js'
import type { IssueCounts } from './issues.js'
import { renderJobSummary } from './render.js'
import type { RunKind } from './settings.js'

const unitsOf = (checked: Checked, c: string): string[] =>
  checked.results.filter((r) => r.classification === c).map((r) => r.unit)

export function setResultOutputs(checked: Checked): void {
  const drifted = unitsOf(checked, 'drift')
  core.setOutput('drifted', String(drifted.length > 0))
  core.setOutput('drifted-units', JSON.stringify(drifted))
  core.setOutput('unapplied-units', JSON.stringify(unitsOf(checked, 'unapplied')))
  core.setOutput('errored-units', JSON.stringify([...unitsOf(checked, 'error'), ...checked.notCovered].sort()))
  core.setOutput('report-path', checked.reportPath)
}

export const NO_ISSUE_WORK: IssueCounts = { opened: 0, updated: 0, closed: 0, overflow: [] }

export async function publishOutcome(checked: Checked, counts: IssueCounts): Promise<void> {
  core.setOutput('issues-opened', String(counts.opened))
  core.setOutput('issues-updated', String(counts.updated))
  core.setOutput('issues-closed', String(counts.closed))
  const summary = renderJobSummary(
    { ...counts, ...checked, notCovered: checked.notCovered.length },
    JOB_SUMMARY_LIMIT - 1024
  )
  await core.summary.addRaw(summary, true).write()
}

/** Annotations per unit, and why the step fails (undefined: it passes). Shard runs leave failing to the aggregate. */
export function verdict(
  checked: Checked,
  counts: IssueCounts,
  kind: RunKind,
  failOnDrift: boolean
): string | undefined {
  const errored = checked.results.filter((r) => r.classification === 'error')
  const annotate = kind === 'shard' ? core.warning : core.error
  for (const r of errored)
    annotate(`${r.unit}: ${r.error ?? 'plan failed'}`, { title: 'Drift check failed for a unit' })
  for (const r of checked.results.filter((x) => x.classification === 'drift')) {
    core.warning(`${r.unit}: ${r.drifted.length} resource(s) changed outside the code`, { title: 'Drift' })
  }
  if (counts.overflow.length > 0) {
    core.warning(
      `${counts.overflow.length} drifted unit(s) got no issue because max-new-issues was reached: ${counts.overflow.join(', ')}`
    )
  }
  if (kind === 'shard') return undefined
  const reasons: string[] = []
  if (checked.missingShards.length > 0 || checked.problems.length > 0) {
    const shards =
      checked.missingShards.length > 0 ? `shard(s) ${checked.missingShards.join(', ')} have no usable report` : ''
    reasons.push(
      `${[shards, ...checked.problems].filter(Boolean).join('; ')}: ${checked.notCovered.length} unit(s) not reconciled, their issues left as they are`
    )
  }
  if (errored.length > 0) {
    const names = errored
      .slice(0, 5)
      .map((r) => r.unit)
      .join(', ')
    reasons.push(
      `${errored.length} unit(s) could not be planned: ${names}${errored.length > 5 ? ', …' : ''} (their issues stay open)`
    )
  }
  const drifted = unitsOf(checked, 'drift')
  if (failOnDrift && drifted.length > 0) reasons.push(`${drifted.length} unit(s) drifted and fail-on-drift is true`)
  return reasons.length > 0 ? reasons.join('. ') : undefined
}
