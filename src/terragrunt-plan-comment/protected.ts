/**
 * The protected-resources gate: a plan that destroys or replaces an address matching the `protected` globs fails the
 * step, whatever `fail-on` says, unless the pull request carries the `protected-override-label`. Fails closed: a unit
 * whose destroyed addresses are not known (it failed to plan, or its plan gave counts without addresses) counts as
 * a violation it could not rule out, and labels that cannot be read from the API do not override.
 */
import * as core from '@actions/core'
import { listIssueLabels } from '../core/github/index.js'
import type { GitHubClient, RunContext } from '../core/github/index.js'
import { matchAddress } from '../core/plan/address-glob.js'
import type { AddressGlob } from '../core/plan/address-glob.js'
import type { PlanResult } from '../core/plan/model.js'
import type { ProtectedReport, ProtectedViolation } from '../core/render/protected-block.js'
import { redactor } from '../core/render/redact.js'
import type { PlanCommentSettings } from './settings.js'

export interface ProtectedCheck {
  violations: ProtectedViolation[]
  unchecked: { unit: string; reason: string }[]
}

/** The protected addresses each unit destroys or replaces, and the units that cannot be checked. Pure. */
export function checkProtected(result: PlanResult, globs: readonly AddressGlob[]): ProtectedCheck {
  const check: ProtectedCheck = { violations: [], unchecked: [] }
  if (globs.length === 0) return check
  for (const u of result.units) {
    if (u.status === 'error') {
      check.unchecked.push({ unit: u.path, reason: 'failed to plan, so what it would destroy is not known' })
      continue
    }
    const replaced = [...new Set(u.replaced)]
    const destroyed = [...new Set(u.destroyed)].filter((a) => !replaced.includes(a))
    for (const [action, list] of [
      ['replace', replaced],
      ['destroy', destroyed]
    ] as const) {
      for (const address of list) {
        if (matchAddress(address, globs)) check.violations.push({ unit: u.path, address, action })
      }
    }
    // Raw lengths: a deposed object shares its resource's address, and each one is counted.
    if (u.replaced.length < u.counts.replace || u.destroyed.length + u.replaced.length < u.counts.destroy) {
      check.unchecked.push({
        unit: u.path,
        reason: `its plan counts ${u.counts.destroy} to destroy and ${u.counts.replace} to replace but names fewer addresses`
      })
    }
  }
  return check
}

/** Whether the check blocks the step: anything found or unknown, unless overridden. Pure. */
export function protectedBlocks(check: ProtectedCheck, overridden: boolean): boolean {
  return !overridden && (check.violations.length > 0 || check.unchecked.length > 0)
}

/** The gate's outcome for the report and the step. */
export interface ProtectedGate {
  report: ProtectedReport
  blocked: boolean
}

/**
 * Checks the plan (`result` before redaction, so a mask cannot hide an address from the globs; what is shown and
 * output is masked), reads the pull request's labels from the API when the override could apply (never trusting the
 * event's copy, which can be stale), and sets the `protected-violations` output.
 */
export async function gateProtected(
  result: PlanResult,
  settings: PlanCommentSettings,
  ctx: RunContext,
  octokit: GitHubClient | undefined
): Promise<ProtectedGate> {
  const mask = redactor(settings.redact)
  const found = checkProtected(result, settings.protected)
  const check: ProtectedCheck = {
    violations: found.violations.map((v) => ({ ...v, unit: mask(v.unit), address: mask(v.address) })),
    unchecked: found.unchecked.map((u) => ({ ...u, unit: mask(u.unit) }))
  }
  core.setOutput('protected-violations', JSON.stringify(check.violations))
  const label = settings.protectedOverrideLabel || undefined
  let overridden = false
  let labelNote: string | undefined
  if (label && (check.violations.length > 0 || check.unchecked.length > 0)) {
    const labels = await currentLabels(ctx, octokit)
    if (labels.names) overridden = labels.names.some((n) => n.toLowerCase() === label.toLowerCase())
    else labelNote = `The label could not be checked (${labels.why}), so it does not apply.`
    if (labelNote) core.warning(`Input 'protected-override-label': ${labelNote}`)
  }
  for (const v of check.violations) core.info(`Protected: ${v.unit}: ${v.action} ${v.address}`)
  if (overridden) core.warning(`Protected resources will be destroyed or replaced; allowed by the label '${label}'.`)
  return {
    report: { ...check, overrideLabel: label, overridden, labelNote },
    blocked: protectedBlocks(check, overridden)
  }
}

/** The pull request's labels as GitHub has them now, or why they are not known. */
async function currentLabels(
  ctx: RunContext,
  octokit: GitHubClient | undefined
): Promise<{ names?: string[]; why?: string }> {
  if (!ctx.pullRequest) return { why: `event ${ctx.eventName || '(none)'} is not about a pull request` }
  if (!octokit) return { why: "input 'github-token' is empty" }
  try {
    return { names: await listIssueLabels(octokit, { ...ctx.repo, number: ctx.pullRequest.number }) }
  } catch (error) {
    return { why: `reading them from GitHub failed: ${(error as Error).message}` }
  }
}

/** Fails the step when the gate blocks it; one line naming the addresses. */
export function reportProtected(gate: ProtectedGate): void {
  if (!gate.blocked) return
  const { violations, unchecked } = gate.report
  const named = violations
    .slice(0, 5)
    .map((v) => `${v.unit}: ${v.action} ${v.address}`)
    .join(', ')
  const parts: string[] = []
  if (violations.length > 0) {
    parts.push(
      `${violations.length} protected resource(s) will be destroyed or replaced (${named}${violations.length > 5 ? ', …' : ''})`
    )
  }
  if (unchecked.length > 0) {
    parts.push(`${unchecked.length} unit(s) could not be checked (${unchecked.map((u) => u.unit).join(', ')})`)
  }
  const how = gate.report.overrideLabel ? `; the label '${gate.report.overrideLabel}' allows it` : ''
  core.setFailed(`Input 'protected': ${parts.join(' and ')}${how}.`)
}
