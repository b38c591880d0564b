/**
 * verify-reviewed, the decisions: which merged pull request a push belongs to, what plan our comment on it showed,
 * which units to plan now, and whether the plan made now is the one reviewers saw. Pure functions; verify.ts does
 * the I/O.
 *
 * The plan comment's marker payload carries the plan hash over all units (`planHash`) and, since this feature, one
 * hash per unit (`unitHashes`: unit path as shown in the comment -> plan-hash.ts `unitPlanHash`). A comment written
 * before per-unit hashes existed (or one whose units did not fit the marker) can only be compared by the total.
 */
import { createHash } from 'node:crypto'
import type { UnitStatus } from '../core/plan/model.js'
import { UNIT_HASH_LENGTH } from '../core/plan/plan-hash.js'
import { stampOf } from './freshness.js'
import type { RunStamp } from './freshness.js'
import type { UnitSelection } from './select.js'

/** A marker payload's `unitHashes` longer than this (as JSON) is left out: the comment's size is for the plan. */
export const MAX_UNIT_HASHES_CHARS = 12_000

/** A unit as the comparison needs it: path as shown (redacted), status, and its plan hash. */
export interface HashedUnit {
  path: string
  status: UnitStatus
  hash?: string
}

/**
 * Unit path -> unit hash, for the units of one (redacted) plan result in its order. Two units that `redact` masks
 * to the same path share one entry: a hash over theirs in order, so both sides of a comparison agree.
 */
export function unitHashMap(units: readonly HashedUnit[]): Map<string, string> {
  const groups = new Map<string, string[]>()
  for (const u of units) {
    const list = groups.get(u.path) ?? []
    list.push(u.hash ?? '')
    groups.set(u.path, list)
  }
  const out = new Map<string, string>()
  for (const [path, hashes] of groups) {
    out.set(
      path,
      hashes.length === 1
        ? hashes[0]
        : createHash('sha256').update(hashes.join('\n')).digest('hex').slice(0, UNIT_HASH_LENGTH)
    )
  }
  return out
}

/** The marker payload's `unitHashes`, or undefined when they would not fit `MAX_UNIT_HASHES_CHARS`. */
export function markerUnitHashes(units: readonly HashedUnit[]): Record<string, string> | undefined {
  const hashes = Object.fromEntries(unitHashMap(units))
  return JSON.stringify(hashes).length <= MAX_UNIT_HASHES_CHARS ? hashes : undefined
}

// ---------------------------------------------------------------------------------------------------------------
// The merged pull request

/** The fields of GitHub's `pull-request-simple` (GET /repos/{o}/{r}/commits/{sha}/pulls) this reads. */
export interface AssociatedPull {
  number: number
  merged_at: string | null
  merge_commit_sha: string | null
  head: { sha: string }
  base: { sha: string; ref: string }
}

/**
 * The pull request whose merge made commit `sha`: merged, with `merge_commit_sha` equal to `sha` (GitHub also lists
 * open pull requests and those a commit merely belongs to). An error message when there is none (saying how long
 * verify.ts waited for GitHub to link it, when it did), or more than one.
 */
