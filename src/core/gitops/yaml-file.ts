import { Composer, LineCounter, Parser, isAlias, isMap, isScalar, isSeq } from 'yaml'
import type { Document, Node as YamlNode } from 'yaml'
import { UserError, oneLine } from '../errors/index.js'
import type { ConcretePath, PathSegment } from './path.js'
import { formatPath } from './path.js'

/** A YAML file split into its documents, each node keeping its CST source token (for byte-exact edits). */
export interface YamlFile {
  /** Repository-relative path, for messages. */
  name: string
  text: string
  documents: Document.Parsed[]
  lines: LineCounter
}

/** A YAML file that does not parse; the message names the file, line and column. */
export class YamlSyntaxError extends UserError {
  override name = 'YamlSyntaxError'
}

/** An address the edit refuses to follow, e.g. through an alias, whose change would also change its anchor. */
export class UnsafePathError extends UserError {
  override name = 'UnsafePathError'
}

/** Parses every document of `text`, keeping source tokens. Throws YamlSyntaxError on the first error. */
export function parseYamlFile(name: string, text: string): YamlFile {
  const lines = new LineCounter()
  const tokens = new Parser(lines.addNewLine).parse(text)
  const documents = [...new Composer({ keepSourceTokens: true }).compose(tokens)]
  for (const doc of documents) {
    const error = doc.errors[0]
    if (error) {
      const { line, col } = lines.linePos(error.pos[0])
      throw new YamlSyntaxError(`${name}:${line}:${col}: not valid YAML: ${oneLine(error.message.split('\n')[0])}`)
    }
  }
  return { name, text, documents, lines }
}

/** `file:line` of a node, for messages. */
export function whereIs(file: YamlFile, node: YamlNode | null | undefined): string {
  const offset = node?.range?.[0]
  if (offset === undefined) return file.name
  return `${file.name}:${file.lines.linePos(offset).line}`
}

/** A node that a path reached, with the real keys and indexes that lead to it. */
export interface PathMatch {
  doc: number
  path: ConcretePath
  node: YamlNode
}

/**
 * Every node `segments` reaches in document `doc`, starting at `from` (a node and its path). A selector can match
 * several list items, so there can be several matches; a missing key gives none. Aliases on the way are refused:
 * an edit through one would change the anchored value everywhere it is used.
 */
export function resolvePath(
  file: YamlFile,
  doc: number,
  segments: readonly PathSegment[],
  from?: { node: YamlNode; path: ConcretePath }
): PathMatch[] {
  const root = from ?? { node: file.documents[doc]?.contents as YamlNode, path: [] }
  let current: Array<{ node: YamlNode; path: ConcretePath }> = root.node ? [root] : []
  for (const segment of segments) {
    const next: typeof current = []
    for (const { node, path } of current) {
      if (isAlias(node)) {
        throw new UnsafePathError(
          `${whereIs(file, node)}: ${formatPath(path)} is an alias (*${node.source}); edit the anchored value instead`
        )
      }
      if (segment.kind === 'key' && isMap(node)) {
        for (const pair of node.items) {
          if (isScalar(pair.key) && String(pair.key.value) === segment.key && pair.value) {
            next.push({ node: pair.value as YamlNode, path: [...path, segment.key] })
          }
        }
      } else if (segment.kind === 'index' && isSeq(node)) {
        const item = node.items[segment.index] as YamlNode | undefined
        if (item) next.push({ node: item, path: [...path, segment.index] })
      } else if (segment.kind === 'select' && isSeq(node)) {
        node.items.forEach((item, index) => {
          if (isMap(item) && scalarText(item.get(segment.key, true)) === segment.value) {
            next.push({ node: item, path: [...path, index] })
          }
        })
      }
    }
    current = next
  }
  return current.map((m) => ({ doc, ...m }))
}

/** A scalar's value as text (`1.10` stays `1.10`, not 1.1); undefined for anything that is not a scalar. */
export function scalarText(node: YamlNode | null | undefined): string | undefined {
  if (!isScalar(node)) return undefined
  if (typeof node.value === 'string') return node.value
  if (node.source !== undefined) return node.source
  return primitiveText(node.value)
}

function primitiveText(value: unknown): string | undefined {
  return ['number', 'boolean', 'bigint'].includes(typeof value) ? String(value) : undefined
}

/** The plain value of a scalar at a simple key path, for matching documents (kind, metadata.name, labels). */
export function readString(file: YamlFile, doc: number, path: readonly string[]): string | undefined {
  const node = file.documents[doc]?.getIn(path, true) as YamlNode | undefined
  if (!isScalar(node)) return undefined
  return typeof node.value === 'string' ? node.value : primitiveText(node.value)
}
