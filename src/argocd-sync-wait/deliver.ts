import { isArgoCdError, isBlockedByWindow, isMissingApp, isOperationInProgress } from '../core/argocd/errors.js'
import type { AppRef, ArgoCdClient } from '../core/argocd/client.js'
import { appLabel, toAppStatus } from '../core/argocd/status.js'
import type { AppStatus, HistoryEntry } from '../core/argocd/status.js'
import { SharedWatch } from '../core/argocd/stream.js'
import type { AppEventSource } from '../core/argocd/stream.js'
import { waitForApp } from '../core/argocd/wait.js'
import type { AppWaitResult, WaitOptions } from '../core/argocd/wait.js'
import { expectedPerSource } from '../core/argocd/waiter.js'
import type { ResourceFault, WaitCriteria } from '../core/argocd/waiter.js'
import type { InfoEntry, SyncRequest, WireApplication } from '../core/argocd/wire.js'
import type { Deadline } from '../core/time/clock.js'
import type { SyncWaitSettings } from './settings.js'
import type { Target } from './targets.js'
import { awaitSyncWindow, checkSyncWindow } from './windows.js'
import type { WindowCheck } from './windows.js'

export interface Log {
  info: (message: string) => void
  warning: (message: string) => void
}

/** What happened to one app; the outputs and the summary are made from these. */
export interface AppReport {
  app: AppRef
  label: string
  outcome: 'succeeded' | 'failed' | 'timeout'
  reason: string
  faults: ResourceFault[]
  status?: AppStatus
  operation?: AppWaitResult['operation']
  durationMs: number
  rollback?: { outcome: AppReport['outcome']; reason: string; revisions: string[]; faults: ResourceFault[] }
}

export interface DeliveryContext {
  client: ArgoCdClient
  settings: SyncWaitSettings
  deadline: Deadline
  /** `infos` tagging our operations: run id, attempt and app (research 5.3 item 3). */
  infos(app: AppRef): InfoEntry[]
  log: Log
  /** The watch the apps listen to (`deliverAll` opens one when absent). */
  events?: AppEventSource
}

/**
 * Syncs (unless `sync: false`) and waits for every app at once under the one deadline, all of them listening to one
 * watch stream.
 */
export async function deliverAll(ctx: DeliveryContext, apps: Target[]): Promise<AppReport[]> {
  const watch = ctx.events ? undefined : sharedWatch(ctx, apps)
  try {
    return await Promise.all(apps.map((app) => deliverApp({ ...ctx, events: ctx.events ?? watch }, app)))
  } finally {
    await watch?.close()
  }
}

/**
 * The one watch for all apps, as narrow as they allow: by name for one app, by the selector they were found with,
 * else every app the token may read (in `project` when given). Its events are read whichever app they are about.
 */
function sharedWatch(ctx: DeliveryContext, apps: AppRef[]): SharedWatch | undefined {
  const s = ctx.settings
  if (s.stream === 'off' || apps.length === 0) return undefined
  const projects = s.project ? [s.project] : undefined
  const query =
    apps.length === 1
      ? { name: apps[0].name, namespace: apps[0].namespace, projects }
      : s.selector
        ? { selector: s.selector, projects }
        : { projects }
  const whose = apps.length === 1 ? appLabel(apps[0]) : s.selector ? `selector ${s.selector}` : `${apps.length} apps`
  return new SharedWatch(ctx.client, query, {
    format: s.stream,
    idleMs: Math.max(60_000, 4 * s.pollIntervalMs),
    reconnectMs: Math.min(1000, s.pollIntervalMs),
    onDrop: (why) => ctx.log.info(`${whose}: watch stream dropped (${why}); reconnecting`),
    log: (m) => ctx.log.info(m)
  })
}

async function deliverApp(ctx: DeliveryContext, target: Target): Promise<AppReport> {
  const { listed: _listed, ...app } = target
  const started = Date.now()
  const label = appLabel(app)
  const finish = (r: Omit<AppReport, 'app' | 'label' | 'durationMs'>): AppReport => ({
    app,
    label,
    durationMs: Date.now() - started,
    ...r
  })
  // The sync-window check does not depend on the read: both at once, one round trip less before the sync.
  const window = ctx.settings.sync ? checkSyncWindow(ctx.client, app) : undefined
  window?.catch(() => undefined)
  try {
    const initial = toAppStatus(await firstRead(ctx, target))
    // What runs now was deployed by the last history entry; Healthy now, it is the revision to roll back to.
    const baseline = initial.health === 'Healthy' ? initial.history.at(-1) : undefined
    // Expected revisions that cannot fit the app's sources fail it before anything is synced.
    const fit = expectedPerSource(ctx.settings.expectedRevisions, initial.sources)
    const result = !Array.isArray(fit)
      ? { outcome: 'failed' as const, reason: fit.problem, faults: [], status: initial }
      : ctx.settings.sync
        ? await syncAndWait(ctx, app, initial, window)
        : await waitOnly(ctx, app)
    const report = finish(result)
    ctx.log.info(`${label}: ${report.outcome}: ${report.reason}`)
    if (report.outcome !== 'succeeded' && ctx.settings.onFailure === 'rollback')
      report.rollback = await rollBack(ctx, app, baseline, report.status)
    return report
  } catch (e) {
    if (isArgoCdError(e, 401)) throw e
    const reason = isMissingApp(e) ? `application ${label} not found or no permission to read it` : (e as Error).message
    ctx.log.warning(`${label}: ${reason}`)
    return finish({ outcome: 'failed', reason, faults: [] })
  }
}

