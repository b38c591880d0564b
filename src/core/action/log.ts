import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
import { EOL } from 'node:os'

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
  // one write for all the lines (the same text as a core.info per line): a unit's plan can be thousands of lines
  const text = lines.join(EOL)
  if (!lines.some((l) => l.includes('::'))) {
    core.info(text)
    return
  }
  const token = randomUUID()
  core.info(`::stop-commands::${token}`)
  core.info(text)
  core.info(`::${token}::`)
}
