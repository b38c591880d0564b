/**
 * Terragrunt stacks: a `terragrunt.stack.hcl` declares `unit` and `stack` blocks that Terragrunt generates into
 * `.terragrunt-stack/` before it can discover or run them. Until they are generated a stacks repository has no units
 * at all, so selection generates them first, as `run --all` itself does from v0.79.0 (cli/commands/run/cli.go
 * `wrapWithStackGenerate`; internal/runner/runall/runall.go from v0.98.0, unless `--no-stack-generate`).
 */
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import semver from 'semver'
import { UserError, oneLine } from '../errors/index.js'
import type { TerragruntCli } from './cli.js'
import { STACK_DIR, STACK_FILE } from './hcl-refs.js'

/**
 * The `stacks` experiment is complete (no `--experiment stacks` needed) from this version
 * (internal/experiment/experiment.go: `Stacks` gets `StatusCompleted` in v0.78.0).
 */
export const STACKS_GA = '0.78.0'

/** The stack files under `root` that the user wrote (generated ones, inside `.terragrunt-stack`, are not listed). */
export async function findStackFiles(root: string): Promise<string[]> {
  const out: string[] = []
  const walk = async (dir: string): Promise<void> => {
    let entries
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch {
      return
    }
    for (const e of entries) {
      if (e.isFile() && e.name === STACK_FILE) out.push(path.join(dir, e.name))
      else if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules')
        await walk(path.join(dir, e.name))
    }
  }
  await walk(path.resolve(root))
  return out.sort()
}

/** The `terragrunt stack generate` arguments for `root` at `version`. */
export function stackGenerateArgs(root: string, version: string): string[] {
  const args = ['stack', 'generate', '--working-dir', root, '--non-interactive', '--no-color']
  const v = semver.coerce(version)
  if (v && semver.lt(v, STACKS_GA)) args.push('--experiment', 'stacks')
  return args
}

/**
 * Generates every stack under `root` with Terragrunt's own `stack generate` (sources fetched, `values` written to
 * `terragrunt.values.hcl`). A failure is the user's to fix and fails the run: the units it would have generated
 * cannot be known, and planning the rest would hide them.
 */
export async function generateStacks(cli: TerragruntCli, root: string, version: string): Promise<void> {
  const res = await cli.runner.run(cli.binary, stackGenerateArgs(root, version), {
    cwd: root,
    timeoutMs: cli.deadline?.remaining(),
    env: { ...cli.env, TF_IN_AUTOMATION: '1', TF_INPUT: '0' }
  })
  if (res.exitCode === 0 && !res.timedOut) return
  const detail = `${res.stderr}\n${res.stdout}`
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(-3)
    .join(' ')
  throw new UserError(
    `terragrunt stack generate failed in '${root}' (${res.timedOut ? 'timed out' : `exit code ${res.exitCode}`}): ${oneLine(detail || 'no output', 300)}. Without it the units of its stacks are unknown, so nothing was planned.`
  )
}

export { STACK_DIR, STACK_FILE }
