import { describe, expect, it } from '@jest/globals'
import { missingFields, schemaProblems } from './schema.js'
import { argoRouteTable, startArgoCdEmulator } from './index.js'
import type { Application } from './index.js'
import { argoCdForTests } from './jest.js'

const argo = await argoCdForTests({ clock: 'manual' })

interface Call {
  method?: string
  body?: unknown
  token?: string | null
  headers?: Record<string, string>
}

async function call(path: string, { method = 'GET', body, token, headers = {} }: Call = {}) {
  const auth = token === null ? {} : { authorization: `Bearer ${token ?? argo.token}` }
  const json = body === undefined ? {} : { 'content-type': 'application/json' }
  const res = await fetch(`${argo.url}${path}`, {
    method,
    headers: { ...auth, ...(method === 'GET' ? {} : json), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  const text = await res.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {
    // text/plain answers stay text
  }
  return { status: res.status, body: parsed as Record<string, unknown>, headers: res.headers }
}

const getApp = async (name: string, query = '') =>
  (await call(`/api/v1/applications/${name}${query}`)).body as unknown as Application

function expectShape(value: unknown, schema: string | Record<string, unknown>) {
  expect(schemaProblems(value, schema)).toEqual([])
}

/** The 200 schema of the watch stream as the swagger declares it ("Stream result of v1alpha1ApplicationWatchEvent"). */
const STREAM_SCHEMA = {
  type: 'object',
  properties: {
    result: { $ref: '#/definitions/v1alpha1ApplicationWatchEvent' },
    error: { $ref: '#/definitions/runtimeStreamError' }
  }
}

/** Fields encoding/json always writes for an Application (types.go tags without omitempty). */
const ALWAYS = [
  'metadata.name',
  'metadata.resourceVersion',
  'spec.project',
  'spec.destination',
  'status.sync.status',
  'status.health'
]

describe('routes, auth and content type', () => {
  it('refuses paths that are not in the swagger with grpc-gateway plain text, and records them', async () => {
    const unknown = await call('/api/v1/applications/web/wait')
    expect(unknown.status).toBe(404)
    expect(unknown.body).toBe('Not Found\n')
    const wrongMethod = await call('/api/v1/applications/web/sync', { method: 'PUT', body: {} })
    expect(wrongMethod.status).toBe(405)
    expect(argo.takeUnknownRoutes().map((r) => r.reason)).toEqual(['unknown', 'unknown'])
  })

  it('answers 501 for a real route it does not implement', async () => {
    const res = await call('/api/v1/clusters')
    expect(res.status).toBe(501)
    expectShape(res.body, 'runtimeError')
    expect(argo.takeUnknownRoutes()).toEqual([
      expect.objectContaining({ reason: 'unimplemented', route: 'GET /api/v1/clusters' })
    ])
  })

  it.each([
    ['no token', null, 'no session information'],
    ['a bearer that is not JWT-shaped', 'abc', 'no session information'],
    ['an unknown JWT', 'a.b.c', 'invalid session: token signature is invalid']
  ])('401 with %s', async (_, token, message) => {
    const res = await call('/api/v1/applications', { token })
    expect(res.status).toBe(401)
    expect(res.body).toEqual({ error: message, code: 16, message })
    expectShape(res.body, 'runtimeError')
  })

  it('401 for an expired token', async () => {
    const token = argo.state.issueToken('ci')
    argo.state.expireToken(token)
    const res = await call('/api/v1/applications', { token })
    expect(res.body.message).toBe('invalid session: token has invalid claims: token is expired')
  })

  it('creates sessions from username/password and reads the token from a chunked cookie', async () => {
    const bad = await call('/api/v1/session', {
      method: 'POST',
      body: { username: 'admin', password: 'x' },
      token: null
    })
    expect([bad.status, bad.body.message]).toEqual([401, 'Invalid username or password'])
    const ok = await call('/api/v1/session', {
      method: 'POST',
      body: { username: 'admin', password: 'password' },
      token: null
    })
    expect(ok.status).toBe(200)
    expectShape(ok.body, 'sessionSessionResponse')
    expect(ok.headers.get('set-cookie')).toMatch(/^argocd\.token=/)
    const token = ok.body.token as string
    const half = Math.floor(token.length / 2)
    const cookie = `argocd.token=2:${token.slice(0, half)}; argocd.token-1=${token.slice(half)}`
    const info = await call('/api/v1/session/userinfo', { token: null, headers: { cookie } })
    expect(info.body).toEqual({ loggedIn: true, username: 'admin', iss: 'argocd' })
    expectShape(info.body, 'sessionGetUserInfoResponse')
  })

  it('serves the version without a session', async () => {
    const res = await call('/api/version', { token: null })
    expect(res.body).toEqual({ Version: 'v3.5.1+37ee009' })
    expectShape(res.body, 'versionVersionMessage')
  })

  it.each([
    ['missing', undefined],
    ['with charset', 'application/json; charset=utf-8'],
    ['text/plain', 'text/plain']
  ])('415 for a non-GET request whose Content-Type is %s', async (_, type) => {
    argo.addApp({ name: 'web' })
    const res = await fetch(`${argo.url}/api/v1/applications/web/sync`, {
      method: 'POST',
      headers: { authorization: `Bearer ${argo.token}`, ...(type ? { 'content-type': type } : {}) },
      body: '{}'
    })
    expect([res.status, await res.text()]).toEqual([415, 'Invalid content type\n'])
    expect(argo.app('web')?.operation).toBeUndefined()
  })
})

describe('get and list', () => {
  it('answers an app whose shape matches v1alpha1Application', async () => {
    argo.addApp({ name: 'web', labels: { env: 'dev' } })
    const app = await getApp('web')
    expectShape(app, 'v1alpha1Application')
    expect(missingFields(app, ALWAYS)).toEqual([])
    expect(app.status.sync.status).toBe('Synced')
    expect(app.status.resources?.[0].health).toEqual({ status: 'Healthy' })
  })

  it.each([
    ['without project: 403, hiding whether it exists', '', 403, 7, 'permission denied'],
    ['with project: 404', '?project=default', 404, 5, 'applications.argoproj.io "ghost" not found']
  ])('a missing app %s', async (_, query, status, code, message) => {
    const res = await call(`/api/v1/applications/ghost${query}`)
    expect(res.status).toBe(status)
    expect(res.body).toEqual({ error: message, code, message })
  })

  it('404 for an app in another project when project is given; 400 for two projects', async () => {
    argo.addApp({ name: 'web', project: 'team-a' })
    expect((await call('/api/v1/applications/web?project=team-b')).status).toBe(404)
    expect((await call('/api/v1/applications/web?project=team-a')).status).toBe(200)
    const two = await call('/api/v1/applications/web?projects=a&projects=b')
    expect([two.status, two.body.code]).toEqual([400, 3])
  })

  it('403 masks an app the caller may not read', async () => {
    argo.addApp({ name: 'web' })
    argo.state.rbac = (_user, _resource, _action, object) => object !== 'default/web'
    expect((await call('/api/v1/applications/web')).status).toBe(403)
    expect((await call('/api/v1/applications')).body.items).toEqual([])
  })

  it('lists by selector and project, sorted, without resource health', async () => {
    argo.addApp({ name: 'b', labels: { env: 'dev', tier: 'web' } })
    argo.addApp({ name: 'a', labels: { env: 'dev' } })
    argo.addApp({ name: 'c', labels: { env: 'prod' }, project: 'prod' })
    const dev = await call('/api/v1/applications?selector=env%3Ddev')
    expectShape(dev.body, 'v1alpha1ApplicationList')
    const items = dev.body.items as Application[]
    expect(items.map((a) => a.metadata.name)).toEqual(['a', 'b'])
    expect(items[0].status.resources?.[0].health).toBeUndefined()
    const names = async (query: string) =>
      ((await call(`/api/v1/applications?${query}`)).body.items as Application[]).map((a) => a.metadata.name)
    expect(await names('selector=env+in+(dev,prod),!tier')).toEqual(['a', 'c'])
    expect(await names('projects=prod')).toEqual(['c'])
    expect(await names('selector=env!%3Ddev')).toEqual(['c'])
  })

  it('answers a malformed selector with Unknown (500)', async () => {
    const res = await call('/api/v1/applications?selector=env%3D%3D%3D')
    expect([res.status, res.body.code]).toEqual([500, 2])
    expect(res.body.message).toMatch(/^error parsing the selector: /)
  })

  it('projects fields and answers items: null when a projection matches nothing', async () => {
    argo.addApp({ name: 'web' })
    const res = await call('/api/v1/applications?fields=items.metadata.name,items.status.sync.status')
    expect(res.body.items).toEqual([{ metadata: { name: 'web' }, status: { sync: { status: 'Synced' } } }])
    expect((await call('/api/v1/applications?fields=items.metadata.name&selector=x%3Dy')).body.items).toBeNull()
  })

  // pkg/apiclient/application/forwarder_overwrite.go v3.5.1 appFields + processApplicationListField (fields.ts).
  it.each<[string, string, (item: Record<string, Record<string, unknown>>) => void]>([
    [
      'typed nils are null, untyped nils are left out',
      'items.metadata.name,items.metadata.annotations,items.spec.syncPolicy,items.operation.sync',
      (item) => expect(item).toEqual({ metadata: { annotations: null, name: 'web' }, spec: { syncPolicy: null } })
    ],
    [
      'only the first fields parameter counts',
      'items.metadata.name&fields=items.spec.project',
      (item) => expect(item).toEqual({ metadata: { name: 'web' } })
    ],
    [
      'a key and one under it: the whole key',
      'items.spec,items.spec.project',
      (item) => expect(Object.keys(item.spec as object)).toEqual(expect.arrayContaining(['destination', 'source']))
    ],
    [
      '-: every table key but the listed ones (spec.* stay: they are keys of their own)',
      '-items.spec,items.status.resources',
      (item) => {
        expect(Object.keys(item).sort()).toEqual(['metadata', 'spec', 'status'])
        expect(Object.keys(item.metadata as object)).toEqual([
          'annotations',
          'creationTimestamp',
          'deletionTimestamp',
          'labels',
          'name',
          'namespace'
        ])
        expect(Object.keys(item.spec as object)).toEqual([
          'destination',
          'project',
          'source',
          'sourceHydrator',
          'sources',
          'syncPolicy'
        ])
        expect(Object.keys(item.status as object)).toEqual(['health', 'sourceHydrator', 'summary', 'sync'])
      }
    ]
  ])('list fields: %s', async (_what, fields, check) => {
    argo.addApp({ name: 'web' })
    const res = await call(`/api/v1/applications?fields=${fields}`)
    const items = res.body.items as Record<string, Record<string, unknown>>[]
    expect(items).toHaveLength(1)
    check(items[0])
    expect(schemaProblems(res.body, 'v1alpha1ApplicationList', '$', { nulls: true })).toEqual([])
  })

  it('list fields: status.operationState.operation.sync carries the syncResult (the table maps it so)', async () => {
    argo.addApp({ name: 'web' })
    const sha = argo.pushCommit()
    await call('/api/v1/applications/web/sync', { method: 'POST', body: {} })
    argo.advance(5_000)
    const res = await call('/api/v1/applications?fields=items.status.operationState.operation.sync')
    const [item] = res.body.items as {
      status: { operationState: { operation: { sync: { revision: string; resources: object[] } } } }
    }[]
    const sync = item.status.operationState.operation.sync
    expect(sync.revision).toBe(sha)
    expect(sync.resources[0]).toMatchObject({ kind: 'Deployment', status: 'Synced' })
    // Which the swagger's SyncOperation does not describe: the real server's quirk, not the emulator's.
    expect(schemaProblems(res.body, 'v1alpha1ApplicationList')).toEqual(
      expect.arrayContaining([expect.stringMatching(/operation\.sync\.resources\[0\]\.status: not in the swagger/)])
    )
  })
})

describe('sync and the simulated controller', () => {
  it('walks requested -> Running -> Succeeded -> reconciled -> Progressing -> Healthy, one write per step', async () => {
    argo.addApp({ name: 'web' })
    const head = argo.pushCommit()
    const versions: number[] = []
    const seen = () => {
      const app = argo.app('web')!
      versions.push(Number(app.metadata.resourceVersion))
      return app
    }
    const res = await call('/api/v1/applications/web/sync', {
      method: 'POST',
      body: { prune: false, infos: [{ name: 'gha-run', value: '1-1-web' }], strategy: { hook: { force: false } } }
    })
    expect(res.status).toBe(200)
    expectShape(res.body, 'v1alpha1Application')
    const requested = res.body as unknown as Application
    expect(requested.operation?.sync?.revision).toBe(head)
    expect(requested.operation?.initiatedBy).toEqual({ username: 'admin' })
    expect(requested.operation?.info).toEqual([{ name: 'gha-run', value: '1-1-web' }])
    expect(requested.status.operationState).toBeUndefined()
    seen()

    argo.advance(20)
    const running = seen()
    expect(running.status.operationState).toMatchObject({ phase: 'Running' })
    expect(running.status.operationState?.finishedAt).toBeUndefined()
    argo.advance(30)
    expect(seen().status.operationState?.syncResult?.revision).toBe(head)
    argo.advance(30)
    const done = seen()
    expect(done.operation).toBeUndefined()
    expect(done.status.operationState).toMatchObject({
      phase: 'Succeeded',
      message: 'successfully synced (all tasks run)'
    })
    expect(done.status.operationState?.operation.info).toEqual([{ name: 'gha-run', value: '1-1-web' }])
    expect(done.status.history?.map((h) => h.revision)).toEqual([expect.any(String), head])
    // Not reconciled yet: still "Synced" to the old revision, the stale window between finishedAt and reconciledAt.
    expect(done.status.sync.status).toBe('Synced')
    expect(done.status.sync.revision).not.toBe(head)
    argo.advance(40)
    const reconciled = seen()
    expect(reconciled.status.reconciledAt! >= done.status.operationState!.finishedAt!).toBe(true)
    expect(reconciled.status.sync).toMatchObject({ status: 'Synced', revision: head })
    expect(reconciled.status.health.status).toBe('Progressing')
    argo.advance(60)
    expect(seen().status.health.status).toBe('Healthy')
    expect(versions).toEqual([...versions].sort((a, b) => a - b))
    expect(new Set(versions).size).toBe(versions.length)
    expectShape(argo.app('web'), 'v1alpha1Application')
  })

  it('refuses a second operation with FailedPrecondition (400, code 9)', async () => {
    argo.addApp({ name: 'web' })
    expect((await call('/api/v1/applications/web/sync', { method: 'POST', body: {} })).status).toBe(200)
    const second = await call('/api/v1/applications/web/sync', { method: 'POST', body: {} })
    const message = 'another operation is already in progress'
    expect(second.body).toEqual({ error: message, code: 9, message })
    expect(second.status).toBe(400)
  })

  it('retries: Running with finishedAt is not the end', async () => {
    argo.addApp({ name: 'web', behaviour: { attempts: ['Failed', 'Succeeded'] } })
    await call('/api/v1/applications/web/sync', {
      method: 'POST',
      body: { retryStrategy: { limit: 2, backoff: { duration: '5s', factor: 2, maxDuration: '1m' } } }
    })
    argo.advance(20 + 60)
    const retrying = argo.app('web')!.status.operationState!
    expect(retrying.phase).toBe('Running')
    expect(retrying.finishedAt).toBeDefined()
    expect(retrying.retryCount).toBe(1)
    expect(retrying.message).toMatch(/\. Retrying attempt #1 at \d{1,2}:\d{2}[AP]M\.$/)
    argo.advance(50) // 5s backoff at the default retryTimeScale 0.01
    expect(argo.app('web')!.status.operationState).toMatchObject({
      phase: 'Running',
      message: 'Retrying operation. Attempt #1'
    })
    expect(argo.app('web')!.status.operationState?.finishedAt).toBeUndefined()
    argo.advance(60)
    expect(argo.app('web')!.status.operationState?.phase).toBe('Succeeded')
  })

  it('fails for good after the retry budget, saying how often it retried', async () => {
    argo.addApp({ name: 'web', behaviour: { attempts: ['Failed'] }, retry: { limit: 1 } })
    await call('/api/v1/applications/web/sync', { method: 'POST', body: {} })
    argo.advance(20 + 60 + 50 + 60)
    const state = argo.app('web')!.status.operationState!
    expect(state.phase).toBe('Failed')
    expect(state.message).toMatch(/\(retried 1 times\)\.$/)
    expect(state.syncResult?.resources?.[0].status).toBe('SyncFailed')
  })

  it('terminates: 400 without an operation, Terminating then Failed "Operation terminated"', async () => {
    argo.addApp({ name: 'web' })
    const none = await call('/api/v1/applications/web/operation', { method: 'DELETE', body: {} })
    expect([none.status, none.body.code, none.body.message]).toEqual([
      400,
      3,
      'Unable to terminate operation. No operation is in progress'
    ])
    await call('/api/v1/applications/web/sync', { method: 'POST', body: {} })
    const requestedOnly = await call('/api/v1/applications/web/operation', { method: 'DELETE', body: {} })
    expect(requestedOnly.status).toBe(400) // operationState not yet set: argo-cd#17155
    argo.advance(20)
    const ok = await call('/api/v1/applications/web/operation', { method: 'DELETE', body: {} })
    expect([ok.status, ok.body]).toEqual([200, {}])
    expectShape(ok.body, 'applicationOperationTerminateResponse')
    expect(argo.app('web')!.status.operationState?.phase).toBe('Terminating')
    argo.advance(20)
    expect(argo.app('web')!.status.operationState).toMatchObject({ phase: 'Failed', message: 'Operation terminated' })
    expect(argo.app('web')!.operation).toBeUndefined()
  })

  it('validates the body like encoding/json and the sync rules of the API server', async () => {
    argo.addApp({ name: 'auto', automated: true })
    const array = await call('/api/v1/applications/auto/sync', {
      method: 'POST',
      body: { syncOptions: ['Prune=true'] }
    })
    expect([array.status, array.body.code]).toEqual([400, 3])
    const pinned = await call('/api/v1/applications/auto/sync', { method: 'POST', body: { revision: 'v2' } })
    expect(pinned.body.message).toBe('Cannot sync to v2: auto-sync currently set to main')
    const unknownRef = await call('/api/v1/applications/auto/sync', {
      method: 'POST',
      body: { revision: 'v2', dryRun: true }
    })
    expect([unknownRef.status, unknownRef.body.code]).toEqual([400, 9])
    expect(unknownRef.body.message).toMatch(/^error resolving repo revision: /)
    const bad = await fetch(`${argo.url}/api/v1/applications/auto/sync`, {
      method: 'POST',
      headers: { authorization: `Bearer ${argo.token}`, 'content-type': 'application/json' },
      body: '{nope'
    })
    expect(bad.status).toBe(400)
  })

  it('403 naming the RBAC rule when the token may read but not sync', async () => {
    argo.addApp({ name: 'web' })
    argo.state.rbac = (_user, _resource, action) => action !== 'sync'
    const res = await call('/api/v1/applications/web/sync', { method: 'POST', body: {} })
    expect(res.status).toBe(403)
    expect(res.body.message).toMatch(/^permission denied: applications, sync, default\/web, sub: admin, iat: /)
  })

  it('missing app on sync: 403, or 404 with project in the body', async () => {
    expect((await call('/api/v1/applications/ghost/sync', { method: 'POST', body: {} })).status).toBe(403)
    expect(
      (await call('/api/v1/applications/ghost/sync', { method: 'POST', body: { project: 'default' } })).status
    ).toBe(404)
  })
})

describe('races the action must survive', () => {
  it('stale: Synced/Healthy on the old revision until the controller notices the commit', () => {
    argo.addApp({ name: 'web', behaviour: { noticeLagMs: 100 } })
    const old = argo.app('web')!.status.sync.revision
    const head = argo.pushCommit()
    expect(argo.app('web')!.status.sync).toMatchObject({ status: 'Synced', revision: old })
    argo.advance(100)
    expect(argo.app('web')!.status.sync).toMatchObject({ status: 'OutOfSync', revision: head })
  })

  it('an auto-sync operation takes over right after ours (argo-cd#5592)', async () => {
    argo.addApp({ name: 'web', behaviour: { autoSyncAfterOperation: true } })
    await call('/api/v1/applications/web/sync', { method: 'POST', body: { infos: [{ name: 'run', value: '1' }] } })
    argo.advance(20 + 60 + 40 + 20)
    const app = argo.app('web')!
    expect(app.operation?.initiatedBy).toEqual({ automated: true })
    argo.advance(20)
    expect(argo.app('web')!.status.operationState?.operation.info).toBeUndefined()
  })

  it('someone else operation blocks ours', async () => {
    argo.addApp({ name: 'web' })
    expect(argo.startOperation('web', { username: 'alice' })).toBe(true)
    expect((await call('/api/v1/applications/web/sync', { method: 'POST', body: {} })).status).toBe(400)
  })

  it('prune required: Succeeded but OutOfSync with PruneSkipped resources, unless prune', async () => {
    argo.addApp({ name: 'web', behaviour: { pruneRequired: 2, progressingMs: 0 } })
    await call('/api/v1/applications/web/sync', { method: 'POST', body: {} })
    argo.advance(200)
    const app = argo.app('web')!
    expect(app.status.operationState?.phase).toBe('Succeeded')
    expect(app.status.sync.status).toBe('OutOfSync')
    const skipped = app.status.operationState?.syncResult?.resources?.filter((r) => r.status === 'PruneSkipped')
    expect(skipped?.map((r) => r.message)).toEqual(['ignored (requires pruning)', 'ignored (requires pruning)'])
    expect(app.status.resources?.filter((r) => r.requiresPruning)).toHaveLength(2)
    await call('/api/v1/applications/web/sync', { method: 'POST', body: { prune: true } })
    argo.advance(200)
    expect(argo.app('web')!.status.sync.status).toBe('Synced')
  })

  it('controller down: the operation stays requested until it comes back', async () => {
    argo.addApp({ name: 'web', behaviour: { controllerDown: true } })
    await call('/api/v1/applications/web/sync', { method: 'POST', body: {} })
    argo.advance(1000)
    expect(argo.app('web')!.status.operationState).toBeUndefined()
    argo.setBehaviour('web', { controllerDown: false })
    argo.advance(200)
    expect(argo.app('web')!.status.operationState?.phase).toBe('Succeeded')
  })

  it('controller down mid-operation: Running stays Running, then resumes', async () => {
    argo.addApp({ name: 'web' })
    await call('/api/v1/applications/web/sync', { method: 'POST', body: {} })
    argo.advance(20)
    argo.setBehaviour('web', { controllerDown: true })
    argo.advance(1000)
    expect(argo.app('web')!.status.operationState?.phase).toBe('Running')
    argo.setBehaviour('web', { controllerDown: false })
    argo.advance(200)
    expect(argo.app('web')!.status.operationState?.phase).toBe('Succeeded')
  })

  it('Degraded after a sync, per revision, and a rollback to the last good history entry', async () => {
    argo.addApp({ name: 'web', behaviour: { progressingMs: 0 } })
    const bad = argo.pushCommit()
    argo.setBehaviour('web', { healthByRevision: { [bad]: 'Degraded' } })
    await call('/api/v1/applications/web/sync', { method: 'POST', body: {} })
    argo.advance(200)
    const degraded = argo.app('web')!
    expect(degraded.status.health).toMatchObject({
      status: 'Degraded',
      message: 'Deployment "web" exceeded its progress deadline'
    })
    expect(degraded.status.history?.map((h) => h.id)).toEqual([0, 1])
    const res = await call('/api/v1/applications/web/rollback', { method: 'POST', body: { id: 0 } })
    expect(res.status).toBe(200)
    expect((res.body as unknown as Application).operation?.sync?.syncStrategy).toEqual({ apply: {} })
    argo.advance(200)
    const rolledBack = argo.app('web')!
    expect(rolledBack.status.health.status).toBe('Healthy')
    expect(rolledBack.status.sync.status).toBe('OutOfSync') // live is the old commit, git is at the bad one
    expect(rolledBack.status.history?.map((h) => h.id)).toEqual([0, 1, 2])
    const missing = await call('/api/v1/applications/web/rollback', { method: 'POST', body: { id: 9 } })
    expect([missing.status, missing.body.message]).toEqual([
      400,
      'application argocd/web does not have deployment with id 9'
    ])
  })

  it('rollback is refused for auto-sync apps', async () => {
    argo.addApp({ name: 'auto', automated: true })
    const res = await call('/api/v1/applications/auto/rollback', { method: 'POST', body: { id: 0 } })
    expect([res.status, res.body.code, res.body.message]).toEqual([
      400,
      9,
      'rollback cannot be initiated when auto-sync is enabled'
    ])
  })

  it('multi-source apps report revisions per source', async () => {
    const sources = [
      { repoURL: 'https://github.com/acme/charts.git', path: 'web', targetRevision: 'main' },
      { repoURL: 'https://github.com/acme/values.git', targetRevision: 'main', ref: 'values' }
    ]
    argo.addApp({ name: 'multi', sources, behaviour: { progressingMs: 0 } })
    const values = argo.pushCommit('main', 'https://github.com/acme/values.git')
    const res = await call('/api/v1/applications/multi/sync', { method: 'POST', body: {} })
    expect((res.body as unknown as Application).operation?.sync?.revisions?.[1]).toBe(values)
    argo.advance(200)
    const app = argo.app('multi')!
    expect(app.status.sync.revisions?.[1]).toBe(values)
    expect(app.status.sync.revision).toBeUndefined()
    expect(app.status.operationState?.syncResult?.revisions?.[1]).toBe(values)
    expectShape(app, 'v1alpha1Application')
    const out = await call('/api/v1/applications/multi/sync', {
      method: 'POST',
      body: { revisions: ['x'], sourcePositions: [3] }
    })
    expect([out.status, out.body.message]).toEqual([500, 'source position is out of range'])
  })

  it('sync windows: a deny window refuses the sync with 403; manualSync lets it through', async () => {
    argo.addProject('prod', [{ kind: 'deny', schedule: '* * * * *', duration: '1h', applications: ['*'] }])
    argo.addApp({ name: 'web', project: 'prod' })
    const res = await call('/api/v1/applications/web/sync', { method: 'POST', body: {} })
    expect([res.status, res.body.code, res.body.message]).toEqual([403, 7, 'cannot sync: blocked by sync window'])
    const windows = await call('/api/v1/projects/prod/syncwindows')
    expectShape(windows.body, 'projectSyncWindowsResponse')
    expect((windows.body.windows as unknown[]).length).toBe(1)
    const appWindows = await call('/api/v1/applications/web/syncwindows')
    expectShape(appWindows.body, 'applicationApplicationSyncWindowsResponse')
    expect(appWindows.body.canSync).toBe(false)
    argo.setSyncWindows('prod', [
      { kind: 'deny', schedule: '* * * * *', duration: '1h', applications: ['*'], manualSync: true }
    ])
    expect((await call('/api/v1/applications/web/sync', { method: 'POST', body: {} })).status).toBe(200)
  })

  it('sync windows: an allow window that is closed blocks, and opens on schedule', async () => {
    const now = new Date(argo.now())
    const nextMinute = (now.getUTCMinutes() + 2) % 60
    argo.addProject('prod', [
      { kind: 'allow', schedule: `${nextMinute} * * * *`, duration: '10m', applications: ['web'] }
    ])
    argo.addApp({ name: 'web', project: 'prod' })
    expect((await call('/api/v1/applications/web/sync', { method: 'POST', body: {} })).status).toBe(403)
    expect((await call('/api/v1/projects/prod/syncwindows')).body.windows).toEqual([])
    argo.advance(3 * 60_000)
    expect((await call('/api/v1/applications/web/sync', { method: 'POST', body: {} })).status).toBe(200)
  })
})

describe('more controller knobs', () => {
  it('an automated app notices a commit, goes OutOfSync and runs its own automated operation', async () => {
    argo.addApp({ name: 'auto', automated: true, behaviour: { noticeLagMs: 50, progressingMs: 0 } })
    const head = argo.pushCommit()
    argo.advance(50)
    expect(argo.app('auto')!.status.sync).toMatchObject({ status: 'OutOfSync', revision: head })
    argo.advance(20)
    expect(argo.app('auto')!.operation?.initiatedBy).toEqual({ automated: true })
    expect((await call('/api/v1/applications/auto/sync', { method: 'POST', body: {} })).status).toBe(400)
    argo.advance(300)
    const done = argo.app('auto')!
    expect(done.status.sync).toMatchObject({ status: 'Synced', revision: head })
    expect(done.operation).toBeUndefined() // the same revision is not auto-synced again
  })

  it('reconcileAfterOperation false: reconciledAt stays before finishedAt until a refresh', async () => {
    argo.addApp({ name: 'web', behaviour: { reconcileAfterOperation: false } })
    argo.advance(2000) // the app was reconciled at creation; let the clock move past that second
    await call('/api/v1/applications/web/sync', { method: 'POST', body: {} })
    argo.advance(1000)
    const app = argo.app('web')!
    expect(app.status.operationState?.phase).toBe('Succeeded')
    expect(app.status.reconciledAt! < app.status.operationState!.finishedAt!).toBe(true)
    const refreshed = getApp('web', '?refresh=normal')
    await waitFor(() => !!argo.app('web')?.metadata.annotations)
    argo.advance(40)
    const after = await refreshed
    expect(after.status.reconciledAt! >= after.status.operationState!.finishedAt!).toBe(true)
  })

  it('staleCompareAtFinish: a comparison from before a same-revision re-sync is persisted in the second it ended', async () => {
    argo.addApp({ name: 'web', behaviour: { staleCompareAtFinish: true, progressingMs: 0 } })
    argo.advance(2000 - (argo.now() % 1000)) // past the creation's second, at the start of a second
    const deployed = argo.app('web')!.status.sync.revision
    // The re-sync breaks the rollout, but the comparison in flight when it ends still saw it Healthy.
    argo.setBehaviour('web', { health: 'Degraded' })
    await call('/api/v1/applications/web/sync', { method: 'POST', body: {} })
    argo.advance(20 + 60)
    const stale = argo.app('web')!
    expect(stale.status.operationState).toMatchObject({ phase: 'Succeeded', syncResult: { revision: deployed } })
    expect(stale.status.reconciledAt).toBe(stale.status.operationState!.finishedAt)
    expect(stale.status.health.status).toBe('Healthy')
    argo.advance(40)
    const reconciled = argo.app('web')!
    expect(reconciled.status.reconciledAt).toBe(stale.status.reconciledAt)
    expect(reconciled.status.health.status).toBe('Degraded')
  })

  it('reconcileEveryMs: the periodic comparison moves reconciledAt on and notices a new commit', () => {
    argo.addApp({ name: 'web', behaviour: { reconcileEveryMs: 1500 } })
    const created = argo.app('web')!
    const head = argo.pushCommit()
    argo.advance(1500)
    const compared = argo.app('web')!
    expect(Date.parse(compared.status.reconciledAt!)).toBeGreaterThan(Date.parse(created.status.reconciledAt!))
    expect(compared.status.sync).toMatchObject({ status: 'OutOfSync', revision: head })
    argo.advance(1500)
    expect(argo.app('web')!.status.reconciledAt! > compared.status.reconciledAt!).toBe(true)
  })

  it('a comparison in the same second that finds nothing new writes nothing (persistAppStatus)', async () => {
    argo.addApp({ name: 'web', behaviour: { progressingMs: 0 } })
    argo.advance(2000 - (argo.now() % 1000))
    await call('/api/v1/applications/web/sync', { method: 'POST', body: {} })
    argo.advance(20 + 60)
    const finished = argo.app('web')!
    argo.advance(40)
    // Same revision, same health, reconciledAt in the same second: the post-operation comparison changes nothing.
    expect(finished.status.reconciledAt! < finished.status.operationState!.finishedAt!).toBe(true)
    const after = argo.app('web')!
    expect(after.metadata.resourceVersion).not.toBe(finished.metadata.resourceVersion)
    expect(after.status.reconciledAt).toBe(finished.status.operationState!.finishedAt)
    await call('/api/v1/applications/web/sync', { method: 'POST', body: {} })
    argo.advance(20 + 60)
    const again = argo.app('web')!
    argo.advance(40)
    expect(argo.app('web')!.metadata.resourceVersion).toBe(again.metadata.resourceVersion)
  })

  it('comparison error: sync status Unknown with a ComparisonError condition, and operations end in Error', async () => {
    argo.addApp({
      name: 'web',
      behaviour: { comparisonError: 'rpc error: code = Unknown desc = kustomize build failed' }
    })
    await call('/api/v1/applications/web/sync', { method: 'POST', body: {} })
    argo.advance(200)
    const app = argo.app('web')!
    expect(app.status.operationState).toMatchObject({
      phase: 'Error',
      message: 'ComparisonError: Failed to load target state: rpc error: code = Unknown desc = kustomize build failed'
    })
    expect(app.status.sync.status).toBe('Unknown')
    expect(app.status.conditions?.map((c) => c.type)).toEqual(['ComparisonError'])
    expectShape(app, 'v1alpha1Application')
  })

  it('partial sync: only the listed resources, no history entry, the app does not move', async () => {
    argo.addApp({ name: 'web', behaviour: { progressingMs: 0 } })
    const head = argo.pushCommit()
    await call('/api/v1/applications/web/sync', {
      method: 'POST',
      body: { resources: [{ group: '', kind: 'Service', name: 'web', namespace: 'web' }] }
    })
    argo.advance(200)
    const app = argo.app('web')!
    expect(app.status.operationState?.syncResult?.resources?.map((r) => r.kind)).toEqual(['Service'])
    expect(app.status.history).toHaveLength(1)
    expect(app.status.sync).toMatchObject({ status: 'OutOfSync', revision: head })
  })

  it('an app being deleted refuses syncs and then disappears', async () => {
    argo.addApp({ name: 'web' })
    argo.markDeleting('web', 100)
    const res = await call('/api/v1/applications/web/sync', { method: 'POST', body: {} })
    expect([res.status, res.body.code, res.body.message]).toEqual([400, 9, 'application is deleting'])
    argo.advance(100)
    expect((await call('/api/v1/applications/web')).status).toBe(403)
  })

  it('a hang fault holds the request until the client gives up; requestsFor counts per app', async () => {
    argo.addApp({ name: 'web' })
    argo.inject({ kind: 'hang', route: 'GET /api/v1/applications/{name}' })
    await expect(
      fetch(`${argo.url}/api/v1/applications/web`, {
        headers: { authorization: `Bearer ${argo.token}` },
        signal: AbortSignal.timeout(100)
      })
    ).rejects.toThrow()
    expect((await call('/api/v1/applications/web')).status).toBe(200)
    await call('/api/v1/applications/other')
    expect(argo.requestsFor('web')).toHaveLength(2)
  })
})

describe('refresh', () => {
  it('GET ?refresh blocks until the controller reconciled and cleared the annotation', async () => {
    argo.addApp({ name: 'web', behaviour: { noticeLagMs: null } })
    const head = argo.pushCommit()
    const pending = getApp('web', '?refresh=normal')
    await waitFor(() => argo.app('web')?.metadata.annotations?.['argocd.argoproj.io/refresh'] === 'normal')
    argo.advance(40)
    const app = await pending
    expect(app.metadata.annotations).toBeUndefined()
    expect(app.status.sync).toMatchObject({ status: 'OutOfSync', revision: head })
  })

  it('a refresh that never finishes hangs until the client gives up (argo-cd#21613)', async () => {
    argo.addApp({ name: 'web', behaviour: { refreshBlocks: true } })
    const started = Date.now()
    await expect(
      fetch(`${argo.url}/api/v1/applications/web?refresh=hard`, {
        headers: { authorization: `Bearer ${argo.token}` },
        signal: AbortSignal.timeout(150)
      })
    ).rejects.toThrow()
    argo.advance(10_000)
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
    expect(argo.app('web')?.metadata.annotations?.['argocd.argoproj.io/refresh']).toBe('hard')
  })
})

describe('watch stream', () => {
  /** Opens a watch; `before` runs once the request is in, since headers only come with the first message. */
  async function openStream(query: string, accept?: string, before?: () => Promise<unknown>) {
    const controller = new AbortController()
    const started = fetch(`${argo.url}/api/v1/stream/applications${query}`, {
      headers: { authorization: `Bearer ${argo.token}`, ...(accept ? { accept } : {}) },
      signal: controller.signal
    })
    if (before) {
      await waitFor(() => argo.openStreams() > 0)
      await before()
    }
    const res = await started
    const reader = (res.body as ReadableStream<Uint8Array>).getReader()
    let buffer = ''
    const decoder = new TextDecoder()
    return {
      res,
      /** Reads until `count` complete frames (split by `sep`) are buffered. */
      async frames(count: number, sep: string): Promise<string[]> {
        while (buffer.split(sep).length - 1 < count) {
          const { value, done } = await reader.read()
          if (done) break
          buffer += decoder.decode(value)
        }
        const parts = buffer.split(sep)
        buffer = parts.slice(count).join(sep)
        return parts.slice(0, count)
      },
      async ended(): Promise<boolean> {
        try {
          for (;;) {
            const { done } = await reader.read()
            if (done) return true
          }
        } catch {
          return true
        }
      },
      close: () => controller.abort()
    }
  }

  it('NDJSON: ADDED first, then one MODIFIED per write, each {"result":{type,application}} per the swagger', async () => {
    argo.addApp({ name: 'web' })
    argo.addApp({ name: 'other' })
    const stream = await openStream('?name=web')
    expect(stream.res.headers.get('content-type')).toBe('application/json')
    const [added] = await stream.frames(1, '\n')
    const first = JSON.parse(added) as { result: { type: string; application: Application } }
    expectShape(first, STREAM_SCHEMA)
    expect(first.result.type).toBe('ADDED')
    await call('/api/v1/applications/web/sync', { method: 'POST', body: {} })
    argo.advance(20)
    const events = (await stream.frames(2, '\n')).map((line) => JSON.parse(line) as typeof first)
    expect(events.map((e) => [e.result.type, e.result.application.metadata.name])).toEqual([
      ['MODIFIED', 'web'],
      ['MODIFIED', 'web']
    ])
    expect(events[1].result.application.status.operationState?.phase).toBe('Running')
    events.forEach((e) => expectShape(e, STREAM_SCHEMA))
    stream.close()
  })

  it('SSE: data: <json> frames and the resourceVersion filter', async () => {
    argo.addApp({ name: 'web' })
    const rv = Number(argo.app('web')!.metadata.resourceVersion)
    const sync = () => call('/api/v1/applications/web/sync', { method: 'POST', body: {} })
    const stream = await openStream(`?resourceVersion=${rv + 1}`, 'text/event-stream', sync)
    expect(stream.res.headers.get('content-type')).toBe('text/event-stream')
    const [frame] = await stream.frames(1, ' \n\n\n')
    expect(frame.startsWith('data: {"result":{"type":"MODIFIED"')).toBe(true)
    expectShape(JSON.parse(frame.slice('data: '.length)), STREAM_SCHEMA)
    stream.close()
  })

  it('fields projects each message (keys sorted) before the per-app dedupe', async () => {
    argo.addApp({ name: 'web' })
    const stream = await openStream('?name=web&fields=result.type,result.application.metadata.name')
    const [added] = await stream.frames(1, '\n')
    expect(added).toBe('{"result":{"application":{"metadata":{"name":"web"}},"type":"ADDED"}}')
    expectShape(JSON.parse(added), STREAM_SCHEMA)
    // The sync's writes differ only in what the projection leaves out: one MODIFIED is sent, the rest are equal to it.
    await call('/api/v1/applications/web/sync', { method: 'POST', body: {} })
    argo.advance(5_000)
    const [modified] = await stream.frames(1, '\n')
    expect(modified).toBe('{"result":{"application":{"metadata":{"name":"web"}},"type":"MODIFIED"}}')
    argo.dropStreams()
    const record = argo.stats.requests.find((r) => r.route === 'GET /api/v1/stream/applications')
    expect(record?.messages).toBe(2)
    stream.close()
  })

  it('an Accept header that is not exactly text/event-stream gets NDJSON', async () => {
    argo.addApp({ name: 'web' })
    const stream = await openStream('?name=web', 'text/event-stream, */*')
    expect(stream.res.headers.get('content-type')).toBe('application/json')
    const [line] = await stream.frames(1, '\n')
    expect(JSON.parse(line)).toMatchObject({ result: { type: 'ADDED' } })
    stream.close()
  })

  it('a watch of a missing app sends no headers; a streamDrop fault cuts the stream', async () => {
    const silent = fetch(`${argo.url}/api/v1/stream/applications?name=ghost`, {
      headers: { authorization: `Bearer ${argo.token}` },
      signal: AbortSignal.timeout(100)
    })
    await expect(silent).rejects.toThrow()
    argo.addApp({ name: 'web' })
    argo.inject({ kind: 'streamDrop', route: '/api/v1/stream/applications', afterEvents: 1 })
    const stream = await openStream('?name=web')
    await stream.frames(1, '\n')
    expect(await stream.ended()).toBe(true)
    const record = argo.stats.requests.find((r) => r.route === 'GET /api/v1/stream/applications' && r.messages === 1)
    expect(record).toBeDefined()
  })

  it('dropStreams() cuts every open stream', async () => {
    argo.addApp({ name: 'web' })
    const stream = await openStream('?name=web')
    await stream.frames(1, '\n')
    expect(argo.dropStreams()).toBe(1)
    expect(await stream.ended()).toBe(true)
  })
})

describe('faults, tree and stats', () => {
  it('injects 502 from the ingress, 503/429 envelopes and dropped connections, before the handler', async () => {
    argo.addApp({ name: 'web' })
    argo.inject({ kind: 'status502', route: 'POST /api/v1/applications/{name}/sync' })
    argo.inject({ kind: 'status503', route: 'POST /api/v1/applications/{name}/sync' })
    argo.inject({ kind: 'drop', route: 'POST /api/v1/applications/{name}/sync' })
    const first = await call('/api/v1/applications/web/sync', { method: 'POST', body: {} })
    expect(first.status).toBe(502)
    const second = await call('/api/v1/applications/web/sync', { method: 'POST', body: {} })
    expect([second.status, second.body.code]).toEqual([503, 14])
    await expect(call('/api/v1/applications/web/sync', { method: 'POST', body: {} })).rejects.toThrow()
    expect(argo.app('web')!.operation).toBeUndefined()
    expect((await call('/api/v1/applications/web/sync', { method: 'POST', body: {} })).status).toBe(200)
    expect(argo.count('POST /api/v1/applications/{name}/sync')).toBe(4)
  })

  // server/application/application.go v3.5.1 ManagedResources L1831-1852, behind argoproj/pkg's UnaryForwarder.
  it('serves managed resources matching applicationManagedResourcesResponse, filtered like isMatchingResource', async () => {
    argo.addApp({ name: 'web' })
    const all = await call('/api/v1/applications/web/managed-resources')
    expectShape(all.body, 'applicationManagedResourcesResponse')
    const items = all.body.items as Record<string, string>[]
    expect(items.map((i) => `${i.group ?? ''}/${i.kind}/${i.namespace}/${i.name}`)).toEqual([
      'apps/Deployment/web/web',
      '/Service/web/web'
    ])
    expect(JSON.parse(items[0].targetState)).toMatchObject({ apiVersion: 'apps/v1', kind: 'Deployment' })
    expect(JSON.parse(items[0].liveState)).toMatchObject({ metadata: { name: 'web', namespace: 'web' } })
    expect(items[0]).not.toHaveProperty('modified')

    const services = await call('/api/v1/applications/web/managed-resources?kind=Service&version=v9')
    expect((services.body.items as { kind: string }[]).map((i) => i.kind)).toEqual(['Service'])
    // Nothing matches: items is omitted (json "items,omitempty").
    expect((await call('/api/v1/applications/web/managed-resources?group=batch')).body).toEqual({})
    expect((await call('/api/v1/applications/ghost/managed-resources')).status).toBe(403)
    expect((await call('/api/v1/applications/ghost/managed-resources?project=default')).status).toBe(404)
  })

  it.each<[string, string, Record<string, unknown>]>([
    ['includes the listed paths, keys sorted', 'items.name,items.kind', { kind: 'Service', name: 'web' }],
    // processItem keeps a key whose path is a string prefix of a listed one: "items.name" of "items.namespace".
    ['keeps string prefixes of listed paths', 'items.namespace', { name: 'web', namespace: 'web' }],
    [
      'excludes with -',
      '-items.liveState,items.targetState,items.normalizedLiveState,items.predictedLiveState,items.resourceVersion',
      { kind: 'Service', name: 'web', namespace: 'web' }
    ]
  ])('managed-resources fields (argoproj/pkg processItem): %s', async (_what, fields, expected) => {
    argo.addApp({ name: 'web' })
    const res = await call(`/api/v1/applications/web/managed-resources?kind=Service&fields=${fields}`)
    const [item] = res.body.items as Record<string, unknown>[]
    expect(item).toEqual(expected)
    expect(JSON.stringify(item)).toBe(JSON.stringify(expected))
    expectShape(res.body, 'applicationManagedResourcesResponse')
  })

  it('serves a resource tree matching v1alpha1ApplicationTree', async () => {
    argo.addApp({ name: 'web' })
    const res = await call('/api/v1/applications/web/resource-tree')
    expectShape(res.body, 'v1alpha1ApplicationTree')
    const kinds = (res.body.nodes as { kind: string }[]).map((n) => n.kind)
    expect(kinds).toEqual(['Deployment', 'ReplicaSet', 'Pod', 'Service'])
  })

  it('runs the controller on real timers by default (as the action under test sees it)', async () => {
    const live = await startArgoCdEmulator()
    try {
      live.addApp({ name: 'web', behaviour: { pickupMs: 5, syncMs: 10, reconcileLagMs: 5, progressingMs: 5 } })
      const res = await fetch(`${live.url}/api/v1/applications/web/sync`, {
        method: 'POST',
        headers: { authorization: `Bearer ${live.token}`, 'content-type': 'application/json' },
        body: '{}'
      })
      expect(res.status).toBe(200)
      await waitFor(() => {
        const app = live.app('web')!
        const finishedAt = app.status.operationState?.finishedAt
        return !!finishedAt && app.status.reconciledAt! >= finishedAt && app.status.health.status === 'Healthy'
      })
      expect(live.app('web')?.status.operationState?.phase).toBe('Succeeded')
    } finally {
      await live.close()
    }
  })

  it('knows every route of the swagger (82 paths, 106 operations)', () => {
    const table = argoRouteTable()
    expect(table.size).toBe(106)
    expect(table.match('POST', '/api/v1/applications/manifestsWithFiles')?.key).toBe(
      'POST /api/v1/applications/manifestsWithFiles'
    )
    expect(table.match('GET', '/api/v1/applications/a%2Fb')?.params).toEqual({ name: 'a/b' })
  })

  it('serves the API under a root path', async () => {
    const rooted = await startArgoCdEmulator({ rootPath: '/argo-cd' })
    try {
      expect(rooted.url.endsWith('/argo-cd')).toBe(true)
      const res = await fetch(`${rooted.url}/api/version`)
      expect(res.status).toBe(200)
    } finally {
      await rooted.close()
    }
  })
})

async function waitFor(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5))
  expect(check()).toBe(true)
}
