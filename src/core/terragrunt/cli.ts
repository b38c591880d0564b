import { isAbsolute, resolve } from 'node:path'
import semver from 'semver'
import { UserError } from '../errors/index.js'
import { parseTfVersion } from './plugin-cache.js'
import type { TfTool } from './plugin-cache.js'
import type { ProcessResult, ProcessRunner } from './process.js'

/**
 * The CLI redesign (`--working-dir`, `find`, `run --all`) arrived in 0.73, but up to 0.77.21 `run` and `find` refuse
 * to work without `--experiment cli-redesign` (cli/commands/run/cli.go:38 at v0.77.21), and before 0.77 `run --all`
 * had no `--out-dir`/`--json-out-dir` (cli/commands/run-all/command.go at v0.73.0). 0.77.22 is the first release
 * without the gate: we require it rather than drive an experimental CLI.
 */
export const MIN_TERRAGRUNT = '0.77.22'

/** How to call Terragrunt: the binary, the OpenTofu/Terraform it should drive, and the environment. */
export interface TerragruntCli {
  binary: string
  /** Passed as --tf-path; empty lets Terragrunt pick. */
  tfBinary?: string
  runner: ProcessRunner
  env: Record<string, string | undefined>
  /** The time limit of the whole run (the `timeout` input): every command gets what is left of it. */
  deadline?: { remaining(): number }
}

function run(cli: TerragruntCli, args: string[], cwd: string): Promise<ProcessResult> {
  return cli.runner.run(cli.binary, args, {
    cwd,
    timeoutMs: cli.deadline?.remaining(),
    env: { ...cli.env, TF_IN_AUTOMATION: '1', TF_INPUT: '0' }
  })
}

/** `terragrunt --version` → `0.93.4`, or undefined when it cannot be read. */
export async function terragruntVersion(cli: TerragruntCli, cwd: string): Promise<string | undefined> {
  const res = await run(cli, ['--version'], cwd)
  return /v?(\d+\.\d+\.\d+[\w.-]*)/.exec(res.stdout)?.[1]
}

/**
 * Fails early, in one line naming the input, when the Terragrunt binary is missing or older than the CLI this
 * action speaks; otherwise every unit would fail with the same confusing flag error.
 */
export async function checkTerragrunt(cli: TerragruntCli, cwd: string, input = 'terragrunt-binary'): Promise<string> {
  let version: string | undefined
  try {
    version = await terragruntVersion(cli, cwd)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new UserError(
        `Input '${input}': '${cli.binary}' was not found on PATH; install Terragrunt ${MIN_TERRAGRUNT} or later in an earlier step.`
      )
    }
    throw e
  }
  const parsed = version ? semver.coerce(version) : null
  if (!parsed) throw new UserError(`Input '${input}': '${cli.binary} --version' did not print a Terragrunt version.`)
  if (semver.lt(parsed, MIN_TERRAGRUNT)) {
    throw new UserError(
      `Input '${input}': Terragrunt ${version} is older than ${MIN_TERRAGRUNT}, the oldest this action supports (the first whose \`run --all\` and \`find\` need no --experiment cli-redesign); install ${MIN_TERRAGRUNT} or later.`
    )
  }
  return version!
}

/**
 * `terragrunt find --json --dependencies`: Terragrunt's own view of the units and their dependencies. Undefined
 * when this Terragrunt has no `find` (older than the CLI redesign), so the caller falls back to scanning.
 */
export async function findUnitsJson(
  cli: TerragruntCli,
  root: string,
  extraArgs: string[] = []
): Promise<string | undefined> {
  const res = await run(
    cli,
    ['find', '--json', '--dependencies', ...extraArgs, '--working-dir', root, '--no-color'],
    root
  )
  if (res.exitCode !== 0) return undefined
  const start = res.stdout.indexOf('[')
  return start >= 0 ? res.stdout.slice(start) : undefined
}

/**
 * A `terragrunt-binary` (or `tf-binary`) given as a relative path (`./bin/terragrunt`, `tools/terragrunt`) means a
 * file in the workspace, wherever the action runs from; a bare name is looked up on PATH as usual.
 */
export function resolveBinary(binary: string, workspace: string): string {
  if (!/[\\/]/.test(binary) || isAbsolute(binary)) return binary
  return resolve(workspace, binary)
}

/**
 * The OpenTofu/Terraform Terragrunt will run and its version (`<tf-binary> version`; without a tf-binary `tofu`,
 * else `terraform`, the order Terragrunt picks them in). Undefined when neither answers.
 */
export async function tfToolVersion(cli: TerragruntCli, cwd: string): Promise<TfTool | undefined> {
  for (const binary of cli.tfBinary ? [cli.tfBinary] : ['tofu', 'terraform']) {
    try {
      const res = await cli.runner.run(binary, ['version'], { cwd, timeoutMs: cli.deadline?.remaining() })
      const tool = parseTfVersion(res.stdout)
      if (tool) return tool
    } catch {
      // not installed: try the next one
    }
  }
  return undefined
}
