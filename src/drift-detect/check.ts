/** The three ways a run gets its unit results: list the shards, check units (one shard or all), or aggregate. */
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { UserError } from '../core/action/errors.js'
import type { RunContext } from '../core/github/context.js'
import type { TerragruntCli } from '../core/terragrunt/cli.js'
import { spawnRunner } from '../core/terragrunt/process.js'
import { planUnits, startPlans } from './plan.js'
import { REPORT_KIND, REPORT_SCHEMA, mergeReports, readReports, writeReport } from './report.js'
import type { Coverage } from './report.js'
import type { DriftSettings } from './settings.js'
import { shardCount, shardMatrix, unitsOfShard } from './shards.js'
import { findUnits, startFinding, workspaceUnit } from './units.js'

/** What the issue work and the outputs need, however it was obtained. */
export interface Checked extends Coverage {
  scope: string
  reportPath: string
}

function terragrunt(settings: DriftSettings): TerragruntCli {
  return { binary: settings.terragruntBinary, tfBinary: settings.tfBinary, runner: spawnRunner, env: {} }
}

const runnerTemp = (): string => process.env.RUNNER_TEMP ?? tmpdir()

export async function listShards(
  settings: DriftSettings,
  ctx: RunContext,
  log: (m: string) => void
): Promise<{ matrix: { shard: string[] }; units: number }> {
  const found = await findUnits(terragrunt(settings), ctx.workspace, settings.workingDirectory, settings, log)
  const count = shardCount(found.selected.length, settings.maxUnitsPerShard)
  return { matrix: shardMatrix(count), units: found.selected.length }
}

/**
 * Discovers, selects, takes this run's shard, plans it and writes the shard report. When every unit is checked (no
 * units/exclude patterns, one shard) the plan starts as soon as the Terragrunt version is known, beside discovery.
 */
export async function checkUnits(settings: DriftSettings, ctx: RunContext, log: (m: string) => void): Promise<Checked> {
  const cli = terragrunt(settings)
  const finding = await startFinding(cli, ctx.workspace, settings.workingDirectory, settings, log)
  const shard = settings.shard ?? { index: 1, count: 1 }
  const outDir = join(runnerTemp(), `drift-detect-${process.pid}`)
  const planOptions = { cli, root: finding.root, version: finding.version, parallelism: settings.parallelism, outDir }
  const everyUnit = shard.count === 1 && [...settings.units, ...settings.exclude].every((p) => p.trim() === '')
  const running = everyUnit ? await startPlans({ ...planOptions, mode: settings.mode }) : undefined
  if (running) log(`Terragrunt ${finding.version}: planning every unit while they are being discovered.`)
  let found
  try {
    found = await finding.units
  } catch (e) {
    await running?.abort()
    throw e
  }
  for (const p of found.unmatchedExcludes) log(`Input 'exclude': '${p}' matches no unit.`)
  const units = unitsOfShard(found.selected, shard)
  const name = (unit: string) => workspaceUnit(found.scope, unit)
  log(
    `Terragrunt ${found.version}: ${found.selected.length} selected unit(s); shard ${shard.index}/${shard.count} checks ${units.length}.`
  )
  const { results, excluded } = await planUnits(
    {
      ...planOptions,
      units,
      everyUnit: units.length === found.discovered.length,
      mode: settings.mode,
      rules: settings.ignore,
      name
    },
    running
  )
  for (const u of excluded) log(`${u}: excluded by its Terragrunt configuration, not checked.`)
  const report = {
    schema: REPORT_SCHEMA,
    kind: REPORT_KIND,
    mode: settings.mode,
    shard,
    scope: found.scope,
    discovered: found.discovered.map(name),
    selected: found.selected.map(name),
    excluded,
    units: results,
    sha: ctx.sha,
    runUrl: ctx.runUrl,
    createdAt: new Date().toISOString()
  } as const
  const dir = settings.reportDir ? resolve(ctx.workspace, settings.reportDir) : join(runnerTemp(), 'drift-reports')
  const reportPath = await writeReport(dir, report)
  return { ...mergeReports({ reports: [report], unreadable: [] }), scope: found.scope, reportPath }
}

/** Reads every shard report of report-dir; the issue work then covers exactly what they cover. */
export async function aggregateReports(settings: DriftSettings, ctx: RunContext): Promise<Checked> {
  if (!settings.reportDir) {
    throw new UserError("Input 'report-dir' is empty: with aggregate, point it at the downloaded shard reports.")
  }
  const dir = resolve(ctx.workspace, settings.reportDir)
  const read = await readReports(dir).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') throw new UserError(`Input 'report-dir' is '${settings.reportDir}', which does not exist.`)
    throw e
  })
  const merged = mergeReports(read)
  if (read.reports.length === 0) {
    throw new UserError(
      `Input 'report-dir': no usable drift-report-*.json under '${settings.reportDir}'${read.unreadable.length > 0 ? ` (${merged.problems.join('; ')})` : ''}; nothing was reconciled.`
    )
  }
  const reportPath = join(runnerTemp(), 'drift-aggregate.json')
  await writeFile(
    reportPath,
    `${JSON.stringify({ kind: `${REPORT_KIND}/aggregate`, ...merged, discovered: undefined }, null, 1)}\n`
  )
  return { ...merged, scope: merged.scope ?? '.', reportPath }
}
