/**
 * What a plan hash covers. The hash tells "the plan reviewers saw" from "the plan made now" (verify-reviewed), so it
 * must be the same for the same plan in any run (no timestamps, temp paths, log prefixes, ANSI codes, redaction,
 * ordering) and different when a resource, an action or a value differs.
 *
 * - With a JSON plan (`show -json`, what the action makes with `--json-out-dir`): the normalised resource and output
 *   changes (json-plan.ts `normaliseChangesForHash`: address, actions, before/after values, unknowns, imports, moves,
 *   replace paths; sorted; no-ops, drift and prior state left out).
 * - With plan text only: the parsed resources and counts, and the lines of the planned changes themselves (values
 *   included), from the actions header to the end of the plan body, without blank lines, trailing spaces, warning
 *   boxes or the tool's name (`Terraform/OpenTofu will perform…`).
 * A unit's hash also covers its status, so a unit that failed never matches one that planned.
 */
import { createHash } from 'node:crypto'
import type { UnitPlan } from './model.js'

/** Lines that open the planned changes in plan text (not included themselves: they name the tool). */
const ACTIONS_START = [
  / will perform the following actions:$/,
  / planned the following actions, but then encountered a problem:$/,
  /^Changes to Outputs:$/,
  /^An execution plan has been generated and is shown below\.$/
]

/**
 * The planned-change lines of a plan body (display.ts `extractPlanBody` output): from the first actions header to
 * the end, blank lines and warning/error boxes dropped, trailing spaces trimmed. Empty when the body has no
 * planned changes (e.g. `No changes.`).
 */
export function textChangesForHash(body: string): string[] {
  const lines = body.replace(/\r\n?/g, '\n').split('\n')
  const start = lines.findIndex((l) => ACTIONS_START.some((re) => re.test(l.trim())))
  if (start < 0) return []
  const out: string[] = []
  let inBox = false
  for (const raw of lines.slice(start)) {
    const line = raw.trimEnd()
    const trimmed = line.trim()
    if (trimmed.startsWith('╷')) inBox = true
    if (inBox) {
      if (trimmed.startsWith('╵')) inBox = false
      continue
    }
    if (trimmed === '' || / will perform the following actions:$/.test(trimmed)) continue
    if (/ planned the following actions, but then encountered a problem:$/.test(trimmed)) continue
    out.push(line)
  }
  return out
}

/** How long a unit hash in the comment marker is (hex digits of sha256: 128 bits). */
export const UNIT_HASH_LENGTH = 32

/** One unit's plan hash: its status and what `hashInput` covers; independent of the unit's path and of redaction. */
export function unitPlanHash(unit: Pick<UnitPlan, 'status' | 'hashInput'>): string {
  return createHash('sha256')
    .update(JSON.stringify([unit.status, unit.hashInput ?? null]))
    .digest('hex')
    .slice(0, UNIT_HASH_LENGTH)
}
