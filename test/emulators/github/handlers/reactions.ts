import { ApiError, intParam, json, noContent, notFound, objectBody, repoOf, requireUser } from '../context.js'
import type { HandlerMap } from '../context.js'
import { paginate } from '../pagination.js'
import { reactionJson } from '../serialize.js'
import { REACTION_CONTENTS } from '../state.js'
import type { ReactionContent } from '../state.js'
import { commentOf } from './comments.js'

export const reactionHandlers: HandlerMap = {
  'GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions': (ctx) => {
    const repo = repoOf(ctx)
    const comment = commentOf(ctx, repo)
    const content = ctx.query.get('content')
    const items = comment.reactions.filter((reaction) => content === null || reaction.content === content)
    return paginate(ctx, items, (reaction) => reactionJson(ctx.state, reaction, ctx.apiBase))
  },
  'POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions': (ctx) => {
    const user = requireUser(ctx)
    const repo = repoOf(ctx)
    const comment = commentOf(ctx, repo)
    const content = objectBody(ctx).content
    if (typeof content !== 'string' || !(REACTION_CONTENTS as readonly string[]).includes(content)) {
      throw new ApiError(422, 'Validation Failed', [
        { resource: 'Reaction', field: 'content', code: 'invalid', value: content }
      ])
    }
    const before = comment.reactions.length
    const reaction = ctx.state.addReaction(repo.owner, repo.name, comment.id, {
      content: content as ReactionContent,
      user: user.login
    })
    return json(reactionJson(ctx.state, reaction, ctx.apiBase), comment.reactions.length > before ? 201 : 200)
  },
  'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}': (ctx) => {
    requireUser(ctx)
    const repo = repoOf(ctx)
    const comment = commentOf(ctx, repo)
    const id = intParam(ctx, 'reaction_id')
    if (!comment.reactions.some((reaction) => reaction.id === id)) throw notFound()
    comment.reactions = comment.reactions.filter((reaction) => reaction.id !== id)
    return noContent()
  }
}
