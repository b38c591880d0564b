import type { CommitObject, TreeEntry } from './git.js'
import type {
  CommentRecord,
  GitHubState,
  IssueRecord,
  LabelRecord,
  PullRecord,
  ReactionRecord,
  RepoRecord,
  ReviewRecord,
  TeamRecord,
  UserRecord
} from './state.js'
import { REACTION_CONTENTS } from './state.js'

/** Serialisers from store records to GitHub's REST response shapes. `api` is the API root the client used. */
export const WEB = 'https://github.com'

export function userJson(user: UserRecord, api: string): Record<string, unknown> {
  const login = encodeURIComponent(user.login)
  return {
    login: user.login,
    id: user.id,
    node_id: user.nodeId,
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: '',
    url: `${api}/users/${login}`,
    html_url: user.type === 'Bot' ? `${WEB}/apps/${user.login.replace(/\[bot\]$/, '')}` : `${WEB}/${user.login}`,
    followers_url: `${api}/users/${login}/followers`,
    repos_url: `${api}/users/${login}/repos`,
    type: user.type,
    user_view_type: 'public',
    site_admin: false
  }
}

export function userByLogin(state: GitHubState, login: string, api: string): Record<string, unknown> {
  return userJson(state.addUser(login), api)
}

export function repoUrl(repo: RepoRecord, api: string): string {
  return `${api}/repos/${repo.owner}/${repo.name}`
}

export function repoJson(state: GitHubState, repo: RepoRecord, api: string): Record<string, unknown> {
  const url = repoUrl(repo, api)
  return {
    id: repo.id,
    node_id: repo.nodeId,
    name: repo.name,
    full_name: `${repo.owner}/${repo.name}`,
    private: repo.private,
    owner: userByLogin(state, repo.owner, api),
    html_url: `${WEB}/${repo.owner}/${repo.name}`,
    description: null,
    fork: false,
    url,
    issues_url: `${url}/issues{/number}`,
    pulls_url: `${url}/pulls{/number}`,
    git_url: `git://github.com/${repo.owner}/${repo.name}.git`,
    clone_url: `${WEB}/${repo.owner}/${repo.name}.git`,
    ssh_url: `git@github.com:${repo.owner}/${repo.name}.git`,
    created_at: repo.createdAt,
    updated_at: repo.updatedAt,
    pushed_at: repo.updatedAt,
    visibility: repo.private ? 'private' : 'public',
    archived: false,
    disabled: false,
    has_issues: true,
    open_issues_count: [...repo.issues.values()].filter((issue) => issue.state === 'open').length,
    default_branch: repo.defaultBranch,
    allow_auto_merge: repo.allowAutoMerge,
    allow_squash_merge: true,
    allow_merge_commit: true,
    allow_rebase_merge: true,
    delete_branch_on_merge: false,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true }
  }
}

