import { parseFields, projectApplicationList, projectGeneric } from './fields.js'
import type { SimulatedController } from './controller.js'
import { REFRESH_ANNOTATION } from './controller.js'
import { kubeTime } from './clock.js'
import { ApiError, GrpcCode, appNotFound, permissionDenied } from './errors.js'
import { parseSelector } from './selector.js'
import type { ArgoCdState } from './state.js'
import { isCommitSha } from './state.js'
import type { Application, ApplicationWatchEvent, Operation, SyncOperation } from './types.js'
import { activeWindows, canSync, matchingWindows, SyncWindowError } from './windows.js'

/** What a handler sees of a request. */
export interface Ctx {
  state: ArgoCdState
  controller: SimulatedController
  now: () => number
  params: Record<string, string>
  query: URLSearchParams
  body: Record<string, unknown>
  /** Username of the session ('' for unauthenticated routes without a token). */
  user: string
  /** Issued at (seconds) of the token, for RBAC messages. */
  iat: number
  /** Resolves when the client goes away (a refresh GET stops waiting). */
  closed: Promise<void>
}

export interface Reply {
  status?: number
  body: unknown
  headers?: Record<string, string>
}

export type Handler = (ctx: Ctx) => Reply | Promise<Reply>

const text = (value: unknown): string => (typeof value === 'string' ? value : '')

/** getProjectsFromApplicationQuery (application.go v3.5.1 L2980): `project` wins over `projects`. */
function projectsOf(query: URLSearchParams): string[] {
  const legacy = query.getAll('project')
  return legacy.length > 0 ? legacy : query.getAll('projects')
}

/** security.RBACName: `proj/name`, or `proj/ns/name` for apps outside the server namespace. */
export function rbacName(state: ArgoCdState, project: string, namespace: string, name: string): string {
  return namespace === state.namespace ? `${project}/${name}` : `${project}/${namespace}/${name}`
}

/** rbac.EnforceErr's message (util/rbac/rbac.go v3.5.1). */
function enforce(ctx: Ctx, resource: string, action: string, object: string): void {
  if (ctx.state.rbac(ctx.user, resource, action, object)) return
  const iat = kubeTime(ctx.iat * 1000)
  throw new ApiError(
    GrpcCode.PermissionDenied,
    `permission denied: ${resource}, ${action}, ${object}, sub: ${ctx.user}, iat: ${iat}`
  )
}

/**
 * getAppEnforceRBAC (server/application/application.go v3.5.1 L176-252): without `project`, a missing app and a
 * forbidden app both answer 403 "permission denied"; with `project`, a missing app or one in another project is 404.
 */
function getAppEnforceRBAC(ctx: Ctx, action: string, project: string, namespace: string, name: string): Application {
  const { state } = ctx
  const allowed = (proj: string) => state.rbac(ctx.user, 'applications', action, rbacName(state, proj, namespace, name))
  if (project && !allowed(project)) throw permissionDenied()
  const app = state.app(name, namespace)
  if (!app) throw project ? appNotFound(name) : permissionDenied()
  if (!allowed(app.spec.project)) throw project ? appNotFound(name) : permissionDenied()
  if (project && (app.spec.project || 'default') !== project) throw appNotFound(name)
  return app
}

function namespaceOf(ctx: Ctx, value: unknown): string {
  return text(value) || ctx.state.namespace
}

/**
 * v3 keeps resource health out of the stored app (resourceHealthSource: appTree); Get, Watch and Sync fill it from
 * the tree (inferResourcesStatusHealth, application.go L2905), List does not (docs upgrading/2.14-3.0.md).
 */
export function withoutResourceHealth(app: Application): Application {
  const copy = structuredClone(app)
  for (const resource of copy.status.resources ?? []) delete resource.health
  return copy
}

// --- version and session ----------------------------------------------------------------------------------------

/** server/version/version.go: anonymous callers get only the version. */
export const version: Handler = (ctx) => {
  if (!ctx.user) return { body: { Version: ctx.state.version } }
  return {
    body: {
      Version: ctx.state.version,
      BuildDate: '2026-01-01T00:00:00Z',
      GitCommit: '37ee0097cf',
      GitTreeState: 'clean',
      GoVersion: 'go1.25.0',
      Compiler: 'gc',
      Platform: 'linux/amd64'
    }
  }
}

