import { describe, expect, it } from '@jest/globals'
import { addressGlob } from '../../../src/core/plan/address-glob.js'
import { buildPlanResult } from '../../../src/core/plan/unit-plan.js'
import { type PlanCounts, type UnitPlan, zeroCounts } from '../../../src/core/plan/model.js'
import { PROTECTED_LISTED, renderProtectedBlock } from '../../../src/core/render/protected-block.js'
import type { ProtectedViolation } from '../../../src/core/render/protected-block.js'
import { checkProtected, protectedBlocks } from '../../../src/terragrunt-plan-comment/protected.js'

const counts = (c: Partial<PlanCounts>): PlanCounts => ({ ...zeroCounts(), ...c })
const unit = (path: string, u: Partial<UnitPlan>): UnitPlan => ({
  path,
  status: 'changes',
  counts: zeroCounts(),
  destroyed: [],
  replaced: [],
  text: '',
  ...u
})
const globs = ['google_sql_database_instance.*', 'module.*.google_container_cluster.*'].map(addressGlob)

describe('checkProtected', () => {
  it.each<[string, UnitPlan[], ReturnType<typeof checkProtected>]>([
    ['no units', [], { violations: [], unchecked: [] }],
    [
      'a replaced protected address',
      [
        unit('db', {
          counts: counts({ add: 1, destroy: 1, replace: 1 }),
          replaced: ['google_sql_database_instance.main']
        })
      ],
      { violations: [{ unit: 'db', address: 'google_sql_database_instance.main', action: 'replace' }], unchecked: [] }
    ],
    [
      'a destroyed protected address in a module, and an unprotected one',
      [
        unit('gke', {
          counts: counts({ destroy: 2 }),
          destroyed: ['module.a["x"].google_container_cluster.this[0]', 'google_compute_network.vpc']
        })
      ],
      {
        violations: [{ unit: 'gke', address: 'module.a["x"].google_container_cluster.this[0]', action: 'destroy' }],
        unchecked: []
      }
    ],
    [
      'creates and updates of protected addresses are fine',
      [unit('db', { counts: counts({ add: 1, change: 1 }) })],
      { violations: [], unchecked: [] }
    ],
    [
      'a replacement plus a deposed object of the same address: one replace, every count named',
      [
        unit('db', {
          counts: counts({ add: 1, destroy: 2, replace: 1 }),
          replaced: ['google_sql_database_instance.main'],
          destroyed: ['google_sql_database_instance.main']
        })
      ],
      { violations: [{ unit: 'db', address: 'google_sql_database_instance.main', action: 'replace' }], unchecked: [] }
    ],
    [
      'a unit that failed to plan cannot be checked',
      [unit('db', { status: 'error', error: 'boom' })],
      {
        violations: [],
        unchecked: [{ unit: 'db', reason: expect.stringMatching(/failed to plan/) as unknown as string }]
      }
    ],
    [
      'counts without addresses cannot be checked',
      [unit('db', { counts: counts({ destroy: 3 }), destroyed: ['x.y'] })],
      {
        violations: [],
        unchecked: [{ unit: 'db', reason: expect.stringMatching(/names fewer addresses/) as unknown as string }]
      }
    ],
    ['units without changes are fine', [unit('db', { status: 'no-changes' })], { violations: [], unchecked: [] }]
  ])('%s', (_name, units, expected) => {
    expect(checkProtected(buildPlanResult(units), globs)).toEqual(expected)
  })

  it('checks nothing without globs, even a failed unit', () => {
    expect(checkProtected(buildPlanResult([unit('db', { status: 'error' })]), [])).toEqual({
      violations: [],
      unchecked: []
    })
  })

  it.each<[string, number, number, boolean, boolean]>([
    ['nothing found', 0, 0, false, false],
    ['a violation', 1, 0, false, true],
    ['a violation, overridden', 1, 0, true, false],
    ['an unchecked unit', 0, 1, false, true],
    ['an unchecked unit, overridden', 0, 1, true, false]
  ])('protectedBlocks: %s', (_name, violations, unchecked, overridden, blocked) => {
    const v: ProtectedViolation = { unit: 'u', address: 'a.b', action: 'destroy' }
    const check = {
      violations: Array(violations).fill(v),
      unchecked: Array(unchecked).fill({ unit: 'u', reason: 'r' })
    }
    expect(protectedBlocks(check, overridden)).toBe(blocked)
  })
})

describe('renderProtectedBlock', () => {
  const v = (unit: string, address: string, action: 'destroy' | 'replace' = 'replace'): ProtectedViolation => ({
    unit,
    address,
    action
  })

  it('is empty when nothing is found', () => {
    expect(renderProtectedBlock({ violations: [], unchecked: [], overridden: false })).toBe('')
  })

  it('says the step fails and how the label allows it, addresses escaped, by unit', () => {
    const block = renderProtectedBlock({
      violations: [v('db', 'google_sql_database_instance.main'), v('db', 'module.a["<x>"].b', 'destroy')],
      unchecked: [{ unit: 'app', reason: 'failed to plan' }],
      overrideLabel: 'allow-destroy',
      overridden: false
    })
    expect(block).toBe(
      [
        '#### 🛡️ Protected resources',
        '',
        '> [!CAUTION]',
        '> **2 protected resources will be destroyed or replaced** and **1 unit could not be checked** for protected resources, so this step fails unless the pull request carries the label <code>allow-destroy</code>.',
        '> - <code>db</code>: replace <code>google_sql_database_instance.main</code>; destroy <code>module.a\\[&quot;&lt;x&gt;&quot;\\].b</code>',
        '> - ❓ <code>app</code>: failed to plan'
      ].join('\n')
    )
  })

  it('says the label allowed it', () => {
    const block = renderProtectedBlock({
      violations: [v('db', 'x.y')],
      unchecked: [],
      overrideLabel: 'allow-destroy',
      overridden: true
    })
    expect(block).toContain('> [!WARNING]')
    expect(block).toContain('allowed by the label <code>allow-destroy</code> on this pull request, so the step passes')
  })

  it(`names at most ${PROTECTED_LISTED} addresses and counts the rest`, () => {
    const many = [
      ...Array.from({ length: 40 }, (_, i) => v('a', `x.a${i}`)),
      ...Array.from({ length: 20 }, (_, i) => v('b', `x.b${i}`)),
      ...Array.from({ length: 5 }, (_, i) => v('c', `x.c${i}`))
    ]
    const block = renderProtectedBlock({ violations: many, unchecked: [], overridden: false })
    expect(block.match(/<code>x\.[abc]\d+<\/code>/g)).toHaveLength(PROTECTED_LISTED)
    expect(block).toContain('> - <code>b</code>: ')
    expect(block).toContain(' and 10 more\n')
    expect(block).toContain('> - and 5 more in 1 other unit: see the `protected-violations` output')
  })
})
