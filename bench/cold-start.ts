/**
 * Bundle cold start: from spawning `node dist/terragrunt-plan-comment/index.js` until the GitHub emulator receives
 * its first request, against `node -e 0` (spawn to exit) in the same run. A pull_request event with changed-only
 * lists the PR's files before planning. Before that the action runs `terragrunt --version` and `terragrunt find`;
 * a two-line shell stub answers the first and fails the second (the action then scans for terragrunt.hcl itself), so
 * the main figure is Node + bundle load + settings + the first API call, not the start-up of a Terragrunt process.
 */
import { spawn } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startGitHubEmulator } from '../test/emulators/github/index.js'
import type { GitHubEmulator } from '../test/emulators/github/index.js'
import { pullRequestEvent } from '../test/harness/events.js'
import { actionDefaults, inputEnvName, repoRoot } from '../test/harness/run-action.js'
import { FAKE_BIN_DIR } from '../test/emulators/terragrunt/harness.js'
import { formatValue, median } from './stats.js'
import type { BenchResult, Benchmark, Figure } from './stats.js'

const RUNS = Number(process.env.BENCH_COLD_RUNS ?? 10)
const BUNDLE = join(repoRoot, 'dist', 'terragrunt-plan-comment', 'index.js')

/** Prints a version for `--version`, fails anything else: `find` then falls back to scanning, in ~1 ms each. */
const STUB_TERRAGRUNT = '#!/bin/sh\n[ "$1" = --version ] && { echo "terragrunt version v0.93.4"; exit 0; }\nexit 1\n'

interface Setup {
  gh: GitHubEmulator
  dir: string
  stub: string
  workspace: string
  eventPath: string
}

async function setUp(): Promise<Setup> {
  const gh = await startGitHubEmulator({ owner: 'acme', repo: 'live' })
  const dir = await mkdtemp(join(tmpdir(), 'bench-cold-'))
  const workspace = join(dir, 'workspace')
  await mkdir(workspace)
  // live/ and the modules its units source (../modules): a missing module source would make every unit affected.
  for (const d of ['live', 'modules']) await cp(join(repoRoot, 'examples', d), join(workspace, d), { recursive: true })
  // A PR that affects no unit, so the run ends cleanly right after the API calls whatever the terragrunt binary.
  gh.state.commitFiles('acme', 'live', 'docs', { 'README.md': '# live\n\nHow to add a unit.\n' })
  const pr = gh.state.createPull('acme', 'live', { title: 'Document the layout', head: 'docs' })
  const stub = join(dir, 'terragrunt-stub')
  await writeFile(stub, STUB_TERRAGRUNT, { mode: 0o755 })
  const eventPath = join(dir, 'event.json')
  const payload = pullRequestEvent({ owner: 'acme', repo: 'live', number: pr.number, headSha: pr.headSha })
  await writeFile(eventPath, JSON.stringify(payload))
  return { gh, dir, stub, workspace, eventPath }
}

/** The runner's environment for one step, as test/harness/run-action.ts builds it. */
async function stepEnv(
  s: Setup,
  n: number,
  terragrunt: string,
  extra: Record<string, string>
): Promise<NodeJS.ProcessEnv> {
  const files = join(s.dir, `run-${n}`)
  await mkdir(join(files, 'runner-temp'), { recursive: true })
  for (const f of ['output', 'summary.md', 'state', 'env', 'path']) await writeFile(join(files, f), '')
  const env: NodeJS.ProcessEnv = {
    PATH: `${FAKE_BIN_DIR}:${process.env.PATH ?? ''}`,
    HOME: process.env.HOME ?? s.dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: join(files, 'output'),
    GITHUB_STEP_SUMMARY: join(files, 'summary.md'),
    GITHUB_STATE: join(files, 'state'),
    GITHUB_ENV: join(files, 'env'),
    GITHUB_PATH: join(files, 'path'),
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: s.eventPath,
    GITHUB_REPOSITORY: 'acme/live',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/pull/1/merge',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: s.gh.url,
    GITHUB_WORKSPACE: s.workspace,
    RUNNER_TEMP: join(files, 'runner-temp'),
    FAKE_TG_ROOT: join(s.workspace, 'live'),
    ...extra
  }
  const inputs = {
    ...actionDefaults('terragrunt-plan-comment', 'ghs_bench'),
    'working-directory': 'live',
    'changed-only': 'true',
    'terragrunt-binary': terragrunt,
    'tf-binary': 'tofu',
    'plugin-cache': 'false',
    comment: 'off'
  }
  for (const [name, value] of Object.entries(inputs)) env[inputEnvName(name)] = value
  return env
}

interface Timed {
  /** Date.now() at spawn and at exit. */
  spawned: number
  exited: number
  code: number | null
  stderr: string
}

/** Spawns node with `args` and times it. */
function spawnTimed(args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const spawned = Date.now()
    const start = performance.now()
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stdout.on('data', (b: Buffer) => (stderr += b.toString()))
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ spawned, exited: spawned + (performance.now() - start), code, stderr }))
  })
}

