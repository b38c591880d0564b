import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from '../test/harness/run-action.js'

interface ActionYaml {
  inputs?: Record<string, { default?: string | number | boolean }>
}

/**
 * The inputs a workflow step gives, completed with the defaults of actions/<action>/action.yml as the runner fills
 * them in (the harness passes only what it is given). Defaults that are expressions (`${{ github.token }}`) are left
 * out: pass those explicitly.
 */
export function withActionDefaults(action: string, given: Record<string, string>): Record<string, string> {
  const yaml = parse(readFileSync(join(repoRoot, 'actions', action, 'action.yml'), 'utf8')) as ActionYaml
  const inputs: Record<string, string> = {}
  for (const [name, spec] of Object.entries(yaml.inputs ?? {})) {
    const value = spec.default === undefined ? '' : String(spec.default)
    if (!value.includes('${{')) inputs[name] = value
  }
  return { ...inputs, ...given }
}
