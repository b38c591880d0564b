/**
 * `npm run demo`: runs each action's bundle (dist/<action>/index.js) the way a runner does, against the GitHub
 * emulator and the fake tools, and prints what a person would see. Each action adds one step to DEMO_STEPS.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startGitHubEmulator } from '../test/emulators/github/index.js'
import { banner } from './demo/step.js'
import type { DemoStep } from './demo/step.js'
import { driftDetectStep } from './demo/drift-detect.js'
import { terragruntPlanCommentStep } from './demo/terragrunt-plan-comment.js'

const DEMO_STEPS: DemoStep[] = [terragruntPlanCommentStep, driftDetectStep]

async function main(): Promise<number> {
  console.log(
    [
      'gitops-actions demo',
      '',
      'Each step below runs one action exactly as the GitHub runner would: `node dist/<action>/index.js` with INPUT_*',
      'variables, an event payload (a recorded real one) and the runner files, talking to an in-memory GitHub API',
      'emulator instead of api.github.com, and to fake terragrunt/tofu executables that replay recorded plans.',
      'Nothing leaves this machine. For each step you see the PR comment as GitHub stored it, the job summary, the',
      'step outputs, and the verdict (did the action do what it should?).',
      '',
      `Steps: ${DEMO_STEPS.map((s) => s.action).join(', ')}`
    ].join('\n')
  )
  const gh = await startGitHubEmulator({ owner: 'acme', repo: 'live' })
  const temp = await mkdtemp(join(tmpdir(), 'gitops-actions-demo-'))
  const verdicts: Array<{ step: DemoStep; ok: boolean; problems: string[]; seconds: number }> = []
  try {
    for (const [i, step] of DEMO_STEPS.entries()) {
      gh.reset()
      banner(`Step ${i + 1}/${DEMO_STEPS.length}: ${step.title}`)
      console.log(step.intro.join('\n'))
      const started = performance.now()
      let outcome
      try {
        outcome = await step.run({ gh, tempDir: await mkdtemp(join(temp, `${step.action}-`)) })
        const unknown = gh.takeUnknownRoutes()
        if (unknown.length > 0) {
          outcome.ok = false
          outcome.problems.push(`called routes GitHub does not have: ${JSON.stringify(unknown)}`)
        }
      } catch (e) {
        outcome = { ok: false, problems: [`the step crashed: ${(e as Error).stack ?? String(e)}`] }
      }
      verdicts.push({ step, ...outcome, seconds: (performance.now() - started) / 1000 })
    }
  } finally {
    await gh.close()
    await rm(temp, { recursive: true, force: true })
  }

  banner('Verdict')
  for (const v of verdicts) {
    console.log(`${v.ok ? 'OK  ' : 'FAIL'}  ${v.step.action} (${v.seconds.toFixed(1)} s)`)
    for (const p of v.problems) console.log(`        - ${p}`)
  }
  return verdicts.every((v) => v.ok) ? 0 : 1
}

process.exitCode = await main()
