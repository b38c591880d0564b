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
  /**
   * Revision(s) that must be live; empty accepts any. One revision holds for every source; several are one per source
   * in spec.sources order, `*` leaving a source unchecked (see `expectedPerSource`).
   */
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
  /** When a status reconciled in the same second as this finishedAt was first seen (see step 2). */
  sameSecond?: { finishedAt: number; since: number }
}

/** A resource that keeps the app from being done, for the failure report. */
export interface ResourceFault {
  resource: string
  sync: string
  health: string
  message: string
}

export type Verdict =
  | {
      state: 'pending'
      reason: string
      /**
       * Set while the status predates the end of the operation: from this time on (ms, our clock) a refreshing read
       * makes the controller compare again and write a status that can decide.
       */
      refreshFrom?: number
      /**
       * The status may predate the end of the operation, but something else is pending too: no early refresh, the
       * periodic read refreshes while this holds.
       */
      stale?: boolean
    }
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

const short = (revs: string[]) =>
  revs.length === 0 ? '(none)' : revs.map((r) => (HEX.test(r) ? r.slice(0, 7) : r)).join(', ')

/** A commit SHA matches its abbreviation; anything else (tags, chart versions) must be equal. */
export function revisionMatches(expected: string, actual: string): boolean {
  if (expected === actual) return true
  return HEX.test(expected) && HEX.test(actual) && actual.toLowerCase().startsWith(expected.toLowerCase())
}

/**
 * The expected revision of each source, `*` for a source not checked, or why the input cannot fit the app.
 * status.sync.revisions and syncResult.revisions hold one revision per source in spec.sources order (controller/state.go
 * v3.5.1 L858-861 and L1043-1046: one manifest revision per source): a commit SHA for a git source, the chart version
 * for a Helm chart (`chart` set). One expected revision is "the revision that is live", so it must be the revision of
 * every source it can be: a commit SHA of every git source (which must then come from one repository: a commit names
 * one repository's state), anything else (a chart version) of every Helm chart source. "Among them" would pass an app
 * whose values source still lags while its manifests source is at that commit. Several expected revisions are one per
 * source, in order, `*` skipping one; another count never fits.
 */
export function expectedPerSource(expected: string[], sources: AppStatus['sources']): string[] | { problem: string } {
  const perSourceHint =
    'name one revision per source, comma-separated in spec.sources order, `*` for a source not to check'
  if (expected.length > 1) {
    if (sources.length > 0 && expected.length !== sources.length) {
      return {
        problem: `expected-revision names ${expected.length} revisions (one per source), but the app has ${sources.length} source(s)`
      }
    }
    return expected
  }
  if (expected.length === 0 || sources.length <= 1 || expected[0] === '*') return expected
  const commit = HEX.test(expected[0])
  const checked = sources.map((s) => (commit ? !s.chart : Boolean(s.chart)))
  const what = commit ? 'a commit' : 'not a commit'
  if (!checked.some(Boolean)) {
    const kind = commit ? 'every source is a Helm chart' : 'no source is a Helm chart (git sources are at commits)'
    return { problem: `expected-revision ${short(expected)} is ${what}, but ${kind}: ${perSourceHint}` }
  }
  const repos = new Set(sources.filter((_, i) => checked[i]).map((s) => repoKey(s.repoURL)))
  if (commit && repos.size > 1) {
    return {
      problem: `expected-revision ${short(expected)} is one commit, but the app's git sources come from ${repos.size} repositories: ${perSourceHint}`
    }
  }
  return checked.map((c) => (c ? expected[0] : '*'))
}

/** A repository URL without the forms that name the same repository: scheme, user, `.git`, case, trailing slash. */
function repoKey(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^[a-z+]+:\/\//, '')
    .replace(/^[^@/]+@/, '')
    .replace(/:(?!\d+\/)/, '/')
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
}

/** Index by index (`*` matches anything); a single expected revision must be every actual one. */
export function revisionsMatch(expected: string[], actual: string[]): boolean {
  if (expected.length === 0) return true
  if (actual.length === 0) return false
  if (expected.length === 1) return actual.every((a) => expected[0] === '*' || revisionMatches(expected[0], a))
  return expected.length === actual.length && expected.every((e, i) => e === '*' || revisionMatches(e, actual[i]))
}

