import { InputError, InputReader } from '../core/action/index.js'
import { splitArgs } from '../core/terragrunt/process.js'

export type CommentMode = 'update' | 'recreate' | 'off'
export type FailOn = 'error' | 'changes' | 'destroy' | 'never'

/** The action's inputs, parsed and checked once. */
export interface PlanCommentSettings {
  workingDirectory: string
  units: string[]
  changedOnly: boolean
  planPath?: string
  terragruntBinary: string
  tfBinary?: string
  extraArgs: string[]
  parallelism: number
  pluginCache: boolean
  /** The time limit of the whole Terragrunt run, in ms, and as the user wrote it. */
  timeoutMs: number
  timeoutText: string
  comment: CommentMode
  label: string
  failOn: FailOn
  redact: RegExp[]
  githubToken: string
}

export function readSettings(inputs = new InputReader()): PlanCommentSettings {
  const extra = inputs.string('extra-args')
  let extraArgs: string[]
  try {
    extraArgs = splitArgs(extra)
  } catch (e) {
    throw new InputError(
      'extra-args',
      extra,
      `arguments separated by spaces with balanced quotes (${(e as Error).message})`
    )
  }
  const label = inputs.string('label')
  if (label.includes('-->') || /[\r\n]/.test(label))
    throw new InputError('label', label, 'one line of text without `-->`')
  return {
    workingDirectory: inputs.string('working-directory'),
    units: inputs.list('units'),
    changedOnly: inputs.boolean('changed-only'),
    planPath: inputs.optional('plan-path'),
    terragruntBinary: inputs.required('terragrunt-binary'),
    tfBinary: inputs.optional('tf-binary'),
    extraArgs,
    parallelism: inputs.integer('parallelism', { min: 1, max: 64 }),
    pluginCache: inputs.boolean('plugin-cache'),
    timeoutMs: inputs.duration('timeout'),
    timeoutText: inputs.string('timeout'),
    comment: inputs.enum('comment', ['update', 'recreate', 'off'] as const),
    label,
    failOn: inputs.enum('fail-on', ['error', 'changes', 'destroy', 'never'] as const),
    redact: inputs.regexps('redact'),
    githubToken: inputs.string('github-token')
  }
}
