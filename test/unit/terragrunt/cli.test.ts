import { describe, expect, it } from '@jest/globals'
import { checkTerragrunt, resolveBinary } from '../../../src/core/terragrunt/cli.js'
import { runAllPlanArgs } from '../../../src/core/terragrunt/run-all.js'
import type { TerragruntCli } from '../../../src/core/terragrunt/cli.js'
import type { ProcessRunner } from '../../../src/core/terragrunt/process.js'
import { splitArgs } from '../../../src/core/terragrunt/process.js'

function cliPrinting(stdout: string | Error, calls: string[][] = []): TerragruntCli {
  const runner: ProcessRunner = {
    run: (command, args) => {
      calls.push([command, ...args])
      if (stdout instanceof Error) return Promise.reject(stdout)
      return Promise.resolve({ exitCode: 0, stdout, stderr: '', timedOut: false })
    }
  }
  return { binary: 'terragrunt', tfBinary: 'tofu', runner, env: {} }
}

describe('checkTerragrunt', () => {
  it('accepts the new CLI and returns the version', async () => {
    await expect(checkTerragrunt(cliPrinting('terragrunt version v0.93.4\n'), '/')).resolves.toBe('0.93.4')
    await expect(checkTerragrunt(cliPrinting('terragrunt version v1.0.2\n'), '/')).resolves.toBe('1.0.2')
  })

  it('names the input when the binary is missing, too old or not Terragrunt', async () => {
    const missing = Object.assign(new Error('spawn terragrunt ENOENT'), { code: 'ENOENT' })
    await expect(checkTerragrunt(cliPrinting(missing), '/')).rejects.toThrow(
      "Input 'terragrunt-binary': 'terragrunt' was not found on PATH; install Terragrunt 0.77.22 or later in an earlier step."
    )
    await expect(checkTerragrunt(cliPrinting('terragrunt version v0.66.9'), '/')).rejects.toThrow(
      "Input 'terragrunt-binary': Terragrunt 0.66.9 is older than 0.77.22"
    )
    // 0.73.0 to 0.77.21 refuse run --all and find without --experiment cli-redesign
    await expect(checkTerragrunt(cliPrinting('terragrunt version v0.77.21'), '/')).rejects.toThrow(
      'the first whose `run --all` and `find` need no --experiment cli-redesign); install 0.77.22 or later.'
    )
    await expect(checkTerragrunt(cliPrinting('terragrunt version v0.77.22'), '/')).resolves.toBe('0.77.22')
    await expect(checkTerragrunt(cliPrinting('usage: something else'), '/')).rejects.toThrow(
      'did not print a Terragrunt version'
    )
  })
})

describe('runAllPlanArgs', () => {
  const base = {
    cli: cliPrinting(''),
    root: '/live',
    units: ['dev/vpc', 'dev/app'],
    everyUnit: false,
    parallelism: 8,
    extraArgs: splitArgs('-lock=false -var "x=a b"'),
    outDir: '/tmp/plans',
    version: '0.93.4'
  }

  it('plans the selected units with JSON logs, per-unit JSON plans, the tf binary and extra args intact', () => {
    expect(runAllPlanArgs(base, '/tmp/plans/report.json')).toEqual([
      'run',
      '--all',
      '--working-dir',
      '/live',
      '--non-interactive',
      '--no-color',
      '--log-format',
      'json',
      '--parallelism',
      '8',
      '--out-dir',
      '/tmp/plans',
      '--json-out-dir',
      '/tmp/plans',
      '--report-file',
      '/tmp/plans/report.json',
      '--report-format',
      'json',
      '--queue-include-dir',
      'dev/vpc',
      '--queue-include-dir',
      'dev/app',
      '--queue-strict-include',
      '--tf-path',
      'tofu',
      '--',
      'plan',
      '-no-color',
      '-input=false',
      '-lock=false',
      '-var',
      'x=a b'
    ])
  })

  it('leaves out --queue-strict-include where it is the default behaviour', () => {
    const args = runAllPlanArgs({ ...base, version: '1.0.2' }, undefined)
    expect(args).toContain('--queue-include-dir')
    expect(args).not.toContain('--queue-strict-include')
  })

  it('needs no queue filter when every unit is planned, and no report flag when none is asked for', () => {
    const args = runAllPlanArgs({ ...base, everyUnit: true }, undefined)
    expect(args).not.toContain('--queue-include-dir')
    expect(args).not.toContain('--report-file')
  })
})

describe('splitArgs', () => {
  it.each([
    ['', []],
    ['-a  -b', ['-a', '-b']],
    [`-var 'x=a b' -var "y=\\"q\\""`, ['-var', 'x=a b', '-var', 'y="q"']],
    ['a\\ b ""', ['a b', '']]
  ])('%s', (text, args) => expect(splitArgs(text)).toEqual(args))

  it('refuses an unterminated quote', () => expect(() => splitArgs('-var "x')).toThrow('unterminated " quote'))
})

describe('resolveBinary', () => {
  it.each([
    ['terragrunt', 'terragrunt'],
    ['./bin/terragrunt', '/ws/bin/terragrunt'],
    ['tools/terragrunt', '/ws/tools/terragrunt'],
    ['../shared/terragrunt', '/shared/terragrunt'],
    ['/usr/local/bin/terragrunt', '/usr/local/bin/terragrunt']
  ])('%s', (binary, resolved) => expect(resolveBinary(binary, '/ws')).toBe(resolved))
})
