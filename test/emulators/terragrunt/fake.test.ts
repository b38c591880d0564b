import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { chmod, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import {
  FAKE_BIN_DIR,
  FAKE_TERRAGRUNT,
  FAKE_TOFU,
  PLAN_FIXTURES,
  fakeEnv,
  makeLiveRepo,
  maxOverlap,
  readCalls,
  runFake
} from './harness.js'
import type { FakeCall } from './harness.js'

/** `version` ≥ `min`, both `x.y.z`. */
function versionAtLeastForTest(version: string, min: string): boolean {
  const [a, b] = [version, min].map((v) => v.split('.').map(Number))
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] > b[i]
  return true
}

const PRETTY_LINE = /^\d{2}:\d{2}:\d{2}\.\d{3} (STDOUT|STDERR|INFO|WARN|ERROR|DEBUG) /

async function fixture(name: string): Promise<string> {
  return readFile(join(PLAN_FIXTURES, name), 'utf8')
}

/** vpc <- app, db <- app; a root terragrunt.hcl included by every unit; a cache dir that must be ignored. */
async function stackRepo(): Promise<string> {
  const include = 'include "root" {\n  path = find_in_parent_folders()\n}\n'
  return makeLiveRepo(
    {
      '.': 'remote_state {\n  backend = "gcs"\n}\n',
      'live/vpc': include,
      'live/db': include + '# dependency "x" { config_path = "../nope" }\n',
      'live/app':
        include +
        'dependency "vpc" {\n  config_path = "../vpc"\n  mock_outputs = { id = "x" }\n}\n' +
        'dependencies {\n  paths = ["../db"]\n}\n',
      'live/app/.terragrunt-cache/abc/def': 'terraform {}\n'
    },
    { 'live/vpc/main.tf': '' }
  )
}

describe('fake terragrunt: version, find, flags', () => {
  it('prints its version like the real one', async () => {
    const dir = await makeLiveRepo({})
    const env = await fakeEnv(dir, { terragruntVersion: '1.0.2' })
    for (const flag of ['--version', '-v']) {
      const res = await runFake(FAKE_TERRAGRUNT, [flag], { cwd: dir, env })
      expect(res).toMatchObject({ code: 0, stdout: 'terragrunt version v1.0.2\n' })
    }
    const tofu = await runFake(FAKE_TOFU, ['version'], { cwd: dir, env: await fakeEnv(dir, { tofuVersion: '1.9.1' }) })
    expect(tofu.stdout).toBe('OpenTofu v1.9.1\non linux_amd64\n')
  })

  it('finds units with their dependencies and skips the included root config and caches', async () => {
    const dir = await stackRepo()
    const env = await fakeEnv(dir, {})
    const res = await runFake(
      FAKE_TERRAGRUNT,
      ['find', '--json', '--dependencies', '--working-dir', dir, '--no-color'],
      {
        cwd: dir,
        env
      }
    )
    expect(res.code).toBe(0)
    expect(JSON.parse(res.stdout)).toEqual([
      { type: 'unit', path: 'live/app', dependencies: ['live/vpc', 'live/db'] },
      { type: 'unit', path: 'live/db' },
      { type: 'unit', path: 'live/vpc' }
    ])
    const plain = await runFake(FAKE_TERRAGRUNT, ['find', '--working-dir', join(dir, 'live')], { cwd: dir, env })
    expect(plain.stdout).toBe('app\ndb\nvpc\n')
    const dag = await runFake(FAKE_TERRAGRUNT, ['find', '--dag', '--json'], { cwd: join(dir, 'live'), env })
    expect((JSON.parse(dag.stdout) as { path: string }[]).map((u) => u.path)).toEqual(['db', 'vpc', 'app'])
  })

  it('acts like an old Terragrunt without find when findSupported is false', async () => {
    const dir = await stackRepo()
    const res = await runFake(FAKE_TERRAGRUNT, ['find', '--json', '--no-color'], {
      cwd: dir,
      env: await fakeEnv(dir, { terragruntVersion: '0.66.9', findSupported: false })
    })
    expect(res.code).toBe(1)
    expect(res.stdout).toBe('')
    expect(res.stderr).toMatch(/ERROR +OpenTofu has no command named "find"/)
  })

  it('refuses flags and commands the real tools do not have', async () => {
    const dir = await stackRepo()
    const env = await fakeEnv(dir, {})
    const cwd = join(dir, 'live/vpc')
    const cases: [string, string[], RegExp][] = [
      [FAKE_TERRAGRUNT, ['--bogus', 'plan'], /flag provided but not defined: -bogus/],
      [FAKE_TERRAGRUNT, ['run', 'plan', '-out=x'], /flag `-out` is not a Terragrunt flag/],
      [FAKE_TERRAGRUNT, ['--terragrunt-non-interactive', 'plan'], /not defined: -terragrunt-non-interactive/],
      [FAKE_TERRAGRUNT, ['providers', 'lock'], /unknown command: "providers"/],
      [FAKE_TERRAGRUNT, ['plan', '--log-format', 'xml'], /invalid format "xml"/],
      [FAKE_TERRAGRUNT, ['run', '--all', '--filter', '[main...HEAD]', '--', 'plan'], /not emulated/],
      [FAKE_TOFU, ['plan', '-bogus'], /flag provided but not defined: -bogus/],
      [FAKE_TOFU, ['plan', 'extra'], /Too many command line arguments/],
      [FAKE_TOFU, ['frobnicate'], /OpenTofu has no command named "frobnicate"/]
    ]
    for (const [bin, args, message] of cases) {
      const res = await runFake(bin, args, { cwd, env })
      expect({ args, code: res.code }).toEqual({ args, code: 1 })
      expect(res.stderr).toMatch(message)
    }
  })
})

