import { describe, expect, it } from '@jest/globals'
import { parseCommand } from '../../../src/approval-gate/commands.js'
import { decide } from '../../../src/approval-gate/decide.js'
import type { Eligibility, GatePolicy, Person, RequestState, Response } from '../../../src/approval-gate/model.js'
import { parseDeploymentWindow } from '../../../src/core/time/windows.js'
import type { DeploymentWindow } from '../../../src/core/time/windows.js'

const T0 = Date.parse('2026-12-02T10:00:00Z') // a Wednesday
const MIN = 60_000
const HEAD = 'a'.repeat(40)
const OLD = 'b'.repeat(40)

const people: Record<string, Person> = {
  alice: { login: 'alice', id: 1, type: 'User' },
  bob: { login: 'bob', id: 2, type: 'User' },
  carol: { login: 'carol', id: 3, type: 'User' },
  dave: { login: 'dave', id: 4, type: 'User' },
  erin: { login: 'erin', id: 5, type: 'User' },
  reader: { login: 'reader', id: 6, type: 'User' },
  pending: { login: 'pending', id: 7, type: 'User' },
  stranger: { login: 'stranger', id: 8, type: 'User' },
  actor: { login: 'octocat', id: 9, type: 'User' },
  trigger: { login: 'retrier', id: 10, type: 'User' },
  author: { login: 'pr-author', id: 11, type: 'User' },
  renovate: { login: 'renovate[bot]', id: 12, type: 'Bot' },
  self: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
  unverified: { login: 'unverified', id: 13, type: 'User' },
  broken: { login: 'broken', id: 14, type: 'User' }
}

const writer = (via: string): Eligibility => ({ via: [via], pendingIn: [], permission: 'write' })
const facts = new Map<number, Eligibility>([
  [1, writer('alice')],
  [2, writer('@acme/sre')],
  [3, { via: ['@acme/sre'], pendingIn: [], permission: 'admin' }],
  [4, { via: ['dave'], pendingIn: [], permission: 'maintain' }],
  [5, writer('@acme/sre')],
  [6, { via: ['reader'], pendingIn: [], permission: 'read' }],
  [7, { via: [], pendingIn: ['@acme/sre'], permission: 'write' }],
  [8, { via: [], pendingIn: [], permission: 'write' }],
  [9, writer('octocat')],
  [10, writer('@acme/sre')],
  [11, writer('@acme/sre')],
  [12, writer('renovate[bot]')],
  [41898282, writer('github-actions[bot]')],
  [14, { via: ['broken'], pendingIn: [], permission: 'unknown', permissionError: 'GitHub answered 403' }]
])

function windowOf(text: string): DeploymentWindow {
  const parsed = parseDeploymentWindow(text)
  if (!parsed.ok) throw new Error(parsed.reason)
  return parsed.window
}

const policy: GatePolicy = {
  minApprovals: 2,
  denyWins: true,
  windows: [],
  outsideWindow: 'wait',
  allowSelfApproval: false,
  excluded: [
    { login: 'octocat', role: 'the workflow actor' },
    { login: 'retrier', role: 'the triggering actor' },
    { login: 'pr-author', role: 'the pull request author' }
  ],
  deadline: T0 + 60 * MIN,
  headSha: HEAD,
  selfId: 41898282
}

const open: RequestState = { createdAt: T0 }
let nextId = 100

function comment(who: keyof typeof people, body: string, minute: number, extra: Partial<Response> = {}): Response {
  const id = nextId++
  return {
    source: 'comment',
    id,
    author: people[who],
    command: parseCommand(body),
    at: T0 + minute * MIN,
    url: `https://github.com/acme/live/issues/1#issuecomment-${id}`,
    editedBeforeSeen: false,
    editedAfterSeen: false,
    ...extra
  }
}

function review(who: keyof typeof people, commitId: string, minute: number): Response {
  return { ...comment(who, '/approve', minute), source: 'review', commitId }
}