/** server/session/session.go Create + util/session/sessionmanager.go (all Unauthenticated 16). */
export const createSession: Handler = (ctx) => {
  const { username, password, token } = ctx.body
  if (text(token)) {
    throw new ApiError(
      GrpcCode.Unauthenticated,
      'token-based session creation no longer supported. please upgrade argocd cli to v0.7+'
    )
  }
  if (!text(username) || !text(password)) throw new ApiError(GrpcCode.Unauthenticated, 'no credentials supplied')
  if (!ctx.state.checkPassword(text(username), text(password))) {
    throw new ApiError(GrpcCode.Unauthenticated, 'Invalid username or password')
  }
  const issued = ctx.state.issueToken(text(username))
  // translateGrpcCookieHeader (server/server.go) turns the session's cookie metadata into Set-Cookie.
  return {
    body: { token: issued },
    headers: { 'set-cookie': `argocd.token=${issued}; path=/; SameSite=lax; httpOnly; Secure` }
  }
}

export const deleteSession: Handler = () => ({
  body: {},
  headers: { 'set-cookie': 'argocd.token=; path=/; SameSite=lax; httpOnly; Secure; Max-Age=0' }
})

export const userInfo: Handler = (ctx) => ({ body: { loggedIn: true, username: ctx.user, iss: 'argocd' } })

// --- applications -----------------------------------------------------------------------------------------------

/** List (application.go v3.5.1 L288-346): informer read, silent RBAC filter, sorted by name. */
export const listApplications: Handler = (ctx) => {
  let selector
  try {
    selector = parseSelector(ctx.query.get('selector') ?? '')
  } catch (error) {
    throw new ApiError(GrpcCode.Unknown, `error parsing the selector: ${(error as Error).message}`)
  }
  const namespace = ctx.query.get('appNamespace') ?? ''
  const name = ctx.query.get('name')
  const projects = projectsOf(ctx.query)
  const repo = ctx.query.get('repo') ?? ''
  const items = ctx.state
    .allApps()
    .filter((app) => !namespace || app.metadata.namespace === namespace)
    .filter((app) => selector(app.metadata.labels))
    .filter((app) => name === null || app.metadata.name === name)
    .filter((app) => projects.length === 0 || projects.includes(app.spec.project))
    .filter((app) => !repo || (app.spec.sources ?? [app.spec.source]).some((s) => s?.repoURL === repo))
    .filter((app) =>
      ctx.state.rbac(
        ctx.user,
        'applications',
        'get',
        rbacName(ctx.state, app.spec.project, app.metadata.namespace, app.metadata.name)
      )
    )
    .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name))
    .map(withoutResourceHealth)
  const fields = parseFields(ctx.query)
  const list = { metadata: { resourceVersion: ctx.state.lastResourceVersion() }, items }
  return { body: fields ? projectApplicationList(list, fields) : list }
}

/** Get (application.go v3.5.1 L780-897); with `refresh`, blocks until the controller has reconciled. */
export const getApplication: Handler = async (ctx) => {
  const projects = projectsOf(ctx.query)
  if (projects.length > 1) {
    throw new ApiError(
      GrpcCode.InvalidArgument,
      'multiple projects specified - the get endpoint accepts either zero or one project'
    )
  }
  const namespace = namespaceOf(ctx, ctx.query.get('appNamespace'))
  const name = ctx.params.name
  getAppEnforceRBAC(ctx, 'get', projects[0] ?? '', namespace, name)
  const refresh = ctx.query.get('refresh')
  if (refresh === null) return { body: ctx.state.app(name, namespace) }
  return { body: await refreshAndWait(ctx, name, namespace, refresh === 'hard' ? 'hard' : 'normal') }
}

/**
 * argo.RefreshApp (util/argo/argo.go v3.5.1 L240) merge-patches the refresh annotation, then Get waits for an event
 * newer than that write without the annotation. There is no server-side timeout (argo-cd#21613): when the
 * controller never clears it, the request hangs until the client gives up.
 */
