/**
 * The per-shard JSON report (the hand-over from shard jobs to the aggregate job), and reading them back. The aggregate
 * run trusts a report only whole: one it cannot read covers nothing, so its units' issues stay as they are.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Classification, DriftMode, DriftedResource } from './classify.js'
import type { Shard } from './shards.js'

export const REPORT_SCHEMA = 1
export const REPORT_KIND = 'gitops-actions/drift-detect'

export interface UnitResult {
  /** Workspace-relative unit path. */
  unit: string
  classification: Classification
  drifted: DriftedResource[]
  unapplied: string[]
  ignored: string[]
  /** One line, for `error`. */
  error?: string
  /** The plan (or error) text as ```diff lines, already cut to a size an issue can hold. */
  excerpt: string
}

export interface DriftReport {
  schema: typeof REPORT_SCHEMA
  kind: typeof REPORT_KIND
  mode: DriftMode
  shard: Shard
  /** The working directory, workspace-relative. */
  scope: string
  /** Every unit under the working directory (workspace-relative), so the aggregate run can tell removed units. */
  discovered: string[]
  /** Every unit the units/exclude inputs select (all shards), so the aggregate run can name the units it misses. */
  selected: string[]
  /** Units of this shard that Terragrunt's own `exclude` blocks left out: not checked, and not missing either. */
  excluded: string[]
  /** The units of this shard, each with its result. */
  units: UnitResult[]
  sha: string
  runUrl: string
  createdAt: string
}

export const reportFileName = (shard: Shard): string => `drift-report-${shard.index}-of-${shard.count}.json`

export async function writeReport(dir: string, report: DriftReport): Promise<string> {
  await mkdir(dir, { recursive: true })
  const path = join(dir, reportFileName(report.shard))
  await writeFile(path, `${JSON.stringify(report, null, 1)}\n`)
  return path
}

const CLASSES = new Set(['drift', 'unapplied', 'clean', 'error'])

/** Checks the shape of a parsed report; returns why it is unusable, or undefined. */
export function reportProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'not a JSON object'
  const r = value as Partial<DriftReport>
  if (r.kind !== REPORT_KIND) return 'not a drift-detect report'
  if (r.schema !== REPORT_SCHEMA) return `report schema ${String(r.schema)}, expected ${REPORT_SCHEMA}`
  const s = r.shard
  if (!s || !Number.isInteger(s.index) || !Number.isInteger(s.count) || s.index < 1 || s.index > s.count) {
    return 'no valid shard'
  }
  if (
    typeof r.scope !== 'string' ||
    !Array.isArray(r.discovered) ||
    !Array.isArray(r.selected) ||
    !Array.isArray(r.excluded) ||
    !Array.isArray(r.units)
  ) {
    return 'fields missing'
  }
  for (const u of r.units) {
    if (typeof u?.unit !== 'string' || !CLASSES.has(u.classification) || !Array.isArray(u.drifted)) {
      return 'a unit entry is malformed'
    }
  }
  return undefined
}

export interface ReadReports {
  reports: DriftReport[]
  /** Files that look like shard reports but could not be used, with the reason. */
  unreadable: Array<{ file: string; reason: string }>
}

async function listReportFiles(dir: string, out: string[] = []): Promise<string[]> {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, e.name)
    if (e.isDirectory()) await listReportFiles(path, out)
    else if (/^drift-report-.*\.json$/.test(e.name)) out.push(path)
  }
  return out
}

/** Reads every `drift-report-*.json` under `dir` (download-artifact puts each artifact in its own folder). */
export async function readReports(dir: string): Promise<ReadReports> {
  const files = (await listReportFiles(dir)).sort()
  const result: ReadReports = { reports: [], unreadable: [] }
  for (const file of files) {
    let value: unknown
    try {
      value = JSON.parse(await readFile(file, 'utf8'))
    } catch (e) {
      result.unreadable.push({ file, reason: `not JSON (${(e as Error).message})` })
      continue
    }
    const problem = reportProblem(value)
    if (problem) result.unreadable.push({ file, reason: problem })
    else result.reports.push(value as DriftReport)
  }
  return result
}

export interface Coverage {
  mode?: DriftMode
  scope?: string
  shardCount: number
  /** The results of every unit some usable report covers. */
  results: UnitResult[]
  /** Every unit any usable report saw under the working directory; undefined when no report was usable. */
  discovered?: Set<string>
  /** Selected units no usable report covers (their shard's report is missing or unusable). */
  notCovered: string[]
  /** Shards (1-based) with no usable report. */
  missingShards: number[]
  /** Why reports were set aside (unreadable, another shard count or working directory, a duplicate). */
  problems: string[]
  sha?: string
  runUrl?: string
}

/**
 * Merges shard reports. The first usable report fixes the shard count and working directory; reports that disagree
 * are set aside as problems (their units then count as not covered). A unit is removed only when no usable report
 * discovered it, so one stale report cannot close an issue.
 */
export function mergeReports(read: ReadReports): Coverage {
  const problems = read.unreadable.map((u) => `${u.file}: ${u.reason}`)
  const [first] = read.reports
  if (!first) return { shardCount: 0, results: [], notCovered: [], missingShards: [], problems }
  const byIndex = new Map<number, DriftReport>()
  for (const r of read.reports) {
    if (r.shard.count !== first.shard.count) {
      problems.push(`shard ${r.shard.index}/${r.shard.count}: another shard count than ${first.shard.count}`)
    } else if (r.scope !== first.scope) {
      problems.push(`shard ${r.shard.index}/${r.shard.count}: working directory '${r.scope}', not '${first.scope}'`)
    } else if (r.mode !== first.mode) {
      problems.push(`shard ${r.shard.index}/${r.shard.count}: mode ${r.mode}, not ${first.mode}`)
    } else {
      const seen = byIndex.get(r.shard.index)
      if (seen) problems.push(`shard ${r.shard.index}/${r.shard.count}: two reports; using the newer one`)
      if (!seen || seen.createdAt < r.createdAt) byIndex.set(r.shard.index, r)
    }
  }
  const used = [...byIndex.values()].sort((a, b) => a.shard.index - b.shard.index)
  const missingShards: number[] = []
  for (let i = 1; i <= first.shard.count; i++) if (!byIndex.has(i)) missingShards.push(i)
  const results = new Map<string, UnitResult>()
  for (const r of used) for (const u of r.units) results.set(u.unit, u)
  const excluded = new Set(used.flatMap((r) => r.excluded))
  const notCovered = [...new Set(used.flatMap((r) => r.selected))]
    .filter((u) => !results.has(u) && !excluded.has(u))
    .sort()
  const newest = used.reduce((a, b) => (a.createdAt >= b.createdAt ? a : b))
  return {
    mode: first.mode,
    scope: first.scope,
    shardCount: first.shard.count,
    results: [...results.values()].sort((a, b) => (a.unit < b.unit ? -1 : 1)),
    discovered: new Set(used.flatMap((r) => r.discovered)),
    notCovered,
    missingShards,
    problems,
    sha: newest.sha,
    runUrl: newest.runUrl
  }
}
