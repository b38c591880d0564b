/** Shared rules for turning actions into model actions and counts, used by the JSON and the text parser. */
import type { ChangeAction, PlanCounts, ResourceChange } from './model.js'

export interface ClassifiedActions {
  action: ChangeAction
  replaceOrder?: ResourceChange['replaceOrder']
  forgetsOld?: boolean
}

/** Maps a JSON `actions` array to one model action (both replace orders, both forget-replace orders). */
export function classifyActions(actions: readonly unknown[]): ClassifiedActions {
  const key = actions.filter((a): a is string => typeof a === 'string').join(',')
  switch (key) {
    case '':
    case 'no-op':
      return { action: 'no-op' }
    case 'create':
      return { action: 'create' }
    case 'read':
      return { action: 'read' }
    case 'update':
      return { action: 'update' }
    case 'delete':
      return { action: 'delete' }
    case 'forget':
      return { action: 'forget' }
    case 'delete,create':
      return { action: 'replace', replaceOrder: 'delete-before-create' }
    case 'create,delete':
      return { action: 'replace', replaceOrder: 'create-before-delete' }
    case 'create,forget':
      return { action: 'replace', replaceOrder: 'create-before-delete', forgetsOld: true }
    case 'forget,create':
      return { action: 'replace', replaceOrder: 'delete-before-create', forgetsOld: true }
    default:
      // A future action: show it as a change rather than hide it.
      return { action: 'update' }
  }
}

/** Adds one resource's contribution to the counts, following the rules of the `Plan:` line. */
export function countResource(counts: PlanCounts, r: ResourceChange): void {
  switch (r.action) {
    case 'create':
      counts.add++
      break
    case 'update':
      counts.change++
      break
    case 'delete':
      counts.destroy++
      break
    case 'replace':
      counts.add++
      counts.replace++
      if (r.forgetsOld) counts.forget++
      else counts.destroy++
      break
    case 'forget':
      counts.forget++
      break
    case 'read':
    case 'no-op':
      break
  }
  if (r.importId !== undefined) counts.import++
  if (r.previousAddress !== undefined) counts.move++
}