/**
 * The app before anything is done. Waiting only, the read asks for a refresh so the controller compares with git now
 * (a refresh that blocks falls back to a plain read). Before a sync it does not: the sync resolves the latest commit
 * of the target revision itself (server/application/application.go v3.5.1 Sync L2116, resolveSourceRevisions
 * L2200), and a refresh would hold the sync back for a comparison; an app the selector's list returned is not read
 * again.
 */
async function firstRead(ctx: DeliveryContext, app: Target): Promise<WireApplication> {
  if (ctx.settings.sync) return app.listed ?? ctx.client.getApp(app)
  if (ctx.settings.refresh === 'none') return ctx.client.getApp(app)
  try {
    return await ctx.client.getApp(app, ctx.settings.refresh)
  } catch (e) {
    if (isArgoCdError(e)) throw e
    ctx.log.warning(
      `${appLabel(app)}: the ${ctx.settings.refresh} refresh did not finish (${(e as Error).message}); reading the app without it`
    )
    return ctx.client.getApp(app)
  }
}

function waitOptions(ctx: DeliveryContext, app: AppRef, deadline = ctx.deadline): WaitOptions {
  const s = ctx.settings
  return {
    deadline,
    pollIntervalMs: s.pollIntervalMs,
    events: ctx.events,
    refresh: s.refresh === 'none' ? undefined : s.refresh,
    refreshTimeoutMs: s.requestTimeoutMs,
    now: () => Date.now(),
    onPending: (reason) => ctx.log.info(`${appLabel(app)}: ${reason}`),
    log: (m) => ctx.log.info(m)
  }
}

function criteria(ctx: DeliveryContext, overrides: Partial<WaitCriteria>): WaitCriteria {
  const s = ctx.settings
  return {
    waitFor: s.waitFor,
    expectedRevisions: s.expectedRevisions,
    dryRun: s.dryRun,
    prune: s.prune,
    resources: s.resources,
    degradedGraceMs: s.degradedGraceMs,
    ...overrides
  }
}

async function waitOnly(ctx: DeliveryContext, app: AppRef): Promise<Omit<AppReport, 'app' | 'label' | 'durationMs'>> {
  return waitForApp(ctx.client, app, criteria(ctx, { dryRun: false }), waitOptions(ctx, app))
}

type Outcome = Omit<AppReport, 'app' | 'label' | 'durationMs'>

async function syncAndWait(
  ctx: DeliveryContext,
  app: AppRef,
  initial: AppStatus,
  firstWindow?: Promise<WindowCheck>
): Promise<Outcome> {
  const label = appLabel(app)
  if (ctx.settings.revision && initial.multiSource) {
    // server/application/application.go v3.5.1 getAmbiguousRevision (L2442-2458) reads only revisions/sourcePositions
    // for them.
    const reason = `revision '${ctx.settings.revision}' applies to single-source apps; Argo CD ignores it for a multi-source app (leave it empty to sync each source's targetRevision)`
    return { outcome: 'failed', reason, faults: [] }
  }
  let running = initial.requested !== undefined
  for (let attempt = 0; ; attempt++) {
    const window = await awaitSyncWindow(ctx.client, app, {
      wait: ctx.settings.outsideWindow === 'wait',
      pollMs: ctx.settings.pollIntervalMs,
      deadline: ctx.deadline,
      first: attempt === 0 ? firstWindow : undefined,
      onClosed: (why) => ctx.log.info(`${label}: sync window closed: ${why}`)
    })
    if (!window.open) {
      const waited = ctx.settings.outsideWindow === 'wait'
      return { outcome: waited ? 'timeout' : 'failed', reason: `cannot sync now: ${window.reason}`, faults: [] }
    }
    if (running) {
      const cleared = await clearRunningOperation(ctx, app)
      if (cleared) return cleared
    }
    try {
      const requested = await ctx.client.sync(app, syncRequest(ctx, app))
      ctx.log.info(`${label}: sync requested${ctx.settings.revision ? ` to ${ctx.settings.revision}` : ''}`)
      return await waitForApp(
        ctx.client,
        app,
        criteria(ctx, { ours: { info: ctx.infos(app) } }),
        waitOptions(ctx, app),
        requested
      )
    } catch (e) {
      // Both can turn up between our check and our request (TOCTOU): go round again, under the same deadline.
      if (!(isOperationInProgress(e) || isBlockedByWindow(e)) || ctx.deadline.expired() || attempt >= 20) throw e
      running = isOperationInProgress(e)
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 400))
    }
  }
}

