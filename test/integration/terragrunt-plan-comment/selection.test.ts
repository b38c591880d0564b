/**
 * terragrunt-plan-comment end to end on a stacks repository checked out into a subdirectory of the workspace
 * (actions/checkout `path: repo`), with changed-only: stacks are generated before discovery, the PR's paths resolve
 * against the git top level, and what cannot be resolved plans its unit with a warning on the file and line.
 */
import { execFileSync } from 'node:child_process'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { emulatorForTests } from '../../emulators/github/jest.js'
import { pullRequestEvent } from '../../harness/events.js'
import { OWNER, REPO, cleanup, emptyDir, plannedUnits, prEvent, runPlan } from './helpers.js'

const gh = await emulatorForTests({ owner: OWNER, repo: REPO })
afterAll(cleanup)
const comments = (n: number) => gh.state.comments(OWNER, REPO, n)

const ROOT_INCLUDE = 'include "root" {\n  path = find_in_parent_folders("root.hcl")\n}\n'

/** A stacks live repository with a local catalog, as in Gruntwork's stacks examples. */
const STACKS_REPO: Record<string, string> = {
  'live/root.hcl': 'locals {\n  org = "acme"\n}\n',
  'live/dev/terragrunt.stack.hcl': [
    'unit "vpc" {',
    '  source = "../../catalog/units/vpc"',
    '  path   = "vpc"',
    '  values = { cidr = "10.0.0.0/16" }',
    '}',
    'unit "app" {',
    '  source = "../../catalog/units/app"',
    '  path   = "app"',
    '}',
    ''
  ].join('\n'),
  'live/prod/terragrunt.stack.hcl':
    'unit "vpc" {\n  source = "../../catalog/units/vpc"\n  path   = "vpc"\n  values = { cidr = "10.1.0.0/16" }\n}\n',
  'live/shared/dns/terragrunt.hcl': ROOT_INCLUDE + 'terraform {\n  source = "${get_env("DNS_MODULES")}/dns"\n}\n',
  'catalog/units/vpc/terragrunt.hcl':
    ROOT_INCLUDE + 'terraform {\n  source = "${find_in_parent_folders("catalog/modules")}/vpc"\n}\n',
  'catalog/units/app/terragrunt.hcl': ROOT_INCLUDE + 'dependency "vpc" {\n  config_path = "../vpc"\n}\n',
  'catalog/modules/vpc/main.tf': 'resource "terraform_data" "vpc" {}\n',
  'catalog/modules/vpc/README.md': '# vpc\n'
}

async function checkout(files: Record<string, string>): Promise<string> {
  const workspace = await emptyDir('tpc-sel-')
  const repo = join(workspace, 'repo')
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(repo, path)), { recursive: true })
    await writeFile(join(repo, path), content)
  }
  execFileSync('git', ['init', '-q', repo])
  return workspace
}

