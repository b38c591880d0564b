/**
 * The demultiplexer and the stack planner on run output in the shapes of Terragrunt v0.93.4 and v1.1.3
 * (test/fixtures/terragrunt/README.md says where each field comes from), run-level errors included.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { demuxTerragruntLog, parseRunReport, runLevelErrors } from '../../../src/core/terragrunt/logs.js'
import { planStack } from '../../../src/core/terragrunt/run-all.js'
import { readPlanPath } from '../../../src/core/terragrunt/plan-files.js'

const DIR = join(import.meta.dirname, '../../fixtures/terragrunt')
const ROOT = '/home/runner/work/live/live'
const read = (name: string) => readFile(join(DIR, name), 'utf8').catch(() => '')

async function recorded(name: string): Promise<{ stdout: string; stderr: string; report: string }> {
  return {
    stdout: await read(`${name}.stdout`),
    stderr: await read(`${name}.stderr`),
    report: await read(`${name}.report.json`)
  }
}

/** planStack against a runner that replays a recording and writes its report and `vpc`'s JSON plan. */
async function replay(name: string, units: string[]) {
  const rec = await recorded(name)
  const outDir = await mkdtemp(join(tmpdir(), 'recorded-'))
  return planStack({
    cli: {
      binary: 'terragrunt',
      env: {},
      runner: {
        run: async () => {
          if (rec.report) await writeFile(join(outDir, 'report.json'), rec.report)
          if (rec.stdout.includes('"working-dir":"vpc"') || rec.stdout.includes(`"working-dir":"${ROOT}/vpc"`)) {
            await mkdir(join(outDir, 'vpc'), { recursive: true })
            await writeFile(
              join(outDir, 'vpc/tfplan.json'),
              await readFile(join(DIR, '../plans/tf-equiv-basic_multiline_string_update.json'), 'utf8')
            )
          }
          return { exitCode: 1, stdout: rec.stdout, stderr: rec.stderr, timedOut: false }
        }
      }
    },
    root: ROOT,
    units,
    everyUnit: true,
    parallelism: 1,
    extraArgs: [],
    outDir,
    version: name.includes('1.1.3') ? '1.1.3' : '0.93.4'
  })
}

describe.each(['0.93.4', '1.1.3'])('Terragrunt %s run --all output', (version) => {
  it('splits into units by working-dir, with or without knowing the root', async () => {
    const { stdout, stderr } = await recorded(`tg-${version}-run-all-plan`)
    for (const root of [ROOT, undefined]) {
      const log = demuxTerragruntLog(`${stdout}\n${stderr}`, { root })
      expect(log.format).toBe('json')
      expect([...log.units.keys()].sort()).toEqual(['db', 'vpc'])
      expect(log.units.get('vpc')!.stdout.join('\n')).toContain('Plan: 0 to add, 1 to change, 0 to destroy.')
      expect(log.units.get('db')!.stderr).toContain('Error: Error acquiring the state lock')
      // no Terragrunt ERROR line of the unit's own: `tofu invocation failed` is not logged for a failed plan from
      // v0.93.0 (test/emulators/terragrunt/bin/errors.mjs invocationFailedLine)
      expect(log.units.get('db')!.logs.some((l) => l.startsWith('ERROR '))).toBe(false)
      expect(log.queue.sort()).toEqual(['app', 'db', 'vpc'])
      expect(log.summary).toMatchObject({ units: 3, succeeded: 1, failed: 1, earlyExits: 1 })
    }
  })

  it('reads the run report of that version', async () => {
    const report = parseRunReport((await recorded(`tg-${version}-run-all-plan`)).report)
    expect(report.map((r) => [r.name, r.result, r.reason ?? null])).toEqual([
      ['db', 'failed', 'run error'],
      ['vpc', 'succeeded', null],
      ['app', 'early exit', 'ancestor error']
    ])
    expect(report[1].cmd).toBe(version === '1.1.3' ? 'plan' : undefined)
  })

  it('plans each unit from its own result', async () => {
    const units = await replay(`tg-${version}-run-all-plan`, ['vpc', 'db', 'app'])
    expect(units.map((u) => [u.path, u.status, u.error])).toEqual([
      ['vpc', 'changes', undefined],
      ['db', 'error', 'Error acquiring the state lock'],
      ['app', 'error', 'not planned: a dependency failed (db)']
    ])
  })

  it('a dependency cycle: a run-level error with no unit, shown on every unit', async () => {
    const { stdout, stderr, report } = await recorded(`tg-${version}-cycle`)
    const log = demuxTerragruntLog(`${stdout}\n${stderr}`)
    expect(log.units.size).toBe(0)
    expect(runLevelErrors(log)).toEqual(['cycle detected during queue construction'])
    expect(parseRunReport(report)).toEqual([])
    const units = await replay(`tg-${version}-cycle`, ['a', 'b', 'c'])
    expect(units.map((u) => [u.path, u.status, u.error])).toEqual(
      ['a', 'b', 'c'].map((u) => [
        u,
        'error',
        'Terragrunt stopped the run before this unit: cycle detected during queue construction'
      ])
    )
  })
})

