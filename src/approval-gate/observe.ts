import { createHash } from 'node:crypto'
import type { ConditionalReader, GitHubClient, RepoRef } from '../core/github/index.js'
import { looksLikeCommand, parseCommand } from './commands.js'
import type { Person, RequestState, Response } from './model.js'
import type { GateRequest } from './request.js'

interface RestUser {
  login: string
  id: number
  type: string
}

interface RestComment {
  id: number
  node_id: string
  html_url: string
  body?: string | null
  user: RestUser | null
  created_at: string
  updated_at: string
}

interface RestReview {
  id: number
  html_url: string
  body: string | null
  state: string
  commit_id: string | null
  submitted_at?: string | null
  user: RestUser | null
}

interface RestIssueState {
  state: string
  closed_by?: RestUser | null
  closed_at?: string | null
  /** Pulls only. */
  merged?: boolean
  merged_by?: RestUser | null
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex')
const person = (u: RestUser | null): Person => (u ? { login: u.login, id: u.id, type: u.type } : GHOST)
/** What GitHub shows for a deleted account. */
const GHOST: Person = { login: 'ghost', id: 10137, type: 'User' }

/**
 * Watches a request for responses. Every read is conditional (an unchanged poll is a free 304); comments are listed
 * with `since` (moved forward only when something new arrived, so the cached ETag keeps answering) and 100 per page
 * across all pages. Each comment is frozen when first seen: its command, author and a hash of its text. A later edit
 * is noted but never changes the command; a comment already edited when first seen is marked so it never counts
 * (GitHub's GraphQL `lastEditedAt` is asked too, because `updated_at` has one-second resolution).
 */
export class RequestObserver {
  private readonly frozen = new Map<string, { response: Response; bodyHash: string }>()
  private since: string
  state: RequestState

  constructor(
    private readonly octokit: GitHubClient,
    private readonly reader: ConditionalReader,
    private readonly repo: RepoRef,
    private readonly request: GateRequest,
    private readonly selfId: number
  ) {
    this.since = new Date(request.createdAt).toISOString().replace(/\.\d{3}Z$/, 'Z')
    this.state = { createdAt: request.createdAt }
  }

  /** Responses as first seen, oldest first. */
  responses(): Response[] {
    return [...this.frozen.values()].map((f) => f.response)
  }

  /** Reads what changed; returns the responses seen for the first time. */
  async poll(): Promise<Response[]> {
    const fresh: Response[] = []
    await this.readState()
    fresh.push(...(await this.readComments()))
    if (this.request.mode === 'pull-request') fresh.push(...(await this.readReviews()))
    await this.checkEdits(fresh)
    return fresh
  }

  /**
   * The comment in an `issue_comment` event payload is the text GitHub delivered when it was posted: freezing it
   * first means an edit made before this run read the list cannot pass for the original.
   */
  seedFromEvent(comment: RestComment | undefined): void {
    if (comment && comment.id !== this.request.commentId) this.freeze('comment', comment)
  }

  private async readState(): Promise<void> {
    const route =
      this.request.mode === 'pull-request'
        ? 'GET /repos/{owner}/{repo}/pulls/{pull_number}'
        : 'GET /repos/{owner}/{repo}/issues/{issue_number}'
    const key = this.request.mode === 'pull-request' ? 'pull_number' : 'issue_number'
    const { data } = await this.reader.get<RestIssueState>(route, { ...this.repo, [key]: this.request.number })
    if (data.state === 'closed') {
      const by = data.merged ? data.merged_by : data.closed_by
      this.state = {
        createdAt: this.request.createdAt,
        closed: { by: by?.login, at: data.closed_at ? Date.parse(data.closed_at) : Date.now() }
      }
    } else this.state = { createdAt: this.request.createdAt }
  }