describe('changed-only on a stacks repository checked out into repo/', () => {
  async function pull(branch: string, changed: Record<string, string>) {
    gh.state.commitFiles(OWNER, REPO, 'main', STACKS_REPO, { message: 'Live repo' })
    gh.state.commitFiles(OWNER, REPO, branch, changed, { message: `Change ${Object.keys(changed).join(', ')}` })
    const pr = gh.state.createPull(OWNER, REPO, { title: branch, head: branch })
    const workspace = await checkout({ ...STACKS_REPO, ...changed })
    return { pr, workspace }
  }
  const inputs = { 'changed-only': 'true', 'working-directory': 'repo/live' }

  it('a change to a unit source in the catalog plans the units generated from it, and warns on what it cannot resolve', async () => {
    const { pr, workspace } = await pull('vpc-unit', {
      'catalog/units/vpc/terragrunt.hcl':
        ROOT_INCLUDE +
        'terraform {\n  source = "${find_in_parent_folders("catalog/modules")}/vpc"\n}\ninputs = {\n  flow_logs = true\n}\n'
    })
    const run = await runPlan({ workspace, apiUrl: gh.url, event: prEvent(pr), inputs })
    expect(run.exitCode).toBe(0)
    expect(plannedUnits(run)).toEqual([
      'dev/.terragrunt-stack/app',
      'dev/.terragrunt-stack/vpc',
      'prod/.terragrunt-stack/vpc',
      'shared/dns'
    ])
    expect(run.calls.some((c) => c.bin === 'terragrunt' && c.argv.slice(0, 2).join(' ') === 'stack generate')).toBe(
      true
    )
    const warning = run.annotations.find((a) => a.level === 'warning' && /shared\/dns/.test(a.message))
    expect(warning?.message).toMatch(
      /^Planning shared\/dns to be safe: cannot resolve terraform source at shared\/dns\/terragrunt.hcl:5/
    )
    // The annotation points at the file (relative to the git top level, not the workspace) and line.
    expect(run.stdout).toMatch(
      /::warning title=Terragrunt reference not resolved,file=live\/shared\/dns\/terragrunt.hcl,line=5::Planning shared\/dns/
    )
  })

  it('a module README plans only what cannot be resolved, and lists the skipped units', async () => {
    const { pr, workspace } = await pull('readme', { 'catalog/modules/vpc/README.md': '# vpc\n\nMore docs.\n' })
    const run = await runPlan({ workspace, apiUrl: gh.url, event: prEvent(pr), inputs })
    expect(run.exitCode).toBe(0)
    expect(plannedUnits(run)).toEqual(['shared/dns'])
    const body = comments(pr.number)[0].body
    expect(body).toContain('3 units skipped: not affected by this pull request')
    expect(body).toContain('<code>dev/.terragrunt-stack/vpc</code>')
  })

  it('a removed stack file is listed as removed units in the callout', async () => {
    const { pr, workspace } = await pull('drop-prod', {})
    // The PR deletes live/prod/terragrunt.stack.hcl: the checkout no longer has it, GitHub lists it as removed.
    gh.state.commitFiles(OWNER, REPO, 'drop-prod', { 'live/prod/terragrunt.stack.hcl': null }, { message: 'Drop prod' })
    await cleanupFile(join(workspace, 'repo/live/prod/terragrunt.stack.hcl'))
    const run = await runPlan({ workspace, apiUrl: gh.url, event: prEvent(pr), inputs })
    expect(run.exitCode).toBe(0)
    expect(comments(pr.number)[0].body).toMatch(/\*\*1 unit removed by this pull request\*\*[\s\S]*<code>prod<\/code>/)
  })
})

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd,
    encoding: 'utf8'
  }).trim()

