import * as core from '@actions/core'
import { mkdir, stat, writeFile } from 'node:fs/promises'
import { homedir, tmpdir } from 'node:os'
import { join, relative, resolve, sep } from 'node:path'
import { UserError } from '../core/action/errors.js'
import { runAction } from '../core/action/run.js'
import {
  createGitHubClient,
  listChangedFiles,
  readRunContext,
  readTokenIdentity,
  upsertStickyComment
} from '../core/github/index.js'
import type { GitHubClient, RunContext } from '../core/github/index.js'
import { httpStatus } from '../core/github/errors.js'
import { toDiffLines } from '../core/plan/display.js'
import { buildPlanResult } from '../core/plan/unit-plan.js'
import type { PlanResult, UnitPlan } from '../core/plan/model.js'
import { COMMENT_BUDGET, JOB_SUMMARY_LIMIT } from '../core/render/budget.js'
import { marker } from '../core/render/markdown.js'
import {
  PLAN_COMMENT_ACTION,
  preparePlanReport,
  renderPreparedReport,
  renderPreparedReportFull
} from '../core/render/plan-comment.js'
import type { PlanReportContext } from '../core/render/plan-comment.js'
import { redactor } from '../core/render/redact.js'
import { affectedUnits } from '../core/terragrunt/affected.js'
import { checkTerragrunt, findUnitsJson } from '../core/terragrunt/cli.js'
import type { TerragruntCli } from '../core/terragrunt/cli.js'
import { discoverUnits, parseFindJson, selectUnits } from '../core/terragrunt/discovery.js'
import type { FoundUnit } from '../core/terragrunt/discovery.js'
import { readPlanPath } from '../core/terragrunt/plan-files.js'
import { planStack } from '../core/terragrunt/run-all.js'
import { actionsCache, restorePluginCache, savePluginCache } from '../core/terragrunt/plugin-cache.js'
import { spawnRunner } from '../core/terragrunt/process.js'
import { readSettings } from './settings.js'
import type { PlanCommentSettings } from './settings.js'

const MARKER_SCHEMA = 1

export function run(): Promise<void> {
  return runAction(main)
}

async function main(): Promise<void> {
  const settings = readSettings()
  if (settings.githubToken) core.setSecret(settings.githubToken)
  const ctx = readRunContext(process.env)
  const octokit = settings.githubToken
    ? createGitHubClient({
        token: settings.githubToken,
        baseUrl: ctx.apiUrl,
        log: { info: (m) => core.info(m), warn: (m) => core.warning(m) }
      })
    : undefined

  const { plans, selection } = settings.planPath
    ? { plans: await readPlanPath(resolve(ctx.workspace, settings.planPath)), selection: undefined }
    : await runPlans(settings, ctx, octokit)
  const result = buildPlanResult(plans)

  const redact = redactor(settings.redact)
  const reportPath = await publish(result, settings, ctx, octokit, selection)
  setOutputs(result, reportPath, redact)
  for (const u of result.units.filter((x) => x.status === 'error')) {
    core.error(redact(`${u.path}: ${u.error ?? 'plan failed'}`), { title: 'Terragrunt plan failed' })
  }
  const failure = failureReason(result, settings)
  if (failure) core.setFailed(redact(failure))
}

/** What changed-only selection left out: units the PR deletes and units it does not affect. */
interface Selection {
  deleted: string[]
  skipped: string[]
}

