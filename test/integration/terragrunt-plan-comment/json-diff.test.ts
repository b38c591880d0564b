/**
 * terragrunt-plan-comment with JSON plans alone (plan-path over a `--json-out-dir` tree, no plan text): each unit's
 * details show the attribute diff built from the JSON, in Terraform's style (nested values, sensitive values,
 * unknowns, reasons), grouped by action, fenced like any plan text.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { emulatorForTests } from '../../emulators/github/jest.js'
import { OWNER, REPO, cleanup, emptyDir, fixtureJson, prEvent, runPlan, splitFences } from './helpers.js'

const gh = await emulatorForTests({ owner: OWNER, repo: REPO })
afterAll(cleanup)

const HOSTILE = '</details>\n```\n@octocat <img src=x>'

const plan = {
  format_version: '1.2',
  terraform_version: '1.9.8',
  resource_changes: [
    {
      address: 'aws_db_instance.main',
      mode: 'managed',
      type: 'aws_db_instance',
      name: 'main',
      change: {
        actions: ['create'],
        before: null,
        after: {
          engine: 'postgres',
          password: 'hunter2',
          tags: { env: 'prod', team: 'data' },
          backup: [{ retention: 7, window: '03:00-04:00' }],
          id: null
        },
        after_unknown: { id: true },
        before_sensitive: false,
        after_sensitive: { password: true }
      }
    },
    {
      address: 'aws_instance.web',
      mode: 'managed',
      type: 'aws_instance',
      name: 'web',
      change: {
        actions: ['update'],
        before: { id: 'i-1', private_ip: '10.0.0.1', user_data: 'a', labels: { team: 'web' } },
        after: { id: 'i-1', private_ip: null, user_data: HOSTILE, labels: { team: 'platform' } },
        after_unknown: { private_ip: true },
        before_sensitive: {},
        after_sensitive: {}
      }
    },
    {
      address: 'aws_s3_bucket.logs',
      mode: 'managed',
      type: 'aws_s3_bucket',
      name: 'logs',
      action_reason: 'delete_because_no_resource_config',
      change: { actions: ['delete'], before: { bucket: 'logs', id: 'logs' }, after: null, after_unknown: {} }
    }
  ],
  applyable: true,
  complete: true,
  errored: false
}

describe('JSON plans without text', () => {
  it('show attribute diffs built from the JSON: nested, sensitive, unknown, with reasons, destroys first', async () => {
    const workspace = await emptyDir('tpc-json-')
    await mkdir(join(workspace, 'plans', 'live/app'), { recursive: true })
    await writeFile(join(workspace, 'plans', 'live/app', 'tfplan.json'), JSON.stringify(plan))
    await mkdir(join(workspace, 'plans', 'live/complex'), { recursive: true })
    await writeFile(
      join(workspace, 'plans', 'live/complex', 'tfplan.json'),
      await fixtureJson('tf-equiv-fully_populated_complex_destroy')
    )
    const pr = gh.state.createPull(OWNER, REPO, { title: 'JSON', head: 'json' })
    const run = await runPlan({
      workspace,
      apiUrl: gh.url,
      event: prEvent(pr),
      inputs: { 'plan-path': 'plans', 'working-directory': '.' }
    })
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    const [comment] = gh.state.comments(OWNER, REPO, pr.number)
    const { outside, blocks } = splitFences(comment.body)
    expect(blocks).toHaveLength(2)
    // Units in path order; each block is one unit's diff.
    const [app, complex] = blocks.map((b) => b.body)
    expect(blocks.every((b) => b.info === 'diff')).toBe(true)

    const lines = app.split('\n')
    const at = (re: RegExp): number => lines.findIndex((l) => re.test(l))
    // Grouped: the destroy with its reason first, then the create, then the update.
    expect(lines.slice(0, 4)).toEqual([
      '# --- 1 to destroy ---',
      '',
      '  # aws_s3_bucket.logs will be destroyed',
      '  # (because aws_s3_bucket.logs is not in configuration)'
    ])
    expect(at(/^-\s+bucket = "logs" -> null$/)).toBeGreaterThan(0)
    expect(at(/^# --- 1 to create ---$/)).toBeLessThan(at(/^# --- 1 to update in-place ---$/))
    // Create: sensitive, unknown, a nested map and a nested block.
    expect(at(/^\+\s+password = \(sensitive value\)$/)).toBeGreaterThan(0)
    expect(at(/^\+\s+id {7}= \(known after apply\)$/)).toBeGreaterThan(0)
    expect(app).toMatch(/^\+\s+tags {5}= \{\n\+\s+"env" {2}= "prod"\n\+\s+"team" = "data"\n\s+\}$/m)
    expect(app).toMatch(/^\+\s+backup \{\n\+\s+retention = 7\n\+\s+window {4}= "03:00-04:00"\n\s+\}$/m)
    expect(app).not.toContain('hunter2')
    // Update: known -> unknown, a map element, a multi-line string as a heredoc diff; the hostile value stays fenced.
    expect(at(/^!\s+private_ip = "10\.0\.0\.1" -> \(known after apply\)$/)).toBeGreaterThan(0)
    expect(at(/^!\s+"team" = "web" -> "platform"$/)).toBeGreaterThan(0)
    expect(at(/^!\s+user_data {2}= <<-EOT$/)).toBeGreaterThan(0)
    expect(at(/^\+\s+<\/details>$/)).toBeGreaterThan(0)
    expect(at(/^\+\s+@octocat <img src=x>$/)).toBeGreaterThan(0)
    expect(lines.at(-1)).toBe('Plan: 1 to add, 1 to change, 1 to destroy.')
    expect(outside).not.toContain('<img')
    expect(outside.split('</details>').length).toBe(outside.split('<details>').length)

    // Terraform's own nested rendering of a real plan (lists of objects, maps, heredocs, JSON strings).
    expect(complex).toContain('  # tfcoremock_complex_resource.complex will be destroyed')
    // A list of objects directly in a resource reads as nested blocks (the JSON plan has no schema to say otherwise).
    expect(complex).toMatch(/^-\s+list \{$/m)
    expect(complex).toMatch(/^-\s+map {5}= \{$/m)
    expect(complex).toMatch(/^-\s+object {2}= \{\n-\s+bool {3}= false -> null$/m)
    expect(complex).toMatch(/^\s+EOT -> null$/m)
    expect(complex.split('\n').at(-1)).toBe('Plan: 0 to add, 0 to change, 1 to destroy.')
  }, 120_000)
})
