import { describe, expect, it } from '@jest/globals'
import type { UnitPlan } from '../../../src/core/plan/model.js'
import { redact, redactPlanResult, redactor } from '../../../src/core/render/redact.js'
import { result, unit } from './helpers.js'

describe('redact', () => {
  it('replaces every match of every pattern', () => {
    expect(redact('token=abc123 and token=def456, key AKIAXYZ', [/token=\w+/, /AKIA[A-Z]+/g])).toBe(
      '*** and ***, key ***'
    )
  })

  it('does not touch the caller’s RegExp state', () => {
    const pattern = /s\d/g
    pattern.lastIndex = 3
    expect(redact('s1 s2', [pattern])).toBe('*** ***')
    expect(pattern.lastIndex).toBe(3)
  })

  it('ignores empty matches and sticky flags', () => {
    expect(redact('abc', [/x*/])).toBe('abc')
    expect(redact('a s1 s2', [/s\d/y])).toBe('a *** ***')
  })

  it('is the identity without patterns', () => {
    expect(redactor(undefined)('x')).toBe('x')
    expect(redactor([/x/])('xyx')).toBe('***y***')
  })
})

describe('redactPlanResult', () => {
  const secret = /s3cr3t/
  const withPlan: UnitPlan = {
    ...unit('live/s3cr3t-env', { destroy: ['aws_secret.s3cr3t'], error: 'token s3cr3t rejected' }),
    plan: {
      counts: unit('x').counts,
      resources: [{ address: 'aws_secret.s3cr3t', action: 'delete', reason: 'because s3cr3t' }],
      outputChanges: ['s3cr3t_out'],
      drift: [],
      errored: false,
      diagnostics: [{ severity: 'warning', summary: 'about s3cr3t', detail: 'more s3cr3t' }],
      hasChanges: true,
      source: 'json'
    },
    hashInput: { address: 'aws_secret.s3cr3t' }
  }

  it.each([
    ['path', (u: UnitPlan) => u.path, 'live/***-env'],
    ['destroyed addresses', (u: UnitPlan) => u.destroyed, ['aws_secret.***']],
    ['error', (u: UnitPlan) => u.error, 'token *** rejected'],
    ['resource address', (u: UnitPlan) => u.plan?.resources[0].address, 'aws_secret.***'],
    ['reason', (u: UnitPlan) => u.plan?.resources[0].reason, 'because ***'],
    ['output names', (u: UnitPlan) => u.plan?.outputChanges, ['***_out']],
    [
      'diagnostic',
      (u: UnitPlan) => u.plan?.diagnostics[0],
      { severity: 'warning', summary: 'about ***', detail: 'more ***' }
    ],
    ['hash input (kept: the hash is already computed)', (u: UnitPlan) => u.hashInput, { address: 'aws_secret.s3cr3t' }]
  ])('masks %s', (_name, pick, expected) => {
    const [masked] = redactPlanResult(result([withPlan]), [secret]).units
    expect(pick(masked)).toEqual(expected)
  })

  it('masks the plan text and leaves the input untouched', () => {
    const input = result([withPlan])
    const masked = redactPlanResult(input, [secret])
    expect(masked.units[0].text).not.toContain('s3cr3t')
    expect(input.units[0].path).toBe('live/s3cr3t-env')
    expect(masked.planHash).toBe(input.planHash)
  })

  it('returns the same result without patterns', () => {
    const input = result([withPlan])
    expect(redactPlanResult(input, [])).toBe(input)
  })
})
