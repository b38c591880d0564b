import type { Scheduler } from './clock.js'
import { kubeTime } from './clock.js'
import { appKey, resourceStatus } from './state.js'
import type { AppBehaviour, ArgoCdState, ManagedResource } from './state.js'
import type {
  Application,
  ApplicationWatchEvent,
  HealthStatusCode,
  Operation,
  OperationState,
  ResourceResult,
  RetryStrategy,
  SyncOperation,
  SyncOperationResult
} from './types.js'

/** Annotation the API server sets to request a refresh (pkg/apis/application/v1alpha1/types.go AnnotationKeyRefresh). */
export const REFRESH_ANNOTATION = 'argocd.argoproj.io/refresh'

/** What the controller remembers about the cluster for one app (the live state a comparison reads). */
interface LiveState {
  /** Revision(s) whose manifests are applied, index-aligned with the sources. */
  revisions: string[]
  /** Resources that are live but no longer in git and were not pruned. */
  pruneLeft: number
  /** Revision the automated sync last attempted (auto-sync does not retry the same revision, appcontroller.go). */
  autoAttempted?: string
  /** The compared status when the running operation started, for `staleCompareAtFinish`. */
  beforeOperation?: Pick<Application['status'], 'sync' | 'health' | 'resources' | 'conditions'>
}

/**
 * A simulated application controller, one timed step per Kubernetes write, modelled on Argo CD v3.5.1:
 * controller/appcontroller.go processRequestedAppOperation (L1512-1666) and setOperationState (L1668-1725),
 * controller/sync.go SyncAppState, controller/state.go persistRevisionHistory (L1194), and gitops-engine
 * pkg/sync/sync_context.go (messages). It watches the store like the real one watches the informer.
 */
export class SimulatedController {
  private readonly live = new Map<string, LiveState>()
  /** Pending steps per app: the operation, the refresh, the health settle, auto-sync. */
  private readonly steps = new Map<string, Map<string, () => void>>()

  constructor(
    private readonly state: ArgoCdState,
    private readonly scheduler: Scheduler
  ) {
    state.subscribe((event) => this.observe(event))
  }

  /** Stops every pending step (reset/close). */
  stop(): void {
    for (const pending of this.steps.values()) for (const cancel of pending.values()) cancel()
    this.steps.clear()
  }

  /** Re-reads an app after a knob changed (controllerDown lifted, ...). */
  kick(name: string, namespace = this.state.namespace): void {
    const app = this.state.app(name, namespace)
    if (!app) return
    this.observe({ type: 'MODIFIED', application: app })
    // An operation left Running (the controller was down mid-way) is resumed, as processRequestedAppOperation does
    // for an in-progress operation: a retry that was waiting is retried, anything else runs its attempt again.
    const k = key(app)
    const opState = app.status.operationState
    if (!app.operation || opState?.phase !== 'Running' || this.pending(k, 'operation')) return
    if (this.behaviour(app).controllerDown) return
    if (opState.finishedAt) this.after(k, 'operation', 0, () => this.retry(k))
    else this.runAttempt(k)
  }

  /**
   * A new commit on a ref: apps tracking it notice after noticeLagMs (the controller's reconciliation poll,
   * timeout.reconciliation 120s + jitter in a real install); until then they stay Synced/Healthy on the old revision.
   */
  commitPushed(repoURL: string, ref: string): void {
    for (const app of this.state.allApps()) {
      const tracks = sourcesOf(app).some((s) => s.repoURL === repoURL && (s.targetRevision || 'HEAD') === ref)
      const behaviour = this.behaviour(app)
      if (!tracks || behaviour.noticeLagMs === null || behaviour.controllerDown) continue
      this.schedule(app, 'notice', behaviour.noticeLagMs, () => this.reconcile(key(app), { refresh: false }))
    }
  }

  /**
   * Sets an operation the way util/argo/argo.go SetAppOperation (v3.5.1 L939-974) does: refused when one exists, and
   * status.operationState is wiped in the same write. Returns undefined when another operation is in progress.
   */
  setOperation(name: string, namespace: string, operation: Operation): Application | undefined {
    const app = this.state.app(name, namespace)
    if (!app || app.operation) return undefined
    app.operation = operation
    delete app.status.operationState
    return this.state.write(app)
  }

  private behaviour(app: Application): AppBehaviour {
    return this.state.behaviour(app.metadata.name, app.metadata.namespace)
  }

