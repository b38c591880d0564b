import { createHash, randomUUID } from 'node:crypto'
import { kubeTime } from './clock.js'
import type {
  AppProject,
  Application,
  ApplicationSource,
  ApplicationWatchEvent,
  HealthStatusCode,
  ResourceStatus,
  RetryStrategy,
  SyncWindow,
  WatchEventType
} from './types.js'

/** How the simulated controller treats one app (README "Knobs"). Durations are real milliseconds. */
export interface AppBehaviour {
  /** Operation requested -> Running (controller queue pickup). */
  pickupMs: number
  /** Running -> attempt result. */
  syncMs: number
  /** Operation finished -> reconciled (reconciledAt >= finishedAt, sync/health recomputed). */
  reconcileLagMs: number
  /** Health stays Progressing this long after a successful sync's reconcile. */
  progressingMs: number
  /** Outcome of attempt 1, 2, ...; the last one repeats. */
  attempts: ('Succeeded' | 'Failed' | 'Error')[]
  /** Message of a failed attempt (gitops-engine sync_context.go wording). */
  failureMessage: string
  /** Health after a successful sync has settled. */
  health: HealthStatusCode
  /** Health per deployed revision (first source's SHA), overriding `health`: a bad release and a good rollback. */
  healthByRevision: Record<string, HealthStatusCode>
  healthMessage: string
  /** The controller picks up nothing: operations stay requested, refreshes never finish. */
  controllerDown: boolean
  /** A refresh annotation is never cleared (argo-cd#21613): GET ?refresh hangs, the rest works. */
  refreshBlocks: boolean
  /** Managed resources that exist live but not in git; a sync without prune leaves them (PruneSkipped, OutOfSync). */
  pruneRequired: number
  /** After a new commit on the tracked ref, the controller notices it after this (null: only on refresh or sync). */
  noticeLagMs: number | null
  /** Automated apps: OutOfSync noticed -> automated operation. */
  autoSyncDelayMs: number
  /** Right after an operation finishes, an automated operation starts (the refresh that follows lets auto-sync act). */
  autoSyncAfterOperation: boolean
  /** Retry backoff (RetryStrategy.NextRetryAt) is multiplied by this, so "5s" takes 50 ms by default. */
  retryTimeScale: number
  /**
   * Whether the refresh the controller requests after an operation happens. false: it is skipped (Argo CD may skip
   * the status write, kargo's health checker), so reconciledAt stays older than finishedAt until someone refreshes.
   */
  reconcileAfterOperation: boolean
  /**
   * A target state that cannot be generated (CompareAppState "Failed to load target state: ..."): reconciles set a
   * ComparisonError condition and sync status Unknown, operations end in Error. null: none.
   */
  comparisonError: string | null
  /**
   * A comparison that began before the operation ended, on the live state from before it, is persisted right after
   * the operation's final write, with reconciledAt in the same second as finishedAt (processAppRefreshQueueItem stamps
   * reconciledAt when a comparison starts; metav1.Time has second precision). A re-sync to an unchanged revision then
   * shows the old Synced/Healthy "reconciled" at finishedAt.
   */
  staleCompareAtFinish: boolean
  /**
   * The controller's periodic comparison: an app whose last comparison is this old is compared again with the head
   * of its sources (needRefreshAppStatus "comparison expired", controller/appcontroller.go v3.5.1 L2105-2151;
   * timeout.reconciliation, 120 s + up to 60 s jitter in a real install). null: none.
   */
  reconcileEveryMs: number | null
}

export const DEFAULT_BEHAVIOUR: AppBehaviour = {
  pickupMs: 20,
  syncMs: 60,
  reconcileLagMs: 40,
  progressingMs: 60,
  attempts: ['Succeeded'],
  failureMessage: 'one or more objects failed to apply, reason: Deployment.apps "web" is invalid',
  health: 'Healthy',
  healthByRevision: {},
  healthMessage: '',
  controllerDown: false,
  refreshBlocks: false,
  pruneRequired: 0,
  noticeLagMs: null,
  autoSyncDelayMs: 20,
  autoSyncAfterOperation: false,
  retryTimeScale: 0.01,
  reconcileAfterOperation: true,
  comparisonError: null,
  staleCompareAtFinish: false,
  reconcileEveryMs: null
}

/** A managed resource of an app (top level, as in status.resources). */
export interface ManagedResource {
  group: string
  version: string
  kind: string
  namespace: string
  name: string
  /** Health after a successful sync; undefined for kinds without a health check (ConfigMap). */
  health?: HealthStatusCode
}

