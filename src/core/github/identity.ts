import type { GitHubClient } from './client.js'

/** Who the token acts as. `id` is the account's database id, the one field REST and GraphQL agree on. */
export interface TokenIdentity {
  login: string
  id: number
  /** True for an App or the workflow token (GraphQL `Bot`), false for a user; undefined when not asked. */
  bot?: boolean
}

/** The author of a REST object (comment, issue, pull request); null for deleted ("ghost") accounts. */
export interface RestAuthor {
  user?: { id: number; login?: string } | null
}

/**
 * The identity the token writes as. REST `GET /user` answers 403 for the job token and for App installation
 * tokens, so this asks GraphQL's `viewer`, which works for installation, App-user and personal tokens alike.
 * Logins differ between the two APIs for bots (REST adds `[bot]`), so ownership compares ids, never logins.
 */
export async function readTokenIdentity(octokit: GitHubClient): Promise<TokenIdentity> {
  const res = await octokit.graphql<{ viewer: { __typename?: string; login: string; databaseId: number | null } }>(
    'query { viewer { __typename login databaseId } }'
  )
  const { login, databaseId, __typename: type } = res.viewer
  if (typeof databaseId !== 'number') throw new Error(`GitHub did not say which account the token acts as (${login})`)
  return { login: login.replace(/\[bot\]$/, ''), id: databaseId, ...(type ? { bot: type === 'Bot' } : {}) }
}

/** True when `object` was created by the token's own account: the second half of "ours" after the marker. */
export function isAuthoredBy(object: RestAuthor, identity: TokenIdentity): boolean {
  return object.user?.id === identity.id
}
