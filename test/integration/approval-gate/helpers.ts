/**
 * Shared setup for the approval-gate integration tests: the people and teams of acme/live in the GitHub emulator, the
 * bundled action run through the harness (in the background while a test plays the approvers), and readers for
 * what it left on GitHub.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import { issueCommentEvent } from '../../harness/events.js'
import { runAction } from '../../harness/run-action.js'
import type { RunOptions, RunResult } from '../../harness/run-action.js'
import type { GitHubEmulator, IssueRecord } from '../../emulators/github/index.js'

export const OWNER = 'acme'
export const REPO = 'live'
export const ACTION = 'approval-gate'

/** Fast enough for tests: one poll a second, a short timeout. */
export const FAST = { 'poll-interval': '1s', timeout: '20s' }

/**
 * acme/live's people: alice (listed user), the sre team (bob, carol active; pete pending), writers who are not
 * approvers (mallory, wendy), a reader who is listed (rita), the workflow actor (octocat, listed too so the
 * self-approval rule is what stops them), and a bot in the team.
 */
export function seedPeople(gh: GitHubEmulator): void {
  for (const login of ['alice', 'bob', 'carol', 'pete', 'mallory', 'wendy', 'octocat', 'retrier', 'dan']) {
    gh.state.setPermission(OWNER, REPO, login, 'write')
  }
  gh.state.setPermission(OWNER, REPO, 'rita', 'read')
  gh.state.setPermission(OWNER, REPO, 'carol', 'maintain')
  gh.state.addUser('deploy-bot[bot]', { type: 'Bot' })
  gh.state.setPermission(OWNER, REPO, 'deploy-bot[bot]', 'write')
  gh.state.addTeam(OWNER, 'sre', [
    { login: 'bob' },
    { login: 'carol', role: 'maintainer' },
    { login: 'pete', state: 'pending' },
    { login: 'deploy-bot[bot]' }
  ])
}

export type GateRun = Promise<RunResult>

/** Runs the gate; tests that play the approvers start it without awaiting and respond while it waits. */
export function runGate(
  gh: GitHubEmulator,
  inputs: Record<string, string>,
  options: Partial<RunOptions> = {}
): GateRun {
  return runAction({ action: ACTION, apiUrl: gh.url, inputs: { ...FAST, ...inputs }, ...options })
}

/** Waits until `check` gives a value (polling the emulator's state), or fails after `ms`. */
export async function eventually<T>(check: () => T | undefined, ms = 15_000): Promise<T> {
  const until = Date.now() + ms
  for (;;) {
    const value = check()
    if (value !== undefined && value !== false) return value
    if (Date.now() > until) throw new Error('eventually: timed out')
    await sleep(25)
  }
}

/** The approval issue, once the gate has opened it. */
export function requestIssue(gh: GitHubEmulator): Promise<IssueRecord> {
  return eventually(() => gh.state.issues(OWNER, REPO).find((i) => !i.pull && i.labels.includes('approval-gate')))
}

/** Waits until the gate has polled at least once more (so what a test did before is seen separately). */
export async function nextPoll(gh: GitHubEmulator): Promise<void> {
  const seen = gh.stats.requests.length
  await eventually(() => gh.stats.requests.slice(seen).some((r) => r.path.includes('/comments') && r.method === 'GET'))
}

export function comment(gh: GitHubEmulator, issue: number, user: string, body: string): number {
  return gh.state.addComment(OWNER, REPO, issue, { user, body }).id
}

export interface JsonResponse {
  user: string
  action: string
  counted: boolean
  'why-not-counted': string
  source: string
  note: string
}

export function responses(result: RunResult): JsonResponse[] {
  return JSON.parse(result.outputs['responses-json'] ?? '[]') as JsonResponse[]
}

/** Why each user's responses did not count (empty string when counted). */
export function whyNot(result: RunResult): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const r of responses(result)) (out[r.user] ??= []).push(r['why-not-counted'])
  return out
}

/** The comments the gate itself wrote on an issue (the token's account: github-actions[bot]). */
export function gateComments(gh: GitHubEmulator, issue: number): string[] {
  return gh.state
    .comments(OWNER, REPO, issue)
    .filter((c) => c.user === 'github-actions[bot]')
    .map((c) => c.body)
}

export function failureMessage(result: RunResult): string | undefined {
  return result.annotations.find((a) => a.level === 'error')?.message
}

/**
 * A recorded issue_comment payload for comment `id` on `issue`, with the comment (id, author, text, times) as the
 * emulator holds it, as GitHub would deliver it.
 */
export function commentEvent(gh: GitHubEmulator, issue: number, id: number): { name: string; payload: object } {
  const c = gh.state.comment(OWNER, REPO, id)
  if (!c) throw new Error(`no comment ${id}`)
  const user = gh.state.user(c.user)
  const payload = issueCommentEvent({ owner: OWNER, repo: REPO, number: issue, body: c.body, user: c.user })
  delete (payload.issue as { pull_request?: unknown }).pull_request
  payload.comment = {
    ...(payload.comment as object),
    id: c.id,
    node_id: c.nodeId,
    html_url: `https://github.com/${OWNER}/${REPO}/issues/${issue}#issuecomment-${c.id}`,
    body: c.body,
    user: { login: user?.login, id: user?.id, type: user?.type },
    created_at: c.createdAt,
    updated_at: c.updatedAt
  }
  return { name: 'issue_comment', payload }
}
