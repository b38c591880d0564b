/**
 * drift-detect in the demo: two nights over examples/live. Night one: the VPC drifted (an attribute other resources
 * read), the node pool's node_count was changed in the console, the app has merged code not yet applied, prod/app
 * cannot be planned. Night two: the VPC was fixed. Shows the issues as GitHub stored them, the summary and outputs.
 */
import { cp, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { repoRoot } from '../../test/harness/run-action.js'
import { PLANS, U, runDrift, scenario } from '../../test/integration/drift-detect/helpers.js'
import { Expectations, section } from './step.js'
import type { DemoContext, DemoOutcome, DemoStep } from './step.js'

const OWNER = 'acme'
const REPO = 'live'

async function run({ gh, tempDir }: DemoContext): Promise<DemoOutcome> {
  const workspace = join(tempDir, 'workspace')
  await mkdir(workspace, { recursive: true })
  await cp(join(repoRoot, 'examples', 'live'), join(workspace, 'live'), { recursive: true })
  const expect = new Expectations()
  const issues = () => gh.state.issues(OWNER, REPO).filter((i) => !i.pull)

  const first = await runDrift({
    workspace,
    gh,
    scenario: scenario({
      [U.devVpc]: PLANS.drift,
      [U.devDb]: PLANS.nodeCount,
      [U.devApp]: PLANS.unapplied,
      [U.prodApp]: PLANS.error
    })
  })
  section(
    'Night 1: outputs',
    Object.entries(first.outputs)
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n')
  )
  section('Night 1: job summary', first.summary)
  for (const issue of issues()) section(`Issue #${issue.number}: ${issue.title}`, issue.body ?? '')
  expect.check(first.outputs['drifted-units'] === JSON.stringify([U.devDb, U.devVpc]), 'night 1: vpc and db drifted')
  expect.check(first.outputs['unapplied-units'] === JSON.stringify([U.devApp]), 'night 1: app is unapplied, not drift')
  expect.check(issues().length === 2, 'night 1: one issue per drifted unit')
  expect.check(first.exitCode === 1, 'night 1: the unit that could not be planned fails the step')

  const second = await runDrift({ workspace, gh, scenario: scenario({ [U.devDb]: PLANS.nodeCount }) })
  section(
    'Night 2 (the VPC was fixed): outputs',
    Object.entries(second.outputs)
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n')
  )
  const vpc = issues().find((i) => i.title.endsWith(U.devVpc))
  const closing = vpc ? gh.state.comments(OWNER, REPO, vpc.number).at(-1)?.body : undefined
  section('Night 2: closing comment on the VPC issue', closing ?? '(none)')
  expect.check(vpc?.state === 'closed', 'night 2: the VPC issue is closed')
  expect.check(second.outputs['issues-updated'] === '1', 'night 2: the node pool issue is updated in place')
  expect.check(issues().length === 2, 'night 2: no new issue')
  return expect.outcome()
}

export const driftDetectStep: DemoStep = {
  action: 'drift-detect',
  title: 'drift-detect: two nights of drift issues over examples/live',
  intro: [
    'Night 1: the development VPC drifted (an attribute the app reads), the node pool node_count was changed outside',
    'the code, the app has merged code that is not applied, prod/app cannot be planned (a state lock). Expect two',
    'issues (vpc, db), app reported as unapplied, prod/app as an error. Night 2: the VPC is clean again: its issue gets',
    'a closing comment and is closed; the node pool issue is updated in place (runs drifted: 2).'
  ],
  run
}
