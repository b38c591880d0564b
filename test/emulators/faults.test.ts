import { describe, expect, it } from '@jest/globals'
import { FaultInjector, statusOf, streamPlan } from './faults.js'
import type { FaultSpec } from './faults.js'

const SYNC = 'POST /api/v1/applications/{name}/sync'
const WATCH = 'GET /api/v1/stream/applications'

describe('shared fault injection', () => {
  // [what, fault, request (method, route key, path, stream?), applies]
  it.each<[string, FaultSpec, [string, string, string, boolean?], boolean]>([
    ['any route', { kind: 'status500' }, ['GET', 'GET /x', '/x'], true],
    ['route key', { kind: 'status500', route: SYNC }, ['POST', SYNC, '/api/v1/applications/web/sync'], true],
    ['another route key', { kind: 'status500', route: SYNC }, ['GET', 'GET /api/version', '/api/version'], false],
    [
      'template without method',
      { kind: 'drop', route: '/api/v1/applications/{name}/sync' },
      ['POST', SYNC, '/api/v1/applications/web/sync'],
      true
    ],
    ['RegExp on the path', { kind: 'drop', route: /\/web\// }, ['POST', SYNC, '/api/v1/applications/web/sync'], true],
    ['method (any case)', { kind: 'drop', method: 'post' }, ['POST', SYNC, '/api/v1/applications/web/sync'], true],
    ['other method', { kind: 'drop', method: 'GET' }, ['POST', SYNC, '/api/v1/applications/web/sync'], false],
    ['stream kind on a stream', { kind: 'streamDrop' }, ['GET', WATCH, '/api/v1/stream/applications', true], true],
    ['stream kind elsewhere', { kind: 'streamSilent' }, ['GET', 'GET /api/version', '/api/version'], false],
    ['other kinds on a stream', { kind: 'status503' }, ['GET', WATCH, '/api/v1/stream/applications', true], true]
  ])('matches by %s', (_what, spec, [method, key, path, stream], applies) => {
    const faults = new FaultInjector()
    faults.inject(spec)
    expect(faults.take(method, key, path, { stream }) !== undefined).toBe(applies)
    expect(faults.pending()).toBe(applies ? 0 : 1)
  })

  it('consumes faults in order of injection, `times` each, and counts them per route', () => {
    const faults = new FaultInjector()
    const first = faults.inject({ kind: 'status502', times: 2 })
    const second = faults.inject({ kind: 'latency', latencyMs: 5, route: SYNC, times: Infinity })
    const kinds = [
      faults.take('POST', SYNC, '/api/v1/applications/a/sync')?.kind,
      faults.take('GET', 'GET /api/version', '/api/version')?.kind,
      faults.take('POST', SYNC, '/api/v1/applications/b/sync')?.kind,
      faults.take('GET', 'GET /api/version', '/api/version')?.kind
    ]
    expect(kinds).toEqual(['status502', 'status502', 'latency', undefined])
    expect([first.hits, first.remaining, second.hits, second.remaining]).toEqual([2, 0, 1, Infinity])
    expect([...first.hitsByRoute]).toEqual([
      [SYNC, 1],
      ['GET /api/version', 1]
    ])
    expect(faults.appliedByRoute.get(SYNC)).toBe(2)
    expect(faults.pending()).toBe(1)
    faults.clear()
    expect([faults.pending(), faults.appliedByRoute.size]).toEqual([0, 0])
  })

  it('fills in defaults', () => {
    const fault = new FaultInjector().inject({ kind: 'secondaryRateLimit' })
    expect([fault.times, fault.retryAfterSeconds, fault.latencyMs, fault.afterEvents]).toEqual([1, 1, 0, 1])
  })

  it.each([
    ['status500', 500],
    ['status502', 502],
    ['status429', 429],
    ['secondaryRateLimit', 403],
    ['drop', undefined],
    ['streamDrop', undefined]
  ])('%s stands for status %s', (kind, status) => {
    expect(statusOf(kind)).toBe(status)
  })

  it('plans streams: cut after afterEvents, silent, or untouched', () => {
    const faults = new FaultInjector()
    faults.inject({ kind: 'streamDrop', afterEvents: 3 })
    faults.inject({ kind: 'streamSilent' })
    const take = () => faults.take('GET', WATCH, '/api/v1/stream/applications', { stream: true })
    expect([streamPlan(take()), streamPlan(take()), streamPlan(take())]).toEqual([
      { dropAfter: 3, silent: false },
      { dropAfter: Infinity, silent: true },
      { dropAfter: Infinity, silent: false }
    ])
  })
})
