import { describe, expect, it } from '@jest/globals'
import { extractPlanBody, toDiffLines, toGroupedDiffLines } from '../../../src/core/plan/display.js'
import { JOB_SUMMARY_LIMIT, textSize } from '../../../src/core/render/budget.js'
import { isKeyPlanLine, linesBody, planBody } from '../../../src/core/render/plan-body.js'
import { redactPlanResult } from '../../../src/core/render/redact.js'
import {
  type PlanReportContext,
  preparePlanReport,
  renderPlanReport,
  renderPlanReportFull,
  renderPreparedReport,
  renderPreparedReportFull
} from '../../../src/core/render/plan-comment.js'
import { fixture, fixtureNames } from '../plan/fixtures.js'
import { addresses, result, unit } from './helpers.js'

const ctx: PlanReportContext = {
  label: 'live',
  headSha: '0123456789abcdef0123456789abcdef01234567',
  runUrl: 'https://github.com/acme/live/actions/runs/42',
  markerKey: 'live',
  markerPayload: { v: 1 },
  tool: 'tofu'
}

/** The key-line patterns without the first-character check that now runs before them. */
const keyLineOracle = (line: string): boolean =>
  /^[\s+!~-]*#\s+(?:\((?:moved from|imported from)\b|\S.*\s(?:will be|must be|has moved to|has changed|has been|will no longer be|is tainted)\b)/.test(
    line
  ) ||
  /^\s*(?:Plan:|Changes to Outputs:|No changes\.|Planning failed)/.test(line) ||
  /^[\s│╷╵|]*Error\b/.test(line)

const PREFIXES = [
  '',
  ' ',
  '  ',
  '\t',
  '\u00a0',
  '\u3000',
  '+ ',
  '- ',
  '~ ',
  '! ',
  '-/+ ',
  '<= ',
  '│ ',
  '╷',
  '╵ ',
  '| ',
  '. '
]
const BODIES = [
  '# a.b will be created',
  '# (moved from a.c)',
  '# (imported from "x")',
  '#  a.b is tainted, so must be replaced',
  '# a.b has changed',
  '# (2 unchanged attributes hidden)',
  '#!/bin/sh',
  'Plan: 1 to add',
  'Planning failed.',
  'Changes to Outputs:',
  'No changes.',
  'Error: boom',
  'Errors: 2',
  'Warning: x',
  'name = "x"',
  'PlanX',
  'E'
]

/** Plan texts: fixtures, their bodies, and bodies with backticks, non-ASCII text and a lone surrogate. */
const texts = (): [string, string][] => [
  ...fixtureNames('.txt').map((name): [string, string] => [name, extractPlanBody(fixture(name))]),
  ['ticks', '  + a = "```"\n  ~ b = "`````x"\n'],
  ['wide', '  # a.b will be created\n  + resource "a" "b" {\n      + x = "é😀│"\n    }\n╷\n│ Error: ✗\n╵'],
  ['lone surrogate', '  + x = "\ud800"\n  ~ y = 1'],
  [
    'wide, regrouped',
    [
      'OpenTofu will perform the following actions:',
      '',
      '  # a.é will be created',
      '  + resource "a" "é" {',
      '      + x = "😀`"',
      '    }',
      '',
      '  # a.b will be destroyed',
      '  - resource "a" "b" {',
      '      - x = "é│" -> null',
      '    }',
      '  # a.c must be replaced',
      '-/+ resource "a" "c" {',
      '      ~ x = "é" -> "è" # forces replacement',
      '    }',
      'Plan: 2 to add, 0 to change, 2 to destroy.'
    ].join('\n')
  ],
  ['blank', '   \n\n']
]

describe('isKeyPlanLine', () => {
  it('says what the patterns alone say', () => {
    for (const prefix of PREFIXES) {
      for (const body of BODIES) {
        for (const line of [prefix + body, prefix + prefix + body, `${prefix}x ${body}`]) {
          expect([line, isKeyPlanLine(line)]).toEqual([line, keyLineOracle(line)])
        }
      }
    }
  })
})

describe('planBody', () => {
  it('describes the same lines, sizes, key lines, fence and text as the built lines', () => {
    for (const [name, text] of texts()) {
      const table = planBody(text)
      // The resources grouped by action, built as strings.
      const built = linesBody(toGroupedDiffLines(text))
      const lines = Array.from({ length: table.count }, (_, i) => table.line(i))
      expect([name, lines]).toEqual([name, Array.from({ length: built.count }, (_, i) => built.line(i))])
      expect([name, Array.from(table.prefix)]).toEqual([name, Array.from(built.prefix)])
      expect([name, Array.from(table.keptLines())]).toEqual([name, Array.from(built.keptLines())])
      expect([name, table.ticks(), table.text(), table.hasContent]).toEqual([
        name,
        built.ticks(),
        built.text(),
        built.hasContent
      ])
    }
  })

  it('builds the lines with a custom rewrite or when the text has carriage returns, splitting line breaks', () => {
    const custom = planBody('a\nb', (text) => text.split('\n').map((line) => `${line}\r\n!`))
    expect(Array.from({ length: custom.count }, (_, i) => custom.line(i))).toEqual(['a', '!', 'b', '!'])
    const crlf = planBody('  + a = 1\r\n  ~ b = "x\ry"\r\n')
    expect(Array.from({ length: crlf.count }, (_, i) => crlf.line(i))).toEqual(['+   a = 1', '!   b = "x', 'y"', ''])
  })
})

describe('preparePlanReport / renderPreparedReport', () => {
  const big = unit('live/app', { create: addresses(400), destroy: addresses(30, 'old'), attributes: 6 })
  const r = result([
    big,
    unit('live/db', { replace: addresses(3, 'db') }),
    unit('live/net', { error: 'boom' }),
    unit('live/dns')
  ])

  it('renders what renderPlanReport renders, under every budget and in any order', () => {
    const prepared = preparePlanReport(r, ctx)
    const budgets = [JOB_SUMMARY_LIMIT - 1024, 64_000, 12_000, 3_000, 400, 64_000]
    for (const maxChars of budgets) {
      const opts = { maxChars, summaryUrl: 'https://example.test/summary', fullPlanName: 'the report `x`' }
      const out = renderPreparedReport(prepared, opts)
      expect(out).toBe(renderPlanReport(r, ctx, opts))
      expect(textSize(out)).toBeLessThanOrEqual(maxChars)
    }
    expect(renderPreparedReportFull(prepared)).toBe(renderPlanReportFull(r, ctx))
    expect(renderPreparedReport(prepared)).toBe(renderPlanReport(r, ctx))
  })

  it('takes the same path as the action: full report, job summary, comment', () => {
    const rctx = { ...ctx, diffLines: toDiffLines }
    const masked = redactPlanResult(r, [/old_1\d/])
    const prepared = preparePlanReport(masked, rctx)
    const full = renderPreparedReportFull(prepared)
    const summary = renderPreparedReport(prepared, { maxChars: JOB_SUMMARY_LIMIT - 1024, fullPlanName: 'the file' })
    const comment = renderPreparedReport(prepared, { summaryUrl: 'https://example.test/summary' })
    expect(full).toBe(renderPlanReportFull(masked, rctx))
    expect(summary).toBe(
      renderPlanReport(masked, rctx, { maxChars: JOB_SUMMARY_LIMIT - 1024, fullPlanName: 'the file' })
    )
    expect(comment).toBe(renderPlanReport(masked, rctx, { summaryUrl: 'https://example.test/summary' }))
    expect(full).not.toMatch(/old_1\d/)
    expect(comment).toContain('cut to fit')
  })
})