async function firstRequestMs(s: Setup, n: number, terragrunt: string, extra: Record<string, string>): Promise<number> {
  const before = s.gh.stats.requests.length
  const env = await stepEnv(s, n, terragrunt, extra)
  const run = await spawnTimed([BUNDLE], env, s.workspace)
  const first = s.gh.stats.requests[before]
  if (run.code !== 0 || !first) {
    throw new Error(
      `${BUNDLE} exited ${run.code} after ${s.gh.stats.requests.length - before} request(s): ${run.stderr.trim().slice(-500)}`
    )
  }
  return first.at - run.spawned
}

/** The bundle with no runner environment: it loads, evaluates, and exits 1 at the first thing it reads. */
async function bundleLoadMs(extra: Record<string, string>): Promise<number> {
  const run = await spawnTimed([BUNDLE], { PATH: process.env.PATH ?? '', ...extra }, tmpdir())
  return run.exited - run.spawned
}

async function nodeStartMs(extra: Record<string, string>): Promise<number> {
  const run = await spawnTimed(['-e', '0'], { PATH: process.env.PATH ?? '', ...extra }, tmpdir())
  return run.exited - run.spawned
}

async function run(): Promise<BenchResult> {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npm run bundle first`)
  const s = await setUp()
  const caCerts = process.env.NODE_EXTRA_CA_CERTS
  const envExtra: Record<string, string> = caCerts ? { NODE_EXTRA_CA_CERTS: caCerts } : {}
  const samples = {
    bundle: [] as number[],
    node: [] as number[],
    bundleBare: [] as number[],
    nodeBare: [] as number[],
    withFind: [] as number[],
    load: [] as number[]
  }
  try {
    // Warm the file cache once, then interleave subject and reference so load changes hit both alike.
    await firstRequestMs(s, -1, s.stub, envExtra)
    for (let i = 0; i < RUNS; i++) {
      samples.node.push(await nodeStartMs(envExtra))
      samples.bundle.push(await firstRequestMs(s, i, s.stub, envExtra))
      samples.load.push(await bundleLoadMs(envExtra))
      if (caCerts) {
        samples.nodeBare.push(await nodeStartMs({}))
        samples.bundleBare.push(await firstRequestMs(s, 1000 + i, s.stub, {}))
      }
      if (i < Math.ceil(RUNS / 2)) samples.withFind.push(await firstRequestMs(s, 2000 + i, 'terragrunt', envExtra))
    }
  } finally {
    await s.gh.close()
    await rm(s.dir, { recursive: true, force: true })
  }
  const bundle = median(samples.bundle)
  const node = median(samples.node)
  const caNote = caCerts ? `NODE_EXTRA_CA_CERTS=${caCerts}` : 'no NODE_EXTRA_CA_CERTS'
  const figures: Figure[] = [
    {
      measure: `spawn → first API request (${caCerts ? 'with' : 'no'} NODE_EXTRA_CA_CERTS, as set here)`,
      median: bundle,
      unit: 'ms',
      runs: RUNS,
      reference: `node -e 0 ${formatValue(node, 'ms')}`,
      ratio: bundle / node,
      target: '≤ 2× node -e 0',
      met: bundle / node <= 2
    }
  ]
  if (caCerts) {
    const bare = median(samples.bundleBare)
    const nodeBare = median(samples.nodeBare)
    figures.push({
      measure: 'spawn → first API request (NODE_EXTRA_CA_CERTS unset)',
      median: bare,
      unit: 'ms',
      runs: RUNS,
      reference: `node -e 0 ${formatValue(nodeBare, 'ms')}`,
      ratio: bare / nodeBare,
      target: '≤ 2× node -e 0',
      met: bare / nodeBare <= 2
    })
  }
  const load = median(samples.load)
  figures.push({
    measure: 'bundle load only: spawn → exit with no runner environment',
    median: load,
    unit: 'ms',
    runs: samples.load.length,
    reference: `node -e 0 ${formatValue(node, 'ms')}`,
    ratio: load / node
  })
  const withFind = median(samples.withFind)
  figures.push({
    measure: 'same, with the fake (Node) terragrunt: --version + find first',
    median: withFind,
    unit: 'ms',
    runs: samples.withFind.length,
    reference: `node -e 0 ${formatValue(node, 'ms')}`,
    ratio: withFind / node
  })
  const notes = [
    `Environment: ${caNote}; Node ${process.version}. NODE_EXTRA_CA_CERTS makes every Node start read and parse the CA bundle, which adds the same fixed cost to both sides of the ratio.`,
    ...(bundle / node > 2
      ? [
          `Target missed: loading and evaluating the ${(statSync(BUNDLE).size / 1e6).toFixed(1)} MB bundle takes ${formatValue(load - node, 'ms')} beyond a bare Node start, ${Math.round(((load - node) / (bundle - node)) * 100)}% of what the action adds before its first request; the rest is settings, terragrunt --version/find and Octokit set-up.`
        ]
      : []),
    'Times are Date.now() at spawn to Date.now() when the emulator received the request (1 ms resolution). The first request is GET /repos/{owner}/{repo}/pulls/{pull_number}/files.'
  ]
  return { figures, notes }
}

export const coldStart: Benchmark = {
  id: 'cold-start',
  title: 'Bundle cold start to first GitHub API request',
  run
}
