import { GitStore } from './git.js'
import type { CommitObject, FlatEntry, GitPerson } from './git.js'

export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none'
export type UserType = 'User' | 'Bot' | 'Organization'

export interface UserRecord {
  login: string
  id: number
  nodeId: string
  type: UserType
  name: string | null
  email: string | null
}

export interface LabelRecord {
  id: number
  nodeId: string
  name: string
  color: string
  description: string | null
  default: boolean
}

export interface IssueRecord {
  id: number
  nodeId: string
  number: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  stateReason: 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null
  /** Label names, in the order they were added. */
  labels: string[]
  assignees: string[]
  /** Login of the author. */
  user: string
  createdAt: string
  updatedAt: string
  closedAt: string | null
  closedBy: string | null
  locked: boolean
  /** When the body was last edited and by whom (GraphQL `lastEditedAt`/`editor`); null until someone edits it. */
  lastEditedAt: string | null
  editor: string | null
  /** True when this issue number is a pull request. */
  pull: boolean
}

export interface ReactionRecord {
  id: number
  nodeId: string
  user: string
  content: ReactionContent
  createdAt: string
}

export const REACTION_CONTENTS = ['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'rocket', 'eyes'] as const
export type ReactionContent = (typeof REACTION_CONTENTS)[number]

export interface CommentRecord {
  id: number
  nodeId: string
  issueNumber: number
  body: string
  user: string
  createdAt: string
  updatedAt: string
  /** Set by the GraphQL minimizeComment mutation. */
  minimized: { reason: string } | null
  /** When the body was last edited and by whom (GraphQL `lastEditedAt`/`editor`); null until someone edits it. */
  lastEditedAt: string | null
  editor: string | null
  reactions: ReactionRecord[]
}

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'PENDING' | 'DISMISSED'

export interface ReviewRecord {
  id: number
  nodeId: string
  user: string
  body: string
  state: ReviewState
  commitId: string
  submittedAt: string | null
}

export interface AutoMergeRecord {
  enabledBy: string
  mergeMethod: 'MERGE' | 'SQUASH' | 'REBASE'
  commitTitle: string | null
  commitMessage: string | null
  enabledAt: string
}

export interface PullRecord {
  id: number
  nodeId: string
  number: number
  /** Head branch name (in this repository). */
  head: string
  headOwner: string
  /** Head sha when the pull request was closed; open pull requests follow their branch. */
  headSha: string
  base: string
  draft: boolean
  merged: boolean
  mergedAt: string | null
  mergedBy: string | null
  mergeCommitSha: string | null
  maintainerCanModify: boolean
  /**
   * GitHub's mergeable_state. Defaults to 'blocked' (required checks pending), the state in which auto-merge can be
   * enabled; GitHub refuses auto-merge on a 'clean' pull request ("Pull request is in clean status").
   */
  mergeableState: 'clean' | 'blocked' | 'behind' | 'dirty' | 'unstable' | 'unknown'
  autoMerge: AutoMergeRecord | null
  requestedReviewers: string[]
  requestedTeams: string[]
  reviews: ReviewRecord[]
}

export interface RepoRecord {
  id: number
  nodeId: string
  owner: string
  name: string
  private: boolean
  defaultBranch: string
  /** Repository setting "Allow auto-merge". */
  allowAutoMerge: boolean
  createdAt: string
  updatedAt: string
  git: GitStore
  /** Full ref name ('refs/heads/main') -> commit sha. */
  refs: Map<string, string>
  issues: Map<number, IssueRecord>
  pulls: Map<number, PullRecord>
  comments: Map<number, CommentRecord>
  /** Lower-case label name -> label. */
  labels: Map<string, LabelRecord>
  /** Lower-case login -> permission. */
  permissions: Map<string, Permission>
  nextNumber: number
}

export interface TeamMember {
  login: string
  role: 'member' | 'maintainer'
  state: 'active' | 'pending'
}

export interface TeamRecord {
  id: number
  nodeId: string
  org: string
  slug: string
  name: string
  /** Lower-case login -> membership. */
  members: Map<string, TeamMember>
}

export const ACTIONS_BOT: Readonly<UserRecord> = {
  login: 'github-actions[bot]',
  id: 41898282,
  nodeId: 'MDM6Qm90NDE4OTgyODI=',
  type: 'Bot',
  name: null,
  email: null
}

export interface CreateIssueInput {
  title: string
  body?: string | null
  labels?: string[]
  assignees?: string[]
  user?: string
  state?: 'open' | 'closed'
}

export interface CreatePullInput {
  title: string
  /** Branch name; created from the base branch with one extra commit when it does not exist. */
  head: string
  base?: string
  body?: string | null
  user?: string
  draft?: boolean
  labels?: string[]
}

const lower = (text: string): string => text.toLowerCase()

function nodeId(prefix: string, id: number): string {
  return `${prefix}_kwDO${Buffer.from(String(id)).toString('base64url')}`
}

/** Normalises 'main', 'heads/main' and 'refs/heads/main' to 'refs/heads/main'. */
export function fullRef(ref: string): string {
  if (ref.startsWith('refs/')) return ref
  if (ref.startsWith('heads/') || ref.startsWith('tags/') || ref.startsWith('pull/')) return `refs/${ref}`
  return `refs/heads/${ref}`
}

/** The in-memory GitHub: users, repositories (issues, pulls, comments, labels, git data), teams and tokens. */
export class GitHubState {
  private readonly usersByLogin = new Map<string, UserRecord>()
  private readonly repos = new Map<string, RepoRecord>()
  private readonly teams = new Map<string, TeamRecord>()
  private readonly tokens = new Map<string, string | null>()
  private idCounter = 1_000_000_000
  private userIdCounter = 100_000
  /** Time source for created_at/updated_at; tests may replace it. */
  clock: () => Date = () => new Date()
  /** Identity of tokens that setToken did not map. */
  defaultLogin = ACTIONS_BOT.login

  constructor() {
    this.usersByLogin.set(lower(ACTIONS_BOT.login), { ...ACTIONS_BOT })
  }

  nextId(): number {
    return ++this.idCounter
  }

  nodeId(prefix: string, id: number): string {
    return nodeId(prefix, id)
  }

  /** ISO 8601 without milliseconds, as GitHub writes it. */
  timestamp(): string {
    return this.clock()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z')
  }

  // ---- users and tokens -------------------------------------------------------------------------

  addUser(login: string, options: { type?: UserType; name?: string; email?: string; id?: number } = {}): UserRecord {
    const existing = this.usersByLogin.get(lower(login))
    if (existing) return existing
    const type = options.type ?? (login.endsWith('[bot]') ? 'Bot' : 'User')
    const id = options.id ?? ++this.userIdCounter
    const prefix = type === 'Bot' ? 'BOT' : type === 'Organization' ? 'O' : 'U'
    const user: UserRecord = {
      login,
      id,
      nodeId: nodeId(prefix, id),
      type,
      name: options.name ?? null,
      email: options.email ?? null
    }
    this.usersByLogin.set(lower(login), user)
    return user
  }

  user(login: string): UserRecord | undefined {
    return this.usersByLogin.get(lower(login))
  }

  users(): UserRecord[] {
    return [...this.usersByLogin.values()]
  }

  /** Maps a token to a user (created when unknown); `null` makes the token invalid (401 Bad credentials). */
  setToken(token: string, login: string | null): void {
    if (login !== null) this.addUser(login)
    this.tokens.set(token, login)
  }

  /** undefined: anonymous; null: bad credentials. */
  userForToken(token: string | undefined): UserRecord | null | undefined {
    if (token === undefined) return undefined
    const login = this.tokens.has(token) ? this.tokens.get(token) : this.defaultLogin
    if (login === null || login === undefined) return null
    return this.addUser(login)
  }

  gitIdentity(login: string): GitPerson {
    const user = this.addUser(login)
    return { name: user.login, email: `${user.id}+${user.login}@users.noreply.github.com`, date: this.timestamp() }
  }

  // ---- repositories -----------------------------------------------------------------------------

  createRepo(
    owner: string,
    name: string,
    options: {
      defaultBranch?: string
      private?: boolean
      files?: Record<string, string>
      /** Git data kept elsewhere (a bare repository, see bare-repo.ts); no initial commit is made then. */
      store?: { git: GitStore; refs: Map<string, string> }
    } = {}
  ): RepoRecord {
    const key = `${lower(owner)}/${lower(name)}`
    const existing = this.repos.get(key)
    // A repository linked to git data elsewhere replaces an in-memory one of the same name (e.g. the default repo).
    if (existing && !options.store) return existing
    if (!this.user(owner)) this.addUser(owner, { type: 'Organization' })
    const id = this.nextId()
    const now = this.timestamp()
    const repo: RepoRecord = {
      id,
      nodeId: nodeId('R', id),
      owner: this.user(owner)?.login ?? owner,
      name,
      private: options.private ?? true,
      defaultBranch: options.defaultBranch ?? 'main',
      allowAutoMerge: true,
      createdAt: now,
      updatedAt: now,
      git: options.store?.git ?? new GitStore(),
      refs: options.store?.refs ?? new Map<string, string>(),
      issues: new Map(),
      pulls: new Map(),
      comments: new Map(),
      labels: new Map(),
      permissions: new Map(),
      nextNumber: 1
    }
    this.repos.set(key, repo)
    if (options.store) return repo
    const files = options.files ?? { 'README.md': `# ${name}\n` }
    this.commitFiles(owner, name, repo.defaultBranch, files, { message: 'Initial commit' })
    return repo
  }

  findRepo(owner: string, name: string): RepoRecord | undefined {
    return this.repos.get(`${lower(owner)}/${lower(name)}`)
  }

  allRepos(): RepoRecord[] {
    return [...this.repos.values()]
  }

  repo(owner: string, name: string): RepoRecord {
    const repo = this.findRepo(owner, name)
    if (!repo) throw new Error(`emulator: no repository ${owner}/${name}; call state.createRepo first`)
    return repo
  }

  setPermission(owner: string, repo: string, login: string, permission: Permission): void {
    this.addUser(login)
    this.repo(owner, repo).permissions.set(lower(login), permission)
  }

  /** Effective permission: the owner is admin, the Actions bot may write, others as set (default none). */
  permission(owner: string, repo: string, login: string): Permission {
    const record = this.repo(owner, repo)
    const set = record.permissions.get(lower(login))
    if (set) return set
    if (lower(login) === lower(record.owner)) return 'admin'
    if (lower(login) === lower(ACTIONS_BOT.login)) return 'write'
    return 'none'
  }

  /**
   * Whether the person can be assigned to the repository's issues: anyone with write access, and organisation members
   * with read access (GitHub docs, "Assigning issues and pull requests to other GitHub users").
   */
  canBeAssigned(owner: string, repo: string, login: string): boolean {
    if (!this.user(login)) return false
    const rank = ['none', 'read', 'triage', 'write', 'maintain', 'admin'].indexOf(this.permission(owner, repo, login))
    return rank >= 3 || (rank >= 1 && this.isOrgMember(this.repo(owner, repo).owner, login))
  }

  // ---- git data ---------------------------------------------------------------------------------

  refs(owner: string, repo: string): Record<string, string> {
    return Object.fromEntries(this.repo(owner, repo).refs)
  }

  /** Sha of a ref ('main', 'heads/main', 'refs/tags/v1'), or undefined. */
  ref(owner: string, repo: string, ref: string): string | undefined {
    return this.repo(owner, repo).refs.get(fullRef(ref))
  }

  setRef(owner: string, repo: string, ref: string, sha: string): void {
    this.repo(owner, repo).refs.set(fullRef(ref), sha)
  }

  /** A branch, tag, full ref or (abbreviated) sha resolved to a commit sha. */
  resolveCommitish(repo: RepoRecord, commitish: string): string | undefined {
    for (const candidate of [commitish, `refs/heads/${commitish}`, `refs/tags/${commitish}`, `refs/${commitish}`]) {
      const sha = repo.refs.get(candidate)
      if (sha) return sha
    }
    const sha = repo.git.expand(commitish)
    return sha && repo.git.commit(sha) ? sha : undefined
  }

  /**
   * Commits files on a branch (created from the default branch when missing); `null` deletes a file.
   * Returns the new commit.
   */
  commitFiles(
    owner: string,
    repo: string,
    branch: string,
    files: Record<string, string | Buffer | null>,
    options: { message?: string; author?: string } = {}
  ): CommitObject {
    const record = this.repo(owner, repo)
    const parent = record.refs.get(fullRef(branch)) ?? record.refs.get(fullRef(record.defaultBranch))
    const flat = parent ? record.git.flatten(this.commitOf(record, parent).tree) : new Map<string, FlatEntry>()
    for (const [path, content] of Object.entries(files)) {
      if (content === null) flat.delete(path)
      else flat.set(path, { mode: '100644', type: 'blob', sha: record.git.writeBlob(content).sha })
    }
    const tree = record.git.buildTree(flat)
    const person = this.gitIdentity(options.author ?? this.defaultLogin)
    const commit = record.git.writeCommit({
      tree: tree.sha,
      parents: parent ? [parent] : [],
      message: options.message ?? `Update ${Object.keys(files).join(', ')}`,
      author: person,
      committer: person
    })
    record.refs.set(fullRef(branch), commit.sha)
    return commit
  }

  /** Text of a file at a ref (default branch when omitted), or undefined. */
  readFile(owner: string, repo: string, path: string, ref?: string): string | undefined {
    const record = this.repo(owner, repo)
    const sha = this.resolveCommitish(record, ref ?? record.defaultBranch)
    if (!sha) return undefined
    const entry = record.git.lookup(this.commitOf(record, sha).tree, path)
    if (!entry || entry.type !== 'blob') return undefined
    return record.git.blob(entry.sha)?.content.toString('utf8')
  }

  commitOf(repo: RepoRecord, sha: string): CommitObject {
    const commit = repo.git.commit(sha)
    if (!commit) throw new Error(`emulator: ${repo.owner}/${repo.name} has no commit ${sha}`)
    return commit
  }

  // ---- labels -----------------------------------------------------------------------------------

  createLabel(
    owner: string,
    repo: string,
    input: { name: string; color?: string; description?: string | null }
  ): LabelRecord {
    const record = this.repo(owner, repo)
    const existing = record.labels.get(lower(input.name))
    if (existing) return existing
    const id = this.nextId()
    const label: LabelRecord = {
      id,
      nodeId: nodeId('LA', id),
      name: input.name,
      color: (input.color ?? 'ededed').replace(/^#/, ''),
      description: input.description ?? null,
      default: false
    }
    record.labels.set(lower(input.name), label)
    return label
  }

  labels(owner: string, repo: string): LabelRecord[] {
    return [...this.repo(owner, repo).labels.values()]
  }

  /** Adds labels (created when missing) to an issue or pull request, keeping the canonical names. */
  addLabels(owner: string, repo: string, issueNumber: number, names: string[]): string[] {
    const issue = this.requireIssue(owner, repo, issueNumber)
    for (const name of names) {
      const label = this.createLabel(owner, repo, { name })
      if (!issue.labels.some((existing) => lower(existing) === lower(label.name))) issue.labels.push(label.name)
    }
    return issue.labels
  }

  // ---- issues and comments ----------------------------------------------------------------------

  createIssue(owner: string, repo: string, input: CreateIssueInput, pull = false): IssueRecord {
    const record = this.repo(owner, repo)
    const id = this.nextId()
    const now = this.timestamp()
    const issue: IssueRecord = {
      id,
      nodeId: nodeId(pull ? 'PR' : 'I', id),
      number: record.nextNumber++,
      title: input.title,
      body: input.body ?? null,
      state: input.state ?? 'open',
      stateReason: input.state === 'closed' ? 'completed' : null,
      labels: [],
      assignees: (input.assignees ?? []).map((login) => this.addUser(login).login),
      user: this.addUser(input.user ?? this.defaultLogin).login,
      createdAt: now,
      updatedAt: now,
      closedAt: input.state === 'closed' ? now : null,
      closedBy: null,
      locked: false,
      lastEditedAt: null,
      editor: null,
      pull
    }
    record.issues.set(issue.number, issue)
    if (input.labels) this.addLabels(owner, repo, issue.number, input.labels)
    return issue
  }

  issue(owner: string, repo: string, issueNumber: number): IssueRecord | undefined {
    return this.repo(owner, repo).issues.get(issueNumber)
  }

  requireIssue(owner: string, repo: string, issueNumber: number): IssueRecord {
    const issue = this.issue(owner, repo, issueNumber)
    if (!issue) throw new Error(`emulator: ${owner}/${repo} has no issue #${issueNumber}`)
    return issue
  }

  /** Issues and pull requests, in creation order. */
  issues(owner: string, repo: string): IssueRecord[] {
    return [...this.repo(owner, repo).issues.values()]
  }

  addComment(owner: string, repo: string, issueNumber: number, input: { body: string; user?: string }): CommentRecord {
    const record = this.repo(owner, repo)
    const issue = this.requireIssue(owner, repo, issueNumber)
    const id = this.nextId()
    const now = this.timestamp()
    const comment: CommentRecord = {
      id,
      nodeId: nodeId('IC', id),
      issueNumber,
      body: input.body,
      user: this.addUser(input.user ?? this.defaultLogin).login,
      createdAt: now,
      updatedAt: now,
      minimized: null,
      lastEditedAt: null,
      editor: null,
      reactions: []
    }
    record.comments.set(id, comment)
    issue.updatedAt = now
    return comment
  }

  /** Comments on one issue or pull request, oldest first. */
  comments(owner: string, repo: string, issueNumber: number): CommentRecord[] {
    return [...this.repo(owner, repo).comments.values()].filter((comment) => comment.issueNumber === issueNumber)
  }

  comment(owner: string, repo: string, commentId: number): CommentRecord | undefined {
    return this.repo(owner, repo).comments.get(commentId)
  }

  /**
   * Edits a comment's body as `editor` would through the UI or `PATCH .../issues/comments/{id}`: anyone with write
   * access may edit anyone's comment (GitHub docs, "Managing disruptive comments"). `updated_at` moves and GraphQL's
   * `lastEditedAt`/`editor` record the edit.
   */
  editComment(owner: string, repo: string, commentId: number, body: string, editor: string): CommentRecord {
    const comment = this.comment(owner, repo, commentId)
    if (!comment) throw new Error(`emulator: ${owner}/${repo} has no comment ${commentId}`)
    comment.body = body
    comment.updatedAt = this.timestamp()
    comment.lastEditedAt = comment.updatedAt
    comment.editor = this.addUser(editor).login
    return comment
  }

  /** Deletes a comment, as its author or any writer can. */
  deleteComment(owner: string, repo: string, commentId: number): void {
    if (!this.repo(owner, repo).comments.delete(commentId)) {
      throw new Error(`emulator: ${owner}/${repo} has no comment ${commentId}`)
    }
  }

  addReaction(
    owner: string,
    repo: string,
    commentId: number,
    input: { content: ReactionContent; user?: string }
  ): ReactionRecord {
    const comment = this.comment(owner, repo, commentId)
    if (!comment) throw new Error(`emulator: ${owner}/${repo} has no comment ${commentId}`)
    const user = this.addUser(input.user ?? this.defaultLogin).login
    const existing = comment.reactions.find((r) => lower(r.user) === lower(user) && r.content === input.content)
    if (existing) return existing
    const id = this.nextId()
    const reaction: ReactionRecord = {
      id,
      nodeId: nodeId('REA', id),
      user,
      content: input.content,
      createdAt: this.timestamp()
    }
    comment.reactions.push(reaction)
    return reaction
  }

  // ---- pull requests ----------------------------------------------------------------------------

  createPull(owner: string, repo: string, input: CreatePullInput): PullRecord {
    const record = this.repo(owner, repo)
    const base = input.base ?? record.defaultBranch
    if (!record.refs.has(fullRef(input.head))) {
      const baseSha = record.refs.get(fullRef(base))
      if (baseSha) record.refs.set(fullRef(input.head), baseSha)
      this.commitFiles(
        owner,
        repo,
        input.head,
        { [`changes/${input.head}.txt`]: `${input.title}\n` },
        {
          message: input.title,
          author: input.user
        }
      )
    }
    const issue = this.createIssue(owner, repo, { ...input }, true)
    const id = this.nextId()
    const pull: PullRecord = {
      id,
      nodeId: issue.nodeId,
      number: issue.number,
      head: input.head,
      headOwner: record.owner,
      headSha: record.refs.get(fullRef(input.head)) ?? '',
      base,
      draft: input.draft ?? false,
      merged: false,
      mergedAt: null,
      mergedBy: null,
      mergeCommitSha: null,
      maintainerCanModify: false,
      mergeableState: 'blocked',
      autoMerge: null,
      requestedReviewers: [],
      requestedTeams: [],
      reviews: []
    }
    record.pulls.set(pull.number, pull)
    record.refs.set(`refs/pull/${pull.number}/head`, pull.headSha)
    return pull
  }

  pull(owner: string, repo: string, pullNumber: number): PullRecord | undefined {
    return this.repo(owner, repo).pulls.get(pullNumber)
  }

  pulls(owner: string, repo: string): PullRecord[] {
    return [...this.repo(owner, repo).pulls.values()]
  }

  /** Head sha: open pull requests follow their branch, closed ones keep the last one seen. */
  pullHeadSha(repo: RepoRecord, pull: PullRecord): string {
    const issue = repo.issues.get(pull.number)
    if (issue?.state === 'open') {
      const sha = repo.refs.get(fullRef(pull.head))
      if (sha) pull.headSha = sha
    }
    return pull.headSha
  }

  addReview(
    owner: string,
    repo: string,
    pullNumber: number,
    input: { user: string; state: ReviewState; body?: string; commitId?: string }
  ): ReviewRecord {
    const record = this.repo(owner, repo)
    const pull = this.pull(owner, repo, pullNumber)
    if (!pull) throw new Error(`emulator: ${owner}/${repo} has no pull request #${pullNumber}`)
    const id = this.nextId()
    const review: ReviewRecord = {
      id,
      nodeId: nodeId('PRR', id),
      user: this.addUser(input.user).login,
      body: input.body ?? '',
      state: input.state,
      commitId: input.commitId ?? this.pullHeadSha(record, pull),
      submittedAt: input.state === 'PENDING' ? null : this.timestamp()
    }
    pull.reviews.push(review)
    pull.requestedReviewers = pull.requestedReviewers.filter((login) => lower(login) !== lower(review.user))
    return review
  }

  reviews(owner: string, repo: string, pullNumber: number): ReviewRecord[] {
    return this.pull(owner, repo, pullNumber)?.reviews ?? []
  }

  // ---- organisations and teams ------------------------------------------------------------------

  addTeam(
    org: string,
    slug: string,
    members: Array<{ login: string; state?: 'active' | 'pending'; role?: 'member' | 'maintainer' }> = [],
    options: { name?: string } = {}
  ): TeamRecord {
    if (!this.user(org)) this.addUser(org, { type: 'Organization' })
    const key = `${lower(org)}/${lower(slug)}`
    let team = this.teams.get(key)
    if (!team) {
      const id = this.nextId()
      team = { id, nodeId: nodeId('T', id), org, slug, name: options.name ?? slug, members: new Map() }
      this.teams.set(key, team)
    }
    for (const member of members) {
      const login = this.addUser(member.login).login
      team.members.set(lower(login), { login, role: member.role ?? 'member', state: member.state ?? 'active' })
    }
    return team
  }

  team(org: string, slug: string): TeamRecord | undefined {
    return this.teams.get(`${lower(org)}/${lower(slug)}`)
  }

  orgTeams(org: string): TeamRecord[] {
    return [...this.teams.values()].filter((team) => lower(team.org) === lower(org))
  }

  /** Whether the login is an active member of any team of the organisation. */
  isOrgMember(org: string, login: string): boolean {
    return this.orgTeams(org).some((team) => team.members.get(lower(login))?.state === 'active')
  }
}