describe('Terragrunt 1.1.3: a unit whose configuration does not parse', () => {
  it('fails the whole run; the error names a file but carries no unit, and every unit shows it', async () => {
    const { stdout, stderr } = await recorded('tg-1.1.3-parse-error')
    const log = demuxTerragruntLog(`${stdout}\n${stderr}`)
    expect(log.units.size).toBe(0)
    expect(runLevelErrors(log)).toEqual([
      `${ROOT}/b/terragrunt.hcl:4,1-2: Argument or block definition required; An argument or block definition is required here.`
    ])
    const units = await replay('tg-1.1.3-parse-error', ['a', 'b'])
    expect(units.every((u) => u.status === 'error' && u.error!.includes('b/terragrunt.hcl:4,1-2'))).toBe(true)
  })
})

describe('plan-path with a directory', () => {
  it('shows units that failed or never ran (they have no tfplan.json) from the run report', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'plan-path-'))
    await mkdir(join(dir, 'vpc'))
    await writeFile(
      join(dir, 'vpc/tfplan.json'),
      await readFile(join(DIR, '../plans/tf-equiv-basic_multiline_string_update.json'), 'utf8')
    )
    await writeFile(join(dir, 'report.json'), (await recorded('tg-1.1.3-run-all-plan')).report)
    // the run's own output saved beside it gives the text of each unit
    const rec = await recorded('tg-1.1.3-run-all-plan')
    await writeFile(join(dir, 'terragrunt.log'), `${rec.stdout}\n${rec.stderr}`)
    const units = await readPlanPath(dir, { expectedUnits: ['vpc', 'db', 'app', 'dns'] })
    expect(units.map((u) => [u.path, u.status])).toEqual([
      ['app', 'error'],
      ['db', 'error'],
      ['dns', 'error'],
      ['vpc', 'changes']
    ])
    expect(units[0].error).toBe('not planned: a dependency failed (db)')
    expect(units[1].error).toContain('Error acquiring the state lock')
    expect(units[2].error).toBe('no plan file for this unit (expected <unit>/tfplan.json)')
    expect(units[3].text).toContain('Plan: 0 to add, 1 to change, 0 to destroy.')
  })

  it('an expected path with plans below it names a directory of units, not a missing unit', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'plan-path-'))
    const plan = await readFile(join(DIR, '../plans/tf-equiv-basic_multiline_string_update.json'), 'utf8')
    for (const unit of ['dev/vpc', 'dev/app']) {
      await mkdir(join(dir, unit), { recursive: true })
      await writeFile(join(dir, unit, 'tfplan.json'), plan)
    }
    const units = await readPlanPath(dir, { expectedUnits: ['dev', 'dev/vpc', 'prod/vpc', './dev/db/'] })
    expect(units.map((u) => [u.path, u.status])).toEqual([
      ['dev/app', 'changes'],
      ['dev/db', 'error'],
      ['dev/vpc', 'changes'],
      ['prod/vpc', 'error']
    ])
  })

  it('says why there is nothing when the run failed before any unit', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'plan-path-'))
    const rec = await recorded('tg-1.1.3-cycle')
    await writeFile(join(dir, 'terragrunt.log'), rec.stderr)
    await expect(readPlanPath(dir)).rejects.toThrow(
      'the Terragrunt run failed before any unit: cycle detected during queue construction'
    )
  })
})

