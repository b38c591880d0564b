import { describe, expect, it } from '@jest/globals'
import {
  PlanFormatError,
  hashNormalisedChanges,
  normaliseChangesForHash,
  parseJsonPlan
} from '../../../src/core/plan/index.js'
import type { PlanCounts } from '../../../src/core/plan/index.js'
import { fixture, fixtureJson } from './fixtures.js'

const c = (add: number, change: number, destroy: number, replace = 0, imp = 0, move = 0, forget = 0): PlanCounts => ({
  add,
  change,
  destroy,
  replace,
  import: imp,
  move,
  forget
})

type Json = Record<string, unknown>

const clone = <T>(value: T): T => structuredClone(value)

describe('parseJsonPlan on the JSON fixtures', () => {
  it.each([
    ['tf-equiv-basic_multiline_string_update.json', c(0, 1, 0), true, [], []],
    ['tf-equiv-data_read.json', c(3, 0, 0), true, [], []],
    ['tf-equiv-drift_refresh_only.json', c(0, 0, 0), true, ['tfcoremock_simple_resource.drift'], []],
    ['tf-equiv-fully_populated_complex_destroy.json', c(0, 0, 1), true, [], []],
    ['tf-equiv-moved_with_drift.json', c(0, 2, 0, 0, 0, 1), true, ['tfcoremock_simple_resource.base_after'], []],
    [
      'tf-equiv-variables_and_outputs.json',
      c(0, 0, 0),
      true,
      [],
      [
        'list_empty_default',
        'list_no_default',
        'nested_optional_object',
        'nested_optional_object_with_default',
        'nested_optional_object_with_embedded_default'
      ]
    ],
    ['tf-json-drift.json', c(0, 2, 0), true, ['test_instance.should_refresh'], []],
    ['tf-json-moved.json', c(0, 1, 0, 0, 0, 1), true, [], []],
    ['tf-json-plan-error.json', c(0, 0, 0), false, [], []],
    ['tf-json-requires-replace.json', c(1, 0, 1, 1), true, [], []],
    ['tofu-equiv-moved_with_drift.json', c(0, 2, 0, 0, 0, 1), true, ['tfcoremock_simple_resource.base_after'], []]
  ])('%s', (name, counts, hasChanges, drift, outputs) => {
    const plan = parseJsonPlan(fixture(name))
    expect(plan.source).toBe('json')
    expect(plan.counts).toEqual(counts)
    expect(plan.hasChanges).toBe(hasChanges)
    expect(plan.drift).toEqual(drift)
    expect(plan.outputChanges).toEqual(outputs)
    expect(plan.diagnostics).toEqual([])
  })

  it('accepts the parsed value as well as the text', () => {
    const name = 'tf-equiv-moved_with_drift.json'
    expect(parseJsonPlan(fixtureJson(name))).toEqual(parseJsonPlan(fixture(name)))
  })

  it('reads the errored plan without resource_changes', () => {
    const plan = parseJsonPlan(fixture('tf-json-plan-error.json'))
    expect(plan.errored).toBe(true)
    expect(plan.resources).toEqual([])
    expect(plan.hasChanges).toBe(false)
  })

  it('reads a move with its previous address', () => {
    expect(parseJsonPlan(fixture('tf-json-moved.json')).resources).toEqual([
      { address: 'test_instance.baz', action: 'update', previousAddress: 'test_instance.foo' }
    ])
  })

  it('reads a data source read (not counted in add/change/destroy) with its reason', () => {
    const plan = parseJsonPlan(fixture('tf-equiv-data_read.json'))
    expect(plan.resources[0]).toEqual({
      address: 'data.tfcoremock_simple_resource.read',
      action: 'read',
      reason: 'read_because_config_unknown'
    })
    expect(plan.counts.add).toBe(3)
  })
})

describe('parseJsonPlan replace orders', () => {
  const original = fixtureJson('tf-json-requires-replace.json') as Json

  it('["delete","create"] is a delete-before-create replacement', () => {
    expect(parseJsonPlan(original).resources).toEqual([
      {
        address: 'test_instance.test',
        action: 'replace',
        replaceOrder: 'delete-before-create',
        reason: 'replace_because_cannot_update'
      }
    ])
  })

  it('["create","delete"] is a create-before-delete replacement with the same counts', () => {
    const copy = clone(original)
    const rc = (copy.resource_changes as Json[])[0]
    ;(rc.change as Json).actions = ['create', 'delete']
    const plan = parseJsonPlan(copy)
    expect(plan.counts).toEqual(c(1, 0, 1, 1))
    expect(plan.resources[0]).toMatchObject({ action: 'replace', replaceOrder: 'create-before-delete' })
  })
})

/** A minimal plan around some resource_changes. */
function planWith(changes: Json[], extra: Json = {}): Json {
  return { format_version: '1.2', terraform_version: '1.9.0', resource_changes: changes, ...extra }
}

function rc(address: string, actions: string[], extra: Json = {}, changeExtra: Json = {}): Json {
  const dot = address.lastIndexOf('.')
  return {
    address,
    mode: address.startsWith('data.') ? 'data' : 'managed',
    type: address.slice(0, dot).replace(/^data\./, ''),
    name: address.slice(dot + 1),
    change: { actions, before: null, after: {}, after_unknown: {}, ...changeExtra },
    ...extra
  }
}

