/**
 * Which units a set of changed files affects, and why.
 *
 * A unit is affected when a changed file
 * - is inside its directory and not inside a nested unit's directory (`changed live/dev/vpc/terragrunt.hcl`);
 * - is a file it includes or reads, directly or through other included/read files (`includes live/_common/vpc.hcl`,
 *   `reads live/_common/base.hcl (via live/_common/app.hcl)`);
 * - is under a local module it sources, or a local module that module calls (`uses module modules/vpc (changed …)`);
 * and every unit that depends on an affected unit (`dependency` / `dependencies` blocks, transitively) is affected too
 * (`depends on live/dev/vpc`). A `terragrunt.hcl` that no longer exists and that no unit includes is a deleted unit:
 * it is listed in `deleted` (its dependents are affected), since there is nothing left to plan.
 */
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { createHclCache, readUnitRefs } from './hcl-refs.js'
import type { FileRef, HclCache, UnitRefs } from './hcl-refs.js'
import { normaliseUnitPath } from './files.js'

export interface AffectedInput {
  root: string
  /**
   * The units to consider, relative to root (from `discoverUnits` or `parseFindJson`). Pass all units and filter
   * the result by the `units` input afterwards: a selected unit may depend on an unselected one that changed.
   * Dependencies that are not in this list are followed too, but only listed units are returned.
   */
  units: string[]
  /** Changed files relative to root, `/` separators; files outside root as `../…` (e.g. `../../modules/vpc/main.tf`). */
  changedFiles: string[]
  /** Dependencies already known (e.g. `parseFindJson` output), added to those read from the configs. */
  knownDependencies?: Array<{ path: string; dependencies: string[] }>
  /** What `get_repo_root()` returns; default: the nearest `.git` above root. */
  repoRoot?: string
  cache?: HclCache
}

export interface AffectedUnits {
  /** Affected units among `input.units`, sorted. */
  units: string[]
  /** Why each affected unit is affected (one reason: the most direct one), in the order of `units`. */
  reasons: Map<string, string>
  /** Unit directories whose `terragrunt.hcl` was deleted, sorted. */
  deleted: string[]
  /** Path expressions that could not be evaluated while reading configs (for a warning). */
  unresolved: string[]
}

export async function affectedUnits(input: AffectedInput): Promise<AffectedUnits> {
  const root = path.resolve(input.root)
  const cache = input.cache ?? createHclCache()
  const listed = new Set(input.units.map((p) => normaliseUnitPath(p)))
  const changed = [...new Set(input.changedFiles.map((p) => normaliseUnitPath(p)))]
    .filter((f) => f !== '.' && !f.split('/').includes('.terragrunt-cache'))
    .sort()
  const changedSet = new Set(changed)

  const known = new Map<string, string[]>()
  for (const k of input.knownDependencies ?? [])
    known.set(
      normaliseUnitPath(k.path),
      k.dependencies.map((d) => normaliseUnitPath(d))
    )

  // Read every listed unit and, transitively, the units they depend on.
  const nodes = new Map<string, { refs: UnitRefs; dependencies: string[] }>()
  const queue = [...listed].sort()
  while (queue.length > 0) {
    const unit = queue.shift()!
    if (nodes.has(unit)) continue
    const refs = await readUnitRefs(unit, root, { repoRoot: input.repoRoot, cache })
    const dependencies = [...new Set([...refs.dependencies, ...(known.get(unit) ?? [])])].sort()
    nodes.set(unit, { refs, dependencies })
    for (const d of dependencies) {
      if (!nodes.has(d) && !listed.has(d) && (await isFile(path.join(root, d, 'terragrunt.hcl')))) queue.push(d)
    }
  }

  const reasons = new Map<string, string>()
  const because = (unit: string, reason: string) => {
    if (!reasons.has(unit)) reasons.set(unit, reason)
  }

  const unitDirs = [...nodes.keys()].sort((a, b) => b.length - a.length)
  for (const file of changed) {
    const owner = unitDirs.find((u) => u === '.' || file.startsWith(`${u}/`))
    if (owner !== undefined) because(owner, `changed ${file}`)
  }

  for (const [unit, { refs }] of [...nodes].sort(([a], [b]) => compare(a, b))) {
    const files = [...refs.files].sort((a, b) => a.via.length - b.via.length || compare(a.path, b.path))
    const hit = files.find((f) => changedSet.has(f.path))
    if (hit) because(unit, describeFileRef(hit))
    const modules = [...refs.modules].sort((a, b) => a.via.length - b.via.length || compare(a.path, b.path))
    for (const mod of modules) {
      const file = changed.find((f) => mod.path === '.' || f.startsWith(`${mod.path}/`))
      if (file !== undefined) {
        because(unit, `uses module ${mod.path} (changed ${file})`)
        break
      }
    }
  }

  const referenced = new Set<string>()
  for (const { refs } of nodes.values()) for (const f of refs.files) referenced.add(f.path)
  const deleted: string[] = []
  for (const file of changed) {
    if (path.posix.basename(file) !== 'terragrunt.hcl' || referenced.has(file)) continue
    if (!(await isFile(path.join(root, file)))) deleted.push(path.posix.dirname(file))
  }

  // Dependents, breadth first from the directly affected units and the deleted ones.
  const dependents = new Map<string, string[]>()
  for (const [unit, { dependencies }] of nodes) {
    for (const d of dependencies) dependents.set(d, [...(dependents.get(d) ?? []), unit])
  }
  const deletedSet = new Set(deleted)
  const frontier = [...[...reasons.keys()].sort(compare), ...deleted]
  const seen = new Set(frontier)
  while (frontier.length > 0) {
    const dep = frontier.shift()!
    for (const unit of (dependents.get(dep) ?? []).sort(compare)) {
      because(unit, `depends on ${dep}${deletedSet.has(dep) ? ' (deleted)' : ''}`)
      if (!seen.has(unit)) {
        seen.add(unit)
        frontier.push(unit)
      }
    }
  }

  const units = [...reasons.keys()].filter((u) => listed.has(u)).sort(compare)
  const unresolved = new Set<string>()
  for (const { refs } of nodes.values()) for (const u of refs.unresolved) unresolved.add(u)
  return {
    units,
    reasons: new Map(units.map((u) => [u, reasons.get(u)!])),
    deleted: deleted.sort(compare),
    unresolved: [...unresolved].sort(compare)
  }
}

function describeFileRef(ref: FileRef): string {
  const verb = ref.kind === 'include' ? 'includes' : 'reads'
  return ref.via.length === 0 ? `${verb} ${ref.path}` : `${verb} ${ref.path} (via ${ref.via.join(' -> ')})`
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile()
  } catch {
    return false
  }
}
