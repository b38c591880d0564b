import {
  ApiError,
  intParam,
  json,
  notFound,
  objectBody,
  optionalString,
  repoOf,
  requiredString,
  requireUser,
  validationFailed
} from '../context.js'
import type { Ctx, HandlerMap } from '../context.js'
import { paginate } from '../pagination.js'
import { repoUrl, userJson } from '../serialize.js'
import type { GitHubState, RepoRecord, UserRecord } from '../state.js'

/**
 * Deployments and deployment statuses (https://docs.github.com/rest/deployments/deployments and
 * .../deployments/statuses): create with a ref that must resolve to a commit (422 "No ref found for: X"),
 * `environment` defaulting to `production`; statuses with the documented states, `auto_inactive` (default true)
 * marking earlier successful deployments of the same environment inactive when a new one succeeds.
 */
export interface DeploymentStatusRecord {
  id: number
  state: string
  description: string
  environment: string
  logUrl: string
  environmentUrl: string
  creator: UserRecord
  createdAt: string
}

export interface DeploymentRecord {
  id: number
  sha: string
  ref: string
  task: string
  payload: unknown
  environment: string
  description: string | null
  creator: UserRecord
  createdAt: string
  productionEnvironment: boolean
  transientEnvironment: boolean
  statuses: DeploymentStatusRecord[]
}

const STATES = ['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success']
// Kept beside the repository record, so reset() (a fresh state with fresh repositories) clears them too.
const stores = new WeakMap<RepoRecord, DeploymentRecord[]>()

/** The deployments of a repository, oldest first; for tests to read back what an action recorded. */
export function deploymentsOf(state: GitHubState, owner: string, repo: string): DeploymentRecord[] {
  return storeOf(state.repo(owner, repo))
}

function storeOf(repo: RepoRecord): DeploymentRecord[] {
  let store = stores.get(repo)
  if (!store) stores.set(repo, (store = []))
  return store
}

function deploymentJson(repo: RepoRecord, d: DeploymentRecord, api: string): Record<string, unknown> {
  const url = `${repoUrl(repo, api)}/deployments/${d.id}`
  return {
    url,
    id: d.id,
    node_id: `DE_${Buffer.from(String(d.id)).toString('base64')}`,
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.environment,
    environment: d.environment,
    description: d.description,
    creator: userJson(d.creator, api),
    created_at: d.createdAt,
    updated_at: d.statuses.at(-1)?.createdAt ?? d.createdAt,
    statuses_url: `${url}/statuses`,
    repository_url: repoUrl(repo, api),
    transient_environment: d.transientEnvironment,
    production_environment: d.productionEnvironment
  }
}

function statusJson(
  repo: RepoRecord,
  d: DeploymentRecord,
  s: DeploymentStatusRecord,
  api: string
): Record<string, unknown> {
  const deploymentUrl = `${repoUrl(repo, api)}/deployments/${d.id}`
  return {
    url: `${deploymentUrl}/statuses/${s.id}`,
    id: s.id,
    node_id: `DES_${Buffer.from(String(s.id)).toString('base64')}`,
    state: s.state,
    creator: userJson(s.creator, api),
    description: s.description,
    environment: s.environment,
    target_url: s.logUrl,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    deployment_url: deploymentUrl,
    repository_url: repoUrl(repo, api),
    environment_url: s.environmentUrl,
    log_url: s.logUrl
  }
}

function deploymentOf(ctx: Ctx, repo: RepoRecord): DeploymentRecord {
  const id = intParam(ctx, 'deployment_id')
  const found = storeOf(repo).find((d) => d.id === id)
  if (!found) throw notFound()
  return found
}

export const deploymentHandlers: HandlerMap = {
  'POST /repos/{owner}/{repo}/deployments': (ctx) => {
    const user = requireUser(ctx)
    const repo = repoOf(ctx)
    const body = objectBody(ctx)
    const ref = requiredString(body, 'ref', 'Deployment')
    const sha = ctx.state.resolveCommitish(repo, ref)
    if (!sha) throw new ApiError(422, `No ref found for: ${ref}`)
    const environment = optionalString(body, 'environment', 'Deployment') ?? 'production'
    const contexts = body.required_contexts
    if (contexts !== undefined && !Array.isArray(contexts))
      throw validationFailed({ resource: 'Deployment', field: 'required_contexts', code: 'invalid' })
    const record: DeploymentRecord = {
      id: ctx.state.nextId(),
      sha,
      ref,
      task: optionalString(body, 'task', 'Deployment') ?? 'deploy',
      payload: body.payload ?? {},
      environment,
      description: optionalString(body, 'description', 'Deployment') ?? null,
      creator: user,
      createdAt: ctx.state.timestamp(),
      productionEnvironment:
        typeof body.production_environment === 'boolean' ? body.production_environment : environment === 'production',
      transientEnvironment: body.transient_environment === true,
      statuses: []
    }
    storeOf(repo).push(record)
    return json(deploymentJson(repo, record, ctx.apiBase), 201)
  },
  'GET /repos/{owner}/{repo}/deployments': (ctx) => {
    const repo = repoOf(ctx)
    const env = ctx.query.get('environment')
    const sha = ctx.query.get('sha')
    const list = storeOf(repo)
      .filter((d) => (!env || d.environment === env) && (!sha || d.sha === sha))
      .reverse()
    return paginate(ctx, list, (d) => deploymentJson(repo, d, ctx.apiBase))
  },
  'GET /repos/{owner}/{repo}/deployments/{deployment_id}': (ctx) => {
    const repo = repoOf(ctx)
    return json(deploymentJson(repo, deploymentOf(ctx, repo), ctx.apiBase))
  },
  'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses': (ctx) => {
    const user = requireUser(ctx)
    const repo = repoOf(ctx)
    const deployment = deploymentOf(ctx, repo)
    const body = objectBody(ctx)
    const state = requiredString(body, 'state', 'DeploymentStatus')
    if (!STATES.includes(state))
      throw validationFailed({ resource: 'DeploymentStatus', field: 'state', code: 'invalid' })
    const status: DeploymentStatusRecord = {
      id: ctx.state.nextId(),
      state,
      description: (optionalString(body, 'description', 'DeploymentStatus') ?? '').slice(0, 140),
      environment: optionalString(body, 'environment', 'DeploymentStatus') ?? deployment.environment,
      logUrl:
        optionalString(body, 'log_url', 'DeploymentStatus') ??
        optionalString(body, 'target_url', 'DeploymentStatus') ??
        '',
      environmentUrl: optionalString(body, 'environment_url', 'DeploymentStatus') ?? '',
      creator: user,
      createdAt: ctx.state.timestamp()
    }
    deployment.statuses.push(status)
    // auto_inactive (default true): a new success makes earlier non-transient, non-production deployments of the environment inactive.
    if (state === 'success' && body.auto_inactive !== false) {
      for (const other of storeOf(repo)) {
        if (
          other !== deployment &&
          !other.transientEnvironment &&
          !other.productionEnvironment &&
          other.environment === deployment.environment &&
          other.statuses.at(-1)?.state === 'success'
        ) {
          other.statuses.push({ ...status, id: ctx.state.nextId(), state: 'inactive', description: '' })
        }
      }
    }
    return json(statusJson(repo, deployment, status, ctx.apiBase), 201)
  },
  'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses': (ctx) => {
    const repo = repoOf(ctx)
    const deployment = deploymentOf(ctx, repo)
    return paginate(ctx, [...deployment.statuses].reverse(), (s) => statusJson(repo, deployment, s, ctx.apiBase))
  }
}
