import { describe, expect, it } from '@jest/globals'
import type { AppReport } from '../../../src/argocd-sync-wait/deliver.js'
import { appsJson, failureLine, faultLines, renderSummary } from '../../../src/argocd-sync-wait/report.js'
import { appStatus, NEW, opState } from '../argocd/fixtures.js'

const ok: AppReport = {
  app: { name: 'web' },
  label: 'web',
  outcome: 'succeeded',
  reason: 'Synced, Healthy, at bbbbbbb',
  faults: [],
  status: appStatus({ revision: NEW }),
  operation: appStatus({ op: opState('Succeeded', { finished: 3, message: 'successfully synced (all tasks run)' }) })
    .operation,
  durationMs: 4200
}
const degraded: AppReport = {
  app: { name: 'api', namespace: 'team' },
  label: 'team/api',
  outcome: 'failed',
  reason: 'Degraded for 120s after the operation',
  faults: [
    {
      resource: 'apps/Deployment web/api',
      sync: 'Synced',
      health: 'Degraded',
      message: 'Deployment "api" exceeded its progress deadline'
    }
  ],
  status: appStatus({ revision: NEW, health: 'Degraded' }),
  durationMs: 125_000,
  rollback: { outcome: 'succeeded', reason: 'Synced, Healthy, at aaaaaaa', revisions: ['a'.repeat(40)], faults: [] }
}
const pending: AppReport = {
  app: { name: 'db' },
  label: 'db',
  outcome: 'timeout',
  reason: 'health Progressing',
  faults: [],
  durationMs: 600_000
}

describe('argocd-sync-wait report', () => {
  it('fails naming every app that did not make it, and what it still waited for', () => {
    expect(failureLine([ok])).toBeUndefined()
    expect(failureLine([ok, pending])).toBe('Timed out waiting for db (still pending: health Progressing)')
    expect(failureLine([ok, degraded, pending])).toBe(
      '2 of 3 app(s) failed: team/api (Degraded for 120s after the operation); db (still pending: health Progressing)'
    )
  })

  it('names the resources at fault, the operation and the rollback in the log', () => {
    expect(faultLines(degraded)).toEqual([
      'team/api: failed: Degraded for 120s after the operation',
      '  apps/Deployment web/api: Synced/Degraded: Deployment "api" exceeded its progress deadline',
      `  rollback to ${'a'.repeat(40)}: succeeded: Synced, Healthy, at aaaaaaa`
    ])
  })

  it('writes one apps-json entry per app', () => {
    const [first, second] = appsJson([ok, degraded]) as Record<string, unknown>[]
    expect(first).toMatchObject({
      name: 'web',
      namespace: 'argocd',
      outcome: 'succeeded',
      sync: 'Synced',
      health: 'Healthy',
      revisions: [NEW],
      durationSeconds: 4.2
    })
    expect(first.operation).toEqual({ phase: 'Succeeded', message: 'successfully synced (all tasks run)' })
    expect(second).toMatchObject({
      name: 'api',
      outcome: 'failed',
      resources: degraded.faults,
      rollback: degraded.rollback
    })
  })

  it('summarises every app in a table and details the failed ones', () => {
    const md = renderSummary([ok, degraded], [NEW])
    expect(md).toContain(`### ❌ Argo CD: 1 of 2 app(s) live at ${NEW}`)
    expect(md).toContain('| ✅ web | Synced | Healthy | bbbbbbb | Succeeded | 4.2s |  |  |')
    expect(md).toContain('<details open><summary>team/api: Degraded for 120s after the operation</summary>')
    expect(md).toContain(
      '| apps/Deployment web/api | Synced | Degraded | Deployment &quot;api&quot; exceeded its progress deadline |'
    )
  })
})