async function refreshAndWait(
  ctx: Ctx,
  name: string,
  namespace: string,
  type: 'normal' | 'hard'
): Promise<Application> {
  let resolveEvent: (app: Application) => void = () => undefined
  const refreshed = new Promise<Application>((resolve) => (resolveEvent = resolve))
  let minVersion = Infinity
  const unsubscribe = ctx.state.subscribe((event: ApplicationWatchEvent) => {
    const app = event.application
    if (app.metadata.name !== name || app.metadata.namespace !== namespace) return
    if (Number(app.metadata.resourceVersion) > minVersion && !app.metadata.annotations?.[REFRESH_ANNOTATION]) {
      resolveEvent(app)
    }
  })
  try {
    const app = ctx.state.app(name, namespace)!
    app.metadata.annotations = { ...app.metadata.annotations, [REFRESH_ANNOTATION]: type }
    minVersion = Number(ctx.state.write(app).metadata.resourceVersion)
    const winner = await Promise.race([refreshed, ctx.closed.then(() => undefined)])
    if (!winner) throw new ApiError(GrpcCode.Unknown, 'application refresh deadline exceeded')
    return winner
  } finally {
    unsubscribe()
  }
}

const SYNC_FIELDS: Record<string, 'string' | 'boolean' | 'object' | 'string[]' | 'number[]' | 'object[]'> = {
  name: 'string',
  appNamespace: 'string',
  project: 'string',
  revision: 'string',
  revisions: 'string[]',
  sourcePositions: 'number[]',
  prune: 'boolean',
  dryRun: 'boolean',
  strategy: 'object',
  resources: 'object[]',
  syncOptions: 'object',
  retryStrategy: 'object',
  infos: 'object[]',
  manifests: 'string[]'
}

/**
 * encoding/json decoding of the body into the request struct (Argo CD's JSONMarshaler, util/grpc/json.go): unknown
 * fields are ignored, a wrong type is InvalidArgument "json: cannot unmarshal ...".
 */
function checkBody(body: Record<string, unknown>, fields: Record<string, string>, struct: string): void {
  for (const [field, want] of Object.entries(fields)) {
    const value = body[field]
    if (value === undefined || value === null) continue
    const got = Array.isArray(value) ? 'array' : typeof value
    const ok =
      want === 'string' || want === 'boolean' || want === 'number'
        ? got === want
        : want === 'object'
          ? got === 'object'
          : got === 'array' &&
            (value as unknown[]).every((item) =>
              want === 'string[]'
                ? typeof item === 'string'
                : want === 'number[]'
                  ? typeof item === 'number'
                  : typeof item === 'object'
            )
    if (!ok) {
      const goType = { string: 'string', boolean: 'bool', number: 'int64', object: 'object', array: 'array' }
      throw new ApiError(
        GrpcCode.InvalidArgument,
        `json: cannot unmarshal ${goType[got as keyof typeof goType] ?? got} into Go struct field ${struct}.${field} of type ${want}`
      )
    }
  }
  const options = body.syncOptions as Record<string, unknown> | undefined
  if (options && options.items !== undefined && !Array.isArray(options.items)) {
    throw new ApiError(
      GrpcCode.InvalidArgument,
      `json: cannot unmarshal ${typeof options.items} into Go struct field SyncOptions.syncOptions.items of type []string`
    )
  }
}

