/**
 * Finding the Terragrunt units under a directory, by scanning the filesystem or from `terragrunt find --json`.
 *
 * A unit is a directory with a `terragrunt.hcl`, except:
 * - directories Terragrunt and tools keep to themselves: any hidden directory (`.git`, `.terragrunt-cache`,
 *   `.terraform`, …) and `node_modules`;
 * - a `terragrunt.hcl` that another `terragrunt.hcl` includes (the legacy root config found by
 *   `find_in_parent_folders()`; a `root.hcl` is never a unit since only `terragrunt.hcl` files are);
 * - a `terragrunt.hcl` with no `terraform` block and no `.tf` files beside it that has units below it (a parent
 *   config whose include could not be resolved statically).
 */
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { minimatch } from 'minimatch'
import { UserError } from '../errors/index.js'
import { createHclCache, readUnitRefs } from './hcl-refs.js'
import type { HclCache } from './hcl-refs.js'
import { normaliseUnitPath } from './files.js'

export interface DiscoverOptions {
  /**
   * The action's `units` input: directories or globs relative to root (`live/prod`, `live/prod/*`, or `vpc` under
   * any directory with a `**` prefix). A pattern selects the units at or below every directory it matches; a pattern
   * starting with `!` removes units. Empty or absent: all units.
   */
  patterns?: string[]
  /** What `get_repo_root()` returns while resolving includes; default: the nearest `.git` above root. */
  repoRoot?: string
  cache?: HclCache
}

/** Raised when a `units` pattern selects no unit; `patterns` lists every such pattern. */
export class UnitPatternError extends UserError {
  override name = 'UnitPatternError'
  constructor(
    readonly patterns: string[],
    root: string
  ) {
    const list = patterns.map((p) => `'${p}'`).join(', ')
    super(
      `No Terragrunt unit matches ${patterns.length === 1 ? 'pattern' : 'patterns'} ${list} under ${root}: ` +
        'use directories or globs relative to the working directory (e.g. live/prod/*, **/vpc).'
    )
  }
}

const SKIPPED_DIRS = new Set(['node_modules'])

/**
 * The unit directories under `root`, relative to it with `/` separators, sorted (`.` when root itself is a unit).
 * With `patterns`, only the units they select; throws `UnitPatternError` naming each pattern that selects nothing
 * (use `selectUnits` on the full list to warn instead).
 */
export async function discoverUnits(root: string, opts: DiscoverOptions = {}): Promise<string[]> {
  const absRoot = path.resolve(root)
  const cache = opts.cache ?? createHclCache()
  const found: Array<{ dir: string; hasTfFiles: boolean }> = []
  await scan(absRoot, found)

  const infos = await Promise.all(
    found.map(async (f) => {
      const refs = await readUnitRefs(f.dir, absRoot, { repoRoot: opts.repoRoot, cache, modules: false })
      return { ...f, refs }
    })
  )
  const included = new Set<string>()
  for (const info of infos) {
    for (const file of info.refs.files) if (file.kind === 'include') included.add(path.resolve(absRoot, file.path))
  }
  const dirs = found.map((f) => f.dir)
  const units = infos
    .filter((info) => {
      if (included.has(path.join(info.dir, 'terragrunt.hcl'))) return false
      if (info.refs.hasTerraformBlock || info.hasTfFiles) return true
      return !dirs.some((d) => d !== info.dir && d.startsWith(info.dir + path.sep))
    })
    .map((info) => info.refs.unit)
    .sort()

  if (!opts.patterns || opts.patterns.every((p) => p.trim() === '')) return units
  const { units: selected, unmatched } = selectUnits(units, opts.patterns)
  if (unmatched.length > 0) throw new UnitPatternError(unmatched, root)
  return selected
}

async function scan(dir: string, out: Array<{ dir: string; hasTfFiles: boolean }>): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true })
  const subdirs: string[] = []
  let config = false
  let hasTfFiles = false
  for (const e of entries) {
    if (e.isDirectory()) {
      if (!e.name.startsWith('.') && !SKIPPED_DIRS.has(e.name)) subdirs.push(path.join(dir, e.name))
    } else if (e.isFile()) {
      if (e.name === 'terragrunt.hcl') config = true
      else if (e.name.endsWith('.tf') || e.name.endsWith('.tf.json')) hasTfFiles = true
    }
  }
  if (config) out.push({ dir, hasTfFiles })
  await Promise.all(subdirs.map((d) => scan(d, out)))
}

