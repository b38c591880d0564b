import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { UserError } from '../errors/index.js'
import { buildUnitPlan } from '../plan/unit-plan.js'
import type { UnitPlan } from '../plan/model.js'
import { demuxTerragruntLog } from './logs.js'
import { readIfExists } from './files.js'

/** File names read as a unit's plan in a `--json-out-dir` / `--out-dir` style tree. */
const JSON_NAMES = ['tfplan.json', 'plan.json']
const TEXT_NAMES = ['tfplan.txt', 'plan.txt', 'tfplan.log', 'plan.log']
const SKIP = new Set(['.git', '.terragrunt-cache', '.terraform', 'node_modules'])

async function walk(dir: string, found: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true })
  if (entries.some((e) => e.isFile() && (JSON_NAMES.includes(e.name) || TEXT_NAMES.includes(e.name)))) found.push(dir)
  for (const e of entries) if (e.isDirectory() && !SKIP.has(e.name)) await walk(join(dir, e.name), found)
}

const unitPath = (root: string, dir: string) => relative(root, dir).split(sep).join('/') || '.'

/**
 * Reads plans an earlier step produced: a directory laid out like Terragrunt's `--json-out-dir` (`<unit>/tfplan.json`,
 * with `tfplan.txt`/`plan.txt` beside it when the text was saved too), or a single file: a JSON plan, a plan text, or
 * a Terragrunt run-all log, which is split into its units.
 */
export async function readPlanPath(path: string, input = 'plan-path'): Promise<UnitPlan[]> {
  const info = await stat(path).catch(() => undefined)
  if (!info) throw new UserError(`Input '${input}' points at '${path}', which does not exist.`)

  if (info.isFile()) {
    const text = await readFile(path, 'utf8')
    if (text.trimStart().startsWith('{')) return [buildUnitPlan({ path: '.', text: '', json: text })]
    const log = demuxTerragruntLog(text)
    if (log.units.size > 1 || (log.units.size === 1 && !log.units.has('.'))) {
      return [...log.units].map(([unit, out]) =>
        buildUnitPlan({ path: unit, text: out.stdout.join('\n'), stderr: out.stderr.join('\n') })
      )
    }
    return [buildUnitPlan({ path: '.', text })]
  }

  const dirs: string[] = []
  await walk(path, dirs)
  if (dirs.length === 0) {
    throw new UserError(
      `Input '${input}': no plans under '${path}': expected <unit>/tfplan.json (Terragrunt --json-out-dir) or <unit>/plan.txt files.`
    )
  }
  const units: UnitPlan[] = []
  for (const dir of dirs.sort()) {
    let json: string | undefined
    let text = ''
    for (const name of JSON_NAMES) json ??= await readIfExists(join(dir, name))
    for (const name of TEXT_NAMES) text ||= (await readIfExists(join(dir, name))) ?? ''
    units.push(buildUnitPlan({ path: unitPath(path, dir), text, json }))
  }
  return units
}
