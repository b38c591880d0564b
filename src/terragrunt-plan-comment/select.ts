import * as core from '@actions/core'
import { Minimatch } from 'minimatch'
import { realpath, stat } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import { UserError } from '../core/errors/index.js'
import type { GitHubClient, RunContext } from '../core/github/index.js'
import type { UnitPlan } from '../core/plan/model.js'
import { affectedUnits, unresolvedReason } from '../core/terragrunt/affected.js'
import type { AffectedUnits } from '../core/terragrunt/affected.js'
import { checkTerragrunt, findUnitsJson, resolveBinary } from '../core/terragrunt/cli.js'
import { Deadline, systemClock } from '../core/time/clock.js'
import type { TerragruntCli } from '../core/terragrunt/cli.js'
import { findOrScanUnits, findSelectionArgs, selectUnits } from '../core/terragrunt/discovery.js'
import type { FoundUnit } from '../core/terragrunt/discovery.js'
import { describeUnresolved } from '../core/terragrunt/hcl-refs.js'
import { readPlanPath } from '../core/terragrunt/plan-files.js'
import { spawnRunner } from '../core/terragrunt/process.js'
import type { ProcessRunner } from '../core/terragrunt/process.js'
import { STACK_FILE, findStackFiles, generateStacks, removedStackComponents } from '../core/terragrunt/stacks.js'
import { baseReader } from './base-revision.js'
import { startPlanning } from './plan.js'
import type { Planning } from './plan.js'
import type { PlanCommentSettings } from './settings.js'
import { listPullFiles } from './target.js'

/** What the plan step needs: where to run, how to call Terragrunt, and which of the discovered units to plan. */
export interface UnitSelection {
  root: string
  cli: TerragruntCli
  version: string
  /** Every unit Terragrunt found under root. */
  all: string[]
  /** The units to plan (sorted); empty when the PR affects none. */
  units: string[]
  /**
   * Units whose config the PR deletes (changed-only): nothing plans them. A `unit`/`stack` block removed from a stack
   * file the PR keeps is listed as the directory it generated.
   */
  deleted: string[]
  /** Why units the PR removes may be missing from `deleted` (a stack file whose base revision cannot be read). */
  deletedUnknown: string[]
  /** Selected units left out because the PR does not affect them (changed-only). */
  skipped: string[]
  /** Why each unit in `units` was selected for the PR's changes (changed-only; empty otherwise). */
  reasons: Map<string, string>
  /** The plan of every unit, started beside discovery when every unit is planned anyway. */
  started?: Planning
}

/**
 * Checks Terragrunt, generates stacks, discovers the units, applies the `units` input and, on PRs with changed-only,
 * the PR's changes.
 */
export async function selectPlanUnits(
  settings: PlanCommentSettings,
  ctx: RunContext,
  octokit: GitHubClient | undefined,
  changed = listPullFiles(settings, ctx, octokit)
): Promise<UnitSelection> {
  const root = resolve(ctx.workspace, settings.workingDirectory)
  const rootInfo = await stat(root).catch(() => undefined)
  if (!rootInfo?.isDirectory()) {
    throw new UserError(
      `Input 'working-directory' is '${settings.workingDirectory}', which is not a directory in the workspace.`
    )
  }
  const cli: TerragruntCli = {
    binary: resolveBinary(settings.terragruntBinary, ctx.workspace),
    tfBinary: settings.tfBinary && resolveBinary(settings.tfBinary, ctx.workspace),
    runner: spawnRunner,
    env: {},
    // the `timeout` input bounds every Terragrunt process from here on: version, discovery, run --all
    deadline: new Deadline(systemClock, settings.timeoutMs)
  }

  // The PR's file list (network, `changed`: asked for already) and the Terragrunt processes need nothing from each
  // other.
  // The file scan also lets the PR's file list request leave before the first process is spawned.
  const stacks = await findStackFiles(root)
  // Without stack files nothing changes the units before discovery, and `find` needs the version only for
  // --reading, which only changed-only selection reads: then it runs beside --version.
  const early = stacks.length === 0 && !changed ? findUnitsJson(cli, root).catch(() => undefined) : undefined
  const version = await checkTerragrunt(cli, root)
  core.info(`Terragrunt ${version}`)
  if (stacks.length > 0) {
    core.info(`Generating ${stacks.length} stack(s) with terragrunt stack generate.`)
    await generateStacks(cli, root, version)
  }
  // Every unit is planned (no PR file list, no units input): the plan starts now, while the units are found.
  const everyUnit = !changed && settings.units.every((u) => u.trim() === '')
  const started = everyUnit ? await startPlanning(settings, { cli, root, version }) : undefined
  try {
    return { ...(await selectFound(settings, ctx, { root, cli, version }, early, changed)), started }
  } catch (e) {
    await started?.run.abort()
    throw e
  }
}

