/**
 * Finding the units to check: stacks generated first, then Terragrunt's own `find` where it has one, else a scan; then
 * the units/exclude globs.
 */
import { stat } from 'node:fs/promises'
import { posix, relative, resolve, sep } from 'node:path'
import { UserError } from '../core/action/errors.js'
import { checkTerragrunt, findUnitsJson } from '../core/terragrunt/cli.js'
import type { TerragruntCli } from '../core/terragrunt/cli.js'
import { findOrScanUnits, selectUnits } from '../core/terragrunt/discovery.js'
import { findStackFiles, generateStacks } from '../core/terragrunt/stacks.js'

/** Argo CD applications are units `argocd:<namespace>/<name>` (argocd.ts, loaded only when Argo CD is asked). */
export const ARGOCD_PREFIX = 'argocd:'

export interface UnitSet {
  /** Absolute Terragrunt root (working-directory). */
  root: string
  /** The root relative to the workspace, `/` separators (`.` for the workspace itself). */
  scope: string
  version: string
  /** Every unit under the root, root-relative, sorted. */
  discovered: string[]
  /** The units the units/exclude inputs select, root-relative, sorted. */
  selected: string[]
  /** Exclude patterns that match no unit (worth a warning, not an error). */
  unmatchedExcludes: string[]
}

export async function findUnits(
  cli: TerragruntCli,
  workspace: string,
  workingDirectory: string,
  patterns: { units: string[]; exclude: string[] },
  log: (message: string) => void
): Promise<UnitSet> {
  return (await startFinding(cli, workspace, workingDirectory, patterns, log)).units
}

/** Where the units are looked for, and the Terragrunt found there; `units` comes once discovery is over. */
export interface Finding {
  root: string
  version: string
  units: Promise<UnitSet>
}

/**
 * Checks Terragrunt and starts discovering the units. Without stack files nothing changes the units before
 * discovery, so `find` runs beside `--version` (its arguments do not depend on the version) and the caller can start
 * work that needs only the version while the units are being found.
 */
export async function startFinding(
  cli: TerragruntCli,
  workspace: string,
  workingDirectory: string,
  patterns: { units: string[]; exclude: string[] },
  log: (message: string) => void
): Promise<Finding> {
  const root = resolve(workspace, workingDirectory)
  if (!(await stat(root).catch(() => undefined))?.isDirectory()) {
    throw new UserError(
      `Input 'working-directory' is '${workingDirectory}', which is not a directory in the workspace.`
    )
  }
  // A stacks repository has no units until `terragrunt stack generate` writes them to .terragrunt-stack/: generate
  // first, as plan-comment does (core/terragrunt/stacks.ts), or it would be checked as 0 units, all clean.
  const stacks = await findStackFiles(root)
  const early = stacks.length === 0 ? findUnitsJson(cli, root).catch(() => undefined) : undefined
  const version = await checkTerragrunt(cli, root)
  if (stacks.length > 0) {
    log(`Generating ${stacks.length} stack(s) with terragrunt stack generate.`)
    await generateStacks(cli, root, version)
  }
  const units = discover(cli, root, log, early).then((discovered) => {
    const units = selectUnits(discovered, patterns.units)
    if (units.unmatched.length > 0) {
      throw new UserError(
        `Input 'units': ${units.unmatched.map((p) => `'${p}'`).join(', ')} matches no Terragrunt unit under '${workingDirectory}' (found ${discovered.length} units).`
      )
    }
    const excludes = patterns.exclude.map((p) => `!${p.replace(/^!/, '')}`)
    const selected = excludes.length > 0 ? selectUnits(units.units, excludes) : { units: units.units, unmatched: [] }
    return {
      root,
      scope: toPosix(relative(workspace, root)) || '.',
      version,
      discovered,
      selected: selected.units,
      unmatchedExcludes: selected.unmatched.map((p) => p.slice(1))
    }
  })
  units.catch(() => undefined) // the caller awaits it, possibly after starting other work
  return { root, version, units }
}

/** Terragrunt's `find` (`started`: its output, when it was started already), else a scan for terragrunt.hcl files. */
async function discover(
  cli: TerragruntCli,
  root: string,
  log: (message: string) => void,
  started?: Promise<string | undefined>
): Promise<string[]> {
  const { units } = await findOrScanUnits(cli, root, { started, log })
  return [...new Set(units.map((u) => u.path))].sort()
}

const toPosix = (p: string): string => p.split(sep).join('/')

/** A root-relative unit as the workspace-relative path that names it in reports, markers and outputs. */
export function workspaceUnit(scope: string, unit: string): string {
  return posix.normalize(posix.join(scope, unit))
}

/**
 * True when the workspace-relative Terragrunt `unit` lies under `scope`, where a run can tell whether it still exists.
 * Argo CD units (`argocd:…`) never are: only Argo CD can say an application is gone.
 */
export function inScope(scope: string, unit: string): boolean {
  if (unit.startsWith(ARGOCD_PREFIX)) return false
  return scope === '.' || unit === scope || unit.startsWith(`${scope}/`)
}
