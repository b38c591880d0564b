import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { InputReader, recordInputs } from '../../../src/core/action/inputs.js'
import { readSettings } from '../../../src/approval-gate/settings.js'

const dir = await mkdtemp(join(tmpdir(), 'gate-settings-'))
afterAll(() => rm(dir, { recursive: true, force: true }))
const config = join(dir, 'gitops.yaml')
await writeFile(
  config,
  [
    'environments:',
    '  - name: dev',
    '  - name: prod',
    '    approval:',
    '      approvers: ["@acme/sre", alice]',
    '      min-approvals: 2',
    '      windows: ["Mon-Fri 09:00-17:00 Europe/Berlin"]',
    '      timeout: 4h',
    '      deny-wins: false',
    '      exclude-initiator: false',
    ''
  ].join('\n')
)

/** The action.yml defaults, as the runner passes them. */
const DEFAULTS = {
  config,
  mode: 'issue',
  wait: 'true',
  'poll-interval': '15s',
  'outside-window': 'wait',
  'fail-on-deny': 'true',
  labels: 'approval-gate',
  'github-token': 'ghs_x'
}

const read = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
  readSettings(new InputReader(recordInputs({ ...DEFAULTS, ...inputs })), env)

describe('readSettings', () => {
  it('reads users and teams in every written form, with the fallbacks', async () => {
    const s = await read({ approvers: 'alice, @bob\nacme/sre, @acme/platform' })
    expect(s.approvers).toEqual([
      { kind: 'user', login: 'alice' },
      { kind: 'user', login: 'bob' },
      { kind: 'team', org: 'acme', slug: 'sre' },
      { kind: 'team', org: 'acme', slug: 'platform' }
    ])
    expect(s).toMatchObject({ minApprovals: 1, timeoutMs: 3_600_000, allowSelfApproval: false, denyWins: true })
    expect(s.windows).toEqual([])
  })

  it('takes the environment from the config file', async () => {
    const s = await read({ environment: 'prod' })
    expect(s.approvers.map((a) => (a.kind === 'team' ? `@${a.org}/${a.slug}` : a.login))).toEqual([
      '@acme/sre',
      'alice'
    ])
    expect(s).toMatchObject({ minApprovals: 2, timeoutMs: 4 * 3_600_000, allowSelfApproval: true, denyWins: false })
    expect(s.windows.map((w) => w.text)).toEqual(['Mon-Fri 09:00-17:00 Europe/Berlin'])
  })

  it('lets inputs override the file', async () => {
    const s = await read({
      environment: 'prod',
      approvers: 'carol, dave, erin',
      'min-approvals': '3',
      timeout: '10m',
      windows: 'Sat 10:00-12:00 UTC',
      'allow-self-approval': 'false'
    })
    expect(s).toMatchObject({ minApprovals: 3, timeoutMs: 600_000, allowSelfApproval: false })
    expect(s.windows.map((w) => w.text)).toEqual(['Sat 10:00-12:00 UTC'])
  })

  it('approves at once for an environment without approval rules', async () => {
    expect((await read({ environment: 'dev' })).autoApprovedBecause).toContain("environment 'dev'")
  })

  it('reads the test clock only from its variable', async () => {
    const s = await read({ approvers: 'alice' }, { GITOPS_ACTIONS_TEST_NOW: '2026-12-05T10:00:00Z' })
    expect(Math.abs(s.clock.now() - Date.parse('2026-12-05T10:00:00Z'))).toBeLessThan(1000)
  })

  it.each([
    [{}, "Input 'approvers' has invalid value '': expected users or @org/team names (required unless"],
    [
      { approvers: 'alice,bob', 'min-approvals': '3' },
      "Input 'min-approvals' has invalid value '3': expected at most 2"
    ],
    [{ approvers: 'alice', 'min-approvals': '0' }, "Input 'min-approvals' has invalid value '0'"],
    [{ approvers: 'al ice' }, "Input 'approvers' has invalid value 'al ice'"],
    [{ approvers: 'alice', windows: 'Mon-Fry 09:00-17:00' }, "unknown day 'Fry', did you mean 'Fri'?"],
    [{ approvers: 'alice', timeout: 'soon' }, "Input 'timeout' has invalid value 'soon'"],
    [{ approvers: 'alice', 'poll-interval': '500ms' }, "Input 'poll-interval' has invalid value '500ms'"],
    [
      { approvers: 'alice', mode: 'slack' },
      "Input 'mode' has invalid value 'slack': expected one of issue, pull-request"
    ],
    [{ environment: 'prd' }, "Input 'environment' names environment 'prd', which is not defined"],
    [{ approvers: 'alice' }, 'GITOPS_ACTIONS_TEST_NOW', { GITOPS_ACTIONS_TEST_NOW: 'tomorrow' }]
  ] as Array<[Record<string, string>, string, Record<string, string>?]>)(
    '%j fails: %s',
    async (...[inputs, message, env]) => {
      await expect(read(inputs, env)).rejects.toThrow(message)
    }
  )
})