  private observe(event: ApplicationWatchEvent): void {
    const app = event.application
    const k = key(app)
    if (event.type === 'DELETED') {
      this.cancelAll(k)
      this.live.delete(k)
      return
    }
    if (!this.live.has(k)) this.live.set(k, { revisions: deployedRevisions(app), pruneLeft: 0 })
    const behaviour = this.behaviour(app)
    if (behaviour.controllerDown) return
    const opState = app.status.operationState
    if (app.operation && !opState && !this.pending(k, 'operation')) {
      this.schedule(app, 'operation', behaviour.pickupMs, () => this.startOperation(k))
    } else if (app.operation && opState?.phase === 'Terminating' && !this.pending(k, 'terminate')) {
      this.cancel(k, 'operation')
      this.schedule(app, 'terminate', behaviour.pickupMs, () => this.terminate(k))
    }
    if (app.metadata.annotations?.[REFRESH_ANNOTATION] && !behaviour.refreshBlocks && !this.pending(k, 'refresh')) {
      this.schedule(app, 'refresh', behaviour.reconcileLagMs, () => this.reconcile(k, { refresh: true }))
    }
    if (behaviour.reconcileEveryMs !== null && !this.pending(k, 'periodic')) this.schedulePeriodic(k)
  }

  /** The next periodic comparison, reconcileEveryMs after the last one (or after the knob was set). */
  private schedulePeriodic(k: string): void {
    const every = this.behaviourOf(k).reconcileEveryMs
    if (every !== null) this.after(k, 'periodic', every, () => this.reconcile(k, { refresh: false }))
  }

  // --- operation ------------------------------------------------------------------------------------------------

  /** NewOperationState: phase Running, startedAt now, a copy of the operation (appcontroller.go L1580). */
  private startOperation(k: string): void {
    const app = this.read(k)
    if (!app?.operation || app.status.operationState) return
    app.status.operationState = { operation: structuredClone(app.operation), phase: 'Running', startedAt: this.time() }
    const { sync, health, resources, conditions } = app.status
    this.live.get(k)!.beforeOperation = structuredClone({ sync, health, resources, conditions })
    this.state.write(app)
    this.runAttempt(k)
  }

  /**
   * One attempt: SyncAppState fixes the concrete revision in syncResult first (controller/sync.go "We are now
   * guaranteed to have a concrete commit SHA"), reports running tasks, then the attempt ends.
   */
  private runAttempt(k: string): void {
    const behaviour = this.behaviourOf(k)
    this.after(k, 'operation', behaviour.syncMs / 2, () => {
      const app = this.read(k)
      const opState = app?.status.operationState
      if (!app || !opState || opState.phase !== 'Running') return
      opState.syncResult = { ...syncTarget(app, opState, this.state), resources: [] }
      opState.message = 'one or more tasks are running'
      this.state.write(app)
      this.after(k, 'operation', behaviour.syncMs / 2, () => this.finishAttempt(k))
    })
  }

