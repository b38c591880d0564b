import { describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { finishPlanStack, planStack, startPlanStack } from '../../../src/core/terragrunt/run-all.js'
import type { PlanStackOptions } from '../../../src/core/terragrunt/run-all.js'
import type { ProcessResult } from '../../../src/core/terragrunt/process.js'

const fixture = (name: string) => readFile(join(import.meta.dirname, '../../fixtures/plans', name), 'utf8')
const ROOT = '/live'

/** One json log line as Terragrunt ≥ 0.67 writes it with --log-format json. */
const line = (unit: string, level: string, msg: string) =>
  JSON.stringify({ time: '2026-11-22T03:00:00Z', level, 'working-dir': `${ROOT}/${unit}`, 'tf-path': 'tofu', msg })

async function stack(
  files: Record<string, string>,
  result: Partial<ProcessResult>,
  version = '0.93.4'
): Promise<{ options: PlanStackOptions; argv: string[][] }> {
  const outDir = await mkdtemp(join(tmpdir(), 'run-all-'))
  const argv: string[][] = []
  const options: PlanStackOptions = {
    cli: {
      binary: 'terragrunt',
      env: {},
      runner: {
        run: async (_cmd, args) => {
          argv.push(args)
          for (const [path, text] of Object.entries(files)) {
            await mkdir(join(outDir, path, '..'), { recursive: true })
            await writeFile(join(outDir, path), text)
          }
          return { exitCode: 0, stdout: '', stderr: '', timedOut: false, ...result }
        }
      }
    },
    root: ROOT,
    units: ['dev/vpc', 'dev/app', 'dev/db'],
    everyUnit: true,
    parallelism: 4,
    extraArgs: [],
    outDir,
    version
  }
  return { options, argv }
}

describe('planStack', () => {
  it("takes each unit's status from its JSON plan, report entry and log lines", async () => {
    const { options } = await stack(
      {
        'dev/vpc/tfplan.json': await fixture('tf-json-requires-replace.json'),
        'report.json': JSON.stringify([
          { Name: 'dev/vpc', Result: 'succeeded' },
          { Name: 'dev/db', Result: 'failed', Reason: 'run error' },
          { Name: 'dev/app', Result: 'early exit', Reason: 'ancestor error', Cause: 'dev/db' }
        ])
      },
      {
        exitCode: 1,
        stdout: [line('dev/vpc', 'stdout', 'Terraform will perform the following actions:\n')].join('\n'),
        stderr: [line('dev/db', 'stderr', '╷\n│ Error: Error acquiring the state lock\n╵\n')].join('\n')
      }
    )
    const units = await planStack(options)
    expect(units.map((u) => [u.path, u.status, u.error])).toEqual([
      ['dev/vpc', 'changes', undefined],
      ['dev/app', 'error', 'not planned: a dependency failed (dev/db)'],
      ['dev/db', 'error', 'Error acquiring the state lock']
    ])
    expect(units[0].counts.replace).toBe(1)
  })

  it('asks for the report only where Terragrunt has it without an experiment flag', async () => {
    const old = await stack({}, {}, '0.85.0')
    await planStack(old.options)
    expect(old.argv[0]).not.toContain('--report-file')
    const current = await stack({}, {}, '1.0.2')
    await planStack(current.options)
    expect(current.argv[0]).toContain('--report-file')
  })

  it('marks every unit failed, with what Terragrunt said, when the run stops before planning anything', async () => {
    const { options } = await stack(
      {},
      { exitCode: 1, stderr: JSON.stringify({ level: 'error', msg: 'Error parsing root.hcl: Unsupported argument' }) }
    )
    const units = await planStack(options)
    expect(units.every((u) => u.status === 'error')).toBe(true)
    expect(units[0].error).toContain('Error parsing root.hcl: Unsupported argument')
  })

  it('leaves out units an exclude block skipped, and flags units Terragrunt never ran', async () => {
    const { options } = await stack(
      { 'report.json': JSON.stringify([{ Name: 'dev/db', Result: 'excluded', Reason: 'exclude block' }]) },
      { stdout: line('dev/vpc', 'stdout', 'No changes. Your infrastructure matches the configuration.\n') }
    )
    const units = await planStack(options)
    expect(units.map((u) => [u.path, u.status])).toEqual([
      ['dev/vpc', 'no-changes'],
      ['dev/app', 'error']
    ])
    expect(units[1].error).toContain('did not run this unit')
  })

  it('starts a run of every unit before the units are known, and accounts for each unit named when it finishes', async () => {
    const { options, argv } = await stack(
      { 'dev/vpc/tfplan.json': await fixture('tf-json-requires-replace.json') },
      { stdout: line('dev/vpc', 'stdout', 'Terraform will perform the following actions:\n') }
    )
    const { units, ...rest } = options
    const run = startPlanStack({ ...rest, everyUnit: true })
    const plans = await finishPlanStack(run, units)
    expect(argv[0]).not.toContain('--queue-include-dir')
    expect(plans.map((u) => [u.path, u.status])).toEqual([
      ['dev/vpc', 'changes'],
      ['dev/app', 'error'],
      ['dev/db', 'error']
    ])
    expect(plans[1].error).toContain('did not run this unit')
  })

  it('needs the units to start a run that does not cover every unit', async () => {
    const { options } = await stack({}, {})
    const { units: _units, ...rest } = options
    expect(() => startPlanStack({ ...rest, everyUnit: false })).toThrow('the units to plan are needed')
  })
})
