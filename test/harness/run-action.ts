import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, join, resolve } from 'node:path'
import { parse } from 'yaml'

export const repoRoot = resolve(import.meta.dirname, '../..')

export interface RunOptions {
  /** Action name: runs dist/<action>/index.js. */
  action: string
  /**
   * Inputs by their action.yml names; become INPUT_<NAME> as @actions/core reads them. Inputs not given get their
   * action.yml default, as the runner fills them in.
   */
  inputs?: Record<string, string>
  /** What `${{ github.token }}` in a default stands for. */
  token?: string
  event?: { name: string; payload: object }
  repository?: string
  apiUrl?: string
  /** The step's working directory (GITHUB_WORKSPACE); a fresh temp dir by default. */
  workspace?: string
  /** Extra directories put first on PATH (e.g. the fake terragrunt). */
  path?: string[]
  env?: Record<string, string>
  sha?: string
  actor?: string
  /** GITHUB_TRIGGERING_ACTOR (who started this attempt, e.g. a re-run); the actor when not given. */
  triggeringActor?: string
  /**
   * Saved state of an earlier run (RunResult.state) given back as STATE_* variables, as the runner does for a post
   * step: run the same bundle with `state: main.state` to run its post step.
   */
  state?: Record<string, string>
  timeoutMs?: number
  /** Kills the run (SIGKILL, as a cancelled job) when aborted: tests kill at a point in the run, not after a guess. */
  signal?: AbortSignal
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  message: string
}

export interface RunResult {
  exitCode: number | null
  outputs: Record<string, string>
  summary: string
  annotations: Annotation[]
  /** Child stdout with workflow commands still in it; never echoed to the real runner. */
  stdout: string
  stderr: string
  workspace: string
  state: Record<string, string>
}

/**
 * Every run's temporary files live under one folder per test process, removed when the process exits, so reports
 * and workspaces can be read after a run without littering the machine.
 */
let scratch: string | undefined
function scratchDir(): string {
  if (!scratch) {
    const dir = join(tmpdir(), `gitops-actions-harness-${process.pid}`)
    mkdirSync(dir, { recursive: true })
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }))
    scratch = dir
  }
  return scratch
}

const defaultsCache = new Map<string, Record<string, string>>()

/**
 * The inputs the runner passes when a step gives none: every input of actions/<action>/action.yml with a default
 * becomes INPUT_*, with `${{ github.token }}` replaced by the job's token.
 */
export function actionDefaults(action: string, token: string): Record<string, string> {
  let defaults = defaultsCache.get(action)
  if (!defaults) {
    const yml = parse(readFileSync(join(repoRoot, 'actions', action, 'action.yml'), 'utf8')) as {
      inputs?: Record<string, { default?: string | number | boolean }>
    }
    defaults = {}
    for (const [name, input] of Object.entries(yml.inputs ?? {})) {
      if (input.default !== undefined) defaults[name] = String(input.default)
    }
    defaultsCache.set(action, defaults)
  }
  return Object.fromEntries(Object.entries(defaults).map(([k, v]) => [k, v.replace('${{ github.token }}', token)]))
}

/** `INPUT_<NAME>` as @actions/core computes it: upper-cased, spaces to underscores, hyphens kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** Reads a GITHUB_OUTPUT / GITHUB_STATE file (`name<<delimiter` blocks, or `name=value` lines). */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delim] = heredoc
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i])
      out[name] = value.join('\n')
    } else if (line.includes('=')) {
      const at = line.indexOf('=')
      out[line.slice(0, at)] = line.slice(at + 1)
    }
  }
  return out
}

function parseAnnotations(stdout: string): Annotation[] {
  const found: Annotation[] = []
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)(?: [^:]*)?::(.*)$/.exec(line)
    if (m) found.push({ level: m[1] as Annotation['level'], message: unescapeData(m[2]) })
  }
  return found
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

/**
 * Runs a bundled action the way the runner does: a child `node dist/<action>/index.js` with a clean environment
 * (nothing of the real runner's GITHUB_* leaks in), the runner's files, and the event payload on disk.
 */
export async function runAction(options: RunOptions): Promise<RunResult> {
  const temp = await mkdtemp(join(scratchDir(), `run-${options.action}-`))
  const workspace = options.workspace ?? join(temp, 'workspace')
  await mkdir(workspace, { recursive: true })
  const files = {
    output: join(temp, 'output'),
    summary: join(temp, 'summary.md'),
    state: join(temp, 'state'),
    env: join(temp, 'env'),
    path: join(temp, 'path'),
    event: join(temp, 'event.json')
  }
  for (const f of [files.output, files.summary, files.state, files.env, files.path]) await writeFile(f, '')
  await writeFile(files.event, JSON.stringify(options.event?.payload ?? {}))
  const runnerTemp = join(temp, 'runner-temp')
  await mkdir(runnerTemp)

  const env: Record<string, string> = {
    PATH: [...(options.path ?? []), process.env.PATH ?? ''].join(delimiter),
    HOME: process.env.HOME ?? temp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_EVENT_NAME: options.event?.name ?? 'workflow_dispatch',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: options.repository ?? 'acme/live',
    GITHUB_REPOSITORY_OWNER: (options.repository ?? 'acme/live').split('/')[0],
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_JOB: 'plan',
    GITHUB_WORKFLOW: 'test',
    GITHUB_ACTOR: options.actor ?? 'octocat',
    GITHUB_TRIGGERING_ACTOR: options.triggeringActor ?? options.actor ?? 'octocat',
    GITHUB_SHA: options.sha ?? '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_GRAPHQL_URL: `${options.apiUrl ?? 'http://127.0.0.1:9'}/graphql`,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    ...options.env
  }
  const inputs = { ...actionDefaults(options.action, options.token ?? 'ghs_harness_token'), ...options.inputs }
  for (const [name, value] of Object.entries(inputs)) env[inputEnvName(name)] = value
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value

  const script = join(repoRoot, 'dist', options.action, 'index.js')
  const child = spawn(process.execPath, [script], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString()))
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()))
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)
  options.signal?.addEventListener('abort', () => child.kill('SIGKILL'), { once: true })
  const exitCode = await new Promise<number | null>((done) => child.on('close', (code) => done(code)))
  clearTimeout(timer)

  const result: RunResult = {
    exitCode,
    outputs: parseCommandFile(await readFile(files.output, 'utf8')),
    summary: await readFile(files.summary, 'utf8'),
    annotations: parseAnnotations(stdout),
    stdout,
    stderr,
    workspace,
    state: parseCommandFile(await readFile(files.state, 'utf8'))
  }
  return result
}