export function labelJson(repo: RepoRecord, label: LabelRecord, api: string): Record<string, unknown> {
  return {
    id: label.id,
    node_id: label.nodeId,
    url: `${repoUrl(repo, api)}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    color: label.color,
    default: label.default,
    description: label.description
  }
}

export function issueLabelsJson(repo: RepoRecord, names: string[], api: string): Array<Record<string, unknown>> {
  return names.flatMap((name) => {
    const label = repo.labels.get(name.toLowerCase())
    return label ? [labelJson(repo, label, api)] : []
  })
}

export function authorAssociation(state: GitHubState, repo: RepoRecord, login: string): string {
  if (login.toLowerCase() === repo.owner.toLowerCase()) return 'OWNER'
  if (state.isOrgMember(repo.owner, login)) return 'MEMBER'
  const permission = repo.permissions.get(login.toLowerCase())
  if (permission && permission !== 'none') return 'COLLABORATOR'
  return 'NONE'
}

export function reactionsSummary(url: string, reactions: ReactionRecord[]): Record<string, unknown> {
  const summary: Record<string, unknown> = { url, total_count: reactions.length }
  for (const content of REACTION_CONTENTS) summary[content] = reactions.filter((r) => r.content === content).length
  return summary
}

function issueKind(issue: IssueRecord): string {
  return issue.pull ? 'pull' : 'issues'
}

export function issueJson(
  state: GitHubState,
  repo: RepoRecord,
  issue: IssueRecord,
  api: string
): Record<string, unknown> {
  const url = `${repoUrl(repo, api)}/issues/${issue.number}`
  const html = `${WEB}/${repo.owner}/${repo.name}/${issueKind(issue)}/${issue.number}`
  const comments = [...repo.comments.values()].filter((comment) => comment.issueNumber === issue.number)
  const pull = repo.pulls.get(issue.number)
  return {
    url,
    repository_url: repoUrl(repo, api),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: html,
    id: issue.id,
    node_id: issue.nodeId,
    number: issue.number,
    title: issue.title,
    user: userByLogin(state, issue.user, api),
    labels: issueLabelsJson(repo, issue.labels, api),
    state: issue.state,
    locked: issue.locked,
    assignee: issue.assignees[0] ? userByLogin(state, issue.assignees[0], api) : null,
    assignees: issue.assignees.map((login) => userByLogin(state, login, api)),
    milestone: null,
    comments: comments.length,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    closed_by: issue.closedBy ? userByLogin(state, issue.closedBy, api) : null,
    author_association: authorAssociation(state, repo, issue.user),
    active_lock_reason: null,
    ...(issue.pull
      ? {
          draft: pull?.draft ?? false,
          pull_request: {
            url: `${repoUrl(repo, api)}/pulls/${issue.number}`,
            html_url: html,
            diff_url: `${html}.diff`,
            patch_url: `${html}.patch`,
            merged_at: pull?.mergedAt ?? null
          }
        }
      : {}),
    body: issue.body,
    reactions: reactionsSummary(`${url}/reactions`, []),
    timeline_url: `${url}/timeline`,
    performed_via_github_app: null,
    state_reason: issue.stateReason
  }
}

export function commentJson(
  state: GitHubState,
  repo: RepoRecord,
  comment: CommentRecord,
  api: string
): Record<string, unknown> {
  const issue = repo.issues.get(comment.issueNumber)
  const url = `${repoUrl(repo, api)}/issues/comments/${comment.id}`
  const kind = issue?.pull ? 'pull' : 'issues'
  return {
    url,
    html_url: `${WEB}/${repo.owner}/${repo.name}/${kind}/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${repoUrl(repo, api)}/issues/${comment.issueNumber}`,
    id: comment.id,
    node_id: comment.nodeId,
    user: userByLogin(state, comment.user, api),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: authorAssociation(state, repo, comment.user),
    body: comment.body,
    reactions: reactionsSummary(`${url}/reactions`, comment.reactions),
    performed_via_github_app: null
  }
}

export function reactionJson(state: GitHubState, reaction: ReactionRecord, api: string): Record<string, unknown> {
  return {
    id: reaction.id,
    node_id: reaction.nodeId,
    user: userByLogin(state, reaction.user, api),
    content: reaction.content,
    created_at: reaction.createdAt
  }
}

export function teamJson(team: TeamRecord, api: string): Record<string, unknown> {
  return {
    id: team.id,
    node_id: team.nodeId,
    url: `${api}/organizations/${team.org}/team/${team.id}`,
    html_url: `${WEB}/orgs/${team.org}/teams/${team.slug}`,
    name: team.name,
    slug: team.slug,
    description: null,
    privacy: 'closed',
    notification_setting: 'notifications_enabled',
    permission: 'pull',
    members_url: `${api}/organizations/${team.org}/team/${team.id}/members{/member}`,
    repositories_url: `${api}/organizations/${team.org}/team/${team.id}/repos`,
    parent: null
  }
}

function branchJson(state: GitHubState, repo: RepoRecord, ref: string, sha: string, api: string) {
  return {
    label: `${repo.owner}:${ref}`,
    ref,
    sha,
    user: userByLogin(state, repo.owner, api),
    repo: repoJson(state, repo, api)
  }
}

export function pullJson(state: GitHubState, repo: RepoRecord, pull: PullRecord, api: string): Record<string, unknown> {
  const issue = repo.issues.get(pull.number) as IssueRecord
  const url = `${repoUrl(repo, api)}/pulls/${pull.number}`
  const html = `${WEB}/${repo.owner}/${repo.name}/pull/${pull.number}`
  const headSha = state.pullHeadSha(repo, pull)
  const baseSha = repo.refs.get(`refs/heads/${pull.base}`) ?? ''
  const commits = repo.git.ancestors(headSha).filter((sha) => !repo.git.isAncestor(sha, baseSha)).length
  return {
    url,
    id: pull.id,
    node_id: pull.nodeId,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${repoUrl(repo, api)}/issues/${pull.number}`,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    comments_url: `${repoUrl(repo, api)}/issues/${pull.number}/comments`,
    statuses_url: `${repoUrl(repo, api)}/statuses/${headSha}`,
    number: pull.number,
    state: issue.state,
    locked: issue.locked,
    title: issue.title,
    user: userByLogin(state, issue.user, api),
    body: issue.body,
    labels: issueLabelsJson(repo, issue.labels, api),
    milestone: null,
    active_lock_reason: null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.mergeCommitSha,
    assignee: issue.assignees[0] ? userByLogin(state, issue.assignees[0], api) : null,
    assignees: issue.assignees.map((login) => userByLogin(state, login, api)),
    requested_reviewers: pull.requestedReviewers.map((login) => userByLogin(state, login, api)),
    requested_teams: pull.requestedTeams.flatMap((slug) => {
      const team = state.team(repo.owner, slug)
      return team ? [teamJson(team, api)] : []
    }),
    head: branchJson(state, repo, pull.head, headSha, api),
    base: branchJson(state, repo, pull.base, baseSha, api),
    author_association: authorAssociation(state, repo, issue.user),
    auto_merge: pull.autoMerge
      ? {
          enabled_by: userByLogin(state, pull.autoMerge.enabledBy, api),
          merge_method: pull.autoMerge.mergeMethod.toLowerCase(),
          commit_title: pull.autoMerge.commitTitle,
          commit_message: pull.autoMerge.commitMessage
        }
      : null,
    draft: pull.draft,
    merged: pull.merged,
    mergeable: issue.state === 'open' ? pull.mergeableState !== 'dirty' : null,
    rebaseable: issue.state === 'open' ? pull.mergeableState !== 'dirty' : null,
    mergeable_state: issue.state === 'open' ? pull.mergeableState : 'unknown',
    merged_by: pull.mergedBy ? userByLogin(state, pull.mergedBy, api) : null,
    comments: [...repo.comments.values()].filter((comment) => comment.issueNumber === pull.number).length,
    review_comments: 0,
    maintainer_can_modify: pull.maintainerCanModify,
    commits,
    additions: 0,
    deletions: 0,
    changed_files: 0
  }
}

