/**
 * 200 units, parallelism 8, the fake terragrunt spending 200 ms per plan: the real bundle via the harness on a push
 * event (no comment, no API). Compared with the ideal ceil(200/8) × 0.2 s; the same with 0 ms shows the overhead.
 *
 * Works with either plan strategy of the bundle: one `terragrunt run --all … -- plan` for the whole run (the fake runs
 * its tofu calls in-process, so the only Node processes are the action's and terragrunt's) or a `terragrunt plan` +
 * `terragrunt show -json` per unit; the figures say which one was measured.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { pushEvent } from '../test/harness/events.js'
import { repoRoot, runAction } from '../test/harness/run-action.js'
import { FAKE_BIN_DIR } from '../test/emulators/terragrunt/harness.js'
import type { FakeCall, FakeScenario } from '../test/emulators/terragrunt/harness.js'
import { formatValue, median, since } from './stats.js'
import type { BenchResult, Benchmark, Figure } from './stats.js'

const UNITS = 200
const PARALLELISM = 8
const DELAY_MS = 200
const IDEAL_MS = Math.ceil(UNITS / PARALLELISM) * DELAY_MS

/** What `tofu plan` prints for one changed resource; under `-out` the fake turns the note into "Saved the plan to:". */
const PLAN_TEXT = `google_storage_bucket.logs: Refreshing state... [id=acme-logs]

OpenTofu used the selected providers to generate the following execution
plan. Resource actions are indicated with the following symbols:
  ~ update in-place

OpenTofu will perform the following actions:

  # google_storage_bucket.logs will be updated in-place
  ~ resource "google_storage_bucket" "logs" {
        id       = "acme-logs"
      ~ labels   = {
          ~ "team" = "web" -> "platform"
        }
        name     = "acme-logs"
        # (12 unchanged attributes hidden)
    }

Plan: 0 to add, 1 to change, 0 to destroy.

─────────────────────────────────────────────────────────────────────────────

Note: You didn't use the -out option to save this plan, so OpenTofu can't
guarantee to take exactly these actions if you run "tofu apply" now.
`

const PLAN_JSON = {
  format_version: '1.2',
  terraform_version: '1.10.6',
  resource_changes: [
    {
      address: 'google_storage_bucket.logs',
      mode: 'managed',
      type: 'google_storage_bucket',
      name: 'logs',
      provider_name: 'registry.opentofu.org/hashicorp/google',
      change: {
        actions: ['update'],
        before: { id: 'acme-logs', name: 'acme-logs', labels: { team: 'web' } },
        after: { id: 'acme-logs', name: 'acme-logs', labels: { team: 'platform' } },
        after_unknown: {}
      }
    }
  ],
  applyable: true,
  complete: true,
  errored: false
}

/** A fresh checkout: live/root.hcl and 200 units that include it (a new one per run, as CI checks out anew). */
async function makeWorkspace(dir: string): Promise<void> {
  await mkdir(join(dir, 'live'), { recursive: true })
  await writeFile(join(dir, 'live', 'root.hcl'), 'remote_state {\n  backend = "gcs"\n}\n')
  for (let i = 0; i < UNITS; i++) {
    const unit = join(dir, 'live', `env-${Math.floor(i / 20)}`, `unit-${String(i).padStart(3, '0')}`)
    await mkdir(unit, { recursive: true })
    await writeFile(join(unit, 'terragrunt.hcl'), 'include "root" {\n  path = find_in_parent_folders("root.hcl")\n}\n')
  }
}

/** How the bundle planned: one `terragrunt run --all` for all units, or terragrunt plan + show per unit. */
type Strategy = 'run --all' | 'per unit'

interface Run {
  wallMs: number
  strategy: Strategy
  /** From spawning the action to the first `tofu plan` starting: Node, bundle load, terragrunt --version, discovery. */
  startupMs: number
  /** Node processes of the fake tools (distinct pids in the calls log). */
  processes: number
  /** per unit: mean life of one unit's `terragrunt plan` / `terragrunt show` process (its tofu calls included). */
  planMs: number
  showMs: number
  /** Mean duration of one `tofu plan` call (in-process when the fake terragrunt runs the fake tofu). */
  tofuPlanMs: number
  /** run --all: life of the `terragrunt run --all` process. */
  runAllMs: number
  /** Why the run does not count (the action failed or planned something else), or undefined. */
  problem?: string
}

