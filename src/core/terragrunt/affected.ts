/**
 * Which units a set of changed files affects, and why.
 *
 * A unit is affected when a changed file
 * - is inside its directory and not inside a nested unit's directory (`changed live/dev/vpc/terragrunt.hcl`);
 * - is a file it includes or reads, directly or through other included/read files (`includes live/_common/vpc.hcl`,
 *   `reads live/_common/base.hcl (via live/_common/app.hcl)`);
 * - is a file OpenTofu reads in a local module it sources, or in a local module that module calls (`.tf`, `.tofu`,
 *   `.hcl`, `.tfvars` and their JSON forms directly in the module directory, files its `file()`-like calls name, and
 *   link targets): `uses module modules/vpc (changed …)`; a README or an example under the module is not;
 * - is under a directory the unit takes whole (a stack's `unit` source, a symlinked directory);
 * - or when the reader cannot resolve something the unit depends on (`cannot resolve terraform source at …`): fail
 *   closed, unless Terragrunt's own `find --reading`/`--dependencies` answer covers that kind of reference;
 * and every unit that depends on an affected unit (`dependency` / `dependencies` blocks, transitively) is affected too
 * (`depends on live/dev/vpc`). A `terragrunt.hcl` (or `terragrunt.stack.hcl`) that no longer exists and that no unit
 * includes is a deleted unit: it is listed in `deleted` (its dependents are affected), since there is nothing left to
 * plan. A deleted `terragrunt.hcl` with units below it was their root config (the `root.hcl` migration), not a unit.
 */
import { stat } from 'node:fs/promises'
import path from 'node:path'
import semver from 'semver'
import { STACK_FILE, createHclCache, moduleReads, readUnitRefs } from './hcl-refs.js'
import type { FileRef, HclCache, UnitRefs, UnresolvedRef } from './hcl-refs.js'
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
  /**
   * Terragrunt's own answer (`parseFindJson` output): dependencies, added to those read from the configs, and the
   * files each unit reads (`--reading`), added to those the static reader found.
   */
  knownDependencies?: Array<{ path: string; dependencies: string[]; reading?: string[] }>
  /**
   * Set when `knownDependencies` came from `terragrunt find --reading` of this version: references Terragrunt tracks
   * at that version (see `UnresolvedRef.trackedSince`) are then covered by its answer and need no static resolution.
   */
  readingVersion?: string
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
  /** What the reader could not resolve for each listed unit (each made its unit affected), for a warning. */
  unresolved: Array<UnresolvedRef & { unit: string }>
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
  const reading = new Map<string, string[]>()
  for (const k of input.knownDependencies ?? []) {
    known.set(
      normaliseUnitPath(k.path),
      k.dependencies.map((d) => normaliseUnitPath(d))
    )
    reading.set(
      normaliseUnitPath(k.path),
      (k.reading ?? []).map((d) => normaliseUnitPath(d))
    )
  }
  const readingVersion = input.readingVersion ? semver.coerce(input.readingVersion) : null
  /** Whether Terragrunt's answer for `unit` covers the reference `u` the reader could not resolve. */
  const covered = (unit: string, u: UnresolvedRef): boolean => {
    if (!known.has(unit) || u.trackedSince === undefined || u.missing !== undefined) return false
    if (u.trackedSince === 'find --dependencies') return true
    return readingVersion !== null && semver.gte(readingVersion, u.trackedSince)
  }

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

  const unresolved: Array<UnresolvedRef & { unit: string }> = []
  for (const [unit, { refs }] of [...nodes].sort(([a], [b]) => compare(a, b))) {
    const tgReads: FileRef[] = (reading.get(unit) ?? []).map((p) => ({
      path: p,
      kind: 'read',
      via: ['terragrunt find --reading']
    }))
    const files = [...refs.files, ...tgReads].sort((a, b) => a.via.length - b.via.length || compare(a.path, b.path))
    const hit = files.find((f) => changedSet.has(f.path))
    if (hit) because(unit, describeFileRef(hit))
    const modules = [...refs.modules].sort((a, b) => a.via.length - b.via.length || compare(a.path, b.path))
    for (const mod of modules) {
      const file = changed.find((f) => moduleReads(mod, f))
      if (file !== undefined) {
        because(unit, `uses module ${mod.path} (changed ${file})`)
        break
      }
    }
    for (const dir of refs.dirs) {
      const file = changed.find((f) => f.startsWith(`${dir.path}/`))
      if (file !== undefined) {
        because(unit, `uses ${dir.path} (changed ${file}, via ${dir.via.join(' -> ')})`)
        break
      }
    }
    const open = refs.unresolved.filter((u) => !covered(unit, u))
    if (open.length > 0) because(unit, unresolvedReason(open[0]))
    if (listed.has(unit)) for (const u of open) unresolved.push({ ...u, unit })
  }

  const referenced = new Set<string>()
  for (const { refs } of nodes.values()) for (const f of refs.files) referenced.add(f.path)
  const deleted: string[] = []
  for (const file of changed) {
    const base = path.posix.basename(file)
    if ((base !== 'terragrunt.hcl' && base !== STACK_FILE) || referenced.has(file)) continue
    if (await isFile(path.join(root, file))) continue
    const dir = path.posix.dirname(file)
    // A root config that units below it included (renamed to root.hcl, or removed): not a unit of its own.
    if (base === 'terragrunt.hcl' && [...nodes.keys()].some((u) => dir === '.' || u.startsWith(`${dir}/`))) continue
    deleted.push(dir)
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
  return {
    units,
    reasons: new Map(units.map((u) => [u, reasons.get(u)!])),
    deleted: deleted.sort(compare),
    unresolved: unresolved.sort((a, b) => compare(a.unit, b.unit) || compare(a.file, b.file) || a.line - b.line)
  }
}

/** `cannot resolve terraform source at a/terragrunt.hcl:2 (local.x)`, `… names m, which does not exist`. */
export function unresolvedReason(u: UnresolvedRef): string {
  const at = u.line > 0 ? `${u.file}:${u.line}` : u.file
  if (u.what === 'syntax') return `cannot parse ${at} (${u.expression})`
  if (u.missing !== undefined) return `${u.what} at ${at} names ${u.missing}, which does not exist (${u.expression})`
  return `cannot resolve ${u.what} at ${at} (${u.expression})`
}

function describeFileRef(ref: FileRef): string {
  const verb = ref.kind === 'include' ? 'includes' : ref.kind === 'stack' ? 'generated by' : 'reads'
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
