import { describe, expect, it } from '@jest/globals'
import {
  COMMENT_BUDGET,
  GITHUB_COMMENT_LIMIT,
  cutToSize,
  defaultCutNote,
  formatCount,
  linesSize,
  textSize,
  truncateMiddle,
  truncateMiddleWithStats
} from '../../../src/core/render/budget.js'
import { LONE_SURROGATE } from './helpers.js'

const keepHeaders = (line: string): boolean => line.startsWith('#') || line.startsWith('Plan:')

/** `n` numbered lines with a header every `every` lines and a Plan line at the end. */
function body(n: number, every = 10): string[] {
  const lines = Array.from({ length: n - 1 }, (_, i) => (i % every === 0 ? `# r${i} will be created` : `  line ${i}`))
  lines.push(`Plan: ${n} to add, 0 to change, 0 to destroy.`)
  return lines
}

describe('sizes', () => {
  it('counts UTF-8 bytes, never less than the UTF-16 length', () => {
    for (const text of ['abc', 'é', '✅', '😀', 'a😀b✅']) {
      expect(textSize(text)).toBe(Buffer.byteLength(text))
      expect(textSize(text)).toBeGreaterThanOrEqual(text.length)
    }
    expect(linesSize(['ab', 'c'])).toBe(4)
    expect(linesSize([])).toBe(0)
  })

  it('keeps a margin under the comment limit', () => {
    expect(COMMENT_BUDGET).toBeLessThan(GITHUB_COMMENT_LIMIT)
  })

  it('formats counts with separators', () => {
    expect(formatCount(1234567)).toBe('1,234,567')
    expect(formatCount(12)).toBe('12')
  })
})

describe('cutToSize', () => {
  it('returns text that fits unchanged', () => {
    expect(cutToSize('hello', 5)).toBe('hello')
  })

  it('cuts with an ellipsis', () => {
    expect(cutToSize('hello world', 8)).toBe('hello…')
    expect(textSize(cutToSize('hello world', 8))).toBeLessThanOrEqual(8)
  })

  it('never splits a surrogate pair', () => {
    const text = '😀a😀😀b😀'.repeat(5)
    for (let max = 0; max <= textSize(text); max++) {
      const cut = cutToSize(text, max)
      expect(textSize(cut)).toBeLessThanOrEqual(max)
      expect(cut).not.toMatch(LONE_SURROGATE)
    }
  })
})

describe('truncateMiddle', () => {
  it('returns the lines unchanged when they fit, also exactly at the limit', () => {
    const lines = body(100)
    const size = linesSize(lines)
    expect(truncateMiddle(lines, size, keepHeaders)).toEqual(lines)
    expect(truncateMiddleWithStats(lines, size, keepHeaders).cutLines).toBe(0)
    expect(truncateMiddleWithStats(lines, size - 1, keepHeaders).cutLines).toBeGreaterThan(0)
  })

  it('fits the budget, keeps head, kept lines and the end, and accounts for every line', () => {
    const lines = body(3000)
    for (const max of [500, 2_000, 10_000, linesSize(lines) - 1]) {
      const { lines: out, cutLines } = truncateMiddleWithStats(lines, max, keepHeaders)
      expect(linesSize(out)).toBeLessThanOrEqual(max)
      expect(out[0]).toBe(lines[0])
      expect(out[out.length - 1]).toBe(lines[lines.length - 1])
      const notes = out.filter((l) => l.startsWith('…'))
      expect(notes.length).toBeGreaterThan(0)
      const noted = notes.reduce((n, l) => n + Number(/… ([\d,]+) line/.exec(l)![1].replace(/,/g, '')), 0)
      expect(noted).toBe(cutLines)
      expect(out.length - notes.length + cutLines).toBe(lines.length)
      // Order is preserved.
      const kept = out.filter((l) => !l.startsWith('…'))
      expect(kept).toEqual(lines.filter((l) => kept.includes(l)))
    }
  })

  it('keeps every kept line when they fit, and says where the full plan is', () => {
    const lines = body(3000)
    const out = truncateMiddle(lines, 20_000, keepHeaders)
    for (const header of lines.filter(keepHeaders)) expect(out).toContain(header)
    expect(out.find((l) => l.startsWith('…'))).toMatch(/lines cut here, full plan in the job summary …$/)
  })

  it('works inwards from both ends of the kept lines when not all fit', () => {
    const lines = body(3000, 2)
    const out = truncateMiddle(lines, 3_000, keepHeaders)
    expect(linesSize(out)).toBeLessThanOrEqual(3_000)
    expect(out).toContain(lines[lines.length - 1])
    expect(out).toContain(lines.filter(keepHeaders).at(-2))
  })

  it('uses the given note and leaves runs shorter than a note in place', () => {
    const lines = ['a', 'b', 'c', 'x'.repeat(200), 'd', 'e']
    const out = truncateMiddle(lines, 30, () => false, { note: (n) => `[${n} cut]` })
    expect(out.join('\n').length).toBeLessThanOrEqual(30)
    expect(out).toContain('[1 cut]')
    expect(defaultCutNote(1, false)).toBe('… 1 line cut …')
  })

  it('returns nothing when not even a note fits', () => {
    expect(truncateMiddleWithStats(body(50), 5, keepHeaders)).toEqual({ lines: [], cutLines: 50 })
  })

  it('does not split surrogate pairs (it only drops whole lines)', () => {
    const lines = Array.from({ length: 500 }, (_, i) => `${i} 😀 ${'✅'.repeat(i % 7)} 🚀`)
    const out = truncateMiddle(lines, 2_000, () => false)
    expect(out.join('\n')).not.toMatch(LONE_SURROGATE)
    expect(textSize(out.join('\n'))).toBeLessThanOrEqual(2_000)
  })
})