async function runOnce(base: string, delayMs: number, n: number): Promise<Run> {
  const dir = await mkdtemp(join(base, `run-${delayMs}-${n}-`))
  const workspace = join(dir, 'workspace')
  await makeWorkspace(workspace)
  const scenario: FakeScenario = {
    terragruntVersion: '0.93.4',
    // The units count as initialised (as with a restored .terraform or a warm CI cache): `tofu init` is tofu's cost,
    // the same whatever the action does, and with it on every fresh checkout the figure would measure the fake's
    // init, not the action's scheduling.
    autoInit: false,
    defaultUnit: { delayMs, planText: PLAN_TEXT, planJson: PLAN_JSON }
  }
  const scenarioFile = join(dir, 'scenario.json')
  const callsFile = join(dir, 'calls.jsonl')
  await writeFile(scenarioFile, JSON.stringify(scenario))
  const startEpoch = Date.now()
  const start = performance.now()
  const result = await runAction({
    action: 'terragrunt-plan-comment',
    inputs: {
      'working-directory': 'live',
      'tf-binary': 'tofu',
      parallelism: String(PARALLELISM),
      'plugin-cache': 'false',
      comment: 'off',
      'github-token': ''
    },
    event: {
      name: 'push',
      payload: pushEvent({ owner: 'acme', repo: 'live', sha: '0123456789abcdef0123456789abcdef01234567' })
    },
    workspace,
    path: [FAKE_BIN_DIR],
    env: { FAKE_TG_SCENARIO: scenarioFile, FAKE_TG_CALLS: callsFile, FAKE_TG_ROOT: join(workspace, 'live') },
    timeoutMs: 600_000
  })
  const wallMs = since(start)
  const calls = (await readFile(callsFile, 'utf8').catch(() => ''))
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as FakeCall)
  const tg = (cmd: string) => calls.filter((c) => c.bin === 'terragrunt' && c.argv[0] === cmd)
  const tofuPlans = calls.filter((c) => c.bin === 'tofu' && c.argv[0] === 'plan')
  const runAll = tg('run').filter((c) => c.argv.includes('--all'))
  const mean = (cs: FakeCall[]) => (cs.length ? cs.reduce((s, c) => s + c.end - c.start, 0) / cs.length : Number.NaN)
  const firstPlan = Math.min(...tofuPlans.map((c) => c.start))
  let units: Array<{ status: string }>
  try {
    units = JSON.parse(result.outputs['units-json'] ?? '[]') as Array<{ status: string }>
  } catch {
    units = []
  }
  await rm(dir, { recursive: true, force: true })
  return {
    wallMs,
    strategy: runAll.length > 0 ? 'run --all' : 'per unit',
    startupMs: firstPlan - startEpoch,
    processes: new Set(calls.map((c) => c.pid)).size,
    planMs: mean(tg('plan')),
    showMs: mean(tg('show')),
    tofuPlanMs: mean(tofuPlans),
    runAllMs: mean(runAll),
    problem:
      result.exitCode === 0 && units.length === UNITS && units.every((u) => u.status === 'changes')
        ? undefined
        : `exit ${result.exitCode}, ${units.length} unit(s) planned: ${(result.stderr || result.stdout).trim().split('\n').slice(-3).join(' | ')}`
  }
}

/** `node -e 0` spawned synchronously: the price of one Node process start here. */
function nodeStartMs(): number {
  const start = performance.now()
  spawnSync(process.execPath, ['-e', '0'], { env: { PATH: process.env.PATH ?? '' } })
  return since(start)
}