/** One observation: the verdict for this app now, and the memory to pass to the next step. */
export function step(app: AppStatus, criteria: WaitCriteria, memory: WaitMemory, now: number): StepResult {
  const pending = (reason: string, mem: WaitMemory = memory): StepResult => ({
    verdict: { state: 'pending', reason },
    memory: { ...mem, degradedSince: undefined, sameSecond: undefined }
  })
  const failed = (reason: string, faults: ResourceFault[] = faultsOf(app, memory.ours)): StepResult => ({
    verdict: { state: 'failed', reason, faults },
    memory
  })
  if (app.deleting) return failed('the application is being deleted', [])
  const expected = expectedPerSource(criteria.expectedRevisions, app.sources)
  if (!Array.isArray(expected)) return failed(expected.problem, [])

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
    if (!revisionsMatch(expected, ours.revisions)) {
      return failed(`the operation synced revision ${short(ours.revisions)}, not the expected ${short(expected)}`, [])
    }
    if (criteria.waitFor.operation && app.requested)
      return pending(`another operation is running (${initiator(app.requested)})`)
    finishedAt = ours.finishedAt
  } else if (criteria.waitFor.operation) {
    if (app.requested) return pending(`an operation is running (${initiator(app.requested)})`)
    if (app.operation && !isCompleted(app.operation)) return pending(`an operation is ${app.operation.phase}`)
    if (app.operation && !app.operation.dryRun) finishedAt = app.operation.finishedAt
  }

  // 2. Status written before the operation ended says nothing about it. A refresh is asked for only when the rest of
  // the status would decide (succeed or fail): otherwise the app waits for a new write anyway (health or sync still
  // moving), and the controller stamps that write with a later reconciledAt; the periodic read refreshes meanwhile.
  if (finishedAt !== undefined && judgesStatus(criteria.waitFor)) {
    const stale = reconciledBefore(app.reconciledAt, finishedAt, memory, now)
    if (stale) {
      const rest = judgeStatus(app, criteria, { ...memory, sameSecond: undefined }, now, expected)
      const decides = rest.verdict.state !== 'pending' || rest.memory.degradedSince !== undefined
      if (decides || stale.verdict.state !== 'pending') return stale
      return {
        ...stale,
        verdict: { state: 'pending', reason: `${rest.verdict.reason}; ${stale.verdict.reason}`, stale: true }
      }
    }
  }
  return judgeStatus(app, criteria, { ...memory, sameSecond: undefined }, now, expected)
}

/** Steps 3-5 of `step`, on a status known to be written after the operation ended (or with none to wait for). */
function judgeStatus(
  app: AppStatus,
  criteria: WaitCriteria,
  memory: WaitMemory,
  now: number,
  expected: string[]
): StepResult {
  const pending = (reason: string): StepResult => ({
    verdict: { state: 'pending', reason },
    memory: { ...memory, degradedSince: undefined }
  })
  const failed = (reason: string, faults: ResourceFault[] = faultsOf(app, memory.ours)): StepResult => ({
    verdict: { state: 'failed', reason, faults },
    memory
  })

  // 3. The live revision: a Synced/Healthy app at the old revision is stale, not done.
  if (criteria.statusRevision !== false && !revisionsMatch(expected, app.syncedRevisions)) {
    return pending(`at revision ${short(app.syncedRevisions)}, expected ${short(expected)}`)
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

const judgesStatus = (w: WaitFor) => w.sync || w.health || w.suspended

/**
 * Whether the status can predate the end of the operation; a pending step when it can. The CLI waits for
 * `reconciledAt >= finishedAt` (cmd/argocd/commands/app.go v3.5.1 checkAppWaitConditions, `ReconciledAt.Before`), which
 * is not enough: both are metav1.Time, written with one-second precision, and reconciledAt is the time a comparison
 * *started* (controller/appcontroller.go v3.5.1 processAppRefreshQueueItem: `now := metav1.Now()` at L1868 before
 * CompareAppState, `ReconciledAt = &now` at L1973-1974), so a comparison of the live state from before our operation
 * that is persisted after setOperationState (L1668-1676 stamps finishedAt) can carry the same second. A re-sync to an
 * unchanged revision then looks reconciled, Synced and Healthy at once. Only a strictly later second proves that the
 * comparison began after the operation ended (both stamps come from the controller's clock). The comparison the
 * controller requests after an operation (L1643-1658) may land in the same second and, changing nothing, is not even
 * written (persistAppStatus "No status changes. Skipping patch", L2264-2266): so once a second has passed since we saw
 * the same-second status, a refresh makes the controller compare again with a later reconciledAt.
 */
function reconciledBefore(
  reconciledAt: number | undefined,
  finishedAt: number,
  memory: WaitMemory,
  now: number
): StepResult | undefined {
  const second = (ms: number) => Math.floor(ms / 1000)
  if (reconciledAt === undefined || second(reconciledAt) < second(finishedAt)) {
    return {
      verdict: {
        state: 'pending',
        reason: 'waiting for the controller to reconcile after the operation',
        refreshFrom: now
      },
      memory: { ...memory, degradedSince: undefined, sameSecond: undefined }
    }
  }
  if (second(reconciledAt) > second(finishedAt)) return undefined
  const seen = memory.sameSecond?.finishedAt === finishedAt ? memory.sameSecond : { finishedAt, since: now }
  return {
    verdict: {
      state: 'pending',
      reason: 'reconciled in the same second as the operation finished; waiting for a later reconcile',
      refreshFrom: seen.since + 1000
    },
    memory: { ...memory, degradedSince: undefined, sameSecond: seen }
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
