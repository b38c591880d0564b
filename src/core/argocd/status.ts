import type { InfoEntry, WireApplication, WireOperationState, WireResourceResult } from './wire.js'

/**
 * `Running | Terminating | Succeeded | Failed | Error`; the last three end an operation (gitops-engine
 * pkg/sync/common/types.go OperationPhase.Completed). Kept a string: a newer server may add phases.
 */
export type OperationPhase = string

export interface ResourceRef {
  group: string
  kind: string
  namespace: string
  name: string
}

/** One resource as the app's status and its last sync result describe it. */
export interface ResourceState extends ResourceRef {
  /** `Synced | OutOfSync` (status.resources) or empty. */
  sync: string
  /** Health of kinds Argo CD assesses; empty for the others. */
  health: string
  message: string
  requiresPruning: boolean
}

/** A per-resource outcome of an operation (syncResult.resources). */
export interface ResourceResult extends ResourceRef {
  /** `Synced | SyncFailed | Pruned | PruneSkipped`, empty for hooks. */
  status: string
  hookPhase: string
  message: string
}

export interface OperationStatus {
  phase: OperationPhase
  message: string
  startedAt?: number
  /** Set when an attempt ended; with phase Running it marks a retry pending, not an end. */
  finishedAt?: number
  retryCount: number
  info: InfoEntry[]
  initiatedBy: string
  automated: boolean
  dryRun: boolean
  /** What the operation deployed: syncResult.revision(s), else what it was asked to sync. */
  revisions: string[]
  resources: ResourceResult[]
}

export interface HistoryEntry {
  id: number
  revisions: string[]
  deployedAt?: number
}

/** The one model of an Argo CD application the actions read; built from the API's JSON by `toAppStatus`. */
export interface AppStatus {
  name: string
  namespace: string
  project: string
  resourceVersion: string
  deleting: boolean
  autoSync: boolean
  multiSource: boolean
  /** spec.source, or spec.sources in order: status.sync.revisions and syncResult.revisions are index-aligned with it. */
  sources: { repoURL: string; chart: string; targetRevision: string }[]
  /** `Synced | OutOfSync | Unknown`, or empty on a brand-new app. */
  sync: string
  /** status.sync.revision for one source, status.sync.revisions for several (index-aligned with spec.sources). */
  syncedRevisions: string[]
  health: string
  healthMessage: string
  /** The operation requested and not yet finished (`app.operation`); absent when none. */
  requested?: { info: InfoEntry[]; initiatedBy: string; automated: boolean }
  /** The last operation the controller started (status.operationState); absent until one starts. */
  operation?: OperationStatus
  reconciledAt?: number
  /** Conditions whose type ends in `Error` (ComparisonError, InvalidSpecError, SyncError...). */
  errors: { type: string; message: string }[]
  resources: ResourceState[]
  history: HistoryEntry[]
}

/** Argo CD writes metav1.Time: RFC3339, UTC, second precision. */
export function parseTime(text: string | undefined): number | undefined {
  if (!text) return undefined
  const ms = Date.parse(text)
  return Number.isNaN(ms) ? undefined : ms
}

const revisionsOf = (one: string | undefined, many: string[] | undefined): string[] =>
  many && many.length > 0 ? many : one ? [one] : []

function toResult(r: WireResourceResult): ResourceResult {
  return {
    group: r.group ?? '',
    kind: r.kind ?? '',
    namespace: r.namespace ?? '',
    name: r.name ?? '',
    status: r.status ?? '',
    hookPhase: r.hookPhase ?? '',
    message: r.message ?? ''
  }
}

function toOperation(op: WireOperationState): OperationStatus {
  return {
    phase: op.phase ?? '',
    message: op.message ?? '',
    startedAt: parseTime(op.startedAt),
    finishedAt: parseTime(op.finishedAt),
    retryCount: op.retryCount ?? 0,
    info: op.operation?.info ?? [],
    initiatedBy: op.operation?.initiatedBy?.username ?? '',
    automated: op.operation?.initiatedBy?.automated === true,
    dryRun: op.operation?.sync?.dryRun === true,
    revisions: revisionsOf(
      op.syncResult?.revision ?? op.operation?.sync?.revision,
      op.syncResult?.revisions ?? op.operation?.sync?.revisions
    ),
    resources: (op.syncResult?.resources ?? []).map(toResult)
  }
}

export function toAppStatus(app: WireApplication): AppStatus {
  const status = app.status ?? {}
  const automated = app.spec?.syncPolicy?.automated
  return {
    name: app.metadata?.name ?? '',
    namespace: app.metadata?.namespace ?? '',
    project: app.spec?.project ?? '',
    resourceVersion: app.metadata?.resourceVersion ?? '',
    deleting: Boolean(app.metadata?.deletionTimestamp),
    // `automated: {}` enables auto-sync; `enabled: false` (v3) turns it off while keeping the settings.
    autoSync: automated !== undefined && automated !== null && automated.enabled !== false,
    multiSource: (app.spec?.sources?.length ?? 0) > 0,
    sources: (app.spec?.sources?.length ? app.spec.sources : app.spec?.source ? [app.spec.source] : []).map((s) => ({
      repoURL: s.repoURL ?? '',
      chart: s.chart ?? '',
      targetRevision: s.targetRevision ?? ''
    })),
    sync: status.sync?.status ?? '',
    syncedRevisions: revisionsOf(status.sync?.revision, status.sync?.revisions),
    health: status.health?.status ?? '',
    healthMessage: status.health?.message ?? '',
    requested: app.operation
      ? {
          info: app.operation.info ?? [],
          initiatedBy: app.operation.initiatedBy?.username ?? '',
          automated: app.operation.initiatedBy?.automated === true
        }
      : undefined,
    operation: status.operationState ? toOperation(status.operationState) : undefined,
    reconciledAt: parseTime(status.reconciledAt),
    errors: (status.conditions ?? [])
      .filter((c) => (c.type ?? '').endsWith('Error'))
      .map((c) => ({ type: c.type ?? '', message: c.message ?? '' })),
    resources: (status.resources ?? []).map((r) => ({
      group: r.group ?? '',
      kind: r.kind ?? '',
      namespace: r.namespace ?? '',
      name: r.name ?? '',
      sync: r.status ?? '',
      health: r.health?.status ?? '',
      message: r.health?.message ?? '',
      requiresPruning: r.requiresPruning === true
    })),
    history: (status.history ?? []).map((h) => ({
      id: h.id ?? 0,
      revisions: revisionsOf(h.revision, h.revisions),
      deployedAt: parseTime(h.deployedAt)
    }))
  }
}

/** `apps/Deployment ns/web` (core group shown as nothing: `Service ns/web`). */
export function resourceLabel(r: ResourceRef): string {
  const kind = r.group ? `${r.group}/${r.kind}` : r.kind
  return `${kind} ${r.namespace ? `${r.namespace}/` : ''}${r.name}`
}

/** `namespace/name`, or `name` when the namespace is unknown. */
export function appLabel(app: { name: string; namespace?: string }): string {
  return app.namespace ? `${app.namespace}/${app.name}` : app.name
}
