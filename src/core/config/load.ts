import { readFile } from 'node:fs/promises'
import { ConfigError } from './errors.js'
import { parseGitopsConfig } from './parse.js'
import type { GitopsConfig } from './types.js'

/** Where actions look when the `config` input is not set. */
export const DEFAULT_CONFIG_PATH = '.github/gitops.yaml'

/**
 * Reads and validates the config file at `path` (relative paths resolve against the working directory, which is the
 * workspace on a runner; messages name the path as given). A missing file means "no config" and gives undefined,
 * unless `required` (the user named the file explicitly), when it is a ConfigError.
 */
export async function loadGitopsConfig(
  path: string,
  opts: { required?: boolean } = {}
): Promise<GitopsConfig | undefined> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' && !opts.required) return undefined
    const message =
      code === 'ENOENT'
        ? 'file not found; create it or point the config input at the right file'
        : code === 'EISDIR'
          ? 'is a directory, expected a YAML file'
          : `cannot be read: ${(error as Error).message}`
    throw new ConfigError([{ file: path, path: '', message }])
  }
  return parseGitopsConfig(text, path)
}