/** Discovers, selects and plans the units; returns one UnitPlan per planned unit. */
async function runPlans(
  settings: PlanCommentSettings,
  ctx: RunContext,
  octokit: GitHubClient | undefined
): Promise<{ plans: UnitPlan[]; selection?: Selection }> {
  const root = resolve(ctx.workspace, settings.workingDirectory)
  const rootInfo = await stat(root).catch(() => undefined)
  if (!rootInfo?.isDirectory()) {
    throw new UserError(
      `Input 'working-directory' is '${settings.workingDirectory}', which is not a directory in the workspace.`
    )
  }
  const env: Record<string, string | undefined> = {}
  const cli: TerragruntCli = {
    binary: settings.terragruntBinary,
    tfBinary: settings.tfBinary,
    runner: spawnRunner,
    env
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
  let selection: Selection | undefined
  if (changed) {
    const chosen = await changedUnits(await changed, ctx, root, all, selected, found)
    units = chosen.units
    selection = { deleted: chosen.deleted, skipped: selected.filter((u) => !units.includes(u)) }
  } else if (settings.changedOnly && !ctx.pullRequest) {
    core.info(`Event ${ctx.eventName} has no pull request: planning all ${selected.length} selected units.`)
  }
  if (units.length === 0) return { plans: [], selection }

  let cache
  if (settings.pluginCache) {
    const dir = join(homedir(), '.terraform.d', 'plugin-cache')
    cache = await restorePluginCache(actionsCache, dir, root, `${process.platform}-${process.arch}`, (m) =>
      core.info(m)
    )
    // Only a directory that exists: Terraform and OpenTofu report a missing plugin cache dir on every command.
    if (cache) env.TF_PLUGIN_CACHE_DIR = dir
  }
  const outDir = join(process.env.RUNNER_TEMP ?? tmpdir(), `terragrunt-plan-comment-${process.pid}`)
  await mkdir(outDir, { recursive: true })
  core.info(`Planning ${units.length} unit(s) with terragrunt run --all, ${settings.parallelism} at a time.`)
  const planned = await planStack({
    cli,
    root,
    units,
    everyUnit: units.length === all.length,
    parallelism: settings.parallelism,
    extraArgs: settings.extraArgs,
    outDir,
    version
  })
  const redact = redactor(settings.redact)
  for (const u of planned) core.info(`  ${u.path}: ${u.status}${u.error ? ` (${redact(u.error)})` : ''}`)
  if (cache) await savePluginCache(actionsCache, cache, (m) => core.info(m))
  return { plans: planned, selection }
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

/** Renders once, then writes the report file, the job summary and (on PRs) the sticky comment. */
async function publish(
  result: PlanResult,
  settings: PlanCommentSettings,
  ctx: RunContext,
  octokit: GitHubClient | undefined,
  selection: Selection | undefined
): Promise<string> {
  const key = settings.label || 'default'
  const rctx: PlanReportContext = {
    label: settings.label || undefined,
    headSha: ctx.sha,
    runUrl: ctx.runUrl,
    markerKey: key,
    markerPayload: { schema: MARKER_SCHEMA, label: settings.label, headSha: ctx.sha, planHash: result.planHash },
    tool: detectTool(result, settings.tfBinary),
    redact: settings.redact,
    diffLines: toDiffLines,
    deletedUnits: selection?.deleted,
    skippedUnits: selection?.skipped
  }
  // Units are prepared once (diff lines, sizes, fences) and rendered at three sizes.
  const prepared = preparePlanReport(result, rctx)
  const full = renderPreparedReportFull(prepared)
  const dir = process.env.RUNNER_TEMP ?? tmpdir()
  const reportPath = join(dir, `terragrunt-plan-${key.replace(/[^\w.-]+/g, '_')}.md`)
  await writeFile(reportPath, full)

  const summary = renderPreparedReport(prepared, {
    maxChars: JOB_SUMMARY_LIMIT - 1024,
    fullPlanName: `the report file ${reportPath}`
  })
  await core.summary.addRaw(summary, true).write()

  if (settings.comment !== 'off' && ctx.pullRequest && octokit) {
    const body = renderPreparedReport(prepared, { maxChars: COMMENT_BUDGET, summaryUrl: ctx.runUrl })
    const target = { ...ctx.repo, number: ctx.pullRequest.number }
    try {
      const me = await readTokenIdentity(octokit)
      const res = await upsertStickyComment(
        octokit,
        target,
        marker(PLAN_COMMENT_ACTION, key),
        body,
        me,
        settings.comment
      )
      core.info(`Plan comment ${res.action}: ${res.url}`)
      core.setOutput('comment-url', res.url)
    } catch (error) {
      const status = httpStatus(error)
      if (status === 403 || status === 404) {
        core.warning(
          `Could not write the plan comment (GitHub answered ${status}): give the job 'pull-requests: write' permission; PRs from forks get a read-only token. The plan is in the job summary.`
        )
      } else throw error
    }
  } else if (settings.comment !== 'off' && !ctx.pullRequest) {
    core.info(`Event ${ctx.eventName} is not about a pull request: no comment, see the job summary.`)
  }
  return reportPath
}

/** Which tool made the plans, for the title: the plan's own wording first, then the tf-binary input. */
function detectTool(result: PlanResult, tfBinary: string | undefined): 'tofu' | 'terraform' | undefined {
  const text = result.units.map((u) => u.text).join('\n')
  if (/\bOpenTofu (?:used|will perform)\b/.test(text)) return 'tofu'
  if (/\bTerraform (?:used|will perform)\b/.test(text)) return 'terraform'
  if (tfBinary) return /terraform/.test(tfBinary) ? 'terraform' : /tofu/.test(tfBinary) ? 'tofu' : undefined
  return undefined
}

function setOutputs(result: PlanResult, reportPath: string, redact: (text: string) => string): void {
  const t = result.totals
  core.setOutput('has-changes', String(result.hasChanges))
  core.setOutput('has-destroy', String(result.hasDestroy))
  for (const [name, value] of Object.entries({
    add: t.add,
    change: t.change,
    destroy: t.destroy,
    replace: t.replace,
    import: t.import,
    move: t.move
  })) {
    core.setOutput(name, String(value))
  }
  core.setOutput(
    'units-json',
    JSON.stringify(
      result.units.map((u) => ({
        path: redact(u.path),
        status: u.status,
        ...u.counts,
        destroyed: u.destroyed.map(redact),
        replaced: u.replaced.map(redact),
        error: u.error === undefined ? null : redact(u.error)
      }))
    )
  )
  core.setOutput('report-path', reportPath)
  core.setOutput('plan-hash', result.planHash)
}

function failureReason(result: PlanResult, settings: PlanCommentSettings): string | undefined {
  const errors = result.units.filter((u) => u.status === 'error')
  if (settings.failOn !== 'never' && errors.length > 0) {
    const names = errors
      .slice(0, 5)
      .map((u) => u.path)
      .join(', ')
    return `${errors.length} unit(s) failed to plan: ${names}${errors.length > 5 ? ', …' : ''} (see the job summary)`
  }
  if (settings.failOn === 'changes' && result.hasChanges) return 'The plan has changes and fail-on is `changes`.'
  if (settings.failOn === 'destroy' && result.hasDestroy) {
    return `The plan destroys or replaces ${result.totals.destroy} resource(s) and fail-on is \`destroy\`.`
  }
  return undefined
}
