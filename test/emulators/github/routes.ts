import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** A route of api.github.com, keyed like the OpenAPI description: 'GET /repos/{owner}/{repo}'. */
export interface RouteMatch {
  key: string
  params: Record<string, string>
}

interface CompiledRoute {
  key: string
  method: string
  names: string[]
  strict: RegExp
  /** Same route with its last parameter allowed to contain '/', for refs and paths that clients do not encode. */
  greedy: RegExp | undefined
  /** Lexicographic rank of segments: 0 literal, 1 parameter, 2 mixed ('{base}...{head}'). Lower wins. */
  rank: number[]
}

/** Parameters that legitimately hold slashes (git refs, file paths, `base...head` with branch names). */
const SLASH_PARAMS = new Set(['ref', 'path', 'basehead', 'branch', 'head', 'tree_sha'])

/** Routes GitHub serves that the REST description does not list. */
const EXTRA_ROUTES = ['POST /graphql']

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function compile(key: string): CompiledRoute {
  const space = key.indexOf(' ')
  const method = key.slice(0, space)
  const template = key.slice(space + 1).replace(/\{\?[^}]*\}$/, '')
  const names: string[] = []
  const parts = template.split(/(\{[a-z0-9_]+\})/i)
  const isParam = (part: string): boolean => /^\{[a-z0-9_]+\}$/i.test(part)
  const lastParamIndex = parts.findLastIndex(isParam)
  let strict = ''
  let greedy = ''
  parts.forEach((part, index) => {
    if (!isParam(part)) {
      strict += escapeRegExp(part)
      greedy += escapeRegExp(part)
      return
    }
    const name = part.slice(1, -1)
    names.push(name)
    const next = parts[index + 1] ?? ''
    const lazy = next !== '' && !next.startsWith('/') ? '?' : ''
    strict += `([^/]+${lazy})`
    greedy += index === lastParamIndex && SLASH_PARAMS.has(name) ? `(.+${lazy})` : `([^/]+${lazy})`
  })
  const lastName = names[names.length - 1]
  const hasGreedy = lastName !== undefined && SLASH_PARAMS.has(lastName)
  const rank = template
    .split('/')
    .slice(1)
    .map((segment) => (!segment.includes('{') ? 0 : /^\{[a-z0-9_]+\}$/i.test(segment) ? 1 : 2))
  return {
    key: `${method} ${template}`,
    method,
    names,
    strict: new RegExp(`^${strict}$`),
    greedy: hasGreedy ? new RegExp(`^${greedy}$`) : undefined,
    rank
  }
}

function compareRank(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i] - b[i]
  }
  return a.length - b.length
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/** Every method + path template of api.github.com, from the generated file of @octokit/plugin-rest-endpoint-methods. */
export class RouteTable {
  private readonly byMethod = new Map<string, CompiledRoute[]>()
  readonly keys: ReadonlySet<string>

  constructor(keys: Iterable<string>) {
    const all = new Set<string>()
    for (const key of keys) {
      const route = compile(key)
      if (all.has(route.key)) continue
      all.add(route.key)
      const list = this.byMethod.get(route.method) ?? []
      list.push(route)
      this.byMethod.set(route.method, list)
    }
    for (const list of this.byMethod.values()) list.sort((a, b) => compareRank(a.rank, b.rank))
    this.keys = all
  }

  get size(): number {
    return this.keys.size
  }

  /** The route a request targets, or undefined when GitHub has no such route. `path` has no query string. */
  match(method: string, path: string): RouteMatch | undefined {
    const routes = this.byMethod.get(method.toUpperCase()) ?? []
    for (const pass of ['strict', 'greedy'] as const) {
      for (const route of routes) {
        const regex = route[pass]
        if (!regex) continue
        const found = regex.exec(path)
        if (!found) continue
        const params: Record<string, string> = {}
        route.names.forEach((name, i) => (params[name] = decode(found[i + 1])))
        return { key: route.key, params }
      }
    }
    return undefined
  }
}

let cached: RouteTable | undefined

/** Locates the generated endpoints file (not in the package's exports) next to the package entry point. */
export function endpointsFilePath(): string {
  const entry = createRequire(import.meta.url).resolve('@octokit/plugin-rest-endpoint-methods')
  return join(dirname(entry), 'generated', 'endpoints.js')
}

/** Route templates as listed in the generated file, e.g. 'GET /repos/{owner}/{repo}/issues/{issue_number}'. */
export function readEndpointKeys(file = endpointsFilePath()): string[] {
  const text = readFileSync(file, 'utf8')
  const keys = [...text.matchAll(/"((?:GET|POST|PUT|PATCH|DELETE|HEAD) \/[^"]*)"/g)].map((m) => m[1])
  if (keys.length < 500) throw new Error(`expected the GitHub route table in ${file}, found ${keys.length} routes`)
  return keys
}

export function githubRouteTable(): RouteTable {
  cached ??= new RouteTable([...readEndpointKeys(), ...EXTRA_ROUTES])
  return cached
}
