/**
 * terragrunt-plan-comment end to end: which units it plans (changed-only, push events), fail-on, plan-path, bad
 * inputs, and what reaches terragrunt and tofu (tf-binary, extra-args).
 */
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { pushEvent } from '../../harness/events.js'
import { emulatorForTests } from '../../emulators/github/jest.js'
import { FAKE_BIN_DIR } from '../../emulators/terragrunt/harness.js'
import type { FakeScenario } from '../../emulators/terragrunt/harness.js'
import {
  ALL_UNITS,
  MARKER,
  OWNER,
  REPO,
  U,
  callout,
  cleanup,
  countOutputs,
  emptyDir,
  exampleFiles,
  exampleWorkspace,
  expectedFromText,
  failure,
  fixtureJson,
  fixtureText,
  plannedUnits,
  prEvent,
  runPlan,
  sumExpected,
  tableRow,
  tableRows,
  unescapeMarkdown
} from './helpers.js'

const gh = await emulatorForTests({ owner: OWNER, repo: REPO })
afterAll(cleanup)

const comments = (n: number) => gh.state.comments(OWNER, REPO, n)
// The GraphQL POST is the token-identity query, a read.
const writes = () => gh.stats.requests.filter((r) => r.method !== 'GET' && r.route !== 'POST /graphql')
const push = () => ({ name: 'push', payload: pushEvent({ owner: OWNER, repo: REPO, sha: 'a'.repeat(40) }) })

describe('fail-on', () => {
  const scenario: FakeScenario = {
    units: {
      [U.devDb]: { fail: 'Unsupported argument\nAn argument named "replica_count" is not expected here.' },
      [U.prodVpc]: { fixture: 'tf-equiv-fully_populated_complex_destroy' },
      [U.prodApp]: { fixture: 'tf-equiv-data_read' }
    }
  }
  const run = (units: string, failOn: string) =>
    exampleWorkspace().then((workspace) =>
      runPlan({ workspace, scenario, event: push(), inputs: { units, 'fail-on': failOn } })
    )

  it('fails on a unit error (error, the default) and shows the message in the table; never passes; destroy and changes fail on theirs', async () => {
    const errorStack = `${U.devDb}\n${U.devDns}`
    const [error, never, destroy, destroyOnError, changes, changesOnDestroy] = await Promise.all([
      run(errorStack, 'error'),
      run(errorStack, 'never'),
      run(U.prodVpc, 'destroy'),
      run(U.prodVpc, 'error'),
      run(U.prodApp, 'changes'),
      run(U.prodApp, 'destroy')
    ])

    expect(error.exitCode).toBe(1)
    expect(failure(error)).toMatch(new RegExp(`^1 unit\\(s\\) failed to plan: ${U.devDb}\\b`))
    expect(tableRow(error.summary, U.devDb)).toMatch(/error.*Unsupported argument/)
    expect(tableRow(error.summary, U.devDns)).toMatch(/no changes/)

    expect(never.exitCode).toBe(0)
    expect(never.annotations.map((a) => a.message)).not.toContainEqual(expect.stringMatching(/failed to plan/))
    expect(tableRow(never.summary, U.devDb)).toMatch(/error.*Unsupported argument/)

    expect(destroy.outputs['has-destroy']).toBe('true')
    expect(destroy.exitCode).toBe(1)
    expect(failure(destroy)).toMatch(/destroys or replaces 1 resource.*fail-on is `destroy`/)
    expect(destroyOnError.exitCode).toBe(0)

    expect(changes.outputs['has-changes']).toBe('true')
    expect(changes.outputs['has-destroy']).toBe('false')
    expect(changes.exitCode).toBe(1)
    expect(failure(changes)).toMatch(/has changes and fail-on is `changes`/)
    expect(changesOnDestroy.exitCode).toBe(0)
  })
})

