import { isMap, isScalar, isSeq } from 'yaml'
import type { Node as YamlNode } from 'yaml'
import { InputError, UserError } from '../action/errors.js'
import type { ConcretePath, PathSegment } from './path.js'
import { formatPath, parsePath } from './path.js'
import { asDigest } from './version.js'
import { readString, resolvePath, scalarText, whereIs } from './yaml-file.js'
import type { YamlFile } from './yaml-file.js'

/** What promote-env sets, parsed from one line of the `targets` input. */
export type Target =
  | { kind: 'argocd-helm-parameter'; text: string; name: string }
  | { kind: 'argocd-target-revision'; text: string; format?: string }
  | { kind: 'helm-values'; text: string; path: PathSegment[] }
  | { kind: 'kustomize-image'; text: string; name: string }
  | { kind: 'yaml'; text: string; path: PathSegment[] }

export const TARGET_FORMS =
  'argocd-helm-parameter:<name>, argocd-target-revision[:<format with {version}>], helm-values:<dot.path>, ' +
  'kustomize-image:<image name> or yaml:<path>'

/** Parses one target line; errors name the `targets` input. */
export function parseTarget(text: string, input = 'targets'): Target {
  const line = text.trim()
  const colon = line.indexOf(':')
  const kind = colon < 0 ? line : line.slice(0, colon)
  const arg = colon < 0 ? '' : line.slice(colon + 1).trim()
  const needs = (what: string) => {
    if (!arg) throw new InputError(input, line, `${kind}:<${what}> (one of ${TARGET_FORMS})`)
    return arg
  }
  const path = (what: string) => {
    try {
      return parsePath(needs(what))
    } catch (error) {
      throw new InputError(input, line, (error as Error).message.replace(/\.$/, ''))
    }
  }
  switch (kind) {
    case 'argocd-helm-parameter':
      return { kind, text: line, name: needs('parameter name') }
    case 'argocd-target-revision':
      if (arg && !arg.includes('{version}'))
        throw new InputError(input, line, 'a format containing {version}, e.g. v{version}')
      return arg ? { kind, text: line, format: arg } : { kind, text: line }
    case 'helm-values':
      return { kind, text: line, path: path('dot.path') }
    case 'kustomize-image':
      return { kind, text: line, name: needs('image name') }
    case 'yaml':
      return { kind, text: line, path: path('path') }
    default:
      throw new InputError(input, line, `one of ${TARGET_FORMS}`)
  }
}

/** Narrows Argo CD documents: by `metadata.name`, or by a `key=value` label. */
export type AppFilter = { name: string } | { label: string; value: string }

export function parseAppFilter(text: string): AppFilter {
  const at = text.indexOf('=')
  return at < 0 ? { name: text.trim() } : { label: text.slice(0, at).trim(), value: text.slice(at + 1).trim() }
}

/** One place a target names in a file, with its current text. */
export interface TargetLocation {
  file: string
  doc: number
  path: ConcretePath
  /** The scalar's value as written (`1.10`, not 1.1). */
  value: string
  /** file:line, for messages. */
  where: string
  target: Target
}

export interface FindOptions {
  app?: AppFilter
  /** The version being written; kustomize images then use `digest` for digests and `newTag` otherwise. */
  version?: string
}

const ARGO_KINDS = new Set(['Application', 'ApplicationSet'])

function isArgo(file: YamlFile, doc: number): boolean {
  const kind = readString(file, doc, ['kind'])
  const api = readString(file, doc, ['apiVersion']) ?? ''
  return kind !== undefined && ARGO_KINDS.has(kind) && api.startsWith('argoproj.io/')
}

function matchesApp(file: YamlFile, doc: number, app: AppFilter | undefined): boolean {
  if (!app) return true
  if ('name' in app) return readString(file, doc, ['metadata', 'name']) === app.name
  return readString(file, doc, ['metadata', 'labels', app.label]) === app.value
}