describe('runLevelErrors: the real shapes of run-level errors', () => {
  const json = (msg: string, dir = ROOT, level = 'error') =>
    JSON.stringify({ time: 't', level, 'working-dir': dir, msg }).replace(/","/g, '", "')
  const multi = (errors: string[]) =>
    `${errors.length === 1 ? 'error occurred' : `${errors.length} errors occurred`}:\n\n` +
    errors
      .map((e) =>
        e
          .split('\n')
          .map((l, i) => (i === 0 ? `* ${l}` : `  ${l}`))
          .join('\n')
      )
      .join('\n\n') +
    '\n'
  const failed =
    'Failed to execute "tofu plan" in ./db\n\nError: Error acquiring the state lock\n\nLock Info:\n  ID: 42\n\nexit status 1'
  const early = `Unit '${ROOT}/app' did not run due to a failure in '${ROOT}/db'`
  const flat = (text: string) =>
    text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .join(' ')
  const hcl = [
    'Error: Argument or block definition required',
    `  on ${ROOT}/b/terragrunt.hcl line 4:`,
    '   4: }',
    'An argument or block definition is required here.'
  ]
  const oneLine = `${ROOT}/b/terragrunt.hcl:4,1-2: Argument or block definition required; An argument or block definition is required here.`

  it.each([
    [
      'a cycle: no unit, one line',
      [json('cycle detected during queue construction')],
      ['cycle detected during queue construction']
    ],
    [
      '`Run failed:` with a multi-line bullet and a bullet per unit (v0.81.1+): one error',
      [json(`Run failed: ${multi([failed, early])}`)],
      [flat(`Run failed: ${multi([failed, early])}`)]
    ],
    [
      'v0.99+: `Run failed:` then main logs the same multi-error again: kept once',
      [json(`Run failed: ${multi([failed, early])}`), json(multi([failed, early]))],
      [flat(`Run failed: ${multi([failed, early])}`)]
    ],
    ['before v0.81.1: the bare multi-error from main', [json(multi([failed]))], [flat(multi([failed]))]],
    [
      'the HCL diagnostic text, then its one-line error (1.x parse error): the one-line error',
      [...hcl.map((l) => json(l)), json(oneLine)],
      [oneLine]
    ],
    [
      'the HCL diagnostic text alone: one error with file, line, summary and detail',
      hcl.map((l) => json(l)),
      [
        `${ROOT}/b/terragrunt.hcl:4: Argument or block definition required; An argument or block definition is required here.`
      ]
    ],
    [
      'two different run-level errors: both',
      [json('cycle detected during queue construction'), json(oneLine)],
      ['cycle detected during queue construction', oneLine]
    ],
    [
      "a unit's own ERROR lines and INFO lines are not run-level; the exit-code note is dropped",
      [
        json('tofu invocation failed in ./db', 'db'),
        json('The following units will be run', ROOT, 'info'),
        json('Unable to determine underlying exit code, so Terragrunt will exit with error code 1')
      ],
      []
    ]
  ] as [string, string[], string[]][])('json: %s', (_name, lines, expected) => {
    expect(runLevelErrors(demuxTerragruntLog(lines.join('\n'), { root: ROOT }))).toEqual(expected)
  })

  it('pretty format: the multi-line `Run failed:` message is one error', () => {
    const text = `10:00:00.000 ERROR  Run failed: ${multi([failed, early])}`
    expect(runLevelErrors(demuxTerragruntLog(text, { root: ROOT }))).toEqual([
      flat(`Run failed: ${multi([failed, early])}`)
    ])
  })

  it('a run-level error is never dropped: every unit without a result of its own shows it', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'run-level-'))
    const stderr = [...hcl.map((l) => json(l)), json(oneLine)].join('\n')
    const units = await planStack({
      cli: {
        binary: 'terragrunt',
        env: {},
        runner: {
          run: async () => {
            await writeFile(join(outDir, 'report.json'), '[]')
            return { exitCode: 1, stdout: '', stderr, timedOut: false }
          }
        }
      },
      root: ROOT,
      units: ['a', 'b', 'c/d'],
      everyUnit: true,
      parallelism: 1,
      extraArgs: [],
      outDir,
      version: '1.1.3'
    })
    expect(units.map((u) => [u.path, u.status, u.error])).toEqual(
      ['a', 'b', 'c/d'].map((u) => [u, 'error', `Terragrunt stopped the run before this unit: ${oneLine}`])
    )
  })
})
