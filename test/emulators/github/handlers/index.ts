import type { HandlerMap } from '../context.js'
import { commentHandlers } from './comments.js'
import { contentHandlers } from './contents.js'
import { deploymentHandlers } from './deployments.js'
import { gitHandlers } from './git.js'
import { graphqlHandlers } from './graphql.js'
import { issueHandlers } from './issues.js'
import { labelHandlers } from './labels.js'
import { orgHandlers } from './orgs.js'
import { pullHandlers } from './pulls.js'
import { reactionHandlers } from './reactions.js'
import { repoHandlers } from './repos.js'
import { userHandlers } from './users.js'

/** Every implemented route, keyed exactly like GitHub's route table ('GET /repos/{owner}/{repo}'). */
export const handlers: HandlerMap = {
  ...repoHandlers,
  ...issueHandlers,
  ...commentHandlers,
  ...reactionHandlers,
  ...labelHandlers,
  ...pullHandlers,
  ...orgHandlers,
  ...userHandlers,
  ...gitHandlers,
  ...contentHandlers,
  ...deploymentHandlers,
  ...graphqlHandlers
}
