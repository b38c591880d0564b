import { describe, expect, it } from '@jest/globals'
import { InputReader, recordInputs } from '../../../src/core/action/index.js'
import { actionDefaults } from '../../harness/run-action.js'
import { readSettings } from '../../../src/argocd-sync-wait/settings.js'

const SHA = '0123456789abcdef0123456789abcdef01234567'
const read = (inputs: Record<string, string>) =>
  readSettings(
    new InputReader(
      recordInputs({
        ...actionDefaults('argocd-sync-wait', 'ghs_x'),
        server: 'https://cd.example.com/argo-cd',
        'auth-token': 'a.b.c',
        apps: 'web',
        ...inputs
      })
    )
  )

describe('argocd-sync-wait settings', () => {
  it('reads the defaults of action.yml', () => {
    const s = read({})
    expect(s).toMatchObject({
      server: 'https://cd.example.com/argo-cd',
      auth: { token: 'a.b.c' },
      secrets: ['a.b.c'],
      apps: [{ name: 'web' }],
      sync: true,
      prune: false,
      retryLimit: 0,
      retryBackoff: '5s',
      expectedRevisions: [],
      waitFor: { sync: true, health: true, operation: true, suspended: false },
      timeoutMs: 600_000,
      refresh: 'normal',
      ifOperationRunning: 'wait',
      degradedGraceMs: 120_000,
      onFailure: 'fail',
      outsideWindow: 'wait',
      pollIntervalMs: 15_000,
      stream: 'ndjson'
    })
  })

  it('parses apps, resources, sync options, wait-for and revisions', () => {
    const s = read({
      apps: 'team-a/web,\napi',
      project: 'shop',
      resources: 'apps:Deployment:web/api\n:Service:api',
      'sync-options': 'ServerSideApply=true, CreateNamespace=true',
      'wait-for': 'health,suspended',
      revision: SHA,
      'retry-backoff': '1m30s'
    })
    expect(s.apps).toEqual([
      { namespace: 'team-a', name: 'web', project: 'shop' },
      { name: 'api', project: 'shop' }
    ])
    expect(s.resources).toEqual([
      { group: 'apps', kind: 'Deployment', namespace: 'web', name: 'api' },
      { group: '', kind: 'Service', namespace: '', name: 'api' }
    ])
    expect(s.syncOptions).toEqual(['ServerSideApply=true', 'CreateNamespace=true'])
    expect(s.waitFor).toEqual({ sync: false, health: true, operation: false, suspended: true })
    expect(s.expectedRevisions).toEqual([SHA])
    expect(s.retryBackoff).toBe('1m30s')
  })

  it('takes a branch as revision without expecting it as a SHA, and a session from username and password', () => {
    const s = read({ revision: 'main', 'auth-token': '', username: 'ci', password: 'pw' })
    expect(s.expectedRevisions).toEqual([])
    expect(s.auth).toEqual({ username: 'ci', password: 'pw' })
    expect(s.secrets).toEqual(['pw'])
  })

  it.each([
    [{ server: 'cd.example.com' }, /Input 'server' has invalid value 'cd.example.com': expected an http\(s\) URL/],
    [{ 'auth-token': '' }, /Input 'auth-token' .*expected an Argo CD token, or username and password/],
    [{ 'auth-token': '', username: 'ci' }, /Input 'password'/],
    [{ apps: '' }, /Input 'apps' .*application names, or a selector/],
    [{ selector: 'team=web' }, /Input 'selector' .*empty when apps is given/],
    [{ apps: 'a/b/c' }, /Input 'apps' has invalid value 'a\/b\/c'/],
    [{ apps: 'Web_App' }, /Input 'apps' has invalid value 'Web_App'/],
    [
      { resources: 'Deployment/web' },
      /Input 'resources' has invalid value 'Deployment\/web': expected GROUP:KIND:NAME/
    ],
    [{ 'sync-options': 'Replace' }, /Input 'sync-options' has invalid value 'Replace'/],
    [
      { 'wait-for': 'healthy' },
      /Input 'wait-for' has invalid value 'healthy': expected a comma-separated list of sync, health, operation, suspended/
    ],
    [{ 'wait-for': '' }, /Input 'wait-for'/],
    [{ timeout: 'soon' }, /Input 'timeout' has invalid value 'soon'/],
    [{ refresh: 'soft' }, /Input 'refresh' .*one of normal, hard, none/],
    [{ 'if-operation-running': 'kill' }, /Input 'if-operation-running' .*one of wait, terminate, fail/],
    [{ 'on-failure': 'revert' }, /Input 'on-failure'/],
    [{ 'outside-window': 'skip' }, /Input 'outside-window'/],
    [{ 'retry-limit': '-1' }, /Input 'retry-limit'/],
    [{ 'poll-interval': '0s' }, /Input 'poll-interval' .*above zero/],
    [{ stream: 'websocket' }, /Input 'stream'/],
    [{ prune: 'yes' }, /Input 'prune' has invalid value 'yes': expected true or false/]
  ])('refuses %j', (inputs, message) => {
    expect(() => read(inputs)).toThrow(message)
  })
})
