/**
 * Facts from `terraform show -json <planfile>` / `tofu show -json <planfile>` (the JSON plan representation,
 * format_version 0.x and 1.x). Unknown keys are ignored; an unknown major format version is rejected.
 */
import { createHash } from 'node:crypto'
import { UserError } from '../errors/index.js'
import { classifyActions, countResource } from './counting.js'
import { zeroCounts } from './model.js'
import type { ParsedPlan, ResourceChange } from './model.js'

/** The JSON is not a plan this parser understands (bad JSON, not an object, unknown major format_version). */
export class PlanFormatError extends UserError {
  override name = 'PlanFormatError'
}

const SUPPORTED_MAJOR_VERSIONS = new Set(['0', '1'])

type JsonObject = Record<string, unknown>

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

/** Parses the JSON text (or takes the already-parsed value) and checks it is a plan of a supported format. */
export function loadPlanJson(json: unknown): JsonObject {
  let value = json
  if (typeof json === 'string') {
    const text = json.charCodeAt(0) === 0xfeff ? json.slice(1) : json
    try {
      value = JSON.parse(text)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      throw new PlanFormatError(`The JSON plan is not valid JSON (${reason}); expected the output of 'show -json'.`)
    }
  }
  if (!isObject(value)) {
    throw new PlanFormatError("The JSON plan is not a JSON object; expected the output of 'show -json <planfile>'.")
  }
  const version = value.format_version
  if (typeof version !== 'string' || version === '') {
    throw new PlanFormatError(
      "The JSON plan has no format_version; expected the output of 'terraform show -json <planfile>' or 'tofu show -json <planfile>'."
    )
  }
  const major = version.split('.')[0]
  if (!SUPPORTED_MAJOR_VERSIONS.has(major)) {
    throw new PlanFormatError(
      `The JSON plan has format_version ${version}, whose major version ${major} is not supported (supported: 0.x and 1.x).`
    )
  }
  return value
}

function resourceFromJson(rc: JsonObject): ResourceChange | undefined {
  const address = asString(rc.address)
  const change = isObject(rc.change) ? rc.change : {}
  if (address === undefined) return undefined
  const mode = asString(rc.mode) ?? 'managed'
  if (mode === 'ephemeral') return undefined
  const classified = classifyActions(asArray(change.actions))
  // Terraform and OpenTofu do not render (nor count) deleted data sources.
  if (mode === 'data' && classified.action === 'delete') return undefined

  const resource: ResourceChange = { address, action: classified.action }
  const deposed = asString(rc.deposed)
  if (deposed) resource.deposed = deposed
  const previous = asString(rc.previous_address)
  if (previous && previous !== address) resource.previousAddress = previous
  if (isObject(change.importing)) resource.importId = asString(change.importing.id) ?? ''
  if (classified.replaceOrder) resource.replaceOrder = classified.replaceOrder
  const reason = asString(rc.action_reason)
  if (reason) resource.reason = reason
  if (classified.forgetsOld) resource.forgetsOld = true

  const interesting =
    resource.action !== 'no-op' || resource.previousAddress !== undefined || resource.importId !== undefined
  return interesting ? resource : undefined
}

function outputActions(value: unknown): string[] {
  if (!isObject(value)) return []
  const direct = value.actions
  if (Array.isArray(direct)) return direct.filter((a): a is string => typeof a === 'string')
  // Tolerate a nested `change` object as well.
  if (isObject(value.change) && Array.isArray(value.change.actions)) {
    return value.change.actions.filter((a): a is string => typeof a === 'string')
  }
  return []
}

function changedOutputs(plan: JsonObject): string[] {
  if (!isObject(plan.output_changes)) return []
  const names: string[] = []
  for (const [name, value] of Object.entries(plan.output_changes)) {
    const actions = outputActions(value)
    if (actions.some((a) => a !== 'no-op')) names.push(name)
  }
  return names.sort()
}

function driftAddresses(plan: JsonObject): string[] {
  const addresses: string[] = []
  for (const entry of asArray(plan.resource_drift)) {
    if (!isObject(entry)) continue
    const address = asString(entry.address)
    if (address === undefined) continue
    const change = isObject(entry.change) ? entry.change : {}
    const { action } = classifyActions(asArray(change.actions))
    const previous = asString(entry.previous_address)
    const moved = previous !== undefined && previous !== '' && previous !== address
    if (action !== 'no-op' || moved) addresses.push(address)
  }
  return addresses
}

