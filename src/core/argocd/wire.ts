/**
 * The parts of Argo CD's JSON we read, named as the Go json tags name them (pkg/apis/application/v1alpha1/types.go,
 * argo-cd 37ee0097cf); the swagger's schema names differ in places (research/argocd.md 1.10-1.11). Every field is
 * optional: the server omits empty ones, and a brand-new app may have almost nothing.
 */

export interface InfoEntry {
  name: string
  value: string
}

export interface WireResourceResult {
  group?: string
  version?: string
  kind?: string
  namespace?: string
  name?: string
  status?: string
  message?: string
  hookType?: string
  hookPhase?: string
  syncPhase?: string
}

export interface WireOperation {
  sync?: { revision?: string; revisions?: string[]; dryRun?: boolean; prune?: boolean }
  initiatedBy?: { username?: string; automated?: boolean }
  info?: InfoEntry[]
}

export interface WireOperationState {
  operation?: WireOperation
  phase?: string
  message?: string
  syncResult?: { revision?: string; revisions?: string[]; resources?: WireResourceResult[] }
  startedAt?: string
  finishedAt?: string
  retryCount?: number
}

export interface WireResourceStatus {
  group?: string
  version?: string
  kind?: string
  namespace?: string
  name?: string
  status?: string
  health?: { status?: string; message?: string }
  hook?: boolean
  requiresPruning?: boolean
}

export interface WireHistory {
  id?: number
  revision?: string
  revisions?: string[]
  deployedAt?: string
  deployStartedAt?: string
  initiatedBy?: { username?: string; automated?: boolean }
}

/** v1alpha1ApplicationSource, the fields the actions read; `chart` is set for a Helm repository's chart. */
export interface WireSource {
  repoURL?: string
  targetRevision?: string
  chart?: string
}

export interface WireApplication {
  metadata?: {
    name?: string
    namespace?: string
    labels?: Record<string, string>
    resourceVersion?: string
    deletionTimestamp?: string
  }
  spec?: {
    project?: string
    source?: WireSource
    sources?: WireSource[]
    syncPolicy?: { automated?: { enabled?: boolean; prune?: boolean; selfHeal?: boolean } }
  }
  operation?: WireOperation
  status?: {
    sync?: { status?: string; revision?: string; revisions?: string[] }
    health?: { status?: string; message?: string }
    operationState?: WireOperationState
    reconciledAt?: string
    resources?: WireResourceStatus[]
    conditions?: { type?: string; message?: string }[]
    history?: WireHistory[]
  }
}

export interface WireApplicationList {
  metadata?: { resourceVersion?: string }
  /** `null` when nothing matches (streamApplicationListJSON). */
  items?: WireApplication[] | null
}

/** One message of GET /api/v1/stream/applications: `{result}` or, after the headers, `{error}`. */
export interface WireWatchMessage {
  result?: { type?: 'ADDED' | 'MODIFIED' | 'DELETED'; application?: WireApplication }
  error?: { grpc_code?: number; http_code?: number; message?: string; http_status?: string }
}

/** Body of POST /api/v1/applications/{name}/sync (applicationApplicationSyncRequest; Go tags, see research 1.6). */
export interface SyncRequest {
  appNamespace?: string
  project?: string
  revision?: string
  revisions?: string[]
  sourcePositions?: number[]
  prune?: boolean
  dryRun?: boolean
  strategy?: { hook: { force?: boolean } } | { apply: { force?: boolean } }
  resources?: { group: string; kind: string; name: string; namespace?: string }[]
  syncOptions?: { items: string[] }
  retryStrategy?: { limit: number; backoff?: { duration: string; factor: number; maxDuration: string } }
  infos?: InfoEntry[]
}

/** Body of POST /api/v1/applications/{name}/rollback (applicationApplicationRollbackRequest). */
export interface RollbackRequest {
  id: number
  appNamespace?: string
  project?: string
  prune?: boolean
  dryRun?: boolean
}

export interface WireSyncWindow {
  kind?: string
  schedule?: string
  duration?: string
  manualSync?: boolean
}

/** GET /api/v1/applications/{name}/syncwindows: the project's windows that match the app, and whether a manual sync may run now. */
export interface WireAppSyncWindows {
  activeWindows?: WireSyncWindow[]
  assignedWindows?: WireSyncWindow[]
  canSync?: boolean
}
