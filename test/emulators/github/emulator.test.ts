import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { Octokit } from '@octokit/core'
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { githubRouteTable, parseOperation, startGitHubEmulator } from './index.js'
import type { GitHubEmulator } from './index.js'

const RestOctokit = Octokit.plugin(restEndpointMethods)
const RetryOctokit = Octokit.plugin(restEndpointMethods, retry)
const ThrottledOctokit = Octokit.plugin(restEndpointMethods, throttling)

const owner = 'acme'
const repo = 'live'

let gh: GitHubEmulator

function client(token = 'ghs_actions_token', baseUrl = gh.url) {
  return new RestOctokit({ auth: token, baseUrl })
}

/** Status of a rejected Octokit call (RequestError), or 'resolved'. */
async function statusOf(promise: Promise<unknown>): Promise<number | string> {
  try {
    await promise
    return 'resolved'
  } catch (error) {
    return (error as { status?: number }).status ?? String(error)
  }
}

interface ErrorBody {
  message?: string
  documentation_url?: string
  errors?: unknown[]
}

/** The parts of Octokit's RequestError the tests read. */
interface FailedRequest {
  status: number
  message: string
  response?: { headers: Record<string, string | undefined>; data: ErrorBody }
}

async function rejection(promise: Promise<unknown>): Promise<FailedRequest> {
  try {
    await promise
  } catch (error) {
    return error as FailedRequest
  }
  throw new Error('expected the request to fail')
}

beforeAll(async () => {
  gh = await startGitHubEmulator({ owner, repo })
})

afterAll(async () => {
  await gh.close()
})

beforeEach(() => {
  gh.reset()
})

afterEach(() => {
  // Like the integration harness: a test that reached an unknown or unimplemented route fails.
  gh.assertNoUnknownRoutes()
})

describe('route table from the OpenAPI description', () => {
  it('loads every REST route and resolves the most specific template', () => {
    const table = githubRouteTable()
    expect(table.size).toBeGreaterThan(900)
    expect(table.match('GET', '/repos/acme/live/issues/comments')?.key).toBe(
      'GET /repos/{owner}/{repo}/issues/comments'
    )
    expect(table.match('GET', '/repos/acme/live/issues/12')).toEqual({
      key: 'GET /repos/{owner}/{repo}/issues/{issue_number}',
      params: { owner: 'acme', repo: 'live', issue_number: '12' }
    })
    expect(table.match('GET', '/repos/acme/live/git/ref/heads%2Ffeature%2Fx')?.params.ref).toBe('heads/feature/x')
    expect(table.match('GET', '/repos/acme/live/git/ref/heads/feature/x')?.params.ref).toBe('heads/feature/x')
    expect(table.match('GET', '/repos/acme/live/contents/live/dev/app/terragrunt.hcl')?.params.path).toBe(
      'live/dev/app/terragrunt.hcl'
    )
    expect(table.match('POST', '/graphql')?.key).toBe('POST /graphql')
    expect(table.match('GET', '/repos/acme/live/no-such-thing')).toBeUndefined()
    expect(table.match('DELETE', '/repos/acme/live/issues/1')).toBeUndefined()
  })

  it('refuses a route api.github.com does not have with 404 and records it', async () => {
    const octokit = client()
    const error = await rejection(octokit.request('GET /repos/{owner}/{repo}/plans', { owner, repo }))
    expect(error.status).toBe(404)
    expect(error.response?.data).toMatchObject({ message: 'Not Found' })
    expect(error.response?.data.documentation_url).toMatch(/^https:\/\/docs\.github\.com/)
    expect(await statusOf(octokit.request('DELETE /repos/{owner}/{repo}/issues/1', { owner, repo }))).toBe(404)
    expect(gh.unknownRoutes).toEqual([
      expect.objectContaining({ method: 'GET', path: '/repos/acme/live/plans', reason: 'unknown' }),
      expect.objectContaining({ method: 'DELETE', path: '/repos/acme/live/issues/1', reason: 'unknown' })
    ])
    expect(() => gh.assertNoUnknownRoutes()).toThrow(
      /GET \/repos\/acme\/live\/plans: api\.github\.com has no such route/
    )
    gh.takeUnknownRoutes()
  })

  it('answers 501 for a real GitHub route the emulator does not implement, with a different wording', async () => {
    const octokit = client()
    expect(await statusOf(octokit.rest.actions.listWorkflowRunsForRepo({ owner, repo }))).toBe(501)
    expect(gh.unknownRoutes).toEqual([
      expect.objectContaining({ reason: 'unimplemented', route: 'GET /repos/{owner}/{repo}/actions/runs' })
    ])
    expect(() => gh.assertNoUnknownRoutes()).toThrow(/real GitHub API route the emulator does not implement/)
    expect(gh.takeUnknownRoutes()).toHaveLength(1)
    expect(() => gh.assertNoUnknownRoutes()).not.toThrow()
  })

  it('passes assertNoUnknownRoutes when every request was known', async () => {
    await client().rest.repos.get({ owner, repo })
    expect(() => gh.assertNoUnknownRoutes()).not.toThrow()
  })
})

describe('identity', () => {
  it('maps any token to github-actions[bot] and named tokens to users', async () => {
    gh.state.setToken('ghp_alice', 'alice')
    expect(await statusOf(client().rest.issues.createComment({ owner, repo, issue_number: 1, body: 'x' }))).toBe(404)
    const issue = gh.state.createIssue(owner, repo, { title: 'Drift' })
    const byBot = await client().rest.issues.createComment({ owner, repo, issue_number: issue.number, body: 'bot' })
    expect(byBot.data.user).toMatchObject({ login: 'github-actions[bot]', id: 41898282, type: 'Bot' })
    const byAlice = await client('ghp_alice').rest.issues.createComment({
      owner,
      repo,
      issue_number: issue.number,
      body: 'alice'
    })
    expect(byAlice.data.user).toMatchObject({ login: 'alice', type: 'User' })
    expect((await client('ghp_alice').rest.users.getAuthenticated()).data.login).toBe('alice')
    const botUser = await rejection(client().rest.users.getAuthenticated())
    expect(botUser.status).toBe(403)
    expect(botUser.message).toMatch(/Resource not accessible by integration/)
    gh.state.setToken('revoked', null)
    expect(await statusOf(client('revoked').rest.repos.get({ owner, repo }))).toBe(401)
    expect(await statusOf(new RestOctokit({ baseUrl: gh.url }).rest.issues.create({ owner, repo, title: 'x' }))).toBe(
      401
    )
    expect(await statusOf(client().rest.users.getByUsername({ username: 'nobody' }))).toBe(404)
    expect((await client().rest.users.getByUsername({ username: 'alice' })).data.login).toBe('alice')
  })
})