describe('parseJsonPlan actions', () => {
  it('counts every action the way the Plan: line does, with forgets, imports and moves beside', () => {
    const plan = parseJsonPlan(
      planWith([
        rc('a.create', ['create']),
        rc('a.update', ['update']),
        rc('a.delete', ['delete'], { action_reason: 'delete_because_no_resource_config' }),
        rc('a.dbc', ['delete', 'create']),
        rc('a.cbd', ['create', 'delete'], { action_reason: 'replace_because_tainted' }),
        rc('a.forget', ['forget'], { action_reason: 'forgot_because_lifecycle_destroy_in_config' }),
        rc('a.tf_create_forget', ['create', 'forget']),
        rc('a.tofu_forget_create', ['forget', 'create']),
        rc('a.noop', ['no-op']),
        rc('a.moved', ['no-op'], { previous_address: 'a.old' }),
        rc('a.imported', ['no-op'], {}, { importing: { id: 'i-1' } }),
        rc('a.identity', ['update'], {}, { importing: { identity: { id: 'x' } } }),
        rc('data.b.read', ['read'], { action_reason: 'read_because_dependency_pending' }),
        rc('data.b.gone', ['delete']),
        { ...rc('a.ephemeral', ['open']), mode: 'ephemeral' },
        rc('a.future', ['teleport'])
      ])
    )
    expect(plan.counts).toEqual({ add: 5, change: 3, destroy: 3, replace: 4, import: 2, move: 1, forget: 3 })
    expect(plan.resources).toEqual([
      { address: 'a.create', action: 'create' },
      { address: 'a.update', action: 'update' },
      { address: 'a.delete', action: 'delete', reason: 'delete_because_no_resource_config' },
      { address: 'a.dbc', action: 'replace', replaceOrder: 'delete-before-create' },
      { address: 'a.cbd', action: 'replace', replaceOrder: 'create-before-delete', reason: 'replace_because_tainted' },
      { address: 'a.forget', action: 'forget', reason: 'forgot_because_lifecycle_destroy_in_config' },
      { address: 'a.tf_create_forget', action: 'replace', replaceOrder: 'create-before-delete', forgetsOld: true },
      { address: 'a.tofu_forget_create', action: 'replace', replaceOrder: 'delete-before-create', forgetsOld: true },
      { address: 'a.moved', action: 'no-op', previousAddress: 'a.old' },
      { address: 'a.imported', action: 'no-op', importId: 'i-1' },
      { address: 'a.identity', action: 'update', importId: '' },
      { address: 'data.b.read', action: 'read', reason: 'read_because_dependency_pending' },
      { address: 'a.future', action: 'update' }
    ])
    expect(plan.hasChanges).toBe(true)
  })

  it('keeps the deposed key apart from the address', () => {
    const plan = parseJsonPlan(planWith([rc('a.b', ['delete'], { deposed: '00aa' }), rc('a.b', ['create'])]))
    expect(plan.resources).toEqual([
      { address: 'a.b', action: 'delete', deposed: '00aa' },
      { address: 'a.b', action: 'create' }
    ])
  })

  it('ignores unknown keys', () => {
    const plan = parseJsonPlan(
      planWith([{ ...rc('a.b', ['create']), surprise: { nested: true } }], { future_field: [1, 2, 3] })
    )
    expect(plan.resources).toEqual([{ address: 'a.b', action: 'create' }])
  })
})

describe('parseJsonPlan hasChanges (-detailed-exitcode)', () => {
  it('no-op resources only: no changes', () => {
    expect(parseJsonPlan(planWith([rc('a.b', ['no-op'])])).hasChanges).toBe(false)
  })

  it('a move alone, an import alone, an output change alone: changes', () => {
    expect(parseJsonPlan(planWith([rc('a.b', ['no-op'], { previous_address: 'a.c' })])).hasChanges).toBe(true)
    expect(parseJsonPlan(planWith([rc('a.b', ['no-op'], {}, { importing: { id: '1' } })])).hasChanges).toBe(true)
    const outputs = { output_changes: { x: { actions: ['create'], before: null, after: 1 } } }
    expect(parseJsonPlan(planWith([], outputs)).hasChanges).toBe(true)
  })

  it('output changes: no-op outputs are left out, names sorted', () => {
    const plan = parseJsonPlan(
      planWith([], {
        output_changes: {
          zeta: { actions: ['update'] },
          same: { actions: ['no-op'] },
          alpha: { actions: ['delete'] }
        }
      })
    )
    expect(plan.outputChanges).toEqual(['alpha', 'zeta'])
  })

  it('drift alone in a normal plan is not a change', () => {
    const plan = parseJsonPlan(
      planWith([rc('a.b', ['no-op'])], { resource_drift: [rc('a.b', ['update'])], applyable: false })
    )
    expect(plan.drift).toEqual(['a.b'])
    expect(plan.hasChanges).toBe(false)
    const noApplyable = planWith([rc('a.b', ['no-op'])], { resource_drift: [rc('a.b', ['update'])] })
    expect(parseJsonPlan(noApplyable).hasChanges).toBe(false)
  })

  it('a refresh-only plan with drift is applyable, with or without the applyable flag (OpenTofu has none)', () => {
    const refreshOnly: Json = { format_version: '1.2', resource_drift: [rc('a.b', ['update'])] }
    expect(parseJsonPlan(refreshOnly).hasChanges).toBe(true)
    expect(parseJsonPlan({ ...refreshOnly, applyable: false }).hasChanges).toBe(false)
  })

  it('action invocations alone are changes', () => {
    expect(parseJsonPlan(planWith([], { action_invocations: [{ address: 'action.x.y' }] })).hasChanges).toBe(true)
  })

  it('an errored plan has no changes even with partial resource changes', () => {
    expect(parseJsonPlan(planWith([rc('a.b', ['create'])], { errored: true })).hasChanges).toBe(false)
  })
})

