import { InputError, UserError } from '../core/action/errors.js'
import { formatApprover } from '../core/config/parse.js'
import type { Approver } from '../core/config/types.js'
import type { Account, GitHubClient, RepoRef } from '../core/github/index.js'
import {
  httpStatus,
  listTeamMembers,
  readAccount,
  readRepoPermission,
  teamMembershipState
} from '../core/github/index.js'
import type { Eligibility, Person } from './model.js'

interface Team {
  name: string
  org: string
  slug: string
  /** Active members by id when the gate started, all pages. */
  members: Map<number, Account>
}

/**
 * The approver list resolved against GitHub: listed users bound to their account ids (a renamed or re-registered
 * login does not inherit an approval right) and every page of each listed team's active members. People who respond
 * are verified once, when first seen: still an active member (a pending invitation is not membership), and write
 * access or more to the repository. What could not be verified does not count.
 */
export class ApproverDirectory {
  /** Eligibility by account id, filled by `verify`. */
  readonly facts = new Map<number, Eligibility>()

  private constructor(
    private readonly octokit: GitHubClient,
    private readonly repo: RepoRef,
    private readonly users: Map<number, string>,
    private readonly teams: Team[]
  ) {}

  static async load(octokit: GitHubClient, repo: RepoRef, approvers: Approver[]): Promise<ApproverDirectory> {
    const users = new Map<number, string>()
    const teams: Team[] = []
    for (const a of approvers) {
      if (a.kind === 'user') {
        const account = await readAccount(octokit, a.login)
        if (!account) throw new InputError('approvers', a.login, 'existing GitHub users (no such account)')
        users.set(account.id, account.login)
      } else {
        const name = formatApprover(a)
        let members: Account[]
        try {
          members = await listTeamMembers(octokit, a.org, a.slug)
        } catch (error) {
          const status = httpStatus(error)
          if (status !== 403 && status !== 404) throw error
          throw new UserError(
            `Cannot read the members of team ${name} (GitHub answered ${status}): check the name, and use a GitHub App ` +
              `token with the organisation permission 'members: read' (GITHUB_TOKEN cannot read team membership).`
          )
        }
        teams.push({ name, org: a.org, slug: a.slug, members: new Map(members.map((m) => [m.id, m])) })
      }
    }
    return new ApproverDirectory(octokit, repo, users, teams)
  }

  /** How many different people could approve: listed users and team members, minus bots and `excluded` logins. */
  possibleApprovers(excluded: ReadonlySet<string>): number {
    const people = new Map<number, string>(this.users)
    for (const team of this.teams) {
      for (const m of team.members.values()) if (m.type !== 'Bot') people.set(m.id, m.login)
    }
    return [...people.values()].filter((login) => !excluded.has(login.toLowerCase()) && !/\[bot\]$/.test(login)).length
  }

  /** Verifies each person not verified yet (people answering with a command only; bots are never verified). */
  async verify(people: Person[]): Promise<void> {
    for (const p of people) {
      if (this.facts.has(p.id) || p.type === 'Bot') continue
      this.facts.set(p.id, await this.eligibility(p))
    }
  }

  private async eligibility(p: Person): Promise<Eligibility> {
    const via: string[] = []
    const pendingIn: string[] = []
    const listed = this.users.get(p.id)
    if (listed !== undefined) via.push(listed)
    for (const team of this.teams) {
      // Live membership, not just the list read at start: someone removed since does not count, and a pending
      // invitation is reported as such.
      const state = await teamMembershipState(this.octokit, team.org, team.slug, p.login)
      if (state === 'active' && team.members.has(p.id)) via.push(team.name)
      else if (state === 'pending') pendingIn.push(team.name)
    }
    if (via.length === 0) return { via, pendingIn, permission: 'none' }
    try {
      return { via, pendingIn, permission: await readRepoPermission(this.octokit, this.repo, p.login) }
    } catch (error) {
      const status = httpStatus(error)
      return { via, pendingIn, permission: 'unknown', permissionError: `GitHub answered ${status ?? String(error)}` }
    }
  }
}