describe('issue comments', () => {
  it('creates, reads, updates, lists and deletes with GitHub shapes and status codes', async () => {
    const octokit = client()
    const pull = gh.state.createPull(owner, repo, { title: 'Bump app', head: 'bump' })
    const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: pull.number, body: 'plan' })
    expect(created.status).toBe(201)
    const id = created.data.id
    expect(created.data).toMatchObject({
      body: 'plan',
      html_url: `https://github.com/acme/live/pull/${pull.number}#issuecomment-${id}`,
      url: `${gh.url}/repos/acme/live/issues/comments/${id}`,
      issue_url: `${gh.url}/repos/acme/live/issues/${pull.number}`,
      user: { login: 'github-actions[bot]' }
    })
    expect(created.data.node_id).toMatch(/^IC_/)
    expect(created.data.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    expect(created.headers.location).toBe(created.data.url)

    expect((await octokit.rest.issues.getComment({ owner, repo, comment_id: id })).data.body).toBe('plan')
    const updated = await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body: 'plan v2' })
    expect(updated.status).toBe(200)
    expect(updated.data.body).toBe('plan v2')
    gh.state.addComment(owner, repo, pull.number, { body: 'lgtm', user: 'alice' })
    const listed = await octokit.rest.issues.listComments({ owner, repo, issue_number: pull.number })
    expect(listed.data.map((c) => [c.body, c.user?.login])).toEqual([
      ['plan v2', 'github-actions[bot]'],
      ['lgtm', 'alice']
    ])
    expect(gh.state.comments(owner, repo, pull.number).map((c) => c.body)).toEqual(['plan v2', 'lgtm'])

    const deleted = await octokit.rest.issues.deleteComment({ owner, repo, comment_id: id })
    expect(deleted.status).toBe(204)
    expect(await statusOf(octokit.rest.issues.getComment({ owner, repo, comment_id: id }))).toBe(404)
    expect(await statusOf(octokit.rest.issues.deleteComment({ owner, repo, comment_id: id }))).toBe(404)
    expect(await statusOf(octokit.rest.issues.createComment({ owner, repo, issue_number: 999, body: 'x' }))).toBe(404)
  })

  it('filters comments by since', async () => {
    const issue = gh.state.createIssue(owner, repo, { title: 'Drift' })
    gh.state.clock = () => new Date('2025-01-01T10:00:00Z')
    gh.state.addComment(owner, repo, issue.number, { body: 'old' })
    gh.state.clock = () => new Date('2025-01-02T10:00:00Z')
    gh.state.addComment(owner, repo, issue.number, { body: 'new' })
    const listed = await client().rest.issues.listComments({
      owner,
      repo,
      issue_number: issue.number,
      since: '2025-01-02T00:00:00Z'
    })
    expect(listed.data.map((c) => c.body)).toEqual(['new'])
  })

  it('refuses a body longer than 65536 characters with 422, and accepts exactly 65536', async () => {
    const issue = gh.state.createIssue(owner, repo, { title: 'Plan' })
    const octokit = client()
    const error = await rejection(
      octokit.rest.issues.createComment({ owner, repo, issue_number: issue.number, body: 'x'.repeat(65537) })
    )
    expect(error.status).toBe(422)
    expect(error.response?.data).toMatchObject({
      message: 'Validation Failed',
      errors: [
        { resource: 'IssueComment', code: 'unprocessable', message: 'Body is too long (maximum is 65536 characters)' }
      ]
    })
    expect(error.message).toMatch(/Body is too long \(maximum is 65536 characters\)/)
    const ok = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: issue.number,
      body: 'x'.repeat(65536)
    })
    expect(ok.status).toBe(201)
    expect(
      await statusOf(octokit.rest.issues.createComment({ owner, repo, issue_number: issue.number, body: '' }))
    ).toBe(422)
    expect(gh.state.comments(owner, repo, issue.number)).toHaveLength(1)
  })

  it('lists and creates reactions', async () => {
    const issue = gh.state.createIssue(owner, repo, { title: 'Approve' })
    const comment = gh.state.addComment(owner, repo, issue.number, { body: '/approve' })
    const octokit = client()
    const first = await octokit.rest.reactions.createForIssueComment({
      owner,
      repo,
      comment_id: comment.id,
      content: 'eyes'
    })
    expect(first.status).toBe(201)
    const again = await octokit.rest.reactions.createForIssueComment({
      owner,
      repo,
      comment_id: comment.id,
      content: 'eyes'
    })
    expect(again.status).toBe(200)
    expect(again.data.id).toBe(first.data.id)
    gh.state.addReaction(owner, repo, comment.id, { content: '+1', user: 'alice' })
    const listed = await octokit.rest.reactions.listForIssueComment({ owner, repo, comment_id: comment.id })
    expect(listed.data.map((r) => [r.content, r.user?.login])).toEqual([
      ['eyes', 'github-actions[bot]'],
      ['+1', 'alice']
    ])
    const filtered = await octokit.rest.reactions.listForIssueComment({
      owner,
      repo,
      comment_id: comment.id,
      content: '+1'
    })
    expect(filtered.data).toHaveLength(1)
    const got = await octokit.rest.issues.getComment({ owner, repo, comment_id: comment.id })
    expect(got.data.reactions).toMatchObject({ total_count: 2, '+1': 1, eyes: 1 })
    expect(
      await statusOf(
        octokit.request('POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', {
          owner,
          repo,
          comment_id: comment.id,
          content: 'thumbsup' as 'eyes'
        })
      )
    ).toBe(422)
  })
})

