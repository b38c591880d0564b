import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ArgoCdClient } from '../../../src/core/argocd/client.js'
import { ArgoCdError, ArgoCdUnreachable, isMissingApp, isOperationInProgress } from '../../../src/core/argocd/errors.js'
import { SharedWatch, readMessages, watchApplications } from '../../../src/core/argocd/stream.js'
import type { WireApplication } from '../../../src/core/argocd/wire.js'

interface Seen {
  method: string
  url: string
  headers: IncomingMessage['headers']
  body: string
}

// A scripted server: each test queues answers; requests are recorded. Small on purpose: the Argo CD emulator
// (test/emulators/argocd) is what the integration tests use; here only the client's own rules are checked.
const seen: Seen[] = []
let answers: ((req: Seen, res: ServerResponse) => void)[] = []
const server = createServer((req, res) => {
  let body = ''
  req.on('data', (c: Buffer) => (body += c.toString()))
  req.on('end', () => {
    const s = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body }
    seen.push(s)
    const answer = answers.shift() ?? ((_r, w) => json(w, 200, {}))
    answer(s, res)
  })
})
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
afterAll(() => new Promise<void>((r) => server.close(() => r())))
beforeEach(() => {
  seen.length = 0
  answers = []
})

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify(body))
}
const grpcError = (status: number, code: number, message: string) => (_: Seen, res: ServerResponse) =>
  json(res, status, { error: message, code, message })

const JWT = 'eyJ.eyJ.sig'
const client = (extra: Partial<ConstructorParameters<typeof ArgoCdClient>[0]> = {}) =>
  new ArgoCdClient({
    server: `${base}/argo-cd/`,
    auth: { token: JWT },
    requestTimeoutMs: 2000,
    retryBaseMs: 1,
    ...extra
  })

