import { InputError, InputReader } from '../core/action/index.js'
import { redactor } from '../core/render/redact.js'
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
  /** `verify-reviewed`: on the push that merges a PR, compare a fresh plan with the one its comment showed. */
  verifyReviewed: boolean
  /** `fail-on` lists `unreviewed`: fail when the fresh plan is not the reviewed one. */
  failOnUnreviewed: boolean
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
  const verifyReviewed = inputs.boolean('verify-reviewed')
  const failOn = readFailOn(inputs, verifyReviewed)
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
    comment: inputs.enum('comment', ['update', 'recreate', 'off'] as const),
    label,
    failOn: failOn.level,
    redact,
    githubToken: inputs.string('github-token'),
    verifyReviewed,
    failOnUnreviewed: failOn.unreviewed
  }
}

const FAIL_LEVELS = ['error', 'changes', 'destroy', 'never'] as const

/**
 * `fail-on`: one level (`error`, `changes`, `destroy` or `never`; `error` when only `unreviewed` is given), plus
 * `unreviewed`, comma- or newline-separated (e.g. `destroy, unreviewed`). `unreviewed` needs `verify-reviewed`.
 */
function readFailOn(inputs: InputReader, verifyReviewed: boolean): { level: FailOn; unreviewed: boolean } {
  const raw = inputs.string('fail-on')
  const values = inputs.list('fail-on')
  const expected = "one of error, changes, destroy, never, optionally with 'unreviewed' (e.g. 'error, unreviewed')"
  const unknown = values.filter((v) => v !== 'unreviewed' && !(FAIL_LEVELS as readonly string[]).includes(v))
  const levels = values.filter((v): v is FailOn => (FAIL_LEVELS as readonly string[]).includes(v))
  if (values.length === 0 || unknown.length > 0 || levels.length > 1) throw new InputError('fail-on', raw, expected)
  const unreviewed = values.includes('unreviewed')
  if (unreviewed && !verifyReviewed) {
    throw new InputError('fail-on', raw, "'unreviewed' only together with 'verify-reviewed: true'")
  }
  return { level: levels[0] ?? 'error', unreviewed }
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
  if (settings.verifyReviewed && !settings.planPath) {
    return {
      names: ['comment'],
      why: "Input 'verify-reviewed' reads the merged pull request's plan comment, never writes it"
    }
  }
  if (settings.planPath) {
    return {
      names: PLANNING_INPUTS,
      why: "Input 'plan-path' reads plans an earlier step made, so Terragrunt is not run"
    }
  }
  return undefined
}
