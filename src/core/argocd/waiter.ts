import { resourceLabel } from './status.js'
import type { AppStatus, OperationStatus, ResourceRef } from './status.js'
import type { InfoEntry } from './wire.js'

/**
 * The waiter: a pure state machine over (app status, clock). `step` reads one observation of an app and what earlier
 * observations left in `WaitMemory`, and says whether the app is done, failed or still pending, and why. It never
 * trusts a status it cannot tie to our revision and our operation (research/argocd.md 5.3; DESIGN.md 5 "fail closed").
 */

export interface WaitFor {
  sync: boolean
  health: boolean
  operation: boolean
  /** A Suspended app counts as done (paused rollouts). */
  suspended: boolean
}

/** How to recognise the operation we requested once the controller copies it into status.operationState. */
export interface OperationTag {
  /** `infos` we sent with the sync; every entry must appear in operation.info. */
  info?: InfoEntry[]
  /** For requests that cannot carry infos (rollback): a manual operation started no earlier than this (ms). */
  notBefore?: number
}

export interface WaitCriteria {
  waitFor: WaitFor
  /** Revision(s) that must be live; empty accepts any. One per source for multi-source apps, or one that must be among them. */
  expectedRevisions: string[]
  /** Set when we requested an operation: success then needs exactly that operation to have Succeeded. */
  ours?: OperationTag
  /**
   * Whether status.sync.revision(s) must match as well as our operation's (default true). A rollback turns it off:
   * Argo CD keeps comparing with the newer target revision, so the app stays OutOfSync at it after a rollback.
   */
  statusRevision?: boolean
  dryRun: boolean
  /** Pruning was requested, so a "requires pruning" leftover is not expected. */
  prune: boolean
  /** Partial sync: sync and health are judged on these resources, not on the whole app. */
  resources: ResourceRef[]
  degradedGraceMs: number
}

export interface WaitMemory {
  /** Our operation as last seen: kept after it completes because a later operation replaces operationState (argo-cd#5592). */
  ours?: OperationStatus
  /** When the app was first seen Degraded after the operation finished. */
  degradedSince?: number
}

/** A resource that keeps the app from being done, for the failure report. */
export interface ResourceFault {
  resource: string
  sync: string
  health: string
  message: string
}

export type Verdict =
  | { state: 'pending'; reason: string }
  | { state: 'succeeded'; reason: string }
  | { state: 'failed'; reason: string; faults: ResourceFault[] }

export interface StepResult {
  verdict: Verdict
  memory: WaitMemory
}

const COMPLETED = new Set(['Succeeded', 'Failed', 'Error'])
/** Worst-first ordering of app health (docs/operator-manual/health.md, "worst child" rule). */
const HEALTH_RANK = ['Healthy', 'Suspended', 'Progressing', 'Missing', 'Degraded', 'Unknown']

export const isCompleted = (op: { phase: string } | undefined): boolean => op !== undefined && COMPLETED.has(op.phase)

/** Whether an operation carries our tag. */
export function isOurs(op: OperationStatus | undefined, tag: OperationTag): boolean {
  if (!op) return false
  if (tag.info && tag.info.length > 0) {
    return tag.info.every((want) => op.info.some((have) => have.name === want.name && have.value === want.value))
  }
  // metav1.Time has second precision: an operation started in the same second as our request may show an earlier time.
  const notBefore = tag.notBefore === undefined ? -Infinity : Math.floor(tag.notBefore / 1000) * 1000
  return !op.automated && op.info.length === 0 && (op.startedAt ?? -Infinity) >= notBefore
}

const HEX = /^[0-9a-f]{7,64}$/i

/** A commit SHA matches its abbreviation; anything else (tags, chart versions) must be equal. */
export function revisionMatches(expected: string, actual: string): boolean {
  if (expected === actual) return true
  return HEX.test(expected) && HEX.test(actual) && actual.toLowerCase().startsWith(expected.toLowerCase())
}

