import { toAppStatus } from '../../../src/core/argocd/status.js'
import type { AppStatus } from '../../../src/core/argocd/status.js'
import type { WireApplication, WireOperationState } from '../../../src/core/argocd/wire.js'
import type { WaitCriteria } from '../../../src/core/argocd/waiter.js'

export const OLD = 'a'.repeat(40)
export const NEW = 'b'.repeat(40)
export const OUR_INFO = [{ name: 'gha-run', value: '4242-1-web' }]
export const T0 = Date.parse('2026-12-02T09:00:00Z')
export const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')

/** An operation state as the controller writes it (controller/appcontroller.go setOperationState). */
export function opState(
  phase: string,
  o: {
    info?: typeof OUR_INFO
    revision?: string
    started?: number
    finished?: number
    message?: string
    automated?: boolean
    retryCount?: number
    resources?: NonNullable<WireOperationState['syncResult']>['resources']
    dryRun?: boolean
  } = {}
): WireOperationState {
  return {
    operation: {
      sync: { revision: o.revision ?? NEW, dryRun: o.dryRun },
      initiatedBy: o.automated ? { automated: true } : { username: 'ci' },
      info: o.info ?? OUR_INFO
    },
    phase,
    message: o.message ?? '',
    startedAt: at(o.started ?? 1),
    ...(o.finished !== undefined ? { finishedAt: at(o.finished) } : {}),
    retryCount: o.retryCount,
    syncResult: { revision: o.revision ?? NEW, resources: o.resources }
  }
}

export interface AppShape {
  sync?: string
  health?: string
  revision?: string
  revisions?: string[]
  reconciled?: number
  op?: WireOperationState
  requested?: { info?: typeof OUR_INFO; automated?: boolean }
  rv?: number
  deleting?: boolean
  conditions?: { type: string; message: string }[]
  resources?: NonNullable<NonNullable<WireApplication['status']>['resources']>
}

export function wireApp(s: AppShape = {}): WireApplication {
  return {
    metadata: {
      name: 'web',
      namespace: 'argocd',
      resourceVersion: String(s.rv ?? 100),
      ...(s.deleting ? { deletionTimestamp: at(0) } : {})
    },
    spec: {
      project: 'default',
      ...(s.revisions ? { sources: s.revisions.map(() => ({ repoURL: 'r' })) } : { source: { repoURL: 'r' } })
    },
    ...(s.requested
      ? {
          operation: {
            sync: { revision: NEW },
            initiatedBy: s.requested.automated ? { automated: true } : { username: 'ci' },
            info: s.requested.info ?? []
          }
        }
      : {}),
    status: {
      sync: {
        status: s.sync ?? 'Synced',
        ...(s.revisions ? { revisions: s.revisions } : { revision: s.revision ?? OLD })
      },
      health: { status: s.health ?? 'Healthy' },
      ...(s.op ? { operationState: s.op } : {}),
      ...(s.reconciled !== undefined ? { reconciledAt: at(s.reconciled) } : {}),
      conditions: s.conditions,
      resources: s.resources
    }
  }
}

export const appStatus = (s: AppShape = {}): AppStatus => toAppStatus(wireApp(s))

export function criteria(c: Partial<WaitCriteria> = {}): WaitCriteria {
  return {
    waitFor: { sync: true, health: true, operation: true, suspended: false },
    expectedRevisions: [NEW],
    ours: { info: OUR_INFO },
    dryRun: false,
    prune: false,
    resources: [],
    degradedGraceMs: 120_000,
    ...c
  }
}
