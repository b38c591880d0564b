import { Cron } from 'croner'
import type { Application, SyncWindow } from './types.js'
import { parseGoDuration } from './controller.js'

/**
 * Sync windows as pkg/apis/application/v1alpha1/types.go (v3.5.1 L2920-3390) evaluates them: Matches (applications,
 * clusters, namespaces globs; OR unless andOperator), active (schedule.Next(now + tzOffset - duration) before
 * now + tzOffset, robfig/cron 5-field specs), CanSync (active deny blocks unless every deny allows manualSync; an
 * active allow permits; inactive allows block unless all allow manualSync).
 */
export class SyncWindowError extends Error {}

/** The windows of a project that apply to an app. */
export function matchingWindows(windows: SyncWindow[] | undefined, app: Application): SyncWindow[] {
  const matched: SyncWindow[] = []
  for (const window of windows ?? []) {
    const checks: boolean[] = []
    if (window.applications?.length) checks.push(window.applications.some((p) => glob(p, app.metadata.name)))
    if (window.clusters?.length) {
      const { name, server } = app.spec.destination
      checks.push(window.clusters.some((p) => (!!name && glob(p, name)) || (!!server && glob(p, server))))
    }
    if (window.namespaces?.length) {
      checks.push(window.namespaces.some((p) => glob(p, app.spec.destination.namespace ?? '')))
    }
    const ok = window.andOperator ? checks.length > 0 && checks.every(Boolean) : checks.some(Boolean)
    if (ok) matched.push(window)
  }
  return matched
}

/** Whether a window is open at `now` (ms). Throws SyncWindowError for a schedule or duration Argo CD cannot parse. */
export function isWindowActive(window: SyncWindow, now: number): boolean {
  let cron: Cron
  try {
    cron = new Cron(window.schedule, { timezone: 'UTC', legacyMode: true })
  } catch (error) {
    throw new SyncWindowError(`cannot parse schedule '${window.schedule}': ${(error as Error).message}`)
  }
  let duration: number
  try {
    duration = parseGoDuration(window.duration)
  } catch (error) {
    throw new SyncWindowError(`cannot parse duration '${window.duration}': ${(error as Error).message}`)
  }
  const offset = zoneOffsetMs(window.timeZone, now)
  const next = cron.nextRun(new Date(now + offset - duration))
  return next !== null && next.getTime() < now + offset
}

export function activeWindows(windows: SyncWindow[], now: number): SyncWindow[] {
  return windows.filter((window) => isWindowActive(window, now))
}

/** CanSync(isManual, nil): API syncs are manual (server/application/application.go Sync calls CanSync(true, nil)). */
export function canSync(windows: SyncWindow[], now: number, isManual: boolean): boolean {
  if (windows.length === 0) return true
  const active = activeWindows(windows, now)
  const denies = active.filter((w) => w.kind === 'deny')
  if (denies.length > 0) return isManual && denies.every((w) => w.manualSync === true)
  if (active.some((w) => w.kind === 'allow')) return true
  const inactiveAllows = windows.filter((w) => w.kind === 'allow' && !active.includes(w))
  if (inactiveAllows.length > 0) return isManual && inactiveAllows.every((w) => w.manualSync === true)
  return true
}

/** Offset of a time zone at `now`, as scheduleOffsetByTimeZone (an unknown zone counts as UTC). */
function zoneOffsetMs(timeZone: string | undefined, now: number): number {
  if (!timeZone) return 0
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric'
    }).formatToParts(new Date(now))
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0)
    const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'))
    return local - Math.floor(now / 1000) * 1000
  } catch {
    return 0
  }
}

/** globMatch of util/glob (gobwas/glob without separators): `*`, `?`, `[...]`. */
function glob(pattern: string, text: string): boolean {
  const regex = pattern
    .replace(/[.+^${}()|\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.')
  try {
    return new RegExp(`^${regex}$`).test(text)
  } catch {
    return pattern === text
  }
}
