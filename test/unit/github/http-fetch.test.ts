import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { httpFetch } from '../../../src/core/github/http-fetch.js'
import { createGitHubClient, whenSent } from '../../../src/core/github/client.js'

interface Seen {
  method: string
  url: string
  headers: IncomingMessage['headers']
  body: string
}

let server: Server
let base: string
let other: string
const seen: Seen[] = []

function route(req: IncomingMessage, res: ServerResponse, body: string): void {
  seen.push({ method: req.method!, url: req.url!, headers: req.headers, body })
  const url = new URL(req.url!, base)
  switch (url.pathname) {
    case '/json':
      res.writeHead(201, 'Made', { 'content-type': 'application/json; charset=utf-8', 'x-ratelimit-remaining': '42' })
      res.end(JSON.stringify({ echo: body, method: req.method }))
      return
    case '/gzip':
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' })
      res.end(gzipSync('unzipped ünïcode'))
      return
    case '/redirect-303':
      res.writeHead(303, { location: '/json' })
      res.end()
      return
    case '/redirect-307':
      res.writeHead(307, { location: '/json' })
      res.end()
      return
    case '/elsewhere':
      res.writeHead(302, { location: `${other}/json` })
      res.end()
      return
    case '/loop':
      res.writeHead(302, { location: '/loop' })
      res.end()
      return
    case '/never':
      return // no answer: the caller aborts
    case '/multi':
      res.setHeader('x-thing', ['a', 'b'])
      res.writeHead(404, { 'content-type': 'application/json' })
      res.end('{"message":"Not Found"}')
      return
    default:
      res.writeHead(500)
      res.end('unexpected')
  }
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (c: string) => (body += c))
    req.on('end', () => route(req, res, body))
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const port = (server.address() as AddressInfo).port
  base = `http://127.0.0.1:${port}`
  other = `http://localhost:${port}` // same server, another origin
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((r) => server.close(r))
})

describe('httpFetch', () => {
  it('sends method, headers and body and reads status, headers and JSON', async () => {
    const res = await httpFetch(`${base}/json`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'token t' },
      body: '{"a":"é"}'
    })
    expect(res.status).toBe(201)
    expect(res.statusText).toBe('Made')
    expect(res.ok).toBe(true)
    expect(res.headers.get('X-RateLimit-Remaining')).toBe('42')
    expect(await res.json()).toEqual({ echo: '{"a":"é"}', method: 'POST' })
    const last = seen.at(-1)!
    expect(last.headers['content-length']).toBe(String(Buffer.byteLength('{"a":"é"}')))
    expect(last.headers.authorization).toBe('token t')
  })

  it('joins repeated headers and iterates them with lower-case names', async () => {
    const res = await httpFetch(`${base}/multi`)
    expect(res.status).toBe(404)
    expect(res.ok).toBe(false)
    const headers = Object.fromEntries(res.headers)
    expect(headers['x-thing']).toBe('a, b')
    expect(headers['content-type']).toBe('application/json')
    expect(await res.text()).toBe('{"message":"Not Found"}')
  })

  it('decodes a gzip body', async () => {
    const res = await httpFetch(`${base}/gzip`)
    expect(await res.text()).toBe('unzipped ünïcode')
    expect(new TextDecoder().decode(await res.arrayBuffer())).toBe('unzipped ünïcode')
  })

  it.each([
    ['303 turns a POST into a GET without body', '/redirect-303', 'GET', ''],
    ['307 repeats the method and body', '/redirect-307', 'POST', 'payload']
  ])('follows a redirect: %s', async (_name, path, method, body) => {
    const res = await httpFetch(`${base}${path}`, { method: 'POST', body: 'payload' })
    expect(res.redirected).toBe(true)
    expect(res.url).toBe(`${base}/json`)
    expect(await res.json()).toEqual({ echo: body, method })
  })

  it('does not send the Authorization header to another origin', async () => {
    const res = await httpFetch(`${base}/elsewhere`, { headers: { authorization: 'token secret' } })
    expect(res.url).toBe(`${other}/json`)
    expect(seen.at(-2)!.headers.authorization).toBe('token secret')
    expect(seen.at(-1)!.headers.authorization).toBeUndefined()
  })

  it('leaves a redirect alone with redirect: manual, and gives up on a loop', async () => {
    const res = await httpFetch(`${base}/redirect-303`, { redirect: 'manual' })
    expect(res.status).toBe(303)
    await expect(httpFetch(`${base}/loop`)).rejects.toThrow(TypeError)
  })

  it('rejects with an AbortError when aborted, and a TypeError with the cause on a network error', async () => {
    const stop = new AbortController()
    const pending = httpFetch(`${base}/never`, { signal: stop.signal })
    setImmediate(() => stop.abort())
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
    const refused = await httpFetch('http://127.0.0.1:9/').catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(TypeError)
    expect((refused as TypeError).cause).toMatchObject({ code: 'ECONNREFUSED' })
  })
})

describe('createGitHubClient over httpFetch', () => {
  it('authenticates with the token, reads JSON and turns an error status into a RequestError', async () => {
    const octokit = createGitHubClient({ token: 'ghs_x', baseUrl: `${base}/` })
    const res = await octokit.request('POST /json', { a: 1 })
    expect(res.status).toBe(201)
    expect(res.headers['x-ratelimit-remaining']).toBe('42')
    expect(res.data).toEqual({ echo: '{"a":1}', method: 'POST' })
    expect(seen.at(-1)!.headers.authorization).toBe('token ghs_x')
    expect(seen.at(-1)!.headers['user-agent']).toMatch(/^gitops-actions /)
    await expect(octokit.request('GET /multi')).rejects.toMatchObject({ status: 404, message: 'Not Found' })
  })

  it('whenSent resolves once the request is on the wire, before its answer', async () => {
    const octokit = createGitHubClient({ token: 'ghs_x', baseUrl: base })
    const controller = new AbortController()
    const request = octokit.request('GET /never', { request: { signal: controller.signal } })
    request.catch(() => undefined)
    const before = seen.length
    await whenSent(request)
    // the server has the request (no answer is ever sent): give its parser a moment to see it
    for (let i = 0; i < 50 && seen.length === before; i++) await new Promise((r) => setTimeout(r, 10))
    expect(seen.at(-1)!.url).toBe('/never')
    controller.abort()
    await expect(request).rejects.toThrow()
  })
})
