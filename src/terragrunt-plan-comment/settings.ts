import { InputError, InputReader } from '../core/action/index.js'
import { addressGlob } from '../core/plan/address-glob.js'
import type { AddressGlob } from '../core/plan/address-glob.js'
import { redactor } from '../core/render/redact.js'
import { splitArgs } from '../core/terragrunt/process.js'

export type CommentMode = 'update' | 'recreate' | 'minimize' | 'off'
export type OnEmpty = 'update' | 'delete' | 'skip'
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
  /** Address globs a plan must not destroy or replace (`protected`). */
  protected: AddressGlob[]
  /** The label that allows destroying protected resources; '' for none. */
  protectedOverrideLabel: string
  onEmpty: OnEmpty
  /** The pull request to comment on when the event is not about one (`pr-number`). */
  prNumber?: number
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
  const rawLabel = inputs.string('label')
  if (rawLabel.includes('-->') || /[\r\n]/.test(rawLabel))
    throw new InputError('label', rawLabel, 'one line of text without `-->`')
  const redact = inputs.regexps('redact')
  // Masked here, once: the label reaches the title, the marker key and the marker payload.
  const label = redactor(redact)(rawLabel)
  return {
    workingDirectory: inputs.string('working-directory'),
    units: inputs.lines('units'),
    changedOnly: inputs.boolean('changed-only'),
    planPath: inputs.optional('plan-path'),
    terragruntBinary: inputs.required('terragrunt-binary'),
    tfBinary: inputs.optional('tf-binary'),
    extraArgs,
    parallelism: inputs.integer('parallelism', { min: 1, max: 64 }),
    pluginCache: inputs.boolean('plugin-cache'),
    timeoutMs: inputs.duration('timeout'),
    timeoutText: inputs.string('timeout'),
    comment: inputs.enum('comment', ['update', 'recreate', 'minimize', 'off'] as const),
    label,
    failOn: inputs.enum('fail-on', ['error', 'changes', 'destroy', 'never'] as const),
    redact,
    githubToken: inputs.string('github-token'),
    protected: inputs.lines('protected').map(addressGlob),
    protectedOverrideLabel: oneLineInput(inputs, 'protected-override-label'),
    onEmpty: inputs.enum('on-empty', ['update', 'delete', 'skip'] as const),
    prNumber: inputs.optional('pr-number') === undefined ? undefined : inputs.integer('pr-number', { min: 1 })
  }
}

function oneLineInput(inputs: InputReader, name: string): string {
  const value = inputs.string(name)
  if (/[\r\n]/.test(value)) throw new InputError(name, value, 'one line of text')
  return value
}

/** The inputs that only matter when the action runs Terragrunt itself. */
const PLANNING_INPUTS = [
  'working-directory',
  'changed-only',
  'terragrunt-binary',
  'tf-binary',
  'extra-args',
  'parallelism',
  'plugin-cache'
]

/** The inputs this run's mode ignores, and why; undefined when it uses them all. */
export function ignoredInputs(settings: PlanCommentSettings): { names: string[]; why: string } | undefined {
  if (settings.planPath) {
    return {
      names: PLANNING_INPUTS,
      why: "Input 'plan-path' reads plans an earlier step made, so Terragrunt is not run"
    }
  }
  return undefined
}
