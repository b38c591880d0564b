import type { AppReport } from './deliver.js'
import { details, table } from '../core/render/markdown.js'

const ICON: Record<AppReport['outcome'], string> = { succeeded: '✅', failed: '❌', timeout: '⏱️' }
const seconds = (ms: number) => Math.round(ms / 100) / 10

/** The `apps-json` output: one object per app. */
export function appsJson(reports: AppReport[]): object[] {
  return reports.map((r) => ({
    name: r.app.name,
    namespace: r.status?.namespace || r.app.namespace || '',
    outcome: r.outcome,
    reason: r.reason,
    sync: r.status?.sync ?? '',
    revisions: r.status?.syncedRevisions ?? [],
    health: r.status?.health ?? '',
    operation: r.operation ? { phase: r.operation.phase, message: r.operation.message } : null,
    durationSeconds: seconds(r.durationMs),
    resources: r.faults.length > 0 ? r.faults : unhealthyResources(r),
    ...(r.rollback ? { rollback: r.rollback } : {})
  }))
}

/** Resources not Synced or not Healthy in the last status, with their messages. */
function unhealthyResources(r: AppReport): AppReport['faults'] {
  return (r.status?.resources ?? [])
    .filter((x) => x.sync !== 'Synced' || (x.health !== '' && x.health !== 'Healthy'))
    .map((x) => ({
      resource: `${x.group ? `${x.group}/` : ''}${x.kind} ${x.namespace ? `${x.namespace}/` : ''}${x.name}`,
      sync: x.sync,
      health: x.health,
      message: x.message
    }))
}

/** One line for core.setFailed naming every app that did not make it. */
export function failureLine(reports: AppReport[]): string | undefined {
  const bad = reports.filter((r) => r.outcome !== 'succeeded')
  if (bad.length === 0) return undefined
  const timedOut = bad.filter((r) => r.outcome === 'timeout')
  const parts = bad.map((r) => `${r.label} (${r.outcome === 'timeout' ? 'still pending: ' : ''}${r.reason})`)
  const head =
    timedOut.length === bad.length ? 'Timed out waiting for' : `${bad.length} of ${reports.length} app(s) failed:`
  return `${head} ${parts.join('; ')}`
}

/** Log lines naming the resources at fault and the operation message of each failed app. */
export function faultLines(r: AppReport): string[] {
  const lines = [`${r.label}: ${r.outcome}: ${r.reason}`]
  if (r.operation?.message && !r.reason.includes(r.operation.message))
    lines.push(`  operation ${r.operation.phase}: ${r.operation.message}`)
  for (const f of r.faults.length > 0 ? r.faults : unhealthyResources(r)) {
    lines.push(`  ${f.resource}: ${[f.sync, f.health].filter(Boolean).join('/')}${f.message ? `: ${f.message}` : ''}`)
  }
  if (r.rollback)
    lines.push(
      `  rollback to ${r.rollback.revisions.join(', ') || '(none)'}: ${r.rollback.outcome}: ${r.rollback.reason}`
    )
  return lines
}

/** The job summary: a table of every app, then the faults of each app that failed. */
export function renderSummary(reports: AppReport[], expected: string[]): string {
  const ok = reports.every((r) => r.outcome === 'succeeded')
  const title = `### ${ok ? '✅' : '❌'} Argo CD: ${reports.filter((r) => r.outcome === 'succeeded').length} of ${reports.length} app(s) ${expected.length ? `live at ${expected.join(', ')}` : 'synced and healthy'}`
  const rows = reports.map((r) => [
    `${ICON[r.outcome]} ${r.label}`,
    r.status?.sync ?? '',
    r.status?.health ?? '',
    (r.status?.syncedRevisions ?? []).map((x) => (/^[0-9a-f]{40}$/.test(x) ? x.slice(0, 7) : x)).join(', '),
    r.operation ? r.operation.phase : '',
    `${seconds(r.durationMs)}s`,
    r.outcome === 'succeeded' ? '' : r.reason,
    r.rollback ? `${ICON[r.rollback.outcome]} ${r.rollback.reason}` : ''
  ])
  const parts = [
    title,
    '',
    table(['app', 'sync', 'health', 'revision', 'operation', 'duration', 'problem', 'rollback'], rows)
  ]
  for (const r of reports.filter((x) => x.outcome !== 'succeeded')) {
    const faults = r.faults.length > 0 ? r.faults : unhealthyResources(r)
    const body = [
      r.operation?.message ? `Operation ${r.operation.phase}: ${r.operation.message}` : '',
      faults.length > 0
        ? table(
            ['resource', 'sync', 'health', 'message'],
            faults.map((f) => [f.resource, f.sync, f.health, f.message])
          )
        : 'No resource reported a fault.'
    ].filter(Boolean)
    parts.push('', details(`${r.label}: ${r.reason}`, body.join('\n\n'), true))
  }
  return `${parts.join('\n')}\n`
}