export function revisionsMatch(expected: string[], actual: string[]): boolean {
  if (expected.length === 0) return true
  if (expected.length === actual.length) return expected.every((e, i) => revisionMatches(e, actual[i]))
  return expected.length === 1 && actual.some((a) => revisionMatches(expected[0], a))
}

const short = (revs: string[]) =>
  revs.length === 0 ? '(none)' : revs.map((r) => (HEX.test(r) ? r.slice(0, 7) : r)).join(', ')

/** One observation: the verdict for this app now, and the memory to pass to the next step. */
export function step(app: AppStatus, criteria: WaitCriteria, memory: WaitMemory, now: number): StepResult {
  const pending = (reason: string, mem: WaitMemory = memory): StepResult => ({
    verdict: { state: 'pending', reason },
    memory: { ...mem, degradedSince: undefined }
  })
  const failed = (reason: string, faults: ResourceFault[] = faultsOf(app, memory.ours)): StepResult => ({
    verdict: { state: 'failed', reason, faults },
    memory
  })
  if (app.deleting) return failed('the application is being deleted', [])

  // 1. The operation: ours when we requested one, otherwise whatever runs must end.
  let finishedAt: number | undefined
  if (criteria.ours) {
    if (isOurs(app.operation, criteria.ours)) memory = { ...memory, ours: app.operation }
    const ours = memory.ours
    if (!ours) {
      if (app.requested && isRequestedOurs(app.requested, criteria.ours))
        return pending('sync requested, the controller has not started it yet')
      if (app.requested || (app.operation && !isCompleted(app.operation)))
        return pending(`another operation is running (${initiator(app.requested ?? app.operation)})`)
      return pending('our operation has not started yet')
    }
    if (!isCompleted(ours)) {
      if (ours.finishedAt !== undefined)
        return pending(`operation failed, retrying (attempt #${ours.retryCount + 1}): ${ours.message}`)
      return pending(`operation ${ours.phase || 'requested'}${ours.message ? `: ${ours.message}` : ''}`)
    }
    if (ours.phase !== 'Succeeded') {
      return failed(`operation ${ours.phase}: ${ours.message || '(no message)'}`, faultsOf(app, ours))
    }
    if (criteria.dryRun) return { verdict: { state: 'succeeded', reason: 'dry run Succeeded' }, memory }
    if (!revisionsMatch(criteria.expectedRevisions, ours.revisions)) {
      return failed(
        `the operation synced revision ${short(ours.revisions)}, not the expected ${short(criteria.expectedRevisions)}`,
        []
      )
    }
    if (criteria.waitFor.operation && app.requested)
      return pending(`another operation is running (${initiator(app.requested)})`)
    finishedAt = ours.finishedAt
  } else if (criteria.waitFor.operation) {
    if (app.requested) return pending(`an operation is running (${initiator(app.requested)})`)
    if (app.operation && !isCompleted(app.operation)) return pending(`an operation is ${app.operation.phase}`)
    if (app.operation && !app.operation.dryRun) finishedAt = app.operation.finishedAt
  }

  // 2. Status written before the operation ended says nothing about it (CLI waitOnApplicationStatus: reconciledAt >= finishedAt).
  if (finishedAt !== undefined && (app.reconciledAt === undefined || app.reconciledAt < finishedAt)) {
    return pending('waiting for the controller to reconcile after the operation')
  }

  // 3. The live revision: a Synced/Healthy app at the old revision is stale, not done.
  if (criteria.statusRevision !== false && !revisionsMatch(criteria.expectedRevisions, app.syncedRevisions)) {
    return pending(`at revision ${short(app.syncedRevisions)}, expected ${short(criteria.expectedRevisions)}`)
  }
  const errors = app.errors.map((e) => `${e.type}: ${e.message}`)

  // 4. Sync status.
  const judged = judgedState(app, criteria.resources)
  if (criteria.waitFor.sync && judged.sync !== 'Synced') {
    const skipped = (memory.ours?.resources ?? []).filter((r) => r.status === 'PruneSkipped').length
    if (memory.ours && !criteria.prune && skipped > 0) return failed(`${skipped} resources require pruning`)
    return pending(`sync status ${judged.sync || 'unknown'}${errors.length ? ` (${errors.join('; ')})` : ''}`)
  }

  // 5. Health, with a grace period for Degraded.
  if (criteria.waitFor.health || criteria.waitFor.suspended) {
    const allowed = [criteria.waitFor.health && 'Healthy', criteria.waitFor.suspended && 'Suspended']
    if (!allowed.includes(judged.health)) {
      if (judged.health !== 'Degraded')
        return pending(`health ${judged.health || 'unknown'}${app.healthMessage ? `: ${app.healthMessage}` : ''}`)
      const since = memory.degradedSince ?? now
      if (now - since >= criteria.degradedGraceMs) {
        return failed(`Degraded for ${Math.round((now - since) / 1000)}s after the operation`)
      }
      return {
        verdict: { state: 'pending', reason: 'health Degraded (within degraded-grace)' },
        memory: { ...memory, degradedSince: since }
      }
    }
  }
  if (errors.length > 0) return pending(errors.join('; '))
  const live = criteria.statusRevision === false && memory.ours ? memory.ours.revisions : app.syncedRevisions
  const what = [
    criteria.waitFor.sync && judged.sync,
    (criteria.waitFor.health || criteria.waitFor.suspended) && judged.health
  ]
  return {
    verdict: { state: 'succeeded', reason: [...what.filter(Boolean), `at ${short(live)}`].join(', ') },
    memory: { ...memory, degradedSince: undefined }
  }
}

