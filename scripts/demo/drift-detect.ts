/**
 * Demo stages 5 and 6: two nights of drift-detect over acme/live. Night one: someone changed the development VPC in
 * the console, so drift-detect opens an issue for it. Night two: the drift was fixed, so the issue is closed.
 */
import { PLANS, U, runDrift, scenario } from '../../test/integration/drift-detect/helpers.js'
import type { FakeUnit } from '../../test/emulators/terragrunt/harness.js'
import { Expectations, brief, errorsOf } from './step.js'
import type { DemoContext, DemoStep, StepOutcome } from './step.js'

const INPUTS = { 'working-directory': 'live', 'tf-binary': 'tofu', labels: 'drift' }
const OUTPUTS = ['drifted-units', 'issues-opened', 'issues-updated', 'issues-closed']

function driftIssues(ctx: DemoContext) {
  return ctx.gh.state.issues('acme', 'live').filter((i) => !i.pull && i.labels.includes('drift'))
}

async function night(ctx: DemoContext, n: number, units: Record<string, FakeUnit>) {
  const result = await runDrift({
    workspace: ctx.liveWorkspace,
    gh: ctx.gh,
    inputs: INPUTS,
    scenario: scenario(units),
    // The nightly run checks out main: the merge of the pull request.
    env: ctx.facts.liveMergeSha ? { GITHUB_SHA: ctx.facts.liveMergeSha } : {}
  })
  return { result, runs: [{ label: `drift job, night ${n}`, action: 'drift-detect', inputs: INPUTS, result }] }
}

export const driftNight1Step: DemoStep = {
  title: 'Nightly drift detection opens an issue',
  intro:
    'A nightly drift-detect plans every unit of acme/live read-only with the fake tofu. Someone changed the ' +
    'development VPC outside the code (a recorded real plan whose drift another resource reads); every other unit ' +
    'is clean. Expect exactly one issue, for that unit, listing the drifted resource and attribute.',
  async run(ctx: DemoContext): Promise<StepOutcome> {
    const { result, runs } = await night(ctx, 1, { [U.devVpc]: PLANS.drift })
    const issues = driftIssues(ctx)
    const expect = new Expectations()
    expect.check(result.exitCode === 0, `night 1 failed: ${errorsOf(result)}`)
    expect.check(result.outputs['drifted-units'] === JSON.stringify([U.devVpc]), 'only the VPC drifted')
    expect.check(
      issues.length === 1 && issues[0].state === 'open',
      `expected 1 open drift issue, found ${issues.length}`
    )
    if (issues[0]) ctx.facts.driftIssue = String(issues[0].number)
    return {
      ran: 'drift-detect on schedule over acme/live',
      result: [brief(result.outputs, OUTPUTS)],
      runs,
      problems: expect.problems
    }
  }
}

export const driftNight2Step: DemoStep = {
  title: 'Next night, the drift is fixed: issue closed',
  intro:
    'The VPC was put back. The next nightly run finds every unit clean: the drift issue gets a closing comment and ' +
    'is closed; no new issue is opened.',
  async run(ctx: DemoContext): Promise<StepOutcome> {
    const { result, runs } = await night(ctx, 2, {})
    const issues = driftIssues(ctx)
    const expect = new Expectations()
    expect.check(result.exitCode === 0, `night 2 failed: ${errorsOf(result)}`)
    expect.check(result.outputs['issues-closed'] === '1', `issues-closed is ${result.outputs['issues-closed']}`)
    expect.check(
      issues.length === 1 && String(issues[0].number) === ctx.facts.driftIssue && issues[0].state === 'closed',
      'the VPC issue is not closed (or another drift issue exists)'
    )
    return {
      ran: 'drift-detect on schedule over acme/live',
      result: [brief(result.outputs, OUTPUTS)],
      runs,
      problems: expect.problems
    }
  }
}
