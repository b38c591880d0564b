/**
 * terragrunt-plan-comment end to end, the policy inputs: `protected` (with `protected-override-label`), `on-empty`
 * and `comment: minimize`, through the bundle, the GitHub emulator and the fake terragrunt/tofu.
 */
import { afterAll, describe, expect, it, jest } from '@jest/globals'
import { emulatorForTests } from '../../emulators/github/jest.js'
import type { FakeScenario } from '../../emulators/terragrunt/harness.js'
import { MARKER, NO_CHANGES, OWNER, REPO, U, cleanup, exampleWorkspace, failure, prEvent, runPlan } from './helpers.js'

// Each test runs the bundle two or three times; a loaded machine must not turn that into a timeout.
jest.setTimeout(240_000)

const gh = await emulatorForTests({ owner: OWNER, repo: REPO })
afterAll(cleanup)

const comments = (n: number) => gh.state.comments(OWNER, REPO, n)
const bot = (n: number) => comments(n).filter((c) => c.user === 'github-actions[bot]')

const SQL = 'module.sql["eu"].google_sql_database_instance.main[0]'
/** A plan that replaces a Cloud SQL instance inside a module and destroys a bucket. */
const REPLACE_SQL = [
  'OpenTofu used the selected providers to generate the following execution',
  'plan. Resource actions are indicated with the following symbols:',
  '  - destroy',
  '-/+ destroy and then create replacement',
  '',
  'OpenTofu will perform the following actions:',
  '',
  `  # google_storage_bucket.logs will be destroyed`,
  '  - resource "google_storage_bucket" "logs" {',
  '      - name = "acme-logs" -> null',
  '    }',
  '',
  `  # ${SQL} must be replaced`,
  '-/+ resource "google_sql_database_instance" "main" {',
  '      ~ name = "sql-a" -> "sql-b" # forces replacement',
  '    }',
  '',
  'Plan: 1 to add, 0 to change, 2 to destroy.',
  ''
].join('\n')

const dbScenario = (planText: string): FakeScenario => ({ units: { [U.devDb]: { planText } } })

const run = async (
  pr: ReturnType<typeof gh.state.createPull>,
  planText: string,
  inputs: Record<string, string>,
  opts: { runId?: number; labels?: string[] } = {}
) => {
  const event = prEvent(pr, gh.state.pull(OWNER, REPO, pr.number)!.headSha)
  if (opts.labels)
    (event.payload as { pull_request: { labels: unknown } }).pull_request.labels = opts.labels.map((name) => ({ name }))
  return runPlan({
    workspace: await exampleWorkspace(),
    scenario: dbScenario(planText),
    apiUrl: gh.url,
    event,
    inputs: { units: U.devDb, ...inputs },
    env: { GITHUB_RUN_ID: String(opts.runId ?? 5000), GITHUB_RUN_NUMBER: String((opts.runId ?? 5000) % 1000) }
  })
}

