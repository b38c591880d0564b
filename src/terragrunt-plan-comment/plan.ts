import * as core from '@actions/core'
import { mkdir } from 'node:fs/promises'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import type { UnitPlan } from '../core/plan/model.js'
import { actionsCache, restorePluginCache, savePluginCache } from '../core/terragrunt/plugin-cache.js'
import { planStack } from '../core/terragrunt/run-all.js'
import type { UnitSelection } from './select.js'
import type { PlanCommentSettings } from './settings.js'

/** Plans the selected units with one `terragrunt run --all`, with the provider plugin cache around it. */
export async function planUnits(settings: PlanCommentSettings, selection: UnitSelection): Promise<UnitPlan[]> {
  const { cli, root, units, all, version } = selection
  if (units.length === 0) return []

  let cache
  if (settings.pluginCache) {
    const dir = join(homedir(), '.terraform.d', 'plugin-cache')
    cache = await restorePluginCache(actionsCache, dir, root, `${process.platform}-${process.arch}`, (m) =>
      core.info(m)
    )
    // Only a directory that exists: Terraform and OpenTofu report a missing plugin cache dir on every command.
    if (cache) cli.env.TF_PLUGIN_CACHE_DIR = dir
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
  if (cache) await savePluginCache(actionsCache, cache, (m) => core.info(m))
  return planned
}