describe('fake terragrunt: one unit', () => {
  const planArgs = (unitDir: string, planFile: string): string[] => [
    'plan',
    '--working-dir',
    unitDir,
    '--non-interactive',
    '--no-color',
    '--tf-forward-stdout',
    '--tf-path',
    'tofu',
    '--',
    `-out=${planFile}`,
    '-detailed-exitcode',
    '-no-color',
    '-input=false'
  ]

  it('plans with the real exit code, saves a plan that show -json reads back, and really runs tofu', async () => {
    const dir = await stackRepo()
    const env = await fakeEnv(dir, { units: { 'live/vpc': { fixture: 'tofu-equiv-moved_with_drift' } } })
    const unitDir = join(dir, 'live/vpc')
    const planFile = join(dir, 'out/vpc.tfplan')
    const plan = await runFake(FAKE_TERRAGRUNT, planArgs(unitDir, planFile), { cwd: dir, env })
    expect(plan.code).toBe(2)
    const text = (await fixture('tofu-equiv-moved_with_drift.txt'))
      .replace('Saved the plan to: equivalence_test_plan', `Saved the plan to: ${planFile}`)
      .replace('"equivalence_test_plan"', `"${planFile}"`)
    // like the real one, with --tf-forward-stdout the auto-init output reaches stdout raw, before the plan
    expect(plan.stdout.startsWith('\nInitializing the backend...\n')).toBe(true)
    expect(plan.stdout.endsWith(text)).toBe(true)
    expect(existsSync(planFile)).toBe(true)
    const again = await runFake(FAKE_TERRAGRUNT, planArgs(unitDir, planFile), { cwd: dir, env })
    expect(again).toMatchObject({ code: 2, stdout: text })

    const show = await runFake(
      FAKE_TERRAGRUNT,
      [
        'show',
        '--working-dir',
        unitDir,
        '--non-interactive',
        '--no-color',
        '--tf-forward-stdout',
        '--',
        '-json',
        planFile
      ],
      { cwd: dir, env }
    )
    expect(show.code).toBe(0)
    expect(JSON.parse(show.stdout)).toEqual(JSON.parse(await fixture('tofu-equiv-moved_with_drift.json')))

    const text2 = await runFake(
      FAKE_TERRAGRUNT,
      ['show', '--working-dir', unitDir, '--tf-forward-stdout', '--', '-no-color', planFile],
      {
        cwd: dir,
        env
      }
    )
    expect(text2.stdout).toContain('Plan: 0 to add, 2 to change, 0 to destroy.')
    expect(text2.stdout).not.toContain('Refreshing state')
    expect(text2.stdout).not.toContain('Saved the plan')

    const calls = await readCalls(env)
    const tofuCalls = calls.filter((c) => c.bin === 'tofu')
    expect(tofuCalls.map((c) => c.argv[0])).toEqual(['init', 'plan', 'plan', 'show', 'show'])
    expect(tofuCalls[1]).toMatchObject({
      argv: ['plan', `-out=${planFile}`, '-detailed-exitcode', '-no-color', '-input=false', '-no-color'],
      cwd: unitDir,
      unit: 'live/vpc',
      exitCode: 2
    })
    expect(calls.filter((c) => c.bin === 'terragrunt')).toHaveLength(4)
  })

  it('exits 0 for a unit without changes and 1 with an Error box for a failing one', async () => {
    const dir = await stackRepo()
    const env = await fakeEnv(dir, {
      autoInit: false,
      units: { db: { fail: 'Error acquiring the state lock\nLock Info:\n  ID: 1234' } }
    })
    const none = await runFake(FAKE_TERRAGRUNT, planArgs(join(dir, 'live/vpc'), join(dir, 'p1')), { cwd: dir, env })
    expect(none.code).toBe(0)
    expect(none.stdout).toContain('No changes. Your infrastructure matches the configuration.')

    const failed = await runFake(FAKE_TERRAGRUNT, planArgs(join(dir, 'live/db'), join(dir, 'p2')), { cwd: dir, env })
    expect(failed.code).toBe(1)
    // --no-color: the plain diagnostic, as terraform/tofu print it without colours (no box)
    expect(failed.stderr).toContain('\nError: Error acquiring the state lock\n\nLock Info:\n  ID: 1234\n')
    expect(failed.stderr).toMatch(/ERROR +error occurred:\n\n\* Failed to execute "tofu plan -out=/)
    expect(existsSync(join(dir, 'p2'))).toBe(false)
  })

  it('prints tofu output through the pretty logger without a unit prefix and without empty lines', async () => {
    const dir = await stackRepo()
    const env = await fakeEnv(dir, { defaultUnit: { fixture: 'tfcmt-import-only' } })
    const res = await runFake(FAKE_TERRAGRUNT, ['plan', '--no-color', '--', '-no-color'], {
      cwd: join(dir, 'live/db'),
      env
    })
    expect(res.code).toBe(0)
    const lines = res.stdout.trimEnd().split('\n')
    expect(lines.every((l) => /^\d{2}:\d{2}:\d{2}\.\d{3} STDOUT tofu: /.test(l))).toBe(true)
    const expected = (await fixture('tfcmt-import-only.txt')).split('\n').filter((l) => l !== '')
    expect(lines.map((l) => l.replace(/^.*? STDOUT tofu: /, ''))).toEqual(expected)
    expect(res.stderr).toMatch(/INFO {3}tofu: Initializing the backend\.\.\./)
  })

  it('uses the binary given by --tf-path or TG_TF_PATH and fails like Terragrunt when it is missing', async () => {
    const dir = await stackRepo()
    const env = await fakeEnv(dir, {})
    const viaFlag = await runFake(FAKE_TERRAGRUNT, ['plan', '--tf-path', FAKE_TOFU, '--no-color'], {
      cwd: join(dir, 'live/db'),
      env
    })
    expect(viaFlag.code).toBe(0)
    const missing = await runFake(FAKE_TERRAGRUNT, ['plan'], {
      cwd: join(dir, 'live/db'),
      env: { ...env, TG_TF_PATH: 'no-such-tofu' }
    })
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('exec: "no-such-tofu": executable file not found in $PATH')
  })
})

describe('fake terragrunt: run --all', () => {
  it('writes json log lines, plan files, JSON plans and the report, and aggregates -detailed-exitcode', async () => {
    const dir = await stackRepo()
    const live = join(dir, 'live')
    const out = join(dir, 'plans')
    const env = await fakeEnv(dir, {
      terragruntVersion: '1.0.2',
      units: {
        vpc: { fixture: 'tf-equiv-basic_multiline_string_update' },
        db: { fixture: 'tfcmt-import-only' },
        app: {}
      }
    })
    const res = await runFake(
      FAKE_TERRAGRUNT,
      [
        'run',
        '--all',
        '--non-interactive',
        '--no-color',
        '--log-format',
        'json',
        '--working-dir',
        live,
        '--out-dir',
        out,
        '--json-out-dir',
        out,
        '--report-file',
        join(dir, 'report.json'),
        '--report-format',
        'json',
        '--',
        'plan',
        '-detailed-exitcode',
        '-no-color'
      ],
      { cwd: dir, env }
    )
    expect(res.code).toBe(2)
    const logLines = (res.stdout + res.stderr).split('\n').filter((l) => l.startsWith('{'))
    expect(logLines.length).toBeGreaterThan(5)
    for (const line of logLines) {
      const entry = JSON.parse(line) as Record<string, unknown>
      expect(Object.keys(entry).slice(0, 3)).toEqual(['time', 'level', 'working-dir'])
      expect(entry.time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/)
      expect(typeof entry.msg).toBe('string')
      if (entry.level === 'stdout') expect(entry['tf-path']).toBe('tofu')
    }
    expect(res.stdout).toMatch(/❯❯ Run Summary {2}3 units {2}\d+m?s\n {3}─{28}\n {3}Succeeded {4}3\n/)

    for (const unit of ['vpc', 'db', 'app']) {
      expect(existsSync(join(out, unit, 'tfplan.tfplan'))).toBe(true)
    }
    expect(JSON.parse(await readFile(join(out, 'vpc', 'tfplan.json'), 'utf8'))).toEqual(
      JSON.parse(await fixture('tf-equiv-basic_multiline_string_update.json'))
    )
    // a text-only fixture has no JSON form; an empty plan's JSON is synthesised
    expect(existsSync(join(out, 'db', 'tfplan.json'))).toBe(false)
    expect(JSON.parse(await readFile(join(out, 'app', 'tfplan.json'), 'utf8'))).toMatchObject({
      applyable: false,
      errored: false
    })

    const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as Record<string, unknown>[]
    expect(report.map((r) => [r.Name, r.Result]).sort()).toEqual([
      ['app', 'succeeded'],
      ['db', 'succeeded'],
      ['vpc', 'succeeded']
    ])
    expect(Object.keys(report[0])).toEqual(['Started', 'Ended', 'Name', 'Result', 'Cmd', 'Args'])
  })

  it('fails the run with exit 1, marks dependents as early exits, and exits 0 without -detailed-exitcode', async () => {
    const dir = await stackRepo()
    const live = join(dir, 'live')
    const env = await fakeEnv(dir, {
      autoInit: false,
      units: { vpc: { fail: 'Unsupported argument' }, db: { fixture: 'dflook-move-only' } }
    })
    const base = ['run', '--all', '--no-color', '--report-file', 'r.json', '--report-format', 'json']
    const failed = await runFake(FAKE_TERRAGRUNT, [...base, '--', 'plan', '-detailed-exitcode'], { cwd: live, env })
    expect(failed.code).toBe(1)
    const report = JSON.parse(await readFile(join(live, 'r.json'), 'utf8')) as Record<string, unknown>[]
    const byName: Record<string, Record<string, unknown>> = Object.fromEntries(report.map((r) => [String(r.Name), r]))
    expect(byName.vpc).toMatchObject({ Result: 'failed', Reason: 'run error' })
    expect(byName.vpc.Cause).toContain('Error: Unsupported argument')
    expect(byName.app).toMatchObject({ Result: 'early exit', Reason: 'ancestor error', Cause: 'vpc' })
    expect(byName.db).toMatchObject({ Result: 'succeeded' })
    expect(failed.stdout).toContain('   Failed       1\n   Early Exits  1\n')
    // --no-color: OpenTofu prints its diagnostics plain, without the box
    expect(failed.stderr).toMatch(/STDERR \[vpc\] tofu: Error: Unsupported argument/)

    const env2 = await fakeEnv(dir, { autoInit: false, units: { db: { fixture: 'dflook-move-only' } } })
    const detailed = await runFake(FAKE_TERRAGRUNT, ['run', '--all', '--', 'plan', '-detailed-exitcode'], {
      cwd: live,
      env: env2
    })
    expect(detailed.code).toBe(2)
    const plain = await runFake(FAKE_TERRAGRUNT, ['run', '--all', 'plan'], { cwd: live, env: env2 })
    expect(plain.code).toBe(0)
  })

  it('selects units with --queue-include-dir and --filter', async () => {
    const dir = await stackRepo()
    const live = join(dir, 'live')
    const env = await fakeEnv(dir, { autoInit: false })
    const planned = async (args: string[]): Promise<string[]> => {
      const before = (await readCalls(env)).length
      const res = await runFake(FAKE_TERRAGRUNT, ['run', '--all', ...args, '--', 'plan'], { cwd: live, env })
      expect(res.code).toBe(0)
      return (await readCalls(env))
        .slice(before)
        .filter((c) => c.bin === 'tofu')
        .map((c) => c.unit!)
        .sort()
    }
    expect(await planned(['--queue-include-dir', 'vpc', '--queue-include-dir', './db'])).toEqual(['db', 'vpc'])
    expect(await planned(['--filter', '{./app}'])).toEqual(['app'])
    expect(await planned(['--filter', '!{./app}'])).toEqual(['db', 'vpc'])
    expect(await planned(['--queue-include-dir', join(live, '*')])).toEqual(['app', 'db', 'vpc'])
  })

  it('prints the queue header of each Terragrunt era and prefixes unit lines', async () => {
    const dir = await stackRepo()
    const live = join(dir, 'live')
    const header = async (version: string): Promise<string> => {
      const env = await fakeEnv(dir, { terragruntVersion: version, autoInit: false })
      const gate = version.startsWith('0.75') ? ['--experiment', 'cli-redesign'] : []
      const res = await runFake(FAKE_TERRAGRUNT, ['run', '--all', ...gate, '--no-color', '--', 'plan'], {
        cwd: live,
        env
      })
      expect(
        res.stdout
          .split('\n')
          .filter((l) => l.includes('STDOUT'))
          .every((l) => /STDOUT \[(app|db|vpc)\] tofu: /.test(l))
      ).toBe(true)
      return res.stderr.replace(/^\d{2}:\d{2}:\d{2}\.\d{3} /gm, '')
    }
    expect(await header('1.1.3')).toContain(
      'INFO   The following units will be run, starting with dependencies and then their dependents:\n.\n├── db\n│   ╰── app\n╰── vpc\n    ╰── app\n'
    )
    expect(await header('0.99.1')).toContain(
      'INFO   Unit queue will be processed for plan in this order:\n- Unit db\n- Unit vpc\n- Unit app\n\n'
    )
    expect(await header('0.75.0')).toContain(
      'INFO   The stack at . will be processed in the following order for command plan:\nGroup 1\n- Module ./db\n- Module ./vpc\n\nGroup 2\n- Module ./app\n\n\n'
    )
  })

  it('runs at most --parallelism units at once, and that many do overlap', async () => {
    const units: Record<string, string> = {}
    for (let i = 0; i < 7; i++) units[`u${i}`] = ''
    const dir = await makeLiveRepo(units)
    const env = await fakeEnv(dir, { autoInit: false, defaultUnit: { fixture: 'dflook-move-only', delayMs: 1000 } })
    const res = await runFake(
      FAKE_TERRAGRUNT,
      ['run', '--all', '--parallelism', '3', '--non-interactive', '--', 'plan'],
      {
        cwd: dir,
        env
      }
    )
    expect(res.code).toBe(0)
    const plans = (await readCalls(env)).filter((c) => c.bin === 'tofu' && c.argv[0] === 'plan')
    expect(plans).toHaveLength(7)
    expect(maxOverlap(plans)).toBe(3)
  })

  it('records every call with its start and end', async () => {
    const dir = await stackRepo()
    const env = await fakeEnv(dir, { autoInit: false })
    await runFake(FAKE_TERRAGRUNT, ['run', '--all', '--', 'plan'], { cwd: join(dir, 'live'), env })
    const calls = await readCalls(env)
    expect(calls.map((c) => c.bin).sort()).toEqual(['terragrunt', 'tofu', 'tofu', 'tofu'])
    for (const c of calls) {
      expect(c.end).toBeGreaterThanOrEqual(c.start)
      expect(c.exitCode).toBe(0)
    }
    const tg = calls.find((c) => c.bin === 'terragrunt')!
    expect(tg.argv).toEqual(['run', '--all', '--', 'plan'])
    for (const c of calls.filter((x) => x.bin === 'tofu')) {
      expect(c.start).toBeGreaterThanOrEqual(tg.start)
      expect(c.end).toBeLessThanOrEqual(tg.end)
    }
  })

  it('pretty output lines keep their shape when colours are on', async () => {
    const dir = await stackRepo()
    const env = await fakeEnv(dir, { autoInit: false, defaultUnit: { fixture: 'tfcmt-import-only' } })
    const res = await runFake(FAKE_TERRAGRUNT, ['run', '--all', '--', 'plan'], {
      cwd: join(dir, 'live'),
      env: { ...env, NO_COLOR: undefined, TG_NO_COLOR: undefined }
    })
    expect(res.stdout).toContain('\u001b[')
    // eslint-disable-next-line no-control-regex
    const plain = res.stdout.replace(/\u001b\[[0-9;]*m/g, '')
    const lines = plain.split('\n').filter((l) => PRETTY_LINE.test(l))
    expect(lines.length).toBeGreaterThan(20)
  })
})

/** The one `run --all` call terragrunt-plan-comment makes: the flag set it relies on, in its order. */
function planAllArgs(
  root: string,
  out: string,
  options: { parallelism?: number; report?: boolean; include?: string[]; tfPath?: string; extra?: string[] } = {}
): string[] {
  const args = ['run', '--all', '--working-dir', root, '--non-interactive', '--no-color', '--log-format', 'json']
  args.push('--parallelism', String(options.parallelism ?? 4), '--out-dir', out, '--json-out-dir', out)
  if (options.report ?? true) args.push('--report-file', join(out, 'report.json'), '--report-format', 'json')
  for (const dir of options.include ?? []) args.push('--queue-include-dir', dir)
  if (options.tfPath) args.push('--tf-path', options.tfPath)
  return [...args, '--', 'plan', '-no-color', '-input=false', ...(options.extra ?? [])]
}

/** Files below `dir`, relative, sorted. */
async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return []
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort()
}

describe('fake terragrunt: the plan-comment run --all call', () => {
  it.each(['0.93.4', '1.0.2'])(
    'Terragrunt %s: json log per unit, plan files only for planned units, early exits, report',
    async (version) => {
      const dir = await stackRepo()
      const out = join(dir, 'plans')
      const env = await fakeEnv(dir, {
        terragruntVersion: version,
        units: {
          'live/vpc': { fail: 'Error acquiring the state lock\nLock Info:\n  ID: 42' },
          'live/db': { fixture: 'tf-equiv-basic_multiline_string_update' }
        }
      })
      const res = await runFake(
        FAKE_TERRAGRUNT,
        planAllArgs(dir, out, { tfPath: FAKE_TOFU, extra: ['-lock-timeout=5m'] }),
        { cwd: dir, env }
      )
      expect(res.code).toBe(1)

      // every line of both streams is a json log entry (the Run Summary aside), tofu output with level stdout/stderr
      // and the unit's working dir: absolute before 0.95, relative to the run's working dir from 0.95
      const entries = (res.stdout + res.stderr)
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as Record<string, string>)
      const tofuOutput = entries.filter((e) => e.level === 'stdout' || e.level === 'stderr')
      const unitDir = (unit: string): string => (version === '0.93.4' ? join(dir, unit) : unit)
      expect(new Set(tofuOutput.map((e) => e['working-dir']))).toEqual(
        new Set([unitDir('live/vpc'), unitDir('live/db')])
      )
      for (const e of tofuOutput) expect(e['tf-path']).toBe('tofu')
      const stderrOf = (unit: string): string =>
        tofuOutput
          .filter((e) => e.level === 'stderr' && e['working-dir'] === unitDir(unit))
          .map((e) => e.msg)
          .join('')
      expect(stderrOf('live/vpc')).toContain('\nError: Error acquiring the state lock\n\nLock Info:\n  ID: 42\n')
      expect(stderrOf('live/db')).toBe('')
      expect(res.stdout.split('\n').filter((l) => l !== '' && !l.startsWith('{'))[0]).toMatch(
        /^❯❯ Run Summary {2}3 units/
      )

      // a plan file and a JSON plan for the unit that planned, nothing for the failed one or its dependent
      expect(await listFiles(out)).toEqual(['live/db/tfplan.json', 'live/db/tfplan.tfplan', 'report.json'])
      expect(JSON.parse(await readFile(join(out, 'live/db/tfplan.json'), 'utf8'))).toEqual(
        JSON.parse(await fixture('tf-equiv-basic_multiline_string_update.json'))
      )

      const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as Record<string, unknown>[]
      expect(Object.fromEntries(report.map((r) => [r.Name, [r.Result, r.Reason, r.Cause ?? null]]))).toEqual({
        'live/vpc': ['failed', 'run error', expect.stringContaining('Error acquiring the state lock')],
        'live/db': ['succeeded', undefined, null],
        'live/app': ['early exit', 'ancestor error', 'live/vpc']
      })

      const plans = (await readCalls(env)).filter((c) => c.bin === 'tofu' && c.argv[0] === 'plan')
      expect(plans.map((c) => c.unit).sort()).toEqual(['live/db', 'live/vpc'])
      expect(plans.find((c) => c.unit === 'live/db')!.argv).toEqual([
        'plan',
        '-no-color',
        '-input=false',
        '-lock-timeout=5m',
        `-out=${join(out, 'live/db/tfplan.tfplan')}`,
        '-no-color'
      ])
    }
  )

  it('refuses --report-file before 0.81.2 and --report-format before 0.81.3, like the real one', async () => {
    const dir = await stackRepo()
    const out = join(dir, 'plans')
    for (const [version, flag] of [
      ['0.77.0', 'report-file'],
      ['0.81.1', 'report-file'],
      ['0.81.2', 'report-format']
    ]) {
      const env = await fakeEnv(dir, { terragruntVersion: version, autoInit: false })
      const res = await runFake(FAKE_TERRAGRUNT, planAllArgs(dir, out), { cwd: dir, env })
      expect({ version, code: res.code }).toEqual({ version, code: 1 })
      expect(res.stderr).toContain(`flag provided but not defined: -${flag}`)
      expect(existsSync(out)).toBe(false)
    }
    // an old Terragrunt also ignores TG_REPORT_FILE instead of writing a report
    const env = await fakeEnv(dir, { terragruntVersion: '0.80.0', autoInit: false })
    const viaEnv = await runFake(FAKE_TERRAGRUNT, planAllArgs(dir, out, { report: false }), {
      cwd: dir,
      env: { ...env, TG_REPORT_FILE: join(out, 'report.json') }
    })
    expect(viaEnv.code).toBe(0)
    expect(await listFiles(out)).not.toContain('report.json')
    expect(viaEnv.stdout).not.toContain('Run Summary')
  })

  it('writes the report and the summary only with the report experiment before 0.89, always from 0.89', async () => {
    const dir = await stackRepo()
    const run = async (version: string, extra: string[] = []): Promise<{ summary: boolean; report: boolean }> => {
      const out = join(dir, `plans-${version}-${extra.length}`)
      const env = await fakeEnv(dir, { terragruntVersion: version, autoInit: false })
      const args = planAllArgs(dir, out)
      const res = await runFake(FAKE_TERRAGRUNT, [...args.slice(0, 2), ...extra, ...args.slice(2)], { cwd: dir, env })
      expect(res.code).toBe(0)
      return { summary: res.stdout.includes('❯❯ Run Summary'), report: existsSync(join(out, 'report.json')) }
    }
    expect(await run('0.85.0')).toEqual({ summary: false, report: false })
    expect(await run('0.85.0', ['--experiment', 'report'])).toEqual({ summary: true, report: true })
    expect(await run('0.88.1', ['--experiment-mode'])).toEqual({ summary: true, report: true })
    expect(await run('0.89.0')).toEqual({ summary: true, report: true })
    expect(await run('0.93.4')).toEqual({ summary: true, report: true })
  })

  it('--queue-include-dir takes paths relative to the working dir; before 0.97 it brings in dependencies', async () => {
    const dir = await stackRepo()
    const out = join(dir, 'plans')
    const planned = async (version: string, include: string[], extra: string[] = []): Promise<string[]> => {
      const env = await fakeEnv(dir, { terragruntVersion: version, autoInit: false })
      await rm(env.FAKE_TG_CALLS, { force: true })
      const args = planAllArgs(dir, out, { include })
      const res = await runFake(FAKE_TERRAGRUNT, [...args.slice(0, 2), ...extra, ...args.slice(2)], { cwd: dir, env })
      expect(res.code).toBe(0)
      const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as { Name: string }[]
      const plans = (await readCalls(env)).filter((c) => c.bin === 'tofu' && c.argv[0] === 'plan')
      const units = plans.map((c) => c.unit!).sort()
      expect(report.map((r) => r.Name).sort()).toEqual(units)
      return units
    }
    expect(await planned('1.0.2', ['live/app'])).toEqual(['live/app'])
    expect(await planned('1.0.2', ['live/vpc', './live/db'])).toEqual(['live/db', 'live/vpc'])
    expect(await planned('0.97.0', ['live/app'])).toEqual(['live/app'])
    // app depends on vpc and db: older versions plan them too, unless --queue-strict-include
    expect(await planned('0.93.4', ['live/app'])).toEqual(['live/app', 'live/db', 'live/vpc'])
    expect(await planned('0.93.4', ['live/app'], ['--queue-strict-include'])).toEqual(['live/app'])
    expect(await planned('0.93.4', ['live/vpc'])).toEqual(['live/vpc'])
  })
})

