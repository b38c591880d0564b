import { describe, expect, it } from '@jest/globals'
import { type PlanCounts, type UnitPlan, zeroCounts } from '../../../src/core/plan/model.js'
import { buildPlanResult } from '../../../src/core/plan/unit-plan.js'
import { emptyPlanAction, isEmptyPlan } from '../../../src/terragrunt-plan-comment/on-empty.js'
import type { OnEmpty } from '../../../src/terragrunt-plan-comment/settings.js'

const unit = (path: string, status: UnitPlan['status'], c: Partial<PlanCounts> = {}): UnitPlan => ({
  path,
  status,
  counts: { ...zeroCounts(), ...c },
  destroyed: [],
  replaced: [],
  text: ''
})

describe('isEmptyPlan', () => {
  it.each<[string, UnitPlan[], string[], boolean]>([
    ['no unit planned', [], [], true],
    ['units without changes', [unit('a', 'no-changes'), unit('b', 'no-changes')], [], true],
    ['one unit with changes', [unit('a', 'no-changes'), unit('b', 'changes', { add: 1 })], [], false],
    ['a move only (changes, no add/change/destroy)', [unit('a', 'changes', { move: 1 })], [], false],
    ['an output change only', [unit('a', 'changes')], [], false],
    ['a unit that failed', [unit('a', 'error')], [], false],
    ['no changes, but the PR removes a unit', [unit('a', 'no-changes')], ['b'], false]
  ])('%s: %s', (_name, units, deleted, expected) => {
    expect(isEmptyPlan(buildPlanResult(units), deleted)).toBe(expected)
  })
})

describe('emptyPlanAction', () => {
  it.each<[OnEmpty, boolean, ReturnType<typeof emptyPlanAction>]>([
    ['update', false, 'write'],
    ['delete', false, 'write'],
    ['skip', false, 'write'],
    ['update', true, 'write'],
    ['delete', true, 'delete'],
    ['skip', true, 'existing']
  ])('on-empty %s, empty %s: %s', (onEmpty, empty, expected) => {
    expect(emptyPlanAction(onEmpty, empty)).toBe(expected)
  })
})