/** Discovery (unless already under way), the `units` input and the PR's changes. */
async function selectFound(
  settings: PlanCommentSettings,
  ctx: RunContext,
  { root, cli, version }: { root: string; cli: TerragruntCli; version: string },
  early: Promise<string | undefined> | undefined,
  changed: Promise<{ files: string[]; truncated: boolean }> | undefined
): Promise<UnitSelection> {
  const pr = ctx.pullRequest
  const { units: found, reading } = await discover(cli, root, changed ? version : undefined, early)
  const all = found.map((u) => u.path)
  const { units: selected, unmatched } = selectUnits(all, settings.units)
  if (unmatched.length > 0) {
    throw new UserError(
      `Input 'units': ${unmatched.map((p) => `'${p}'`).join(', ')} matches no Terragrunt unit under '${settings.workingDirectory}' (found ${all.length} units).`
    )
  }

  let units = selected
  let deleted: string[] = []
  let deletedUnknown: string[] = []
  let reasons = new Map<string, string>()
  if (changed) {
    ;({ units, deleted, deletedUnknown, reasons } = await changedUnits(
      await changed,
      { root, workspace: ctx.workspace, baseSha: pr?.baseSha },
      all,
      selected,
      found,
      reading ? version : undefined
    ))
  } else if (settings.changedOnly && !ctx.pullRequest) {
    core.info(`Event ${ctx.eventName} has no pull request: planning all ${selected.length} selected units.`)
  }
  const skipped = selected.filter((u) => !units.includes(u))
  return { root, cli, version, all, units, deleted, deletedUnknown, skipped, reasons }
}

/**
 * Terragrunt's `find` (with `--reading` where this `version` has it; without a version, no `--reading`; `started`:
 * the output of one already started without it), else a scan for terragrunt.hcl files.
 */
async function discover(
  cli: TerragruntCli,
  root: string,
  version: string | undefined,
  started?: Promise<string | undefined>
): Promise<{ units: FoundUnit[]; reading: boolean }> {
  const extraArgs = version && !started ? findSelectionArgs(version) : []
  const { units, viaFind } = await findOrScanUnits(cli, root, { extraArgs, started, log: (m) => core.info(m) })
  return { units, reading: viaFind && extraArgs.includes('--reading') }
}

/**
 * The git top level of `dir`: the PR's file names and `get_repo_root()` are relative to it, which is not the
 * workspace when the repository is checked out into a subdirectory (actions/checkout `path:`). Without git (or
 * outside a repository): `fallback`.
 */
export async function gitTopLevel(runner: ProcessRunner, dir: string, fallback: string): Promise<string> {
  const res = await runner.run('git', ['rev-parse', '--show-toplevel'], { cwd: dir }).catch(() => undefined)
  const top = res && res.exitCode === 0 ? res.stdout.trim() : ''
  return top !== '' ? resolve(top) : fallback
}

