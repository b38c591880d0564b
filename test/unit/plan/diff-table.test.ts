import { describe, expect, it } from '@jest/globals'
import { diffLineTable, extractPlanBody, isSpaceCode, toDiffLines, trimEndAt } from '../../../src/core/plan/display.js'
import { fixture, fixtureNames } from './fixtures.js'

// The line-by-line `toDiffLines` that `DiffLineTable` replaced, kept as the oracle.
const BLOCK_MARKERS = ['-/+', '+/-', '+/.', './+', '<=', '+', '-', '~']
const HEREDOC_OPEN = /<<-?([A-Za-z_][A-Za-z0-9_]*)$/
const DIFF_SPECIAL = new Set(['+', '-', '!', '<', '>', '@'])

function oracleDiffLines(body: string): string[] {
  const leadingSpaces = (line: string): number => line.length - line.replace(/^ +/, '').length
  const findMarker = (line: string, indent: number): string | undefined => {
    for (const marker of BLOCK_MARKERS) {
      if (line.startsWith(marker, indent) && line[indent + marker.length] === ' ') return marker
    }
    if (line.startsWith('. resource "', indent) || line.startsWith('. data "', indent)) return '.'
    return undefined
  }
  const move = (line: string, indent: number, marker: string): string =>
    ((marker === '~' ? '!' : marker) + line.slice(0, indent) + line.slice(indent + marker.length)).trimEnd()
  let heredoc: { delimiter: string; keyColumn: number } | undefined
  return body.split(/\r?\n/).map((raw) => {
    const line = raw.trimEnd()
    const indent = leadingSpaces(line)
    if (heredoc) {
      const trimmed = line.slice(indent)
      if (indent <= heredoc.keyColumn && trimmed.startsWith(heredoc.delimiter)) {
        if (['', ' ', ',', ')'].includes(trimmed.charAt(heredoc.delimiter.length))) {
          heredoc = undefined
          return line
        }
      }
      const column = heredoc.keyColumn + 2
      const ch = line.charAt(column)
      if (indent === column && '+-~'.includes(ch) && ch !== '' && ['', ' '].includes(line.charAt(column + 1))) {
        return move(line, indent, ch)
      }
      return line
    }
    const marker = findMarker(line, indent)
    const open = HEREDOC_OPEN.exec(line)
    if (marker) {
      if (open) heredoc = { delimiter: open[1], keyColumn: indent + marker.length + 1 }
      return move(line, indent, marker)
    }
    if (open) heredoc = { delimiter: open[1], keyColumn: indent }
    return indent === 0 && DIFF_SPECIAL.has(line.charAt(0)) ? ` ${line}` : line
  })
}

/** Seeded plan-like lines with every marker, heredocs, odd whitespace and non-ASCII text. */
function randomPlan(seed: number, lines: number): string {
  let a = seed
  const rand = (): number => {
    a = (a * 1103515245 + 12345) % 2147483648
    return a / 2147483648
  }
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]
  const indents = ['', '', ' ', '  ', '    ', '      ', '        ', '\t', '\u00a0', '\u3000']
  const heads = [
    '+ ',
    '- ',
    '~ ',
    '-/+ ',
    '+/- ',
    '+/. ',
    './+ ',
    '<= ',
    '+',
    '~',
    '. resource "a" "b" {',
    '. data "a" "b" {',
    '# a.b will be created',
    'x = <<EOT',
    '~ y = <<-EOF',
    '<<-EOT',
    '<<EOT',
    '<<9',
    'EOT',
    'EOT,',
    'EOT)',
    'EOF',
    'EOTX',
    '+ content',
    '- content',
    '@user',
    '!x',
    '>y',
    '<z',
    '}',
    'a`b``c',
    'é',
    '😀',
    '\ud800',
    '│ Error: x'
  ]
  const tails = ['', '', ' ', '\t', '\r', '\u00a0', ' = "v"', ' = true', '\u2028']
  const out: string[] = []
  for (let i = 0; i < lines; i++) out.push(rand() < 0.1 ? '' : pick(indents) + pick(heads) + pick(tails))
  return out.join(rand() < 0.2 ? '\r\n' : '\n')
}

const inputs = (): [string, string][] => [
  ...fixtureNames('.txt').map((name): [string, string] => [name, fixture(name)]),
  ...fixtureNames('.txt').map((name): [string, string] => [`${name} (body)`, extractPlanBody(fixture(name))]),
  ...Array.from({ length: 300 }, (_, i): [string, string] => [`random ${i}`, randomPlan(i + 1, 1 + (i % 80))]),
  ['empty', ''],
  ['newline', '\n'],
  ['latin-1', 'é ÿ\n  + a = "é"\n'],
  ['lone surrogate', '  + x = "\ud800"\n  ~ y']
]

describe('isSpaceCode and trimEndAt', () => {
  it('agree with String.prototype.trim for every UTF-16 code unit', () => {
    const wrong: number[] = []
    for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c) !== (String.fromCharCode(c).trim() === '')) wrong.push(c)
    expect(wrong).toEqual([])
  })

  it('trimEndAt ends where trimEnd does', () => {
    const text = 'ab  \t\u00a0\ncd\u3000x \u2029'
    expect(text.slice(0, trimEndAt(text, 0, 8))).toBe(text.slice(0, 8).trimEnd())
    expect(trimEndAt(text, 9, text.length)).toBe(9 + text.slice(9).trimEnd().length)
    expect(trimEndAt('   ', 0, 3)).toBe(0)
  })
})

