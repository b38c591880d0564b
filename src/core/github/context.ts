import { readFileSync } from 'node:fs'
import { UserError } from '../errors/index.js'
import type { RepoRef } from './client.js'

export interface PullRequestInfo {
  number: number
  headSha: string
  baseSha?: string
  headRef?: string
  baseRef?: string
  author?: string
}

/** What a run knows about where it is; read once from the runner's environment by each action's main. */
export interface RunContext {
  repo: RepoRef
  eventName: string
  payload: Record<string, unknown>
  /** The pull request the event is about (pull_request, pull_request_target, issue_comment on a PR), if any. */
  pullRequest?: PullRequestInfo
  /** The commit the run is for: the PR head on pull_request events, GITHUB_SHA otherwise. */
  sha: string
  actor: string
  /** Who started this run attempt (differs from `actor` on a re-run); GITHUB_TRIGGERING_ACTOR. */
  triggeringActor: string
  apiUrl: string
  serverUrl: string
  runUrl: string
  /** GITHUB_RUN_ID (grows with every new run in the repository; a re-run keeps it), GITHUB_RUN_NUMBER, GITHUB_RUN_ATTEMPT; 0 when unset. */
  run: { id: number; number: number; attempt: number }
  workspace: string
}

type Env = Record<string, string | undefined>

function readPayload(path: string | undefined): Record<string, unknown> {
  if (!path) return {}
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
  } catch (e) {
    throw new UserError(`Cannot read the event payload at GITHUB_EVENT_PATH=${path}: ${(e as Error).message}`)
  }
}

interface PrPayload {
  number: number
  head?: { sha?: string; ref?: string }
  base?: { sha?: string; ref?: string }
  user?: { login?: string }
}

function pullRequestOf(payload: Record<string, unknown>): PullRequestInfo | undefined {
  const pr = payload.pull_request as PrPayload | undefined
  if (pr && typeof pr.number === 'number' && pr.head?.sha) {
    return {
      number: pr.number,
      headSha: pr.head.sha,
      baseSha: pr.base?.sha,
      headRef: pr.head.ref,
      baseRef: pr.base?.ref,
      author: pr.user?.login
    }
  }
  return undefined
}

/**
 * The pull request an `issue_comment` event is about (a comment such as `/plan` on a pull request): the event has
 * only the issue's number and a `pull_request` link, not the head, so read the rest from the API. Undefined for
 * other events and for comments on plain issues.
 */
export function commentedPullNumber(ctx: Pick<RunContext, 'eventName' | 'payload'>): number | undefined {
  if (ctx.eventName !== 'issue_comment') return undefined
  const issue = ctx.payload.issue as { number?: unknown; pull_request?: unknown } | undefined
  return issue?.pull_request && typeof issue.number === 'number' ? issue.number : undefined
}

export function readRunContext(env: Env): RunContext {
  const repository = env.GITHUB_REPOSITORY ?? ''
  const [owner, repo] = repository.split('/')
  if (!owner || !repo)
    throw new UserError(
      `GITHUB_REPOSITORY is '${repository}': expected owner/repo (is this running in GitHub Actions?)`
    )
  const payload = readPayload(env.GITHUB_EVENT_PATH)
  const pullRequest = pullRequestOf(payload)
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '')
  return {
    repo: { owner, repo },
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    pullRequest,
    sha: pullRequest?.headSha ?? env.GITHUB_SHA ?? '',
    actor: env.GITHUB_ACTOR ?? '',
    triggeringActor: env.GITHUB_TRIGGERING_ACTOR ?? env.GITHUB_ACTOR ?? '',
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl,
    runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID ?? '0'}${env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''}`,
    run: {
      id: Number(env.GITHUB_RUN_ID) || 0,
      number: Number(env.GITHUB_RUN_NUMBER) || 0,
      attempt: Number(env.GITHUB_RUN_ATTEMPT) || 0
    },
    workspace: env.GITHUB_WORKSPACE ?? process.cwd()
  }
}
