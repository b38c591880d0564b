import { describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readRunContext } from '../../src/core/github/context.js'
import { issueCommentEvent, pullRequestEvent, pushEvent, scheduleEvent } from './events.js'

/** What an action reads from a harness event, through the same code path as on a runner. */
async function contextOf(name: string, payload: object) {
  const file = join(await mkdtemp(join(tmpdir(), 'event-')), 'event.json')
  await writeFile(file, JSON.stringify(payload))
  return readRunContext({
    GITHUB_REPOSITORY: 'acme/live',
    GITHUB_EVENT_NAME: name,
    GITHUB_EVENT_PATH: file,
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_RUN_ID: '9'
  })
}

describe('harness events', () => {
  it('a pull_request payload carries the PR number, head SHA and repository the action reads', async () => {
    const payload = pullRequestEvent({ owner: 'acme', repo: 'live', number: 7, headSha: 'a'.repeat(40) })
    const ctx = await contextOf('pull_request', payload)
    expect(ctx.pullRequest).toMatchObject({ number: 7, headSha: 'a'.repeat(40), baseRef: 'main' })
    expect(ctx.sha).toBe('a'.repeat(40))
    expect((payload.repository as { full_name: string }).full_name).toBe('acme/live')
  })

  it('push, schedule and issue_comment payloads have no pull request; the run is for GITHUB_SHA', async () => {
    const events: Array<[string, object]> = [
      ['push', pushEvent({ owner: 'acme', repo: 'live', sha: 'b'.repeat(40) })],
      ['schedule', scheduleEvent()],
      ['issue_comment', issueCommentEvent({ owner: 'acme', repo: 'live', number: 3, body: '/approve', user: 'alice' })]
    ]
    for (const [name, payload] of events) {
      const ctx = await contextOf(name, payload)
      expect(ctx.pullRequest).toBeUndefined()
      expect(ctx.sha).toBe('f'.repeat(40))
      expect(ctx.runUrl).toBe('https://github.com/acme/live/actions/runs/9')
    }
    const comment = events[2][1] as { issue: { number: number }; comment: { body: string; user: { login: string } } }
    expect([comment.issue.number, comment.comment.body, comment.comment.user.login]).toEqual([3, '/approve', 'alice'])
  })
})
