/** `on-empty`: what an empty plan does to the comment. Pure, so a table of cases tests it. */
import type { PlanResult } from '../core/plan/model.js'
import type { OnEmpty } from './settings.js'

/**
 * True when there is nothing for a reviewer to see: no unit changes anything or failed, and the pull request removes
 * no unit (units removed by the pull request leave resources unmanaged, which the comment must say). A run that
 * planned no unit at all is empty too.
 */
export function isEmptyPlan(result: PlanResult, deletedUnits: readonly string[] = []): boolean {
  return (
    !result.hasChanges &&
    !result.hasDestroy &&
    deletedUnits.length === 0 &&
    result.units.every((u) => u.status === 'no-changes') &&
    Object.values(result.totals).every((n) => n === 0)
  )
}

/**
 * What to do with our comment: `write` (create or update it), `existing` (update one that exists, post none),
 * `delete` (remove ours).
 * - a plan with something in it is always written;
 * - `update`: written like any plan (the comment then says there are no changes);
 * - `skip`: nothing posted when there was no comment, but one that exists is updated, since leaving it would keep
 *   showing an earlier plan's changes as this commit's;
 * - `delete`: our comments are removed.
 */
export function emptyPlanAction(onEmpty: OnEmpty, empty: boolean): 'write' | 'existing' | 'delete' {
  if (!empty || onEmpty === 'update') return 'write'
  return onEmpty === 'skip' ? 'existing' : 'delete'
}
