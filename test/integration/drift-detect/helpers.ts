/**
 * Shared setup for the drift-detect integration tests: the bundled action run through the harness with the fake
 * terragrunt/tofu replaying recorded plans, against the GitHub emulator.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { scheduleEvent } from '../../harness/events.js'
import { repoRoot, runAction } from '../../harness/run-action.js'
import type { RunResult } from '../../harness/run-action.js'
import type { GitHubEmulator } from '../../emulators/github/index.js'
import { FAKE_BIN_DIR } from '../../emulators/terragrunt/harness.js'
import type { FakeScenario, FakeUnit } from '../../emulators/terragrunt/harness.js'
import { GKE_NODE_COUNT_TEXT, gkeNodeCountDrift } from '../../fixtures/derived-plans.js'

export const OWNER = 'acme'
export const REPO = 'live'
export const ACTION = 'drift-detect'

/** The units of examples/live, as the workspace-relative paths the action reports. */
export const U = {
  devVpc: 'live/non-production/development/vpc',
  devApp: 'live/non-production/development/app',
  devDb: 'live/non-production/development/db',
  devDns: 'live/non-production/development/dns',
  prodVpc: 'live/production/prod/vpc',
  prodApp: 'live/production/prod/app'
} as const

/** Scenario keys are relative to the Terragrunt working directory (live/). */
export const key = (unit: string): string => unit.replace(/^live\//, '')

/** Recorded plans by what they are. */
export const PLANS: Record<string, FakeUnit> = {
  /** Terraform equivalence test moved_with_drift: drift read by another resource. */
  drift: { fixture: 'tofu-equiv-moved_with_drift' },
  /** node_count 3 → 5 outside the code (derived from tf-json-drift.json). */
  nodeCount: { planText: GKE_NODE_COUNT_TEXT, planJson: gkeNodeCountDrift() },
  unapplied: { fixture: 'tf-equiv-basic_multiline_string_update' },
  /** Output changes only: clean. */
  clean: { fixture: 'tf-equiv-variables_and_outputs' },
  error: { fail: 'Error acquiring the state lock\nLock Info:\n  ID: 5a2c7d3e' }
}

export function scenario(units: Record<string, FakeUnit>, defaultUnit: FakeUnit = PLANS.clean): FakeScenario {
  return {
    terragruntVersion: '0.93.4',
    units: Object.fromEntries(Object.entries(units).map(([u, spec]) => [key(u), spec])),
    defaultUnit
  }
}

const created: string[] = []

/** A fresh workspace with a copy of examples/ (the live repo at live/). */
export async function exampleWorkspace(): Promise<string> {
  const ws = await mkdtemp(join(tmpdir(), 'drift-ws-'))
  created.push(ws)
  await cp(join(repoRoot, 'examples'), ws, { recursive: true })
  return ws
}

/** A workspace with `count` units under live/env-<n>/unit-<nnn> (an empty root.hcl they include). */
export async function generatedWorkspace(count: number): Promise<string> {
  const ws = await mkdtemp(join(tmpdir(), 'drift-ws-'))
  created.push(ws)
  await mkdir(join(ws, 'live'), { recursive: true })
  await writeFile(join(ws, 'live', 'root.hcl'), 'remote_state {\n  backend = "gcs"\n}\n')
  await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const dir = join(ws, 'live', `env-${Math.floor(i / 50)}`, `unit-${String(i).padStart(3, '0')}`)
      await mkdir(dir, { recursive: true })
      await writeFile(join(dir, 'terragrunt.hcl'), 'include "root" {\n  path = find_in_parent_folders("root.hcl")\n}\n')
    })
  )
  return ws
}

export async function cleanup(): Promise<void> {
  await Promise.all(created.splice(0).map((d) => rm(d, { recursive: true, force: true })))
}

let runs = 0

export interface DriftRunOptions {
  workspace: string
  scenario?: FakeScenario
  inputs?: Record<string, string>
  gh?: GitHubEmulator
  env?: Record<string, string>
  timeoutMs?: number
}

/** Runs the bundle on a schedule event with the fake terragrunt first on PATH. */
export async function runDrift(o: DriftRunOptions): Promise<RunResult> {
  const n = ++runs
  const scenarioFile = join(o.workspace, `.fake-scenario-${n}.json`)
  await writeFile(scenarioFile, JSON.stringify(o.scenario ?? scenario({})))
  return runAction({
    action: ACTION,
    inputs: { 'github-token': 'ghs_integration', 'working-directory': 'live', ...o.inputs },
    event: { name: 'schedule', payload: scheduleEvent() },
    apiUrl: o.gh?.url,
    workspace: o.workspace,
    path: [FAKE_BIN_DIR],
    env: {
      FAKE_TG_SCENARIO: scenarioFile,
      FAKE_TG_CALLS: join(o.workspace, `.fake-calls-${n}.jsonl`),
      ...o.env
    },
    timeoutMs: o.timeoutMs
  })
}

export const json = (run: RunResult, output: string): unknown => JSON.parse(run.outputs[output] ?? 'null')

/** The last error annotation (what core.setFailed printed). */
export function failure(run: RunResult): string | undefined {
  return run.annotations.filter((a) => a.level === 'error').at(-1)?.message
}

export const unitMarker = (unit: string): string => `<!-- gitops-actions:drift:${unit} -->`

/** The marker payload of an issue body. */
export function payloadOf(body: string | null): Record<string, unknown> | undefined {
  const m = /<!-- gitops-actions-data:(.*?) -->/.exec(body ?? '')
  return m ? (JSON.parse(m[1]) as Record<string, unknown>) : undefined
}
