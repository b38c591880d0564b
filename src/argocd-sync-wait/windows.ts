import type { AppRef, ArgoCdClient } from '../core/argocd/client.js'
import type { WireSyncWindow } from '../core/argocd/wire.js'
import type { Deadline } from '../core/time/clock.js'

export type WindowCheck = { open: true } | { open: false; reason: string }

/** `deny 0 22 * * * for 1h` */
export function describeWindow(w: WireSyncWindow): string {
  return `${w.kind ?? '?'} window '${w.schedule ?? '?'}' for ${w.duration ?? '?'}${w.manualSync ? ' (manual sync allowed)' : ''}`
}

/**
 * Whether Argo CD lets a manual sync of the app start now. `GET .../syncwindows` applies the project's windows that
 * match the app and answers `canSync` as SyncWindows.CanSync(isManual=true) computes it
 * (server/application/application.go GetApplicationSyncWindows, pkg/apis/application/v1alpha1/types.go CanSync):
 * an active deny blocks unless it allows manual syncs; with allow windows assigned, one must be active or allow
 * manual syncs.
 */
export async function checkSyncWindow(client: ArgoCdClient, app: AppRef): Promise<WindowCheck> {
  const windows = await client.syncWindows(app)
  if (windows.canSync !== false) return { open: true }
  const active = (windows.activeWindows ?? []).filter((w) => w.kind === 'deny')
  const reason =
    active.length > 0
      ? `blocked by the ${active.map(describeWindow).join(', ')}`
      : `outside every allow window (${
          (windows.assignedWindows ?? [])
            .filter((w) => w.kind === 'allow')
            .map(describeWindow)
            .join(', ') || 'none active'
        })`
  return { open: false, reason }
}

/** Waits until the windows let a sync start, reading them every `pollMs`, or returns why not when the deadline comes. */
export async function awaitSyncWindow(
  client: ArgoCdClient,
  app: AppRef,
  opts: {
    wait: boolean
    pollMs: number
    deadline: Deadline
    /** A check already under way, used as the first one. */
    first?: Promise<WindowCheck>
    onClosed(reason: string): void
  }
): Promise<WindowCheck> {
  let check = await (opts.first ?? checkSyncWindow(client, app))
  if (!check.open) opts.onClosed(check.reason)
  while (!check.open && opts.wait && !opts.deadline.expired()) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(opts.pollMs, opts.deadline.remaining())))
    check = await checkSyncWindow(client, app)
  }
  return check
}