async function run(): Promise<BenchResult> {
  const bundle = join(repoRoot, 'dist', 'terragrunt-plan-comment', 'index.js')
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run npm run bundle first`)
  const runs = Number(process.env.BENCH_UNITS_RUNS ?? 3)
  const base = await mkdtemp(join(tmpdir(), 'bench-units-'))
  const all: Run[] = []
  const delayed: Run[] = []
  const instant: Run[] = []
  const nodeStarts: number[] = []
  try {
    // Interleaved, so a change in the machine's load hits both variants alike.
    for (let i = 0; i < runs; i++) {
      for (const [delay, into] of [
        [DELAY_MS, delayed],
        [0, instant]
      ] as const) {
        const r = await runOnce(base, delay, i)
        all.push(r)
        if (!r.problem) into.push(r)
      }
      for (let k = 0; k < 5; k++) nodeStarts.push(nodeStartMs())
    }
  } finally {
    await rm(base, { recursive: true, force: true })
  }
  const problems = all.flatMap((r) => r.problem ?? [])
  if (delayed.length === 0 || instant.length === 0) {
    throw new Error(`no usable run (each must plan all ${UNITS} units and exit 0): ${problems[0]}`)
  }
  const m = (rs: Run[], f: (r: Run) => number) => median(rs.map(f))
  const wall = m(delayed, (r) => r.wallMs)
  const wall0 = m(instant, (r) => r.wallMs)
  const startup0 = m(instant, (r) => r.startupMs)
  const slots = Math.ceil(UNITS / PARALLELISM)
  const perUnitSlot = (wall0 - startup0) / slots
  const nodeStart = median(nodeStarts)
  const perProcess = m(instant, (r) => r.processes) / UNITS
  const strategies = [...new Set(all.map((r) => r.strategy))]
  const strategy = strategies.length === 1 ? strategies[0] : undefined
  const nodeRef = `node -e 0 ${formatValue(nodeStart, 'ms')}`
  const figures: Figure[] = [
    {
      measure: `${UNITS} units × ${DELAY_MS} ms, parallelism ${PARALLELISM}: wall`,
      median: wall / 1000,
      unit: 's',
      runs: delayed.length,
      reference: `ideal ${slots} × ${DELAY_MS / 1000} s = ${formatValue(IDEAL_MS / 1000, 's')}`,
      ratio: wall / IDEAL_MS,
      target: '≤ 1.10× ideal',
      met: wall / IDEAL_MS <= 1.1
    },
    {
      measure: `same with 0 ms plans: wall`,
      median: wall0 / 1000,
      unit: 's',
      runs: instant.length,
      reference: `ideal 0 s`
    },
    {
      measure: 'startup: spawn → first tofu plan (0 ms)',
      median: startup0,
      unit: 'ms',
      runs: instant.length,
      reference: nodeRef,
      ratio: startup0 / nodeStart
    },
    {
      measure: `per-unit overhead per slot ((wall − startup) / ${slots})`,
      median: perUnitSlot,
      unit: 'ms',
      runs: instant.length,
      reference: nodeRef,
      ratio: perUnitSlot / nodeStart
    },
    ...(strategy === 'run --all'
      ? [
          {
            measure: 'terragrunt run --all process life (0 ms)',
            median: m(instant, (r) => r.runAllMs),
            unit: 'ms',
            runs: instant.length,
            reference: nodeRef,
            ratio: m(instant, (r) => r.runAllMs) / nodeStart
          },
          {
            measure: 'one unit: tofu plan call, in-process (0 ms)',
            median: m(instant, (r) => r.tofuPlanMs),
            unit: 'ms',
            runs: instant.length
          }
        ]
      : [
          {
            measure: 'one unit: terragrunt plan process life (0 ms)',
            median: m(instant, (r) => r.planMs),
            unit: 'ms',
            runs: instant.length,
            reference: nodeRef,
            ratio: m(instant, (r) => r.planMs) / nodeStart
          },
          {
            measure: 'one unit: terragrunt show -json process life (0 ms)',
            median: m(instant, (r) => r.showMs),
            unit: 'ms',
            runs: instant.length,
            reference: nodeRef,
            ratio: m(instant, (r) => r.showMs) / nodeStart
          }
        ])
  ]
  const notes = [
    strategy === 'run --all'
      ? `Strategy: one terragrunt run --all for the ${UNITS} units; the fake runs its tofu calls (plan, show -json) in-process, so the run starts ${(perProcess * UNITS).toFixed(0)} fake Node process(es) in all.`
      : `Strategy: ${strategy ?? strategies.join(' and ')}. Each unit costs ${perProcess.toFixed(1)} fake Node processes (a terragrunt plan and a terragrunt show per unit; the fake runs their tofu calls in-process); ${PARALLELISM} units at a time on ${availableParallelism()} core(s).`,
    'The harness gives the action a clean environment (no NODE_EXTRA_CA_CERTS), so the fake processes start without the extra CA bundle.',
    `A fresh checkout per run; units count as initialised (autoInit off: tofu init is tofu's cost, not the action's). Ratio of the first row: wall / ideal.`,
    ...(problems.length > 0
      ? [`WARNING: ${problems.length} run(s) left out (did not plan all ${UNITS} units and exit 0): ${problems[0]}`]
      : [])
  ]
  if (wall / IDEAL_MS > 1.1) {
    const cpuBound = wall0 >= wall * 0.85
    const perUnitCost =
      strategy === 'run --all'
        ? `With 0 ms plans the whole run still takes ${formatValue(wall0 / 1000, 's')}, ${formatValue(perUnitSlot, 'ms')} per slot of ${PARALLELISM} units. `
        : `Per-unit processes dominate: with 0 ms plans one unit's terragrunt plan + show still live ${formatValue(
            m(instant, (r) => r.planMs + r.showMs),
            'ms'
          )} (${perProcess.toFixed(0)} Node processes on contended CPU), against the ${DELAY_MS} ms plan. `
    notes.push(
      `Target missed. ` +
        perUnitCost +
        (cpuBound
          ? `The 0 ms run takes about as long as the ${DELAY_MS} ms one: the run is CPU-bound on ${availableParallelism()} core(s), the plan delays overlap with other work. `
          : '') +
        `Fixed cost before the first plan: ${formatValue(startup0, 'ms')} (Node, bundle, terragrunt --version, discovery).`
    )
  }
  return { figures, notes }
}

export const manyUnits: Benchmark = {
  id: 'units',
  title: `Plan ${UNITS} units, parallelism ${PARALLELISM} (real bundle, fake terragrunt)`,
  run
}
