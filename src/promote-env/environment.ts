import { minimatch } from 'minimatch'
import { UserError } from '../core/action/errors.js'
import { listWords } from '../core/errors/index.js'
import { parseYamlFile } from '../core/gitops/yaml-file.js'
import type { YamlFile } from '../core/gitops/yaml-file.js'

/** The YAML files of one environment. */
export interface EnvironmentFiles {
  environment: string
  /** The globs, for messages (`environments/qa/**\/*.{yaml,yml}`). */
  source: string
  files: YamlFile[]
}

/** The repository-relative paths that match any of `globs`, sorted. */
export function matchFiles(allFiles: readonly string[], globs: readonly string[]): string[] {
  return allFiles.filter((file) => globs.some((glob) => minimatch(file, glob, { dot: true }))).sort()
}

/**
 * Reads and parses the files of `environment` from the checked-out base branch. No file at all (a missing or
 * misspelt directory) is an error naming the globs; so is a file that is not valid YAML.
 */
export async function readEnvironment(
  environment: string,
  globs: readonly string[],
  allFiles: readonly string[],
  readFile: (path: string) => Promise<string>,
  where: string
): Promise<EnvironmentFiles> {
  const source = listWords(globs, { conjunction: 'or' })
  const names = matchFiles(allFiles, globs)
  if (names.length === 0) {
    throw new UserError(`Environment '${environment}' has no files: nothing matches ${source} in ${where}`)
  }
  const files = await Promise.all(names.map(async (name) => parseYamlFile(name, await readFile(name))))
  return { environment, source, files }
}