  private finishAttempt(k: string): void {
    const app = this.read(k)
    const opState = app?.status.operationState
    if (!app || !opState || opState.phase !== 'Running') return
    const behaviour = this.behaviourOf(k)
    const sync = opState.operation.sync ?? {}
    if (behaviour.comparisonError !== null) {
      // SyncAppState refuses to run with ComparisonError/InvalidSpecError conditions (controller/sync.go L162-170),
      // formatted by argo.FormatAppConditions (util/argo/argo.go L87).
      this.complete(k, app, opState, 'Error', `ComparisonError: ${comparisonMessage(behaviour)}`, !sync.dryRun)
      return
    }
    const retryCount = opState.retryCount ?? 0
    const outcome = behaviour.attempts[Math.min(retryCount, behaviour.attempts.length - 1)] ?? 'Succeeded'
    const result = opState.syncResult ?? syncTarget(app, opState, this.state)
    const managed = this.state.managedResources(app.metadata.name, app.metadata.namespace)
    if (outcome === 'Succeeded') {
      const live = this.live.get(k)!
      const pruneLeft = sync.dryRun ? live.pruneLeft : sync.prune ? 0 : behaviour.pruneRequired
      const selected = managed.filter((r) => isSelected(r, sync.resources))
      const partial = selected.length < managed.length
      result.resources = [
        ...selected.map((r) => resourceResult(r, 'Synced', `${kindRef(r)} configured`)),
        ...(partial ? [] : pruneResults(app, behaviour.pruneRequired, sync.prune === true))
      ]
      opState.syncResult = result
      const full = !sync.dryRun && (sync.resources ?? []).length === 0
      // A partial sync leaves the other resources on the old revision: the app as a whole does not move.
      if (!sync.dryRun && !partial) {
        live.revisions = result.revisions ?? [result.revision]
        live.pruneLeft = pruneLeft
      }
      if (full) {
        // persistRevisionHistory runs in its own patch before the final operation state (controller/sync.go L408).
        const history = app.status.history ?? []
        const startedAt = opState.startedAt
        const id = history.length > 0 ? history[history.length - 1].id + 1 : 0
        const sources = app.spec.sources
        history.push({
          ...(sources
            ? { revisions: result.revisions, sources }
            : { revision: result.revision, source: app.spec.source }),
          deployedAt: this.time(),
          deployStartedAt: startedAt,
          id,
          initiatedBy: opState.operation.initiatedBy
        })
        app.status.history = history.slice(-(app.spec.revisionHistoryLimit ?? 10))
        this.state.write(app)
      }
      this.complete(k, app, opState, 'Succeeded', 'successfully synced (all tasks run)', !sync.dryRun)
      return
    }
    const failed = managed[0]
    result.resources = failed ? [resourceResult(failed, 'SyncFailed', behaviour.failureMessage)] : []
    opState.syncResult = result
    const limit = opState.operation.retry.limit ?? 0
    if (retryCount < limit || limit < 0) {
      // Failed with retry budget: phase stays Running with finishedAt set (appcontroller.go L1620-1632).
      const retryAt = this.scheduler.now() + nextRetryDelay(opState.operation.retry, retryCount)
      opState.finishedAt = this.time()
      opState.retryCount = retryCount + 1
      opState.message = `${behaviour.failureMessage}. Retrying attempt #${retryCount + 1} at ${kitchen(retryAt)}.`
      this.state.write(app)
      const delay = nextRetryDelay(opState.operation.retry, retryCount) * behaviour.retryTimeScale
      this.after(k, 'operation', delay, () => this.retry(k))
      return
    }
    const suffix = retryCount > 0 ? ` (retried ${retryCount} times).` : ''
    this.complete(k, app, opState, outcome, `${behaviour.failureMessage}${suffix}`, !sync.dryRun)
  }

  /** Retry start: syncResult and finishedAt cleared, "Retrying operation. Attempt #N" (appcontroller.go L1559-1576). */
  private retry(k: string): void {
    const app = this.read(k)
    const opState = app?.status.operationState
    if (!app || !opState || opState.phase !== 'Running') return
    const refresh = opState.operation.retry.refresh === true
    if (refresh && opState.operation.sync) {
      delete opState.operation.sync.revision
      delete opState.operation.sync.revisions
    }
    opState.message = `Retrying operation${refresh ? ' with latest revisions' : ''}. Attempt #${opState.retryCount ?? 0}`
    delete opState.finishedAt
    delete opState.syncResult
    this.state.write(app)
    this.runAttempt(k)
  }

  /** DELETE /operation set Terminating; the sync context then fails with "Operation terminated" (sync_context.go). */
  private terminate(k: string): void {
    const app = this.read(k)
    const opState = app?.status.operationState
    if (!app?.operation || !opState || opState.phase !== 'Terminating') return
    this.complete(k, app, opState, 'Failed', 'Operation terminated', true)
  }

  /**
   * setOperationState for a completed phase: finishedAt and `operation: null` in the same patch, then the controller
   * requests a refresh unless it was a dry run (appcontroller.go L1646-1664).
   */
  private complete(
    k: string,
    app: Application,
    opState: OperationState,
    phase: 'Succeeded' | 'Failed' | 'Error',
    message: string,
    refresh: boolean
  ): void {
    opState.phase = phase
    opState.message = message
    opState.finishedAt = this.time()
    app.status.operationState = opState
    delete app.operation
    this.state.write(app)
    const before = this.live.get(k)?.beforeOperation
    if (this.behaviourOf(k).staleCompareAtFinish && before) {
      // The in-flight comparison's patch: its status from before the operation, reconciledAt in the same second.
      Object.assign(app.status, structuredClone(before), { reconciledAt: opState.finishedAt })
      if (!before.conditions) delete app.status.conditions
      if (!before.resources) delete app.status.resources
      this.state.write(app)
    }
    if (!refresh || !this.behaviourOf(k).reconcileAfterOperation) return
    this.after(k, 'reconcile', this.behaviourOf(k).reconcileLagMs, () =>
      this.reconcile(k, { refresh: false, afterOperation: phase })
    )
  }

