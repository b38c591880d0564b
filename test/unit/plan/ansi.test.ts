import { describe, expect, it } from '@jest/globals'
import { cleanTerminalText, stripAnsi } from '../../../src/core/plan/index.js'

describe('stripAnsi', () => {
  it.each([
    ['SGR colours', '\u001b[1m\u001b[32m+\u001b[0m\u001b[0m create', '+ create'],
    ['256 and true colour', '\u001b[38;5;208mx\u001b[48;2;1;2;3my\u001b[m', 'xy'],
    ['cursor movement and erase', '\u001b[2K\u001b[1A\u001b[?25lline\u001b[?25h', 'line'],
    ['8-bit CSI', '\u009b31mred\u009b0m', 'red'],
    ['OSC hyperlink', '\u001b]8;;https://example.com\u0007link\u001b]8;;\u0007', 'link'],
    ['OSC with ST', '\u001b]0;title\u001b\\text', 'text'],
    ['two-byte escapes', '\u001b7saved\u001b8\u001b(B', 'saved'],
    ['plain text untouched', 'Plan: 1 to add, 0 to change, 0 to destroy.', 'Plan: 1 to add, 0 to change, 0 to destroy.']
  ])('%s', (_name, input, want) => {
    expect(stripAnsi(input)).toBe(want)
  })

  it('is linear on long runs of escape-like input', () => {
    const input = '\u001b['.repeat(50_000) + '0'.repeat(50_000)
    expect(typeof stripAnsi(input)).toBe('string')
  })
})

describe('cleanTerminalText', () => {
  it('turns CRLF into LF and keeps the last carriage-return overwrite', () => {
    expect(cleanTerminalText('a\r\nb\r\n')).toBe('a\nb\n')
    expect(cleanTerminalText('50%\r100%\ndone')).toBe('100%\ndone')
    expect(cleanTerminalText('x\r\r\n')).toBe('x\n')
  })

  it('strips a byte-order mark and ANSI codes', () => {
    expect(cleanTerminalText('\ufeff\u001b[1mPlan:\u001b[0m 1')).toBe('Plan: 1')
  })
})