describe('pagination', () => {
  it('pages 250 comments by 100 with GitHub Link headers', async () => {
    const issue = gh.state.createIssue(owner, repo, { title: 'Many' })
    for (let i = 1; i <= 250; i++) gh.state.addComment(owner, repo, issue.number, { body: `c${i}` })
    const octokit = client()
    const base = `${gh.url}/repos/acme/live/issues/${issue.number}/comments?per_page=100`
    const page1 = await octokit.rest.issues.listComments({ owner, repo, issue_number: issue.number, per_page: 100 })
    expect(page1.data).toHaveLength(100)
    expect(page1.headers.link).toBe(`<${base}&page=2>; rel="next", <${base}&page=3>; rel="last"`)
    const page2 = await octokit.rest.issues.listComments({
      owner,
      repo,
      issue_number: issue.number,
      per_page: 100,
      page: 2
    })
    expect(page2.headers.link).toBe(
      `<${base}&page=1>; rel="prev", <${base}&page=3>; rel="next", <${base}&page=3>; rel="last", <${base}&page=1>; rel="first"`
    )
    const page3 = await octokit.rest.issues.listComments({
      owner,
      repo,
      issue_number: issue.number,
      per_page: 100,
      page: 3
    })
    expect(page3.data.map((c) => c.body)).toEqual(Array.from({ length: 50 }, (_, i) => `c${i + 201}`))
    expect(page3.headers.link).toBe(`<${base}&page=2>; rel="prev", <${base}&page=1>; rel="first"`)

    gh.stats.requests.length = 0
    const all = await getOctokit('token', { baseUrl: gh.url }).paginate(
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
      {
        owner,
        repo,
        issue_number: issue.number,
        per_page: 100
      }
    )
    expect(all).toHaveLength(250)
    expect(gh.stats.requests).toHaveLength(3)
  })

  it('defaults to 30 per page, caps per_page at 100 and omits Link on a single page', async () => {
    const issue = gh.state.createIssue(owner, repo, { title: 'Some' })
    for (let i = 0; i < 120; i++) gh.state.addComment(owner, repo, issue.number, { body: `c${i}` })
    const octokit = client()
    expect((await octokit.rest.issues.listComments({ owner, repo, issue_number: issue.number })).data).toHaveLength(30)
    const capped = await octokit.rest.issues.listComments({ owner, repo, issue_number: issue.number, per_page: 500 })
    expect(capped.data).toHaveLength(100)
    const other = gh.state.createIssue(owner, repo, { title: 'Few' })
    const single = await octokit.rest.issues.listComments({ owner, repo, issue_number: other.number })
    expect(single.data).toEqual([])
    expect(single.headers.link).toBeUndefined()
  })
})

