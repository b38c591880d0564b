import { describe, expect, it } from '@jest/globals'
import { redact, redactor } from '../../../src/core/render/redact.js'

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