/**
 * Parses `show -json` output (a string or the parsed value) into the plan model.
 *
 * hasChanges follows `-detailed-exitcode`: the JSON `applyable` flag when the plan has one (Terraform >= 1.6);
 * otherwise any resource action (data reads included), move, import, root output change or action invocation.
 * Drift alone is not a change, except in a refresh-only plan (drift but no `resource_changes`), which Terraform
 * considers applyable. An errored plan never has changes (it exits 1).
 */
export function parseJsonPlan(json: unknown): ParsedPlan {
  const plan = loadPlanJson(json)
  const counts = zeroCounts()
  const resources: ResourceChange[] = []
  const resourceChanges = asArray(plan.resource_changes)
  for (const rc of resourceChanges) {
    if (!isObject(rc)) continue
    const resource = resourceFromJson(rc)
    if (!resource) continue
    resources.push(resource)
    countResource(counts, resource)
  }
  const outputChanges = changedOutputs(plan)
  const drift = driftAddresses(plan)
  const errored = plan.errored === true
  const actionInvocations = asArray(plan.action_invocations).length

  let hasChanges: boolean
  if (errored) {
    hasChanges = false
  } else if (typeof plan.applyable === 'boolean') {
    hasChanges = plan.applyable
  } else {
    const refreshOnly = resourceChanges.length === 0 && drift.length > 0
    hasChanges = resources.length > 0 || outputChanges.length > 0 || actionInvocations > 0 || refreshOnly
  }

  return { counts, resources, outputChanges, drift, errored, diagnostics: [], hasChanges, source: 'json' }
}

/** Returns a deep copy of a JSON value with object keys in sorted order (arrays keep their order). */
function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep)
  if (isObject(value)) {
    const sorted: JsonObject = {}
    for (const key of Object.keys(value).sort()) {
      const v = value[key]
      if (v !== undefined) sorted[key] = sortKeysDeep(v)
    }
    return sorted
  }
  return value
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * A stable structure of what a plan will do, for an apply-binding hash: the resource changes that do something
 * (address, deposed, previous_address, actions, before, after, after_unknown, importing, replace_paths) sorted by
 * address, and the root output changes, with every object's keys sorted. Timestamps, versions, prior state,
 * configuration and no-op resources are left out, so two renderings of the same plan give the same structure.
 */
export function normaliseChangesForHash(json: unknown): unknown {
  const plan = loadPlanJson(json)
  const resources: { sortKey: string; value: unknown }[] = []
  for (const rc of asArray(plan.resource_changes)) {
    if (!isObject(rc)) continue
    const address = asString(rc.address)
    if (address === undefined) continue
    const change = isObject(rc.change) ? rc.change : {}
    const actions = asArray(change.actions).filter((a): a is string => typeof a === 'string')
    const previous = asString(rc.previous_address)
    const moved = previous !== undefined && previous !== '' && previous !== address
    const importing = isObject(change.importing) ? change.importing : undefined
    const noop = actions.length === 0 || actions.every((a) => a === 'no-op')
    if (noop && !moved && !importing) continue
    const deposed = asString(rc.deposed) ?? ''
    resources.push({
      sortKey: `${address}\u0000${deposed}`,
      value: sortKeysDeep({
        address,
        deposed: deposed || null,
        previous_address: moved ? previous : null,
        actions,
        before: change.before ?? null,
        after: change.after ?? null,
        after_unknown: change.after_unknown ?? null,
        importing: importing ?? null,
        replace_paths: change.replace_paths ?? null
      })
    })
  }
  resources.sort((a, b) => compareStrings(a.sortKey, b.sortKey))

  const outputs: JsonObject = {}
  if (isObject(plan.output_changes)) {
    for (const name of Object.keys(plan.output_changes).sort()) {
      const value = plan.output_changes[name]
      const actions = outputActions(value)
      if (!actions.some((a) => a !== 'no-op')) continue
      const change = isObject(value) && Array.isArray(value.actions) ? value : isObject(value) ? value.change : {}
      const c = isObject(change) ? change : {}
      outputs[name] = sortKeysDeep({
        actions,
        before: c.before ?? null,
        after: c.after ?? null,
        after_unknown: c.after_unknown ?? null
      })
    }
  }

  return { output_changes: outputs, resource_changes: resources.map((r) => r.value) }
}

/** sha256 (hex) over the JSON text of a normalised structure from normaliseChangesForHash. */
export function hashNormalisedChanges(normalised: unknown): string {
  return createHash('sha256').update(JSON.stringify(normalised)).digest('hex')
}