/** Sync (application.go v3.5.1 L2084-2197). */
export const syncApplication: Handler = (ctx) => {
  const body = ctx.body
  checkBody(body, SYNC_FIELDS, 'ApplicationSyncRequest')
  const name = ctx.params.name
  const namespace = namespaceOf(ctx, body.appNamespace)
  const app = getAppEnforceRBAC(ctx, 'get', text(body.project), namespace, name)
  const project = ctx.state.project(app.spec.project)
  let allowed: boolean
  try {
    allowed = canSync(matchingWindows(project?.spec.syncWindows, app), ctx.now(), true)
  } catch (error) {
    if (!(error instanceof SyncWindowError)) throw error
    throw new ApiError(
      GrpcCode.PermissionDenied,
      `cannot sync: invalid sync window: invalid sync windows: ${error.message}`
    )
  }
  if (!allowed) throw new ApiError(GrpcCode.PermissionDenied, 'cannot sync: blocked by sync window')
  const object = rbacName(ctx.state, app.spec.project, namespace, name)
  enforce(ctx, 'applications', 'sync', object)
  const automated = app.spec.syncPolicy?.automated !== undefined && app.spec.syncPolicy.automated.enabled !== false
  if (body.manifests) {
    enforce(ctx, 'applications', 'override', object)
    if (automated && body.dryRun !== true) {
      throw new ApiError(
        GrpcCode.FailedPrecondition,
        'cannot use local sync when Automatic Sync Policy is enabled unless for dry run'
      )
    }
  }
  if (app.metadata.deletionTimestamp) throw new ApiError(GrpcCode.FailedPrecondition, 'application is deleting')
  const revisions = resolveSourceRevisions(ctx, app, body, automated)
  const syncOptionItems = (body.syncOptions as { items?: string[] } | undefined)?.items
  const syncOptions = body.syncOptions ? (syncOptionItems ?? []) : app.spec.syncPolicy?.syncOptions
  if (syncOptions?.includes('Replace=true') && !ctx.state.syncWithReplaceAllowed) {
    throw new ApiError(
      GrpcCode.FailedPrecondition,
      'sync with replace was disabled on the API Server level via the server configuration'
    )
  }
  const resources = (body.resources as SyncOperation['resources']) ?? []
  const sync: SyncOperation = {
    ...(app.spec.sources
      ? { sources: app.spec.sources, revisions: revisions.revisions }
      : { source: app.spec.source, revision: revisions.revision }),
    ...(body.prune === true ? { prune: true } : {}),
    ...(body.dryRun === true ? { dryRun: true } : {}),
    ...(body.strategy ? { syncStrategy: body.strategy } : {}),
    ...(resources.length > 0 ? { resources } : {}),
    ...(syncOptions && syncOptions.length > 0 ? { syncOptions } : {}),
    ...(body.manifests ? { manifests: body.manifests as string[] } : {})
  }
  const retry = (body.retryStrategy as Operation['retry'] | undefined) ?? app.spec.syncPolicy?.retry ?? {}
  const operation: Operation = {
    sync,
    initiatedBy: { username: ctx.user },
    ...(Array.isArray(body.infos) && body.infos.length > 0 ? { info: body.infos as Operation['info'] } : {}),
    retry
  }
  const updated = ctx.controller.setOperation(name, namespace, operation)
  // ErrAnotherOperationInProgress (util/argo/argo.go L40); the "error setting app operation" wrapper is stripped by
  // the error interceptor (util/grpc/errors.go), so the client sees the inner code and message.
  if (!updated) throw new ApiError(GrpcCode.FailedPrecondition, 'another operation is already in progress')
  return { body: updated }
}

/** resolveSourceRevisions + resolveRevision (application.go v3.5.1 L2199-2262, L2464-2506). */
function resolveSourceRevisions(
  ctx: Ctx,
  app: Application,
  body: Record<string, unknown>,
  automated: boolean
): { revision?: string; revisions?: string[] } {
  const dryRun = body.dryRun === true
  const resolve = (repoURL: string, ambiguous: string): string => {
    if (isCommitSha(ambiguous)) return ambiguous
    if (!ctx.state.knowsRef(repoURL, ambiguous) && ambiguous !== 'HEAD') {
      throw new ApiError(
        GrpcCode.FailedPrecondition,
        `error resolving repo revision: rpc error: code = Unknown desc = unable to resolve '${ambiguous}' to a commit SHA`
      )
    }
    return ctx.state.head(repoURL, ambiguous)
  }
  if (app.spec.sources) {
    const sources = app.spec.sources
    const desired = sources.map(() => '')
    const positions = (body.sourcePositions as number[] | undefined) ?? []
    const wanted = (body.revisions as string[] | undefined) ?? []
    positions.forEach((position, i) => {
      if (position <= 0 || position > sources.length)
        throw new ApiError(GrpcCode.Unknown, 'source position is out of range')
      desired[position - 1] = wanted[i] ?? ''
    })
    return {
      revisions: sources.map((source, i) => {
        const target = source.targetRevision || 'HEAD'
        if (desired[i] && desired[i] !== target && automated && !dryRun) {
          throw new ApiError(
            GrpcCode.FailedPrecondition,
            `Cannot sync source ${source.repoURL} to ${desired[i]}: auto-sync currently set to ${source.targetRevision ?? ''}`
          )
        }
        return source.chart ? desired[i] || target : resolve(source.repoURL, desired[i] || target)
      })
    }
  }
  const source = app.spec.source!
  const target = source.targetRevision || 'HEAD'
  const revision = text(body.revision)
  if (revision && revision !== target && automated && !dryRun) {
    throw new ApiError(
      GrpcCode.FailedPrecondition,
      `Cannot sync to ${revision}: auto-sync currently set to ${source.targetRevision ?? ''}`
    )
  }
  return { revision: resolve(source.repoURL, revision || target) }
}

