import { InputError, InputReader, UserError } from '../core/action/index.js'
import { loadGitopsConfig, parseApprover, resolveEnvironment } from '../core/config/index.js'
import type { Approver, EnvironmentConfig } from '../core/config/index.js'
import { parseDeploymentWindow, WINDOW_FORMS } from '../core/time/windows.js'
import type { DeploymentWindow } from '../core/time/windows.js'
import { shiftedClock, systemClock } from '../core/time/clock.js'
import type { Clock } from '../core/time/clock.js'

/**
 * What inputs left empty fall back to when the environment's config does not say either. These inputs have empty
 * defaults in action.yml so that a value the workflow sets can be told apart from none, as "inputs override the
 * file" needs; action.yml's descriptions name these values.
 */
const FALLBACK = { minApprovals: 1, timeoutMs: 3_600_000, allowSelfApproval: false, denyWins: true } as const

/**
 * Test-only: an ISO 8601 instant that the action's clock reads at start (then runs on in real time), so integration
 * tests can put a run inside or outside a deployment window. Read here and nowhere else.
 */
export const TEST_CLOCK_ENV = 'GITOPS_ACTIONS_TEST_NOW'

export interface GateSettings {
  githubToken: string
  mode: 'issue' | 'pull-request'
  wait: boolean
  /** Evaluate this existing request once instead of opening one. */
  issueNumber?: number
  environment?: string
  /** Set when the environment needs no approval: the gate approves at once. */
  autoApprovedBecause?: string
  approvers: Approver[]
  minApprovals: number
  /** Which setting minApprovals came from, for the error when it exceeds the possible approvers. */
  minApprovalsFrom: string
  timeoutMs: number
  pollIntervalMs: number
  windows: DeploymentWindow[]
  outsideWindow: 'wait' | 'fail'
  allowSelfApproval: boolean
  denyWins: boolean
  failOnDeny: boolean
  labels: string[]
  issueTitle: string
  issueBody: string
  clock: Clock
}

export async function readSettings(
  inputs = new InputReader(),
  env: Record<string, string | undefined> = process.env
): Promise<GateSettings> {
  const environment = inputs.optional('environment')
  const configPath = inputs.string('config') || '.github/gitops.yaml'
  const envConfig = environment ? await environmentConfig(configPath, environment) : undefined
  const approval = envConfig?.approval

  const issueNumberText = inputs.string('issue-number')
  const approversInput = inputs.list('approvers')
  const approvers =
    approversInput.length > 0 ? approversInput.map(readApprover) : (approval?.approvers ?? []).map(readApprover)
  const minText = inputs.string('min-approvals')
  const minApprovals = minText
    ? inputs.integer('min-approvals', { min: 1 })
    : (approval?.minApprovals ?? FALLBACK.minApprovals)
  const minApprovalsFrom = minText ? "input 'min-approvals'" : approval ? `${environment}'s min-approvals` : 'default'
  const users = approvers.filter((a) => a.kind === 'user').length
  if (approvers.length > 0 && users === approvers.length && minApprovals > users) {
    throw new InputError('min-approvals', String(minApprovals), `at most ${users}, the number of listed approvers`)
  }
  const allowSelfText = inputs.string('allow-self-approval')
  const settings: GateSettings = {
    githubToken: inputs.required('github-token'),
    mode: inputs.enum('mode', ['issue', 'pull-request'] as const),
    wait: inputs.boolean('wait'),
    issueNumber: issueNumberText ? inputs.integer('issue-number', { min: 1 }) : undefined,
    environment,
    approvers,
    minApprovals,
    minApprovalsFrom,
    timeoutMs: inputs.string('timeout') ? inputs.duration('timeout') : (approval?.timeout ?? FALLBACK.timeoutMs),
    pollIntervalMs: inputs.duration('poll-interval'),
    windows: inputs.lines('windows').length > 0 ? readWindows(inputs.lines('windows')) : (approval?.windows ?? []),
    outsideWindow: inputs.enum('outside-window', ['wait', 'fail'] as const),
    allowSelfApproval: allowSelfText
      ? inputs.boolean('allow-self-approval')
      : approval?.excludeInitiator === undefined
        ? FALLBACK.allowSelfApproval
        : !approval.excludeInitiator,
    denyWins: approval?.denyWins ?? FALLBACK.denyWins,
    failOnDeny: inputs.boolean('fail-on-deny'),
    labels: inputs.list('labels'),
    issueTitle: inputs.string('issue-title'),
    issueBody: inputs.string('issue-body'),
    clock: readClock(env)
  }
  if (settings.timeoutMs <= 0) throw new InputError('timeout', inputs.string('timeout'), 'a duration longer than zero')
  if (settings.pollIntervalMs < 1000) {
    throw new InputError('poll-interval', inputs.string('poll-interval'), 'a duration of at least 1s')
  }
  if (envConfig && !approval) {
    settings.autoApprovedBecause = `environment '${envConfig.name}' in ${configPath} requires no approval`
  } else if (approvers.length === 0 && settings.issueNumber === undefined) {
    throw new InputError(
      'approvers',
      '',
      environment
        ? `users or @org/team names (environment '${environment}' lists none)`
        : "users or @org/team names (required unless 'environment' names an environment with approvers)"
    )
  }
  return settings
}

async function environmentConfig(path: string, name: string): Promise<EnvironmentConfig> {
  const config = await loadGitopsConfig(path, { required: true })
  if (!config) throw new UserError(`Input 'environment' is '${name}' but the config file ${path} was not found.`)
  return resolveEnvironment(config, name, { input: 'environment' })
}

/** `alice`, `@alice`, `@org/team` or `org/team`. */
function readApprover(text: string): Approver {
  const approver = parseApprover(/^[^@/]+\/[^/]+$/.test(text) ? `@${text}` : text)
  if (!approver) throw new InputError('approvers', text, 'GitHub logins such as alice and teams such as @acme/sre')
  return approver
}

function readWindows(lines: string[]): DeploymentWindow[] {
  return lines.map((text) => {
    const parsed = parseDeploymentWindow(text)
    if (!parsed.ok) throw new InputError('windows', text, `${WINDOW_FORMS} (${parsed.reason})`)
    return parsed.window
  })
}

function readClock(env: Record<string, string | undefined>): Clock {
  const at = env[TEST_CLOCK_ENV]
  if (!at) return systemClock
  const start = Date.parse(at)
  if (Number.isNaN(start)) throw new UserError(`${TEST_CLOCK_ENV}='${at}' is not an ISO 8601 time`)
  return shiftedClock(start)
}
