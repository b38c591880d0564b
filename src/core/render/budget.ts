/**
 * Size accounting for GitHub's limits. A comment body may hold 65,536 characters and a step's job summary 1 MiB.
 * We measure in UTF-8 bytes: that is never less than the UTF-16 length or the code-point count, so a text that fits
 * by our count fits however GitHub counts, and it is exactly what the job-summary upload limits.
 */

/** GitHub rejects a comment body longer than this (422 "body is too long (maximum is 65536 characters)"). */
export const GITHUB_COMMENT_LIMIT = 65_536
/** Room left for what the comment poster adds (part markers, a footer) and for counting differences. */
export const COMMENT_SAFETY_MARGIN = 1_536
/** The default budget of a rendered comment. */
export const COMMENT_BUDGET = GITHUB_COMMENT_LIMIT - COMMENT_SAFETY_MARGIN
/** A step's job summary upload is aborted above 1 MiB ("supports content up to a size of 1024k"). */
export const JOB_SUMMARY_LIMIT = 1_048_576

/** The size of `text` as counted against the budgets: its UTF-8 length. */
export function textSize(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

/** The size of `lines` joined with `\n`. */
export function linesSize(lines: readonly string[]): number {
  let total = lines.length > 0 ? lines.length - 1 : 0
  for (const line of lines) total += textSize(line)
  return total
}

/** UTF-8 bytes of the code unit at `i` (a full surrogate pair counts 4 and spans two units). */
function unitBytes(text: string, i: number): [bytes: number, units: number] {
  const c = text.charCodeAt(i)
  if (c < 0x80) return [1, 1]
  if (c < 0x800) return [2, 1]
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1)
    if (d >= 0xdc00 && d <= 0xdfff) return [4, 2]
  }
  return [3, 1]
}

/**
 * Shortens `text` to at most `maxChars` (by `textSize`), ending with `ellipsis`, without splitting a surrogate pair.
 * Returns `text` unchanged when it fits and '' when not even the ellipsis fits.
 */
export function cutToSize(text: string, maxChars: number, ellipsis = '…'): string {
  if (textSize(text) <= maxChars) return text
  const room = maxChars - textSize(ellipsis)
  if (room < 0) return ''
  let used = 0
  let i = 0
  while (i < text.length) {
    const [bytes, units] = unitBytes(text, i)
    if (used + bytes > room) break
    used += bytes
    i += units
  }
  return text.slice(0, i) + ellipsis
}

/** Formats a count with thousands separators, independent of the machine's locale. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/**
 * The default note that replaces a run of cut lines: the first one says where the full text is, later ones (often
 * many short runs between kept resource headers) only how much was cut.
 */
export const defaultCutNote = (cut: number, first: boolean): string =>
  `… ${formatCount(cut)} ${cut === 1 ? 'line' : 'lines'} cut${first ? ' here, full plan in the job summary' : ''} …`

export interface TruncateOptions {
  /** The line that replaces each run of cut lines (`first` for the first such note); default `defaultCutNote`. */
  note?: (cut: number, first: boolean) => string
  /** Share of the budget given to the first lines before `keep` lines are considered; default 0.25. */
  headShare?: number
}

export interface Truncated {
  lines: string[]
  /** How many input lines were cut (0 when everything fit). */
  cutLines: number
}

/**
 * Lines to cut without holding them all as strings: how many, their sizes, each line on demand and which ones to
 * keep. `truncateLines` builds only the lines it returns.
 */
export interface LineSource {
  readonly count: number
  /** `prefix[i]`: the size (`textSize`) of lines 0 to i - 1, each with its newline; `count + 1` entries. */
  readonly prefix: ArrayLike<number>
  line(i: number): string
  /** The indices of the lines for which `keep` is true, ascending (asked for only when something is cut). */
  keptLines(): ArrayLike<number>
}

/** `prefix` for `LineSource`: running sizes of `lines`, each with its newline. */
export function linePrefixSizes(lines: readonly string[]): Float64Array {
  const prefix = new Float64Array(lines.length + 1)
  for (let i = 0; i < lines.length; i++) prefix[i + 1] = prefix[i] + textSize(lines[i]) + 1
  return prefix
}

/**
 * Cuts the middle of `lines` so that they, joined with `\n`, fit in `maxChars`. It keeps, in this order of priority:
 * the first lines (up to a quarter of the budget), every line for which `keep` is true (working inwards from both
 * ends of the list when not all fit), then more lines from both ends. Each run of cut lines becomes one note line;
 * a run is left in place when it is no longer than its note. Lines are never split, so neither are surrogate pairs.
 */
export function truncateMiddleWithStats(
  lines: readonly string[],
  maxChars: number,
  keep: (line: string) => boolean,
  options: TruncateOptions = {}
): Truncated {
  const source: LineSource = {
    count: lines.length,
    prefix: linePrefixSizes(lines),
    line: (i) => lines[i],
    keptLines: () => {
      const kept: number[] = []
      for (let i = 0; i < lines.length; i++) if (keep(lines[i])) kept.push(i)
      return kept
    }
  }
  return truncateLines(source, maxChars, options)
}