type Case = [
  name: string,
  responses: Response[],
  expected: { decision: string; approvers?: string[]; denier?: string; why?: Record<string, string> },
  overrides?: { policy?: Partial<GatePolicy>; request?: RequestState; now?: number }
]

const cases: Case[] = [
  ['nothing yet', [], { decision: 'pending', approvers: [] }],
  [
    '2 of 2 across a user and a team',
    [comment('alice', '/approve', 1), comment('bob', '/approve ok', 2)],
    { decision: 'approved', approvers: ['alice', 'bob'] }
  ],
  ['1 of 2 is pending', [comment('alice', '/approve', 1)], { decision: 'pending', approvers: ['alice'] }],
  [
    'admin and maintain count as write or more',
    [comment('carol', '/approve', 1), comment('dave', '/approve', 2)],
    { decision: 'approved', approvers: ['carol', 'dave'] }
  ],
  [
    'one person approving three times counts once',
    [comment('alice', '/approve', 1), comment('alice', '/approve', 2), comment('alice', '/APPROVE again', 3)],
    { decision: 'pending', approvers: ['alice'], why: { alice: 'this person already approved' } }
  ],
  [
    'a counted deny denies at once',
    [comment('alice', '/deny the schema is wrong', 1)],
    { decision: 'denied', denier: 'alice' }
  ],
  [
    'deny wins over earlier enough approvals',
    [comment('alice', '/approve', 1), comment('bob', '/approve', 2), comment('carol', '/deny wait', 3)],
    { decision: 'denied', denier: 'carol' }
  ],
  [
    'without deny-wins, enough approvals first beat a later deny',
    [comment('alice', '/approve', 1), comment('bob', '/approve', 2), comment('carol', '/deny wait', 3)],
    { decision: 'approved', approvers: ['alice', 'bob'] },
    { policy: { denyWins: false } }
  ],
  [
    'without deny-wins, a deny before enough approvals denies',
    [comment('alice', '/approve', 1), comment('carol', '/deny wait', 2), comment('bob', '/approve', 3)],
    { decision: 'denied', denier: 'carol' },
    { policy: { denyWins: false } }
  ],
  [
    'a deny by someone who cannot approve does not count',
    [comment('stranger', '/deny no', 1), comment('reader', '/deny no', 2)],
    {
      decision: 'pending',
      why: { stranger: 'not a listed approver', reader: 'has read access; approvers need write or more' }
    }
  ],
  [
    'the workflow actor, the triggering actor and the PR author cannot approve',
    [comment('actor', '/approve', 1), comment('trigger', '/approve', 2), comment('author', '/approve', 3)],
    {
      decision: 'pending',
      approvers: [],
      why: {
        octocat: 'the workflow actor cannot approve (allow-self-approval is false)',
        retrier: 'the triggering actor cannot approve (allow-self-approval is false)',
        'pr-author': 'the pull request author cannot approve (allow-self-approval is false)'
      }
    }
  ],
  [
    'self-approval when allowed',
    [comment('actor', '/approve', 1), comment('author', '/approve', 2)],
    { decision: 'approved', approvers: ['octocat', 'pr-author'] },
    { policy: { allowSelfApproval: true } }
  ],
  [
    'the workflow actor may still deny',
    [comment('actor', '/deny not yet', 1)],
    { decision: 'denied', denier: 'octocat' }
  ],
  [
    'self-exclusion ignores login case',
    [comment('actor', '/approve', 1)],
    { decision: 'pending', why: { octocat: 'the workflow actor cannot approve (allow-self-approval is false)' } },
    { policy: { excluded: [{ login: 'OctoCat', role: 'the workflow actor' }] } }
  ],
  [
    'bots never count, even when listed',
    [comment('renovate', '/approve', 1), comment('renovate', '/deny', 2)],
    { decision: 'pending', why: { 'renovate[bot]': 'bots never count' } }
  ],
  [
    "the action's own token never counts",
    [comment('self', '/approve', 1)],
    { decision: 'pending', why: { 'github-actions[bot]': "posted with this action's own token" } }
  ],
  [
    'a pending team member does not count',
    [comment('pending', '/approve', 1)],
    { decision: 'pending', why: { pending: 'membership of @acme/sre is pending, not active' } }
  ],
  [
    'an author not verified does not count',
    [comment('unverified', '/approve', 1)],
    { decision: 'pending', why: { unverified: 'could not be verified as an approver' } }
  ],
  [
    'a permission that could not be read does not count',
    [comment('broken', '/approve', 1)],
    { decision: 'pending', why: { broken: 'repository permission could not be checked (GitHub answered 403)' } }
  ],
  [
    'a comment edited before it was seen does not count',
    [comment('alice', '/approve', 1, { editedBeforeSeen: true }), comment('bob', '/approve', 2)],
    {
      decision: 'pending',
      approvers: ['bob'],
      why: { alice: 'edited after it was posted; post a new comment instead' }
    }
  ],
  [
    'a deny edited before it was seen does not deny',
    [comment('alice', '/deny', 1, { editedBeforeSeen: true })],
    { decision: 'pending' }
  ],
  [
    'an approval edited after it was seen still counts as first seen',
    [comment('alice', '/approve', 1, { editedAfterSeen: true }), comment('bob', '/approve', 2)],
    { decision: 'approved', approvers: ['alice', 'bob'] }
  ],
  [
    'substring tricks are not commands',
    [
      comment('alice', 'I do not approve', 1),
      comment('bob', '/approved?', 2),
      comment('carol', 'lgtm /approve', 3),
      comment('dave', 'see below\n/approve', 4)
    ],
    { decision: 'pending', approvers: [] }
  ],
  [
    'a review on the head commit approves',
    [review('alice', HEAD, 1), comment('bob', '/approve', 2)],
    { decision: 'approved', approvers: ['alice', 'bob'] }
  ],
  [
    'a review on an older commit does not',
    [review('alice', OLD, 1), comment('bob', '/approve', 2)],
    { decision: 'pending', why: { alice: 'reviews commit bbbbbbb, not the head commit aaaaaaa' } }
  ],
  [
    'a review and a comment by the same person count once',
    [review('alice', HEAD, 1), comment('alice', '/approve', 2)],
    { decision: 'pending', approvers: ['alice'] }
  ],
  [
    'responses after the deadline do not count',
    [comment('alice', '/approve', 1), comment('bob', '/approve', 61)],
    { decision: 'timed-out', approvers: ['alice'], why: { bob: 'posted after the timeout' } },
    { now: T0 + 62 * MIN }
  ],
  ['the deadline passes', [], { decision: 'timed-out' }, { now: T0 + 60 * MIN }],
  [
    'a deny after the deadline does not deny',
    [comment('alice', '/deny', 61)],
    { decision: 'timed-out' },
    { now: T0 + 62 * MIN }
  ],
  [
    'closing the request cancels even with enough approvals',
    [comment('alice', '/approve', 1), comment('bob', '/approve', 2)],
    { decision: 'cancelled' },
    { request: { createdAt: T0, closed: { by: 'mallory', at: T0 + 3 * MIN } } }
  ],
  [
    'a deny still denies on a closed request',
    [comment('alice', '/deny no', 1)],
    { decision: 'denied', denier: 'alice' },
    { request: { createdAt: T0, closed: { by: 'mallory', at: T0 + 3 * MIN } } }
  ],
  [
    'responses are judged oldest first whatever order they are given in',
    [comment('alice', '/approve', 5), comment('alice', '/approve', 1)],
    { decision: 'pending', approvers: ['alice'] }
  ],
  [
    'inside a deployment window',
    [comment('alice', '/approve', 1), comment('bob', '/approve', 2)],
    { decision: 'approved' },
    { policy: { windows: [windowOf('Mon-Fri 09:00-17:00 Europe/Berlin')] } }
  ],
  [
    'outside the windows with wait: pending until one opens',
    [comment('alice', '/approve', 1), comment('bob', '/approve', 2)],
    { decision: 'pending', approvers: ['alice', 'bob'] },
    { policy: { windows: [windowOf('Mon-Fri 12:00-17:00 UTC')] } }
  ],
  [
    'outside the windows with fail: denied',
    [comment('alice', '/approve', 1), comment('bob', '/approve', 2)],
    { decision: 'denied' },
    { policy: { windows: [windowOf('Sat-Sun 00:00-24:00')], outsideWindow: 'fail' } }
  ],
  [
    'outside the windows past the deadline: timed out',
    [comment('alice', '/approve', 1), comment('bob', '/approve', 2)],
    { decision: 'timed-out' },
    { policy: { windows: [windowOf('Sat-Sun 00:00-24:00')] }, now: T0 + 61 * MIN }
  ],
  [
    'min-approvals 1',
    [comment('alice', '/approve', 1)],
    { decision: 'approved', approvers: ['alice'] },
    { policy: { minApprovals: 1 } }
  ]
]