describe('fake terragrunt: tofu in-process', () => {
  /** Output and calls with the times, durations and pids taken out. */
  function normalise(res: { code: number; stdout: string; stderr: string }): { code: number; out: string } {
    const out = (res.stdout + '\n--- stderr ---\n' + res.stderr)
      .replace(/"time":"[^"]*"/g, '"time":"T"')
      .replace(/^\d{2}:\d{2}:\d{2}\.\d{3} /gm, 'T ')
      .replace(/(Run Summary {2}\d+ units {2})\S+/g, '$1D')
    return { code: res.code, out }
  }
  const withoutTimes = (calls: FakeCall[]): Omit<FakeCall, 'start' | 'end' | 'pid'>[] =>
    calls.map(({ start: _s, end: _e, pid: _p, ...rest }) => rest)

  it('gives the same output, files and calls log as a tofu process per call', async () => {
    const dir = await stackRepo()
    const out = join(dir, 'plans')
    const env = await fakeEnv(dir, {
      units: {
        'live/vpc': { fixture: 'tf-equiv-basic_multiline_string_update', stderr: 'Warning: something odd' },
        'live/db': { fixture: 'tfcmt-import-only' },
        'live/app': { fail: 'Unsupported argument\nAn argument named "x" is not expected here.' }
      }
    })
    const once = async (spawnTofu: boolean) => {
      await rm(out, { recursive: true, force: true })
      await rm(env.FAKE_TG_CALLS, { force: true })
      for (const u of ['vpc', 'db', 'app'])
        await rm(join(dir, 'live', u, '.terraform'), { recursive: true, force: true })
      const results = []
      for (const format of ['json', 'pretty']) {
        const args = planAllArgs(dir, out, { parallelism: 1 }).map((a) => (a === 'json' ? format : a))
        results.push(
          normalise(
            await runFake(FAKE_TERRAGRUNT, args, {
              cwd: dir,
              env: { ...env, FAKE_TG_SPAWN_TOFU: spawnTofu ? '1' : undefined }
            })
          )
        )
      }
      const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as Record<string, unknown>[]
      const calls = await readCalls(env)
      const files: Record<string, string> = {}
      for (const f of await listFiles(out)) if (f !== 'report.json') files[f] = await readFile(join(out, f), 'utf8')
      return {
        results,
        files,
        report: report.map(({ Started: _s, Ended: _e, ...rest }) => rest),
        calls: withoutTimes(calls),
        pids: calls.map((c) => c.pid)
      }
    }
    const spawned = await once(true)
    const inProcess = await once(false)
    expect(inProcess.results).toEqual(spawned.results)
    expect(inProcess.results[0].code).toBe(1)
    expect(inProcess.files).toEqual(spawned.files)
    // db's text-only fixture has no JSON form: its plan file but no tfplan.json; app failed: neither
    expect(Object.keys(inProcess.files)).toEqual([
      'live/db/tfplan.tfplan',
      'live/vpc/tfplan.json',
      'live/vpc/tfplan.tfplan'
    ])
    expect(inProcess.report).toEqual(spawned.report)
    expect(inProcess.calls).toEqual(spawned.calls)
    expect(inProcess.calls.filter((c) => c.bin === 'tofu').map((c) => `${c.argv[0]} ${c.unit}`)).toEqual([
      // json run, parallelism 1 in DAG order (app depends on db and vpc); show -json of db fails (text-only fixture)
      ...['init live/db', 'plan live/db', 'show live/db', 'init live/vpc', 'plan live/vpc', 'show live/vpc'],
      ...['init live/app', 'plan live/app'],
      // pretty run: the units were initialised by the json run
      ...['plan live/db', 'show live/db', 'plan live/vpc', 'show live/vpc', 'plan live/app']
    ])
    // one process per terragrunt run in-process; one per call when spawned
    expect(new Set(inProcess.pids).size).toBe(2)
    expect(new Set(spawned.pids).size).toBe(spawned.pids.length)
  })

  it('spawns any other tf binary, such as a wrapper in front of the fake tofu', async () => {
    const dir = await stackRepo()
    const live = join(dir, 'live')
    const seen = join(dir, 'wrapper.log')
    await mkdir(join(dir, 'bin'))
    await writeFile(join(dir, 'bin/tofu'), `#!/bin/sh\necho "$*" >> '${seen}'\nexec '${FAKE_TOFU}' "$@"\n`)
    await chmod(join(dir, 'bin/tofu'), 0o755)
    const env = await fakeEnv(dir, { autoInit: false })
    /** Runs the call; returns how many tofu calls the wrapper saw, and how many pids the calls log holds. */
    const run = async (out: string, options: { tfPath?: string; path?: string }): Promise<[number, number]> => {
      await rm(env.FAKE_TG_CALLS, { force: true })
      await rm(seen, { force: true })
      const res = await runFake(FAKE_TERRAGRUNT, planAllArgs(live, join(dir, out), { tfPath: options.tfPath }), {
        cwd: dir,
        env: { ...env, PATH: options.path ?? env.PATH }
      })
      expect(res.code).toBe(0)
      const calls = await readCalls(env)
      const tofu = calls.filter((c) => c.bin === 'tofu').map((c) => `${c.argv[0]} ${c.unit}`)
      expect(tofu.sort()).toEqual(['plan app', 'plan db', 'plan vpc', 'show app', 'show db', 'show vpc'])
      const wrapped = existsSync(seen) ? (await readFile(seen, 'utf8')).trim().split('\n').length : 0
      return [wrapped, new Set(calls.map((c) => c.pid)).size]
    }
    // a wrapper as --tf-path, or found first on PATH: a process per call (7 pids: terragrunt and 6 tofu)
    expect(await run('p1', { tfPath: join(dir, 'bin/tofu') })).toEqual([6, 7])
    expect(await run('p2', { path: `${join(dir, 'bin')}:${env.PATH}` })).toEqual([6, 7])
    // the fake tofu, by path or found on PATH: in-process (one pid)
    expect(await run('p3', { tfPath: FAKE_TOFU })).toEqual([0, 1])
    expect(await run('p4', { path: `${FAKE_BIN_DIR}:${env.PATH}` })).toEqual([0, 1])
  })

  it('keeps --parallelism N with N plans in their delay at once, in far less time than one after another', async () => {
    const units: Record<string, string> = {}
    for (let i = 0; i < 24; i++) units[`u${String(i).padStart(2, '0')}`] = ''
    const dir = await makeLiveRepo(units)
    const env = await fakeEnv(dir, { autoInit: false, defaultUnit: { fixture: 'dflook-move-only', delayMs: 400 } })
    const res = await runFake(FAKE_TERRAGRUNT, planAllArgs(dir, join(dir, '.plans'), { parallelism: 8 }), {
      cwd: dir,
      env
    })
    expect(res.code).toBe(0)
    const calls = await readCalls(env)
    const plans = calls.filter((c) => c.bin === 'tofu' && c.argv[0] === 'plan')
    expect(plans).toHaveLength(24)
    expect(maxOverlap(plans)).toBe(8)
    for (const p of plans) expect(p.end - p.start).toBeGreaterThanOrEqual(395)
    // ideal 3 × 0.4 s; one after another would take 9.6 s
    const tg = calls.find((c) => c.bin === 'terragrunt')!
    expect(tg.end - tg.start).toBeLessThan(4000)
  })
})