describe('conditional requests and rate-limit headers', () => {
  it('answers a matching If-None-Match with 304 that costs no rate limit', async () => {
    const issue = gh.state.createIssue(owner, repo, { title: 'Poll me' })
    const octokit = client()
    const first = await octokit.rest.issues.get({ owner, repo, issue_number: issue.number })
    const etag = first.headers.etag as string
    expect(etag).toMatch(/^W\/"[0-9a-f]{64}"$/)
    expect(first.headers['x-ratelimit-used']).toBe('1')
    expect(first.headers['x-ratelimit-remaining']).toBe('4999')
    expect(first.headers['x-ratelimit-resource']).toBe('core')
    expect(first.headers['x-ratelimit-limit']).toBe('5000')
    expect(Number(first.headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000)

    const notModified = await rejection(
      octokit.rest.issues.get({ owner, repo, issue_number: issue.number, headers: { 'if-none-match': etag } })
    )
    expect(notModified.status).toBe(304)
    expect(notModified.response?.headers['x-ratelimit-used']).toBe('1')
    expect(notModified.response?.headers['x-ratelimit-remaining']).toBe('4999')
    expect(notModified.response?.headers.etag).toBe(etag)
    // A strong form of the same tag matches too (weak comparison).
    const strong = etag.replace(/^W\//, '')
    expect(
      await statusOf(
        octokit.rest.issues.get({ owner, repo, issue_number: issue.number, headers: { 'if-none-match': strong } })
      )
    ).toBe(304)
    expect(gh.stats.counted).toBe(1)
    expect(gh.stats.notModified).toBe(2)
    expect(gh.stats.byRoute.get('GET /repos/{owner}/{repo}/issues/{issue_number}')).toBe(3)

    gh.state.addComment(owner, repo, issue.number, { body: 'changes the comment count' })
    const changed = await octokit.rest.issues.get({
      owner,
      repo,
      issue_number: issue.number,
      headers: { 'if-none-match': etag }
    })
    expect(changed.status).toBe(200)
    expect(changed.headers.etag).not.toBe(etag)
    expect(gh.stats.counted).toBe(2)
    const limits = await octokit.rest.rateLimit.get()
    expect(limits.data.resources.core).toMatchObject({ limit: 5000, used: 2, remaining: 4998 })
  })

  it('answers 403 with remaining 0 once the primary rate limit is spent', async () => {
    gh.rateLimit.limit = 2
    const octokit = client()
    await octokit.rest.repos.get({ owner, repo })
    await octokit.rest.repos.get({ owner, repo })
    const error = await rejection(octokit.rest.repos.get({ owner, repo }))
    expect(error.status).toBe(403)
    expect(error.message).toMatch(/API rate limit exceeded/)
    expect(error.response?.headers['x-ratelimit-remaining']).toBe('0')
  })
})

describe('faults', () => {
  it('status500 fails the write without performing it, once', async () => {
    const issue = gh.state.createIssue(owner, repo, { title: 'Plan' })
    const fault = gh.faults.inject({
      route: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      kind: 'status500'
    })
    const octokit = client()
    const error = await rejection(
      octokit.rest.issues.createComment({ owner, repo, issue_number: issue.number, body: 'x' })
    )
    expect(error.status).toBe(500)
    expect(gh.state.comments(owner, repo, issue.number)).toHaveLength(0)
    expect(fault.hits).toBe(1)
    expect(fault.remaining).toBe(0)
    await octokit.rest.issues.createComment({ owner, repo, issue_number: issue.number, body: 'x' })
    expect(gh.state.comments(owner, repo, issue.number)).toHaveLength(1)
  })

  it('status422 answers Validation Failed without performing the write', async () => {
    const issue = gh.state.createIssue(owner, repo, { title: 'Plan' })
    gh.faults.inject({ route: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments', kind: 'status422' })
    const error = await rejection(
      client().rest.issues.createComment({ owner, repo, issue_number: issue.number, body: 'x' })
    )
    expect(error.status).toBe(422)
    expect(error.message).toMatch(/Validation Failed/)
    expect(gh.state.comments(owner, repo, issue.number)).toHaveLength(0)
  })

  it('lets the retry plugin recover from 500 and 502 with exactly one write', async () => {
    const issue = gh.state.createIssue(owner, repo, { title: 'Plan' })
    gh.faults.inject({ method: 'POST', route: /\/comments$/, kind: 'status500' })
    gh.faults.inject({ method: 'POST', route: /\/comments$/, kind: 'status502' })
    const octokit = new RetryOctokit({ auth: 't', baseUrl: gh.url, retry: { retryAfterBaseValue: 5 } })
    const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: issue.number, body: 'once' })
    expect(created.status).toBe(201)
    expect(gh.state.comments(owner, repo, issue.number).map((c) => c.body)).toEqual(['once'])
    expect(gh.stats.requests.map((r) => r.status)).toEqual([500, 502, 201])
    expect(gh.faults.pending()).toBe(0)
  })

  it('status502 answers GitHub HTML', async () => {
    gh.faults.inject({ route: '/repos/{owner}/{repo}', kind: 'status502' })
    const error = await rejection(client().rest.repos.get({ owner, repo }))
    expect(error.status).toBe(502)
    expect(error.response?.headers['content-type']).toMatch(/text\/html/)
    expect(String(error.response?.data as unknown)).toMatch(/Unicorn/)
  })

  it('secondaryRateLimit answers 403 with retry-after, and the throttling plugin waits and retries', async () => {
    const issue = gh.state.createIssue(owner, repo, { title: 'Plan' })
    gh.faults.inject({ kind: 'secondaryRateLimit', route: /comments/, retryAfterSeconds: 7 })
    const error = await rejection(
      client().rest.issues.createComment({ owner, repo, issue_number: issue.number, body: 'x' })
    )
    expect(error.status).toBe(403)
    expect(error.response?.headers['retry-after']).toBe('7')
    expect(error.message).toMatch(/^You have exceeded a secondary rate limit/)
    expect(gh.state.comments(owner, repo, issue.number)).toHaveLength(0)

    gh.faults.inject({ kind: 'secondaryRateLimit', route: /comments/, retryAfterSeconds: 2 })
    const waits: number[] = []
    const octokit = new ThrottledOctokit({
      auth: 't',
      baseUrl: gh.url,
      throttle: {
        retryAfterBaseValue: 10,
        onSecondaryRateLimit: (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) => {
          waits.push(retryAfter)
          return retryCount < 1
        },
        onRateLimit: () => false
      }
    })
    const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: issue.number, body: 'y' })
    expect(created.status).toBe(201)
    expect(waits).toEqual([2])
    expect(gh.state.comments(owner, repo, issue.number).map((c) => c.body)).toEqual(['y'])
  })

  it('status429 answers 429 with retry-after', async () => {
    gh.faults.inject({ kind: 'status429', retryAfterSeconds: 3 })
    const error = await rejection(client().rest.repos.get({ owner, repo }))
    expect(error.status).toBe(429)
    expect(error.response?.headers['retry-after']).toBe('3')
    expect(error.message).toMatch(/secondary rate limit/)
  })

  it('drop destroys the connection without an answer or a write, and retry recovers', async () => {
    const issue = gh.state.createIssue(owner, repo, { title: 'Plan' })
    gh.faults.inject({ kind: 'drop', method: 'POST' })
    const error = await rejection(
      client().rest.issues.createComment({ owner, repo, issue_number: issue.number, body: 'x' })
    )
    expect(error.status).toBe(500)
    expect(gh.state.comments(owner, repo, issue.number)).toHaveLength(0)
    expect(gh.stats.requests.at(-1)?.status).toBe(0)

    gh.faults.inject({ kind: 'drop', method: 'POST' })
    const octokit = new RetryOctokit({ auth: 't', baseUrl: gh.url, retry: { retryAfterBaseValue: 5 } })
    await octokit.rest.issues.createComment({ owner, repo, issue_number: issue.number, body: 'y' })
    expect(gh.state.comments(owner, repo, issue.number).map((c) => c.body)).toEqual(['y'])
  })

  it('latency delays the answer, then handles the request normally', async () => {
    gh.faults.inject({ kind: 'latency', latencyMs: 300, times: 2 })
    const started = Date.now()
    const octokit = client()
    await octokit.rest.repos.get({ owner, repo })
    await octokit.rest.repos.get({ owner, repo })
    expect(Date.now() - started).toBeGreaterThanOrEqual(590)
    const quick = Date.now()
    await octokit.rest.repos.get({ owner, repo })
    expect(Date.now() - quick).toBeLessThan(250)
  })

  it('hook runs its callback before the matching request, which then sees what the callback did', async () => {
    const moved: string[] = []
    gh.faults.inject({
      kind: 'hook',
      route: 'GET /repos/{owner}/{repo}/git/ref/{ref}',
      run: () => {
        moved.push(gh.state.commitFiles(owner, repo, 'main', { 'x.txt': 'concurrent' }).sha)
      }
    })
    const octokit = client()
    const first = await octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' })
    const second = await octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' })
    expect(moved).toHaveLength(1)
    expect(first.data.object.sha).toBe(moved[0])
    expect(second.data.object.sha).toBe(moved[0])
  })

  it('matches faults by method and route, and skips other requests', async () => {
    gh.faults.inject({
      method: 'PATCH',
      route: 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
      kind: 'status500',
      times: Infinity
    })
    const issue = gh.state.createIssue(owner, repo, { title: 'Plan' })
    const octokit = client()
    const comment = await octokit.rest.issues.createComment({ owner, repo, issue_number: issue.number, body: 'a' })
    expect(
      await statusOf(octokit.rest.issues.updateComment({ owner, repo, comment_id: comment.data.id, body: 'b' }))
    ).toBe(500)
    expect(
      await statusOf(octokit.rest.issues.updateComment({ owner, repo, comment_id: comment.data.id, body: 'b' }))
    ).toBe(500)
    expect(gh.state.comment(owner, repo, comment.data.id)?.body).toBe('a')
    expect(gh.faults.pending()).toBe(1)
  })
})