describe('decide', () => {
  it.each(cases)('%s', (_name, responses, expected, overrides = {}) => {
    const result = decide(
      overrides.request ?? open,
      responses,
      facts,
      { ...policy, ...overrides.policy },
      overrides.now ?? T0 + 10 * MIN
    )
    expect(result.decision).toBe(expected.decision)
    if (expected.approvers) expect(result.approvers).toEqual(expected.approvers)
    if (expected.denier) expect(result.denier).toBe(expected.denier)
    for (const [user, why] of Object.entries(expected.why ?? {})) {
      expect(result.responses.filter((r) => r.user === user).map((r) => r['why-not-counted'])).toContain(why)
    }
    expect(result.responses).toHaveLength(responses.length)
  })

  it('reports every response with what it said and whether it counted', () => {
    const approve = comment('alice', '/approve ship it', 1, { editedAfterSeen: true })
    const chat = comment('stranger', 'I do not approve', 2)
    const result = decide(open, [approve, chat], facts, policy, T0 + 10 * MIN)
    expect(result.responses).toEqual([
      {
        user: 'alice',
        id: approve.id,
        source: 'comment',
        action: 'approve',
        reason: 'ship it',
        at: '2026-12-02T10:01:00.000Z',
        url: approve.url,
        counted: true,
        'why-not-counted': '',
        note: 'edited after it was first seen; the first-seen text is what was judged'
      },
      {
        user: 'stranger',
        id: chat.id,
        source: 'comment',
        action: 'none',
        reason: '',
        at: '2026-12-02T10:02:00.000Z',
        url: chat.url,
        counted: false,
        'why-not-counted': 'not a command: the first line must be /approve [reason] or /deny <reason>',
        note: ''
      }
    ])
  })

  it('says when the next window opens while it waits for one', () => {
    const result = decide(
      open,
      [comment('alice', '/approve', 1), comment('bob', '/approve', 2)],
      facts,
      { ...policy, windows: [windowOf('Mon-Fri 12:00-17:00 UTC')], deadline: T0 + 4 * 60 * MIN },
      T0 + 10 * MIN
    )
    expect(result.waitingForWindow).toEqual({ opensAt: Date.parse('2026-12-02T12:00:00Z') })
    expect(result.reason).toContain('opens at 2026-12-02 12:00 UTC')
  })

  it('words a denial with its reason', () => {
    const result = decide(open, [comment('bob', '/deny breaks prod', 1)], facts, policy, T0 + 2 * MIN)
    expect(result).toMatchObject({ decision: 'denied', denier: 'bob', reason: 'denied by bob: breaks prod' })
  })
})