async function changedUnits(
  { files, truncated }: { files: string[]; truncated: boolean },
  { root, workspace, baseSha }: { root: string; workspace: string; baseSha?: string },
  all: string[],
  selected: string[],
  found: FoundUnit[],
  readingVersion: string | undefined
): Promise<{ units: string[]; deleted: string[]; deletedUnknown: string[]; reasons: Map<string, string> }> {
  if (truncated) {
    core.warning('The pull request changes 3,000 files or more, more than GitHub lists: planning every selected unit.')
    return { units: selected, deleted: [], deletedUnknown: [], reasons: new Map() }
  }
  // Both sides through realpath, so a symlinked workspace or temp dir does not turn paths into ../../…
  const realRoot = await realpath(root)
  const repoRoot = await realpath(await gitTopLevel(spawnRunner, root, workspace))
  const changedFiles = files.map((f) => relative(realRoot, join(repoRoot, f)).split(sep).join('/'))
  const affected = await affectedUnits({
    root: realRoot,
    units: all,
    changedFiles,
    knownDependencies: found,
    readingVersion,
    repoRoot
  })
  const chosen = affected.units.filter((u) => selected.includes(u))
  core.info(`${files.length} changed file(s) affect ${chosen.length} of ${selected.length} selected unit(s):`)
  for (const u of chosen) core.info(`  ${u}: ${affected.reasons.get(u) ?? ''}`)
  const removed = await removedFromStacks(changedFiles, realRoot, repoRoot, baseSha)
  const deleted = [...new Set([...affected.deleted, ...removed.deleted])].sort()
  for (const d of deleted)
    core.info(`  ${d}: removed by this pull request (not planned; destroy it before removing its code)`)
  warnUnresolved(affected, selected, realRoot, repoRoot)
  const reasons = new Map(chosen.map((u) => [u, affected.reasons.get(u) ?? 'affected by the changed files']))
  return { units: chosen, deleted, deletedUnknown: removed.unknown, reasons }
}

/**
 * The `unit`/`stack` blocks the PR removes from stack files it keeps (compared with the PR's base commit), as
 * deleted unit directories; a stack file whose base cannot be read is warned about (annotated) and named in the
 * comment, since units removed from it cannot be listed.
 */
async function removedFromStacks(
  changedFiles: string[],
  root: string,
  repoRoot: string,
  baseSha: string | undefined
): Promise<{ deleted: string[]; unknown: string[] }> {
  const kept: string[] = []
  for (const f of changedFiles) {
    if (f.split('/').at(-1) === STACK_FILE && (await stat(join(root, f)).catch(() => undefined))?.isFile()) kept.push(f)
  }
  const repoPath = (f: string) => relative(repoRoot, join(root, f)).split(sep).join('/')
  const read = baseReader(spawnRunner, repoRoot, baseSha)
  const result = await removedStackComponents(root, kept, (f) => read(repoPath(f)), { repoRoot })
  for (const r of result.removed) core.info(`  ${r.kind} "${r.name}" removed from ${r.file}: generated ${r.dir}`)
  const unknown = result.unknown.map(({ file, reason }) => {
    const message = `Units removed from ${repoPath(file)} by this pull request cannot be listed: ${reason}.`
    core.warning(`${message} Its units that remain are planned; check that no unit or stack block was removed.`, {
      title: 'Stack file base not readable',
      file: repoPath(file)
    })
    return message
  })
  return { deleted: result.removed.map((r) => r.dir), unknown }
}

/** One warning (an annotation on the file and line) per expression the reader could not resolve, naming its units. */
function warnUnresolved(affected: AffectedUnits, selected: string[], root: string, repoRoot: string): void {
  const groups = new Map<string, { units: string[]; reason: string; file: string; line: number }>()
  for (const u of affected.unresolved) {
    if (!selected.includes(u.unit)) continue
    const key = describeUnresolved(u)
    const group = groups.get(key) ?? { units: [], reason: unresolvedReason(u), file: u.file, line: u.line }
    group.units.push(u.unit)
    groups.set(key, group)
  }
  for (const g of groups.values()) {
    const names =
      g.units.length > 5 ? `${g.units.slice(0, 5).join(', ')} and ${g.units.length - 5} more` : g.units.join(', ')
    core.warning(`Planning ${names} to be safe: ${g.reason}.`, {
      title: 'Terragrunt reference not resolved',
      file: relative(repoRoot, join(root, g.file)).split(sep).join('/'),
      startLine: g.line > 0 ? g.line : undefined
    })
  }
}

/**
 * The plans of `plan-path`, narrowed by the `units` input. A unit the input names literally (no glob, no `!`) must
 * have a result: one without a plan (Terragrunt writes none for a unit that failed) is a failed unit, never left out.
 */
export async function readPlans(settings: PlanCommentSettings, ctx: RunContext): Promise<UnitPlan[]> {
  const expectedUnits = settings.units
    .map((u) => u.trim())
    .filter((u) => u !== '' && !u.startsWith('!') && !new Minimatch(u).hasMagic())
  return narrowPlans(await readPlanPath(resolve(ctx.workspace, settings.planPath!), { expectedUnits }), settings)
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