/** TerminateOperation (application.go v3.5.1 L2508-2538): marks Terminating; the controller ends it later. */
export const terminateOperation: Handler = (ctx) => {
  const namespace = namespaceOf(ctx, ctx.query.get('appNamespace'))
  const app = getAppEnforceRBAC(ctx, 'sync', ctx.query.get('project') ?? '', namespace, ctx.params.name)
  if (!app.operation || !app.status.operationState) {
    throw new ApiError(GrpcCode.InvalidArgument, 'Unable to terminate operation. No operation is in progress')
  }
  app.status.operationState.phase = 'Terminating'
  ctx.state.write(app)
  return { body: {} }
}

/** Rollback (application.go v3.5.1 L2265-2325): a sync to a history entry, refused for auto-sync apps. */
export const rollbackApplication: Handler = (ctx) => {
  const body = ctx.body
  checkBody(
    body,
    { name: 'string', appNamespace: 'string', project: 'string', dryRun: 'boolean', prune: 'boolean' },
    'ApplicationRollbackRequest'
  )
  if (body.id !== undefined && typeof body.id !== 'number') {
    throw new ApiError(
      GrpcCode.InvalidArgument,
      `json: cannot unmarshal ${typeof body.id} into Go struct field ApplicationRollbackRequest.id of type int64`
    )
  }
  const name = ctx.params.name
  const namespace = namespaceOf(ctx, body.appNamespace)
  const app = getAppEnforceRBAC(ctx, 'sync', text(body.project), namespace, name)
  if (app.metadata.deletionTimestamp) throw new ApiError(GrpcCode.FailedPrecondition, 'application is deleting')
  if (app.spec.syncPolicy?.automated && app.spec.syncPolicy.automated.enabled !== false) {
    throw new ApiError(GrpcCode.FailedPrecondition, 'rollback cannot be initiated when auto-sync is enabled')
  }
  const id = body.id ?? 0
  const entry = app.status.history?.find((h) => h.id === id)
  if (!entry) {
    throw new ApiError(
      GrpcCode.InvalidArgument,
      `application ${namespace}/${name} does not have deployment with id ${id}`
    )
  }
  const operation: Operation = {
    sync: {
      ...(entry.revisions
        ? { revisions: entry.revisions, sources: entry.sources }
        : { revision: entry.revision, source: entry.source }),
      ...(body.dryRun === true ? { dryRun: true } : {}),
      ...(body.prune === true ? { prune: true } : {}),
      ...(app.spec.syncPolicy?.syncOptions ? { syncOptions: app.spec.syncPolicy.syncOptions } : {}),
      syncStrategy: { apply: {} }
    },
    initiatedBy: { username: ctx.user },
    retry: {}
  }
  const updated = ctx.controller.setOperation(name, namespace, operation)
  if (!updated) throw new ApiError(GrpcCode.FailedPrecondition, 'another operation is already in progress')
  return { body: updated }
}

/**
 * ManagedResources (server/application/application.go v3.5.1 L1831-1852): the app (RBAC get, masked like Get) and the
 * resource diffs the controller cached for it, hooks left out, filtered by `name`, `namespace`, `group` and `kind`
 * (isMatchingResource L1824-1829; `version` is accepted and not compared). Each diff is what the controller writes
 * (controller/appcontroller.go v3.5.1 hideSecretData L811-936): live and target manifests as JSON text ("null" for a
 * missing side), normalized and predicted live state, `modified`; `diff` is deprecated and left empty. `items` is
 * omitted when nothing matches (`json:"items,omitempty"`, pkg/apiclient/application/application.pb.go). It is served
 * through argoproj/pkg's UnaryForwarder, so `fields` applies (fields.ts).
 */
