import semver from 'semver'
import { UserError } from '../errors/index.js'
import type { ProcessResult, ProcessRunner } from './process.js'

/** The CLI redesign (`--working-dir`, `--tf-forward-stdout`, `find`, `run`) arrived in 0.73; older flags differ. */
export const MIN_TERRAGRUNT = '0.73.0'

/** How to call Terragrunt: the binary, the OpenTofu/Terraform it should drive, and the environment. */
export interface TerragruntCli {
  binary: string
  /** Passed as --tf-path; empty lets Terragrunt pick. */
  tfBinary?: string
  runner: ProcessRunner
  env: Record<string, string | undefined>
  /** Per-command time limit in ms. */
  timeoutMs?: number
}

function run(cli: TerragruntCli, args: string[], cwd: string): Promise<ProcessResult> {
  return cli.runner.run(cli.binary, args, {
    cwd,
    timeoutMs: cli.timeoutMs,
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
      `Input '${input}': Terragrunt ${version} is older than ${MIN_TERRAGRUNT}, the oldest this action supports (the CLI redesign).`
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
