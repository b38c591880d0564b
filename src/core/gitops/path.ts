import { UserError } from '../errors/index.js'

/** One step of a YAML path: a mapping key, a list index, or a keyed-list selector such as `[name=global.imageTag]`. */
export type PathSegment =
  { kind: 'key'; key: string } | { kind: 'index'; index: number } | { kind: 'select'; key: string; value: string }

/** A path resolved against a document: the real keys and indexes, as `doc.getIn` takes them. */
export type ConcretePath = (string | number)[]

export class PathSyntaxError extends UserError {
  override name = 'PathSyntaxError'
}

const unquote = (text: string): string => {
  const t = text.trim()
  return (t.startsWith('"') && t.endsWith('"')) || (t.startsWith("'") && t.endsWith("'")) ? t.slice(1, -1) : t
}

/**
 * Parses `a.b[name=x].c`, `spec.sources[0].targetRevision` or `["key.with.dots"].tag`. Keys run up to the next `.`
 * or `[`; a bracket holds an index, a `key=value` selector (the value may contain dots) or a quoted key.
 */
export function parsePath(text: string): PathSegment[] {
  const segments: PathSegment[] = []
  const fail = (why: string): never => {
    throw new PathSyntaxError(
      `YAML path '${text}' is not valid: ${why} (expected keys, [index] or [key=value], e.g. a.b[name=x].c)`
    )
  }
  let i = 0
  let expectKey = true
  while (i < text.length) {
    const c = text[i]
    if (c === '[') {
      const close = findClose(text, i)
      if (close < 0) fail(`'[' at ${i + 1} is never closed`)
      const inner = text.slice(i + 1, close).trim()
      if (/^\d+$/.test(inner)) segments.push({ kind: 'index', index: Number(inner) })
      else if (/^(["']).*\1$/.test(inner)) segments.push({ kind: 'key', key: inner.slice(1, -1) })
      else if (inner.includes('=')) {
        const at = inner.indexOf('=')
        const key = unquote(inner.slice(0, at))
        const value = unquote(inner.slice(at + 1))
        if (!key) fail(`selector '[${inner}]' has no key`)
        segments.push({ kind: 'select', key, value })
      } else fail(`'[${inner}]' is neither an index, a quoted key nor a key=value selector`)
      i = close + 1
      expectKey = false
      continue
    }
    if (c === '.') {
      if (expectKey) fail(`empty key at ${i + 1}`)
      i++
      expectKey = true
      continue
    }
    if (!expectKey) fail(`expected '.' or '[' at ${i + 1}`)
    let end = i
    while (end < text.length && text[end] !== '.' && text[end] !== '[') end++
    segments.push({ kind: 'key', key: text.slice(i, end) })
    i = end
    expectKey = false
  }
  if (segments.length === 0 || expectKey) fail(segments.length === 0 ? 'it is empty' : 'it ends with a dot')
  return segments
}

/** The index of the `]` closing the `[` at `open`, skipping quoted text; -1 when there is none. */
function findClose(text: string, open: number): number {
  let quote = ''
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i]
    if (quote) {
      if (c === quote) quote = ''
    } else if (c === '"' || c === "'") quote = c
    else if (c === ']') return i
  }
  return -1
}

/** `spec.sources[1].helm.parameters[0].value`: how a concrete path reads in messages and tables. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`
    const plain = /^[A-Za-z0-9_/-][A-Za-z0-9_/-]*$/.test(part)
    if (!plain) return `${out}[${JSON.stringify(part)}]`
    return out ? `${out}.${part}` : part
  }, '')
}

/** The written form of parsed segments (the inverse of parsePath, normalised). */
export function formatSegments(segments: readonly PathSegment[]): string {
  return segments
    .map((s, i) => {
      if (s.kind === 'index') return `[${s.index}]`
      if (s.kind === 'select') return `[${s.key}=${s.value}]`
      const plain = /^[A-Za-z0-9_/-]+$/.test(s.key)
      return plain ? `${i === 0 ? '' : '.'}${s.key}` : `[${JSON.stringify(s.key)}]`
    })
    .join('')
}
