/**
 * terragrunt-plan-comment end to end: whose comment it writes and when. A marked comment by someone else is left
 * alone; a run never overwrites the comment of a newer run; outputs and the summary come before the comment; a
 * failed run replaces the earlier commit's plan with a failure notice; redaction reaches the label and marker.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { parseMarkerData } from '../../../src/core/render/markdown.js'
import { emulatorForTests } from '../../emulators/github/jest.js'
import type { FakeScenario } from '../../emulators/terragrunt/harness.js'
import { MARKER, OWNER, REPO, U, cleanup, emptyDir, exampleWorkspace, failure, prEvent, runPlan } from './helpers.js'

const gh = await emulatorForTests({ owner: OWNER, repo: REPO })
afterAll(cleanup)

const comments = (n: number) => gh.state.comments(OWNER, REPO, n)
const bot = (n: number) => comments(n).filter((c) => c.user === 'github-actions[bot]')
const vpc: FakeScenario = { units: { [U.devVpc]: { fixture: 'tofu-equiv-moved_with_drift' } } }
/** A run of the vpc unit on `pr` as workflow run `id` (attempt 1 unless given). */
const planRun = async (
  pr: ReturnType<typeof gh.state.createPull>,
  id: number,
  opts: { sha?: string; attempt?: number; inputs?: Record<string, string>; env?: Record<string, string> } = {}
) =>
  runPlan({
    workspace: await exampleWorkspace(),
    scenario: vpc,
    apiUrl: gh.url,
    event: prEvent(pr, opts.sha ?? gh.state.pull(OWNER, REPO, pr.number)!.headSha),
    inputs: { units: U.devVpc, ...opts.inputs },
    env: {
      GITHUB_RUN_ID: String(id),
      GITHUB_RUN_NUMBER: String(id % 1000),
      GITHUB_RUN_ATTEMPT: String(opts.attempt ?? 1),
      ...opts.env
    }
  })
const payload = (body: string) => parseMarkerData(body) as Record<string, unknown>

describe('ownership', () => {
  it('leaves a comment by another user that carries our marker alone and creates its own', async () => {
    const pr = gh.state.createPull(OWNER, REPO, { title: 'Spoof', head: 'spoof' })
    const spoof = gh.state.addComment(OWNER, REPO, pr.number, {
      body: `${MARKER}\nNo changes. Ship it.`,
      user: 'mallory'
    })
    const run = await planRun(pr, 1000)
    expect(run.exitCode).toBe(0)
    const all = comments(pr.number)
    expect(all).toHaveLength(2)
    expect(all.find((c) => c.id === spoof.id)?.body).toBe(`${MARKER}\nNo changes. Ship it.`)
    const ours = bot(pr.number)
    expect(ours).toHaveLength(1)
    expect(ours[0].body).toContain('tofu')
    expect(run.outputs['comment-url']).toMatch(new RegExp(`#issuecomment-${ours[0].id}$`))
  })
})

describe('a newer run wins', () => {
  it('stamps the head SHA and run in the marker; an older run, or an older attempt, leaves the comment alone', async () => {
    const pr = gh.state.createPull(OWNER, REPO, { title: 'Race', head: 'race' })
    const newer = await planRun(pr, 2002, { attempt: 2 })
    expect(newer.exitCode).toBe(0)
    const [comment] = bot(pr.number)
    expect(payload(comment.body)).toMatchObject({
      schema: 2,
      headSha: pr.headSha,
      runId: 2002,
      runAttempt: 2,
      runNumber: 2
    })

    const older = await planRun(pr, 2001, { inputs: { label: '' } })
    expect(older.exitCode).toBe(0)
    expect(older.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringMatching(/^Left the plan comment .*run #2 \(started after this one\)/)
      })
    )
    const olderAttempt = await planRun(pr, 2002, { attempt: 1 })
    expect(olderAttempt.annotations.map((a) => a.message)).toContainEqual(
      expect.stringMatching(/attempt 2 of this run/)
    )
    expect(bot(pr.number).map((c) => [c.id, c.body])).toEqual([[comment.id, comment.body]])
    expect(older.outputs['comment-url']).toBeUndefined()
    // Its outputs and summary are still there.
    expect(older.outputs['has-changes']).toBe('true')
    expect(older.summary).toContain(U.devVpc)

    // A newer run (or a later attempt of the same run) replaces it.
    const later = await planRun(pr, 2003)
    expect(payload(bot(pr.number)[0].body)).toMatchObject({ runId: 2003 })
    expect(later.outputs['comment-url']).toMatch(new RegExp(`#issuecomment-${comment.id}$`))
  })

  it("a run that planned an older commit never replaces the comment about the PR's head, whatever its run id", async () => {
    const pr = gh.state.createPull(OWNER, REPO, { title: 'Stale', head: 'stale' })
    const oldSha = pr.headSha
    const head = gh.state.commitFiles(OWNER, REPO, pr.head, { 'live/x.txt': 'x\n' }).sha
    await planRun(pr, 3001, { sha: head })
    const [current] = bot(pr.number)
    expect(payload(current.body)).toMatchObject({ headSha: head })

    const stale = await planRun(pr, 3002, { sha: oldSha })
    expect(stale.annotations.map((a) => a.message)).toContainEqual(
      expect.stringContaining(
        `it shows ${head.slice(0, 7)}, the pull request's head, and this run planned ${oldSha.slice(0, 7)}`
      )
    )
    expect(bot(pr.number)[0].body).toBe(current.body)
  })
})

