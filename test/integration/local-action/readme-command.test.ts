/**
 * The README's "Running an action locally" example works with our entry points: GitHub's @github/local-action runs
 * promote-env's TypeScript source (src/promote-env/main.ts) with the .env file the README writes, against a real git
 * repository (a bare repository served by the GitHub emulator and cloned over file://).
 *
 * The command is read from the README, not copied here: its tsconfig, action folder and entry point are run as
 * written, with local-action's binary from the pinned install in .ci/local-action (`npx @github/local-action` would
 * resolve the package from the registry; tests never touch the network) and the .env file in a temporary folder
 * instead of the repository root. The .env keeps the README's inputs and repository; the token, API and server
 * URLs, workspace and summary file point at the emulator and the test's temporary folder.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { startGitHubEmulator } from '../../emulators/github/index.js'
import type { GitHubEmulator } from '../../emulators/github/index.js'
import { VERSIONS, bookverseRepo } from '../../fixtures/bookverse-gitops.js'
import { createGitopsRemote } from '../../harness/gitops-remote.js'
import { repoRoot } from '../../harness/run-action.js'

const localAction = join(repoRoot, '.ci', 'local-action', 'node_modules', '.bin', 'local-action')
const installed = existsSync(localAction)
if (!installed) {
  // visible in the test output, so a green run without the tool is not mistaken for one with it
  process.stdout.write(
    'NOTICE: @github/local-action is not installed in .ci/local-action: the README local-run test is skipped ' +
      '(.ci/run installs it: npm ci --prefix .ci/local-action)\n'
  )
}
const describeWithLocalAction = installed ? describe : describe.skip

interface ReadmeExample {
  env: Array<[string, string]>
  tsconfig: string
  actionDir: string
  entryPoint: string
}

/** The .env lines and the command of the first bash block under "## Running an action locally". */
function readmeExample(readme: string): ReadmeExample {
  const section = readme.split(/^## /m).find((s) => s.startsWith('Running an action locally\n'))
  const block = section && /```bash\n([\s\S]*?)```/.exec(section)?.[1]
  if (!block) throw new Error('README: no bash block under "## Running an action locally"')
  const heredoc = /^cat > \.env <<'ENV'\n([\s\S]*?)\nENV\n([\s\S]*)$/.exec(block)
  if (!heredoc) throw new Error("README: the block does not start with cat > .env <<'ENV' ... ENV")
  const env = heredoc[1].split('\n').map((line): [string, string] => {
    const at = line.indexOf('=')
    if (at < 1) throw new Error(`README: .env line without NAME=value: ${line}`)
    return [line.slice(0, at), line.slice(at + 1)]
  })
  const command = /^TSX_TSCONFIG_PATH=(\S+) npx @github\/local-action run (\S+) (\S+) \.env\n$/.exec(heredoc[2])
  if (!command) throw new Error(`README: unexpected command: ${heredoc[2]}`)
  return { env, tsconfig: command[1], actionDir: command[2], entryPoint: command[3] }
}

function run(
  args: string[],
  env: Record<string, string>
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  // Asynchronous: the emulator answers from this process, so a synchronous spawn would deadlock.
  const child = spawn(localAction, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString()))
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()))
  const timer = setTimeout(() => child.kill('SIGKILL'), 240_000)
  return new Promise((done) =>
    child.on('close', (code) => {
      clearTimeout(timer)
      done({ code, stdout, stderr })
    })
  )
}

/** local-action's "Action Outputs" table (console.table rows `│ i │ 'name' │ 'value' │`). */
function outputsTable(stdout: string): Record<string, string> {
  const after = stdout.split('Action Outputs')[1] ?? ''
  const rows = after.matchAll(/^│ \d+\s+│ '([^']+)'\s+│ '(.*?)'\s+│$/gm)
  return Object.fromEntries([...rows].map((m) => [m[1], m[2]]))
}

const example = readmeExample(await readFile(join(repoRoot, 'README.md'), 'utf8'))
const [owner, repo] = (example.env.find(([k]) => k === 'GITHUB_REPOSITORY')?.[1] ?? '').split('/')

describeWithLocalAction('README: running an action locally with @github/local-action', () => {
  // Started here, not at the top: when the suite is skipped its hooks do not run, and an open server keeps jest alive.
  let gh: GitHubEmulator
  let dir: string
  beforeAll(async () => {
    gh = await startGitHubEmulator({ owner, repo })
    dir = await mkdtemp(join(tmpdir(), 'local-action-test-'))
  })
  afterEach(() => gh.assertNoUnknownRoutes())
  afterAll(async () => {
    await gh.close()
    await rm(dir, { recursive: true, force: true })
  })

  it("runs promote-env's TypeScript entry point with the README's .env: toolkit stubs in use, a dry run", async () => {
    const remote = await createGitopsRemote(gh, dir, bookverseRepo(VERSIONS), owner, repo)
    const mainBefore = remote.head()
    const workspace = join(dir, 'workspace')
    await mkdir(workspace)
    const local: Record<string, string> = {
      INPUT_TOKEN: 'ghs_local_action',
      GITHUB_API_URL: gh.url,
      GITHUB_SERVER_URL: remote.serverUrl,
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: dir,
      GITHUB_STEP_SUMMARY: join(dir, 'summary.md')
    }
    expect(example.env.map(([k]) => k).sort()).toEqual(
      ['INPUT_DRY-RUN', 'INPUT_TO', 'GITHUB_REPOSITORY', ...Object.keys(local)].sort()
    )
    const envFile = join(dir, '.env')
    await writeFile(envFile, example.env.map(([k, v]) => `${k}=${local[k] ?? v}\n`).join(''))

    const result = await run(['run', example.actionDir, example.entryPoint, envFile], {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? dir,
      TSX_TSCONFIG_PATH: example.tsconfig,
      // local-action runs `npm exec tsx` (our devDependency) and `npm ls`: both local; any registry request fails
      npm_config_offline: 'true',
      npm_config_registry: 'http://127.0.0.1:9/',
      npm_config_update_notifier: 'false'
    })
    if (result.code !== 0) console.log(`${result.stdout}\n${result.stderr}`)
    expect(result.code).toBe(0)

    // The outputs reached local-action's core stub (with the mapping of tsconfig.json in place they would not: the
    // table would say "No outputs were set!"), and inputs left out of .env got their action.yml defaults (targets).
    expect(outputsTable(result.stdout)).toMatchObject({
      changed: 'true',
      version: '1.4.0',
      'previous-version': '1.3.0',
      branch: 'promote/qa',
      'commit-sha': '',
      'pull-request-operation': 'none'
    })
    const summary = await readFile(join(dir, 'summary.md'), 'utf8')
    expect(summary).toContain('dry run: nothing written')
    expect(summary).toContain('+          value: 1.4.0    # set by promote-env')

    // A dry run: nothing written to the repository or through the API.
    expect(remote.head()).toBe(mainBefore)
    expect(remote.head('promote/qa')).toBeUndefined()
    expect(gh.state.pulls(owner, repo)).toHaveLength(0)
  }, 300_000)
})