export function reviewJson(
  state: GitHubState,
  repo: RepoRecord,
  pull: PullRecord,
  review: ReviewRecord,
  api: string
): Record<string, unknown> {
  const html = `${WEB}/${repo.owner}/${repo.name}/pull/${pull.number}`
  return {
    id: review.id,
    node_id: review.nodeId,
    user: userByLogin(state, review.user, api),
    body: review.body,
    state: review.state,
    html_url: `${html}#pullrequestreview-${review.id}`,
    pull_request_url: `${repoUrl(repo, api)}/pulls/${pull.number}`,
    author_association: authorAssociation(state, repo, review.user),
    ...(review.submittedAt ? { submitted_at: review.submittedAt } : {}),
    commit_id: review.commitId
  }
}

// ---- git data -------------------------------------------------------------------------------------

export function refJson(repo: RepoRecord, ref: string, sha: string, api: string): Record<string, unknown> {
  const object = repo.git.get(sha)
  return {
    ref,
    node_id: `REF_kwDO${Buffer.from(`${repo.id}:${ref}`).toString('base64url')}`,
    url: `${repoUrl(repo, api)}/git/${ref}`,
    object: {
      sha,
      type: object?.type ?? 'commit',
      url: `${repoUrl(repo, api)}/git/${object?.type ?? 'commit'}s/${sha}`
    }
  }
}

