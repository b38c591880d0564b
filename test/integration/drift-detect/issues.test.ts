/**
 * drift-detect end to end on one run (no shards): the bundle against the fake terragrunt replaying recorded plans and
 * the GitHub emulator. The issue lifecycle: created, updated in place, closed when clean, kept open on error, closed
 * as removed; the ignore rule; the cap on new issues; look-alikes of other authors left alone.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { emulatorForTests } from '../../emulators/github/jest.js'
import {
  OWNER,
  PLANS,
  REPO,
  U,
  cleanup,
  exampleWorkspace,
  failure,
  json,
  payloadOf,
  runDrift,
  scenario,
  unitMarker
} from './helpers.js'

const gh = await emulatorForTests({ owner: OWNER, repo: REPO })
afterAll(cleanup)

const issues = () => gh.state.issues(OWNER, REPO).filter((i) => !i.pull)
const issueOf = (unit: string) => issues().filter((i) => (i.body ?? '').includes(unitMarker(unit)))
const comments = (n: number) => gh.state.comments(OWNER, REPO, n)

describe('drift-detect on one run', () => {
  it('classifies drift, unapplied, clean and error from the JSON plans and keeps one issue per drifted unit through its life', async () => {
    const ws = await exampleWorkspace()
    const lookAlike = gh.state.createIssue(OWNER, REPO, {
      title: 'Drift detected in live/production/prod/vpc',
      body: `${unitMarker(U.prodVpc)}\nnot ours`,
      labels: ['drift'],
      user: 'mallory'
    })

    // Run 1: two units drift (one through relevant_attributes, one node_count reverted by the plan).
    const first = await runDrift({
      workspace: ws,
      gh,
      scenario: scenario({
        [U.devVpc]: PLANS.drift,
        [U.devDb]: PLANS.nodeCount,
        [U.devApp]: PLANS.unapplied,
        [U.prodApp]: PLANS.error
      })
    })
    expect(json(first, 'drifted-units')).toEqual([U.devDb, U.devVpc])
    expect(json(first, 'unapplied-units')).toEqual([U.devApp])
    // prod/app failed to plan (state lock); nothing depends on it.
    expect(json(first, 'errored-units')).toEqual([U.prodApp])
    expect(first.outputs.drifted).toBe('true')
    expect(first.outputs['issues-opened']).toBe('2')
    expect(failure(first)).toMatch(/^1 unit\(s\) could not be planned: live\/production\/prod\/app/)
    const [vpcIssue] = issueOf(U.devVpc)
    const [dbIssue] = issueOf(U.devDb)
    expect(issueOf(U.devVpc)).toHaveLength(1)
    expect(vpcIssue.title).toBe(`Drift detected in ${U.devVpc}`)
    expect(vpcIssue.labels).toEqual(['drift'])
    expect(vpcIssue.body).toContain('<code>tfcoremock_simple_resource.base_after</code>')
    expect(vpcIssue.body).toContain('<code>string</code>')
    expect(vpcIssue.body).toContain('Also changed in the code but not applied (1)')
    expect(vpcIssue.body).toContain('```diff')
    expect(dbIssue.body).toContain('<code>node_count</code>')
    const p1 = payloadOf(dbIssue.body)!
    expect(p1).toMatchObject({ unit: U.devDb, status: 'drift', runsDrifted: 1 })
    expect(p1.firstSeen).toBe(p1.lastSeen)
    expect(first.summary).toContain('2 drifted, 1 unapplied, 1 errored, 2 clean unit(s)')

    // Run 2: same drift: the same issues, updated in place.
    const second = await runDrift({
      workspace: ws,
      gh,
      scenario: scenario({ [U.devVpc]: PLANS.drift, [U.devDb]: PLANS.nodeCount })
    })
    expect(second.exitCode).toBe(0)
    expect(second.outputs['issues-updated']).toBe('2')
    expect(second.outputs['issues-opened']).toBe('0')
    expect(issueOf(U.devDb)).toHaveLength(1)
    const p2 = payloadOf(issueOf(U.devDb)[0].body)!
    expect(p2).toMatchObject({ runsDrifted: 2, firstSeen: p1.firstSeen })
    expect((p2.lastSeen as string) > (p1.lastSeen as string)).toBe(true)

    // Run 3: vpc is clean now, db cannot be planned: vpc's issue is closed with a comment, db's stays open.
    const third = await runDrift({ workspace: ws, gh, scenario: scenario({ [U.devDb]: PLANS.error }) })
    expect(third.outputs['issues-closed']).toBe('1')
    expect(issueOf(U.devVpc)[0]).toMatchObject({ state: 'closed', stateReason: 'completed' })
    expect(comments(vpcIssue.number).at(-1)?.body).toMatch(/^No drift in <code>.*<\/code> any more/)
    expect(payloadOf(issueOf(U.devVpc)[0].body)).toMatchObject({ status: 'resolved', runsDrifted: 2 })
    expect(issueOf(U.devDb)[0].state).toBe('open')
    expect(payloadOf(issueOf(U.devDb)[0].body)).toMatchObject({ runsDrifted: 2 })
    expect(json(third, 'errored-units')).toEqual([U.devDb])

    // Run 4: vpc drifts again: its issue is reopened (not a new one) as a new episode. db's unit is gone: removed.
    await rm(join(ws, U.devDb), { recursive: true })
    const fourth = await runDrift({ workspace: ws, gh, scenario: scenario({ [U.devVpc]: PLANS.drift }) })
    expect(fourth.outputs['issues-opened']).toBe('1')
    expect(fourth.outputs['issues-closed']).toBe('1')
    expect(issueOf(U.devVpc)).toHaveLength(1)
    expect(issueOf(U.devVpc)[0].state).toBe('open')
    expect(payloadOf(issueOf(U.devVpc)[0].body)).toMatchObject({ status: 'drift', runsDrifted: 1 })
    expect(issueOf(U.devDb)[0]).toMatchObject({ state: 'closed', stateReason: 'not_planned' })
    expect(comments(dbIssue.number).at(-1)?.body).toMatch(/no longer exists.*Closing as removed/)

    // Someone else's look-alike was never touched.
    const after = gh.state.issue(OWNER, REPO, lookAlike.number)!
    expect(after).toMatchObject({ state: 'open', body: lookAlike.body })
    expect(comments(lookAlike.number)).toHaveLength(0)
  })

  it('an ignore rule silences a node_count drift (and its revert): clean, no issue', async () => {
    const run = await runDrift({
      workspace: await exampleWorkspace(),
      gh,
      scenario: scenario({ [U.devDb]: PLANS.nodeCount }),
      inputs: { ignore: 'google_container_node_pool.*:node_count', 'fail-on-drift': 'true' }
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.drifted).toBe('false')
    expect(json(run, 'drifted-units')).toEqual([])
    expect(issues()).toHaveLength(0)
  })

  it('a unit that fails to plan does not hide the drift of the units that depend on it', async () => {
    const run = await runDrift({
      workspace: await exampleWorkspace(),
      gh,
      scenario: scenario({ [U.devVpc]: PLANS.error, [U.devApp]: PLANS.nodeCount }),
      inputs: { issues: 'off' }
    })
    expect(json(run, 'errored-units')).toEqual([U.devVpc])
    expect(json(run, 'drifted-units')).toEqual([U.devApp])
  })

  it('opens at most max-new-issues, lists the rest, and fails on drift when asked', async () => {
    gh.state.setPermission(OWNER, REPO, 'alice', 'write') // assignable
    const run = await runDrift({
      workspace: await exampleWorkspace(),
      gh,
      scenario: scenario({ [U.devVpc]: PLANS.drift, [U.devDb]: PLANS.nodeCount, [U.prodVpc]: PLANS.nodeCount }),
      inputs: { 'max-new-issues': '1', 'fail-on-drift': 'true', labels: 'drift, infra', assignees: '@alice' }
    })
    expect(json(run, 'drifted-units')).toHaveLength(3)
    expect(run.outputs['issues-opened']).toBe('1')
    expect(issues()).toHaveLength(1)
    expect(issues()[0]).toMatchObject({ labels: ['drift', 'infra'], assignees: ['alice'] })
    expect(run.summary).toContain('Not opened (max-new-issues reached): 2 drifted unit(s)')
    expect(failure(run)).toBe('3 unit(s) drifted and fail-on-drift is true')
  })

  it('opens the issue without assignees GitHub refuses, with a warning naming the input', async () => {
    const run = await runDrift({
      workspace: await exampleWorkspace(),
      gh,
      scenario: scenario({ [U.devDb]: PLANS.nodeCount }),
      inputs: { assignees: 'nobody-here' }
    })
    expect(run.outputs['issues-opened']).toBe('1')
    expect(issues()[0].assignees).toEqual([])
    expect(run.annotations).toContainEqual({
      level: 'warning',
      message: expect.stringMatching(/^Input 'assignees': GitHub refused nobody-here/) as unknown as string
    })
  })

  it('summary mode keeps one issue with the table of the units', async () => {
    const ws = await exampleWorkspace()
    const run = await runDrift({
      workspace: ws,
      gh,
      scenario: scenario({ [U.devVpc]: PLANS.drift, [U.devApp]: PLANS.unapplied, [U.prodApp]: PLANS.error }),
      inputs: { issues: 'summary' }
    })
    expect(run.outputs['issues-opened']).toBe('1')
    expect(issues()).toHaveLength(1)
    const body = issues()[0].body ?? ''
    expect(body).toContain('<!-- gitops-actions:drift-summary:live -->')
    expect(body).toMatch(/\| <code>live\/non-production\/development\/vpc<\/code> \| drift \|/)
    expect(body).toMatch(/\| <code>live\/production\/prod\/app<\/code> \| error \|/)
    const clean = await runDrift({ workspace: ws, gh, inputs: { issues: 'summary' } })
    expect(clean.outputs['issues-closed']).toBe('1')
    expect(issues()[0].state).toBe('closed')
  })

  it.each([
    [{ shard: '5/4' }, /^Input 'shard' has invalid value '5\/4': expected i\/N/],
    [{ 'list-shards': 'true', aggregate: 'true' }, /^Input 'aggregate' has invalid value 'true'/],
    [{ ignore: 'google_container_node_pool.*:' }, /^Input 'ignore' has invalid value/],
    [{ mode: 'refresh' }, /^Input 'mode' has invalid value 'refresh': expected one of plan, refresh-only/],
    [{ aggregate: 'true' }, /^Input 'report-dir' is empty/]
  ])('rejects %j in one line', async (inputs, message) => {
    const run = await runDrift({ workspace: await exampleWorkspace(), gh, inputs })
    expect(run.exitCode).toBe(1)
    expect(failure(run)).toMatch(message)
    expect(issues()).toHaveLength(0)
  })
})
