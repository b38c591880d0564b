import { closest } from '../errors/index.js'

export type Weekday = 'Mon' | 'Tue' | 'Wed' | 'Thu' | 'Fri' | 'Sat' | 'Sun'
export const WEEKDAYS: readonly Weekday[] = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

/** A recurring period in which deployments may happen, e.g. `Mon-Fri 09:00-17:00 Europe/Berlin`. */
export interface DeploymentWindow {
  /** As written in the file, for messages. */
  text: string
  /** Days on which the window opens, in week order starting Monday; all seven when the text names none. */
  days: Weekday[]
  /** Minutes after local midnight when the window opens (0-1439). */
  start: number
  /** Minutes after local midnight when it closes (1-1440); at or before `start` means it closes the next day. */
  end: number
  /** IANA time zone as Intl resolves it; `UTC` when the text names none. */
  timeZone: string
}

export const WINDOW_FORMS = 'a window such as "Mon-Fri 09:00-17:00 Europe/Berlin"'

export type WindowParse = { ok: true; window: DeploymentWindow } | { ok: false; reason: string }

const DAY_NAMES: Partial<Record<string, Weekday>> = {}
for (const [i, full] of ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].entries()) {
  DAY_NAMES[full] = WEEKDAYS[i]!
  DAY_NAMES[full.slice(0, 3)] = WEEKDAYS[i]!
}
DAY_NAMES['tues'] = 'Tue'
DAY_NAMES['thur'] = 'Thu'
DAY_NAMES['thurs'] = 'Thu'

const TIME_RANGE = /^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$/

/**
 * Parses `[days] HH:MM-HH:MM [time zone]`: days as `Mon-Fri`, `Mon,Wed,Fri`, `Sat-Sun`, `Fri-Mon` (ranges wrap past
 * Sunday), `daily` or `*` (the default), full names or three letters in any case; times in 24-hour form, `24:00` as an
 * end; a window whose end is not after its start runs past midnight (`Fri 22:00-02:00`). The reason on failure says
 * which part is wrong.
 */
export function parseDeploymentWindow(text: string): WindowParse {
  const fail = (reason: string): WindowParse => ({ ok: false, reason })
  const tokens = text
    .trim()
    .replace(/([A-Za-z])\s*-\s*(?=[A-Za-z])/g, '$1-')
    .replace(/(\d)\s*-\s*(?=\d)/g, '$1-')
    .replace(/\s*,\s*/g, ',')
    .split(/\s+/)
    .filter(Boolean)
  const at = tokens.findIndex((t) => /^\d{1,2}:/.test(t) || /^\d{1,2}(?:-|$)/.test(t))
  if (at < 0) return fail('it has no time range such as 09:00-17:00')

  const days = parseDays(tokens.slice(0, at).join(','))
  if (typeof days === 'string') return fail(days)

  const range = TIME_RANGE.exec(tokens[at])
  if (!range) return fail(`the time range '${tokens[at]}' is not written as HH:MM-HH:MM`)
  const start = minutes(range[1], range[2], false)
  if (typeof start === 'string') return fail(start)
  const end = minutes(range[3], range[4], true)
  if (typeof end === 'string') return fail(end)
  if (start === end) return fail(`the time range ${tokens[at]} is empty, for a whole day write 00:00-24:00`)

  const rest = tokens.slice(at + 1)
  if (rest.length > 1) return fail(`unexpected '${rest.slice(1).join(' ')}' after the time zone`)
  const timeZone = resolveTimeZone(rest[0] ?? 'UTC')
  if (!timeZone.ok) return fail(timeZone.reason)

  return { ok: true, window: { text, days, start, end, timeZone: timeZone.name } }
}

