import { InputError, InputReader } from '../core/action/index.js'
import type { ArgoCdAuth, AppRef } from '../core/argocd/client.js'
import type { ResourceRef } from '../core/argocd/status.js'
import type { WaitFor } from '../core/argocd/waiter.js'
import { formatDuration } from '../core/time/duration.js'

export type OperationRunningPolicy = 'wait' | 'terminate' | 'fail'
export type StreamSetting = 'ndjson' | 'sse' | 'off'

/** The action's inputs, parsed and checked once. */
export interface SyncWaitSettings {
  server: string
  auth: ArgoCdAuth
  /** Secrets to mask before anything is logged. */
  secrets: string[]
  insecure: boolean
  caCert?: string
  apps: AppRef[]
  selector?: string
  project?: string
  sync: boolean
  revision?: string
  prune: boolean
  dryRun: boolean
  syncOptions: string[]
  resources: ResourceRef[]
  force: boolean
  retryLimit: number
  /** Argo CD duration text (`5s`) for retryStrategy.backoff.duration. */
  retryBackoff: string
  expectedRevisions: string[]
  waitFor: WaitFor
  timeoutMs: number
  refresh: 'normal' | 'hard' | 'none'
  ifOperationRunning: OperationRunningPolicy
  degradedGraceMs: number
  onFailure: 'fail' | 'rollback'
  outsideWindow: 'wait' | 'fail'
  deploymentEnvironment?: string
  githubToken: string
  pollIntervalMs: number
  requestTimeoutMs: number
  stream: StreamSetting
}

const SHA = /^[0-9a-f]{7,40}$/i
const WAIT_FOR = ['sync', 'health', 'operation', 'suspended'] as const
/** Kubernetes names and namespaces (RFC 1123 subdomain), which Argo CD app names are. */
const K8S_NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/

export function readSettings(inputs = new InputReader()): SyncWaitSettings {
  const server = inputs.required('server')
  if (!/^https?:\/\/[^/]/.test(server) || !URL.canParse(server))
    throw new InputError(
      'server',
      server,
      'an http(s) URL such as https://cd.example.com or https://cd.example.com/argo-cd'
    )

  const token = inputs.string('auth-token')
  const username = inputs.string('username')
  const password = inputs.string('password')
  let auth: ArgoCdAuth
  if (token) auth = { token }
  else if (username && password) auth = { username, password }
  else if (username) throw new InputError('password', '', 'the password of username, or auth-token instead')
  else throw new InputError('auth-token', '', 'an Argo CD token, or username and password')

  const project = inputs.optional('project')
  const apps = inputs.list('apps').map((text) => parseApp(text, project))
  const selector = inputs.optional('selector')
  if (apps.length > 0 && selector)
    throw new InputError('selector', selector, 'empty when apps is given (use one of them)')
  if (apps.length === 0 && !selector) throw new InputError('apps', '', 'application names, or a selector')

  const revision = inputs.optional('revision')
  const expected = inputs.list('expected-revision')
  const waitForList = inputs.list('wait-for')
  const unknown = waitForList.find((w) => !(WAIT_FOR as readonly string[]).includes(w))
  if (unknown !== undefined || waitForList.length === 0)
    throw new InputError('wait-for', inputs.string('wait-for'), `a comma-separated list of ${WAIT_FOR.join(', ')}`)

  const retryBackoffMs = inputs.duration('retry-backoff')
  return {
    server,
    auth,
    secrets: [token, password].filter(Boolean),
    insecure: inputs.boolean('insecure'),
    caCert: inputs.optional('ca-cert'),
    apps,
    selector,
    project,
    sync: inputs.boolean('sync'),
    revision,
    prune: inputs.boolean('prune'),
    dryRun: inputs.boolean('dry-run'),
    syncOptions: inputs.list('sync-options').map((o) => {
      if (!/^[A-Za-z]+=\S+$/.test(o))
        throw new InputError('sync-options', o, 'Key=value items such as ServerSideApply=true')
      return o
    }),
    resources: inputs.list('resources').map(parseResource),
    force: inputs.boolean('force'),
    retryLimit: inputs.integer('retry-limit', { min: 0, max: 100 }),
    retryBackoff: formatDuration(retryBackoffMs),
    expectedRevisions: expected.length > 0 ? expected : revision && SHA.test(revision) ? [revision] : [],
    waitFor: Object.fromEntries(WAIT_FOR.map((w) => [w, waitForList.includes(w)])) as unknown as WaitFor,
    timeoutMs: inputs.duration('timeout'),
    refresh: inputs.enum('refresh', ['normal', 'hard', 'none'] as const),
    ifOperationRunning: inputs.enum('if-operation-running', ['wait', 'terminate', 'fail'] as const),
    degradedGraceMs: inputs.duration('degraded-grace'),
    onFailure: inputs.enum('on-failure', ['fail', 'rollback'] as const),
    outsideWindow: inputs.enum('outside-window', ['wait', 'fail'] as const),
    deploymentEnvironment: inputs.optional('deployment-environment'),
    githubToken: inputs.string('github-token'),
    pollIntervalMs: positive(inputs, 'poll-interval'),
    requestTimeoutMs: positive(inputs, 'request-timeout'),
    stream: inputs.enum('stream', ['ndjson', 'sse', 'off'] as const)
  }
}

function positive(inputs: InputReader, name: string): number {
  const ms = inputs.duration(name)
  if (ms <= 0) throw new InputError(name, inputs.string(name), 'a duration above zero')
  return ms
}

/** `name` or `namespace/name`. */
export function parseApp(text: string, project: string | undefined): AppRef {
  const parts = text.split('/')
  if (parts.length > 2 || !parts.every((p) => K8S_NAME.test(p)))
    throw new InputError(
      'apps',
      text,
      'application names as name or namespace/name (lower-case letters, digits, - and .)'
    )
  return parts.length === 2 ? { namespace: parts[0], name: parts[1], project } : { name: parts[0], project }
}

/** `GROUP:KIND:NAME` or `GROUP:KIND:NAMESPACE/NAME` (the CLI's --resource form; empty group for core kinds). */
export function parseResource(text: string): ResourceRef {
  const m = /^([^:]*):([^:/]+):(?:([^:/]+)\/)?([^:/]+)$/.exec(text)
  if (!m)
    throw new InputError(
      'resources',
      text,
      'GROUP:KIND:NAME or GROUP:KIND:NAMESPACE/NAME (e.g. apps:Deployment:web/api)'
    )
  return { group: m[1], kind: m[2], namespace: m[3] ?? '', name: m[4] }
}
