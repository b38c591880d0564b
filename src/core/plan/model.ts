/**
 * The plan model: parsers build it, renderers and outputs read it. Counts follow Terraform's `Plan:` line
 * (a replacement counts once in `add` and once in `destroy`), with replacements, imports, moves and forgets
 * counted separately beside them.
 */

/** What happens to one resource instance. */
export type ChangeAction = 'create' | 'update' | 'delete' | 'replace' | 'read' | 'forget' | 'no-op'

export interface ResourceChange {
  address: string
  action: ChangeAction
  /** Set for a deposed object (`addr (deposed object KEY)`, JSON `deposed`): the deposed key. */
  deposed?: string
  /** Set when the resource moves (`previous_address` / `(moved from …)` / `has moved to`). */
  previousAddress?: string
  /** Set when the resource is imported: the import id, or '' when it is not known (identity imports, text headers). */
  importId?: string
  /** For replacements: the order Terraform will use. */
  replaceOrder?: 'delete-before-create' | 'create-before-delete'
  /** Terraform's action_reason or the text reason from the header comment, when present. */
  reason?: string
  /** For a replacement that forgets the old object instead of destroying it (`create,forget` / `forget,create`). */
  forgetsOld?: boolean
}

export interface PlanCounts {
  add: number
  change: number
  destroy: number
  replace: number
  import: number
  move: number
  forget: number
}

export interface Diagnostic {
  severity: 'error' | 'warning'
  summary: string
  detail?: string
}

/** One parsed plan of one root module, from JSON (facts) or text (tolerant). */
export interface ParsedPlan {
  counts: PlanCounts
  resources: ResourceChange[]
  /** Root output values that change. */
  outputChanges: string[]
  /** Drift detected outside Terraform/OpenTofu (addresses). */
  drift: string[]
  /** The plan errored (JSON `errored: true`, text `Planning failed` or an `Error:` diagnostic). */
  errored: boolean
  diagnostics: Diagnostic[]
  /** Terraform would exit 2 with -detailed-exitcode: any action, move, import or output change. */
  hasChanges: boolean
  /** Where the facts came from. */
  source: 'json' | 'text'
}

export type UnitStatus = 'no-changes' | 'changes' | 'error'

/** One Terragrunt unit's outcome, ready to render. */
export interface UnitPlan {
  /** Unit directory relative to the working directory, with `/` separators. */
  path: string
  status: UnitStatus
  counts: PlanCounts
  destroyed: string[]
  replaced: string[]
  /** One-line error message for the table when status is `error`. */
  error?: string
  /** The plan text to show (already cleaned of log prefixes and ANSI codes), may be empty. */
  text: string
  /** The parsed plan, when one could be read. */
  plan?: ParsedPlan
  /** Normalised JSON resource changes used for the plan hash (undefined when only text was available). */
  hashInput?: unknown
  /** The unit's plan hash (plan-hash.ts `unitPlanHash`), set by `buildPlanResult`. */
  hash?: string
}

export interface PlanResult {
  units: UnitPlan[]
  totals: PlanCounts
  hasChanges: boolean
  hasDestroy: boolean
  /** sha256 over the normalised resource changes of all units. */
  planHash: string
}

export const zeroCounts = (): PlanCounts => ({
  add: 0,
  change: 0,
  destroy: 0,
  replace: 0,
  import: 0,
  move: 0,
  forget: 0
})

export function addCounts(a: PlanCounts, b: PlanCounts): PlanCounts {
  return {
    add: a.add + b.add,
    change: a.change + b.change,
    destroy: a.destroy + b.destroy,
    replace: a.replace + b.replace,
    import: a.import + b.import,
    move: a.move + b.move,
    forget: a.forget + b.forget
  }
}