  // --- reconcile ------------------------------------------------------------------------------------------------

  /**
   * A comparison (appcontroller.go processAppRefreshQueueItem): reconciledAt = now, sync status against the head of
   * each source's targetRevision, resources and health recomputed, the refresh annotation removed.
   */
  private reconcile(k: string, how: { refresh: boolean; afterOperation?: 'Succeeded' | 'Failed' | 'Error' }): void {
    const app = this.read(k)
    if (!app) return
    const unchanged = JSON.stringify({ annotations: app.metadata.annotations, status: app.status })
    const behaviour = this.behaviourOf(k)
    const live = this.live.get(k)!
    const heads = sourcesOf(app).map((s) => this.state.revisionOf(s))
    const synced = heads.every((head, i) => live.revisions[i] === head) && live.pruneLeft === 0
    const failedToLoad = behaviour.comparisonError !== null
    // "we can't say anything about the status if we were unable to get the target objects" (controller/state.go L1034)
    const status = failedToLoad ? 'Unknown' : synced ? 'Synced' : 'OutOfSync'
    const conditions = (app.status.conditions ?? []).filter((c) => c.type !== 'ComparisonError')
    if (failedToLoad) {
      conditions.push({
        type: 'ComparisonError',
        message: comparisonMessage(behaviour),
        lastTransitionTime: this.time()
      })
    }
    if (conditions.length > 0) app.status.conditions = conditions
    else delete app.status.conditions
    const sources = app.spec.sources
    app.status.sync = {
      status,
      comparedTo: {
        ...(sources ? { sources } : { source: app.spec.source }),
        destination: app.spec.destination
      },
      ...(sources ? { revisions: heads } : { revision: heads[0] })
    }
    const settled = this.settledHealth(live, behaviour)
    const rollingOut = how.afterOperation === 'Succeeded' && behaviour.progressingMs > 0 && !failedToLoad
    // A comparison during a rollout (a refresh) still finds it Progressing: it does not finish the rollout.
    this.setHealth(app, rollingOut || this.pending(k, 'health') ? 'Progressing' : settled, live, status)
    app.status.reconciledAt = this.time()
    // refreshBlocks stands for a refresh that is never consumed (argo-cd#21613): no comparison clears it.
    if (app.metadata.annotations?.[REFRESH_ANNOTATION] && !behaviour.refreshBlocks) {
      delete app.metadata.annotations[REFRESH_ANNOTATION]
      if (Object.keys(app.metadata.annotations).length === 0) delete app.metadata.annotations
    }
    // persistAppStatus sends a merge patch of what changed, and nothing when nothing did (appcontroller.go v3.5.1
    // L2239-2266 "No status changes. Skipping patch"): a comparison in the same second that finds what the last one
    // found writes nothing, so there is no new resourceVersion and no watch event.
    if (JSON.stringify({ annotations: app.metadata.annotations, status: app.status }) !== unchanged)
      this.state.write(app)
    this.schedulePeriodic(k)
    if (rollingOut) {
      this.after(k, 'health', behaviour.progressingMs, () => {
        const current = this.read(k)
        if (!current) return
        const now = this.live.get(k)!
        this.setHealth(current, this.settledHealth(now, this.behaviourOf(k)), now, current.status.sync.status)
        current.status.reconciledAt = this.time()
        this.state.write(current)
      })
    }
    this.maybeAutoSync(k, app, heads, how.afterOperation !== undefined)
  }

