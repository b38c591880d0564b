import { describe, expect, it } from '@jest/globals'
import { parseJsonPlan, parseTextPlan } from '../../../src/core/plan/index.js'
import type { ParsedPlan } from '../../../src/core/plan/index.js'
import { fixture, fixtureNames } from './fixtures.js'

/** The facts both parsers must agree on (the text cannot know an import id it does not print, nor every reason). */
function facts(plan: ParsedPlan): unknown {
  return {
    counts: plan.counts,
    resources: plan.resources.map((r) => ({
      address: r.address,
      action: r.action,
      previousAddress: r.previousAddress,
      imported: r.importId !== undefined,
      replaceOrder: r.replaceOrder,
      forgetsOld: r.forgetsOld ?? false,
      deposed: r.deposed
    })),
    outputChanges: plan.outputChanges,
    drift: plan.drift,
    errored: plan.errored,
    hasChanges: plan.hasChanges
  }
}

const pairs = fixtureNames('.json')
  .filter((f) => f.startsWith('tf-equiv-') || f.startsWith('tofu-equiv-'))
  .map((f) => f.replace(/\.json$/, ''))

describe('JSON and text agree on each equivalence-test pair', () => {
  it('finds the pairs', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(7)
    for (const base of pairs) expect(fixtureNames('.txt')).toContain(`${base}.txt`)
  })

  it.each(pairs)('%s', (base) => {
    const json = parseJsonPlan(fixture(`${base}.json`))
    const text = parseTextPlan(fixture(`${base}.txt`))
    expect(facts(text)).toEqual(facts(json))
    // Every reason the text states is the JSON's action_reason.
    text.resources.forEach((r, i) => {
      if (r.reason !== undefined) expect(r.reason).toBe(json.resources[i].reason)
    })
  })
})
