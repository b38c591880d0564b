import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'

/**
 * Writes text that came from elsewhere (plan output, Terragrunt's log) to the job log inside a collapsed group,
 * with workflow commands turned off around it: a plan line that starts with `::` (a resource attribute, a
 * malicious module's output) is shown, never run as `::set-output`, `::add-mask` or `::endgroup`.
 */
export function logGroup(title: string, lines: readonly string[]): void {
  core.startGroup(title.replace(/[\r\n]+/g, ' '))
  logUntrusted(lines)
  core.endGroup()
}

/** As logGroup, without the group. */
export function logUntrusted(lines: readonly string[]): void {
  if (lines.length === 0) return
  if (!lines.some((l) => l.includes('::'))) {
    for (const line of lines) core.info(line)
    return
  }
  const token = randomUUID()
  core.info(`::stop-commands::${token}`)
  for (const line of lines) core.info(line)
  core.info(`::${token}::`)
}