export const managedResources: Handler = (ctx) => {
  const namespace = namespaceOf(ctx, ctx.query.get('appNamespace'))
  const name = ctx.params.applicationName
  const app = getAppEnforceRBAC(ctx, 'get', ctx.query.get('project') ?? '', namespace, name)
  const want = (key: string, value: string) => !ctx.query.get(key) || ctx.query.get(key) === value
  const statusOf = new Map(
    (app.status.resources ?? []).map((r) => [`${r.group ?? ''}/${r.kind}/${r.namespace}/${r.name}`, r])
  )
  const target = app.status.sync.revision ?? app.status.sync.revisions?.[0] ?? ''
  const items = ctx.state
    .managedResources(name, namespace)
    .filter(
      (r) => want('name', r.name) && want('namespace', r.namespace) && want('group', r.group) && want('kind', r.kind)
    )
    .map((r) => {
      const status = statusOf.get(`${r.group}/${r.kind}/${r.namespace}/${r.name}`)
      const manifest = (revision: string) => ({
        apiVersion: r.group ? `${r.group}/${r.version}` : r.version,
        kind: r.kind,
        metadata: {
          name: r.name,
          namespace: r.namespace,
          annotations: { 'gitops.example/revision': revision },
          labels: { 'app.kubernetes.io/instance': name }
        }
      })
      const missing = status?.status === 'OutOfSync' && status.health?.status === 'Missing'
      const modified = status !== undefined && status.status !== 'Synced'
      const live = missing ? null : manifest(modified ? 'previous' : target)
      const predicted = manifest(target)
      return {
        ...(r.group ? { group: r.group } : {}),
        kind: r.kind,
        ...(r.namespace ? { namespace: r.namespace } : {}),
        name: r.name,
        targetState: JSON.stringify(manifest(target)),
        liveState: JSON.stringify(live),
        normalizedLiveState: JSON.stringify(live),
        predictedLiveState: JSON.stringify(predicted),
        ...(live ? { resourceVersion: app.metadata.resourceVersion } : {}),
        ...(modified ? { modified: true } : {})
      }
    })
  const body = items.length > 0 ? { items } : {}
  const fields = parseFields(ctx.query)
  return { body: fields ? projectGeneric(body, fields) : body }
}

/** ResourceTree (application.go v3.5.1 L1638): managed resources plus the ReplicaSet and Pod a Deployment owns. */
export const resourceTree: Handler = (ctx) => {
  const namespace = namespaceOf(ctx, ctx.query.get('appNamespace'))
  const name = ctx.params.applicationName
  const app = getAppEnforceRBAC(ctx, 'get', ctx.query.get('project') ?? '', namespace, name)
  const created = app.metadata.creationTimestamp
  const healthOf = new Map(
    (app.status.resources ?? []).map((r) => [`${r.group ?? ''}/${r.kind}/${r.namespace}/${r.name}`, r.health])
  )
  const nodes: Record<string, unknown>[] = []
  const revision = (app.status.sync.revision ?? app.status.sync.revisions?.[0] ?? '').slice(0, 10)
  for (const resource of ctx.state.managedResources(name, namespace)) {
    const uid = `${app.metadata.uid.slice(0, 8)}-${resource.kind.toLowerCase()}-${resource.name}`
    const health = resource.health
      ? healthOf.get(`${resource.group}/${resource.kind}/${resource.namespace}/${resource.name}`)
      : undefined
    nodes.push({
      ...(resource.group ? { group: resource.group } : {}),
      version: resource.version,
      kind: resource.kind,
      namespace: resource.namespace,
      name: resource.name,
      uid,
      resourceVersion: app.metadata.resourceVersion,
      ...(health ? { health } : {}),
      createdAt: created
    })
    if (resource.kind === 'Deployment') {
      const rs = `${resource.name}-${revision.slice(0, 8) || '5d4f8b7c9'}`
      const rsUid = `${uid}-rs`
      nodes.push({
        group: 'apps',
        version: 'v1',
        kind: 'ReplicaSet',
        namespace: resource.namespace,
        name: rs,
        uid: rsUid,
        parentRefs: [{ group: 'apps', kind: 'Deployment', namespace: resource.namespace, name: resource.name, uid }],
        info: [{ name: 'Revision', value: 'Rev:1' }],
        resourceVersion: app.metadata.resourceVersion,
        ...(health ? { health } : {}),
        createdAt: created
      })
      nodes.push({
        version: 'v1',
        kind: 'Pod',
        namespace: resource.namespace,
        name: `${rs}-x7k2p`,
        uid: `${uid}-pod`,
        parentRefs: [{ group: 'apps', kind: 'ReplicaSet', namespace: resource.namespace, name: rs, uid: rsUid }],
        info: [
          { name: 'Status Reason', value: health?.status === 'Degraded' ? 'CrashLoopBackOff' : 'Running' },
          { name: 'Containers', value: health?.status === 'Degraded' ? '0/1' : '1/1' }
        ],
        resourceVersion: app.metadata.resourceVersion,
        ...(health ? { health: { status: health.status === 'Degraded' ? 'Degraded' : health.status } } : {}),
        createdAt: created
      })
    }
  }
  return { body: { nodes, hosts: [], shardsCount: 1 } }
}