describe('fake scenario: defaultUnit', () => {
  it('applies only to units without an entry of their own', async () => {
    const dir = await stackRepo()
    const out = join(dir, 'plans')
    const env = await fakeEnv(dir, {
      autoInit: false,
      units: { 'live/vpc': { fixture: 'tf-equiv-basic_multiline_string_update' }, db: {} },
      defaultUnit: { planText: 'DEFAULT PLAN TEXT\n\nPlan: 1 to add, 0 to change, 0 to destroy.\n', delayMs: 300 }
    })
    const res = await runFake(FAKE_TERRAGRUNT, planAllArgs(dir, out), { cwd: dir, env })
    expect(res.code).toBe(0)
    const stdoutOf = (unit: string): string =>
      res.stdout
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as Record<string, string>)
        .filter((e) => e.level === 'stdout' && e['working-dir'] === join(dir, unit))
        .map((e) => e.msg)
        .join('')
    // the named unit keeps its fixture (the default's planText does not hide it), and gets none of the default's fields
    expect(stdoutOf('live/vpc')).toContain('Plan: 0 to add, 1 to change, 0 to destroy.')
    expect(stdoutOf('live/vpc')).not.toContain('DEFAULT PLAN TEXT')
    expect(stdoutOf('live/db')).toContain('No changes.')
    expect(stdoutOf('live/app')).toContain('DEFAULT PLAN TEXT')
    const plans = (await readCalls(env)).filter((c) => c.bin === 'tofu' && c.argv[0] === 'plan')
    const took = Object.fromEntries(plans.map((c): [string, number] => [c.unit ?? '', c.end - c.start]))
    expect(took['live/app']).toBeGreaterThanOrEqual(295)
    expect(took['live/vpc']).toBeLessThan(295)
    expect(took.db).toBeLessThan(295) // the calls log names a unit by its scenario key
  })
})

