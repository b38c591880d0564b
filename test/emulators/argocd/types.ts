/**
 * Application resource shapes as Argo CD marshals them: Go json tags of pkg/apis/application/v1alpha1/types.go
 * (v3.5.1), not the swagger (research/argocd.md 1.10-1.11). Optional fields are the omitempty ones.
 */
export type SyncStatusCode = 'Synced' | 'OutOfSync' | 'Unknown' | ''
/** gitops-engine pkg/health/health.go. */
export type HealthStatusCode = 'Healthy' | 'Progressing' | 'Degraded' | 'Suspended' | 'Missing' | 'Unknown'
/** gitops-engine pkg/sync/common/types.go OperationPhase. */
export type OperationPhase = 'Running' | 'Terminating' | 'Failed' | 'Error' | 'Succeeded'
/** ResultCode of gitops-engine pkg/sync/common/types.go. */
export type ResourceResultCode = 'Synced' | 'SyncFailed' | 'Pruned' | 'PruneSkipped'

export interface ObjectMeta {
  name: string
  namespace: string
  uid: string
  resourceVersion: string
  generation: number
  creationTimestamp: string
  deletionTimestamp?: string
  labels?: Record<string, string>
  annotations?: Record<string, string>
  finalizers?: string[]
}

export interface ApplicationSource {
  repoURL: string
  path?: string
  chart?: string
  targetRevision?: string
  ref?: string
  name?: string
}

export interface ApplicationDestination {
  server?: string
  name?: string
  namespace?: string
}

export interface RetryStrategy {
  limit?: number
  backoff?: { duration?: string; factor?: number; maxDuration?: string }
  refresh?: boolean
}

export interface SyncPolicy {
  automated?: { prune?: boolean; selfHeal?: boolean; allowEmpty?: boolean; enabled?: boolean }
  syncOptions?: string[]
  retry?: RetryStrategy
}

export interface ApplicationSpec {
  project: string
  source?: ApplicationSource
  sources?: ApplicationSource[]
  destination: ApplicationDestination
  syncPolicy?: SyncPolicy
  revisionHistoryLimit?: number
}

export interface SyncOperationResource {
  group?: string
  kind: string
  name: string
  namespace?: string
}

export interface SyncOperation {
  revision?: string
  revisions?: string[]
  prune?: boolean
  dryRun?: boolean
  syncStrategy?: { hook?: { force?: boolean }; apply?: { force?: boolean } }
  resources?: SyncOperationResource[]
  source?: ApplicationSource
  sources?: ApplicationSource[]
  syncOptions?: string[]
  manifests?: string[]
}

export interface Operation {
  sync?: SyncOperation
  /** Non-pointer struct in Go: `{}` when empty. */
  initiatedBy: { username?: string; automated?: boolean }
  info?: { name: string; value: string }[]
  /** Non-pointer struct in Go: `{}` when empty. */
  retry: RetryStrategy
}

export interface ResourceResult {
  group: string
  version: string
  kind: string
  namespace: string
  name: string
  status?: ResourceResultCode
  message?: string
  hookType?: string
  hookPhase?: string
  syncPhase?: string
}

export interface SyncOperationResult {
  resources?: ResourceResult[]
  revision: string
  source?: ApplicationSource
  sources?: ApplicationSource[]
  revisions?: string[]
}

export interface OperationState {
  operation: Operation
  phase: OperationPhase
  message?: string
  syncResult?: SyncOperationResult
  startedAt: string
  finishedAt?: string
  retryCount?: number
}

export interface HealthStatus {
  status?: HealthStatusCode
  message?: string
  lastTransitionTime?: string
}

export interface ResourceStatus {
  group?: string
  version?: string
  kind?: string
  namespace?: string
  name?: string
  status?: SyncStatusCode
  health?: HealthStatus
  hook?: boolean
  requiresPruning?: boolean
  syncWave?: number
}

export interface RevisionHistory {
  revision?: string
  revisions?: string[]
  deployedAt: string
  deployStartedAt?: string
  id: number
  source?: ApplicationSource
  sources?: ApplicationSource[]
  initiatedBy?: { username?: string; automated?: boolean }
}

export interface ApplicationCondition {
  type: string
  message: string
  lastTransitionTime?: string
}

export interface ApplicationStatus {
  resources?: ResourceStatus[]
  sync: {
    /** Not omitempty in Go. */
    status: SyncStatusCode
    comparedTo?: { source?: ApplicationSource; sources?: ApplicationSource[]; destination: ApplicationDestination }
    revision?: string
    revisions?: string[]
  }
  health: HealthStatus
  history?: RevisionHistory[]
  conditions?: ApplicationCondition[]
  reconciledAt?: string
  operationState?: OperationState
  sourceType?: string
  sourceTypes?: string[]
  summary?: { images?: string[]; externalURLs?: string[] }
  resourceHealthSource?: string
  controllerNamespace?: string
}

export interface Application {
  metadata: ObjectMeta
  spec: ApplicationSpec
  status: ApplicationStatus
  operation?: Operation
}

export interface SyncWindow {
  kind: 'allow' | 'deny'
  schedule: string
  duration: string
  applications?: string[]
  namespaces?: string[]
  clusters?: string[]
  manualSync?: boolean
  timeZone?: string
  andOperator?: boolean
  description?: string
  syncOverrun?: boolean
}

export interface AppProject {
  metadata: ObjectMeta
  spec: {
    description?: string
    sourceRepos?: string[]
    destinations?: ApplicationDestination[]
    syncWindows?: SyncWindow[]
  }
  status?: Record<string, unknown>
}

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED'

export interface ApplicationWatchEvent {
  type: WatchEventType
  application: Application
}