/**
 * `truncateMiddleWithStats` over a `LineSource`. The selection is always the first lines, the last lines and kept
 * lines from both ends of the kept list, so each candidate is measured from the prefix sizes in time proportional to
 * the kept lines inside the cut region, not to all lines.
 */
export function truncateLines(source: LineSource, maxChars: number, options: TruncateOptions = {}): Truncated {
  const n = source.count
  const prefix = source.prefix
  const note = options.note ?? defaultCutNote
  if (prefix[n] - 1 <= maxChars) return { lines: Array.from({ length: n }, (_, i) => source.line(i)), cutLines: 0 }

  const noteCosts = [new Map<number, number>(), new Map<number, number>()]
  const noteCost = (count: number, first: boolean): number => {
    const cache = noteCosts[first ? 0 : 1]
    let cost = cache.get(count)
    if (cost === undefined) cache.set(count, (cost = textSize(note(count, first)) + 1))
    return cost
  }

  // Kept lines are taken inwards from both ends of the kept list (the `Plan:` line sits at the end, resource headers
  // start at the top): the first k of them are the last ceil(k/2) and the first floor(k/2).
  const kept = source.keptLines()
  const m = kept.length
  /** The first index j in [lo, hi) with kept[j] >= x (hi when none). */
  const firstAtLeast = (lo: number, hi: number, x: number): number => {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (kept[mid] < x) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  /**
   * Measures the selection of the first `head` lines, the last `tail` lines and `keptCount` kept lines: its size
   * joined with `\n`, the lines cut, and the output lines when `out` is given.
   */
  const measure = (
    head: number,
    tail: number,
    keptCount: number,
    out?: string[]
  ): { size: number; cutLines: number } => {
    const headEnd = Math.min(head, n)
    const tailStart = Math.max(0, n - tail)
    if (headEnd >= tailStart) {
      if (out) for (let i = 0; i < n; i++) out.push(source.line(i))
      return { size: prefix[n] - 1, cutLines: 0 }
    }
    if (out) for (let i = 0; i < headEnd; i++) out.push(source.line(i))
    let size = prefix[headEnd]
    let cutLines = 0
    let first = true
    let next = headEnd
    const gap = (end: number): void => {
      const count = end - next
      const run = prefix[end] - prefix[next]
      const cost = noteCost(count, first)
      if (run <= cost) {
        // A run no longer than its note stays.
        size += run
        if (out) for (let i = next; i < end; i++) out.push(source.line(i))
      } else {
        size += cost
        cutLines += count
        out?.push(note(count, first))
        first = false
      }
    }
    const visit = (i: number): void => {
      if (i > next) gap(i)
      size += prefix[i + 1] - prefix[i]
      out?.push(source.line(i))
      next = i + 1
    }
    const fromStart = keptCount >>> 1
    const fromEnd = keptCount - fromStart
    for (let j = firstAtLeast(0, fromStart, headEnd); j < fromStart && kept[j] < tailStart; j++) visit(kept[j])
    for (let j = firstAtLeast(m - fromEnd, m, headEnd); j < m && kept[j] < tailStart; j++) visit(kept[j])
    if (tailStart > next) gap(tailStart)
    size += prefix[n] - prefix[tailStart]
    if (out) for (let i = tailStart; i < n; i++) out.push(source.line(i))
    return { size: size - 1, cutLines }
  }
  const fits = (head: number, tail: number, keptCount: number): boolean =>
    measure(head, tail, keptCount).size <= maxChars
  /** Largest x in [0, hi] with ok(x), given ok(0); keeps only values that were checked to fit. */
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
  // The most first lines within the head budget (prefix only grows).
  let headCap = 0
  for (let lo = 0, hi = n; lo < hi;) {
    const mid = Math.ceil((lo + hi) / 2)
    if (prefix[mid] <= headBudget) lo = headCap = mid
    else hi = mid - 1
  }
  const head = largest(headCap, (h) => fits(h, 0, 0))
  const keptCount = largest(m, (k) => fits(head, 0, k))
  const grow = largest(n, (g) => fits(head + g, g, keptCount))
  const moreHead = largest(n, (e) => fits(head + grow + e, grow, keptCount))
  const moreTail = largest(n, (e) => fits(head + grow + moreHead, grow + e, keptCount))

  const out: string[] = []
  const { cutLines } = measure(head + grow + moreHead, grow + moreTail, keptCount, out)
  return { lines: out, cutLines }
}

/** `truncateMiddleWithStats` returning only the lines. */
export function truncateMiddle(
  lines: readonly string[],
  maxChars: number,
  keep: (line: string) => boolean,
  options: TruncateOptions = {}
): string[] {
  return truncateMiddleWithStats(lines, maxChars, keep, options).lines
}