describe('fake terragrunt: the cli-redesign experiment gate of 0.73.0 to 0.77.21', () => {
  it.each([
    ['0.73.0', 'run', true],
    ['0.77.21', 'run', true],
    ['0.77.21', 'find', true],
    ['0.77.22', 'run', false],
    ['0.77.22', 'find', false],
    ['1.1.3', 'run', false]
  ])('Terragrunt %s %s refuses without --experiment cli-redesign: %s', async (version, command, refused) => {
    const dir = await stackRepo()
    const env = await fakeEnv(dir, { terragruntVersion: version, autoInit: false })
    const args = command === 'run' ? ['run', '--all', '--no-color', '--', 'plan'] : ['find', '--json', '--no-color']
    const live = join(dir, 'live')
    const without = await runFake(FAKE_TERRAGRUNT, args, { cwd: live, env })
    expect({
      code: without.code,
      refused: without.stderr.includes('requires that the cli-redesign experiment')
    }).toEqual(refused ? { code: 1, refused: true } : { code: 0, refused: false })
    if (refused) {
      expect(without.stderr).toMatch(
        /ERROR +requires that the cli-redesign experiment is enabled\. e\.g\. --experiment cli-redesign\n/
      )
      const withFlag = await runFake(FAKE_TERRAGRUNT, ['--experiment', 'cli-redesign', ...args], { cwd: live, env })
      expect(withFlag.code).toBe(0)
      const withEnv = await runFake(FAKE_TERRAGRUNT, args, {
        cwd: live,
        env: { ...env, TG_EXPERIMENT: 'cli-redesign' }
      })
      expect(withEnv.code).toBe(0)
    }
  })
})

