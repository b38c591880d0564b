import { ApiError, json, noContent, notFound } from '../context.js'
import type { Ctx, HandlerMap } from '../context.js'
import { paginate } from '../pagination.js'
import { teamJson, userByLogin } from '../serialize.js'
import type { TeamRecord } from '../state.js'

function teamOf(ctx: Ctx): TeamRecord {
  const team = ctx.state.team(ctx.params.org, ctx.params.team_slug)
  if (!team) throw notFound()
  return team
}

export const orgHandlers: HandlerMap = {
  'GET /orgs/{org}/teams': (ctx) => {
    if (!ctx.state.user(ctx.params.org)) throw notFound()
    return paginate(ctx, ctx.state.orgTeams(ctx.params.org), (team) => teamJson(team, ctx.apiBase))
  },
  'GET /orgs/{org}/teams/{team_slug}': (ctx) => json(teamJson(teamOf(ctx), ctx.apiBase)),
  /** Active members only: pending memberships are invitations, not members. */
  'GET /orgs/{org}/teams/{team_slug}/members': (ctx) => {
    const team = teamOf(ctx)
    const role = ctx.query.get('role') ?? 'all'
    if (!['all', 'member', 'maintainer'].includes(role)) {
      throw new ApiError(422, 'Validation Failed', [{ resource: 'Team', field: 'role', code: 'invalid', value: role }])
    }
    const members = [...team.members.values()].filter(
      (m) => m.state === 'active' && (role === 'all' || m.role === role)
    )
    return paginate(ctx, members, (member) => userByLogin(ctx.state, member.login, ctx.apiBase))
  },
  'GET /orgs/{org}/teams/{team_slug}/memberships/{username}': (ctx) => {
    const team = teamOf(ctx)
    const member = team.members.get(ctx.params.username.toLowerCase())
    if (!member) throw notFound()
    return json({
      url: `${ctx.apiBase}/organizations/${team.org}/team/${team.id}/memberships/${member.login}`,
      role: member.role,
      state: member.state
    })
  },
  'GET /orgs/{org}/members/{username}': (ctx) => {
    if (!ctx.state.isOrgMember(ctx.params.org, ctx.params.username)) throw notFound()
    return noContent()
  }
}