describe('issues and labels', () => {
  it('creates, updates and lists issues with filters; pull requests carry pull_request', async () => {
    const octokit = client()
    const created = await octokit.rest.issues.create({
      owner,
      repo,
      title: 'Drift in prod',
      body: 'b',
      labels: ['drift']
    })
    expect(created.status).toBe(201)
    expect(created.data).toMatchObject({
      number: 1,
      state: 'open',
      html_url: 'https://github.com/acme/live/issues/1',
      labels: [{ name: 'drift', color: 'ededed' }]
    })
    gh.state.createIssue(owner, repo, { title: 'Other', user: 'alice', labels: ['drift', 'prod'] })
    gh.state.createPull(owner, repo, { title: 'PR', head: 'feature' })

    const open = await octokit.rest.issues.listForRepo({ owner, repo })
    expect(open.data.map((i) => i.number)).toEqual([3, 2, 1])
    expect(open.data[0].pull_request?.html_url).toBe('https://github.com/acme/live/pull/3')
    expect(open.data[1].pull_request).toBeUndefined()
    const both = await octokit.rest.issues.listForRepo({ owner, repo, labels: 'drift,prod' })
    expect(both.data.map((i) => i.number)).toEqual([2])
    const byCreator = await octokit.rest.issues.listForRepo({ owner, repo, creator: 'alice', direction: 'asc' })
    expect(byCreator.data.map((i) => i.number)).toEqual([2])

    const closed = await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: 1,
      state: 'closed',
      state_reason: 'not_planned',
      labels: ['resolved']
    })
    expect(closed.data).toMatchObject({ state: 'closed', state_reason: 'not_planned', labels: [{ name: 'resolved' }] })
    expect(closed.data.closed_at).not.toBeNull()
    expect((await octokit.rest.issues.listForRepo({ owner, repo, state: 'closed' })).data.map((i) => i.number)).toEqual(
      [1]
    )
    expect((await octokit.rest.issues.listForRepo({ owner, repo, state: 'all' })).data).toHaveLength(3)
    const reopened = await octokit.rest.issues.update({ owner, repo, issue_number: 1, state: 'open' })
    expect(reopened.data.state_reason).toBe('reopened')
    expect(await statusOf(octokit.rest.issues.create({ owner, repo, title: '' }))).toBe(422)
    expect(await statusOf(octokit.rest.issues.get({ owner, repo, issue_number: 99 }))).toBe(404)
  })

  it('creates, gets and lists labels, adds them to issues and removes them', async () => {
    const octokit = client()
    const label = await octokit.rest.issues.createLabel({
      owner,
      repo,
      name: 'env:prod',
      color: 'b60205',
      description: 'Production'
    })
    expect(label.status).toBe(201)
    const duplicate = await rejection(
      octokit.rest.issues.createLabel({ owner, repo, name: 'ENV:PROD', color: 'b60205' })
    )
    expect(duplicate.status).toBe(422)
    expect(duplicate.response?.data.errors).toEqual([{ resource: 'Label', code: 'already_exists', field: 'name' }])
    expect((await octokit.rest.issues.getLabel({ owner, repo, name: 'env:prod' })).data.description).toBe('Production')
    expect(await statusOf(octokit.rest.issues.getLabel({ owner, repo, name: 'missing' }))).toBe(404)

    const issue = gh.state.createIssue(owner, repo, { title: 'x' })
    const added = await octokit.rest.issues.addLabels({
      owner,
      repo,
      issue_number: issue.number,
      labels: ['env:prod', 'new']
    })
    expect(added.data.map((l) => l.name)).toEqual(['env:prod', 'new'])
    expect((await octokit.rest.issues.listLabelsForRepo({ owner, repo })).data.map((l) => l.name)).toEqual([
      'env:prod',
      'new'
    ])
    const removed = await octokit.rest.issues.removeLabel({ owner, repo, issue_number: issue.number, name: 'env:prod' })
    expect(removed.data.map((l) => l.name)).toEqual(['new'])
    const missing = await rejection(
      octokit.rest.issues.removeLabel({ owner, repo, issue_number: issue.number, name: 'env:prod' })
    )
    expect(missing.status).toBe(404)
    expect(missing.message).toMatch(/Label does not exist/)
  })
})

describe('pull requests', () => {
  it('filters by head owner:branch, base and state', async () => {
    gh.state.createPull(owner, repo, { title: 'A', head: 'feature-a' })
    gh.state.createPull(owner, repo, { title: 'B', head: 'feature-b' })
    gh.state.setRef(owner, repo, 'release', gh.state.ref(owner, repo, 'main') as string)
    gh.state.createPull(owner, repo, { title: 'C', head: 'feature-c', base: 'release' })
    const octokit = client()
    const byHead = await octokit.rest.pulls.list({ owner, repo, head: 'acme:feature-a' })
    expect(byHead.data.map((p) => p.title)).toEqual(['A'])
    expect(byHead.data[0].head).toMatchObject({ ref: 'feature-a', label: 'acme:feature-a' })
    expect((await octokit.rest.pulls.list({ owner, repo, head: 'someone-else:feature-a' })).data).toEqual([])
    // Like GitHub, a head without the owner prefix filters nothing.
    expect((await octokit.rest.pulls.list({ owner, repo, head: 'feature-a' })).data).toHaveLength(3)
    expect((await octokit.rest.pulls.list({ owner, repo, base: 'release' })).data.map((p) => p.title)).toEqual(['C'])
    await octokit.rest.pulls.update({ owner, repo, pull_number: 2, state: 'closed' })
    expect((await octokit.rest.pulls.list({ owner, repo })).data.map((p) => p.number)).toEqual([3, 1])
    expect((await octokit.rest.pulls.list({ owner, repo, state: 'closed' })).data.map((p) => p.number)).toEqual([2])
  })

  it('creates pull requests with GitHub validation, reviews and requested reviewers', async () => {
    const octokit = client()
    gh.state.commitFiles(owner, repo, 'promote/prod', { 'environments/prod/values.yaml': 'tag: v2\n' })
    const created = await octokit.rest.pulls.create({
      owner,
      repo,
      title: 'Promote',
      head: 'promote/prod',
      base: 'main'
    })
    expect(created.status).toBe(201)
    expect(created.data).toMatchObject({
      number: 1,
      state: 'open',
      html_url: 'https://github.com/acme/live/pull/1',
      head: { ref: 'promote/prod', sha: gh.state.ref(owner, repo, 'promote/prod') },
      base: { ref: 'main' },
      user: { login: 'github-actions[bot]' }
    })
    const again = await rejection(
      octokit.rest.pulls.create({ owner, repo, title: 'Again', head: 'acme:promote/prod', base: 'main' })
    )
    expect(again.status).toBe(422)
    expect(again.message).toMatch(/A pull request already exists for acme:promote\/prod/)
    gh.state.setRef(owner, repo, 'empty', gh.state.ref(owner, repo, 'main') as string)
    const empty = await rejection(
      octokit.rest.pulls.create({ owner, repo, title: 'Empty', head: 'empty', base: 'main' })
    )
    expect(empty.message).toMatch(/No commits between main and empty/)
    expect(await statusOf(octokit.rest.pulls.create({ owner, repo, title: 'X', head: 'nope', base: 'main' }))).toBe(422)

    gh.state.setToken('ghp_alice', 'alice')
    gh.state.setPermission(owner, repo, 'alice', 'write')
    gh.state.addTeam(owner, 'sre', [{ login: 'bob' }])
    const requested = await octokit.rest.pulls.requestReviewers({
      owner,
      repo,
      pull_number: 1,
      reviewers: ['alice'],
      team_reviewers: ['sre']
    })
    expect(requested.status).toBe(201)
    const reviewers = await octokit.rest.pulls.listRequestedReviewers({ owner, repo, pull_number: 1 })
    expect(reviewers.data.users.map((u) => u.login)).toEqual(['alice'])
    expect(reviewers.data.teams.map((t) => t.slug)).toEqual(['sre'])
    expect(
      await statusOf(octokit.rest.pulls.requestReviewers({ owner, repo, pull_number: 1, reviewers: ['mallory'] }))
    ).toBe(422)

    const own = await rejection(octokit.rest.pulls.createReview({ owner, repo, pull_number: 1, event: 'APPROVE' }))
    expect(own.status).toBe(422)
    expect(own.message).toMatch(/Can not approve your own pull request/)
    const review = await client('ghp_alice').rest.pulls.createReview({
      owner,
      repo,
      pull_number: 1,
      event: 'APPROVE',
      body: 'ok'
    })
    expect(review.data).toMatchObject({ state: 'APPROVED', user: { login: 'alice' }, commit_id: created.data.head.sha })
    gh.state.addReview(owner, repo, 1, { user: 'bob', state: 'CHANGES_REQUESTED' })
    const reviews = await octokit.rest.pulls.listReviews({ owner, repo, pull_number: 1 })
    expect(reviews.data.map((r) => [r.user?.login, r.state])).toEqual([
      ['alice', 'APPROVED'],
      ['bob', 'CHANGES_REQUESTED']
    ])
    expect((await octokit.rest.pulls.listRequestedReviewers({ owner, repo, pull_number: 1 })).data.users).toEqual([])

    const updated = await octokit.rest.pulls.update({ owner, repo, pull_number: 1, title: 'Promote v2', body: 'notes' })
    expect(updated.data).toMatchObject({ title: 'Promote v2', body: 'notes' })
    const fetched = await octokit.rest.pulls.get({ owner, repo, pull_number: 1 })
    expect(fetched.data.title).toBe('Promote v2')
  })
})

