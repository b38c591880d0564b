/**
 * Resources of a text plan grouped by action for reading: destroys, then replacements, then the rest in the legend's
 * order, each block whole with its header and reason lines, a heading before each group; everything outside the
 * planned actions stays where it is.
 */
import { describe, expect, it } from '@jest/globals'
import { toDiffLines, toGroupedDiffLines } from '../../../src/core/plan/display.js'
import { fixture } from './fixtures.js'

const block = (header: string[], body: string[]): string[] => [...header, ...body, '']

const create = block(['  # a.new will be created'], ['  + resource "a" "new" {', '      + x = 1', '    }'])
const update = block(
  ['  # a.edit will be updated in-place'],
  ['  ~ resource "a" "edit" {', '      ~ x = 1 -> 2', '    }']
)
const destroy = block(
  ['  # a.gone[1] will be destroyed', '  # (because index [1] is out of range for count)'],
  ['  - resource "a" "gone" {', '      - x = 1 -> null', '    }']
)
const replace = block(
  ['  # a.swap must be replaced'],
  ['-/+ resource "a" "swap" {', '      ~ x = 1 -> 2 # forces replacement', '    }']
)
const drift = [
  'Note: Objects have changed outside of OpenTofu',
  '',
  '  # a.edit has changed',
  '  ~ resource "a" "edit" {',
  '    }',
  ''
]
const intro = ['OpenTofu will perform the following actions:', '']
const plan = 'Plan: 2 to add, 1 to change, 2 to destroy.'

interface Case {
  name: string
  text: string[]
  want: string[]
}

const cases: Case[] = [
  {
    name: 'destroys and replacements first, a heading per group, reasons kept with their resource',
    text: [...intro, ...create, ...destroy, ...update, ...replace, plan],
    want: [
      ...intro,
      '# --- 1 to destroy ---',
      '',
      ...destroy,
      '# --- 1 to replace ---',
      '',
      ...replace,
      '# --- 1 to create ---',
      '',
      ...create,
      '# --- 1 to update in-place ---',
      '',
      ...update,
      plan
    ]
  },
  {
    name: 'the drift section, the Plan line and what follows stay in place; a block without its blank line gets one',
    text: [...drift, ...intro, ...create, ...destroy.slice(0, -1), plan, '', 'Changes to Outputs:', '  + o = 1'],
    want: [
      ...drift,
      ...intro,
      '# --- 1 to destroy ---',
      '',
      ...destroy,
      '# --- 1 to create ---',
      '',
      ...create,
      plan,
      '',
      'Changes to Outputs:',
      '  + o = 1'
    ]
  },
  {
    name: 'one kind of action: as it is',
    text: [...intro, ...create, ...create, plan],
    want: [...intro, ...create, ...create, plan]
  },
  {
    name: 'no planned actions section: as it is',
    text: [...create, ...destroy],
    want: [...create, ...destroy]
  }
]

describe('toGroupedDiffLines', () => {
  it.each(cases)('$name', ({ text, want }) => {
    expect(toGroupedDiffLines(text.join('\n'))).toEqual(toDiffLines(want.join('\n')))
  })

  it('keeps every line of a real plan, only in another order', () => {
    const body = fixture('dflook-all-actions-with-outputs.txt')
    const grouped = toGroupedDiffLines(body)
    const plain = toDiffLines(body)
    expect(grouped.filter((l) => !l.startsWith('# --- ') && l !== '').sort()).toEqual(
      plain.filter((l) => l !== '').sort()
    )
    const headers = grouped.filter((l) => /^ {2}# \S+ (will|must)/.test(l))
    const first = headers.findIndex((h) => !/destroyed|replaced/.test(h))
    expect(first).toBeGreaterThan(0)
    expect(headers.slice(first).some((h) => /destroyed|replaced/.test(h))).toBe(false)
  })
})