describe('ArgoCdClient', () => {
  it('sends the bearer token under the path prefix and exactly application/json on non-GET requests', async () => {
    const c = client()
    await c.getApp({ name: 'web', namespace: 'apps', project: 'team' })
    await c.sync({ name: 'web' }, { revision: 'abc', infos: [{ name: 'gha-run', value: '1' }] })
    await c.terminate({ name: 'web' })
    expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual([
      'GET /argo-cd/api/v1/applications/web?appNamespace=apps&project=team',
      'POST /argo-cd/api/v1/applications/web/sync',
      'DELETE /argo-cd/api/v1/applications/web/operation'
    ])
    expect(seen[0].headers.authorization).toBe(`Bearer ${JWT}`)
    expect(seen[0].headers['content-type']).toBeUndefined()
    expect(seen[1].headers['content-type']).toBe('application/json')
    expect(seen[2].headers['content-type']).toBe('application/json')
    expect(JSON.parse(seen[1].body)).toEqual({ revision: 'abc', infos: [{ name: 'gha-run', value: '1' }], name: 'web' })
    await c.close()
  })

  it('creates a session from username and password once, and masks the token', async () => {
    const masked: string[] = []
    answers.push((_, res) => json(res, 200, { token: 'a.b.c' }))
    const c = client({ auth: { username: 'ci', password: 'pw' }, mask: (s) => masked.push(s) })
    await c.listApps({ selector: 'team=web' })
    await c.listApps({})
    expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual([
      'POST /argo-cd/api/v1/session',
      'GET /argo-cd/api/v1/applications?selector=team%3Dweb',
      'GET /argo-cd/api/v1/applications'
    ])
    expect(JSON.parse(seen[0].body)).toEqual({ username: 'ci', password: 'pw' })
    expect(seen[1].headers.authorization).toBe('Bearer a.b.c')
    expect(masked).toEqual(['a.b.c'])
    await c.close()
  })

  it('retries 429/502/503/504 for writes, 500 only for reads', async () => {
    const c = client()
    answers.push(grpcError(502, 14, 'bad gateway'), grpcError(429, 8, 'slow down'), (_, r) =>
      json(r, 200, { metadata: { name: 'web' } })
    )
    const app = await c.sync({ name: 'web' }, {})
    expect(app.metadata?.name).toBe('web')
    expect(seen).toHaveLength(3)

    seen.length = 0
    answers.push(grpcError(500, 2, 'boom'))
    await expect(c.sync({ name: 'web' }, {})).rejects.toThrow(/answered 500: boom/)
    expect(seen).toHaveLength(1)

    seen.length = 0
    answers.push(grpcError(500, 2, 'boom'), (_, r) => json(r, 200, {}))
    await c.getApp({ name: 'web' })
    expect(seen).toHaveLength(2)
    expect(c.requests).toBe(6)
    await c.close()
  })

  it('gives up after the retry budget', async () => {
    const c = client({ retries: 2 })
    answers.push(grpcError(503, 14, 'x'), grpcError(503, 14, 'x'), grpcError(503, 14, 'unavailable'))
    await expect(c.getApp({ name: 'web' })).rejects.toThrow(/answered 503: unavailable/)
    expect(seen).toHaveLength(3)
    await c.close()
  })

  it.each([
    [
      grpcError(401, 16, 'no session information'),
      /answered 401 \(the credentials were rejected: check auth-token.*\): no session information/,
      false,
      false
    ],
    [grpcError(403, 7, 'permission denied'), /does not exist or the token may not read it/, true, false],
    [
      grpcError(404, 5, 'applications.argoproj.io "web" not found'),
      /answered 404: applications.argoproj.io "web" not found/,
      true,
      false
    ],
    [grpcError(400, 9, 'another operation is already in progress'), /answered 400: another operation/, false, true],
    [
      (_: Seen, res: ServerResponse) => (
        res.writeHead(415, { 'content-type': 'text/plain' }),
        res.end('Invalid content type')
      ),
      /answered 415 \(.*Content-Type.*\): Invalid content type/,
      false,
      false
    ]
  ])('turns an error answer into one line: %#', async (answer, message, missing, inProgress) => {
    answers.push(answer)
    const c = client()
    const error = await c.sync({ name: 'web' }, {}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ArgoCdError)
    expect((error as Error).message).toMatch(message)
    expect(isMissingApp(error)).toBe(missing)
    expect(isOperationInProgress(error)).toBe(inProgress)
    await c.close()
  })

  it('times out each request on its own, and retries reads that got no answer', async () => {
    const c = client({ requestTimeoutMs: 100, retries: 1 })
    answers.push(
      () => undefined,
      () => undefined
    )
    const error = await c.getApp({ name: 'web' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ArgoCdUnreachable)
    expect((error as Error).message).toMatch(/no answer within 100 ms/)
    expect(seen.map((s) => s.url)).toEqual(['/argo-cd/api/v1/applications/web', '/argo-cd/api/v1/applications/web'])

    // A refresh blocks until the controller reconciled: one that timed out is not asked again.
    seen.length = 0
    answers.push(() => undefined)
    await expect(c.getApp({ name: 'web' }, 'normal')).rejects.toThrow(/no answer within 100 ms/)
    expect(seen.map((s) => s.url)).toEqual(['/argo-cd/api/v1/applications/web?refresh=normal'])
    await c.close()
  })
})

describe('watch stream', () => {
  async function* chunks(...parts: string[]): AsyncGenerator<Buffer> {
    for (const p of parts) yield await Promise.resolve(Buffer.from(p))
  }
  const event = (rv: number, type = 'MODIFIED') => ({
    result: { type, application: { metadata: { name: 'web', resourceVersion: String(rv) } } }
  })

  it.each([
    [
      'NDJSON split across chunks',
      [JSON.stringify(event(1)).slice(0, 10), `${JSON.stringify(event(1)).slice(10)}\n${JSON.stringify(event(2))}\n`]
    ],
    [
      'SSE with keepalives (argoproj/pkg forwarders.go framing)',
      [`data: ${JSON.stringify(event(1))} \n\n\n:\n`, `data: ${JSON.stringify(event(2))} \n\n\n`]
    ],
    ['NDJSON without a final newline', [`${JSON.stringify(event(1))}\n${JSON.stringify(event(2))}`]]
  ])('reads %s', async (_name, parts) => {
    const got = []
    for await (const m of readMessages(chunks(...parts))) got.push(m.result?.application?.metadata?.resourceVersion)
    expect(got).toEqual(['1', '2'])
  })

  /**
   * An idle timer the test fires itself: "the stream went silent" happens when the test says so, never because a
   * loaded machine was slow to deliver the first bytes.
   */
  function manualIdle() {
    const live: Array<() => void> = []
    return {
      timer: (onIdle: () => void) => {
        let armed = true
        live.push(() => armed && onIdle())
        return { clear: () => void (armed = false) }
      },
      /** Fires the timer armed last (the current connection's). */
      fire: () => live.at(-1)?.()
    }
  }

  it('reconnects from the last resourceVersion after a drop and after silence', async () => {
    const write = (res: ServerResponse, ...events: object[]) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      for (const e of events) res.write(`${JSON.stringify(e)}\n`)
    }
    answers.push(
      (_, res) => (write(res, event(5, 'ADDED'), event(7)), res.end()), // drop
      (_, res) => write(res, event(7, 'ADDED')), // then silence, never ends
      (_, res) => (write(res, event(9)), res.end())
    )
    const got: string[] = []
    const stop = new AbortController()
    const drops: string[] = []
    const idle = manualIdle()
    await watchApplications(
      client(),
      { name: 'web', resourceVersion: '3' },
      {
        format: 'ndjson',
        signal: stop.signal,
        idleMs: 300,
        idleTimer: idle.timer,
        reconnectMs: 10,
        onEvent: (type, app: WireApplication) => {
          got.push(`${type} ${app.metadata?.resourceVersion}`)
          // The second connection sent its one event and stays open: that silence is the idle timeout.
          if (got.length === 3) idle.fire()
          if (got.length === 4) stop.abort()
        },
        onDrop: (why) => drops.push(why)
      }
    )
    expect(got).toEqual(['ADDED 5', 'MODIFIED 7', 'ADDED 7', 'MODIFIED 9'])
    expect(seen.map((s) => new URL(s.url, base).searchParams.get('resourceVersion'))).toEqual(['3', '7', '7'])
    expect(drops).toEqual(['the server ended the stream', 'no data for 300 ms'])
  })

  it('reconnects without a resourceVersion with resume: false, so the server lists the apps again', async () => {
    answers.push(
      (_, res) => (res.writeHead(200), res.end(`${JSON.stringify(event(5, 'ADDED'))}\n`)),
      (_, res) => (res.writeHead(200), res.end(`${JSON.stringify(event(6, 'ADDED'))}\n`))
    )
    const stop = new AbortController()
    const got: string[] = []
    await watchApplications(
      client(),
      { selector: 'team=web' },
      {
        format: 'ndjson',
        signal: stop.signal,
        idleMs: 300,
        idleTimer: manualIdle().timer,
        reconnectMs: 1,
        resume: false,
        onEvent: (_type, app) => {
          got.push(app.metadata?.resourceVersion ?? '')
          if (got.length === 2) stop.abort()
        }
      }
    )
    expect(got).toEqual(['5', '6'])
    expect(seen.map((s) => new URL(s.url, base).searchParams.get('resourceVersion'))).toEqual([null, null])
    expect(seen.map((s) => new URL(s.url, base).searchParams.get('selector'))).toEqual(['team=web', 'team=web'])
  })

  it('asks for server-sent events with Accept: text/event-stream', async () => {
    answers.push(
      (_, res) => (
        res.writeHead(200, { 'content-type': 'text/event-stream' }),
        res.end(`data: ${JSON.stringify(event(2))} \n\n\n`)
      )
    )
    const stop = new AbortController()
    await watchApplications(
      client(),
      { name: 'web' },
      {
        format: 'sse',
        signal: stop.signal,
        idleMs: 1000,
        idleTimer: manualIdle().timer,
        reconnectMs: 10,
        onEvent: () => stop.abort()
      }
    )
    expect(seen[0].headers.accept).toBe('text/event-stream')
  })

  it('SharedWatch: one connection, each event to the listeners of its app only, none after unsubscribing', async () => {
    const app = (name: string, rv: number, namespace = 'argocd') => ({
      result: { type: 'MODIFIED', application: { metadata: { name, namespace, resourceVersion: String(rv) } } }
    })
    let push: (e: object) => void = () => undefined
    answers.push((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      push = (e) => res.write(`${JSON.stringify(e)}\n`)
      push(app('web', 1))
    })
    const watch = new SharedWatch(
      client(),
      { projects: ['shop'] },
      {
        format: 'ndjson',
        idleMs: 1000,
        idleTimer: manualIdle().timer,
        reconnectMs: 10
      }
    )
    const heard: string[] = []
    let delivered: () => void = () => undefined
    const third = new Promise<void>((resolve) => (delivered = resolve))
    const listen = (who: string) => ({
      onEvent: (_t: string, a: WireApplication) => {
        heard.push(`${who} ${a.metadata?.name} ${a.metadata?.resourceVersion}`)
        if (heard.length === 3) delivered()
      }
    })
    const offWeb = watch.subscribe({ name: 'web', namespace: 'argocd' }, listen('web'))
    watch.subscribe({ name: 'api', namespace: 'argocd' }, listen('api'))
    await new Promise<void>((resolve) => {
      const check = () => (heard.length === 1 ? resolve() : setImmediate(check))
      check()
    })
    offWeb()
    push(app('web', 2)) // nobody listens to web any more
    push(app('api', 3, 'other')) // same name, another namespace
    push(app('api', 4))
    push(app('web', 5))
    push(app('api', 6))
    await third
    await watch.close()
    expect(heard).toEqual(['web web 1', 'api api 4', 'api api 6'])
    expect(seen).toHaveLength(1)
    expect(new URL(seen[0].url, base).searchParams.getAll('projects')).toEqual(['shop'])
  })
})