describe('parseJsonPlan format checks', () => {
  it('accepts format_version 0.x and 1.x', () => {
    expect(parseJsonPlan({ format_version: '0.2' }).hasChanges).toBe(false)
    expect(parseJsonPlan({ format_version: '1.9' }).hasChanges).toBe(false)
  })

  it('rejects an unknown major version with a clear error', () => {
    expect(() => parseJsonPlan({ format_version: '2.0' })).toThrow(PlanFormatError)
    expect(() => parseJsonPlan({ format_version: '2.0' })).toThrow(
      'The JSON plan has format_version 2.0, whose major version 2 is not supported (supported: 0.x and 1.x).'
    )
  })

  it.each([
    ['not JSON', '{"format_version": '],
    ['an array', '[]'],
    ['no format_version', '{"resource_changes": []}'],
    ['a Terragrunt prefix leaked into the file', '[/abs/unit] {"format_version":"1.2"}']
  ])('rejects %s', (_name, input) => {
    expect(() => parseJsonPlan(input)).toThrow(PlanFormatError)
  })

  it('strips a byte-order mark', () => {
    expect(parseJsonPlan('\ufeff{"format_version":"1.2"}').source).toBe('json')
  })
})

describe('normaliseChangesForHash', () => {
  const base = fixtureJson('tf-equiv-moved_with_drift.json') as Json

  it('is the same for the same plan rendered with other versions, timestamps and key orders', () => {
    const other = clone(base)
    other.timestamp = '2030-01-01T00:00:00Z'
    other.terraform_version = '9.9.9'
    other.format_version = '1.9'
    other.prior_state = { different: true }
    other.resource_changes = [...(other.resource_changes as Json[])].reverse().map((r) => {
      const reordered: Json = {}
      for (const key of Object.keys(r).reverse()) reordered[key] = r[key]
      return reordered
    })
    const a = normaliseChangesForHash(base)
    const b = normaliseChangesForHash(other)
    expect(JSON.stringify(b)).toBe(JSON.stringify(a))
    expect(hashNormalisedChanges(b)).toBe(hashNormalisedChanges(a))
    expect(hashNormalisedChanges(a)).toMatch(/^[0-9a-f]{64}$/)
  })

  it('changes when a planned value changes', () => {
    const other = clone(base)
    const first = (other.resource_changes as Json[])[0]
    ;(first.change as Json).after = { id: 'x', string: 'something else' }
    expect(hashNormalisedChanges(normaliseChangesForHash(other))).not.toBe(
      hashNormalisedChanges(normaliseChangesForHash(base))
    )
  })

  it('keeps only what a resource change does, sorted by address, and changed outputs', () => {
    const normalised = normaliseChangesForHash(
      planWith(
        [
          rc('b.second', ['update'], {}, { before: { z: 1, a: 2 }, after: { z: 1, a: 3 }, before_sensitive: {} }),
          rc('a.noop', ['no-op']),
          rc('a.first', ['delete', 'create'], { previous_address: 'a.zero' }, { replace_paths: [['ami']] })
        ],
        {
          timestamp: '2024-01-01T00:00:00Z',
          output_changes: { o: { actions: ['create'], before: null, after: 'v' }, n: { actions: ['no-op'] } }
        }
      )
    )
    expect(JSON.stringify(normalised)).toBe(
      JSON.stringify({
        output_changes: { o: { actions: ['create'], after: 'v', after_unknown: null, before: null } },
        resource_changes: [
          {
            actions: ['delete', 'create'],
            address: 'a.first',
            after: {},
            after_unknown: {},
            before: null,
            deposed: null,
            importing: null,
            previous_address: 'a.zero',
            replace_paths: [['ami']]
          },
          {
            actions: ['update'],
            address: 'b.second',
            after: { a: 3, z: 1 },
            after_unknown: {},
            before: { a: 2, z: 1 },
            deposed: null,
            importing: null,
            previous_address: null,
            replace_paths: null
          }
        ]
      })
    )
  })

  it('rejects an unknown major version', () => {
    expect(() => normaliseChangesForHash({ format_version: '3.0' })).toThrow(PlanFormatError)
  })
})
