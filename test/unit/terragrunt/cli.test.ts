import { describe, expect, it } from '@jest/globals'
import { checkTerragrunt, planUnit } from '../../../src/core/terragrunt/cli.js'
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
      "Input 'terragrunt-binary': 'terragrunt' was not found on PATH; install Terragrunt 0.73.0 or later in an earlier step."
    )
    await expect(checkTerragrunt(cliPrinting('terragrunt version v0.66.9'), '/')).rejects.toThrow(
      "Input 'terragrunt-binary': Terragrunt 0.66.9 is older than 0.73.0"
    )
    await expect(checkTerragrunt(cliPrinting('usage: something else'), '/')).rejects.toThrow(
      'did not print a Terragrunt version'
    )
  })
})

describe('planUnit', () => {
  it('passes the tf binary, forwards stdout raw and keeps extra args as given', async () => {
    const calls: string[][] = []
    await planUnit(cliPrinting('', calls), '/live/dev/vpc', '/tmp/p.tfplan', splitArgs('-lock=false -var "x=a b"'))
    expect(calls[0]).toEqual([
      'terragrunt',
      'plan',
      '--working-dir',
      '/live/dev/vpc',
      '--non-interactive',
      '--no-color',
      '--tf-forward-stdout',
      '--tf-path',
      'tofu',
      '--',
      '-out=/tmp/p.tfplan',
      '-detailed-exitcode',
      '-no-color',
      '-input=false',
      '-lock=false',
      '-var',
      'x=a b'
    ])
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