describe('DiffLineTable', () => {
  it('describes exactly the lines of the line-by-line rewrite', () => {
    for (const [name, text] of inputs()) {
      const expected = oracleDiffLines(text)
      const table = diffLineTable(text)
      expect([name, table.count]).toEqual([name, expected.length])
      expect([name, Array.from({ length: table.count }, (_, i) => table.line(i))]).toEqual([name, expected])
      expect([name, toDiffLines(text)]).toEqual([name, expected])
    }
  })

  it('joins the lines in one buffer, exactly (Latin-1, UTF-16 and lone surrogates included)', () => {
    for (const [name, text] of inputs()) {
      expect([name, diffLineTable(text).join()]).toEqual([name, oracleDiffLines(text).join('\n')])
    }
  })

  it('sizes every line in UTF-8 bytes without building it', () => {
    for (const [name, text] of inputs()) {
      const sizes = Array.from(diffLineTable(text).byteSizes())
      expect([name, sizes]).toEqual([name, oracleDiffLines(text).map((line) => Buffer.byteLength(line, 'utf8'))])
    }
  })

  it('flags the compound symbols, which no key line starts with', () => {
    const table = diffLineTable(['-/+ resource "a" "b" {', '  <= data "a" "b" {', '  + x = 1', '@x'].join('\n'))
    expect([0, 1, 2, 3].map((i) => table.hasCompoundSymbol(i))).toEqual([true, true, false, false])
  })
})

describe('extractPlanBody: kept lines as ranges of the text', () => {
  it('trims trailing whitespace and keeps at most two blank lines in a row', () => {
    const text = [
      'Terraform will perform the following actions:',
      '',
      '  # a.b will be created   ',
      '  + resource "a" "b" {',
      '      + x = 1\t',
      '      + y = 2',
      '    }',
      '',
      '',
      '',
      '',
      'Plan: 1 to add, 0 to change, 0 to destroy.'
    ].join('\n')
    expect(extractPlanBody(text).split('\n')).toEqual([
      'Terraform will perform the following actions:',
      '',
      '  # a.b will be created',
      '  + resource "a" "b" {',
      '      + x = 1',
      '      + y = 2',
      '    }',
      '',
      '',
      'Plan: 1 to add, 0 to change, 0 to destroy.'
    ])
  })

  it('drops the rule before the footer from the end of a run of lines', () => {
    const text = [
      'Terraform will perform the following actions:',
      '  # a.b will be created',
      '  + resource "a" "b" {',
      '      + x = 1',
      '    }',
      'Plan: 1 to add, 0 to change, 0 to destroy.',
      '─────────────────────────────',
      '',
      "Note: You didn't use the -out option to save this plan, so OpenTofu can't guarantee",
      '  + ignored = 1'
    ].join('\n')
    expect(extractPlanBody(text).split('\n')).toEqual([
      'Terraform will perform the following actions:',
      '  # a.b will be created',
      '  + resource "a" "b" {',
      '      + x = 1',
      '    }',
      'Plan: 1 to add, 0 to change, 0 to destroy.'
    ])
  })

  it('separates a box after the footer with a blank line', () => {
    const text = [
      '  # a.b will be destroyed',
      '  - resource "a" "b" {',
      '    }',
      'Plan: 0 to add, 0 to change, 1 to destroy.',
      'Saved the plan to: plan.out',
      '  + ignored',
      '╷',
      '│ Warning: Deprecated',
      '│ ',
      '│   with a.b,',
      '╵',
      'tail'
    ].join('\n')
    expect(extractPlanBody(text).split('\n')).toEqual([
      '  # a.b will be destroyed',
      '  - resource "a" "b" {',
      '    }',
      'Plan: 0 to add, 0 to change, 1 to destroy.',
      '',
      '╷',
      '│ Warning: Deprecated',
      '│',
      '│   with a.b,',
      '╵'
    ])
  })

  it('handles CRLF text, indented lock lines and text without a plan', () => {
    const crlf = [
      'a.b: Refreshing state... [id=1]',
      'Terraform will perform the following actions:',
      '  # a.b will be created',
      '  + resource "a" "b" {',
      '      Acquiring state lock. This may take a few moments...',
      '      + x = 1',
      '    }',
      ''
    ].join('\r\n')
    expect(extractPlanBody(crlf).split('\n')).toEqual([
      'Terraform will perform the following actions:',
      '  # a.b will be created',
      '  + resource "a" "b" {',
      '      + x = 1',
      '    }'
    ])
    const noPlan = [
      'Initializing the backend...',
      'Acquiring state lock. This may take a few moments...',
      'something went wrong   ',
      '',
      '',
      '',
      '  details here',
      'a.b: Reading...'
    ].join('\n')
    expect(extractPlanBody(noPlan).split('\n')).toEqual(['something went wrong', '', '', '  details here'])
  })
})
