/**
 * `npm run demo`: plays the seed's pipeline end to end on the emulators, offline, running each action's bundle
 * (dist/<action>/index.js) the way a runner does, on the example repositories in examples/:
 *
 *   pull request on acme/live -> plan comment; merge -> approval for staging -> promote dev -> qa -> staging in
 *   acme/gitops -> Argo CD sync of staging -> nightly drift detection opens an issue, the next night closes it.
 *
 * Prints a short block per step and writes demo-report.md (or the file given with --report <path>) with every
 * comment, issue, pull request and job summary. Exits 1 when any step's result differs from what the scenario expects.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { approvalStep } from './demo/approval-gate.js'
import { syncStep } from './demo/argocd-sync-wait.js'
import { driftNight1Step, driftNight2Step } from './demo/drift-detect.js'
import { promoteStep } from './demo/promote-env.js'
import { changes, printStep, renderReport, snapshot } from './demo/report.js'
import type { StepRecord } from './demo/report.js'
import type { DemoContext, DemoStep, StepOutcome } from './demo/step.js'
import { planStep } from './demo/terragrunt-plan-comment.js'
import { createWorld } from './demo/world.js'

/** The pipeline, in order: each step builds on what the ones before it did. */
const PIPELINE: DemoStep[] = [planStep, approvalStep, promoteStep, syncStep, driftNight1Step, driftNight2Step]

function reportPath(argv: string[]): string {
  const at = argv.indexOf('--report')
  return resolve(at >= 0 && argv[at + 1] ? argv[at + 1] : 'demo-report.md')
}

async function main(): Promise<number> {
  const started = performance.now()
  const report = reportPath(process.argv.slice(2))
  console.log('gitops-actions demo: the whole pipeline on local emulators (GitHub, Argo CD, fake terragrunt/tofu).')
  console.log('Each step runs the bundled action as a runner would; nothing leaves this machine.')
  const temp = await mkdtemp(join(tmpdir(), 'gitops-actions-demo-'))
  const world = await createWorld(temp)
  const records: StepRecord[] = []
  const facts: Record<string, string> = {}
  try {
    for (const [i, step] of PIPELINE.entries()) {
      const ctx: DemoContext = { ...world, tempDir: await mkdtemp(join(temp, `step-${i + 1}-`)), facts }
      const before = snapshot(world.gh)
      const t0 = performance.now()
      let outcome: StepOutcome
      try {
        outcome = await step.run(ctx)
      } catch (e) {
        outcome = {
          ran: step.title,
          result: [],
          runs: [],
          problems: [`the step crashed: ${(e as Error).stack ?? String(e)}`]
        }
      }
      const unknown = world.gh.takeUnknownRoutes()
      if (unknown.length > 0) outcome.problems.push(`called routes GitHub does not have: ${JSON.stringify(unknown)}`)
      const record = {
        step,
        outcome,
        things: changes(before, snapshot(world.gh)),
        seconds: (performance.now() - t0) / 1000
      }
      records.push(record)
      printStep(i + 1, PIPELINE.length, record)
      // A later step builds on this one's result: stop at the first that went wrong.
      if (outcome.problems.length > 0) break
    }
  } finally {
    await world.close()
    await rm(temp, { recursive: true, force: true })
  }
  const seconds = (performance.now() - started) / 1000
  await writeFile(report, renderReport(records, seconds))
  const failed = records.filter((r) => r.outcome.problems.length > 0)
  const skipped = PIPELINE.length - records.length
  console.log(
    `\n${failed.length === 0 ? 'OK' : 'FAILED'}: ${records.length - failed.length} of ${PIPELINE.length} steps as expected` +
      `${skipped > 0 ? ` (${skipped} not run)` : ''} in ${seconds.toFixed(1)} s. Everything they posted: ${report}`
  )
  return failed.length === 0 && skipped === 0 ? 0 : 1
}

process.exitCode = await main()