describe('teams and permissions', () => {
  it('reports team membership active vs pending, 404 for non-members', async () => {
    gh.state.addTeam(owner, 'sre-team', [
      { login: 'alice', state: 'active', role: 'maintainer' },
      { login: 'bob', state: 'pending' }
    ])
    const octokit = client()
    const alice = await octokit.rest.teams.getMembershipForUserInOrg({
      org: owner,
      team_slug: 'sre-team',
      username: 'alice'
    })
    expect(alice.data).toMatchObject({ state: 'active', role: 'maintainer' })
    const bob = await octokit.rest.teams.getMembershipForUserInOrg({
      org: owner,
      team_slug: 'sre-team',
      username: 'bob'
    })
    expect(bob.data).toMatchObject({ state: 'pending', role: 'member' })
    expect(
      await statusOf(
        octokit.rest.teams.getMembershipForUserInOrg({ org: owner, team_slug: 'sre-team', username: 'carol' })
      )
    ).toBe(404)
    expect(
      await statusOf(octokit.rest.teams.getMembershipForUserInOrg({ org: owner, team_slug: 'nope', username: 'alice' }))
    ).toBe(404)
    const members = await octokit.rest.teams.listMembersInOrg({ org: owner, team_slug: 'sre-team' })
    expect(members.data.map((m) => m.login)).toEqual(['alice'])
  })

  it('reports collaborator permission', async () => {
    gh.state.setPermission(owner, repo, 'alice', 'admin')
    gh.state.setPermission(owner, repo, 'bob', 'maintain')
    gh.state.addUser('carol')
    const octokit = client()
    const permission = (username: string) =>
      octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username }).then((r) => r.data)
    expect(await permission('alice')).toMatchObject({
      permission: 'admin',
      role_name: 'admin',
      user: { login: 'alice' }
    })
    expect(await permission('bob')).toMatchObject({ permission: 'write', role_name: 'maintain' })
    expect(await permission('carol')).toMatchObject({ permission: 'none' })
    expect(await statusOf(permission('nobody'))).toBe(404)
  })
})

describe('assignees and edits (what approval-gate relies on)', () => {
  it('checks who can be assigned, and refuses an issue with an assignee who cannot be', async () => {
    gh.state.setPermission(owner, repo, 'alice', 'write')
    gh.state.setPermission(owner, repo, 'rita', 'read')
    gh.state.addTeam(owner, 'readers', [{ login: 'otto' }])
    gh.state.setPermission(owner, repo, 'otto', 'read')
    const octokit = client()
    const can = (assignee: string) => statusOf(octokit.rest.issues.checkUserCanBeAssigned({ owner, repo, assignee }))
    expect([await can('alice'), await can('otto'), await can('rita'), await can('nobody')]).toEqual([
      'resolved',
      'resolved',
      404,
      404
    ])
    const refused = await rejection(
      octokit.rest.issues.create({ owner, repo, title: 'Approve', assignees: ['alice', 'rita'] })
    )
    expect(refused.status).toBe(422)
    expect(refused.response?.data.errors).toEqual([
      { value: 'rita', resource: 'Issue', field: 'assignees', code: 'invalid' }
    ])
    const created = await octokit.rest.issues.create({ owner, repo, title: 'Approve', assignees: ['alice'] })
    expect(created.data.assignees?.map((a) => a.login)).toEqual(['alice'])
  })

  it('records who edited a comment or an issue body and when (updated_at, GraphQL lastEditedAt/editor)', async () => {
    gh.state.setToken('ghp_mallory', 'mallory')
    const issue = gh.state.createIssue(owner, repo, { title: 'Approve', body: 'rules' })
    const comment = gh.state.addComment(owner, repo, issue.number, { body: 'looks fine', user: 'alice' })
    const graphql = getOctokit('token', { baseUrl: gh.url }).graphql
    const read = () =>
      graphql<{ node: unknown; repository: { issue: unknown } }>(
        `query { node(id: "${comment.nodeId}") { ... on IssueComment { lastEditedAt editor { login } } }
          repository(owner: "acme", name: "live") { issue(number: ${issue.number}) { lastEditedAt editor { login } author { login } } } }`
      )
    expect(await read()).toEqual({
      node: { lastEditedAt: null, editor: null },
      repository: { issue: { lastEditedAt: null, editor: null, author: { login: 'github-actions[bot]' } } }
    })
    const mallory = client('ghp_mallory')
    const edited = await mallory.rest.issues.updateComment({ owner, repo, comment_id: comment.id, body: '/approve' })
    await mallory.rest.issues.update({ owner, repo, issue_number: issue.number, body: 'other rules' })
    expect(edited.data.body).toBe('/approve')
    const after = (await read()) as { node: { lastEditedAt: string }; repository: { issue: { lastEditedAt: string } } }
    expect(after).toMatchObject({
      node: { editor: { login: 'mallory' } },
      repository: { issue: { editor: { login: 'mallory' } } }
    })
    expect(after.node.lastEditedAt).toBe(gh.state.comment(owner, repo, comment.id)?.updatedAt)
    // A title-only change is not a body edit.
    const before = gh.state.requireIssue(owner, repo, issue.number).lastEditedAt
    await mallory.rest.issues.update({ owner, repo, issue_number: issue.number, title: 'Renamed' })
    expect(gh.state.requireIssue(owner, repo, issue.number).lastEditedAt).toBe(before)
    gh.state.deleteComment(owner, repo, comment.id)
    expect(gh.state.comments(owner, repo, issue.number)).toEqual([])
  })
})