describe('protected', () => {
  const PROTECT = { protected: 'google_sql_database_instance.*\nmodule.*.google_sql_database_instance.*' }

  it('fails the step on a protected replacement whatever fail-on says, the address at the top', async () => {
    const pr = gh.state.createPull(OWNER, REPO, { title: 'Resize SQL', head: 'sql' })
    const res = await run(pr, REPLACE_SQL, {
      ...PROTECT,
      'fail-on': 'never',
      'protected-override-label': 'allow-destroy'
    })
    expect(res.exitCode).toBe(1)
    expect(failure(res)).toBe(
      `Input 'protected': 1 protected resource(s) will be destroyed or replaced (${U.devDb}: replace ${SQL}); the label 'allow-destroy' allows it.`
    )
    expect(JSON.parse(res.outputs['protected-violations'])).toEqual([
      { unit: U.devDb, address: SQL, action: 'replace' }
    ])
    const [comment] = bot(pr.number)
    const lines = comment.body.split('\n')
    // Marker, payload, title, then the protected block before the callout.
    const heading = lines.indexOf('#### 🛡️ Protected resources')
    expect(lines.slice(0, heading).filter((l) => l !== '')).toHaveLength(3)
    expect(lines[heading + 2]).toBe('> [!CAUTION]')
    expect(lines[heading + 3]).toMatch(
      /^> \*\*1 protected resource will be destroyed or replaced\*\*, so this step fails unless the pull request carries the label <code>allow-destroy<\/code>\.$/
    )
    expect(lines[heading + 4]).toBe(
      `> - <code>${U.devDb}</code>: replace <code>module.sql\\[&quot;eu&quot;\\].google_sql_database_instance.main\\[0\\]</code>`
    )
    const callout = lines.findIndex((l, i) => i > heading + 4 && l.startsWith('> **'))
    expect(callout).toBeGreaterThan(heading + 4)
    expect(lines[callout]).toMatch(/will be destroyed/)
    // The unprotected bucket is only in the callout.
    expect(comment.body.indexOf('google_storage_bucket.logs')).toBeGreaterThan(comment.body.indexOf(lines[callout]))
    expect(res.summary).toContain('#### 🛡️ Protected resources')
  })

  it('passes with the override label read from the API, and the comment says the label allowed it', async () => {
    const pr = gh.state.createPull(OWNER, REPO, { title: 'Resize SQL', head: 'sql-ok', labels: ['Allow-Destroy'] })
    // The event was sent before the label was added: its copy has no label.
    const res = await run(pr, REPLACE_SQL, { ...PROTECT, 'protected-override-label': 'allow-destroy' }, { labels: [] })
    expect(res.exitCode).toBe(0)
    expect(JSON.parse(res.outputs['protected-violations'])).toEqual([
      { unit: U.devDb, address: SQL, action: 'replace' }
    ])
    const [comment] = bot(pr.number)
    expect(comment.body).toContain('#### 🛡️ Protected resources\n\n> [!WARNING]\n')
    expect(comment.body).toContain(
      'allowed by the label <code>allow-destroy</code> on this pull request, so the step passes.'
    )
    expect(res.annotations).toContainEqual({
      level: 'warning',
      message: "Protected resources will be destroyed or replaced; allowed by the label 'allow-destroy'."
    })
  })

  it('a label the event has but the pull request no longer has does not override', async () => {
    const pr = gh.state.createPull(OWNER, REPO, { title: 'Resize SQL', head: 'sql-removed' })
    const res = await run(
      pr,
      REPLACE_SQL,
      { ...PROTECT, 'protected-override-label': 'allow-destroy' },
      {
        labels: ['allow-destroy']
      }
    )
    expect(res.exitCode).toBe(1)
    expect(failure(res)).toMatch(/^Input 'protected': 1 protected resource/)
  })

  it('fails closed when the labels cannot be read', async () => {
    const pr = gh.state.createPull(OWNER, REPO, { title: 'Resize SQL', head: 'sql-422', labels: ['allow-destroy'] })
    gh.faults.inject({ route: 'GET /repos/{owner}/{repo}/issues/{issue_number}/labels', kind: 'status422', times: 5 })
    const res = await run(pr, REPLACE_SQL, { ...PROTECT, 'protected-override-label': 'allow-destroy' })
    expect(res.exitCode).toBe(1)
    expect(res.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringMatching(
          /^Input 'protected-override-label': The label could not be checked \(reading them from GitHub failed/
        )
      })
    )
    expect(bot(pr.number)[0].body).toContain('> The label could not be checked')
  })

  it('passes without a protected match; no block, empty violations', async () => {
    const pr = gh.state.createPull(OWNER, REPO, { title: 'Other', head: 'other' })
    const res = await run(pr, REPLACE_SQL, { protected: 'google_container_cluster.*', 'fail-on': 'never' })
    expect(res.exitCode).toBe(0)
    expect(res.outputs['protected-violations']).toBe('[]')
    expect(bot(pr.number)[0].body).not.toContain('Protected resources')
  })
})

