/**
 * Shared setup for the terragrunt-plan-comment integration tests: a workspace holding a copy of examples/ (the live
 * repository under `live/`, its local modules under `modules/`), the fake terragrunt/tofu driven by a scenario, the
 * bundled action run through the harness, and readers for what the action produced.
 */
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, relative, sep } from 'node:path'
import { pullRequestEvent } from '../../harness/events.js'
import { repoRoot, runAction } from '../../harness/run-action.js'
import type { RunOptions, RunResult } from '../../harness/run-action.js'
import type { PullRecord } from '../../emulators/github/index.js'
import { FAKE_BIN_DIR, PLAN_FIXTURES, readCalls } from '../../emulators/terragrunt/harness.js'
import type { FakeCall, FakeScenario } from '../../emulators/terragrunt/harness.js'

export const OWNER = 'acme'
export const REPO = 'live'
export const ACTION = 'terragrunt-plan-comment'
/** The working-directory input: the live repository inside the workspace. */
export const LIVE = 'live'

export const markerFor = (key = 'default'): string => `<!-- gitops-actions:${ACTION}:${key} -->`
export const MARKER = markerFor()

/** The units of examples/live. */
export const U = {
  devVpc: 'non-production/development/vpc',
  devApp: 'non-production/development/app',
  devDb: 'non-production/development/db',
  devDns: 'non-production/development/dns',
  prodVpc: 'production/prod/vpc',
  prodApp: 'production/prod/app'
} as const
export const ALL_UNITS = Object.values(U).sort()

export const NO_CHANGES = 'No changes. Your infrastructure matches the configuration.\n'

// ---------------------------------------------------------------------------------------------------------------
// Workspaces and runs

const created: string[] = []

/** A fresh workspace with a copy of examples/ (live repo at `live/`, modules at `modules/`). */
export async function exampleWorkspace(): Promise<string> {
  const ws = await mkdtemp(join(tmpdir(), 'tpc-ws-'))
  created.push(ws)
  await cp(join(repoRoot, 'examples'), ws, { recursive: true })
  return ws
}

/** An empty workspace directory of our own (removed by `cleanup`). */
export async function emptyDir(prefix = 'tpc-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  created.push(dir)
  return dir
}

/** Removes the workspaces and the harness's run directories these tests created. */
export async function cleanup(): Promise<void> {
  await Promise.all(created.splice(0).map((d) => rm(d, { recursive: true, force: true })))
}

export interface PlanRun extends RunResult {
  /** Every fake terragrunt/tofu process of this run. */
  calls: FakeCall[]
  /** Text of the report-path file ('' when there is none). */
  report: string
  /** Absolute path of the Terragrunt root of the run. */
  root: string
}

export interface PlanRunOptions {
  workspace: string
  scenario?: FakeScenario
  inputs?: Record<string, string>
  event?: RunOptions['event']
  apiUrl?: string
  sha?: string
  /** Directories first on PATH; the fake terragrunt/tofu by default. */
  path?: string[]
  /** Extra environment for the step (e.g. HOME). */
  env?: Record<string, string>
  timeoutMs?: number
}

let runCounter = 0
/**
 * Runs the bundled action in `workspace` with the fake terragrunt/tofu first on PATH. Inputs default to the
 * live repo, every unit (`changed-only: false`) and a token; pass `changed-only: 'true'` for the PR-scoped tests.
 */
export async function runPlan(options: PlanRunOptions): Promise<PlanRun> {
  const n = ++runCounter
  const scenarioFile = join(options.workspace, `.fake-scenario-${n}.json`)
  const callsFile = join(options.workspace, `.fake-calls-${n}.jsonl`)
  await writeFile(scenarioFile, JSON.stringify(options.scenario ?? {}))
  const inputs = {
    'github-token': 'ghs_integration',
    'working-directory': LIVE,
    'changed-only': 'false',
    ...options.inputs
  }
  const env = { ...options.env, FAKE_TG_SCENARIO: scenarioFile, FAKE_TG_CALLS: callsFile }
  const result = await runAction({
    action: ACTION,
    inputs,
    event: options.event,
    apiUrl: options.apiUrl,
    workspace: options.workspace,
    path: options.path ?? [FAKE_BIN_DIR],
    env,
    sha: options.sha,
    timeoutMs: options.timeoutMs
  })
  const reportPath = result.outputs['report-path']
  const report = reportPath ? await readFile(reportPath, 'utf8').catch(() => '') : ''
  // The harness keeps its runner files in a temp dir beside the workspace: remove it with ours.
  if (reportPath) created.push(dirname(dirname(reportPath)))
  return { ...result, calls: await readCalls(env), report, root: join(options.workspace, inputs['working-directory']) }
}

/** Units (relative to `root`, sorted) that the fake tofu planned. */
export function plannedUnits(run: PlanRun): string[] {
  return run.calls
    .filter((c) => c.bin === 'tofu' && c.argv[0] === 'plan')
    .map((c) => relative(run.root, c.cwd).split(sep).join('/') || '.')
    .sort()
}

/** A recorded pull_request payload for `pr` at `headSha` (default: the PR's head). */
export function prEvent(pr: PullRecord, headSha = pr.headSha): NonNullable<RunOptions['event']> {
  return {
    name: 'pull_request',
    payload: pullRequestEvent({ owner: OWNER, repo: REPO, number: pr.number, headSha, headRef: pr.head })
  }
}

