/**
 * In-memory GitHub REST + GraphQL emulator for integration tests and the demo. Routes are checked against GitHub's
 * published OpenAPI description (via the route table generated into @octokit/plugin-rest-endpoint-methods).
 */
export { GitHubEmulator, startGitHubEmulator } from './server.js'
export type { EmulatorStats, GitHubEmulatorOptions, RateLimitWindow, RefusedRequest, RequestRecord } from './server.js'
export { GitHubState, ACTIONS_BOT, fullRef } from './state.js'
export type {
  CommentRecord,
  CreateIssueInput,
  CreatePullInput,
  IssueRecord,
  LabelRecord,
  Permission,
  PullRecord,
  ReactionContent,
  ReactionRecord,
  RepoRecord,
  ReviewRecord,
  ReviewState,
  TeamMember,
  TeamRecord,
  UserRecord
} from './state.js'
export type { Fault, FaultKind, FaultSpec } from './faults.js'
export { Faults } from './faults.js'
export { RouteTable, githubRouteTable } from './routes.js'
export type { RouteMatch } from './routes.js'
export { parseOperation } from './graphql-parse.js'
