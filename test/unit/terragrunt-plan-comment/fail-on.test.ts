/** The `fail-on` and `verify-reviewed` inputs: `unreviewed` composes with one level and needs verify-reviewed. */
import { describe, expect, it } from '@jest/globals'
import { InputReader, recordInputs } from '../../../src/core/action/inputs.js'
import { readSettings } from '../../../src/terragrunt-plan-comment/settings.js'
import { actionDefaults } from '../../harness/run-action.js'

const read = (inputs: Record<string, string>) =>
  readSettings(new InputReader(recordInputs({ ...actionDefaults('terragrunt-plan-comment', 'ghs_x'), ...inputs })))

describe('fail-on', () => {
  it.each([
    ['error', 'false', 'error', false],
    ['destroy', 'false', 'destroy', false],
    ['never', 'false', 'never', false],
    ['unreviewed', 'true', 'error', true],
    ['changes, unreviewed', 'true', 'changes', true],
    ['unreviewed\ndestroy', 'true', 'destroy', true],
    ['never,unreviewed', 'true', 'never', true],
    ['error', 'true', 'error', false]
  ] as const)('%p with verify-reviewed %s: level %s, unreviewed %s', (failOn, verify, level, unreviewed) => {
    const s = read({ 'fail-on': failOn, 'verify-reviewed': verify })
    expect(s).toMatchObject({ failOn: level, failOnUnreviewed: unreviewed, verifyReviewed: verify === 'true' })
  })

  const expected = "one of error, changes, destroy, never, optionally with 'unreviewed' (e.g. 'error, unreviewed')"
  it.each([
    ['all', `Input 'fail-on' has invalid value 'all': expected ${expected}.`],
    ['error, destroy', `Input 'fail-on' has invalid value 'error, destroy': expected ${expected}.`],
    [' ', `Input 'fail-on' has invalid value '': expected ${expected}.`]
  ])('rejects %p', (failOn, message) => {
    expect(() => read({ 'fail-on': failOn, 'verify-reviewed': 'true' })).toThrow(message)
  })

  it('rejects unreviewed without verify-reviewed', () => {
    expect(() => read({ 'fail-on': 'unreviewed' })).toThrow(
      "Input 'fail-on' has invalid value 'unreviewed': expected 'unreviewed' only together with 'verify-reviewed: true'."
    )
  })

  it('defaults: error, no verification', () => {
    expect(read({})).toMatchObject({ failOn: 'error', failOnUnreviewed: false, verifyReviewed: false })
  })

  it('verify-reviewed must be a boolean', () => {
    expect(() => read({ 'verify-reviewed': 'yes' })).toThrow(
      "Input 'verify-reviewed' has invalid value 'yes': expected true or false."
    )
  })
})
