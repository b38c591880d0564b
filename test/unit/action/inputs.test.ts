import { describe, expect, it } from '@jest/globals'
import { InputError, InputReader, recordInputs, splitList } from '../../../src/core/action/index.js'

const reader = (values: Record<string, string>) => new InputReader(recordInputs(values))

describe('splitList', () => {
  it('accepts newlines and commas and drops blanks', () => {
    expect(splitList('a, b\n\n c ,\n,d')).toEqual(['a', 'b', 'c', 'd'])
    expect(splitList('')).toEqual([])
  })
})

describe('InputReader', () => {
  it('reads durations', () => {
    expect(reader({ timeout: '1h30m' }).duration('timeout')).toBe(5_400_000)
  })

  it('rejects a bad duration with one line naming the input, the value and the expected form', () => {
    const read = () => reader({ timeout: '10 minutes' }).duration('timeout')
    expect(read).toThrow(InputError)
    expect(read).toThrow(
      "Input 'timeout' has invalid value '10 minutes': expected a duration such as 90s, 15m, 2h or 1h30m."
    )
  })

  it('reads bounded integers', () => {
    expect(reader({ parallelism: '8' }).integer('parallelism', { min: 1, max: 64 })).toBe(8)
    expect(() => reader({ parallelism: '0' }).integer('parallelism', { min: 1, max: 64 })).toThrow(
      "Input 'parallelism' has invalid value '0': expected a whole number from 1 to 64."
    )
    expect(() => reader({ parallelism: '2.5' }).integer('parallelism', { min: 1 })).toThrow(
      'expected a whole number of at least 1'
    )
  })

  it('reads enums', () => {
    expect(reader({ comment: 'recreate' }).enum('comment', ['update', 'recreate', 'off'])).toBe('recreate')
    expect(() => reader({ comment: 'sometimes' }).enum('comment', ['update', 'recreate', 'off'])).toThrow(
      "Input 'comment' has invalid value 'sometimes': expected one of update, recreate, off."
    )
  })

  it('reads booleans in the YAML core schema and names the input otherwise', () => {
    expect(reader({ 'changed-only': 'true' }).boolean('changed-only')).toBe(true)
    expect(reader({ 'changed-only': 'FALSE' }).boolean('changed-only')).toBe(false)
    expect(() => reader({ 'changed-only': 'yes' }).boolean('changed-only')).toThrow(
      "Input 'changed-only' has invalid value 'yes': expected true or false."
    )
  })

  it('compiles regular expressions and names a broken one', () => {
    const [re] = reader({ redact: 'secret-[0-9]+' }).regexps('redact')
    expect('a secret-42 b'.replace(re, '***')).toBe('a *** b')
    expect(() => reader({ redact: 'ok\n(unclosed' }).regexps('redact')).toThrow(
      /Input 'redact' has invalid value '\(unclosed'/
    )
  })

  it.each([
    ['secret-[0-9]+', 'a secret-42 SECRET-1', 'a *** SECRET-1'],
    ['/secret-[0-9]+/i', 'a secret-42 SECRET-1', 'a *** ***'],
    ['/token=[^,]+,?/', 'token=a,b', '***b'],
    // A path in slashes whose tail is not flag letters is a plain pattern, slashes included.
    ['/home/user', 'at /home/user/x', 'at ***/x'],
    ['{dev,prod}', 'a {dev,prod} b', 'a *** b']
  ])('reads %s as a JavaScript regular expression', (line, text, expected) => {
    const [re] = reader({ redact: line }).regexps('redact')
    expect(text.replace(re, '***')).toBe(expected)
  })

  it.each(['/(/i', '/a/uv', '[unclosed'])('names a broken /pattern/flags line: %s', (line) => {
    expect(() => reader({ redact: line }).regexps('redact')).toThrow(`Input 'redact' has invalid value '${line}'`)
  })

  it('keeps multi-line values on one line in messages', () => {
    expect(() => reader({ x: 'a\nb' }).enum('x', ['c'])).toThrow(
      "Input 'x' has invalid value 'a ⏎ b': expected one of c."
    )
  })

  it('requires required inputs', () => {
    expect(() => reader({}).required('github-token')).toThrow("Input 'github-token' has invalid value ''")
  })
})
