import { ApiError, json, notFound, requireUser } from '../context.js'
import type { HandlerMap } from '../context.js'
import { userJson } from '../serialize.js'
import type { UserRecord } from '../state.js'

function fullUser(user: UserRecord, api: string): Record<string, unknown> {
  return {
    ...userJson(user, api),
    name: user.name,
    company: null,
    blog: '',
    location: null,
    email: user.email,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: '2011-01-26T19:01:12Z',
    updated_at: '2024-01-01T00:00:00Z'
  }
}

export const userHandlers: HandlerMap = {
  /** Installation tokens (the Actions bot) cannot read /user, exactly like GITHUB_TOKEN on GitHub. */
  'GET /user': (ctx) => {
    const user = requireUser(ctx)
    if (user.type === 'Bot') throw new ApiError(403, 'Resource not accessible by integration')
    return json(fullUser(user, ctx.apiBase))
  },
  'GET /users/{username}': (ctx) => {
    const user = ctx.state.user(ctx.params.username)
    if (!user) throw notFound()
    return json(fullUser(user, ctx.apiBase))
  }
}