describe('changed-only: a unit block removed from a stack file the pull request keeps', () => {
  const inputs = { 'changed-only': 'true', 'working-directory': 'repo/live' }
  // The PR drops the app unit from live/dev/terragrunt.stack.hcl and edits nothing else.
  const HEAD_DEV = STACKS_REPO['live/dev/terragrunt.stack.hcl'].split('unit "app"')[0]

  /**
   * A bare remote with the base commit and the PR's commit on top (branch `pr`); returns both SHAs. `moved`: main
   * moves on after the PR branched off, adding a db unit to the same stack file, and is the event's base.
   */
  async function remote(moved = false): Promise<{ bare: string; base: string; head: string }> {
    const dir = await emptyDir('tpc-stack-remote-')
    const work = join(dir, 'work')
    for (const [path, content] of Object.entries(STACKS_REPO)) {
      await mkdir(dirname(join(work, path)), { recursive: true })
      await writeFile(join(work, path), content)
    }
    git(dir, 'init', '-q', '-b', 'main', work)
    git(work, 'add', '-A')
    git(work, 'commit', '-q', '-m', 'Live repo')
    let base = git(work, 'rev-parse', 'HEAD')
    git(work, 'checkout', '-q', '-b', 'pr')
    await writeFile(join(work, 'live/dev/terragrunt.stack.hcl'), HEAD_DEV)
    git(work, 'commit', '-q', '-am', 'Drop the dev app unit')
    const head = git(work, 'rev-parse', 'HEAD')
    if (moved) {
      git(work, 'checkout', '-q', 'main')
      const dev = STACKS_REPO['live/dev/terragrunt.stack.hcl']
      await writeFile(join(work, 'live/dev/terragrunt.stack.hcl'), `${DB_UNIT}\n${dev}`)
      git(work, 'commit', '-q', '-am', 'Add a dev db unit')
      base = git(work, 'rev-parse', 'HEAD')
    }
    git(dir, 'clone', '-q', '--bare', work, join(dir, 'bare.git'))
    return { bare: join(dir, 'bare.git'), base, head }
  }
  const DB_UNIT = 'unit "db" {\n  source = "../../catalog/units/vpc"\n  path   = "db"\n}\n'

  async function run(
    checkout: (workspace: string, bare: string) => void,
    baseSha?: (base: string) => string,
    moved = false
  ) {
    const { bare, base, head } = await remote(moved)
    gh.state.commitFiles(OWNER, REPO, 'main', STACKS_REPO, { message: 'Live repo' })
    const branch = `drop-app-${Math.random().toString(36).slice(2, 8)}`
    gh.state.commitFiles(OWNER, REPO, branch, { 'live/dev/terragrunt.stack.hcl': HEAD_DEV }, { message: 'Drop app' })
    const pr = gh.state.createPull(OWNER, REPO, { title: branch, head: branch })
    const workspace = await emptyDir('tpc-stack-ws-')
    checkout(workspace, bare)
    const event = {
      name: 'pull_request',
      payload: pullRequestEvent({
        owner: OWNER,
        repo: REPO,
        number: pr.number,
        headSha: head,
        headRef: branch,
        baseSha: baseSha ? baseSha(base) : base
      })
    }
    const result = await runPlan({ workspace, apiUrl: gh.url, event, inputs })
    return { result, body: comments(pr.number)[0]?.body ?? '' }
  }

  it('is listed as removed, from a shallow checkout that lacks the base commit (fetched by its SHA)', async () => {
    const { result, body } = await run((ws, bare) =>
      git(ws, 'clone', '-q', '--depth=1', '--branch=pr', `file://${bare}`, 'repo')
    )
    expect(result.exitCode).toBe(0)
    // The stack file changed, so the unit it still generates plans; the removed one is named in the callout.
    expect(plannedUnits(result)).toEqual(['dev/.terragrunt-stack/vpc', 'shared/dns'])
    expect(body).toMatch(
      /> \*\*1 unit removed by this pull request\*\*[^\n]*\n> - <code>dev\/.terragrunt-stack\/app<\/code>/
    )
    expect(result.stdout).toContain(
      'unit "app" removed from dev/terragrunt.stack.hcl: generated dev/.terragrunt-stack/app'
    )
  })

  it('the base branch moved on after the PR branched off: compared with the merge base, not the new base', async () => {
    // The checkout is the PR's head (actions/checkout `ref: ${{ github.event.pull_request.head.sha }}`), one commit
    // deep; main has since added a db unit to the same file. The PR removed app, not db.
    const { result, body } = await run(
      (ws, bare) => git(ws, 'clone', '-q', '--depth=1', '--branch=pr', `file://${bare}`, 'repo'),
      undefined,
      true
    )
    expect(result.exitCode).toBe(0)
    expect(body).toMatch(
      /> \*\*1 unit removed by this pull request\*\*[^\n]*\n> - <code>dev\/.terragrunt-stack\/app<\/code>\n/
    )
    expect(body).not.toContain('.terragrunt-stack/db')
    expect(result.annotations.filter((a) => a.level === 'warning' && /Stack file base/.test(a.message))).toEqual([])
  })

  it('fails closed when the base cannot be read: a warning on the stack file and a note in the callout', async () => {
    const { result, body } = await run(
      (ws, bare) => git(ws, 'clone', '-q', '--depth=1', '--branch=pr', `file://${bare}`, 'repo'),
      () => 'f'.repeat(40)
    )
    expect(result.exitCode).toBe(0)
    expect(plannedUnits(result)).toEqual(['dev/.terragrunt-stack/vpc', 'shared/dns'])
    expect(result.stdout).toMatch(
      /::warning title=Stack file base not readable,file=live\/dev\/terragrunt.stack.hcl::Units removed from live\/dev\/terragrunt.stack.hcl by this pull request cannot be listed: base commit ffffffffffff is not in the checkout and cannot be fetched/
    )
    expect(body).toMatch(
      /> \[!CAUTION\]\n> ⚠️ Units removed from live\/dev\/terragrunt\.stack\.hcl by this pull request cannot be listed: base commit ffffffffffff/
    )
    expect(body).not.toContain('removed by this pull request**')
  })
})

async function cleanupFile(path: string): Promise<void> {
  await rm(path, { force: true })
}
