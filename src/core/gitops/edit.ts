import { isDeepStrictEqual } from 'node:util'
import { CST, Composer, Parser, isAlias, isScalar, parse } from 'yaml'
import type { Node as YamlNode, Scalar } from 'yaml'
import { UserError } from '../errors/index.js'
import type { ConcretePath } from './path.js'
import { formatPath } from './path.js'
import { parseYamlFile, whereIs } from './yaml-file.js'
import type { YamlFile } from './yaml-file.js'

/** Set the string scalar at `path` of document `doc` to `value`. */
export interface ScalarEdit {
  doc: number
  path: ConcretePath
  value: string
}

/** An edit that would change more (or other) than the intended values; nothing is written. */
export class EditVerificationError extends UserError {
  override name = 'EditVerificationError'
}

const SCHEMAS = ['1.1', '1.2'] as const

/**
 * True when `value` written plain reads back as exactly that string, in block and flow context, under YAML 1.2
 * (Argo CD, kustomize) and YAML 1.1 (Helm's sigs.k8s.io/yaml reads `yes`, `on`, `0o12`, `1_000` as non-strings).
 */
export function isPlainSafe(value: string): boolean {
  let safe = plainSafety.get(value)
  if (safe === undefined) {
    safe = checkPlainSafe(value)
    if (plainSafety.size < 10_000) plainSafety.set(value, safe)
  }
  return safe
}

/** A promotion writes one value into many places; parsing it four ways once is enough. */
const plainSafety = new Map<string, boolean>()

function checkPlainSafe(value: string): boolean {
  if (value === '' || /[\r\n]/.test(value)) return false
  return SCHEMAS.every((version) => {
    try {
      const block = parse(`k: ${value}\n`, { version, uniqueKeys: false }) as unknown
      const flow = parse(`[${value}]\n`, { version }) as unknown
      return isDeepStrictEqual(block, { k: value }) && isDeepStrictEqual(flow, [value])
    } catch {
      return false
    }
  })
}

const FLOW_SCALARS = new Set(['scalar', 'single-quoted-scalar', 'double-quoted-scalar'])

/** The scalar that `edit` points at, or a one-line error naming file, line and path. */
function targetScalar(file: YamlFile, edit: ScalarEdit): Scalar {
  const doc = file.documents[edit.doc]
  const node = doc?.getIn(edit.path, true) as YamlNode | undefined
  const at = `${whereIs(file, node)}: ${formatPath(edit.path)}`
  if (isAlias(node))
    throw new EditVerificationError(`${at} is an alias (*${node.source}); edit the anchored value instead`)
  if (!isScalar(node)) throw new EditVerificationError(`${at} is not a scalar value, so it cannot be set`)
  const token = node.srcToken
  if (!token || !FLOW_SCALARS.has(token.type)) {
    throw new EditVerificationError(
      `${at} is a block scalar (| or >); write it as a plain or quoted value to promote it`
    )
  }
  return node
}

/**
 * Applies scalar edits to `file` and returns the new text. Only the edited scalars' source changes: comments
 * (including one after the value on the same line), blank lines, indentation, key order, anchors, document
 * separators and other documents stay byte for byte. A value YAML would read as another type (`1.10`, `0123`,
 * `1e3`, `true`, `null`) is written quoted: in the scalar's own quote style when it had one, double quotes when it
 * was plain. The result is parsed again and compared with the original: exactly the intended values differ, or
 * EditVerificationError is thrown and nothing should be written.
 */
export function applyScalarEdits(file: YamlFile, edits: readonly ScalarEdit[]): string {
  if (edits.length === 0) return file.text
  // A fresh parse: CST edits mutate tokens, and `file` may be shared with readers.
  const tokens = [...new Parser().parse(file.text)]
  const working: YamlFile = { ...file, documents: [...new Composer({ keepSourceTokens: true }).compose(tokens)] }
  for (const edit of edits) {
    const node = targetScalar(working, edit)
    const token = node.srcToken as CST.FlowScalar
    const quoted = token.type !== 'scalar'
    const type = quoted ? node.type : isPlainSafe(edit.value) ? 'PLAIN' : 'QUOTE_DOUBLE'
    CST.setScalarValue(token, edit.value, { type })
  }
  const text = tokens.map((token) => CST.stringify(token)).join('')
  verifyEdits(file, text, edits)
  return text
}

/** Parses `text` again and checks that it differs from `before` in exactly the edited values. */
function verifyEdits(before: YamlFile, text: string, edits: readonly ScalarEdit[]): void {
  let after: YamlFile
  try {
    after = parseYamlFile(before.name, text)
  } catch (error) {
    throw new EditVerificationError(`editing ${before.name} would make it invalid YAML (${(error as Error).message})`)
  }
  if (after.documents.length !== before.documents.length) {
    throw new EditVerificationError(`editing ${before.name} would change its number of documents; nothing was written`)
  }
  before.documents.forEach((doc, index) => {
    // A document without edits must keep its bytes; comparing its text is enough (and cheaper than its values).
    if (!edits.some((e) => e.doc === index)) {
      const source = (d: typeof doc, text: string) => text.slice(d.range[0], d.range[2])
      if (source(doc, before.text) === source(after.documents[index], text)) return
      throw new EditVerificationError(
        `editing ${before.name} would change document ${index + 1}, which has no edits; nothing was written`
      )
    }
    const expected = doc.toJS({ maxAliasCount: -1 }) as unknown
    for (const edit of edits.filter((e) => e.doc === index)) setIn(expected, edit.path, edit.value)
    const actual = after.documents[index].toJS({ maxAliasCount: -1 }) as unknown
    if (!isDeepStrictEqual(expected, actual)) {
      const where = firstDifference(expected, actual, [])
      throw new EditVerificationError(
        `editing ${before.name} (document ${index + 1}) would also change ${formatPath(where ?? [])} ` +
          `(an alias of an edited anchor?); nothing was written`
      )
    }
  })
}

function setIn(target: unknown, path: ConcretePath, value: string): void {
  let node = target as Record<string | number, unknown>
  for (const part of path.slice(0, -1)) node = node[part] as Record<string | number, unknown>
  node[path[path.length - 1]] = value
}

/** The path of the first place two plain values differ, for the error message. */
function firstDifference(a: unknown, b: unknown, path: ConcretePath): ConcretePath | undefined {
  if (isDeepStrictEqual(a, b)) return undefined
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)])
    for (const key of keys) {
      const part = Array.isArray(a) ? Number(key) : key
      const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], [
        ...path,
        part
      ])
      if (found) return found
    }
  }
  return path
}
