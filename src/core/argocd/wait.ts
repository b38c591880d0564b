import type { Deadline } from '../time/clock.js'
import type { AppRef, ArgoCdClient } from './client.js'
import { isArgoCdError, isMissingApp } from './errors.js'
import { toAppStatus } from './status.js'
import type { AppStatus, OperationStatus } from './status.js'
import { newerVersion } from './stream.js'
import type { AppEventSource } from './stream.js'
import { step } from './waiter.js'
import type { ResourceFault, WaitCriteria, WaitMemory } from './waiter.js'
import type { WireApplication } from './wire.js'

export interface WaitOptions {
  deadline: Deadline
  /** How often the app is read with GET as ground truth beside the watch. */
  pollIntervalMs: number
  /** The watch (usually one `SharedWatch` for all apps); without one the app is polled only. */
  events?: AppEventSource
  /** While the status predates the end of the operation, poll with ?refresh so the controller reconciles now. */
  refresh?: 'normal' | 'hard'
  /** Per-request timeout of a refreshing GET (it blocks until the controller reconciled). */
  refreshTimeoutMs: number
  now(): number
  /** Called whenever the reason the app is pending changes. */
  onPending?(reason: string): void
  log?(message: string): void
}

export type WaitOutcome = 'succeeded' | 'failed' | 'timeout'

export interface AppWaitResult {
  outcome: WaitOutcome
  reason: string
  faults: ResourceFault[]
  /** The last status seen. */
  status: AppStatus
  /** Our operation as captured when it finished (or the app's last operation when we requested none). */
  operation?: OperationStatus
}

/**
 * Waits for one app to meet `criteria`: reads it, listens to its events on the watch, reads it again every poll
 * interval as ground truth, and asks the pure waiter after every observation. Ends at
 * success, failure, or the shared deadline. 401 is thrown; a vanished app is a failure.
 */
export async function waitForApp(
  client: ArgoCdClient,
  ref: AppRef,
  criteria: WaitCriteria,
  opts: WaitOptions,
  initial?: WireApplication
): Promise<AppWaitResult> {
  let latest = toAppStatus(initial ?? (await client.getApp(ref)))
  let memory: WaitMemory = {}
  let gone: string | undefined
  const wake = new Wakeup()
  const observe = (app: WireApplication) => {
    const next = toAppStatus(app)
    if (newerVersion(next.resourceVersion, latest.resourceVersion)) {
      latest = next
      wake.notify()
    }
  }
  const unsubscribe =
    opts.events?.subscribe(
      { name: latest.name || ref.name, namespace: latest.namespace },
      {
        onEvent: (type, app) => {
          if (type === 'DELETED') {
            gone = 'the application was deleted during the wait'
            wake.notify()
          } else observe(app)
        }
      }
    ) ?? (() => undefined)

  let lastReason = ''
  let lastRead = opts.now()
  let nextPoll = lastRead + opts.pollIntervalMs
  try {
    for (;;) {
      const now = opts.now()
      const { verdict, memory: next } = step(latest, criteria, memory, now)
      memory = next
      const operation = memory.ours ?? latest.operation
      if (gone) return { outcome: 'failed', reason: gone, faults: [], status: latest, operation }
      if (verdict.state === 'succeeded')
        return { outcome: 'succeeded', reason: verdict.reason, faults: [], status: latest, operation }
      if (verdict.state === 'failed')
        return { outcome: 'failed', reason: verdict.reason, faults: verdict.faults, status: latest, operation }
      if (verdict.reason !== lastReason) opts.onPending?.(verdict.reason)
      lastReason = verdict.reason
      const remaining = opts.deadline.remaining()
      if (remaining === 0) return { outcome: 'timeout', reason: verdict.reason, faults: [], status: latest, operation }

      const degradedDue =
        memory.degradedSince === undefined ? Infinity : memory.degradedSince + criteria.degradedGraceMs
      // A status that may predate our operation's end: one early refreshing read once it can bring a later one.
      const refreshFrom = opts.refresh ? verdict.refreshFrom : undefined
      const readAt = refreshFrom !== undefined && refreshFrom > lastRead ? Math.min(nextPoll, refreshFrom) : nextPoll
      await wake.wait(Math.max(0, Math.min(readAt, degradedDue, now + remaining) - now))
      if (opts.now() >= readAt) {
        lastRead = opts.now()
        nextPoll = lastRead + opts.pollIntervalMs
        // The periodic read refreshes too while the status may predate the operation's end (verdict.stale).
        const stale =
          (refreshFrom !== undefined && lastRead >= refreshFrom) ||
          (opts.refresh !== undefined && verdict.state === 'pending' && verdict.stale === true)
        try {
          observe(await client.getApp(ref, stale ? opts.refresh : undefined, stale ? opts.refreshTimeoutMs : undefined))
        } catch (e) {
          if (isArgoCdError(e, 401)) throw e
          if (isMissingApp(e)) gone = 'the application is not found or not readable any more (deleted during the wait?)'
          else opts.log?.(`${ref.name}: reading the app failed (${(e as Error).message}); will read it again`)
        }
      }
    }
  } finally {
    unsubscribe()
  }
}

/** A wake-up call that is not lost when it comes before anyone waits. */
class Wakeup {
  private waiter: (() => void) | undefined
  private pending = false

  notify(): void {
    if (this.waiter) this.waiter()
    else this.pending = true
  }

  wait(ms: number): Promise<void> {
    if (this.pending) {
      this.pending = false
      return Promise.resolve()
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiter = undefined
        resolve()
      }, ms)
      this.waiter = () => {
        clearTimeout(timer)
        this.waiter = undefined
        resolve()
      }
    })
  }
}