  /**
   * Automated sync (appcontroller.go v3.5.1 autoSync L2322-2413): when OutOfSync on a revision not yet attempted
   * (alreadyAttemptedSync), with no operation and no deletion in progress; or,
   * with autoSyncAfterOperation, right after any operation (the #5592 race: a new operation replaces ours).
   */
  private maybeAutoSync(k: string, app: Application, heads: string[], afterOperation: boolean): void {
    const behaviour = this.behaviourOf(k)
    const live = this.live.get(k)!
    const automated = app.spec.syncPolicy?.automated
    // Once, after an operation someone started by hand: auto-sync does not chain its own operations endlessly.
    const forced =
      afterOperation && behaviour.autoSyncAfterOperation && !app.status.operationState?.operation.initiatedBy?.automated
    const wanted =
      automated &&
      automated.enabled !== false &&
      !app.metadata.deletionTimestamp &&
      app.status.sync.status === 'OutOfSync' &&
      live.autoAttempted !== heads.join(',')
    if (!forced && !wanted) return
    this.after(k, 'autosync', behaviour.autoSyncDelayMs, () => {
      const current = this.read(k)
      if (!current || current.operation) return
      live.autoAttempted = heads.join(',')
      const sources = current.spec.sources
      this.setOperation(current.metadata.name, current.metadata.namespace, {
        sync: {
          ...(sources ? { revisions: heads, sources } : { revision: heads[0], source: current.spec.source }),
          prune: current.spec.syncPolicy?.automated?.prune ?? false
        },
        initiatedBy: { automated: true },
        retry: current.spec.syncPolicy?.retry ?? {}
      })
    })
  }

  private settledHealth(live: LiveState, behaviour: AppBehaviour): HealthStatusCode {
    return behaviour.healthByRevision[live.revisions[0] ?? ''] ?? behaviour.health
  }

  /** App health is the worst resource health (docs/operator-manual/health.md); resources carry it per kind. */
  private setHealth(
    app: Application,
    health: HealthStatusCode,
    live: LiveState,
    status: 'Synced' | 'OutOfSync' | 'Unknown' | ''
  ): void {
    const behaviour = this.behaviourOf(key(app))
    const managed = this.state.managedResources(app.metadata.name, app.metadata.namespace)
    const message = healthMessage(health, managed[0], behaviour.healthMessage)
    if (app.status.health.status !== health) app.status.health = { status: health, lastTransitionTime: this.time() }
    if (message) app.status.health.message = message
    else delete app.status.health.message
    const resourceSync =
      status === 'Unknown' ? 'Unknown' : status === 'Synced' || live.pruneLeft > 0 ? 'Synced' : 'OutOfSync'
    app.status.resources = [
      ...managed.map((r, i) => {
        const entry = resourceStatus(r, resourceSync, i === 0 || health === 'Healthy' ? health : r.health)
        if (i === 0 && entry.health && message) entry.health.message = message
        return entry
      }),
      ...Array.from({ length: live.pruneLeft }, (_, i) => ({
        version: 'v1',
        kind: 'ConfigMap',
        namespace: app.spec.destination.namespace,
        name: `${app.metadata.name}-obsolete-${i + 1}`,
        status: 'OutOfSync' as const,
        requiresPruning: true
      }))
    ]
  }

  // --- plumbing -------------------------------------------------------------------------------------------------

  private read(k: string): Application | undefined {
    const [namespace, name] = k.split('/')
    return this.state.app(name, namespace)
  }

  private behaviourOf(k: string): AppBehaviour {
    const [namespace, name] = k.split('/')
    return this.state.behaviour(name, namespace)
  }

  private time(): string {
    return kubeTime(this.scheduler.now())
  }

  private pending(k: string, step: string): boolean {
    return this.steps.get(k)?.has(step) ?? false
  }

  private schedule(app: Application, step: string, ms: number, fn: () => void): void {
    this.after(key(app), step, ms, fn)
  }

  /** Runs fn after ms unless the controller for this app goes down in between. */
  private after(k: string, step: string, ms: number, fn: () => void): void {
    const pending = this.steps.get(k) ?? new Map<string, () => void>()
    this.steps.set(k, pending)
    pending.get(step)?.()
    const cancel = this.scheduler.after(ms, () => {
      pending.delete(step)
      if (this.behaviourOf(k).controllerDown) return
      fn()
    })
    pending.set(step, cancel)
  }

  private cancel(k: string, step: string): void {
    const pending = this.steps.get(k)
    pending?.get(step)?.()
    pending?.delete(step)
  }

  private cancelAll(k: string): void {
    for (const cancel of this.steps.get(k)?.values() ?? []) cancel()
    this.steps.delete(k)
  }
}

function key(app: Application): string {
  return appKey(app.metadata.namespace, app.metadata.name)
}

function sourcesOf(app: Application) {
  return app.spec.sources ?? (app.spec.source ? [app.spec.source] : [])
}

function deployedRevisions(app: Application): string[] {
  const last = app.status.history?.[app.status.history.length - 1]
  if (last) return last.revisions ?? [last.revision ?? '']
  return app.status.sync.revisions ?? [app.status.sync.revision ?? '']
}

