/** Small helpers for the benchmarks: medians, ratios and the printed table. Figures only, nothing asserted. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** `1.23×`; `n/a` when either side is missing. */
export function formatRatio(ratio: number | undefined): string {
  if (ratio === undefined || !Number.isFinite(ratio)) return 'n/a'
  return `${ratio >= 10 ? ratio.toFixed(1) : ratio.toFixed(2)}×`
}

/** A number with 3 significant digits (at least the integer part), and its unit. */
export function formatValue(value: number, unit: string): string {
  if (!Number.isFinite(value)) return 'n/a'
  const abs = Math.abs(value)
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3
  return `${value.toFixed(digits)} ${unit}`
}

/** Milliseconds since `start` (from performance.now()). */
export const since = (start: number): number => performance.now() - start

/** Runs `fn` `runs` times and returns each duration in ms. */
export async function timeRuns(runs: number, fn: () => unknown): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    times.push(since(start))
  }
  return times
}

/** One printed row: a measured median, the reference measured in the same run, and the target. */
export interface Figure {
  /** What was measured, e.g. `parse + extract + render`. */
  measure: string
  /** The median of the runs. */
  median: number
  unit: string
  runs: number
  /** The reference measured beside it, e.g. `JSON.parse 80.1 MB/s`. */
  reference?: string
  /** measure relative to the reference, in the direction the target reads. */
  ratio?: number
  /** Human-readable target, e.g. `≥ 50 MB/s`. */
  target?: string
  /** Whether the target is met; undefined when the row has no target. */
  met?: boolean
}

export interface BenchResult {
  figures: Figure[]
  /** Context for reading the figures: sizes, environment, what dominates. */
  notes: string[]
}

export interface Benchmark {
  /** Short id, also accepted on the command line to run only this one. */
  id: string
  title: string
  run(): Promise<BenchResult>
}

function pad(text: string, width: number, right = false): string {
  const len = [...text].length
  return right ? ' '.repeat(Math.max(0, width - len)) + text : text + ' '.repeat(Math.max(0, width - len))
}

/** A plain-text table; numeric columns right-aligned. */
export function renderTable(rows: Array<Array<string>>, rightAligned: ReadonlySet<number>): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => [...r[c]].length)))
  const line = (r: string[]): string => r.map((cell, c) => pad(cell, widths[c], rightAligned.has(c))).join('  ')
  const rule = widths.map((w) => '─'.repeat(w)).join('  ')
  return [line(rows[0]), rule, ...rows.slice(1).map(line)].join('\n')
}

export function figureRows(benchmark: string, figures: readonly Figure[]): string[][] {
  return figures.map((f, i) => [
    i === 0 ? benchmark : '',
    f.measure,
    formatValue(f.median, f.unit),
    String(f.runs),
    f.reference ?? '',
    formatRatio(f.ratio),
    f.target ?? '',
    f.met === undefined ? '' : f.met ? 'yes' : 'NO'
  ])
}

export const TABLE_HEADER = ['Benchmark', 'Measure', 'Median', 'Runs', 'Reference (same run)', 'Ratio', 'Target', 'Met']
