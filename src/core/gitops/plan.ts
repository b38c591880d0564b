import { UserError } from '../errors/index.js'
import { listWords } from '../errors/index.js'
import { applyScalarEdits } from './edit.js'
import type { ConcretePath } from './path.js'
import { formatPath } from './path.js'
import { findTarget } from './targets.js'
import type { AppFilter, Target, TargetLocation } from './targets.js'
import { asDigest, formatVersion, unformatVersion } from './version.js'
import type { YamlFile } from './yaml-file.js'

/** One value to change: which file, which path, old -> new. */
export interface PlannedChange {
  file: string
  doc: number
  path: ConcretePath
  /** The path as it reads in tables (`spec.sources[1].helm.parameters[0].value`). */
  field: string
  /** The target line that named it. */
  target: string
  /** file:line. */
  where: string
  old: string
  new: string
}

/** Where the files of one environment come from, for messages. */
export interface EnvironmentScope {
  environment: string
  /** The directory or globs the files were taken from. */
  source: string
  app?: AppFilter
}

export interface EditPlan {
  /** Places whose value differs from the one to write; empty when the environment already has the version. */
  changes: PlannedChange[]
  /** Every place the targets name, changed or not. */
  locations: PlannedChange[]
  /** The versions the environment has now (formats removed), in file order, without repeats. */
  previous: string[]
}

/** The value a target writes for `version`: formatted for target revisions, a bare digest for digests. */
export function valueFor(target: Target, version: string): string {
  if (target.kind === 'argocd-target-revision') return formatVersion(target.format, version)
  return asDigest(version) ?? version
}

/** The version a place holds, with the target's format removed; undefined when the value does not fit the format. */
export function versionAt(location: TargetLocation): string | undefined {
  const { target } = location
  return target.kind === 'argocd-target-revision' ? unformatVersion(target.format, location.value) : location.value
}

function describeScope(scope: EnvironmentScope, files: readonly YamlFile[]): string {
  const app = scope.app
    ? ` for app ${'name' in scope.app ? scope.app.name : `${scope.app.label}=${scope.app.value}`}`
    : ''
  return `environment '${scope.environment}' (${scope.source}: ${files.length} YAML file${files.length === 1 ? '' : 's'}${app})`
}

function locate(files: readonly YamlFile[], target: Target, scope: EnvironmentScope, version?: string) {
  const found = files.flatMap((file) => findTarget(file, target, { app: scope.app, version }))
  if (found.length === 0)
    throw new UserError(`Target '${target.text}' matches nothing in ${describeScope(scope, files)}`)
  return found
}

/**
 * Which files and paths change, and from what to what, to set `version` through `targets` in one environment's
 * files. Pure: it reads the parsed files and returns the plan. Every target must match at least once.
 */
export function planEdits(
  files: readonly YamlFile[],
  targets: readonly Target[],
  version: string,
  scope: EnvironmentScope
): EditPlan {
  const locations: PlannedChange[] = []
  const previous: string[] = []
  for (const target of targets) {
    for (const location of locate(files, target, scope, version)) {
      const next = valueFor(target, version)
      locations.push({
        file: location.file,
        doc: location.doc,
        path: location.path,
        field: formatPath(location.path),
        target: target.text,
        where: location.where,
        old: location.value,
        new: next
      })
      const was = versionAt(location) ?? location.value
      if (!previous.includes(was)) previous.push(was)
    }
  }
  const seen = new Set<string>()
  for (const l of locations) {
    const key = `${l.file}\0${l.doc}\0${l.field}`
    if (seen.has(key)) throw new UserError(`${l.where}: ${l.field} is named by two targets; list it once`)
    seen.add(key)
  }
  return { changes: locations.filter((l) => l.old !== l.new), locations, previous }
}

/**
 * The one version an environment runs, read through the same targets (formats removed). No match, a value that
 * does not fit its format, or two different versions is an error naming the places.
 */
export function readEnvironmentVersion(
  files: readonly YamlFile[],
  targets: readonly Target[],
  scope: EnvironmentScope
): { version: string; locations: TargetLocation[] } {
  const locations = targets.flatMap((target) => locate(files, target, scope))
  const versions = new Map<string, TargetLocation>()
  for (const location of locations) {
    const version = versionAt(location)
    if (version === undefined) {
      throw new UserError(
        `${location.where}: ${formatPath(location.path)} is '${location.value}', which does not fit ${location.target.text}`
      )
    }
    if (!versions.has(version)) versions.set(version, location)
  }
  if (versions.size > 1) {
    const list = [...versions].map(([v, l]) => `'${v}' at ${l.where}`)
    throw new UserError(
      `${describeScope(scope, files)} has ${versions.size} different versions (${listWords(list)}); give the version input`
    )
  }
  const [version] = [...versions.keys()]
  return { version, locations }
}

/** The new text of every file the plan changes, each verified to differ in exactly the planned values. */
export function applyPlan(files: readonly YamlFile[], changes: readonly PlannedChange[]): Map<string, string> {
  const out = new Map<string, string>()
  for (const file of files) {
    const edits = changes.filter((c) => c.file === file.name).map((c) => ({ doc: c.doc, path: c.path, value: c.new }))
    if (edits.length > 0) out.set(file.name, applyScalarEdits(file, edits))
  }
  return out
}