describe('which units are planned', () => {
  it('units: one pattern per line, braces with commas, and !exclusions', async () => {
    const run = await runPlan({
      workspace: await exampleWorkspace(),
      event: push(),
      inputs: { units: '*/*/{vpc,app}\n!production/**\n' }
    })
    expect(run.exitCode).toBe(0)
    expect(plannedUnits(run)).toEqual([U.devApp, U.devVpc])
  })

  /** The live repo on main in the emulator, and a PR whose branch changes `files` (paths in the repository). */
  async function pullChanging(branch: string, files: Record<string, string>) {
    gh.state.commitFiles(OWNER, REPO, 'main', await exampleFiles(), { message: 'Live repo' })
    gh.state.commitFiles(OWNER, REPO, branch, files, { message: `Change ${Object.keys(files).join(', ')}` })
    const pr = gh.state.createPull(OWNER, REPO, { title: branch, head: branch })
    const workspace = await exampleWorkspace()
    for (const [path, content] of Object.entries(files)) await writeFile(join(workspace, path), content)
    return { pr, workspace }
  }

  it('changed-only: a shared _common/vpc.hcl re-plans both vpc units and the app units that depend on them', async () => {
    const vpcHcl = (await readFile(join(process.cwd(), 'examples/live/_common/vpc.hcl'), 'utf8')).replace(
      '10.0.0.0/16',
      '10.8.0.0/16'
    )
    const { pr, workspace } = await pullChanging('vpc-cidr', { 'live/_common/vpc.hcl': vpcHcl })
    const run = await runPlan({ workspace, apiUrl: gh.url, event: prEvent(pr), inputs: { 'changed-only': 'true' } })
    expect(run.exitCode).toBe(0)
    expect(plannedUnits(run)).toEqual([U.devApp, U.devVpc, U.prodApp, U.prodVpc].sort())
    const body = comments(pr.number)[0].body
    expect(tableRows(body).length).toBe(4)
    for (const unit of [U.devApp, U.devVpc, U.prodApp, U.prodVpc]) expect(tableRow(body, unit)).toBeDefined()
    expect(tableRow(body, U.devDb)).toBeUndefined()
    expect(body).toContain(`units skipped: not affected by this pull request</summary>`)
    expect(body).toContain(`<code>${U.devDb}</code>`)
  })

  it("changed-only: one unit's terragrunt.hcl re-plans that unit and its dependents only", async () => {
    const { pr, workspace } = await pullChanging('dev-vpc', {
      'live/non-production/development/vpc/terragrunt.hcl':
        'include "root" {\n  path = find_in_parent_folders("root.hcl")\n}\n\ninclude "vpc" {\n  path = "${get_terragrunt_dir()}/../../../_common/vpc.hcl"\n}\n\ninputs = {\n  flow_logs = true\n}\n'
    })
    const run = await runPlan({ workspace, apiUrl: gh.url, event: prEvent(pr), inputs: { 'changed-only': 'true' } })
    expect(run.exitCode).toBe(0)
    expect(plannedUnits(run)).toEqual([U.devApp, U.devVpc].sort())
    expect((JSON.parse(run.outputs['units-json']) as { path: string }[]).map((u) => u.path)).toEqual(
      [U.devApp, U.devVpc].sort()
    )
  })

  it('changed-only: a README-only PR plans nothing and says so; changed-only: false plans every unit', async () => {
    const { pr, workspace } = await pullChanging('docs', { 'README.md': '# live\n\nHow to use this repo.\n' })
    const run = await runPlan({ workspace, apiUrl: gh.url, event: prEvent(pr), inputs: { 'changed-only': 'true' } })
    expect(run.exitCode).toBe(0)
    expect(plannedUnits(run)).toEqual([])
    expect(run.outputs['units-json']).toBe('[]')
    expect(run.outputs['has-changes']).toBe('false')
    const body = comments(pr.number)[0].body
    expect(body).toContain(MARKER)
    expect(body).toMatch(/No units were planned/)
    expect(body).toContain(`⏭️ ${ALL_UNITS.length} units skipped: not affected by this pull request`)
    expect(run.summary).toMatch(/No units were planned/)

    const all = await runPlan({ workspace, apiUrl: gh.url, event: prEvent(pr), inputs: { 'changed-only': 'false' } })
    expect(all.exitCode).toBe(0)
    expect(plannedUnits(all)).toEqual(ALL_UNITS)
    expect(comments(pr.number)).toHaveLength(1)
    expect(tableRows(comments(pr.number)[0].body).length).toBe(ALL_UNITS.length)
  })

  it('ignores changed-only on a push: plans every unit, writes the summary, no comment', async () => {
    const run = await runPlan({
      workspace: await exampleWorkspace(),
      apiUrl: gh.url,
      event: push(),
      inputs: { 'changed-only': 'true' }
    })
    expect(run.exitCode).toBe(0)
    expect(plannedUnits(run)).toEqual(ALL_UNITS)
    expect(writes()).toEqual([])
    expect(run.outputs['comment-url']).toBeUndefined()
    expect(tableRows(run.summary).length).toBe(ALL_UNITS.length)
    expect(run.summary).toContain(MARKER)
  })
})