/** The error annotations, and the last one (what core.setFailed printed). */
export function failure(run: RunResult): string | undefined {
  return run.annotations.filter((a) => a.level === 'error').at(-1)?.message
}

/** Every file of examples/, keyed by its path in the repository (live/..., modules/...), for the GitHub emulator. */
export async function exampleFiles(): Promise<Record<string, string>> {
  const base = join(repoRoot, 'examples')
  const files: Record<string, string> = {}
  const walk = async (dir: string): Promise<void> => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, e.name)
      if (e.isDirectory()) await walk(path)
      else files[relative(base, path).split(sep).join('/')] = await readFile(path, 'utf8')
    }
  }
  await walk(base)
  return files
}

// ---------------------------------------------------------------------------------------------------------------
// Fixtures

export function fixtureText(name: string): Promise<string> {
  return readFile(join(PLAN_FIXTURES, `${name}.txt`), 'utf8')
}

export function fixtureJson(name: string): Promise<string> {
  return readFile(join(PLAN_FIXTURES, `${name}.json`), 'utf8')
}

export interface Expected {
  add: number
  change: number
  destroy: number
  replace: number
  import: number
  move: number
}

/**
 * What a plan text says about itself: add/change/destroy/import from its `Plan:` line, replacements from its
 * `must be replaced` headers and moves from the `(moved from …)` notes of the planned actions (not the drift
 * section). Computed from the fixture, independently of the action's parsers.
 */
export function expectedFromText(text: string): Expected {
  const plan = /^Plan: (?:(\d+) to import, )?(\d+) to add, (\d+) to change, (\d+) to destroy/m.exec(text)
  const actions = text.split(/^(?:OpenTofu|Terraform) will perform the following actions:$/m)[1] ?? ''
  return {
    add: Number(plan?.[2] ?? 0),
    change: Number(plan?.[3] ?? 0),
    destroy: Number(plan?.[4] ?? 0),
    import: Number(plan?.[1] ?? 0),
    replace: (actions.match(/^\s*# \S+ must be replaced$/gm) ?? []).length,
    move: (actions.match(/^\s*# \(moved from \S+\)$/gm) ?? []).length
  }
}

export function sumExpected(list: Expected[]): Expected {
  const total: Expected = { add: 0, change: 0, destroy: 0, replace: 0, import: 0, move: 0 }
  for (const e of list) for (const k of Object.keys(total) as (keyof Expected)[]) total[k] += e[k]
  return total
}

/** The outputs for the counts, as strings, for comparing with `expectedFromText` sums. */
export function countOutputs(run: RunResult): Record<keyof Expected, number> {
  const o = run.outputs
  return {
    add: Number(o.add),
    change: Number(o.change),
    destroy: Number(o.destroy),
    replace: Number(o.replace),
    import: Number(o.import),
    move: Number(o.move)
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Markdown readers

export interface FencedBlock {
  /** Length of the backtick fence. */
  ticks: number
  info: string
  body: string
}

/**
 * Splits markdown the way CommonMark sees backtick fences: an opening line of ≥ 3 backticks (up to 3 spaces
 * indented, no backtick in the info string) runs to a line of at least as many backticks and nothing else, or to the
 * end of the document. Returns the text outside fences and the blocks.
 */
export function splitFences(markdown: string): { outside: string; blocks: FencedBlock[] } {
  const outside: string[] = []
  const blocks: FencedBlock[] = []
  let open: { ticks: number; info: string; lines: string[] } | undefined
  for (const line of markdown.split('\n')) {
    if (open) {
      const close = /^ {0,3}(`{3,})[ \t]*$/.exec(line)
      if (close && close[1].length >= open.ticks) {
        blocks.push({ ticks: open.ticks, info: open.info, body: open.lines.join('\n') })
        open = undefined
      } else open.lines.push(line)
      continue
    }
    const start = /^ {0,3}(`{3,})([^`]*)$/.exec(line)
    if (start) open = { ticks: start[1].length, info: start[2].trim(), lines: [] }
    else outside.push(line)
  }
  if (open) blocks.push({ ticks: open.ticks, info: open.info, body: open.lines.join('\n') })
  return { outside: outside.join('\n'), blocks }
}

/** The table row of `unit` (`| <code>unit</code> | …`), or undefined. */
export function tableRow(markdown: string, unit: string): string | undefined {
  return markdown.split('\n').find((l) => l.startsWith(`| <code>${unit}</code> |`))
}

/** Rows of the unit table. */
export function tableRows(markdown: string): string[] {
  return markdown.split('\n').filter((l) => l.startsWith('| <code>'))
}

/** Opening `<details>` lines of unit sections, by unit path. */
export function detailsUnits(markdown: string): string[] {
  return [...markdown.matchAll(/^<details><summary><code>([^<]*)<\/code>/gm)].map((m) => m[1])
}

/** The fenced block inside the `<details>` of `unit`. */
export function unitBlock(markdown: string, unit: string): FencedBlock | undefined {
  const start = markdown.indexOf(`<details><summary><code>${unit}</code>`)
  if (start < 0) return undefined
  return splitFences(markdown.slice(start)).blocks[0]
}

/** Markdown backslash escapes undone (`random_string.delete\[0\]` → `random_string.delete[0]`). */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\`*_[\]{}()#+\-.!|~<>])/g, '$1')
}

/** The `> …` callout lines. */
export function callout(markdown: string): string {
  return markdown
    .split('\n')
    .filter((l) => l.startsWith('>'))
    .join('\n')
}

export function longestBacktickRun(text: string): number {
  return Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length))
}
