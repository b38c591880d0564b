import { InputError } from '../core/action/errors.js'
import { InputReader } from '../core/action/inputs.js'
import type { RepoRef } from '../core/github/client.js'
import { parseAppFilter, parseTarget } from '../core/gitops/targets.js'
import type { AppFilter, Target } from '../core/gitops/targets.js'

export type MergeMethod = 'merge' | 'squash' | 'rebase'
export type CommitMethod = 'git' | 'api'

/** Every input of actions/promote-env/action.yml, parsed once. */
export interface PromoteSettings {
  to: string
  from?: string
  version?: string
  targets: Target[]
  /** Globs with `{env}` unresolved; empty: from the config file or `environments/{env}/**\/*.yaml`. */
  paths: string[]
  app?: AppFilter
  order: string[]
  configPath: string
  allowSkip: boolean
  pinned: boolean
  allowDowngrade: boolean
  repository?: RepoRef
  base?: string
  branch: string
  token: string
  pullRequest: boolean
  autoMerge: boolean
  mergeMethod: MergeMethod
  commitMethod: CommitMethod
  title: string
  body: string
  reason: string
  labels: string[]
  reviewers: string[]
  teamReviewers: string[]
  sourceRepository?: RepoRef
  tagFormat: string
  dryRun: boolean
}

const ENVIRONMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/
const BRANCH = /^(?!\/|.*\/\/|.*\.\.|.*\.lock$|.*\/$)[A-Za-z0-9._/{}-]+$/

function repoRef(input: string, value: string | undefined): RepoRef | undefined {
  if (!value) return undefined
  const m = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(value)
  if (!m) throw new InputError(input, value, 'owner/name')
  return { owner: m[1], repo: m[2] }
}

function environment(input: string, value: string): string {
  if (!ENVIRONMENT.test(value))
    throw new InputError(input, value, "an environment name of letters, digits, '.', '_' or '-'")
  return value
}

export function readSettings(read = new InputReader()): PromoteSettings {
  const to = environment('to', read.required('to'))
  const fromText = read.optional('from')
  const version = read.optional('version')
  if (version !== undefined && /\s/.test(version))
    throw new InputError('version', version, 'one version without spaces')
  const targets = read.lines('targets').map((line) => parseTarget(line, 'targets'))
  if (targets.length === 0)
    throw new InputError('targets', '', 'at least one target such as argocd-helm-parameter:global.imageTag')
  const branch = read.required('branch')
  if (!BRANCH.test(branch)) throw new InputError('branch', branch, 'a branch name such as promote/{to}')
  const tagFormat = read.required('tag-format')
  if (!tagFormat.includes('{version}'))
    throw new InputError('tag-format', tagFormat, 'a format containing {version}, e.g. v{version}')
  const app = read.optional('app')
  const token = read.string('token')
  if (!token) throw new InputError('token', '', 'a token with contents and pull-requests write (default: github.token)')
  return {
    to,
    from: fromText === undefined ? undefined : environment('from', fromText),
    version,
    targets,
    paths: read.list('paths'),
    app: app ? parseAppFilter(app) : undefined,
    order: read.list('order').map((name) => environment('order', name)),
    configPath: read.required('config'),
    allowSkip: read.boolean('allow-skip'),
    pinned: read.boolean('pinned'),
    allowDowngrade: read.boolean('allow-downgrade'),
    repository: repoRef('repository', read.optional('repository')),
    base: read.optional('base'),
    branch,
    token,
    pullRequest: read.boolean('pull-request'),
    autoMerge: read.boolean('auto-merge'),
    mergeMethod: read.enum('merge-method', ['merge', 'squash', 'rebase'] as const),
    commitMethod: read.enum('commit-method', ['git', 'api'] as const),
    title: read.required('title'),
    body: read.string('body'),
    reason: read.string('reason'),
    labels: read.list('labels'),
    reviewers: read.list('reviewers').map((r) => r.replace(/^@/, '')),
    teamReviewers: read.list('team-reviewers').map((t) => t.replace(/^@[^/]+\//, '').replace(/^@/, '')),
    sourceRepository: repoRef('source-repository', read.optional('source-repository')),
    tagFormat,
    dryRun: read.boolean('dry-run')
  }
}