describe('plan-path', () => {
  const JSON_UNITS = {
    [U.devVpc]: 'tofu-equiv-moved_with_drift',
    [U.devApp]: 'tf-equiv-basic_multiline_string_update',
    [U.prodVpc]: 'tf-equiv-fully_populated_complex_destroy',
    [U.prodApp]: 'tf-equiv-data_read'
  }

  /** A workspace with plans/<unit>/tfplan.json (as `--json-out-dir` writes them) and a PATH whose terragrunt/tofu fail. */
  async function planDir() {
    const workspace = await exampleWorkspace()
    for (const [unit, fixture] of Object.entries(JSON_UNITS)) {
      await mkdir(join(workspace, 'plans', unit), { recursive: true })
      await writeFile(join(workspace, 'plans', unit, 'tfplan.json'), await fixtureJson(fixture))
    }
    const bin = await emptyDir('tpc-failing-bin-')
    const calledLog = join(bin, 'called.log')
    for (const name of ['terragrunt', 'tofu', 'terraform']) {
      await writeFile(
        join(bin, name),
        `#!/bin/sh\necho "${name} $*" >> '${calledLog}'\necho "${name}: must not run" >&2\nexit 1\n`
      )
      await chmod(join(bin, name), 0o755)
    }
    const called = () => readFile(calledLog, 'utf8').catch(() => '')
    return { workspace, bin, called }
  }

  it('renders a --json-out-dir tree and a single JSON plan without running terragrunt', async () => {
    const { workspace, bin, called } = await planDir()
    const pr = gh.state.createPull(OWNER, REPO, { title: 'Plans', head: 'plans' })
    const run = await runPlan({
      workspace,
      apiUrl: gh.url,
      event: prEvent(pr),
      path: [bin],
      inputs: { 'plan-path': 'plans' }
    })
    expect(run.exitCode).toBe(0)
    expect(await called()).toBe('')

    const expected = sumExpected(
      await Promise.all(Object.values(JSON_UNITS).map(async (f) => expectedFromText(await fixtureText(f))))
    )
    expect(countOutputs(run)).toEqual(expected)
    expect(run.outputs['has-destroy']).toBe('true')
    const body = comments(pr.number)[0].body
    expect(tableRows(body).length).toBe(4)
    for (const unit of Object.keys(JSON_UNITS)) expect(tableRow(body, unit)).toBeDefined()
    expect(unescapeMarkdown(callout(body))).toContain('<code>tfcoremock_complex_resource.complex</code>')
    expect(run.outputs['plan-hash']).toMatch(/^[0-9a-f]{64}$/)

    const single = await runPlan({
      workspace,
      apiUrl: gh.url,
      event: prEvent(pr),
      path: [bin],
      inputs: { 'plan-path': `plans/${U.prodVpc}/tfplan.json`, label: 'single' }
    })
    expect(single.exitCode).toBe(0)
    expect(await called()).toBe('')
    expect(countOutputs(single)).toEqual(expectedFromText(await fixtureText(JSON_UNITS[U.prodVpc])))
    const units = JSON.parse(single.outputs['units-json']) as { status: string; destroyed: string[] }[]
    expect(units).toHaveLength(1)
    expect(units[0].status).toBe('changes')
    expect(units[0].destroyed).toEqual(['tfcoremock_complex_resource.complex'])
    expect(comments(pr.number)).toHaveLength(2)
  })

  /** The action.yml defaults of the inputs runPlan otherwise sets for its Terragrunt runs. */
  const planPathDefaults = { 'working-directory': '.', 'changed-only': 'true' }

  it('narrows the plans with units and warns once about the Terragrunt inputs it ignores', async () => {
    const { workspace, bin } = await planDir()
    const run = await runPlan({
      workspace,
      event: push(),
      path: [bin],
      inputs: {
        ...planPathDefaults,
        'plan-path': 'plans',
        units: 'production/**\n!**/app',
        'tf-binary': 'tofu',
        parallelism: '9'
      }
    })
    expect(run.exitCode).toBe(0)
    expect((JSON.parse(run.outputs['units-json']) as { path: string }[]).map((u) => u.path)).toEqual([U.prodVpc])
    const warnings = run.annotations.filter((a) => a.level === 'warning').map((a) => a.message)
    expect(warnings).toEqual([
      "Input 'plan-path' reads plans an earlier step made, so Terragrunt is not run: 'tf-binary', 'parallelism' are ignored."
    ])
    // Defaults (working-directory, changed-only, …) are not "set": no warning for a plain plan-path run.
    const plain = await runPlan({
      workspace,
      event: push(),
      path: [bin],
      inputs: { ...planPathDefaults, 'plan-path': 'plans' }
    })
    expect(plain.annotations.filter((a) => a.level === 'warning')).toEqual([])
  })

  it('a unit that units names but plan-path has no plan for is a failed unit, never left out', async () => {
    const { workspace, bin } = await planDir()
    // dev/db failed to plan in the earlier step: Terragrunt wrote no tfplan.json for it. `non-production` names a
    // directory of units that has plans, and the glob narrows as before.
    const run = await runPlan({
      workspace,
      event: push(),
      path: [bin],
      inputs: {
        ...planPathDefaults,
        'plan-path': 'plans',
        units: `${U.devDb}\n${U.prodVpc}\nnon-production\n!**/app`
      }
    })
    expect(run.exitCode).toBe(1)
    const units = JSON.parse(run.outputs['units-json']) as { path: string; status: string; error?: string }[]
    expect(units.map((u) => `${u.path}: ${u.status}`)).toEqual([
      `${U.devDb}: error`,
      `${U.devVpc}: changes`,
      `${U.prodVpc}: changes`
    ])
    expect(units[0].error).toContain('no plan file for this unit')
    expect(failure(run)).toMatch(/^1 unit\(s\) failed to plan: non-production\/development\/db/)
  })

  it('fails with one line naming plan-path when it does not exist', async () => {
    const { workspace, bin, called } = await planDir()
    const pr = gh.state.createPull(OWNER, REPO, { title: 'Plans', head: 'plans' })
    const run = await runPlan({
      workspace,
      apiUrl: gh.url,
      event: prEvent(pr),
      path: [bin],
      inputs: { 'plan-path': 'plans/missing' }
    })
    expect(run.exitCode).toBe(1)
    expect(failure(run)).toMatch(/^Input 'plan-path' .*plans\/missing.*does not exist/)
    expect(failure(run)).not.toMatch(/\n/)
    expect(await called()).toBe('')
    expect(comments(pr.number)).toHaveLength(0)
  })
})

