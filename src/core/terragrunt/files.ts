import { readFile } from 'node:fs/promises'

/** The file's text, or undefined when it cannot be read (a unit that failed has no plan file). */
export async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8')
  } catch {
    return undefined
  }
}
