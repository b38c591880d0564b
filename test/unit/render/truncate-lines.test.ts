import { describe, expect, it } from '@jest/globals'
import {
  type LineSource,
  type TruncateOptions,
  type Truncated,
  defaultCutNote,
  linePrefixSizes,
  textSize,
  truncateLines,
  truncateMiddleWithStats
} from '../../../src/core/render/budget.js'

/** The select-and-walk version that `truncateLines` replaced (each candidate walks every line), as the oracle. */
function oracle(
  lines: readonly string[],
  maxChars: number,
  keep: (line: string) => boolean,
  options: TruncateOptions
): Truncated {
  const n = lines.length
  const note = options.note ?? defaultCutNote
  const prefix = linePrefixSizes(lines)
  if (prefix[n] - 1 <= maxChars) return { lines: [...lines], cutLines: 0 }
  const kept: number[] = []
  for (let i = 0; i < n; i++) if (keep(lines[i])) kept.push(i)
  const keptOrder: number[] = []
  for (let lo = 0, hi = kept.length - 1; lo <= hi; hi--, lo++) {
    keptOrder.push(kept[hi])
    if (lo !== hi) keptOrder.push(kept[lo])
  }
  const selected = new Uint8Array(n)
  const select = (head: number, tail: number, k: number): void => {
    selected.fill(0)
    selected.fill(1, 0, Math.min(head, n))
    selected.fill(1, Math.max(0, n - tail), n)
    for (let j = 0; j < k; j++) selected[keptOrder[j]] = 1
  }
  const walk = (out?: string[]): { size: number; cutLines: number } => {
    let size = 0
    let cutLines = 0
    let first = true
    let gapStart = -1
    for (let i = 0; i <= n; i++) {
      if (i < n && !selected[i]) {
        if (gapStart < 0) gapStart = i
        continue
      }
      if (gapStart >= 0) {
        const run = prefix[i] - prefix[gapStart]
        const cost = textSize(note(i - gapStart, first)) + 1
        if (run <= cost) {
          size += run
          if (out) for (let j = gapStart; j < i; j++) out.push(lines[j])
        } else {
          size += cost
          cutLines += i - gapStart
          out?.push(note(i - gapStart, first))
          first = false
        }
        gapStart = -1
      }
      if (i < n) {
        size += prefix[i + 1] - prefix[i]
        out?.push(lines[i])
      }
    }
    return { size: size - 1, cutLines }
  }
  const fits = (head: number, tail: number, k: number): boolean => {
    select(head, tail, k)
    return walk().size <= maxChars
  }
  const largest = (hi: number, ok: (x: number) => boolean): number => {
    let lo = 0
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2)
      if (ok(mid)) lo = mid
      else hi = mid - 1
    }
    return lo
  }
  if (!fits(0, 0, 0)) return { lines: [], cutLines: n }
  const headBudget = maxChars * (options.headShare ?? 0.25)
  let headCap = 0
  while (headCap < n && prefix[headCap + 1] <= headBudget) headCap++
  const head = largest(headCap, (h) => fits(h, 0, 0))
  const k = largest(keptOrder.length, (x) => fits(head, 0, x))
  const grow = largest(n, (g) => fits(head + g, g, k))
  const moreHead = largest(n, (e) => fits(head + grow + e, grow, k))
  const moreTail = largest(n, (e) => fits(head + grow + moreHead, grow + e, k))
  select(head + grow + moreHead, grow + moreTail, k)
  const out: string[] = []
  const { cutLines } = walk(out)
  return { lines: out, cutLines }
}

function seeded(seed: number): () => number {
  let a = seed
  return () => {
    a = (a * 1103515245 + 12345) % 2147483648
    return a / 2147483648
  }
}

describe('truncateLines', () => {
  it('picks exactly what the line-walking version picks', () => {
    const rand = seeded(3)
    const keep = (line: string): boolean => line.startsWith('#')
    for (let t = 0; t < 1500; t++) {
      const n = Math.floor(rand() * 60)
      const lines = Array.from({ length: n }, (_, i) =>
        rand() < 0.15
          ? `# r${i}`
          : rand() < 0.4
            ? 'ab'.slice(0, Math.floor(rand() * 3))
            : `${i} ${'x😀é'.repeat(Math.floor(rand() * 8))}`
      )
      const maxChars = Math.floor(rand() * 900)
      const options: TruncateOptions =
        rand() < 0.5
          ? {}
          : { headShare: rand() * 0.6, note: (c, first) => `${first ? 'first ' : ''}${'.'.repeat(c % 7)}` }
      const expected = oracle(lines, maxChars, keep, options)
      expect([t, truncateMiddleWithStats(lines, maxChars, keep, options)]).toEqual([t, expected])
    }
  })

  it('leaves a run exactly as long as its note in place', () => {
    const lines = ['x'.repeat(100), '#1', 'ab', '#2', 'y'.repeat(100)]
    const cut = truncateMiddleWithStats(lines, 20, (line) => line.startsWith('#'), { note: () => 'NN' })
    expect(cut).toEqual({ lines: ['NN', '#1', 'ab', '#2', 'NN'], cutLines: 2 })
  })

  it('works on a LineSource, building only the lines it returns', () => {
    const n = 200_000
    const built: number[] = []
    const source: LineSource = {
      count: n,
      prefix: Float64Array.from({ length: n + 1 }, (_, i) => i * 12),
      line: (i) => {
        built.push(i)
        return `line ${String(i).padStart(6, '0')}`
      },
      keptLines: () => [0, 99_999, n - 1]
    }
    const cut = truncateLines(source, 2_000)
    expect(cut.lines.length).toBeLessThan(200)
    expect(cut.lines).toContain('line 099999')
    expect(textSize(cut.lines.join('\n'))).toBeLessThanOrEqual(2_000)
    expect(built.length).toBe(cut.lines.length - cut.lines.filter((l) => l.startsWith('…')).length)
    expect(cut.cutLines).toBe(n - built.length)
  })
})
