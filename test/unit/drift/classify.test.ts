import { describe, expect, it } from '@jest/globals'
import { classifyPlan } from '../../../src/drift-detect/classify.js'
import type { DriftMode } from '../../../src/drift-detect/classify.js'
import { parseIgnoreRules } from '../../../src/drift-detect/ignore.js'
import { gkeNodeCountDrift } from '../../fixtures/derived-plans.js'
import { fixture } from '../plan/fixtures.js'

interface Case {
  name: string
  plan: () => unknown
  mode?: DriftMode
  ignore?: string[]
  classification: string
  drifted?: Array<[string, string[]]>
  unapplied?: string[]
  ignored?: string[]
}

const real = (name: string) => () => fixture(name)

const CASES: Case[] = [
  {
    name: 'moved resource whose attribute drifted and is read by another (relevant_attributes)',
    plan: real('tf-equiv-moved_with_drift.json'),
    classification: 'drift',
    drifted: [['tfcoremock_simple_resource.base_after', ['string']]],
    unapplied: ['tfcoremock_simple_resource.dependent']
  },
  {
    name: 'the same plan from OpenTofu',
    plan: real('tofu-equiv-moved_with_drift.json'),
    classification: 'drift',
    drifted: [['tfcoremock_simple_resource.base_after', ['string']]],
    unapplied: ['tfcoremock_simple_resource.dependent']
  },
  {
    name: 'drift the plan reverts (no relevant_attributes in the JSON) beside a code change',
    plan: real('tf-json-drift.json'),
    classification: 'drift',
    drifted: [['test_instance.should_refresh', ['ami']]],
    unapplied: ['test_instance.no_refresh']
  },
  {
    name: 'refresh-only plan in refresh-only mode: every state change is drift',
    plan: real('tf-equiv-drift_refresh_only.json'),
    mode: 'refresh-only',
    classification: 'drift',
    drifted: [['tfcoremock_simple_resource.drift', ['string']]],
    unapplied: []
  },
  {
    name: 'drift that nothing reads and the plan does not touch is not drift in plan mode',
    plan: real('tf-equiv-drift_refresh_only.json'),
    classification: 'clean',
    drifted: [],
    unapplied: []
  },
  {
    name: 'update in the code only: unapplied',
    plan: real('tf-equiv-basic_multiline_string_update.json'),
    classification: 'unapplied',
    unapplied: ['tfcoremock_simple_resource.multiline']
  },
  {
    name: 'destroy in the code: unapplied',
    plan: real('tf-equiv-fully_populated_complex_destroy.json'),
    classification: 'unapplied',
    unapplied: ['tfcoremock_complex_resource.complex']
  },
  {
    name: 'replacement in the code: unapplied',
    plan: real('tf-json-requires-replace.json'),
    classification: 'unapplied',
    unapplied: ['test_instance.test']
  },
  {
    name: 'creates beside a deferred data read: unapplied, the read is not a change',
    plan: real('tf-equiv-data_read.json'),
    classification: 'unapplied',
    unapplied: [
      'tfcoremock_simple_resource.create',
      'module.create.local_file.data_file',
      'module.create.random_integer.random'
    ]
  },
  { name: 'outputs only: clean', plan: real('tf-equiv-variables_and_outputs.json'), classification: 'clean' },
  {
    name: 'a move with an in-place update in the code',
    plan: real('tf-json-moved.json'),
    classification: 'unapplied',
    unapplied: ['test_instance.baz']
  },
  {
    name: 'node_count changed outside the code, reverted by the plan',
    plan: () => gkeNodeCountDrift(),
    classification: 'drift',
    drifted: [['google_container_node_pool.primary', ['node_count']]],
    unapplied: []
  },
  {
    name: 'an ignore rule on node_count silences the drift and its revert',
    plan: () => gkeNodeCountDrift(),
    ignore: ['google_container_node_pool.*:node_count'],
    classification: 'clean',
    drifted: [],
    unapplied: [],
    ignored: ['google_container_node_pool.primary']
  },
  {
    name: 'the node_count rule leaves a code change beside it: unapplied',
    plan: () => gkeNodeCountDrift({ withCodeChange: true }),
    ignore: ['google_container_node_pool.*:node_count'],
    classification: 'unapplied',
    unapplied: ['test_instance.no_refresh']
  },
  {
    name: 'an ignore rule on another attribute silences nothing',
    plan: () => gkeNodeCountDrift(),
    ignore: ['google_container_node_pool.*:node_config'],
    classification: 'drift',
    drifted: [['google_container_node_pool.primary', ['node_count']]]
  },
  {
    name: 'a whole-resource rule silences drift and changes of the resources it matches',
    plan: real('tf-json-drift.json'),
    ignore: ['test_instance.*'],
    classification: 'clean',
    ignored: ['test_instance.no_refresh', 'test_instance.should_refresh']
  },
  {
    name: 'a rule for a different address silences nothing',
    plan: real('tf-json-drift.json'),
    ignore: ['google_*'],
    classification: 'drift'
  },
  {
    name: 'refresh-only mode ignores resource changes of the code',
    plan: real('tf-json-drift.json'),
    mode: 'refresh-only',
    classification: 'drift',
    drifted: [['test_instance.should_refresh', ['ami']]],
    unapplied: []
  }
]