describe('fake terragrunt: run-level errors carry no unit', () => {
  const jsonEntries = (text: string): Record<string, string>[] =>
    text
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, string>)

  it.each(['0.93.4', '1.1.3'])('Terragrunt %s: a dependency cycle stops the run before any unit', async (version) => {
    const dir = await makeLiveRepo({
      'live/a': 'dependency "b" {\n  config_path = "../b"\n}\n',
      'live/b': 'dependency "a" {\n  config_path = "../a"\n}\n',
      'live/c': ''
    })
    const out = join(dir, 'plans')
    await mkdir(out)
    const env = await fakeEnv(dir, { terragruntVersion: version })
    const res = await runFake(FAKE_TERRAGRUNT, planAllArgs(join(dir, 'live'), out), { cwd: dir, env })
    expect(res.code).toBe(1)
    const errors = jsonEntries(res.stderr).filter((e) => e.level === 'error')
    expect(errors).toEqual([
      expect.objectContaining({ 'working-dir': join(dir, 'live'), msg: 'cycle detected during queue construction' })
    ])
    expect(errors[0]).not.toHaveProperty('tf-path')
    expect(JSON.parse(await readFile(join(out, 'report.json'), 'utf8'))).toEqual([])
    expect((await readCalls(env)).filter((c) => c.bin === 'tofu')).toEqual([])
  })

  // a fails; b depends on a (its dependency failed); c depends on b (its dependency exited early)
  const chainRepo = () =>
    makeLiveRepo({
      'live/a': '',
      'live/b': 'dependency "a" {\n  config_path = "../a"\n}\n',
      'live/c': 'dependency "b" {\n  config_path = "../b"\n}\n'
    })
  const failedA = (where: string, out: string) =>
    `Failed to execute "tofu plan -no-color -input=false -out=${out}/a/tfplan.tfplan -no-color" in ${where}\n` +
    '\nError: Unsupported argument\n\nexit status 1'
  const mod = (d: string, u: string, deps: string[]) =>
    `Module ${d}/live/${u} (excluded: false, assume applied: false, dependencies: [${deps.map((x) => `${d}/live/${x}`).join(', ')}])`

  // configstack (before 0.89): the run error lists each failed module's error, the dependency's error inside
  const configstackLines = () => [
    ['a', `tofu invocation failed in ./a`],
    ['a', 'Module ./a has finished with an error'],
    ['b', 'Dependency ./a of module ./b just finished with an error. Module ./b will have to return an error too.'],
    ['b', 'Module ./b has finished with an error'],
    ['c', 'Dependency ./b of module ./c just finished with an error. Module ./c will have to return an error too.'],
    ['c', 'Module ./c has finished with an error']
  ]
  const configstackErrors = (d: string, a: string) => {
    const b = `Cannot process module ${mod(d, 'b', ['a'])} because one of its dependencies, ${mod(d, 'a', [])}, finished with an error: ${a}`
    const c = `Cannot process module ${mod(d, 'c', ['b'])} because one of its dependencies, ${mod(d, 'b', ['a'])}, finished with an error: ${b}`
    return [a, b, c]
  }

  it.each([
    // version, per-unit ERROR lines (working-dir: msg), the run's ERROR messages
    ['0.81.1', configstackLines, (d: string, a: string) => [['Run failed: ', ...configstackErrors(d, a)]]],
    [
      '0.80.0',
      (_d: string) => [
        ['a', `tofu invocation failed in ./a`],
        ['a', 'Module ./a has finished with an error'],
        ['b', 'Dependency ./a of module ./b just finished with an error. Module ./b will have to return an error too.'],
        ['b', 'Module ./b has finished with an error'],
        ['c', 'Dependency ./b of module ./c just finished with an error. Module ./c will have to return an error too.'],
        ['c', 'Module ./c has finished with an error']
      ],
      (d: string, a: string) => {
        const b = `Cannot process module ${mod(d, 'b', ['a'])} because one of its dependencies, ${mod(d, 'a', [])}, finished with an error: ${a}`
        const c = `Cannot process module ${mod(d, 'c', ['b'])} because one of its dependencies, ${mod(d, 'b', ['a'])}, finished with an error: ${b}`
        return [[a, b, c]]
      }
    ],
    [
      '0.92.0',
      () => [['a', 'tofu invocation failed in ./a']],
      (d: string, a: string) => [
        ['Run failed: ', a, 'unit ./b did not run due to early exit', 'unit ./c did not run due to early exit']
      ]
    ],
    [
      '0.93.4',
      () => [],
      (d: string, a: string) => [
        ['Run failed: ', a, 'unit ./b did not run due to early exit', 'unit ./c did not run due to early exit']
      ]
    ],
    [
      '1.1.3',
      () => [],
      (d: string, a: string) => {
        const errs = [
          a,
          `Unit '${d}/live/b' did not run due to a failure in '${d}/live/a'`,
          `Unit '${d}/live/c' did not run due to an earlier failure`
        ]
        // `Run failed: …` from runall, then main logs the same error again
        return [['Run failed: ', ...errs], errs]
      }
    ]
  ] as [string, (d: string) => string[][], (d: string, a: string) => string[][]][])(
    'Terragrunt %s: the per-unit failure lines and the run error of the source',
    async (version, unitLines, runErrors) => {
      const dir = await chainRepo()
      const out = join(dir, 'plans')
      await mkdir(out)
      const env = await fakeEnv(dir, {
        terragruntVersion: version,
        autoInit: false,
        units: { a: { fail: 'Unsupported argument' } }
      })
      const args = planAllArgs(join(dir, 'live'), out, { report: versionAtLeastForTest(version, '0.89.0') })
      const res = await runFake(FAKE_TERRAGRUNT, args, { cwd: dir, env })
      expect(res.code).toBe(1)
      const v1 = version.startsWith('1.')
      const errors = jsonEntries(res.stderr).filter((e) => e.level === 'error')
      const unitDir = (u: string) => (versionAtLeastForTest(version, '0.95.0') ? u : join(dir, 'live', u))
      expect(
        errors.filter((e) => e['working-dir'] !== join(dir, 'live')).map((e) => [e['working-dir'], e.msg])
      ).toEqual(unitLines(dir).map(([u, msg]) => [unitDir(u), msg]))
      // 0.x rewrites absolute paths inside messages relative to the working dir; 1.x keeps them
      const a = failedA(v1 ? './a' : './a', v1 ? out : '../plans')
      const expected = runErrors(dir, a).map((list) => {
        const [prefix, ...rest] = list[0] === 'Run failed: ' ? list : ['', ...list]
        const body = rest
          .map((e) =>
            e
              .split('\n')
              .map((l, i) => (i === 0 ? `* ${l}` : `  ${l}`))
              .join('\n')
          )
          .join('\n\n')
        return `${prefix}${rest.length === 1 ? 'error occurred' : `${rest.length} errors occurred`}:\n\n${body}\n`
      })
      const run = errors.filter((e) => e['working-dir'] === join(dir, 'live')).map((e) => e.msg)
      expect(run).toEqual(v1 ? expected : expected.map((e) => e.split(dir + '/live').join('.')))
    }
  )

  it('Terragrunt 1.x: a unit that does not parse fails the whole run; before 1.0 only that unit', async () => {
    // a stray top-level brace on line 4: hclsyntax's "Argument or block definition required", subject 4,1-2
    const dir = await makeLiveRepo({ 'live/a': '', 'live/b': 'locals {\n  name = "b"\n}\n}\n' })
    const out = join(dir, 'plans')
    await mkdir(out)
    const scenario = { units: { b: { parseError: true } } }
    const file = join(dir, 'live/b/terragrunt.hcl')
    const diagnostic = `${file}:4,1-2: Argument or block definition required; An argument or block definition is required here.`
    const v1 = await fakeEnv(dir, { ...scenario, terragruntVersion: '1.1.3' })
    const res = await runFake(FAKE_TERRAGRUNT, planAllArgs(join(dir, 'live'), out), { cwd: dir, env: v1 })
    expect(res.code).toBe(1)
    // the parser's diagnostics writer first (a log entry per line, empty ones dropped), then the error itself
    expect(jsonEntries(res.stderr).filter((e) => e.level === 'error')).toEqual(
      [
        'Error: Argument or block definition required',
        `  on ${file} line 4:`,
        '   4: }',
        'An argument or block definition is required here.',
        diagnostic
      ].map((msg) => expect.objectContaining({ 'working-dir': join(dir, 'live'), msg }))
    )
    expect(await listFiles(out)).toEqual(['report.json'])

    const v0 = await fakeEnv(dir, { ...scenario, terragruntVersion: '0.99.5' })
    const old = await runFake(FAKE_TERRAGRUNT, planAllArgs(join(dir, 'live'), join(dir, 'old')), { cwd: dir, env: v0 })
    expect(old.code).toBe(1)
    const errors = jsonEntries(old.stderr).filter((e) => e.level === 'error')
    expect(errors[0]).toMatchObject({ 'working-dir': 'b', msg: 'Error: Argument or block definition required' })
    // 0.x rewrites absolute paths in messages relative to the working dir
    expect(errors.at(-2)).toMatchObject({
      'working-dir': join(dir, 'live'),
      msg: `Run failed: error occurred:\n\n* ./b/terragrunt.hcl:4,1-2: Argument or block definition required; An argument or block definition is required here.\n`
    })
    const report = JSON.parse(await readFile(join(dir, 'old/report.json'), 'utf8')) as Record<string, string>[]
    expect(Object.fromEntries(report.map((r) => [r.Name, r.Result]))).toEqual({ a: 'succeeded', b: 'failed' })
  })

  it('refuses a parseError unit whose file has no syntax error it can locate (exit 97)', async () => {
    const dir = await makeLiveRepo({ 'live/a': 'locals {\n  x = "}"\n}\n' })
    const env = await fakeEnv(dir, { terragruntVersion: '1.1.3', units: { a: { parseError: true } } })
    const res = await runFake(FAKE_TERRAGRUNT, planAllArgs(join(dir, 'live'), join(dir, 'plans')), { cwd: dir, env })
    expect(res.code).toBe(97)
    expect(res.stderr).toContain('has no stray top-level "}"')
  })
})

