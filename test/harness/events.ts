/* eslint-disable @typescript-eslint/no-unsafe-member-access -- recorded payloads are loose JSON that these helpers re-point field by field */
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'

/**
 * Event payloads for the harness, taken from the recorded real payloads in @octokit/webhooks-examples and
 * re-pointed at the test repository, so actions read the same shapes they get on a runner.
 */
interface ExampleGroup {
  name: string
  examples: Array<Record<string, unknown>>
}

let groups: ExampleGroup[] | undefined

function examples(event: string): Array<Record<string, unknown>> {
  if (!groups) {
    const require = createRequire(import.meta.url)
    groups = JSON.parse(readFileSync(require.resolve('@octokit/webhooks-examples'), 'utf8')) as ExampleGroup[]
  }
  const group = groups.find((g) => g.name === event)
  if (!group) throw new Error(`no recorded example payloads for event ${event}`)
  return group.examples
}

/** A deep copy of the first recorded payload of `event` (optionally with that `action`). */
export function recordedPayload(event: string, action?: string): Record<string, unknown> {
  const found = examples(event).find((e) => action === undefined || e.action === action)
  if (!found) throw new Error(`no recorded ${event} payload with action ${action}`)
  return structuredClone(found)
}

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

function pointAtRepo(payload: Json, owner: string, repo: string): void {
  payload.repository.name = repo
  payload.repository.full_name = `${owner}/${repo}`
  payload.repository.owner.login = owner
}

export interface PullRequestEventOptions {
  owner: string
  repo: string
  number: number
  headSha: string
  baseSha?: string
  headRef?: string
  baseRef?: string
  action?: 'opened' | 'synchronize' | 'reopened'
  author?: string
}

/** A recorded pull_request payload for PR `number` of owner/repo at `headSha`. */
export function pullRequestEvent(o: PullRequestEventOptions): Json {
  const p: Json = recordedPayload('pull_request', 'opened')
  p.action = o.action ?? 'opened'
  pointAtRepo(p, o.owner, o.repo)
  p.number = o.number
  p.pull_request.number = o.number
  p.pull_request.head.sha = o.headSha
  p.pull_request.head.ref = o.headRef ?? 'feature'
  p.pull_request.base.ref = o.baseRef ?? 'main'
  if (o.baseSha) p.pull_request.base.sha = o.baseSha
  p.pull_request.user.login = o.author ?? 'octocat'
  p.pull_request.html_url = `https://github.com/${o.owner}/${o.repo}/pull/${o.number}`
  return p
}

/** A recorded push payload for owner/repo at `sha`. */
export function pushEvent(o: { owner: string; repo: string; sha: string; ref?: string }): Json {
  const p: Json = recordedPayload('push')
  pointAtRepo(p, o.owner, o.repo)
  p.after = o.sha
  p.ref = o.ref ?? 'refs/heads/main'
  return p
}

/** A recorded issue_comment payload on issue `number`. */
export function issueCommentEvent(o: {
  owner: string
  repo: string
  number: number
  body: string
  user: string
}): Json {
  const p: Json = recordedPayload('issue_comment', 'created')
  pointAtRepo(p, o.owner, o.repo)
  p.issue.number = o.number
  p.comment.body = o.body
  p.comment.user.login = o.user
  return p
}

/** Scheduled runs carry only the schedule. */
export function scheduleEvent(cron = '0 3 * * *'): Json {
  return { schedule: cron }
}
