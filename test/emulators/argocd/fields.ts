import type { Application } from './types.js'

/**
 * The `fields` query parameter, as Argo CD's REST gateway applies it. Two implementations exist:
 *
 * 1. Generic (argoproj/pkg v2.0.1 grpc/http/forwarders.go newMarshaler L136-150, Marshal L50-103, processItem
 *    L105-134), used by the watch stream (`NewStreamForwarder`) and `UnaryForwarder` (ManagedResources), registered
 *    in pkg/apiclient/application/forwarder_overwrite.go (argo-cd v3.5.1) init: only the first `fields` value counts
 *    (`Query().Get`), a leading `-` excludes instead of includes, the value is marshalled, unmarshalled into maps and
 *    marshalled again (so every object's keys come out sorted), and paths are dot-joined keys (array elements share
 *    their array's path). A key is kept when its path is listed, or when it is a *string* prefix of a listed path
 *    (`strings.HasPrefix`): `fields=items.namespace` also keeps `items.name`. With `-`, listed paths are removed.
 * 2. The application list (`UnaryForwarderWithFieldProcessor(processApplicationListField)`, forwarder_overwrite.go
 *    v3.5.1 L24-122): only the keys of the fixed `appFields` table exist (`items.` + key), `-` inverts the choice within
 *    that table, and `items` is null when the list is empty (a nil slice).
 */
export interface FieldsQuery {
  fields: Set<string>
  exclude: boolean
}

/** `fields` of a request (its first value), or undefined when absent or empty. */
export function parseFields(query: URLSearchParams): FieldsQuery | undefined {
  let text = query.get('fields') ?? ''
  if (text === '') return undefined
  const exclude = text.startsWith('-')
  if (exclude) text = text.slice(1)
  return { fields: new Set(text.split(',')), exclude }
}

/** The generic projection of a JSON value (1. above); keys sorted as Go's map marshalling sorts them. */
export function projectGeneric(value: unknown, q: FieldsQuery): unknown {
  const copy = JSON.parse(JSON.stringify(value)) as unknown
  processItem([], copy, q)
  return sortKeys(copy)
}

function processItem(path: string[], item: unknown, q: FieldsQuery): void {
  if (Array.isArray(item)) {
    for (const element of item) processItem(path, element, q)
    return
  }
  if (item === null || typeof item !== 'object') return
  const map = item as Record<string, unknown>
  for (const [key, inner] of Object.entries(map)) {
    const fieldPath = [...path, key].join('.')
    const pathIn = q.fields.has(fieldPath)
    const parentPathIn = pathIn || [...q.fields].some((f) => f.startsWith(fieldPath))
    const keep = (q.exclude && !pathIn) || (!q.exclude && parentPathIn)
    if (!keep) delete map[key]
    else if (!pathIn) processItem([...path, key], inner, q)
  }
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])])
  )
}

/**
 * appFields (forwarder_overwrite.go v3.5.1 L24-79). `undefined` is Go's untyped nil (the key is left out); `null` is a
 * typed nil (a nil map, pointer or slice in an `any`), which the `value == nil` check lets through and encoding/json
 * writes as `null`. Struct values (status.health, status.summary) are objects even when empty. Quirk kept:
 * `status.operationState.operation.sync` returns the operation's *syncResult*, not its sync request.
 */
const APP_FIELDS: Record<string, (app: Application) => unknown> = {
  'metadata.name': (a) => a.metadata.name,
  'metadata.namespace': (a) => a.metadata.namespace,
  'metadata.annotations': (a) => a.metadata.annotations ?? null,
  'metadata.labels': (a) => a.metadata.labels ?? null,
  // metav1.Time marshals its zero value as null.
  'metadata.creationTimestamp': (a) => a.metadata.creationTimestamp ?? null,
  'metadata.deletionTimestamp': (a) => a.metadata.deletionTimestamp ?? null,
  spec: (a) => a.spec,
  'spec.destination': (a) => a.spec.destination,
  'spec.project': (a) => a.spec.project,
  'spec.source': (a) => a.spec.source ?? null,
  'spec.sources': (a) => a.spec.sources ?? null,
  'spec.sourceHydrator': (a) => (a.spec as { sourceHydrator?: unknown }).sourceHydrator ?? null,
  'spec.syncPolicy': (a) => a.spec.syncPolicy ?? null,
  'status.sourceHydrator': (a) => (a.status as { sourceHydrator?: unknown }).sourceHydrator ?? {},
  'status.summary': (a) => a.status.summary ?? {},
  'status.sync.status': (a) => a.status.sync.status ?? '',
  'status.sync.revision': (a) => a.status.sync.revision ?? '',
  'status.health': (a) => a.status.health ?? {},
  'status.operationState.startedAt': (a) => a.status.operationState?.startedAt,
  'status.operationState.finishedAt': (a) =>
    a.status.operationState ? (a.status.operationState.finishedAt ?? null) : undefined,
  'status.resources': (a) => (a.status.resources?.length ? a.status.resources : undefined),
  'operation.sync': (a) => (a.operation ? (a.operation.sync ?? null) : undefined),
  'status.operationState.phase': (a) => a.status.operationState?.phase,
  'status.operationState.operation.sync': (a) =>
    a.status.operationState ? (a.status.operationState.syncResult ?? null) : undefined
}

/** The keys `fields` can name for the application list (without the `items.` prefix). */
export const APP_FIELD_KEYS = Object.keys(APP_FIELDS)

/**
 * processApplicationListField (2. above). When a key and one under it are both chosen (`spec` and `spec.destination`),
 * Go's random map order decides between the whole value and an error; the emulator always keeps the whole value.
 * encoding/json sorts the keys of the maps the processor builds; values taken from the app keep their own order.
 */
export function projectApplicationList(
  list: { metadata: unknown; items: Application[] },
  q: FieldsQuery
): { items: Record<string, unknown>[] | null; metadata: unknown } {
  const chosen = APP_FIELD_KEYS.filter((field) => q.fields.has(`items.${field}`) !== q.exclude)
  const kept = chosen.filter((field) => !chosen.some((other) => field.startsWith(`${other}.`)))
  const items = list.items.map((app) => {
    const converted: Record<string, unknown> = {}
    for (const field of kept) {
      const value = APP_FIELDS[field](app)
      if (value === undefined) continue
      const parts = field.split('.')
      let node = converted
      for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>
      node[parts[parts.length - 1]] = value
    }
    return sortBuilt(converted, kept, '')
  })
  return { items: items.length > 0 ? items : null, metadata: list.metadata }
}

/** Sorts the keys of the maps built from dotted paths (not of the values read from the app). */
function sortBuilt(map: Record<string, unknown>, kept: string[], prefix: string): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(map).sort()) {
    const path = `${prefix}${key}`
    const built = kept.some((field) => field.startsWith(`${path}.`)) && !kept.includes(path)
    out[key] = built ? sortBuilt(map[key] as Record<string, unknown>, kept, `${path}.`) : map[key]
  }
  return out
}