describe('fake terragrunt: stacks and find --reading, as the real versions', () => {
  const stacksRepo = () =>
    makeLiveRepo(
      {
        'catalog/units/vpc':
          'include "root" {\n  path = find_in_parent_folders("root.hcl")\n}\nlocals {\n  env = read_terragrunt_config(find_in_parent_folders("env.hcl"))\n}\n'
      },
      {
        'live/root.hcl': '',
        'live/env.hcl': 'locals {\n  name = "dev"\n}\n',
        'live/dev/terragrunt.stack.hcl':
          'unit "vpc" {\n  source = "../../catalog/units/vpc"\n  path   = "vpc"\n  values = { cidr = "10.0.0.0/16", name = "vpc" }\n}\n'
      }
    )

  it.each([
    { version: '0.77.21', args: [], code: 1, generated: false },
    { version: '0.77.21', args: ['--experiment', 'stacks'], code: 0, generated: true },
    { version: '0.78.0', args: [], code: 0, generated: true }
  ])('stack generate at $version $args: exit $code', async ({ version, args, code, generated }) => {
    const dir = await stacksRepo()
    const env = await fakeEnv(dir, { terragruntVersion: version })
    const res = await runFake(FAKE_TERRAGRUNT, ['stack', 'generate', '--working-dir', join(dir, 'live'), ...args], {
      cwd: dir,
      env
    })
    expect(res.code).toBe(code)
    if (!generated)
      expect(res.stderr).toContain('stacks experiment is not enabled use --experiment stacks to enable it')
    const values = join(dir, 'live/dev/.terragrunt-stack/vpc/terragrunt.values.hcl')
    expect(existsSync(values)).toBe(generated)
    if (generated) {
      expect(readFileSync(values, 'utf8')).toBe(
        '# Auto-generated by the terragrunt.stack.hcl file by Terragrunt. Do not edit manually\ncidr = "10.0.0.0/16"\nname = "vpc"\n'
      )
      expect(existsSync(join(dir, 'live/dev/.terragrunt-stack/vpc/terragrunt.hcl'))).toBe(true)
    }
  })

  it.each([
    { version: '0.78.4', generated: false },
    { version: '0.79.0', generated: true }
  ])('run --all generates stacks from 0.79.0 ($version)', async ({ version, generated }) => {
    const dir = await stacksRepo()
    const env = await fakeEnv(dir, { terragruntVersion: version })
    await runFake(FAKE_TERRAGRUNT, ['run', '--all', '--working-dir', join(dir, 'live'), '--', 'plan'], {
      cwd: dir,
      env
    })
    expect(existsSync(join(dir, 'live/dev/.terragrunt-stack/vpc/terragrunt.hcl'))).toBe(generated)
  })

  it.each([
    { version: '0.91.0', code: 1, reading: undefined },
    { version: '0.92.0', code: 0, reading: ['env.hcl'] },
    { version: '0.94.0', code: 0, reading: ['env.hcl', 'root.hcl'] }
  ])('find --reading at $version', async ({ version, code, reading }) => {
    const dir = await stacksRepo()
    const env = await fakeEnv(dir, { terragruntVersion: '1.0.0' })
    await runFake(FAKE_TERRAGRUNT, ['stack', 'generate', '--working-dir', join(dir, 'live')], { cwd: dir, env })
    const res = await runFake(FAKE_TERRAGRUNT, ['find', '--json', '--reading', '--working-dir', join(dir, 'live')], {
      cwd: dir,
      env: await fakeEnv(dir, { terragruntVersion: version })
    })
    expect(res.code).toBe(code)
    if (code === 0) {
      expect(JSON.parse(res.stdout)).toContainEqual({ type: 'unit', path: 'dev/.terragrunt-stack/vpc', reading })
    } else expect(res.stderr).toContain('flag provided but not defined: -reading')
  })
})