/** newSyncOperationResult + the concrete revision (controller/sync.go L80-98, L150-153). */
function syncTarget(app: Application, opState: OperationState, state: ArgoCdState): SyncOperationResult {
  const sync = opState.operation.sync ?? {}
  const sources = app.spec.sources
  if (sources) {
    const revisions = sources.map((s, i) => sync.revisions?.[i] || state.revisionOf(s))
    return { revision: '', revisions, sources }
  }
  const source = app.spec.source!
  return { revision: sync.revision || state.revisionOf(source), source }
}

function resourceResult(r: ManagedResource, status: 'Synced' | 'SyncFailed', message: string): ResourceResult {
  return {
    group: r.group,
    version: r.version,
    kind: r.kind,
    namespace: r.namespace,
    name: r.name,
    status,
    message,
    syncPhase: 'Sync'
  }
}

/** Resources gone from git: PruneSkipped "ignored (requires pruning)" unless prune (gitops-engine sync_context.go). */
function pruneResults(app: Application, count: number, prune: boolean): ResourceResult[] {
  return Array.from({ length: count }, (_, i) => ({
    group: '',
    version: 'v1',
    kind: 'ConfigMap',
    namespace: app.spec.destination.namespace ?? '',
    name: `${app.metadata.name}-obsolete-${i + 1}`,
    status: prune ? ('Pruned' as const) : ('PruneSkipped' as const),
    message: prune ? 'pruned' : 'ignored (requires pruning)',
    syncPhase: 'Sync'
  }))
}

/** Whether a managed resource is in a partial sync's `resources` (all are when none are listed). */
function isSelected(r: ManagedResource, wanted: SyncOperation['resources']): boolean {
  if (!wanted || wanted.length === 0) return true
  return wanted.some(
    (w) =>
      (w.group ?? '') === r.group &&
      w.kind === r.kind &&
      w.name === r.name &&
      (!w.namespace || w.namespace === r.namespace)
  )
}

function comparisonMessage(behaviour: AppBehaviour): string {
  return `Failed to load target state: ${behaviour.comparisonError ?? ''}`
}

function kindRef(r: ManagedResource): string {
  return `${r.kind.toLowerCase()}${r.group ? `.${r.group}` : ''}/${r.name}`
}

/** Messages of gitops-engine's Deployment health check (pkg/health/health_deployment.go). */
function healthMessage(health: HealthStatusCode, first: ManagedResource | undefined, custom: string): string {
  if (custom && health !== 'Healthy' && health !== 'Progressing') return custom
  const name = first?.name ?? 'app'
  if (health === 'Progressing') return `Waiting for rollout to finish: 0 of 1 updated replicas are available...`
  if (health === 'Degraded') return `Deployment "${name}" exceeded its progress deadline`
  if (health === 'Suspended') return 'Deployment is paused'
  return ''
}

/** RetryStrategy.NextRetryAt (pkg/apis/application/v1alpha1/types.go v3.5.1 L1567): duration * factor^n, capped. */
export function nextRetryDelay(retry: RetryStrategy, retryCount: number): number {
  const duration = parseGoDuration(retry.backoff?.duration ?? '5s')
  const maxDuration = parseGoDuration(retry.backoff?.maxDuration ?? '3m')
  const factor = retry.backoff?.factor ?? 2
  const wait = duration * Math.pow(factor, retryCount)
  return maxDuration > 0 ? Math.min(maxDuration, wait) : wait
}

/** Go time.ParseDuration for the units Argo CD's retry backoff uses; a bare number is seconds (parseStringToDuration). */
export function parseGoDuration(text: string): number {
  if (/^\d+$/.test(text)) return Number(text) * 1000
  const units: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }
  let total = 0
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/g
  let consumed = 0
  for (const match of text.matchAll(re)) {
    total += Number(match[1]) * units[match[2]]
    consumed += match[0].length
  }
  if (consumed !== text.length || consumed === 0) throw new Error(`time: invalid duration "${text}"`)
  return total
}

/** Go's time.Kitchen layout, "3:04PM", in UTC. */
function kitchen(ms: number): string {
  const date = new Date(ms)
  const hours = date.getUTCHours()
  return `${hours % 12 === 0 ? 12 : hours % 12}:${String(date.getUTCMinutes()).padStart(2, '0')}${hours < 12 ? 'AM' : 'PM'}`
}
