/**
 * The attribute diff built from a JSON plan alone, in Terraform's style: checked line for line against the text
 * Terraform printed for the same plans (the equivalence-test fixtures), and on cases written out by hand from
 * Terraform's renderer rules (nested objects and lists, sensitive values, unknowns, replacements, heredocs, JSON).
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { classifyActions } from '../../../src/core/plan/counting.js'
import { jsonPlanText, renderResourceChange } from '../../../src/core/plan/json-diff.js'
import { parseJsonPlan } from '../../../src/core/plan/json-plan.js'

const FIXTURES = '/work/shared/fixtures/plans'
const fixture = (name: string): string => readFileSync(resolve(FIXTURES, name), 'utf8')

type Json = Record<string, unknown>

const render = (rc: Json): string => {
  const change = rc.change as Json
  return renderResourceChange(rc, classifyActions(change.actions as string[]).action).join('\n')
}

describe('renderResourceChange: the same text as Terraform for the same JSON plan', () => {
  it.each(['tf-equiv-basic_multiline_string_update', 'tf-equiv-data_read', 'tf-equiv-moved_with_drift'])(
    '%s',
    (name) => {
      const text = fixture(`${name}.txt`)
      const plan = JSON.parse(fixture(`${name}.json`)) as Json
      const changes = (plan.resource_changes as Json[]).filter(
        (rc) => (rc.change as Json).actions !== undefined && ((rc.change as Json).actions as string[])[0] !== 'no-op'
      )
      expect(changes.length).toBeGreaterThan(0)
      for (const rc of changes) expect(text).toContain(`\n${render(rc)}\n`)
    }
  )

  it('renders output changes as Terraform does (tf-equiv-variables_and_outputs)', () => {
    const text = fixture('tf-equiv-variables_and_outputs.txt')
    const json = fixture('tf-equiv-variables_and_outputs.json')
    const rendered = jsonPlanText(JSON.parse(json), parseJsonPlan(json).counts)
    expect(rendered.startsWith('Changes to Outputs:\n')).toBe(true)
    expect(text).toContain(`\n${rendered}\n`)
  })
})

interface Case {
  name: string
  rc: Json
  want: string[]
}

const resource = (address: string, change: Json, extra: Json = {}): Json => {
  const [type, name] = address.replace(/^module\.[^.]+\./, '').split('.')
  return { address, mode: 'managed', type, name: name.replace(/\[.*$/, ''), change, ...extra }
}

const cases: Case[] = [
  {
    name: 'create: nested map, list and block, sensitive and unknown values, nulls left out',
    rc: resource('aws_db_instance.main', {
      actions: ['create'],
      before: null,
      after: {
        allocated_storage: 20,
        engine: 'postgres',
        password: 'hunter2',
        multi_az: false,
        parameters: ['a', 'b'],
        tags: { env: 'prod' },
        backup: [{ retention: 7, window: '03:00-04:00' }],
        id: null,
        endpoint: null,
        kms_key_id: null
      },
      after_unknown: { id: true, endpoint: true },
      before_sensitive: false,
      after_sensitive: { password: true }
    }),
    want: [
      '  # aws_db_instance.main will be created',
      '  + resource "aws_db_instance" "main" {',
      '      + allocated_storage = 20',
      '      + endpoint          = (known after apply)',
      '      + engine            = "postgres"',
      '      + id                = (known after apply)',
      '      + multi_az          = false',
      '      + parameters        = [',
      '          + "a",',
      '          + "b",',
      '        ]',
      '      + password          = (sensitive value)',
      '      + tags              = {',
      '          + "env" = "prod"',
      '        }',
      '',
      '      + backup {',
      '          + retention = 7',
      '          + window    = "03:00-04:00"',
      '        }',
      '    }'
    ]
  },
  {
    name: 'update: changed, unknown and hidden attributes, a map, a nested block',
    rc: resource('aws_instance.web', {
      actions: ['update'],
      before: {
        ami: 'ami-1',
        id: 'i-1',
        instance_type: 't3.micro',
        labels: { env: 'dev', team: 'a' },
        private_ip: '10.0.0.1',
        user_data: 'x',
        root_block_device: [{ encrypted: false, volume_size: 8 }],
        ebs_block_device: [{ device_name: '/dev/sdb', volume_size: 50 }]
      },
      after: {
        ami: 'ami-2',
        id: 'i-1',
        instance_type: 't3.micro',
        labels: { env: 'dev', team: 'b' },
        private_ip: null,
        user_data: 'x',
        root_block_device: [{ encrypted: false, volume_size: 16 }],
        ebs_block_device: [{ device_name: '/dev/sdb', volume_size: 50 }]
      },
      after_unknown: { private_ip: true },
      before_sensitive: {},
      after_sensitive: {}
    }),
    want: [
      '  # aws_instance.web will be updated in-place',
      '  ~ resource "aws_instance" "web" {',
      '      ~ ami           = "ami-1" -> "ami-2"',
      '        id            = "i-1"',
      '      ~ labels        = {',
      '          ~ "team" = "a" -> "b"',
      '            # (1 unchanged element hidden)',
      '        }',
      '      ~ private_ip    = "10.0.0.1" -> (known after apply)',
      '        # (2 unchanged attributes hidden)',
      '',
      '      ~ root_block_device {',
      '          ~ volume_size = 8 -> 16',
      '            # (1 unchanged attribute hidden)',
      '        }',
      '',
      '        # (1 unchanged block hidden)',
      '    }'
    ]
  },
  {
    name: 'destroy: every value -> null, the reason line from action_reason',
    rc: resource(
      'aws_s3_bucket.logs',
      {
        actions: ['delete'],
        before: { bucket: 'logs', id: 'logs', tags: { env: 'dev' }, acl: null, versioning: [{ enabled: true }] },
        after: null,
        after_unknown: {},
        before_sensitive: {},
        after_sensitive: false
      },
      { action_reason: 'delete_because_no_resource_config' }
    ),
    want: [
      '  # aws_s3_bucket.logs will be destroyed',
      '  # (because aws_s3_bucket.logs is not in configuration)',
      '  - resource "aws_s3_bucket" "logs" {',
      '      - bucket = "logs" -> null',
      '      - id     = "logs" -> null',
      '      - tags   = {',
      '          - "env" = "dev"',
      '        } -> null',
      '',
      '      - versioning {',
      '          - enabled = true -> null',
      '        }',
      '    }'
    ]
  },
  {
    name: 'replace: forces replacement, a sensitive value that changes',
    rc: resource(
      'google_sql_user.app',
      {
        actions: ['delete', 'create'],
        before: { id: 'app//db', instance: 'db', name: 'app', password: 'old' },
        after: { id: null, instance: 'db-v2', name: 'app', password: 'new' },
        after_unknown: { id: true },
        before_sensitive: { password: true },
        after_sensitive: { password: true },
        replace_paths: [['instance']]
      },
      { action_reason: 'replace_because_cannot_update' }
    ),
    want: [
      '  # google_sql_user.app must be replaced',
      '-/+ resource "google_sql_user" "app" {',
      '      ~ id       = "app//db" -> (known after apply)',
      '      ~ instance = "db" -> "db-v2" # forces replacement',
      '        name     = "app"',
      '      ~ password = (sensitive value)',
      '    }'
    ]
  },
  {
    name: 'destroy of a count index',
    rc: resource(
      'null_resource.n[3]',
      { actions: ['delete'], before: { id: '42' }, after: null, after_unknown: {} },
      { index: 3, action_reason: 'delete_because_count_index' }
    ),
    want: [
      '  # null_resource.n[3] will be destroyed',
      '  # (because index [3] is out of range for count)',
      '  - resource "null_resource" "n" {',
      '      - id = "42" -> null',
      '    }'
    ]
  },
  {
    name: 'tainted create-before-destroy replacement',
    rc: resource(
      'null_resource.t',
      { actions: ['create', 'delete'], before: { id: '1' }, after: { id: null }, after_unknown: { id: true } },
      { action_reason: 'replace_because_tainted' }
    ),
    want: [
      '  # null_resource.t is tainted, so must be replaced',
      '+/- resource "null_resource" "t" {',
      '      ~ id = "1" -> (known after apply)',
      '    }'
    ]
  },
  {
    name: 'a JSON string as jsonencode with a diff inside, a multi-line string as a heredoc',
    rc: resource('aws_iam_policy.p', {
      actions: ['update'],
      before: { id: 'p', policy: '{"Version":"2012","Statement":[{"Effect":"Allow"}]}', script: 'a\nb\nc\n' },
      after: { id: 'p', policy: '{"Version":"2024","Statement":[{"Effect":"Allow"}]}', script: 'a\nB\nc\n' },
      after_unknown: {}
    }),
    want: [
      '  # aws_iam_policy.p will be updated in-place',
      '  ~ resource "aws_iam_policy" "p" {',
      '        id     = "p"',
      '      ~ policy = jsonencode(',
      '          ~ {',
      '              ~ Version   = "2012" -> "2024"',
      '                # (1 unchanged attribute hidden)',
      '            }',
      '        )',
      '      ~ script = <<-EOT',
      '            a',
      '          - b',
      '          + B',
      '            c',
      '        EOT',
      '    }'
    ]
  },
  {
    name: 'a list of the same length: pairs by index, the element before as context, the rest counted',
    rc: resource('google_compute_firewall.fw', {
      actions: ['update'],
      before: { id: 'fw', source_ranges: ['10.0.0.0/8', '10.1.0.0/16', '10.2.0.0/16', '10.3.0.0/16', '10.4.0.0/16'] },
      after: { id: 'fw', source_ranges: ['10.0.0.0/8', '10.1.0.0/16', '10.2.0.0/16', '10.3.0.0/16', '10.9.0.0/16'] },
      after_unknown: {}
    }),
    want: [
      '  # google_compute_firewall.fw will be updated in-place',
      '  ~ resource "google_compute_firewall" "fw" {',
      '        id            = "fw"',
      '      ~ source_ranges = [',
      '            # (3 unchanged elements hidden)',
      '            "10.3.0.0/16",',
      '          ~ "10.4.0.0/16" -> "10.9.0.0/16",',
      '        ]',
      '    }'
    ]
  },
  {
    name: 'a moved resource without other changes',
    rc: resource(
      'aws_instance.b',
      {
        actions: ['no-op'],
        before: { id: 'i-1', ami: 'ami-1' },
        after: { id: 'i-1', ami: 'ami-1' },
        after_unknown: {}
      },
      { previous_address: 'aws_instance.a' }
    ),
    want: [
      '  # aws_instance.a has moved to aws_instance.b',
      '    resource "aws_instance" "b" {',
      '        id  = "i-1"',
      '        # (1 unchanged attribute hidden)',
      '    }'
    ]
  },
  {
    name: 'hostile values stay as they are (the renderer fences them)',
    rc: resource('null_resource.x', {
      actions: ['create'],
      before: null,
      after: { triggers: { '@octocat': '</details>```' } },
      after_unknown: {}
    }),
    want: [
      '  # null_resource.x will be created',
      '  + resource "null_resource" "x" {',
      '      + triggers = {',
      '          + "@octocat" = "</details>```"',
      '        }',
      '    }'
    ]
  }
]

describe('renderResourceChange: written-out cases', () => {
  it.each(cases)('$name', ({ rc, want }) => {
    expect(render(rc).split('\n')).toEqual(want)
  })
})

describe('jsonPlanText', () => {
  const plan = {
    format_version: '1.2',
    resource_changes: [
      resource('a.create', { actions: ['create'], before: null, after: { v: 1 }, after_unknown: {} }),
      resource('a.gone', { actions: ['delete'], before: { v: 1 }, after: null, after_unknown: {} }),
      resource('a.same', { actions: ['no-op'], before: { v: 1 }, after: { v: 1 }, after_unknown: {} }),
      resource('a.swap', { actions: ['delete', 'create'], before: { v: 1 }, after: { v: 2 }, after_unknown: {} }),
      resource('a.edit', { actions: ['update'], before: { v: 1 }, after: { v: 2 }, after_unknown: {} })
    ]
  }

  it('groups resources by action, destroys and replacements first, each group under a heading, then the Plan line', () => {
    const text = jsonPlanText(plan, parseJsonPlan(plan).counts)
    const lines = text.split('\n')
    expect(lines.filter((l) => l.startsWith('# ---') || /^ {2}# \S+ (will|must)/.test(l))).toEqual([
      '# --- 1 to destroy ---',
      '  # a.gone will be destroyed',
      '# --- 1 to replace ---',
      '  # a.swap must be replaced',
      '# --- 1 to create ---',
      '  # a.create will be created',
      '# --- 1 to update in-place ---',
      '  # a.edit will be updated in-place'
    ])
    expect(text).not.toContain('a.same')
    expect(lines.at(-1)).toBe('Plan: 2 to add, 1 to change, 2 to destroy.')
  })

  it('leaves out the headings when there is one group, and is empty without changes', () => {
    const one = { format_version: '1.2', resource_changes: plan.resource_changes.slice(0, 1) }
    expect(jsonPlanText(one, parseJsonPlan(one).counts)).not.toContain('# ---')
    const none = { format_version: '1.2', resource_changes: plan.resource_changes.slice(2, 3) }
    expect(jsonPlanText(none, parseJsonPlan(none).counts)).toBe('')
  })
})
