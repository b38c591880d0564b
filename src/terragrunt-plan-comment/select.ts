import * as core from '@actions/core'
import { stat } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import { UserError } from '../core/errors/index.js'
import { listChangedFiles } from '../core/github/index.js'
import type { GitHubClient, RunContext } from '../core/github/index.js'
import type { UnitPlan } from '../core/plan/model.js'
import { affectedUnits } from '../core/terragrunt/affected.js'
import { checkTerragrunt, findUnitsJson } from '../core/terragrunt/cli.js'
import type { TerragruntCli } from '../core/terragrunt/cli.js'
import { discoverUnits, parseFindJson, selectUnits } from '../core/terragrunt/discovery.js'
import type { FoundUnit } from '../core/terragrunt/discovery.js'
import { spawnRunner } from '../core/terragrunt/process.js'
import type { PlanCommentSettings } from './settings.js'

/** What the plan step needs: where to run, how to call Terragrunt, and which of the discovered units to plan. */
export interface UnitSelection {
  root: string
  cli: TerragruntCli
  version: string
  /** Every unit Terragrunt found under root. */
  all: string[]
  /** The units to plan (sorted); empty when the PR affects none. */
  units: string[]
  /** Units whose config the PR deletes (changed-only): nothing plans them. */
  deleted: string[]
  /** Selected units left out because the PR does not affect them (changed-only). */
  skipped: string[]
}

/** Checks Terragrunt, discovers the units, applies the `units` input and, on PRs with changed-only, the PR's changes. */
export async function selectPlanUnits(
  settings: PlanCommentSettings,
  ctx: RunContext,
  octokit: GitHubClient | undefined
): Promise<UnitSelection> {
  const root = resolve(ctx.workspace, settings.workingDirectory)
  const rootInfo = await stat(root).catch(() => undefined)
  if (!rootInfo?.isDirectory()) {
    throw new UserError(
      `Input 'working-directory' is '${settings.workingDirectory}', which is not a directory in the workspace.`
    )
  }
  const cli: TerragruntCli = {
    binary: settings.terragruntBinary,
    tfBinary: settings.tfBinary,
    runner: spawnRunner,
    env: {}
  }

  // The PR's file list (network) and the two Terragrunt processes (version, discovery) need nothing from each other.
  const pr = ctx.pullRequest
  const changed =
    settings.changedOnly && pr && octokit ? listChangedFiles(octokit, { ...ctx.repo, number: pr.number }) : undefined
  changed?.catch(() => undefined) // awaited below; this only keeps an early Terragrunt failure from leaving it unhandled
  const [version, found] = await Promise.all([checkTerragrunt(cli, root), discover(cli, root)])
  core.info(`Terragrunt ${version}`)
  const all = found.map((u) => u.path)
  const { units: selected, unmatched } = selectUnits(all, settings.units)
  if (unmatched.length > 0) {
    throw new UserError(
      `Input 'units': ${unmatched.map((p) => `'${p}'`).join(', ')} matches no Terragrunt unit under '${settings.workingDirectory}' (found ${all.length} units).`
    )
  }

  let units = selected
  let deleted: string[] = []
  if (changed) {
    ;({ units, deleted } = await changedUnits(await changed, ctx, root, all, selected, found))
  } else if (settings.changedOnly && !ctx.pullRequest) {
    core.info(`Event ${ctx.eventName} has no pull request: planning all ${selected.length} selected units.`)
  }
  const skipped = selected.filter((u) => !units.includes(u))
  return { root, cli, version, all, units, deleted, skipped }
}

async function discover(cli: TerragruntCli, root: string): Promise<FoundUnit[]> {
  const json = await findUnitsJson(cli, root).catch(() => undefined)
  if (json) {
    try {
      return parseFindJson(json)
    } catch (e) {
      core.info(
        `terragrunt find gave unreadable output (${(e as Error).message}); scanning for terragrunt.hcl instead.`
      )
    }
  } else {
    core.info('terragrunt find is not available; scanning for terragrunt.hcl instead.')
  }
  return (await discoverUnits(root)).map((path) => ({ path, dependencies: [] }))
}

async function changedUnits(
  { files, truncated }: { files: string[]; truncated: boolean },
  ctx: RunContext,
  root: string,
  all: string[],
  selected: string[],
  found: FoundUnit[]
): Promise<{ units: string[]; deleted: string[] }> {
  if (truncated) {
    core.warning('The pull request changes 3,000 files or more, more than GitHub lists: planning every selected unit.')
    return { units: selected, deleted: [] }
  }
  const changedFiles = files.map((f) => relative(root, join(ctx.workspace, f)).split(sep).join('/'))
  const affected = await affectedUnits({
    root,
    units: all,
    changedFiles,
    knownDependencies: found,
    repoRoot: ctx.workspace
  })
  const chosen = affected.units.filter((u) => selected.includes(u))
  core.info(`${files.length} changed file(s) affect ${chosen.length} of ${selected.length} selected unit(s):`)
  for (const u of chosen) core.info(`  ${u}: ${affected.reasons.get(u) ?? ''}`)
  for (const d of affected.deleted)
    core.info(`  ${d}: removed by this pull request (not planned; destroy it before removing its code)`)
  if (affected.unresolved.length > 0) core.debug(`Unresolved HCL paths: ${affected.unresolved.join(', ')}`)
  return { units: chosen, deleted: affected.deleted }
}

/** Applies the `units` input to plans read from `plan-path`, as it applies to discovered units. */
export function narrowPlans(plans: UnitPlan[], settings: PlanCommentSettings): UnitPlan[] {
  if (settings.units.length === 0) return plans
  const { units, unmatched } = selectUnits(
    plans.map((p) => p.path),
    settings.units
  )
  if (unmatched.length > 0) {
    throw new UserError(
      `Input 'units': ${unmatched.map((p) => `'${p}'`).join(', ')} matches no unit in '${settings.planPath}' (found ${plans.length} units).`
    )
  }
  const keep = new Set(units)
  return plans.filter((p) => keep.has(p.path))
}