describe('bad inputs', () => {
  it.each([
    ['parallelism', '0'],
    ['comment', 'sometimes'],
    ['fail-on', 'maybe'],
    ['redact', '(unclosed'],
    ['working-directory', 'nope'],
    ['units', 'does/not/exist']
  ])('%s: %s fails with one line naming the input and leaves no comment', async (input, value) => {
    const pr = gh.state.createPull(OWNER, REPO, { title: 'Bad input', head: 'bad-input' })
    const run = await runPlan({
      workspace: await exampleWorkspace(),
      apiUrl: gh.url,
      event: prEvent(pr),
      inputs: { [input]: value }
    })
    expect(run.exitCode).toBe(1)
    const errors = run.annotations.filter((a) => a.level === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0].message).toContain(`Input '${input}'`)
    expect(errors[0].message).toContain(value)
    expect(errors[0].message).not.toMatch(/\n/)
    expect(errors[0].message).not.toMatch(/^Unexpected error/)
    expect(run.stdout).not.toMatch(/^\s+at /m)
    expect(plannedUnits(run)).toEqual([])
    expect(comments(pr.number)).toHaveLength(0)
    expect(writes()).toEqual([])
  })
})

describe('what reaches terragrunt and tofu', () => {
  it('passes tf-binary as --tf-path and extra-args to tofu with quoting intact', async () => {
    const run = await runPlan({
      workspace: await exampleWorkspace(),
      event: push(),
      inputs: { units: U.devDns, 'tf-binary': 'tofu', 'extra-args': '-lock=false -var "x=a b"' }
    })
    expect(run.exitCode).toBe(0)
    expect(JSON.parse(run.outputs['units-json'])).toMatchObject([{ path: U.devDns, status: 'no-changes' }])

    // One `terragrunt run --all` plans the stack; it names the tf binary and limits the queue to the unit.
    const tgRuns = run.calls.filter((c) => c.bin === 'terragrunt' && c.argv[0] === 'run')
    expect(tgRuns).toHaveLength(1)
    const tgArgv = tgRuns[0].argv
    expect(tgArgv.slice(0, 2)).toEqual(['run', '--all'])
    expect(tgArgv[tgArgv.indexOf('--tf-path') + 1]).toBe('tofu')
    expect(tgArgv[tgArgv.indexOf('--queue-include-dir') + 1]).toBe(U.devDns)

    const plans = run.calls.filter((c) => c.bin === 'tofu' && c.argv[0] === 'plan')
    expect(plans).toHaveLength(1)
    const argv = plans[0].argv
    const at = argv.indexOf('-lock=false')
    expect(at).toBeGreaterThan(0)
    expect(argv.slice(at, at + 3)).toEqual(['-lock=false', '-var', 'x=a b'])
    expect(plans[0].exitCode).toBe(0)
  })

  it('sets no TF_PLUGIN_CACHE_DIR pointing at a missing directory when the Actions cache service is not there', async () => {
    // A tofu in front of the fake one that records what it was given; Terraform and OpenTofu complain on every
    // command when TF_PLUGIN_CACHE_DIR names a directory that does not exist.
    const bin = await emptyDir('tpc-tofu-wrapper-')
    const home = await emptyDir('tpc-home-')
    const seen = join(bin, 'plugin-cache.log')
    await writeFile(
      join(bin, 'tofu'),
      [
        '#!/bin/sh',
        `if [ -z "$TF_PLUGIN_CACHE_DIR" ]; then echo unset >> '${seen}'`,
        `elif [ -d "$TF_PLUGIN_CACHE_DIR" ]; then echo "exists $TF_PLUGIN_CACHE_DIR" >> '${seen}'`,
        `else echo "missing $TF_PLUGIN_CACHE_DIR" >> '${seen}'; fi`,
        `exec '${join(FAKE_BIN_DIR, 'tofu')}' "$@"`,
        ''
      ].join('\n')
    )
    await chmod(join(bin, 'tofu'), 0o755)
    const run = await runPlan({
      workspace: await exampleWorkspace(),
      event: push(),
      path: [bin, FAKE_BIN_DIR],
      env: { HOME: home },
      inputs: { units: U.devDns, 'plugin-cache': 'true' }
    })
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(/cache service is not available/)
    const lines = (await readFile(seen, 'utf8')).trim().split('\n')
    expect(lines.length).toBeGreaterThan(0)
    expect(lines.filter((l) => l.startsWith('missing'))).toEqual([])
  })
})