describe('classifyPlan on recorded plans', () => {
  it.each(CASES)('$name', (c) => {
    const result = classifyPlan(c.plan(), c.mode ?? 'plan', parseIgnoreRules(c.ignore ?? []))
    expect(result.classification).toBe(c.classification)
    if (c.drifted) expect(result.drifted.map((d) => [d.address, d.attributes])).toEqual(c.drifted)
    if (c.unapplied) expect(result.unapplied).toEqual(c.unapplied)
    if (c.ignored) expect(result.ignored).toEqual(c.ignored)
  })

  it('throws on an errored plan, so the unit is reported as an error and never as clean', () => {
    expect(() => classifyPlan(fixture('tf-json-plan-error.json'), 'plan')).toThrow(/errored/)
  })

  it('throws on JSON that is not a plan', () => {
    expect(() => classifyPlan('{"hello": 1}', 'plan')).toThrow(/format_version/)
    expect(() => classifyPlan('not json', 'plan')).toThrow()
  })

  it('counts a resource deleted outside the code as drift of the whole object', () => {
    const plan = {
      format_version: '1.2',
      resource_drift: [
        {
          address: 'google_storage_bucket.logs',
          mode: 'managed',
          change: { actions: ['delete'], before: { a: 1 }, after: null }
        }
      ],
      resource_changes: [
        {
          address: 'google_storage_bucket.logs',
          mode: 'managed',
          change: { actions: ['create'], before: null, after: { a: 1 } }
        }
      ]
    }
    const result = classifyPlan(plan, 'plan')
    expect(result.classification).toBe('drift')
    expect(result.drifted).toEqual([{ address: 'google_storage_bucket.logs', action: 'delete', attributes: ['*'] }])
    expect(result.unapplied).toEqual([])
  })

  it('reports nested attribute paths with indexes and keys', () => {
    const plan = {
      format_version: '1.2',
      resource_drift: [
        {
          address: 'google_container_node_pool.p',
          change: {
            actions: ['update'],
            before: { node_config: [{ machine_type: 'e2-small', labels: { 'team x': 'a' } }] },
            after: { node_config: [{ machine_type: 'e2-large', labels: { 'team x': 'b' } }] }
          }
        }
      ],
      relevant_attributes: [{ resource: 'google_container_node_pool.p', attribute: ['node_config', 0] }]
    }
    expect(classifyPlan(plan, 'plan').drifted[0].attributes).toEqual([
      'node_config[0].machine_type',
      'node_config[0].labels["team x"]'
    ])
    const rules = parseIgnoreRules(['google_container_node_pool.p:node_config[*].labels'])
    expect(classifyPlan(plan, 'plan', rules).drifted[0].attributes).toEqual(['node_config[0].machine_type'])
  })
})

describe('parseIgnoreRules', () => {
  it.each([
    ['google_container_node_pool.*:node_count', 'google_container_node_pool.primary', ['node_count']],
    [
      'module.gke.google_container_node_pool.pool["a:b"]:labels["team"]',
      'module.gke.google_container_node_pool.pool["a:b"]',
      ['labels', 'team']
    ],
    ['*', 'anything.at_all[0]', undefined],
    ['aws_instance.web[?]', 'aws_instance.web[1]', undefined]
  ])('%s matches %s', (text, address, attribute) => {
    const [rule] = parseIgnoreRules([text])
    // The address glob itself: test/unit/plan/address-glob.test.ts.
    expect(rule.address.regexp.test(address)).toBe(true)
    expect(rule.attribute).toEqual(attribute)
  })

  it.each(['', 'a b', 'aws_instance.web:', 'aws_instance.web:a..b', 'x:[zz]'])(
    'rejects %j naming the input',
    (text) => {
      expect(() => parseIgnoreRules([text])).toThrow(/^Input 'ignore' has invalid value/)
    }
  )
})
