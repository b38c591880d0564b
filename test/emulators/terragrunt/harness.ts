import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Folder holding the fake `terragrunt` and `tofu`; put it first on PATH. */
export const FAKE_BIN_DIR = resolve(dirname(fileURLToPath(import.meta.url)), 'bin')
export const FAKE_TERRAGRUNT = join(FAKE_BIN_DIR, 'terragrunt')
export const FAKE_TOFU = join(FAKE_BIN_DIR, 'tofu')
export const PLAN_FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/plans')

/** How one unit behaves in the fake tofu. */
export interface FakeUnit {
  /** A file name in test/fixtures/plans without extension: plan text from .txt, JSON plan from .json. */
  fixture?: string
  /** Inline plan text / JSON plan (string or object), instead of or over the fixture. */
  planText?: string
  planJson?: string | object
  /** `-detailed-exitcode` result; derived from the JSON plan or text when absent. */
  exitCode?: 0 | 1 | 2
  /** Spread the plan output over this many ms. */
  delayMs?: number
  /** The plan fails: this message (first line = summary) in an Error box on stderr, exit 1. */
  fail?: string
  /** Extra text on tofu's stderr (e.g. a warning). */
  stderr?: string
  /** The plan never ends; as a process it ignores the first SIGTERM/SIGINT (a graceful stop that never comes). */
  hang?: boolean
  /**
   * The unit's terragrunt.hcl does not parse: the test writes it with a stray top-level `}` and the fake reports the
   * real HCL diagnostic for it (errors.mjs parseDiagnostic; exit 97 when the file has none). From Terragrunt 1.0 the
   * whole run --all fails before any unit, before 1.0 only this unit fails.
   */
  parseError?: boolean
  /**
   * The unit's evaluated local `terraform { source }`, relative to the unit (`//` before the module's subdirectory):
   * the module is copied under the unit's `.terragrunt-cache` and the tf binary runs there, as Terragrunt does. The
   * fake evaluates no HCL, so the test states what Terragrunt would evaluate.
   */
  source?: string
  /** The unit's evaluated `inputs`, passed as `TF_VAR_<name>` (strings as they are, other values as JSON). */
  inputs?: Record<string, unknown>
}

export interface FakeScenario {
  terragruntVersion?: string
  tofuVersion?: string
  /** false: behave like a Terragrunt without `find`. */
  findSupported?: boolean
  /** Terragrunt runs `tofu init` before a unit's first command (default true). */
  autoInit?: boolean
  /** Keyed by unit path relative to the run's working dir (or any path suffix of the unit directory). */
  units?: Record<string, FakeUnit>
  /** The spec of every unit without an entry in `units` (never merged into an entry). */
  defaultUnit?: FakeUnit
}

/**
 * One line of FAKE_TG_CALLS. `start`/`end` are epoch ms of the call (the process's life, or the in-process tofu
 * call's); an in-process tofu call has the pid of the terragrunt process that ran it.
 */
export interface FakeCall {
  bin: 'terragrunt' | 'tofu'
  argv: string[]
  cwd: string
  /** tofu only: the scenario key of the unit it ran for. */
  unit?: string
  exitCode: number
  start: number
  end: number
  pid: number
}

export interface FakeRun {
  code: number
  stdout: string
  stderr: string
}

/** A temporary live repository: `units` maps unit dirs to terragrunt.hcl content; `files` adds any other file. */
export async function makeLiveRepo(units: Record<string, string>, files: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'fake-tg-'))
  for (const [unit, hcl] of Object.entries(units)) {
    await mkdir(join(dir, unit), { recursive: true })
    await writeFile(join(dir, unit, 'terragrunt.hcl'), hcl)
  }
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true })
    await writeFile(join(dir, path), content)
  }
  return dir
}

/** Writes the scenario next to the repo and returns the environment that points the fakes at it. */
export async function fakeEnv(dir: string, scenario: FakeScenario): Promise<Record<string, string>> {
  const scenarioFile = join(dir, '.fake-scenario.json')
  await writeFile(scenarioFile, JSON.stringify(scenario))
  return {
    PATH: `${FAKE_BIN_DIR}${delimiter}${process.env.PATH ?? ''}`,
    FAKE_TG_SCENARIO: scenarioFile,
    FAKE_TG_CALLS: join(dir, '.fake-calls.jsonl')
  }
}

export function runFake(
  bin: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string | undefined> }
): Promise<FakeRun> {
  return new Promise((resolvePromise, reject) => {
    const env: Record<string, string> = {}
    for (const [k, v] of Object.entries({ ...process.env, FAKE_TG_ROOT: undefined, ...options.env })) {
      if (v !== undefined) env[k] = v
    }
    const child = spawn(bin, args, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c))
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c))
    child.on('error', reject)
    child.on('close', (code) => resolvePromise({ code: code ?? -1, stdout, stderr }))
  })
}

export async function readCalls(env: Record<string, string>): Promise<FakeCall[]> {
  let text: string
  try {
    text = await readFile(env.FAKE_TG_CALLS, 'utf8')
  } catch {
    return []
  }
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as FakeCall)
}

/** The most processes alive at the same moment among `calls`. */
export function maxOverlap(calls: Pick<FakeCall, 'start' | 'end'>[]): number {
  const events = calls.flatMap((c) => [
    { t: c.start, d: 1 },
    { t: c.end, d: -1 }
  ])
  events.sort((a, b) => a.t - b.t || a.d - b.d)
  let current = 0
  let max = 0
  for (const e of events) {
    current += e.d
    max = Math.max(max, current)
  }
  return max
}