export interface AddAppInput {
  name: string
  /** Default: the server namespace ('argocd'). */
  namespace?: string
  project?: string
  labels?: Record<string, string>
  annotations?: Record<string, string>
  /** Single source (default repo https://github.com/acme/gitops.git, path apps/<name>, targetRevision main). */
  source?: Partial<ApplicationSource>
  /** Multi-source app; overrides `source`. */
  sources?: ApplicationSource[]
  destination?: { server?: string; name?: string; namespace?: string }
  /** Auto-sync (spec.syncPolicy.automated). */
  automated?: boolean | { prune?: boolean; selfHeal?: boolean }
  syncOptions?: string[]
  retry?: RetryStrategy
  /** Revision(s) deployed now; default the current head of each source's targetRevision. */
  deployed?: string | string[]
  /** Sync status now (default Synced). */
  syncStatus?: 'Synced' | 'OutOfSync' | 'Unknown'
  /** Health now (default Healthy). */
  health?: HealthStatusCode
  resources?: ManagedResource[]
  /** Create one history entry for the deployed revision (default true). */
  history?: boolean
  behaviour?: Partial<AppBehaviour>
}

export interface TokenRecord {
  username: string
  expired: boolean
}

type Listener = (event: ApplicationWatchEvent) => void

export const DEFAULT_REPO = 'https://github.com/acme/gitops.git'
export const DEFAULT_SERVER = 'https://kubernetes.default.svc'

/** A commit-like SHA for a seed, stable across runs. */
export function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex')
}

/** Go's git.IsCommitSHA (util/git/git.go): 40 hex characters. */
export function isCommitSha(text: string): boolean {
  return /^[0-9a-f]{40}$/i.test(text)
}

