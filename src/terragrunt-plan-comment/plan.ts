import * as core from '@actions/core'
import { mkdir } from 'node:fs/promises'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import type { UnitPlan } from '../core/plan/model.js'
import { redactor } from '../core/render/redact.js'
import { logGroup, logUntrusted } from '../core/action/log.js'
import { tfToolVersion } from '../core/terragrunt/cli.js'
import {
  actionsCache,
  decidePluginCache,
  restorePluginCache,
  savePluginCache
} from '../core/terragrunt/plugin-cache.js'
import { finishPlanStack, startPlanStack } from '../core/terragrunt/run-all.js'
import type { RunningStack } from '../core/terragrunt/run-all.js'
import type { UnitSelection } from './select.js'
import type { PlanCommentSettings } from './settings.js'

/** A plan run under way, and the plugin cache to save when it is over. */
export interface Planning {
  run: RunningStack
  cache?: Awaited<ReturnType<typeof restorePluginCache>>
}

/**
 * Restores the provider plugin cache and starts `terragrunt run --all`: for `units`, or for every unit under root
 * while they are still being discovered (`units` undefined).
 */
export async function startPlanning(
  settings: PlanCommentSettings,
  { cli, root, version }: Pick<UnitSelection, 'cli' | 'root' | 'version'>,
  units?: { units: string[]; everyUnit: boolean }
): Promise<Planning> {
  const redact = redactor(settings.redact)
  let cache
  if (settings.pluginCache) {
    const plan = decidePluginCache({
      tool: await tfToolVersion(cli, root),
      terragruntVersion: version,
      parallelism: settings.parallelism,
      presetDir: process.env.TF_PLUGIN_CACHE_DIR || undefined,
      ourDir: join(homedir(), '.terraform.d', 'plugin-cache'),
      userCacheDir: process.env.XDG_CACHE_HOME || join(homedir(), '.cache')
    })
    if (plan.mode === 'off') core.info(`Plugin cache: off, ${plan.reason}.`)
    else {
      cache = await restorePluginCache(actionsCache, plan, root, `${process.platform}-${process.arch}`, (m) =>
        core.info(m)
      )
      // Only a directory that exists: Terraform and OpenTofu report a missing plugin cache dir on every command.
      if (cache && plan.mode === 'ours') cli.env.TF_PLUGIN_CACHE_DIR = plan.dir
    }
  }
  const outDir = join(process.env.RUNNER_TEMP ?? tmpdir(), `terragrunt-plan-comment-${process.pid}`)
  await mkdir(outDir, { recursive: true })
  core.info(
    `Planning ${units ? `${units.units.length} unit(s)` : 'every unit (while discovery runs)'} with terragrunt run --all, ${settings.parallelism} at a time.`
  )
  const run = startPlanStack({
    cli,
    root,
    units: units?.units,
    everyUnit: units?.everyUnit ?? true,
    parallelism: settings.parallelism,
    extraArgs: settings.extraArgs,
    outDir,
    version,
    timeoutText: settings.timeoutText,
    progress: {
      unitFinished: (unit, lines) => logGroup(unit, lines.map(redact)),
      runMessage: (line) => logUntrusted([redact(line)])
    }
  })
  return { run, cache }
}

/**
 * Plans the selected units with one `terragrunt run --all` (the one selectPlanUnits started, when it plans every
 * unit), with the provider plugin cache around it.
 */
export async function planUnits(settings: PlanCommentSettings, selection: UnitSelection): Promise<UnitPlan[]> {
  const { units, all, started } = selection
  if (units.length === 0) {
    await started?.run.abort()
    return []
  }
  const redact = redactor(settings.redact)
  const { run, cache } =
    started ?? (await startPlanning(settings, selection, { units, everyUnit: units.length === all.length }))
  const planned = await finishPlanStack(run, units)
  for (const u of planned) core.info(`  ${u.path}: ${u.status}${u.error ? ` (${redact(u.error)})` : ''}`)
  if (cache) await savePluginCache(actionsCache, cache, (m) => core.info(m))
  return planned
}