describe('on-empty', () => {
  it('update: the comment of an earlier plan now says there are no changes', async () => {
    const pr = gh.state.createPull(OWNER, REPO, { title: 'Empty', head: 'empty-update' })
    await run(pr, REPLACE_SQL, {}, { runId: 6001 })
    const [before] = bot(pr.number)
    const res = await run(pr, NO_CHANGES, { 'on-empty': 'update' }, { runId: 6002 })
    expect(res.exitCode).toBe(0)
    const after = bot(pr.number)
    expect(after.map((c) => c.id)).toEqual([before.id])
    expect(after[0].body).toMatch(/^### .*: no changes/m)
    expect(res.outputs['comment-url']).toMatch(new RegExp(`#issuecomment-${before.id}$`))
  })

  it('delete: removes our comment, not a look-alike by someone else', async () => {
    const pr = gh.state.createPull(OWNER, REPO, { title: 'Empty', head: 'empty-delete' })
    await run(pr, REPLACE_SQL, {}, { runId: 6011 })
    const spoof = gh.state.addComment(OWNER, REPO, pr.number, { body: `${MARKER}\nlooks like ours`, user: 'mallory' })
    const res = await run(pr, NO_CHANGES, { 'on-empty': 'delete' }, { runId: 6012 })
    expect(res.exitCode).toBe(0)
    expect(comments(pr.number).map((c) => c.id)).toEqual([spoof.id])
    expect(res.outputs['comment-url']).toBeUndefined()
    // And with nothing of ours there, nothing is posted.
    const again = await run(pr, NO_CHANGES, { 'on-empty': 'delete' }, { runId: 6013 })
    expect(again.exitCode).toBe(0)
    expect(comments(pr.number).map((c) => c.id)).toEqual([spoof.id])
  })

  it('skip: posts nothing when there was no comment, updates one that exists', async () => {
    const pr = gh.state.createPull(OWNER, REPO, { title: 'Empty', head: 'empty-skip' })
    const first = await run(pr, NO_CHANGES, { 'on-empty': 'skip' }, { runId: 6021 })
    expect(first.exitCode).toBe(0)
    expect(comments(pr.number)).toEqual([])
    expect(first.summary).toMatch(/no changes/)

    await run(pr, REPLACE_SQL, { 'on-empty': 'skip' }, { runId: 6022 })
    const [withChanges] = bot(pr.number)
    expect(withChanges.body).toContain('will be destroyed')
    await run(pr, NO_CHANGES, { 'on-empty': 'skip' }, { runId: 6023 })
    const after = bot(pr.number)
    expect(after.map((c) => c.id)).toEqual([withChanges.id])
    expect(after[0].body).toMatch(/^### .*: no changes/m)
  })
})

describe('comment: minimize', () => {
  it('posts a new comment and hides our earlier ones as outdated, never a look-alike', async () => {
    const pr = gh.state.createPull(OWNER, REPO, { title: 'History', head: 'minimize' })
    const first = await run(pr, REPLACE_SQL, { comment: 'minimize' }, { runId: 7001 })
    expect(first.exitCode).toBe(0)
    const spoof = gh.state.addComment(OWNER, REPO, pr.number, { body: `${MARKER}\nlooks like ours`, user: 'mallory' })
    await run(pr, NO_CHANGES, { comment: 'minimize' }, { runId: 7002 })
    const third = await run(pr, REPLACE_SQL, { comment: 'minimize' }, { runId: 7003 })

    const all = comments(pr.number)
    const ours = bot(pr.number)
    expect(ours).toHaveLength(3)
    expect(ours.map((c) => c.minimized)).toEqual([{ reason: 'outdated' }, { reason: 'outdated' }, null])
    expect(all.find((c) => c.id === spoof.id)?.minimized).toBeNull()
    expect(third.outputs['comment-url']).toMatch(new RegExp(`#issuecomment-${ours[2].id}$`))
    // The third run hid only the second: the first was hidden already.
    const mutations = gh.stats.requests.filter(
      (r) => r.route === 'POST /graphql' && JSON.stringify(r.body ?? '').includes('minimizeComment')
    )
    expect(mutations).toHaveLength(2)
  })
})