export function gitCommitJson(repo: RepoRecord, commit: CommitObject, api: string): Record<string, unknown> {
  return {
    sha: commit.sha,
    node_id: `C_kwDO${Buffer.from(commit.sha).toString('base64url').slice(0, 24)}`,
    url: `${repoUrl(repo, api)}/git/commits/${commit.sha}`,
    html_url: `${WEB}/${repo.owner}/${repo.name}/commit/${commit.sha}`,
    author: commit.author,
    committer: commit.committer,
    tree: { sha: commit.tree, url: `${repoUrl(repo, api)}/git/trees/${commit.tree}` },
    message: commit.message,
    parents: commit.parents.map((sha) => ({
      sha,
      url: `${repoUrl(repo, api)}/git/commits/${sha}`,
      html_url: `${WEB}/${repo.owner}/${repo.name}/commit/${sha}`
    })),
    verification: {
      verified: commit.verified,
      reason: commit.verified ? 'valid' : 'unsigned',
      signature: null,
      payload: null,
      verified_at: null
    }
  }
}

/** The commit shape of `GET /repos/{owner}/{repo}/commits/{ref}` and compare results. */
export function repoCommitJson(
  state: GitHubState,
  repo: RepoRecord,
  commit: CommitObject,
  api: string
): Record<string, unknown> {
  const git = gitCommitJson(repo, commit, api)
  const loginOf = (email: string): string | undefined => /^\d+\+(.+)@users\.noreply\.github\.com$/.exec(email)?.[1]
  const author = loginOf(commit.author.email)
  const committer = loginOf(commit.committer.email)
  return {
    sha: commit.sha,
    node_id: git.node_id,
    commit: {
      author: commit.author,
      committer: commit.committer,
      message: commit.message,
      tree: git.tree,
      url: git.url,
      comment_count: 0,
      verification: git.verification
    },
    url: `${repoUrl(repo, api)}/commits/${commit.sha}`,
    html_url: git.html_url,
    comments_url: `${repoUrl(repo, api)}/commits/${commit.sha}/comments`,
    author: author && state.user(author) ? userByLogin(state, author, api) : null,
    committer: committer && state.user(committer) ? userByLogin(state, committer, api) : null,
    parents: commit.parents.map((sha) => ({
      sha,
      url: `${repoUrl(repo, api)}/commits/${sha}`,
      html_url: `${WEB}/${repo.owner}/${repo.name}/commit/${sha}`
    }))
  }
}

export function treeEntryJson(repo: RepoRecord, entry: TreeEntry, path: string, api: string): Record<string, unknown> {
  const blob = entry.type === 'blob' ? repo.git.blob(entry.sha) : undefined
  return {
    path,
    mode: entry.mode,
    type: entry.type,
    sha: entry.sha,
    ...(blob ? { size: blob.content.length } : {}),
    url: `${repoUrl(repo, api)}/git/${entry.type}s/${entry.sha}`
  }
}

/** Base64 wrapped at 60 columns with a trailing newline, as the contents and blobs APIs return it. */
export function wrappedBase64(content: Buffer): string {
  const text = content.toString('base64')
  const lines = text.match(/.{1,60}/g) ?? []
  return lines.map((line) => `${line}\n`).join('')
}