describe('git data and contents', () => {
  it('reads and writes refs, blobs, trees and commits like the git database API', async () => {
    const octokit = client()
    const main = await octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' })
    expect(main.data).toMatchObject({ ref: 'refs/heads/main', object: { type: 'commit' } })
    const parent = main.data.object.sha
    const parentCommit = await octokit.rest.git.getCommit({ owner, repo, commit_sha: parent })
    const blob = await octokit.rest.git.createBlob({ owner, repo, content: 'hello\n' })
    expect(blob.status).toBe(201)
    expect(blob.data.sha).toBe('ce013625030ba8dba906f756967f9e9ca394464a') // git hash-object of "hello\n"
    const tree = await octokit.rest.git.createTree({
      owner,
      repo,
      base_tree: parentCommit.data.tree.sha,
      tree: [
        { path: 'environments/dev/values.yaml', mode: '100644', type: 'blob', content: 'tag: v1\n' },
        { path: 'hello.txt', mode: '100644', type: 'blob', sha: blob.data.sha }
      ]
    })
    const commit = await octokit.rest.git.createCommit({
      owner,
      repo,
      message: 'Promote',
      tree: tree.data.sha,
      parents: [parent]
    })
    expect(commit.status).toBe(201)
    const branch = await octokit.rest.git.createRef({
      owner,
      repo,
      ref: 'refs/heads/promote/dev',
      sha: commit.data.sha
    })
    expect(branch.status).toBe(201)
    expect(
      await statusOf(octokit.rest.git.createRef({ owner, repo, ref: 'refs/heads/promote/dev', sha: parent }))
    ).toBe(422)
    const fetched = await octokit.rest.git.getRef({ owner, repo, ref: 'heads/promote/dev' })
    expect(fetched.data.object.sha).toBe(commit.data.sha)
    const matching = await octokit.rest.git.listMatchingRefs({ owner, repo, ref: 'heads/promote' })
    expect(matching.data.map((r) => r.ref)).toEqual(['refs/heads/promote/dev'])

    const recursive = await octokit.rest.git.getTree({ owner, repo, tree_sha: tree.data.sha, recursive: 'true' })
    expect(recursive.data.tree.map((e) => e.path)).toEqual(
      expect.arrayContaining([
        'environments',
        'environments/dev',
        'environments/dev/values.yaml',
        'hello.txt',
        'README.md'
      ])
    )
    const stale = await rejection(octokit.rest.git.updateRef({ owner, repo, ref: 'heads/promote/dev', sha: parent }))
    expect(stale.message).toMatch(/Update is not a fast forward/)
    await octokit.rest.git.updateRef({ owner, repo, ref: 'heads/promote/dev', sha: parent, force: true })
    expect(gh.state.ref(owner, repo, 'promote/dev')).toBe(parent)
    expect((await octokit.rest.git.deleteRef({ owner, repo, ref: 'heads/promote/dev' })).status).toBe(204)
    expect(await statusOf(octokit.rest.git.getRef({ owner, repo, ref: 'heads/promote/dev' }))).toBe(404)
  })

  it('reads and writes files through the contents API and compares branches', async () => {
    const octokit = client()
    gh.state.commitFiles(owner, repo, 'main', { 'environments/dev/app.yaml': 'image: v1\n' })
    const file = await octokit.rest.repos.getContent({ owner, repo, path: 'environments/dev/app.yaml' })
    const data = file.data as { content: string; sha: string; encoding: string; type: string }
    expect(data.type).toBe('file')
    expect(Buffer.from(data.content, 'base64').toString()).toBe('image: v1\n')
    const dir = await octokit.rest.repos.getContent({ owner, repo, path: 'environments' })
    expect((dir.data as Array<{ name: string; type: string }>).map((e) => [e.name, e.type])).toEqual([['dev', 'dir']])
    expect(await statusOf(octokit.rest.repos.getContent({ owner, repo, path: 'nope.txt' }))).toBe(404)

    gh.state.setRef(owner, repo, 'promote', gh.state.ref(owner, repo, 'main') as string)
    const content = Buffer.from('image: v2\n').toString('base64')
    const noSha = await rejection(
      octokit.rest.repos.createOrUpdateFileContents({
        owner,
        repo,
        path: 'environments/dev/app.yaml',
        message: 'm',
        content,
        branch: 'promote'
      })
    )
    expect(noSha.status).toBe(422)
    const wrongSha = await statusOf(
      octokit.rest.repos.createOrUpdateFileContents({
        owner,
        repo,
        path: 'environments/dev/app.yaml',
        message: 'm',
        content,
        branch: 'promote',
        sha: 'a'.repeat(40)
      })
    )
    expect(wrongSha).toBe(409)
    const put = await octokit.rest.repos.createOrUpdateFileContents({
      owner,
      repo,
      path: 'environments/dev/app.yaml',
      message: 'Promote dev to v2',
      content,
      branch: 'promote',
      sha: data.sha
    })
    expect(put.status).toBe(200)
    expect(gh.state.readFile(owner, repo, 'environments/dev/app.yaml', 'promote')).toBe('image: v2\n')
    expect(gh.state.readFile(owner, repo, 'environments/dev/app.yaml')).toBe('image: v1\n')
    const created = await octokit.rest.repos.createOrUpdateFileContents({
      owner,
      repo,
      path: 'environments/qa/app.yaml',
      message: 'Add qa',
      content,
      branch: 'promote'
    })
    expect(created.status).toBe(201)

    const compare = await octokit.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: 'main...promote' })
    expect(compare.data).toMatchObject({ status: 'ahead', ahead_by: 2, behind_by: 0, total_commits: 2 })
    expect(compare.data.commits.map((c) => c.commit.message)).toEqual(['Promote dev to v2', 'Add qa'])
    expect(compare.data.files?.map((f) => [f.filename, f.status, f.additions, f.deletions])).toEqual([
      ['environments/dev/app.yaml', 'modified', 1, 1],
      ['environments/qa/app.yaml', 'added', 1, 0]
    ])
  })
})

