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