describe('write order and failures', () => {
  it('writes the outputs and the summary before the comment: a comment write that fails keeps them', async () => {
    const pr = gh.state.createPull(OWNER, REPO, { title: 'Down', head: 'down' })
    gh.faults.inject({
      route: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      times: 2,
      kind: 'status422'
    })
    try {
      const run = await planRun(pr, 4001)
      expect(run.exitCode).toBe(1)
      expect(run.outputs['has-changes']).toBe('true')
      expect(run.outputs['plan-hash']).toMatch(/^[0-9a-f]{64}$/)
      expect(run.summary).toContain(U.devVpc)
    } finally {
      gh.faults.clear()
    }
    expect(bot(pr.number)).toHaveLength(0)
  })

  it("replaces the earlier commit's plan with a failure notice for the new SHA when the next run fails", async () => {
    const pr = gh.state.createPull(OWNER, REPO, { title: 'Break', head: 'break' })
    await planRun(pr, 5001)
    const [before] = bot(pr.number)
    expect(before.body).toContain('moved')
    const head = gh.state.commitFiles(OWNER, REPO, pr.head, { 'live/y.txt': 'y\n' }).sha

    // Fails while choosing units (before any plan): the notice replaces our comment, it never starts a new one.
    const broken = await planRun(pr, 5002, { sha: head, inputs: { units: 'no/such/unit' } })
    expect(broken.exitCode).toBe(1)
    expect(failure(broken)).toMatch(/^Input 'units'/)
    const [after] = bot(pr.number)
    expect(after.id).toBe(before.id)
    expect(after.body).toContain(`### Plan: ❌ failed · <code>${head.slice(0, 7)}</code>`)
    expect(after.body).toContain(`The plan for <code>${head.slice(0, 7)}</code> could not be made`)
    expect(after.body).toMatch(/Input 'units'/)
    expect(after.body).not.toContain('moved')
    expect(payload(after.body)).toMatchObject({ headSha: head, runId: 5002, failed: true })
  })

  it('posts a failure notice when the run fails once planning started, even without an earlier comment', async () => {
    const pr = gh.state.createPull(OWNER, REPO, { title: 'Crash', head: 'crash' })
    const file = join(await emptyDir(), 'not-a-dir')
    await writeFile(file, '')
    const run = await planRun(pr, 6001, { env: { RUNNER_TEMP: join(file, 'tmp') } })
    expect(run.exitCode).toBe(1)
    const ours = bot(pr.number)
    expect(ours).toHaveLength(1)
    expect(ours[0].body).toContain('❌ failed')
    expect(ours[0].body).toContain(pr.headSha.slice(0, 7))
  })
})

describe('redaction', () => {
  it('masks the label in the title, the marker key and the marker payload', async () => {
    const pr = gh.state.createPull(OWNER, REPO, { title: 'Secret label', head: 'secret-label' })
    const run = await planRun(pr, 7001, { inputs: { label: 'env-S3CRET-9', redact: '/s3cret-\\d/i' } })
    expect(run.exitCode).toBe(0)
    const [comment] = bot(pr.number)
    expect(comment.body).not.toMatch(/S3CRET/i)
    expect(payload(comment.body)).toMatchObject({ label: 'env-***' })
    expect(run.summary).not.toMatch(/S3CRET/i)
  })
})
