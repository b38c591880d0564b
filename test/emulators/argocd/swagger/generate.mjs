// Regenerates subset.json from Argo CD's swagger.json (assets/swagger.json of argoproj/argo-cd; the copy research used
// is /work/shared/argocd/swagger.json, 364 KB, 82 paths). The subset keeps every route (method + path + parameters) so
// the emulator can refuse what Argo CD does not serve, and the definitions reachable from the operations the emulator
// answers, without descriptions, so its tests can check answer shapes without carrying the whole file.
//
//   node test/emulators/argocd/swagger/generate.mjs [path/to/swagger.json]
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { format, resolveConfig } from 'prettier'

const here = dirname(fileURLToPath(import.meta.url))
const source = process.argv[2] ?? '/work/shared/argocd/swagger.json'
const swagger = JSON.parse(readFileSync(source, 'utf8'))

/** Operations whose request and response shapes the emulator serves (their schemas are kept). */
const SERVED = new Set([
  'VersionService_Version',
  'SessionService_Create',
  'SessionService_Delete',
  'SessionService_GetUserInfo',
  'ApplicationService_List',
  'ApplicationService_Get',
  'ApplicationService_Sync',
  'ApplicationService_TerminateOperation',
  'ApplicationService_ResourceTree',
  'ApplicationService_ManagedResources',
  'ApplicationService_Watch',
  'ApplicationService_Rollback',
  'ApplicationService_GetApplicationSyncWindows',
  'ProjectService_Get',
  'ProjectService_GetSyncWindowsState'
])
const ALWAYS = ['runtimeError', 'runtimeStreamError']

/** Drops documentation keys; the names inside `properties` are fields (ApplicationStatus has one called `summary`). */
function strip(value, fieldNames = false) {
  if (Array.isArray(value)) return value.map((v) => strip(v))
  if (value === null || typeof value !== 'object') return value
  const out = {}
  for (const [key, inner] of Object.entries(value)) {
    const documentation = key === 'description' || key === 'title' || key === 'tags' || key === 'summary'
    if (documentation && !fieldNames) continue
    out[key] = strip(inner, key === 'properties' && !fieldNames)
  }
  return out
}

const routes = []
const roots = [...ALWAYS]
const collect = (value) => JSON.stringify(value).replace(/"#\/definitions\/([^"]+)"/g, (_, name) => roots.push(name))
for (const [path, item] of Object.entries(swagger.paths)) {
  for (const [method, operation] of Object.entries(item)) {
    if (method === 'parameters') continue
    const parameters = (operation.parameters ?? []).map((p) => {
      const kept = { name: p.name, in: p.in }
      if (p.type) kept.type = p.type
      if (p.items) kept.items = strip(p.items)
      if (p.schema) kept.schema = strip(p.schema)
      if (p.required) kept.required = true
      return kept
    })
    const route = { method: method.toUpperCase(), path, operationId: operation.operationId, parameters }
    if (SERVED.has(operation.operationId)) {
      route.response = strip(operation.responses['200']?.schema ?? {})
      collect(operation.parameters ?? [])
      collect(route.response)
    }
    routes.push(route)
  }
}

const definitions = {}
while (roots.length > 0) {
  const name = roots.pop()
  if (definitions[name]) continue
  const definition = swagger.definitions[name]
  if (!definition) throw new Error(`swagger has no definition ${name}`)
  definitions[name] = strip(definition)
  collect(definition)
}

const sorted = Object.fromEntries(Object.entries(definitions).sort(([a], [b]) => a.localeCompare(b)))
const subset = {
  source: 'argoproj/argo-cd assets/swagger.json at 37ee0097cf (master after v3.5.1)',
  info: swagger.info,
  routes,
  definitions: sorted
}
const target = join(here, 'subset.json')
const options = { ...(await resolveConfig(target)), filepath: target }
writeFileSync(target, await format(JSON.stringify(subset), options))
console.log(`${routes.length} routes, ${Object.keys(sorted).length} definitions`)