describe('GraphQL', () => {
  it('answers viewer, enables auto-merge, commits on a branch and minimizes comments', async () => {
    const octokit = getOctokit('token', { baseUrl: gh.url })
    const viewer = await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }')
    expect(viewer).toEqual({ viewer: { login: 'github-actions[bot]' } })

    const pull = gh.state.createPull(owner, repo, { title: 'Bump', head: 'bump' })
    const enabled = await octokit.graphql<{ enablePullRequestAutoMerge: unknown }>(
      `mutation($id: ID!, $mergeMethod: PullRequestMergeMethod) {
        enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: $mergeMethod }) {
          pullRequest { number autoMergeRequest { mergeMethod } }
        }
      }`,
      { id: pull.nodeId, mergeMethod: 'SQUASH' }
    )
    expect(enabled).toEqual({
      enablePullRequestAutoMerge: { pullRequest: { number: pull.number, autoMergeRequest: { mergeMethod: 'SQUASH' } } }
    })
    expect(gh.state.pull(owner, repo, pull.number)?.autoMerge).toMatchObject({
      mergeMethod: 'SQUASH',
      enabledBy: 'github-actions[bot]'
    })
    expect((await client().rest.pulls.get({ owner, repo, pull_number: pull.number })).data.auto_merge).toMatchObject({
      merge_method: 'squash'
    })
    await expect(
      octokit.graphql('mutation { enablePullRequestAutoMerge(input: {pullRequestId: "PR_nope"}) { clientMutationId } }')
    ).rejects.toThrow(/Could not resolve to a node with the global id of 'PR_nope'/)

    const head = gh.state.ref(owner, repo, 'main') as string
    const committed = await octokit.graphql<{ createCommitOnBranch: { commit: { oid: string } } }>(
      `mutation($input: CreateCommitOnBranchInput!) { createCommitOnBranch(input: $input) { commit { oid url } } }`,
      {
        input: {
          branch: { repositoryNameWithOwner: 'acme/live', branchName: 'main' },
          message: { headline: 'Pin prod to v1.2.3' },
          expectedHeadOid: head,
          fileChanges: {
            additions: [{ path: 'environments/prod/tag', contents: Buffer.from('v1.2.3\n').toString('base64') }]
          }
        }
      }
    )
    expect(committed.createCommitOnBranch.commit.oid).toBe(gh.state.ref(owner, repo, 'main'))
    expect(gh.state.readFile(owner, repo, 'environments/prod/tag')).toBe('v1.2.3\n')
    await expect(
      octokit.graphql(
        `mutation($input: CreateCommitOnBranchInput!) { createCommitOnBranch(input: $input) { commit { oid } } }`,
        {
          input: {
            branch: { repositoryNameWithOwner: 'acme/live', branchName: 'main' },
            message: { headline: 'stale' },
            expectedHeadOid: head,
            fileChanges: {}
          }
        }
      )
    ).rejects.toThrow(/Expected branch to point to/)

    const comment = gh.state.addComment(owner, repo, pull.number, { body: 'old plan' })
    const minimized = await octokit.graphql<{ minimizeComment: { minimizedComment: unknown } }>(
      `mutation { minimizeComment(input: { subjectId: "${comment.nodeId}", classifier: OUTDATED }) { minimizedComment { isMinimized minimizedReason } } }`
    )
    expect(minimized.minimizeComment.minimizedComment).toEqual({ isMinimized: true, minimizedReason: 'outdated' })
    expect(gh.state.comment(owner, repo, comment.id)?.minimized).toEqual({ reason: 'outdated' })
  })

  it('records GraphQL fields it does not implement', async () => {
    const octokit = getOctokit('token', { baseUrl: gh.url })
    await expect(
      octokit.graphql('mutation { mergePullRequest(input: {pullRequestId: "x"}) { clientMutationId } }')
    ).rejects.toThrow()
    expect(() => gh.assertNoUnknownRoutes()).toThrow(/POST \/graphql mutation mergePullRequest/)
    gh.takeUnknownRoutes()
  })

  it('parses aliases, fragments, variables and literals', () => {
    const operation = parseOperation(
      `query Q($n: Int!) { # comment
        a: repository(owner: "acme", name: "live") { ...F pullRequest(number: $n) { id } }
      }
      fragment F on Repository { nameWithOwner }`,
      { n: 3 }
    )
    expect(operation.type).toBe('query')
    expect(operation.selections[0]).toMatchObject({
      alias: 'a',
      name: 'repository',
      args: { owner: 'acme', name: 'live' }
    })
    expect(operation.selections[0].selections.map((s) => [s.name, s.args])).toEqual([
      ['nameWithOwner', {}],
      ['pullRequest', { number: 3 }]
    ])
  })
})

describe('GHES base URL', () => {
  it('serves REST under /api/v3 and GraphQL under /api/graphql', async () => {
    const issue = gh.state.createIssue(owner, repo, { title: 'x' })
    for (let i = 0; i < 3; i++) gh.state.addComment(owner, repo, issue.number, { body: `c${i}` })
    const octokit = getOctokit('token', { baseUrl: `${gh.url}/api/v3` })
    const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: issue.number, body: 'ghes' })
    expect(created.status).toBe(201)
    expect(created.data.url).toBe(`${gh.url}/api/v3/repos/acme/live/issues/comments/${created.data.id}`)
    const page = await octokit.rest.issues.listComments({ owner, repo, issue_number: issue.number, per_page: 2 })
    expect(page.headers.link).toContain(
      `<${gh.url}/api/v3/repos/acme/live/issues/${issue.number}/comments?per_page=2&page=2>; rel="next"`
    )
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: issue.number,
      per_page: 2
    })
    expect(all).toHaveLength(4)
    const viewer = await octokit.graphql<{ viewer: { login: string } }>('{ viewer { login } }')
    expect(viewer.viewer.login).toBe('github-actions[bot]')
    expect(gh.stats.requests.map((r) => r.route)).toContain('POST /graphql')
    expect(gh.unknownRoutes).toEqual([])
  })
})
