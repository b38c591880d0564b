import { InputError, InputReader } from '../core/action/index.js'
import type { DriftMode } from './classify.js'
import { parseIgnoreRules } from './ignore.js'
import type { IgnoreRule } from './ignore.js'
import { MAX_SHARDS, parseShard } from './shards.js'
import type { Shard } from './shards.js'

export type IssueMode = 'per-unit' | 'summary' | 'off'

/** What this run does: list the shards, plan (one shard or everything, with or without issues), or aggregate. */
export type RunKind = 'list-shards' | 'shard' | 'single' | 'aggregate'

export interface ArgoCdSettings {
  server: string
  token: string
  selector?: string
}

/** The action's inputs, parsed and checked once. */
export interface DriftSettings {
  kind: RunKind
  workingDirectory: string
  units: string[]
  exclude: string[]
  mode: DriftMode
  shard?: Shard
  maxUnitsPerShard: number
  reportDir?: string
  issues: IssueMode
  labels: [string, ...string[]]
  maxNewIssues: number
  assignees: string[]
  ignore: IgnoreRule[]
  argocd?: ArgoCdSettings
  failOnDrift: boolean
  githubToken: string
  terragruntBinary: string
  tfBinary?: string
  parallelism: number
}

export function readSettings(inputs = new InputReader()): DriftSettings {
  const listShards = inputs.boolean('list-shards')
  const aggregate = inputs.boolean('aggregate')
  const shardText = inputs.string('shard')
  const shard = shardText ? parseShard(shardText) : undefined
  if (shard && (listShards || aggregate)) {
    throw new InputError('shard', shardText, `empty when ${listShards ? 'list-shards' : 'aggregate'} is true`)
  }
  if (listShards && aggregate) throw new InputError('aggregate', 'true', 'false when list-shards is true')
  const kind: RunKind = listShards ? 'list-shards' : aggregate ? 'aggregate' : shard ? 'shard' : 'single'

  const labels = inputs.list('labels')
  if (labels.length === 0) throw new InputError('labels', '', 'at least one label (the first one finds the issues)')
  const issues = inputs.enum('issues', ['per-unit', 'summary', 'off'] as const)
  const githubToken = inputs.string('github-token')
  if (!githubToken && issues !== 'off' && (kind === 'single' || kind === 'aggregate')) {
    throw new InputError('github-token', '', `a token with issues: write, or issues: off`)
  }

  const server = inputs.string('argocd-server')
  const token = inputs.string('argocd-auth-token')
  if (token && !server) throw new InputError('argocd-server', '', 'the Argo CD server that argocd-auth-token is for')
  if (server && !token) throw new InputError('argocd-auth-token', '', `a token for argocd-server ${server}`)

  return {
    kind,
    workingDirectory: inputs.string('working-directory') || '.',
    units: inputs.list('units'),
    exclude: inputs.list('exclude'),
    mode: inputs.enum('mode', ['plan', 'refresh-only'] as const),
    shard,
    maxUnitsPerShard: inputs.integer('max-units-per-shard', { min: 1 }),
    reportDir: inputs.optional('report-dir'),
    issues,
    labels: labels as [string, ...string[]],
    maxNewIssues: inputs.integer('max-new-issues', { min: 0 }),
    assignees: inputs.list('assignees').map((a) => a.replace(/^@/, '')),
    ignore: parseIgnoreRules(inputs.lines('ignore')),
    argocd: server ? { server, token, selector: inputs.optional('argocd-selector') } : undefined,
    failOnDrift: inputs.boolean('fail-on-drift'),
    githubToken,
    terragruntBinary: inputs.string('terragrunt-binary') || 'terragrunt',
    tfBinary: inputs.optional('tf-binary'),
    parallelism: inputs.integer('parallelism', { min: 1, max: 64 })
  }
}

export { MAX_SHARDS }