function parseDays(text: string): Weekday[] | string {
  if (text === '' || /^(?:\*|daily)$/i.test(text)) return [...WEEKDAYS]
  const chosen = new Set<Weekday>()
  for (const item of text.split(',').filter(Boolean)) {
    const ends = item.split('-')
    if (ends.length > 2) return `the day range '${item}' has more than two ends`
    const found = ends.map((word) => DAY_NAMES[word.toLowerCase()])
    const bad = ends.find((_, i) => found[i] === undefined)
    if (bad !== undefined) return unknownDay(bad)
    const [from, to] = found as [Weekday, Weekday | undefined]
    const first = WEEKDAYS.indexOf(from)
    const count = to === undefined ? 1 : ((WEEKDAYS.indexOf(to) - first + 7) % 7) + 1
    for (let i = 0; i < count; i++) chosen.add(WEEKDAYS[(first + i) % 7])
  }
  return WEEKDAYS.filter((d) => chosen.has(d))
}

function unknownDay(word: string): string {
  if (word === '') return 'a day range is missing a day'
  const guess = closest(word, WEEKDAYS)
  return `unknown day '${word}', ${guess ? `did you mean '${guess}'?` : 'days are Mon, Tue, Wed, Thu, Fri, Sat and Sun'}`
}

function minutes(h: string, m: string, isEnd: boolean): number | string {
  const hours = Number(h)
  const mins = Number(m)
  if (isEnd && hours === 24 && mins === 0) return 1440
  if (hours > 23 || mins > 59) return `'${h}:${m}' is not a time of day, use 00:00 to 23:59${isEnd ? ' or 24:00' : ''}`
  return hours * 60 + mins
}

let zoneNames: string[] | undefined

/** The canonical IANA name for `zone`, or why it is not one (with the closest known zone when there is one). */
export function resolveTimeZone(zone: string): { ok: true; name: string } | { ok: false; reason: string } {
  try {
    return { ok: true, name: new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone }
  } catch {
    zoneNames ??= ['UTC', ...Intl.supportedValuesOf('timeZone')]
    const guess = closest(zone, zoneNames)
    return {
      ok: false,
      reason: `unknown time zone '${zone}', ${guess ? `did you mean '${guess}'?` : 'use an IANA name such as Europe/Berlin or UTC'}`
    }
  }
}

const partsFormat = new Map<string, Intl.DateTimeFormat>()

/** Whether `at` falls inside the window, in the window's time zone. */
export function isWithinWindow(window: DeploymentWindow, at: Date): boolean {
  let format = partsFormat.get(window.timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: window.timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23'
    })
    partsFormat.set(window.timeZone, format)
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]))
  const today = parts['weekday'] as Weekday
  const now = Number(parts['hour']) * 60 + Number(parts['minute'])
  const opens = (d: Weekday) => window.days.includes(d)
  if (window.start < window.end) return opens(today) && now >= window.start && now < window.end
  const yesterday = WEEKDAYS[(WEEKDAYS.indexOf(today) + 6) % 7]
  return (opens(today) && now >= window.start) || (opens(yesterday) && now < window.end)
}

/** Whether `at` falls inside any of the windows; true when there are none (no restriction). */
export function isWithinWindows(windows: readonly DeploymentWindow[], at: Date): boolean {
  return windows.length === 0 || windows.some((w) => isWithinWindow(w, at))
}

/**
 * The first minute at or after `from` (within `withinMs`) that falls inside one of the windows; `from` itself when it
 * is inside already, undefined when no window opens in that span. A window opens at its local start minute, and every
 * time zone is offset from UTC by a multiple of 15 minutes, so only minutes congruent to a start minute (mod 15) are
 * tried, plus whole quarter hours for an opening that a daylight-saving jump moved. Real instants are tried, so the
 * time zone rules, not arithmetic on local times, decide.
 */
export function nextWindowOpening(
  windows: readonly DeploymentWindow[],
  from: Date,
  withinMs = 8 * 86_400_000
): Date | undefined {
  if (isWithinWindows(windows, from)) return from
  const minute = 60_000
  const residues = new Set([0, ...windows.map((w) => w.start % 15)])
  const end = from.getTime() + withinMs
  for (let t = Math.ceil(from.getTime() / minute) * minute; t <= end; t += minute) {
    if (!residues.has(Math.floor(t / minute) % 15)) continue
    const at = new Date(t)
    if (isWithinWindows(windows, at)) return at
  }
  return undefined
}
