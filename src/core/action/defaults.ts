import * as core from '@actions/core'
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The input defaults of `actions/<action>/action.yml`, read beside the running bundle (`dist/<action>/index.js`): the
 * runner passes defaults as if they were given, so this is the only way to tell a value the workflow set from the
 * default. Empty when action.yml is not there (a vendored bundle): callers then treat every value as a default.
 */
export async function readActionDefaults(action: string, bundleUrl: string): Promise<Map<string, string>> {
  const path = join(dirname(fileURLToPath(bundleUrl)), '..', '..', 'actions', action, 'action.yml')
  const text = await readFile(path, 'utf8').catch(() => undefined)
  if (text === undefined) return new Map()
  const { parse } = await import('yaml')
  const yml = parse(text) as { inputs?: Record<string, { default?: string | number | boolean } | null> }
  const out = new Map<string, string>()
  for (const [name, input] of Object.entries(yml.inputs ?? {})) out.set(name, String(input?.default ?? ''))
  return out
}

/**
 * One warning naming the inputs this run ignores although the workflow set them (value differs from the default).
 * `${{ ... }}` defaults (such as the token) count as set only when empty.
 */
export function warnIgnoredInputs(
  ignored: readonly string[],
  defaults: ReadonlyMap<string, string>,
  why: string
): void {
  const set = ignored.filter((name) => {
    const value = core.getInput(name)
    const fallback = defaults.get(name) ?? ''
    return fallback.includes('${{') ? false : value !== fallback.trim()
  })
  if (set.length > 0)
    core.warning(`${why}: ${set.map((n) => `'${n}'`).join(', ')} ${set.length === 1 ? 'is' : 'are'} ignored.`)
}