/**
 * The Argo CD sources of an Application or ApplicationSet template: `spec.source` and every entry of
 * `spec.sources`, except entries with `ref` (they only lend values files to the others).
 */
function argoSources(file: YamlFile, doc: number): Array<{ node: YamlNode; path: ConcretePath }> {
  const spec = readString(file, doc, ['kind']) === 'ApplicationSet' ? ['spec', 'template', 'spec'] : ['spec']
  const single = resolvePath(file, doc, [
    ...spec.map((key) => ({ kind: 'key' as const, key })),
    { kind: 'key', key: 'source' }
  ])
  const list = resolvePath(file, doc, [
    ...spec.map((key) => ({ kind: 'key' as const, key })),
    { kind: 'key', key: 'sources' }
  ])
  const sources = single.map(({ node, path }) => ({ node, path }))
  for (const { node, path } of list) {
    if (!isSeq(node)) continue
    node.items.forEach((item, index) => {
      if (isMap(item) && !item.has('ref')) sources.push({ node: item, path: [...path, index] })
    })
  }
  return sources
}

const key = (k: string): PathSegment => ({ kind: 'key', key: k })

/** Where `target` points inside document `doc`, before checking that each place holds a scalar. */
function candidates(file: YamlFile, doc: number, target: Target, options: FindOptions) {
  const argo = isArgo(file, doc)
  const inSources = (segments: PathSegment[]) =>
    argoSources(file, doc).flatMap((from) => resolvePath(file, doc, segments, from))
  switch (target.kind) {
    case 'argocd-helm-parameter':
      if (!argo || !matchesApp(file, doc, options.app)) return []
      return inSources([
        key('helm'),
        key('parameters'),
        { kind: 'select', key: 'name', value: target.name },
        key('value')
      ])
    case 'argocd-target-revision':
      if (!argo || !matchesApp(file, doc, options.app)) return []
      return inSources([key('targetRevision')])
    case 'helm-values':
      if (argo) {
        if (!matchesApp(file, doc, options.app)) return []
        return inSources([key('helm'), key('valuesObject'), ...target.path])
      }
      return resolvePath(file, doc, target.path)
    case 'kustomize-image': {
      if (argo) return []
      const kind = readString(file, doc, ['kind'])
      if (kind !== undefined && kind !== 'Kustomization') return []
      const images = resolvePath(file, doc, [key('images'), { kind: 'select', key: 'name', value: target.name }])
      return images.flatMap((image) => {
        const field = kustomizeField(image.node, options.version)
        const found = resolvePath(file, doc, [key(field)], image)
        if (found.length === 0) {
          throw new UserError(
            `${whereIs(file, image.node)}: ${formatPath(image.path)} (image ${target.name}) has no ${field} field; ` +
              `add ${field}: to promote ${field === 'digest' ? 'a digest' : 'a tag'} there`
          )
        }
        return found
      })
    }
    case 'yaml':
      if (argo && !matchesApp(file, doc, options.app)) return []
      return resolvePath(file, doc, target.path)
  }
}

/** `digest` when the version being written is a digest (or, when reading, the entry has one), else `newTag`. */
function kustomizeField(image: YamlNode, version: string | undefined): 'digest' | 'newTag' {
  if (version !== undefined) return asDigest(version) ? 'digest' : 'newTag'
  return isMap(image) && image.has('digest') ? 'digest' : 'newTag'
}

/** Every place `target` names in `file`; a place that is not a single-line scalar is an error naming it. */
export function findTarget(file: YamlFile, target: Target, options: FindOptions = {}): TargetLocation[] {
  return file.documents.flatMap((_, doc) =>
    candidates(file, doc, target, options).map((match) => {
      const value = scalarText(match.node)
      const where = whereIs(file, match.node)
      if (!isScalar(match.node) || value === undefined) {
        throw new UserError(`${where}: ${formatPath(match.path)} (target ${target.text}) is not a single value`)
      }
      return { file: file.name, doc, path: match.path, value, where, target }
    })
  )
}
