import type { GitHubClient, RepoRef } from './client.js'
import { httpStatus } from './errors.js'

export interface Account {
  login: string
  id: number
  type: string
}

/**
 * Active members of a team (GitHub lists pending invitations separately), child teams included, across every page.
 * Reading team membership needs an org-level `members: read` permission: the job's GITHUB_TOKEN has none, so a
 * GitHub App installation token (or a PAT) is needed.
 */
export async function listTeamMembers(octokit: GitHubClient, org: string, slug: string): Promise<Account[]> {
  const members = await octokit.paginate(octokit.rest.teams.listMembersInOrg, {
    org,
    team_slug: slug,
    per_page: 100
  })
  return members.map((m) => ({ login: m.login, id: m.id, type: m.type }))
}

/** `active`, `pending` (invited, not yet a member) or `none` for one person in a team. */
export async function teamMembershipState(
  octokit: GitHubClient,
  org: string,
  slug: string,
  login: string
): Promise<'active' | 'pending' | 'none'> {
  try {
    const { data } = await octokit.rest.teams.getMembershipForUserInOrg({ org, team_slug: slug, username: login })
    return data.state === 'active' ? 'active' : 'pending'
  } catch (error) {
    if (httpStatus(error) === 404) return 'none'
    throw error
  }
}

export type RepoPermission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none'

/**
 * A person's permission on the repository. `role_name` distinguishes maintain and triage (the legacy `permission`
 * field folds them into write and read); a custom role falls back to the legacy field.
 */
export async function readRepoPermission(octokit: GitHubClient, repo: RepoRef, login: string): Promise<RepoPermission> {
  const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: login })
  const known: RepoPermission[] = ['admin', 'maintain', 'write', 'triage', 'read', 'none']
  const role = (data as { role_name?: string }).role_name as RepoPermission
  if (known.includes(role)) return role
  return known.includes(data.permission as RepoPermission) ? (data.permission as RepoPermission) : 'none'
}

/** Whether the person can be assigned to issues of the repository (204) or not (404). */
export async function isAssignable(octokit: GitHubClient, repo: RepoRef, login: string): Promise<boolean> {
  try {
    await octokit.rest.issues.checkUserCanBeAssigned({ ...repo, assignee: login })
    return true
  } catch (error) {
    if (httpStatus(error) === 404) return false
    throw error
  }
}

/** An account by login, with its id (ids survive renames, so approvers are bound to them). */
export async function readAccount(octokit: GitHubClient, login: string): Promise<Account | undefined> {
  try {
    const { data } = await octokit.rest.users.getByUsername({ username: login })
    return { login: data.login, id: data.id, type: data.type }
  } catch (error) {
    if (httpStatus(error) === 404) return undefined
    throw error
  }
}