describe('fake terragrunt: running the units that read a file', () => {
  it.each([
    { version: '0.96.0', flag: ['--queue-include-units-reading', 'common.hcl'], planned: ['a', 'c'] },
    { version: '0.96.0', flag: ['--queue-include-units-reading', '*.hcl'], planned: [] },
    { version: '1.0.0', flag: ['--queue-include-units-reading', '*.hcl'], planned: ['a', 'c'] },
    { version: '1.0.0', flag: ['--filter', 'reading=common.hcl'], planned: ['a', 'c'] }
  ])('$version $flag', async ({ version, flag, planned }) => {
    const dir = await makeLiveRepo(
      {
        a: 'locals {\n  c = read_terragrunt_config("${get_terragrunt_dir()}/../common.hcl")\n}\n',
        b: '',
        c: 'include "common" {\n  path = find_in_parent_folders("common.hcl")\n}\n'
      },
      { 'common.hcl': '' }
    )
    const env = await fakeEnv(dir, { terragruntVersion: version })
    const res = await runFake(FAKE_TERRAGRUNT, ['run', '--all', ...flag, '--', 'plan'], { cwd: dir, env })
    expect(res.code).toBe(0)
    const calls = await readCalls(env)
    const units = calls.filter((c) => c.bin === 'tofu' && c.argv[0] === 'plan').map((c) => relative(dir, c.cwd))
    expect(units.sort()).toEqual(planned)
  })
})