export function pickMergedPull(
  pulls: readonly AssociatedPull[],
  sha: string,
  waited?: { reads: number; ms: number }
): { pull: AssociatedPull } | { error: string } {
  const merged = pulls.filter((p) => p.merged_at !== null && p.merge_commit_sha === sha)
  if (merged.length === 1) return { pull: merged[0] }
  const at = `Commit ${short(sha)}`
  if (merged.length > 1) {
    return {
      error: `${at} is the merge commit of ${merged.length} pull requests (${merged.map((p) => `#${p.number}`).join(', ')}): cannot tell which review it stands for.`
    }
  }
  const others =
    pulls.length === 0
      ? 'GitHub lists no pull request for it'
      : `GitHub lists only ${pulls.map((p) => `#${p.number}${p.merged_at === null ? ' (not merged)' : ` (merged as ${short(p.merge_commit_sha ?? '')})`}`).join(', ')}`
  const after = waited ? `, read ${waited.reads} times over ${Math.round(waited.ms / 1000)} s` : ''
  return {
    error: `${at} is not the merge commit of a pull request (${others}${after}), so no reviewed plan belongs to it. Run verify-reviewed on the push that merges a pull request.`
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The reviewed plan

/** What our plan comment said about the plan reviewers saw. */
export interface ReviewedPlan {
  stamp: RunStamp
  /** The comment shows a failure notice, not a plan. */
  failed: boolean
  planHash?: string
  unitHashes?: Record<string, string>
  url?: string
}

/** The reviewed plan in one of our comments' marker payload, or undefined when the payload has no run stamp. */
export function readReviewedPlan(payload: unknown, url?: string): ReviewedPlan | undefined {
  const stamp = stampOf(payload)
  if (!stamp) return undefined
  const p = payload as Record<string, unknown>
  const hashes = p.unitHashes
  const unitHashes =
    hashes !== null &&
    typeof hashes === 'object' &&
    !Array.isArray(hashes) &&
    Object.values(hashes).every((h) => typeof h === 'string')
      ? (hashes as Record<string, string>)
      : undefined
  return {
    stamp,
    failed: p.failed === true,
    planHash: typeof p.planHash === 'string' ? p.planHash : undefined,
    unitHashes,
    url
  }
}

/** The latest of several reviewed plans: the newest run, then the latest attempt (the sticky comment keeps one). */
export function latestReviewedPlan(plans: readonly (ReviewedPlan | undefined)[]): ReviewedPlan | undefined {
  let latest: ReviewedPlan | undefined
  for (const p of plans) {
    if (!p) continue
    if (
      !latest ||
      p.stamp.runId > latest.stamp.runId ||
      (p.stamp.runId === latest.stamp.runId && p.stamp.runAttempt > latest.stamp.runAttempt)
    )
      latest = p
  }
  return latest
}

// ---------------------------------------------------------------------------------------------------------------
// Units to plan

/**
 * The units to plan on the push: the changed-files selection of the merged pull request plus every unit the review
 * planned (from the marker) that still exists. `missing` lists reviewed units that exist no more (they count as
 * different).
 */
export function withReviewedUnits(
  selection: UnitSelection,
  reviewed: ReviewedPlan | undefined
): { selection: UnitSelection; added: string[]; missing: string[] } {
  const reviewedUnits = Object.keys(reviewed?.unitHashes ?? {})
  const all = new Set(selection.all)
  const planned = new Set(selection.units)
  const added = reviewedUnits.filter((u) => all.has(u) && !planned.has(u)).sort()
  const missing = reviewedUnits.filter((u) => !all.has(u)).sort()
  const units = [...selection.units, ...added].sort()
  const skipped = selection.skipped.filter((u) => !added.includes(u))
  return { selection: { ...selection, units, skipped }, added, missing }
}

// ---------------------------------------------------------------------------------------------------------------
// The comparison

/** Why a unit differs: its plan changed, it was planned now but not in review, reviewed but not planned now, or it failed to plan now. */
export type UnitDifference = 'changed' | 'not-reviewed' | 'not-planned' | 'failed'

export interface ReviewCheck {
  /** The plan made now is the plan reviewers saw. */
  matches: boolean
  /** How the plans were compared: per unit, by the total hash only (an older comment), or not at all. */
  by: 'units' | 'total' | 'none'
  /** Why they do not match (one line), when they do not. */
  reason?: string
  /** The units that differ, in path order (empty when compared by the total, which cannot name them). */
  units: { path: string; why: UnitDifference }[]
  /** Something the reader should know about how this was decided (e.g. compared by the total only). */
  note?: string
}

export interface ReviewInput {
  /** Our latest plan comment on the merged pull request, read from its marker; undefined when there is none. */
  reviewed: ReviewedPlan | undefined
  pull: { number: number; headSha: string }
  /** The plan made now (redacted paths, hashes from `buildPlanResult`). */
  fresh: { planHash: string; units: readonly HashedUnit[] }
}

const WHY: Record<UnitDifference, string> = {
  changed: 'plan differs from the reviewed one',
  'not-reviewed': 'planned now, not in the reviewed plan',
  'not-planned': 'in the reviewed plan, not planned now',
  failed: 'failed to plan now'
}

/** One unit's difference as a reader sees it. */
export const describeDifference = (why: UnitDifference): string => WHY[why]

/** Is the plan made now (fresh) the plan reviewers saw on the merged pull request? */
export function compareWithReview({ reviewed, pull, fresh }: ReviewInput): ReviewCheck {
  const pr = `pull request #${pull.number}`
  const unreviewed = (reason: string, note?: string): ReviewCheck => ({
    matches: false,
    by: 'none',
    reason,
    units: [],
    note
  })
  if (!reviewed) return unreviewed(`${pr} has no plan comment of this action: no plan was reviewed`)
  if (reviewed.failed) {
    return unreviewed(
      `the plan comment on ${pr} shows that planning ${short(reviewed.stamp.headSha)} failed: reviewers saw no plan`
    )
  }
  if (reviewed.stamp.headSha !== pull.headSha) {
    return unreviewed(
      `the plan comment on ${pr} is for commit ${short(reviewed.stamp.headSha)}, but the pull request's last commit is ${short(pull.headSha)}: reviewers did not see the plan of the code that was merged`
    )
  }
  const failed = fresh.units.filter((u) => u.status === 'error').map((u) => u.path)

  if (reviewed.unitHashes) {
    const now = unitHashMap(fresh.units)
    const then = new Map(Object.entries(reviewed.unitHashes))
    const units: ReviewCheck['units'] = []
    for (const path of [...new Set([...now.keys(), ...then.keys()])].sort(comparePaths)) {
      const a = then.get(path)
      const b = now.get(path)
      if (failed.includes(path)) units.push({ path, why: 'failed' })
      else if (a === undefined) units.push({ path, why: 'not-reviewed' })
      else if (b === undefined) units.push({ path, why: 'not-planned' })
      else if (a !== b) units.push({ path, why: 'changed' })
    }
    if (units.length === 0) return { matches: true, by: 'units', units }
    const named = units.slice(0, 10).map((u) => `${u.path} (${WHY[u.why]})`)
    if (units.length > 10) named.push(`and ${units.length - 10} more`)
    return {
      matches: false,
      by: 'units',
      units,
      reason: `${units.length} unit(s) differ from the plan reviewed on ${pr}: ${named.join(', ')}`
    }
  }

  if (reviewed.planHash) {
    const note =
      `the plan comment on ${pr} has no per-unit hashes (written by an older version of this action, or too many ` +
      'units for its marker): compared by the total plan hash only, so the units that differ cannot be named'
    const units = failed.map((path) => ({ path, why: 'failed' as const }))
    if (units.length === 0 && reviewed.planHash === fresh.planHash) return { matches: true, by: 'total', units, note }
    return {
      matches: false,
      by: 'total',
      units,
      note,
      reason:
        units.length > 0
          ? `${units.length} unit(s) failed to plan now: ${units.map((u) => u.path).join(', ')}`
          : `the plan hash now (${fresh.planHash.slice(0, 12)}) is not the one reviewed on ${pr} (${reviewed.planHash.slice(0, 12)})`
    }
  }
  return unreviewed(`the plan comment on ${pr} carries no plan hash to compare with`)
}

const comparePaths = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
const short = (sha: string): string => (/^[0-9a-f]{7,}$/i.test(sha) ? sha.slice(0, 7) : sha)