/** GetApplicationSyncWindows (application.go v3.5.1 L2880-2903). */
export const applicationSyncWindows: Handler = (ctx) => {
  const namespace = namespaceOf(ctx, ctx.query.get('appNamespace'))
  const app = getAppEnforceRBAC(ctx, 'get', ctx.query.get('project') ?? '', namespace, ctx.params.name)
  const windows = matchingWindows(ctx.state.project(app.spec.project)?.spec.syncWindows, app)
  let allowed: boolean
  let active
  try {
    allowed = canSync(windows, ctx.now(), true)
    active = activeWindows(windows, ctx.now())
  } catch (error) {
    if (!(error instanceof SyncWindowError)) throw error
    throw new ApiError(GrpcCode.Unknown, `invalid sync windows: ${error.message}`)
  }
  const convert = (list: typeof windows) =>
    list.map((w) => ({
      kind: w.kind,
      schedule: w.schedule,
      duration: w.duration,
      ...(w.manualSync ? { manualSync: true } : {})
    }))
  return {
    body: {
      ...(active.length > 0 ? { activeWindows: convert(active) } : {}),
      ...(windows.length > 0 ? { assignedWindows: convert(windows) } : {}),
      canSync: allowed
    }
  }
}

// --- projects ---------------------------------------------------------------------------------------------------

/** k8s NotFound for an AppProject, mapped to code 5 by the error interceptor (util/grpc/errors.go). */
function getProject(ctx: Ctx, name: string) {
  enforce(ctx, 'projects', 'get', name)
  const project = ctx.state.project(name)
  if (!project) throw new ApiError(GrpcCode.NotFound, `appprojects.argoproj.io "${name}" not found`)
  return project
}

export const projectGet: Handler = (ctx) => ({ body: getProject(ctx, ctx.params.name) })

/** GetSyncWindowsState (server/project/project.go v3.5.1 L526-548): the project's active windows, `[]` when none. */
export const projectSyncWindows: Handler = (ctx) => {
  const project = getProject(ctx, ctx.params.name)
  try {
    return { body: { windows: activeWindows(project.spec.syncWindows ?? [], ctx.now()) } }
  } catch (error) {
    if (!(error instanceof SyncWindowError)) throw error
    throw new ApiError(GrpcCode.Unknown, error.message)
  }
}

/** Handlers by swagger operationId. The watch stream is served by watch.ts. */
export const handlers: Record<string, Handler> = {
  VersionService_Version: version,
  SessionService_Create: createSession,
  SessionService_Delete: deleteSession,
  SessionService_GetUserInfo: userInfo,
  ApplicationService_List: listApplications,
  ApplicationService_Get: getApplication,
  ApplicationService_Sync: syncApplication,
  ApplicationService_TerminateOperation: terminateOperation,
  ApplicationService_Rollback: rollbackApplication,
  ApplicationService_ResourceTree: resourceTree,
  ApplicationService_ManagedResources: managedResources,
  ApplicationService_GetApplicationSyncWindows: applicationSyncWindows,
  ProjectService_Get: projectGet,
  ProjectService_GetSyncWindowsState: projectSyncWindows
}

/** Operations that need no session (AuthFuncOverride in server/version, server/session). */
export const UNAUTHENTICATED = new Set(['VersionService_Version', 'SessionService_Create', 'SessionService_Delete'])
