import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { isAbsolute, posix } from 'node:path'

/** `./a\\b/` → `a/b`, absolute paths relative to `root` when given; `` → `.`. */
export function normaliseUnitPath(path: string, root?: string): string {
  let p = path.trim().replace(/\\/g, '/')
  if (root && (isAbsolute(p) || p.startsWith('/'))) {
    p = posix.relative(root.replace(/\\/g, '/').replace(/\/+$/, '') || '/', p)
  }
  p = posix.normalize(p || '.')
  p = p.replace(/^(?:\.\/)+/, '').replace(/\/+$/, '')
  return p === '' ? '.' : p
}

/** The file's text, or undefined when it cannot be read (missing, a directory, no permission). */
export async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8')
  } catch {
    return undefined
  }
}

/**
 * readIfExists without a round trip through the event loop per file: for reading every unit's files one after the
 * other once a run is over, when nothing else is waiting.
 */
export function readIfExistsSync(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}

/**
 * The JSON object in `text`, or the text itself when it holds no JSON object (whoever reads it reports the problem
 * as for the text): either way as truthy as the text.
 */
export function parsedOrText(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
    return typeof value === 'object' && value !== null ? value : text
  } catch {
    return text
  }
}