/**
 * The units that `patterns` select (sorted), and the patterns that select none. A positive pattern selects a unit
 * when it matches the unit's path or one of its parent directories (minimatch, relative to root); `!pattern`
 * removes the units it would select. Only negative patterns: all units minus those.
 */
export function selectUnits(units: string[], patterns: string[]): { units: string[]; unmatched: string[] } {
  const include: Array<{ raw: string; pattern: string }> = []
  const exclude: Array<{ raw: string; pattern: string }> = []
  for (const raw of patterns) {
    const trimmed = raw.trim()
    if (trimmed === '') continue
    const negative = trimmed.startsWith('!')
    const pattern = normaliseUnitPath(negative ? trimmed.slice(1) : trimmed)
    ;(negative ? exclude : include).push({ raw: trimmed, pattern })
  }
  const unmatched = new Set<string>()
  const selects = (unit: string, pattern: string) =>
    pattern === '.' || candidates(unit).some((c) => minimatch(c, pattern, { dot: true }))

  let selected = include.length === 0 ? [...units] : []
  for (const { raw, pattern } of include) {
    const hits = units.filter((u) => selects(u, pattern))
    if (hits.length === 0) unmatched.add(raw)
    selected.push(...hits)
  }
  for (const { raw, pattern } of exclude) {
    const before = selected.length
    selected = selected.filter((u) => !selects(u, pattern))
    if (selected.length === before && !units.some((u) => selects(u, pattern))) unmatched.add(raw)
  }
  return { units: [...new Set(selected)].sort(), unmatched: [...unmatched] }
}

/** The unit path and each of its parent directories: `a/b/c` -> `a/b/c`, `a/b`, `a`. */
function candidates(unit: string): string[] {
  if (unit === '.') return ['.']
  const parts = unit.split('/')
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('/'))
}

export interface FoundUnit {
  /** Relative to the directory `terragrunt find` ran in, `/` separators. */
  path: string
  /** Dependencies relative to that same directory (Terragrunt writes them so; `../` for external ones). */
  dependencies: string[]
  /** Files the unit reads (`terragrunt find --reading`), when present. */
  reading?: string[]
}

/**
 * Parses `terragrunt find --json [--dependencies] [--reading]` output: keeps `type: unit` entries (stacks are
 * dropped) and normalises paths (`/` separators, no `./`, no trailing `/`). Tolerates log lines around the JSON
 * array; throws when there is no JSON array.
 */
export function parseFindJson(stdout: string): FoundUnit[] {
  const data = extractJsonArray(stdout)
  const out: FoundUnit[] = []
  for (const entry of data) {
    if (typeof entry !== 'object' || entry === null) continue
    const e = entry as Record<string, unknown>
    if (e.type !== undefined && e.type !== 'unit') continue
    if (typeof e.path !== 'string') continue
    const unit: FoundUnit = {
      path: normaliseUnitPath(e.path),
      dependencies: stringList(e.dependencies).map((p) => normaliseUnitPath(p))
    }
    if (Array.isArray(e.reading)) unit.reading = stringList(e.reading).map((p) => normaliseUnitPath(p))
    out.push(unit)
  }
  return out
}

function extractJsonArray(stdout: string): unknown[] {
  const text = stdout.trim()
  const attempts = [text]
  const start = text.search(/^\s*\[/m)
  const end = text.lastIndexOf(']')
  if (start >= 0 && end > start) attempts.push(text.slice(start, end + 1))
  for (const attempt of attempts) {
    try {
      const value: unknown = JSON.parse(attempt)
      if (Array.isArray(value)) return value
      if (value === null) return []
    } catch {
      // try the next candidate
    }
  }
  if (text === '' || text === 'null') return []
  throw new Error(`terragrunt find --json printed no JSON array: ${text.slice(0, 200)}`)
}

function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
}
