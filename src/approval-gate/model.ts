import type { DeploymentWindow } from '../core/time/windows.js'
import type { Command } from './commands.js'

/** What the gate concluded. `pending` only comes out of a one-time evaluation (`issue-number`) that is not decided. */
export type DecisionKind = 'approved' | 'denied' | 'timed-out' | 'cancelled' | 'auto-approved' | 'pending'

/** A GitHub account as a comment or review names it. Ids, not logins, identify people (logins can be renamed). */
export interface Person {
  login: string
  id: number
  /** `User`, `Bot` or `Organization`, as REST reports `user.type`. */
  type: string
}

/** The rules one request is judged by; fixed when the request is created. */
export interface GatePolicy {
  minApprovals: number
  /** A counted deny denies even after enough approvals (else the first of the two to happen decides). */
  denyWins: boolean
  windows: DeploymentWindow[]
  outsideWindow: 'wait' | 'fail'
  allowSelfApproval: boolean
  /** People who may not approve unless self-approval is allowed, with why ("the workflow actor"). */
  excluded: Array<{ login: string; role: string }>
  /** Epoch ms after which no response counts and the gate times out. */
  deadline: number
  /** PR mode: reviews count only when they approve this commit. */
  headSha?: string
  /** The token's own account: what it writes is never a response that counts. */
  selfId: number
}

/** The request as last read: when it was opened and whether someone closed it. */
export interface RequestState {
  createdAt: number
  closed?: { by?: string; at: number }
}

/**
 * A comment or review as first seen. The command is frozen then (a later edit never changes it); a comment that had
 * already been edited when first seen never counts, because a writer may have typed it into someone else's comment.
 */
export interface Response {
  source: 'comment' | 'review'
  id: number
  author: Person
  /** The command the text held when first seen; undefined when it held none. */
  command: Command | undefined
  /** When it was posted (epoch ms). */
  at: number
  url: string
  editedBeforeSeen: boolean
  /** The text changed after it was first seen: reported, while the first-seen command stands. */
  editedAfterSeen: boolean
  /** Reviews: the commit the review is on. */
  commitId?: string
}

/** What the approver list says about one person, resolved through the API before deciding. */
export interface Eligibility {
  /** How the person is an approver: `alice` or `@acme/sre`; empty when not through any listed entry. */
  via: string[]
  /** Listed teams in which the person's membership is still pending (an invitation, not a member). */
  pendingIn: string[]
  /** Repository permission; `unknown` when it could not be read (`permissionError` says why). */
  permission: 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none' | 'unknown'
  permissionError?: string
}

/** Eligibility by account id; a person missing from it has not been verified and does not count. */
export type ApproverFacts = ReadonlyMap<number, Eligibility>

/** One response as reported: the `responses-json` output and the job summary rows. */
export interface JudgedResponse {
  user: string
  id: number
  source: 'comment' | 'review'
  action: 'approve' | 'deny' | 'none'
  reason: string
  at: string
  url: string
  counted: boolean
  'why-not-counted': string
  /** E.g. that the text changed after it was first seen. */
  note: string
}

export interface GateDecision {
  decision: DecisionKind
  /** Logins whose approvals counted, in the order they came. */
  approvers: string[]
  denier?: string
  reason: string
  responses: JudgedResponse[]
  /** Approvals are enough but the gate waits for a deployment window (opening at this time, if one opens). */
  waitingForWindow?: { opensAt?: number }
}