/** Applies `if-operation-running` to an operation someone else started; returns an outcome only when we must stop. */
async function clearRunningOperation(ctx: DeliveryContext, app: AppRef): Promise<Outcome | undefined> {
  const label = appLabel(app)
  const policy = ctx.settings.ifOperationRunning
  if (policy === 'fail') {
    return {
      outcome: 'failed',
      reason: 'another operation is already in progress (if-operation-running: fail)',
      faults: []
    }
  }
  if (policy === 'terminate') {
    ctx.log.info(`${label}: terminating the running operation`)
    await ctx.client.terminate(app).catch((e: unknown) => {
      // 400 "No operation is in progress": it ended on its own meanwhile.
      if (!isArgoCdError(e, 400)) throw e
    })
  } else ctx.log.info(`${label}: waiting for the running operation to finish`)
  const idle = criteria(ctx, {
    waitFor: { sync: false, health: false, operation: true, suspended: false },
    expectedRevisions: [],
    resources: []
  })
  const result = await waitForApp(ctx.client, app, idle, { ...waitOptions(ctx, app), refresh: undefined })
  if (result.outcome === 'succeeded') return undefined
  return { ...result, reason: `the running operation did not end: ${result.reason}` }
}

function syncRequest(ctx: DeliveryContext, app: AppRef): SyncRequest {
  const s = ctx.settings
  return {
    ...(s.revision ? { revision: s.revision } : {}),
    prune: s.prune,
    dryRun: s.dryRun,
    // The CLI's default strategy is hook; `force` applies to it the same way (cmd/argocd/commands/app.go).
    strategy: { hook: { force: s.force } },
    ...(s.resources.length > 0
      ? { resources: s.resources.map((r) => ({ ...r, namespace: r.namespace || undefined })) }
      : {}),
    // Sent only when given: present, it replaces the app's own syncOptions (research 1.6).
    ...(s.syncOptions.length > 0 ? { syncOptions: { items: s.syncOptions } } : {}),
    ...(s.retryLimit > 0
      ? { retryStrategy: { limit: s.retryLimit, backoff: { duration: s.retryBackoff, factor: 2, maxDuration: '3m' } } }
      : {}),
    infos: ctx.infos(app)
  }
}

/**
 * Rolls a failed app back to the history entry that was live and Healthy when we started, and waits for it under
 * what is left of the one `timeout` (a rollback is part of the step's work, not a new deadline). With nothing left,
 * the rollback is still requested and reported as not confirmed. Argo CD refuses rollbacks of auto-synced apps
 * (server/application/application.go v3.5.1 Rollback).
 */
async function rollBack(
  ctx: DeliveryContext,
  app: AppRef,
  baseline: HistoryEntry | undefined,
  last: AppStatus | undefined
): Promise<AppReport['rollback']> {
  const label = appLabel(app)
  const fail = (reason: string) => ({
    outcome: 'failed' as const,
    reason,
    revisions: baseline?.revisions ?? [],
    faults: []
  })
  if (!baseline)
    return fail('no history entry is known to be Healthy: the app was not Synced and Healthy before this sync')
  if (last?.autoSync)
    return fail(
      'auto-sync is enabled, and Argo CD does not roll back auto-synced apps: revert the change in git instead'
    )
  const deadline = ctx.deadline
  try {
    if (last?.requested) {
      await ctx.client.terminate(app).catch(() => undefined)
      const idle = criteria(ctx, {
        waitFor: { sync: false, health: false, operation: true, suspended: false },
        expectedRevisions: [],
        resources: []
      })
      await waitForApp(ctx.client, app, idle, { ...waitOptions(ctx, app, deadline), refresh: undefined })
    }
    const notBefore = Date.now()
    ctx.log.info(`${label}: rolling back to history ${baseline.id} (${baseline.revisions.join(', ')})`)
    const requested = await ctx.client.rollback(app, { id: baseline.id, prune: ctx.settings.prune })
    const result = await waitForApp(
      ctx.client,
      app,
      criteria(ctx, {
        ours: { notBefore },
        expectedRevisions: baseline.revisions,
        statusRevision: false,
        // After a rollback the app is OutOfSync with git by design; health and our operation decide.
        waitFor: { ...ctx.settings.waitFor, sync: false },
        dryRun: false,
        resources: []
      }),
      waitOptions(ctx, app, deadline),
      requested
    )
    const reason =
      result.outcome === 'timeout'
        ? `rollback requested, not confirmed within the timeout: ${result.reason}`
        : result.reason
    ctx.log.info(`${label}: rollback ${result.outcome}: ${reason}`)
    return { outcome: result.outcome, reason, revisions: baseline.revisions, faults: result.faults }
  } catch (e) {
    if (isArgoCdError(e, 401)) throw e
    return fail(`rollback failed: ${(e as Error).message}`)
  }
}