  private async readComments(): Promise<Response[]> {
    const { data, changed } = await this.reader.getAll<RestComment>(
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
      { ...this.repo, issue_number: this.request.number, since: this.since, per_page: 100 }
    )
    if (!changed) return []
    const fresh: Response[] = []
    for (const c of data) {
      if (c.id === this.request.commentId || c.user?.id === this.selfId) continue
      const seen = this.frozen.get(`comment:${c.id}`)
      if (seen) {
        if (seen.bodyHash !== hash(c.body ?? '')) seen.response.editedAfterSeen = true
        continue
      }
      const response = this.freeze('comment', c)
      if (response) fresh.push(response)
    }
    const latest = data
      .map((c) => c.updated_at)
      .sort()
      .at(-1)
    if (latest && latest > this.since) this.since = latest
    return fresh
  }

  private freeze(source: 'comment', c: RestComment): Response | undefined {
    const body = c.body ?? ''
    if (this.frozen.has(`${source}:${c.id}`) || Date.parse(c.created_at) < this.request.createdAt) return undefined
    const command = parseCommand(body)
    if (!command && !looksLikeCommand(body)) return undefined // conversation, not an attempt at a decision
    const response: Response = {
      source,
      id: c.id,
      author: person(c.user),
      command,
      at: Date.parse(c.created_at),
      url: c.html_url,
      editedBeforeSeen: c.updated_at !== c.created_at,
      editedAfterSeen: false
    }
    this.nodeIds.set(c.id, c.node_id)
    this.frozen.set(`${source}:${c.id}`, { response, bodyHash: hash(body) })
    return response
  }

  private readonly nodeIds = new Map<number, string>()

  private async readReviews(): Promise<Response[]> {
    const { data, changed } = await this.reader.getAll<RestReview>(
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
      { ...this.repo, pull_number: this.request.number, per_page: 100 }
    )
    if (!changed) return []
    const fresh: Response[] = []
    for (const r of data) {
      const key = `review:${r.id}`
      const seen = this.frozen.get(key)
      if (seen) {
        // A dismissed approval stops counting: withdrawing an approval is always the safe direction.
        if (r.state === 'DISMISSED' && seen.response.command) {
          seen.response.command = undefined
          seen.response.editedAfterSeen = true
        }
        continue
      }
      if (r.state !== 'APPROVED' || !r.submitted_at) continue
      const response: Response = {
        source: 'review',
        id: r.id,
        author: person(r.user),
        command: { action: 'approve', reason: r.body ?? '' },
        at: Date.parse(r.submitted_at),
        url: r.html_url,
        editedBeforeSeen: false,
        editedAfterSeen: false,
        commitId: r.commit_id ?? undefined
      }
      this.frozen.set(key, { response, bodyHash: '' })
      fresh.push(response)
    }
    return fresh
  }

  /** Asks GraphQL whether first-seen commands had been edited already (one query for all of them). */
  private async checkEdits(fresh: Response[]): Promise<void> {
    const candidates = fresh.filter((r) => r.source === 'comment' && r.command && !r.editedBeforeSeen)
    if (candidates.length === 0) return
    const fields = candidates
      .map(
        (r, i) => `c${i}: node(id: ${JSON.stringify(this.nodeIds.get(r.id))}) { ... on IssueComment { lastEditedAt } }`
      )
      .join(' ')
    type Nodes = Record<string, { lastEditedAt?: string | null } | null>
    let data: Nodes
    try {
      data = await this.octokit.graphql<Nodes>(`query { ${fields} }`)
    } catch (error) {
      // A comment deleted since the list was read makes GraphQL add an error beside the other answers.
      const partial = (error as { data?: Nodes }).data
      if (!partial) throw error
      data = partial
    }
    candidates.forEach((r, i) => {
      const node = data[`c${i}`]
      // Edited: never counts. Deleted meanwhile: an approval cannot be trusted, a deny still denies.
      if (node ? Boolean(node.lastEditedAt) : r.command?.action === 'approve') r.editedBeforeSeen = true
    })
  }
}
