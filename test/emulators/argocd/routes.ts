import { readFileSync } from 'node:fs'

/** A parameter of an operation as the swagger lists it. */
export interface SwaggerParameter {
  name: string
  in: 'path' | 'query' | 'body'
  type?: string
  items?: unknown
  schema?: unknown
  required?: boolean
}

export interface SwaggerRoute {
  method: string
  /** Template as the swagger writes it, e.g. '/api/v1/applications/{name}/sync'. */
  path: string
  operationId: string
  parameters: SwaggerParameter[]
  /** 200 response schema, kept for the operations the emulator serves. */
  response?: Record<string, unknown>
}

export interface SwaggerSubset {
  source: string
  routes: SwaggerRoute[]
  definitions: Record<string, Record<string, unknown>>
}

export interface RouteMatch {
  route: SwaggerRoute
  /** 'POST /api/v1/applications/{name}/sync' */
  key: string
  params: Record<string, string>
}

interface CompiledRoute {
  route: SwaggerRoute
  names: string[]
  regex: RegExp
  /** Literal segments count; more literal segments win ('/applications/manifestsWithFiles' over '/{name}'). */
  literals: number
}

let cachedSubset: SwaggerSubset | undefined

/** The routes and schemas generated from Argo CD's swagger.json by swagger/generate.mjs. */
export function swaggerSubset(): SwaggerSubset {
  cachedSubset ??= JSON.parse(readFileSync(new URL('./swagger/subset.json', import.meta.url), 'utf8')) as SwaggerSubset
  return cachedSubset
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Every method + path of the Argo CD API (82 paths); anything else is not served by argocd-server. */
export class ArgoRouteTable {
  private readonly compiled: CompiledRoute[]

  constructor(routes: SwaggerRoute[]) {
    this.compiled = routes
      .map((route) => {
        const names: string[] = []
        const pattern = route.path
          .split(/(\{[^}]+\})/)
          .map((part) => {
            if (!/^\{[^}]+\}$/.test(part)) return escapeRegExp(part)
            names.push(part.slice(1, -1))
            return '([^/]+)'
          })
          .join('')
        const literals = route.path.split('/').filter((segment) => segment && !segment.includes('{')).length
        return { route, names, regex: new RegExp(`^${pattern}$`), literals }
      })
      .sort((a, b) => b.literals - a.literals)
  }

  get size(): number {
    return this.compiled.length
  }

  /** The route a request targets, or undefined when Argo CD has no such method + path (query string excluded). */
  match(method: string, path: string): RouteMatch | undefined {
    for (const { route, names, regex } of this.compiled) {
      if (route.method !== method.toUpperCase()) continue
      const found = regex.exec(path)
      if (!found) continue
      const params: Record<string, string> = {}
      names.forEach((name, i) => (params[name] = decodeURIComponent(found[i + 1])))
      return { route, key: `${route.method} ${route.path}`, params }
    }
    return undefined
  }

  /** Whether any method serves this path (404 vs 405 in grpc-gateway terms). */
  hasPath(path: string): boolean {
    return this.compiled.some(({ regex }) => regex.test(path))
  }
}

let cachedTable: ArgoRouteTable | undefined

export function argoRouteTable(): ArgoRouteTable {
  cachedTable ??= new ArgoRouteTable(swaggerSubset().routes)
  return cachedTable
}
