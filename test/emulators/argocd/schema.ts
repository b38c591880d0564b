import { swaggerSubset } from './routes.js'

type Schema = Record<string, unknown>

/**
 * Where the real wire format differs from the swagger (research/argocd.md 1.11), the Go json tags win:
 * SyncStrategyHook embeds SyncStrategyApply inline, so `{"hook":{"force":true}}`, not `{"hook":{"syncStrategyApply":…}}`.
 */
const WIRE_OVERRIDES: Record<string, Schema> = {
  v1alpha1SyncStrategyHook: { type: 'object', properties: { force: { type: 'boolean' } } }
}

const RFC3339_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/

/**
 * Checks a JSON value against a swagger schema (a definition name or an inline schema) of Argo CD's swagger: every
 * property must be declared (the swagger has no `required`), types must match (int64 as JSON numbers, as Argo CD's
 * encoding/json marshaler writes them), times are RFC3339 UTC seconds, null only with `nulls`. Returns the problems, empty
 * when it conforms.
 */
export function schemaProblems(
  value: unknown,
  schema: string | Schema,
  path = '$',
  options: { nulls?: boolean } = {}
): string[] {
  const definitions = swaggerSubset().definitions
  const resolve = (s: Schema): Schema => {
    const ref = s.$ref
    if (typeof ref !== 'string') return s
    const name = ref.replace('#/definitions/', '')
    const found = WIRE_OVERRIDES[name] ?? definitions[name]
    if (!found) throw new Error(`swagger subset lacks definition ${name}; add its operation to swagger/generate.mjs`)
    return resolve(found)
  }
  const root = typeof schema === 'string' ? resolve({ $ref: `#/definitions/${schema}` }) : resolve(schema)
  const problems: string[] = []
  const visit = (v: unknown, s: Schema, at: string) => {
    s = resolve(s)
    if (v === null) {
      // `nulls`: answers where Go writes a typed nil as null (the list's `fields` projection, fields.ts).
      if (!options.nulls) problems.push(`${at}: null`)
      return
    }
    const type = s.type ?? (s.properties || s.allOf ? 'object' : undefined)
    switch (type) {
      case 'string':
        if (typeof v !== 'string') problems.push(`${at}: expected string, got ${typeof v}`)
        else if (s.format === 'date-time' && !RFC3339_SECONDS.test(v)) problems.push(`${at}: not RFC3339 seconds: ${v}`)
        return
      case 'boolean':
        if (typeof v !== 'boolean') problems.push(`${at}: expected boolean, got ${typeof v}`)
        return
      case 'integer':
        if (typeof v !== 'number' || !Number.isInteger(v))
          problems.push(`${at}: expected integer number, got ${JSON.stringify(v)}`)
        return
      case 'array':
        if (!Array.isArray(v)) problems.push(`${at}: expected array, got ${typeof v}`)
        else v.forEach((item, i) => visit(item, (s.items as Schema) ?? {}, `${at}[${i}]`))
        return
      case 'object': {
        if (typeof v !== 'object' || Array.isArray(v)) {
          problems.push(`${at}: expected object, got ${Array.isArray(v) ? 'array' : typeof v}`)
          return
        }
        const properties: Record<string, Schema> = { ...(s.properties as Record<string, Schema>) }
        for (const part of (s.allOf as Schema[] | undefined) ?? []) Object.assign(properties, resolve(part).properties)
        for (const [key, inner] of Object.entries(v as Record<string, unknown>)) {
          const declared = properties[key] ?? (s.additionalProperties as Schema | undefined)
          if (!declared) problems.push(`${at}.${key}: not in the swagger schema`)
          else visit(inner, declared, `${at}.${key}`)
        }
        return
      }
      default:
        return
    }
  }
  visit(value, root, path)
  return problems
}

/** Fields the Go structs always marshal (not omitempty), which a client may rely on. */
export function missingFields(value: unknown, paths: string[]): string[] {
  return paths.filter((p) => {
    let node: unknown = value
    for (const part of p.split('.')) {
      if (node === null || typeof node !== 'object' || !(part in node)) return true
      node = (node as Record<string, unknown>)[part]
    }
    return false
  })
}
