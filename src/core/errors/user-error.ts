/**
 * A mistake the user can fix (bad input, missing directory, missing permission). The run wrapper reports its
 * message as one line via core.setFailed, without a stack trace.
 */
export class UserError extends Error {
  override name = 'UserError'
}

/** Shortens and flattens a value so an error stays on one readable line. */
export function oneLine(value: string, max = 120): string {
  const flat = value.replace(/\s*\r?\n\s*/g, ' ⏎ ')
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}