/** A JWT-shaped token: argocd-server only reads a bearer token with three dot-separated parts (util/jwt IsValid). */
function makeJwt(username: string, iat: number): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const signature = createHash('sha256').update(`${username}:${iat}:${randomUUID()}`).digest('base64url')
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ iss: 'argocd', sub: username, iat, jti: randomUUID() })}.${signature}`
}

/** The Kubernetes side of Argo CD: Application and AppProject objects, git refs, accounts. */
export class ArgoCdState {
  /** argocd-server's own namespace, the default appNamespace. */
  readonly namespace = 'argocd'
  /** GET /api/version answers this. */
  version = 'v3.5.1+37ee009'
  /** Whether POST /sync may carry the Replace=true option (argocd-server --sync-with-replace-allowed). */
  syncWithReplaceAllowed = true
  /** Authorization: allow or deny (resource 'applications'|'projects', action 'get'|'sync'|..., object 'proj/app'). */
  rbac: (username: string, resource: string, action: string, object: string) => boolean = () => true

  private resourceVersion = 1000
  private readonly apps = new Map<string, Application>()
  private readonly behaviours = new Map<string, AppBehaviour>()
  private readonly managed = new Map<string, ManagedResource[]>()
  private readonly projects = new Map<string, AppProject>()
  private readonly refs = new Map<string, string>()
  private readonly tokens = new Map<string, TokenRecord>()
  private readonly passwords = new Map<string, string>([['admin', 'password']])
  private readonly listeners = new Set<Listener>()
  /** The token every test may use (admin). */
  readonly adminToken: string

  constructor(private readonly now: () => number) {
    this.adminToken = this.issueToken('admin')
    this.addProject('default')
  }

  // --- accounts -------------------------------------------------------------------------------------------------

  issueToken(username: string): string {
    const token = makeJwt(username, Math.floor(this.now() / 1000))
    this.tokens.set(token, { username, expired: false })
    return token
  }

  /** Makes a token answer 401 "invalid session: token has invalid claims: token is expired". */
  expireToken(token: string): void {
    const record = this.tokens.get(token)
    if (record) record.expired = true
  }

  tokenRecord(token: string): TokenRecord | undefined {
    return this.tokens.get(token)
  }

  setPassword(username: string, password: string): void {
    this.passwords.set(username, password)
  }

  checkPassword(username: string, password: string): boolean {
    return this.passwords.get(username) === password
  }

  // --- git ------------------------------------------------------------------------------------------------------

  /** The commit a ref of a repo resolves to (created on first use). */
  /**
   * What a source resolves to: the head commit of its ref for git, the chart version for a Helm chart (`chart` set;
   * the repo server resolves a version or constraint from the chart index, reposerver/repository ResolveRevision; the
   * emulator takes targetRevision as the version).
   */
  revisionOf(source: { repoURL: string; targetRevision?: string; chart?: string }): string {
    return source.chart ? source.targetRevision || '' : this.head(source.repoURL, source.targetRevision)
  }

  head(repoURL: string, ref: string | undefined): string {
    const name = ref || 'HEAD'
    if (isCommitSha(name)) return name.toLowerCase()
    const key = `${repoURL}@${name}`
    let sha = this.refs.get(key)
    if (!sha) {
      sha = fakeSha(`${key}#0`)
      this.refs.set(key, sha)
    }
    return sha
  }

  /** Moves a ref to a new commit (a merge); returns its SHA. Apps tracking it notice per their noticeLagMs. */
  pushCommit(repoURL: string, ref: string, sha = fakeSha(`${repoURL}@${ref}#${this.now()}#${randomUUID()}`)): string {
    this.refs.set(`${repoURL}@${ref}`, sha)
    return sha
  }

  /** Whether ref exists (a branch/tag we know, or any commit SHA). */
  knowsRef(repoURL: string, ref: string): boolean {
    return isCommitSha(ref) || this.refs.has(`${repoURL}@${ref}`)
  }

  // --- projects -------------------------------------------------------------------------------------------------

  addProject(name: string, syncWindows: SyncWindow[] = []): AppProject {
    const project: AppProject = {
      metadata: this.meta(name, this.namespace),
      spec: {
        sourceRepos: ['*'],
        destinations: [{ server: '*', namespace: '*' }],
        ...(syncWindows.length > 0 ? { syncWindows } : {})
      },
      status: {}
    }
    this.projects.set(name, project)
    return structuredClone(project)
  }

  setSyncWindows(project: string, windows: SyncWindow[]): void {
    const found = this.projects.get(project) ?? this.projects.get(this.addProject(project).metadata.name)!
    found.spec.syncWindows = windows.length > 0 ? structuredClone(windows) : undefined
    found.metadata.resourceVersion = String(++this.resourceVersion)
  }

  project(name: string): AppProject | undefined {
    const found = this.projects.get(name)
    return found ? structuredClone(found) : undefined
  }

  // --- applications ---------------------------------------------------------------------------------------------

  addApp(input: AddAppInput): Application {
    const namespace = input.namespace ?? this.namespace
    const project = input.project ?? 'default'
    if (!this.projects.has(project)) this.addProject(project)
    const sources = input.sources?.map((s) => ({ ...s }))
    const source = sources
      ? undefined
      : { repoURL: DEFAULT_REPO, path: `apps/${input.name}`, targetRevision: 'main', ...input.source }
    const specSources = sources ?? [source!]
    const heads = specSources.map((s) => this.revisionOf(s))
    const deployed = input.deployed === undefined ? heads : [input.deployed].flat()
    const destination = { server: DEFAULT_SERVER, namespace: input.name, ...input.destination }
    const resources = input.resources ?? [
      {
        group: 'apps',
        version: 'v1',
        kind: 'Deployment',
        namespace: destination.namespace,
        name: input.name,
        health: 'Healthy'
      },
      {
        group: '',
        version: 'v1',
        kind: 'Service',
        namespace: destination.namespace,
        name: input.name,
        health: 'Healthy'
      }
    ]
    const now = kubeTime(this.now())
    const automated = input.automated === true ? { prune: false, selfHeal: false } : input.automated || undefined
    const syncPolicy = {
      ...(automated ? { automated } : {}),
      ...(input.syncOptions ? { syncOptions: input.syncOptions } : {}),
      ...(input.retry ? { retry: input.retry } : {})
    }
    const health = input.health ?? 'Healthy'
    const syncStatus = input.syncStatus ?? 'Synced'
    const app: Application = {
      metadata: {
        ...this.meta(input.name, namespace),
        ...(input.labels ? { labels: { ...input.labels } } : {}),
        ...(input.annotations ? { annotations: { ...input.annotations } } : {})
      },
      spec: {
        ...(source ? { source } : { sources }),
        destination,
        project,
        ...(Object.keys(syncPolicy).length > 0 ? { syncPolicy } : {})
      },
      status: {
        resources: resources.map((r) => resourceStatus(r, syncStatus, health === 'Healthy' ? r.health : health)),
        sync: {
          status: syncStatus,
          comparedTo: { ...(source ? { source } : { sources }), destination },
          ...(source ? { revision: deployed[0] } : { revisions: deployed })
        },
        health: { status: health, lastTransitionTime: now },
        ...(input.history === false
          ? {}
          : {
              history: [
                {
                  ...(source ? { revision: deployed[0], source } : { revisions: deployed, sources }),
                  deployedAt: now,
                  deployStartedAt: now,
                  id: 0,
                  initiatedBy: { username: 'admin' }
                }
              ]
            }),
        reconciledAt: now,
        sourceType: 'Directory',
        ...(sources ? { sourceTypes: sources.map(() => 'Directory') } : {}),
        resourceHealthSource: 'appTree',
        controllerNamespace: this.namespace
      }
    }
    const key = appKey(namespace, input.name)
    this.behaviours.set(key, { ...DEFAULT_BEHAVIOUR, ...input.behaviour })
    this.managed.set(key, resources)
    return this.write(app, 'ADDED')
  }

  /** A copy of the stored app, or undefined. */
  app(name: string, namespace = this.namespace): Application | undefined {
    const found = this.apps.get(appKey(namespace, name))
    return found ? structuredClone(found) : undefined
  }

  /** Every app, sorted by namespace/name. */
  allApps(): Application[] {
    return [...this.apps.values()]
      .sort((a, b) =>
        appKey(a.metadata.namespace, a.metadata.name).localeCompare(appKey(b.metadata.namespace, b.metadata.name))
      )
      .map((app) => structuredClone(app))
  }

  behaviour(name: string, namespace = this.namespace): AppBehaviour {
    return this.behaviours.get(appKey(namespace, name)) ?? { ...DEFAULT_BEHAVIOUR }
  }

  /** Changes knobs of an existing app (takes effect at the controller's next step). */
  setBehaviour(name: string, change: Partial<AppBehaviour>, namespace = this.namespace): void {
    this.behaviours.set(appKey(namespace, name), { ...this.behaviour(name, namespace), ...change })
  }

  managedResources(name: string, namespace = this.namespace): ManagedResource[] {
    return structuredClone(this.managed.get(appKey(namespace, name)) ?? [])
  }

  /**
   * Stores an app as a Kubernetes write would: resourceVersion is bumped (etcd integers as strings; Argo CD Atoi's them
   * to order events, server/application/application.go v3.5.1 Watch/Get) and a watch event goes to every listener.
   */
  write(app: Application, type: WatchEventType = 'MODIFIED'): Application {
    const stored = structuredClone(app)
    stored.metadata.resourceVersion = String(++this.resourceVersion)
    if (type === 'MODIFIED')
      stored.metadata.generation =
        (stored.metadata.generation ?? 1) +
        (specChanged(this.apps.get(appKey(app.metadata.namespace, app.metadata.name)), app) ? 1 : 0)
    this.apps.set(appKey(stored.metadata.namespace, stored.metadata.name), stored)
    this.emit({ type, application: stored })
    return structuredClone(stored)
  }

  /** Deletes an app (DELETED event). */
  deleteApp(name: string, namespace = this.namespace): void {
    const key = appKey(namespace, name)
    const app = this.apps.get(key)
    if (!app) return
    this.apps.delete(key)
    app.metadata.resourceVersion = String(++this.resourceVersion)
    this.emit({ type: 'DELETED', application: app })
  }

  /** The informer's last resource version (ApplicationList.metadata.resourceVersion). */
  lastResourceVersion(): string {
    return String(this.resourceVersion)
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private emit(event: ApplicationWatchEvent): void {
    for (const listener of [...this.listeners])
      listener({ type: event.type, application: structuredClone(event.application) })
  }

  private meta(name: string, namespace: string) {
    return {
      name,
      namespace,
      uid: randomUUID(),
      resourceVersion: String(++this.resourceVersion),
      generation: 1,
      creationTimestamp: kubeTime(this.now())
    }
  }
}

export function appKey(namespace: string, name: string): string {
  return `${namespace}/${name}`
}

function specChanged(before: Application | undefined, after: Application): boolean {
  return before !== undefined && JSON.stringify(before.spec) !== JSON.stringify(after.spec)
}

/** status.resources[] entry; `health` is omitted for kinds without a health check. */
export function resourceStatus(
  resource: ManagedResource,
  status: 'Synced' | 'OutOfSync' | 'Unknown',
  health: HealthStatusCode | undefined
): ResourceStatus {
  return {
    ...(resource.group ? { group: resource.group } : {}),
    version: resource.version,
    kind: resource.kind,
    namespace: resource.namespace,
    name: resource.name,
    status,
    ...(resource.health && health ? { health: { status: health } } : {})
  }
}
