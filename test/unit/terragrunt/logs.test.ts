import { describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { stripAnsi } from '../../../src/core/plan/ansi.js'
import { demuxTerragruntLog, parseRunReport } from '../../../src/core/terragrunt/logs.js'
import { normaliseUnitPath } from '../../../src/core/terragrunt/files.js'
import { FAKE_TERRAGRUNT, PLAN_FIXTURES, fakeEnv, makeLiveRepo, runFake } from '../../emulators/terragrunt/harness.js'

const fixture = (name: string): Promise<string> => readFile(join(PLAN_FIXTURES, name), 'utf8')

/** A text's lines without the empty string after its final newline. */
function linesOf(text: string): string[] {
  const lines = text.split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}

const NO_CHANGES = [
  'No changes. Your infrastructure matches the configuration.',
  'OpenTofu has compared your real infrastructure against your configuration and',
  'found no differences, so no changes are needed.'
]
/** The same as OpenTofu prints it; the json format keeps its blank lines. */
const NO_CHANGES_RAW = ['', NO_CHANGES[0], '', NO_CHANGES[1], NO_CHANGES[2]]

describe('demuxTerragruntLog on recorded Terragrunt output', () => {
  it('splits the v1 pretty run --all plan into two units with their plan lines', async () => {
    const res = demuxTerragruntLog(await fixture('terragrunt-v1-pretty-run-all-plan-two-units.txt'))
    expect(res.format).toBe('pretty')
    expect([...res.units.keys()].sort()).toEqual(['unit-1', 'unit-2'])
    for (const unit of ['unit-1', 'unit-2']) {
      const u = res.units.get(unit)!
      expect(u.stdout).toEqual(NO_CHANGES)
      expect(u.stderr).toEqual([])
      expect(u.logs[0]).toBe('INFO Initializing the backend...')
      expect(u.logs).toHaveLength(9)
    }
    expect(res.queue).toEqual(['unit-1', 'unit-2'])
    expect(res.unattributed).toEqual(['$ terragrunt run --all plan'])
  })

  it('leaves bare output unattributed, blank lines included, and still reads the queue', async () => {
    const text = await fixture('terragrunt-v1-bare-run-all-plan-two-units.txt')
    const res = demuxTerragruntLog(text, { root: '/Users/yousif/tmp/testing-stdout-stderr-split' })
    expect(res.format).toBe('bare')
    expect(res.units.size).toBe(0)
    expect(res.queue).toEqual(['unit-1', 'unit-2'])
    expect(res.unattributed.filter((l) => l.startsWith('No changes.'))).toHaveLength(2)
    expect(res.unattributed).toContain('')
    expect(res.unattributed.some((l) => l.includes('The stack at'))).toBe(false)
  })

  it('keeps each unit of interleaved apply logs apart', async () => {
    const a = linesOf(await fixture('terragrunt-v1-pretty-run-all-apply-unit1-replace.txt')).slice(1)
    const b = linesOf(await fixture('terragrunt-v1-pretty-run-all-apply-unit2-replace.txt')).slice(1)
    const merged: string[] = []
    for (let i = 0; i < Math.max(a.length, b.length); i++) merged.push(...[a[i], b[i]].filter((l): l is string => !!l))
    const res = demuxTerragruntLog(merged.join('\n') + '\n')
    expect(res.units.get('unit1')!.stdout).toEqual(a.map((l) => l.replace(/^.*? STDOUT \[unit1\] tofu: ?/, '')))
    expect(res.units.get('unit2')!.stdout).toEqual(b.map((l) => l.replace(/^.*? STDOUT \[unit2\] tofu: ?/, '')))
    expect(res.units.get('unit1')!.stdout).toContain('  # null_resource.empty must be replaced')
  })

  describe('the legacy fixture, one era at a time', () => {
    const eras = async (): Promise<Map<string, string>> => {
      const text = await fixture('terragrunt-legacy-prefix-formats-from-issues.txt')
      const out = new Map<string, string>()
      for (const part of text.split(/^(?=### ERA )/m).slice(1)) out.set(/^### (ERA \w+)/.exec(part)![1], part)
      return out
    }

    it('era 1: [terragrunt] [path] lines are the unit’s logs, tofu output stays raw', async () => {
      const res = demuxTerragruntLog((await eras()).get('ERA 1')!, { root: '/builds/path/to/infrastructure-live' })
      expect(res.format).toBe('legacy-prefix')
      expect(res.units.get('dev')!.logs).toEqual(['INFO Running command: terraform --version'])
      expect(res.unattributed).toContain(
        'INFO Unable to determine underlying exit code, so Terragrunt will exit with error code 1'
      )
    })

    it('era 2: logrus lines, the "stack at" queue and prefix fields', async () => {
      const root = '/Users/marina/go/src/github.com/gruntwork-io/infrastructure-live-marina-34nd9/dev'
      const res = demuxTerragruntLog((await eras()).get('ERA 2')!, { root })
      expect(res.format).toBe('logrus')
      expect(res.queue).toEqual([
        '_global/account-baseline',
        'us-west-2/dev/networking/vpc',
        'us-west-2/_regional/sns-topic'
      ])
      expect(res.unattributed).toContain(
        'ERROR Module /tmp/terragrunt-test-1499/module1 has finished with an error: 1 error occurred:'
      )
    })

    it('era 3: [path] prefixes attribute every stdout line, blank ones too', async () => {
      const res = demuxTerragruntLog((await eras()).get('ERA 3')!)
      expect(res.format).toBe('legacy-prefix')
      const base =
        '/home/charles/working/customer/my-project-name/my-infrastructure-directory/some-subdirectory/this-environment'
      expect(res.units.get(`${base}/terraform-module-1`)!.stdout).toEqual(['', 'Initializing the backend...'])
      expect(res.units.get(`${base}/terraform-module-2/submodule`)!.stdout).toEqual(['Initializing the backend...'])
      expect(res.units.get('../dependency')!.stdout).toEqual([
        '',
        'Initializing the backend...',
        'Terraform has been successfully initialized!'
      ])
    })

    it('era 4: pretty single-unit lines, unit prefixes, the unit queue, the error path and the run summary', async () => {
      const res = demuxTerragruntLog((await eras()).get('ERA 4')!)
      expect(res.format).toBe('pretty')
      expect([...res.units.keys()].sort()).toEqual(['.', 'bar', 'staging/vpc', 'terragrunt/test'])
      const single = res.units.get('.')!
      expect(single.stdout[0]).toBe('data.terraform_remote_state.infrastructure_network: Reading...')
      expect(single.stdout).toContain('│ Error: Reference to undeclared input variable')
      expect(single.stdout).toContain('│ ')
      expect(res.units.get('staging/vpc')!.stdout).toEqual([
        '          + "Environment"  = "staging"',
        '        }',
        '      + vpc_id                 = (known after apply)',
        '      + egress {'
      ])
      const bar = res.units.get('bar')!.stdout
      expect(bar[0]).toBe('Changes to Outputs:')
      expect(bar).toContain('')
      expect(bar[bar.length - 1]).toBe('guarantee to take exactly these actions if you run "terraform apply" now.')
      expect(res.units.get('terragrunt/test')!.logs[0]).toMatch(/^INFO Downloading Terraform configurations from/)
      expect(res.queue).toEqual(['bar', 'terragrunt/test'])
      expect(res.unattributed).toContain('ERROR Run failed: error occurred:')
      expect(res.unattributed).toContain(
        'ERROR * Did not find any Terraform files (*.tf) or OpenTofu files (*.tofu) in ./terragrunt/test/.terragrunt-cache/86zAkMlaRj2eIR8ASp5wRNvGgjM/XJ2IEDBSMaGQu0rOYSs_drp-o6Y'
      )
      expect(res.unattributed.some((l) => l.includes('Run Summary') || l.includes('───'))).toBe(false)
      expect(res.summary).toMatchObject({ units: 1, duration: '14ms', succeeded: 0, failed: 0 })
    })
  })
})

describe('demuxTerragruntLog on synthetic lines', () => {
  it('joins json chunks per unit and stream, keeps blank lines, strips ANSI and relativises working-dir', () => {
    const e = (o: Record<string, unknown>): string => JSON.stringify(o)
    const text = [
      e({
        time: 't',
        level: 'info',
        'working-dir': '/r',
        msg: 'The following units will be run, starting with dependencies and then their dependents:\n.\n╰── a/b'
      }),
      e({
        time: 't',
        level: 'stdout',
        'working-dir': '/r/a/b',
        'tf-path': 'tofu',
        msg: 'line 1\n\n\u001b[1mPlan:\u001b[0m 1 to'
      }),
      e({ time: 't', level: 'stdout', 'working-dir': '/r/c', 'tf-path': 'tofu', msg: 'other\n' }),
      e({ time: 't', level: 'stdout', 'working-dir': '/r/a/b', 'tf-path': 'tofu', msg: ' add.\n' }),
      e({ time: 't', level: 'stderr', 'working-dir': '/r/a/b', 'tf-path': 'tofu', msg: '╷\n│ Warning: x\n╵\n' }),
      e({ time: 't', level: 'error', 'working-dir': '/r/c', msg: 'tofu invocation failed' }),
      '',
      '❯❯ Run Summary  2 units  3s',
      '   ────────────────────────────',
      '   Succeeded    1',
      '   Failed       1',
      ''
    ].join('\n')
    const res = demuxTerragruntLog(text, { root: '/r' })
    expect(res.format).toBe('json')
    expect(res.units.get('a/b')).toEqual({
      stdout: ['line 1', '', 'Plan: 1 to add.'],
      stderr: ['╷', '│ Warning: x', '╵'],
      logs: []
    })
    expect(res.units.get('c')).toEqual({ stdout: ['other'], stderr: [], logs: ['ERROR tofu invocation failed'] })
    expect(res.queue).toEqual(['a/b'])
    expect(res.summary).toEqual({
      units: 2,
      duration: '3s',
      succeeded: 1,
      failed: 1,
      earlyExits: 0,
      excluded: 0,
      perUnit: []
    })
    expect(res.unattributed).toEqual([])
    // without root: Terragrunt's own run-level message gives the working dir
    expect([...demuxTerragruntLog(text).units.keys()].sort()).toEqual(['a/b', 'c'])
  })

  it('reads key-value lines and the per-unit summary', () => {
    const text = [
      'time=2026-01-01T00:00:00Z level=info msg=Unit queue will be processed for plan in this order:',
      '- Unit net',
      '',
      'time=2026-01-01T00:00:01Z level=stdout prefix=net tf-path=tofu msg=  + create',
      'time=2026-01-01T00:00:01Z level=stderr prefix=net tf-path=tofu msg=│ Error: boom',
      'time=2026-01-01T00:00:01Z level=error prefix=net msg=failed',
      '❯❯ Run Summary  1 units  84ms',
      '   ──────────',
      '   Failed (1)',
      '      net   80ms'
    ].join('\n')
    const res = demuxTerragruntLog(text)
    expect(res.format).toBe('key-value')
    expect(res.units.get('net')).toEqual({ stdout: ['  + create'], stderr: ['│ Error: boom'], logs: ['ERROR failed'] })
    expect(res.queue).toEqual(['net'])
    expect(res.summary?.perUnit).toEqual([{ unit: 'net', result: 'failed', duration: '80ms' }])
    expect(res.summary?.failed).toBe(1)
  })

  it('treats a wrapper given by --tf-path as tofu output only when told its name', () => {
    const line = '12:00:00.000 INFO   [u] tfwrap: Initializing the backend...'
    expect(demuxTerragruntLog(line).units.get('u')!.logs).toEqual(['INFO tfwrap: Initializing the backend...'])
    expect(demuxTerragruntLog(line, { tfPathNames: ['tfwrap'] }).units.get('u')!.logs).toEqual([
      'INFO Initializing the backend...'
    ])
  })

  it('normalises unit paths and strips ANSI', () => {
    expect(normaliseUnitPath('./a\\b/')).toBe('a/b')
    expect(normaliseUnitPath('/r/x/y', '/r/')).toBe('x/y')
    expect(normaliseUnitPath('/r', '/r')).toBe('.')
    expect(normaliseUnitPath('')).toBe('.')
    expect(stripAnsi('\u001b[90m12:00\u001b[0m \u001b[1;93mX\u001b[0m')).toBe('12:00 X')
  })
})

describe('demuxTerragruntLog on output of the fake terragrunt', () => {
  const fixtures: Record<string, string> = {
    'env/a': 'tfcmt-import-only',
    'env/b': 'dflook-all-actions-with-outputs',
    c: 'tfcmt-replace-triggered-by'
  }

  async function runThreeUnits(format: string): Promise<{ dir: string; stdout: string; stderr: string }> {
    const dir = await makeLiveRepo({ 'env/a': '', 'env/b': '', c: '' })
    const units = Object.fromEntries(Object.entries(fixtures).map(([u, f]) => [u, { fixture: f, delayMs: 600 }]))
    const env = await fakeEnv(dir, { terragruntVersion: '1.0.2', units })
    const res = await runFake(
      FAKE_TERRAGRUNT,
      ['run', '--all', '--log-format', format, '--non-interactive', '--', 'plan'],
      {
        cwd: dir,
        env
      }
    )
    expect(res.code).toBe(0)
    return { dir, ...res }
  }

  /** True when the raw output of the units is interleaved (each unit's lines are not one block). */
  function interleaved(raw: string, marker: (unit: string) => string): boolean {
    const lines = stripAnsi(raw).split('\n')
    const ranges = Object.keys(fixtures).map((u) => {
      const idx = lines.flatMap((l, i) => (l.includes(marker(u)) ? [i] : []))
      return [Math.min(...idx), Math.max(...idx)] as const
    })
    return ranges.some(([s1, e1], i) => ranges.some(([s2], j) => i !== j && s2 > s1 && s2 < e1))
  }

  it('json: each unit’s plan text comes back intact, blank lines included, though the units interleave', async () => {
    const { dir, stdout, stderr } = await runThreeUnits('json')
    // Terragrunt ≥ 0.95 names each unit relative to the run's working dir
    expect(interleaved(stdout, (u) => `"working-dir":"${u}"`)).toBe(true)
    const res = demuxTerragruntLog(stdout + stderr, { root: dir })
    expect(res.format).toBe('json')
    for (const [unit, name] of Object.entries(fixtures)) {
      const u = res.units.get(unit)!
      expect(u.stdout).toEqual(linesOf(await fixture(`${name}.txt`)))
      expect(u.stderr).toEqual([])
      expect(u.logs).toContain('INFO OpenTofu has been successfully initialized!')
    }
    expect(res.queue.sort()).toEqual(['c', 'env/a', 'env/b'])
    expect(res.summary).toMatchObject({ units: 3, succeeded: 3 })
  })

  it.each(['pretty', 'key-value'])('%s: each unit keeps its non-empty lines in order', async (format) => {
    const { stdout, stderr } = await runThreeUnits(format)
    expect(interleaved(stdout, (u) => (format === 'pretty' ? `[${u}] tofu:` : `prefix=${u} tf-path`))).toBe(true)
    const res = demuxTerragruntLog(stdout + stderr)
    expect(res.format).toBe(format)
    for (const [unit, name] of Object.entries(fixtures)) {
      expect(res.units.get(unit)!.stdout).toEqual(linesOf(await fixture(`${name}.txt`)).filter((l) => l !== ''))
    }
    expect(res.unattributed).toEqual([])
  })

  it('keeps a 5,000-line plan and log-like injected lines inside their unit', async () => {
    const dir = await makeLiveRepo({ big: '', small: '' })
    const injected = [
      '12:00:00.000 STDOUT [small] tofu: injected',
      '{"time":"t","level":"stdout","working-dir":"/x/small","tf-path":"tofu","msg":"injected"}',
      '❯❯ Run Summary  9 units  1ms',
      '[small] injected'
    ]
    const big = Array.from({ length: 5000 }, (_, i) => `  ~ line ${i}`)
    big.splice(2500, 0, ...injected)
    const env = await fakeEnv(dir, { autoInit: false, units: { big: { planText: big.join('\n') + '\n' } } })
    for (const format of ['json', 'pretty']) {
      const res = await runFake(FAKE_TERRAGRUNT, ['run', '--all', '--no-color', '--log-format', format, '--', 'plan'], {
        cwd: dir,
        env
      })
      const demuxed = demuxTerragruntLog(res.stdout + res.stderr, { root: dir })
      expect(demuxed.units.get('big')!.stdout).toEqual(big)
      expect(demuxed.units.get('small')!.stdout).toEqual(format === 'json' ? NO_CHANGES_RAW : NO_CHANGES)
      expect(demuxed.summary?.units).toBe(2)
    }
  })

  it('attributes a single-unit run to "." and reads the report file the fake wrote', async () => {
    const dir = await makeLiveRepo({ u1: '', u2: '' })
    const env = await fakeEnv(dir, { terragruntVersion: '1.1.3', units: { u2: { fail: 'Invalid reference' } } })
    const single = await runFake(FAKE_TERRAGRUNT, ['plan', '--log-format', 'json', '--working-dir', join(dir, 'u1')], {
      cwd: dir,
      env
    })
    const one = demuxTerragruntLog(single.stdout + single.stderr, { root: join(dir, 'u1') })
    expect([...one.units.keys()]).toEqual(['.'])
    expect(one.units.get('.')!.stdout).toEqual(NO_CHANGES_RAW)

    const all = await runFake(
      FAKE_TERRAGRUNT,
      ['run', '--all', '--report-file', 'report.json', '--report-format', 'json', '--', 'plan'],
      { cwd: dir, env }
    )
    expect(all.code).toBe(1)
    const report = parseRunReport(await readFile(join(dir, 'report.json'), 'utf8'))
    const byName = Object.fromEntries(report.map((r) => [r.name, r]))
    expect(byName.u1).toMatchObject({ result: 'succeeded', cmd: 'plan' })
    expect(byName.u2).toMatchObject({ result: 'failed', reason: 'run error' })
    expect(byName.u2.cause).toContain('│ Error: Invalid reference')
    expect(byName.u1.durationMs).toBeGreaterThanOrEqual(0)
    const demuxed = demuxTerragruntLog(all.stdout + all.stderr)
    expect(demuxed.units.get('u2')!.stderr).toContain('│ Error: Invalid reference')
    expect(demuxed.summary).toMatchObject({ units: 2, succeeded: 1, failed: 1 })
  })
})

describe('parseRunReport', () => {
  it('reads the JSON report with optional fields', () => {
    const report = parseRunReport(
      JSON.stringify([
        {
          Started: '2026-03-01T10:00:00.000+01:00',
          Ended: '2026-03-01T10:00:02.500+01:00',
          Name: 'live\\net',
          Result: 'succeeded',
          Cmd: 'plan',
          Args: ['-detailed-exitcode']
        },
        {
          Started: 'x',
          Ended: 'y',
          Reason: 'ancestor error',
          Cause: 'live/net',
          Name: 'live/app',
          Result: 'early exit'
        },
        { Name: 'live/old', Result: 'excluded', Reason: 'exclude block', Ref: 'main' }
      ])
    )
    expect(report).toEqual([
      {
        name: 'live/net',
        result: 'succeeded',
        started: '2026-03-01T10:00:00.000+01:00',
        ended: '2026-03-01T10:00:02.500+01:00',
        durationMs: 2500,
        cmd: 'plan',
        args: ['-detailed-exitcode']
      },
      { name: 'live/app', result: 'early exit', reason: 'ancestor error', cause: 'live/net', started: 'x', ended: 'y' },
      { name: 'live/old', result: 'excluded', reason: 'exclude block', ref: 'main' }
    ])
  })

  it('reads the CSV report, quoted fields included', () => {
    const csv =
      'Name,Started,Ended,Result,Reason,Cause,Ref,Cmd,Args\n' +
      'a,2026-03-01T10:00:00Z,2026-03-01T10:00:01Z,failed,run error,"Failed to execute ""tofu plan""\nexit status 1",,plan,-no-color|-detailed-exitcode\n'
    expect(parseRunReport(csv)).toEqual([
      {
        name: 'a',
        result: 'failed',
        reason: 'run error',
        cause: 'Failed to execute "tofu plan"\nexit status 1',
        started: '2026-03-01T10:00:00Z',
        ended: '2026-03-01T10:00:01Z',
        durationMs: 1000,
        cmd: 'plan',
        args: ['-no-color', '-detailed-exitcode']
      }
    ])
  })

  it('rejects what is not a report', () => {
    expect(parseRunReport('  ')).toEqual([])
    expect(() => parseRunReport('[{')).toThrow(/not valid JSON/)
    expect(() => parseRunReport('{"Name":"a"}')).toThrow(/neither JSON nor CSV/)
    expect(() => parseRunReport('[{"Name":"a"}]')).toThrow(/entry 0 has no Name or Result/)
    expect(() => parseRunReport('[1]')).toThrow(/entry 0 is not an object/)
  })
})