function isRequestedOurs(requested: NonNullable<AppStatus['requested']>, tag: OperationTag): boolean {
  if (tag.info && tag.info.length > 0)
    return tag.info.every((w) => requested.info.some((h) => h.name === w.name && h.value === w.value))
  return !requested.automated
}

function initiator(op: { automated: boolean; initiatedBy: string } | undefined): string {
  if (!op) return 'unknown'
  return op.automated ? 'auto-sync' : `initiated by ${op.initiatedBy || 'someone else'}`
}

/** Sync and health of the app, or of the selected resources after a partial sync. */
function judgedState(app: AppStatus, selected: ResourceRef[]): { sync: string; health: string } {
  if (selected.length === 0) return { sync: app.sync, health: app.health }
  let sync = 'Synced'
  let rank = 0
  for (const want of selected) {
    const found = app.resources.find(
      (r) =>
        r.group === want.group &&
        r.kind === want.kind &&
        r.name === want.name &&
        (!want.namespace || r.namespace === want.namespace)
    )
    if (!found || found.sync !== 'Synced') sync = 'OutOfSync'
    // Kinds without a health check (ConfigMap) carry no health: they count as Healthy, as in Argo CD's app health.
    rank = Math.max(rank, found ? HEALTH_RANK.indexOf(found.health || 'Healthy') : HEALTH_RANK.indexOf('Missing'))
  }
  return { sync, health: HEALTH_RANK[rank] ?? 'Unknown' }
}

/** Resources at fault: failed sync results and hooks of the operation, then resources not Synced or not Healthy. */
export function faultsOf(app: AppStatus, op: OperationStatus | undefined): ResourceFault[] {
  const faults: ResourceFault[] = []
  const seen = new Set<string>()
  for (const r of op?.resources ?? []) {
    if (
      r.status === 'SyncFailed' ||
      r.status === 'PruneSkipped' ||
      r.hookPhase === 'Failed' ||
      r.hookPhase === 'Error'
    ) {
      const label = resourceLabel(r)
      seen.add(label)
      faults.push({ resource: label, sync: r.status || `hook ${r.hookPhase}`, health: '', message: r.message })
    }
  }
  for (const r of app.resources) {
    const label = resourceLabel(r)
    const unhealthy = r.health !== '' && r.health !== 'Healthy'
    if (seen.has(label) || (r.sync === 'Synced' && !unhealthy)) continue
    faults.push({ resource: label, sync: r.sync, health: r.health, message: r.message })
  }
  return faults
}
