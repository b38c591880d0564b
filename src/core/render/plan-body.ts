/**
 * A unit's plan body as ```diff lines, prepared once for every render of a report: line sizes (prefix sums), the key
 * lines a cut keeps, the fence and the joined text are computed at most once. A plan body of millions of lines is
 * described by a `DiffLineTable` and only the lines a render shows are built as strings.
 */
import {
  type DiffLineTable,
  diffLineTable,
  groupTableResources,
  isSpaceCode,
  toDiffLines,
  toGroupedDiffLines
} from '../plan/display.js'
import { type LineSource, linePrefixSizes } from './budget.js'
import { fenceFor, longestRun } from './markdown.js'

/** Rewrites plan text into lines for a ```diff block (change marker at column 0, `~` shown as `!`). */
export type DiffLines = (text: string) => string[]

/** Characters that may come before the first character of a key line: whitespace, `+ ! ~ -` and box drawing. */
function isKeySkip(c: number): boolean {
  if (c < 0x80) {
    return (
      c === 0x20 ||
      (c >= 0x09 && c <= 0x0d) ||
      c === 0x2b || // +
      c === 0x21 || // !
      c === 0x7e || // ~
      c === 0x2d || // -
      c === 0x7c // |
    )
  }
  return c === 0x2502 || c === 0x2577 || c === 0x2575 || isSpaceCode(c) // │ ╷ ╵
}

/** `#` (headers), `P` (`Plan:`, `Planning failed`), `C` (`Changes to Outputs:`), `N` (`No changes.`), `E` (`Error`). */
const isKeyFirst = (c: number): boolean => c === 0x23 || c === 0x50 || c === 0x43 || c === 0x4e || c === 0x45

/**
 * Whether `text.slice(start, end)` could be a key line: its first character past whitespace, `+ ! ~ -` and box
 * drawing starts a header, `Plan:`, `Changes to Outputs:`, `No changes.`, `Planning failed` or `Error`. Every key
 * line passes; most other lines fail on their first characters, before any regular expression runs.
 */
function mayBeKeyLine(text: string, start: number, end: number): boolean {
  let i = start
  while (i < end && isKeySkip(text.charCodeAt(i))) i++
  return i < end && isKeyFirst(text.charCodeAt(i))
}

/**
 * Lines a cut body must keep: resource headers (and their moved/imported notes), the headings of the action groups,
 * the `Plan:` line and errors.
 */
export function isKeyPlanLine(line: string): boolean {
  return (
    mayBeKeyLine(line, 0, line.length) &&
    (/^# --- [\d,]+ to [a-z -]+ ---$/.test(line) ||
      /^[\s+!~-]*#\s+(?:\((?:moved from|imported from)\b|\S.*\s(?:will be|must be|has moved to|has changed|has been|will no longer be|is tainted)\b)/.test(
        line
      ) ||
      /^\s*(?:Plan:|Changes to Outputs:|No changes\.|Planning failed)/.test(line) ||
      /^[\s│╷╵|]*Error\b/.test(line))
  )
}

/** The lines of one unit's ```diff block. */
export interface PlanBody extends LineSource {
  /** Whether any line has more than whitespace. */
  readonly hasContent: boolean
  /** The backtick fence: longer than any backtick run in the lines. */
  ticks(): string
  /** The lines joined with `\n`. */
  text(): string
}

/** Splits lines that hold line breaks (`\r\n`, `\r` or `\n`) into several; returns `lines` when none does. */
function splitBreaks(lines: string[]): string[] {
  let out: string[] | undefined
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line.includes('\n') || line.includes('\r')) {
      out ??= lines.slice(0, i)
      for (const part of line.split(/\r\n|\r|\n/)) out.push(part)
    } else {
      out?.push(line)
    }
  }
  return out ?? lines
}

class LinesBody implements PlanBody {
  readonly count: number
  readonly prefix: Float64Array
  readonly hasContent: boolean
  private readonly lines: readonly string[]
  private kept?: number[]
  private fence?: string
  private joined?: string

  constructor(lines: string[]) {
    this.lines = splitBreaks(lines)
    this.count = this.lines.length
    this.prefix = linePrefixSizes(this.lines)
    this.hasContent = this.lines.some((line) => /\S/.test(line))
  }

  line(i: number): string {
    return this.lines[i]
  }

  keptLines(): ArrayLike<number> {
    if (!this.kept) {
      this.kept = []
      for (let i = 0; i < this.count; i++) if (isKeyPlanLine(this.lines[i])) this.kept.push(i)
    }
    return this.kept
  }

  ticks(): string {
    // Backtick runs never cross the newlines that join the lines.
    if (this.fence === undefined) {
      let longest = 0
      for (const line of this.lines) longest = Math.max(longest, longestRun(line, '`'))
      this.fence = '`'.repeat(Math.max(3, longest + 1))
    }
    return this.fence
  }

  text(): string {
    return (this.joined ??= this.lines.join('\n'))
  }
}

class TableBody implements PlanBody {
  readonly count: number
  readonly prefix: Float64Array
  readonly hasContent: boolean
  private readonly table: DiffLineTable
  private kept?: Int32Array
  private fence?: string
  private joined?: string

  constructor(table: DiffLineTable) {
    this.table = table
    this.count = table.count
    const sizes = table.byteSizes()
    this.prefix = new Float64Array(this.count + 1)
    for (let i = 0; i < this.count; i++) this.prefix[i + 1] = this.prefix[i] + sizes[i] + 1
    // Every non-space character of a diff line comes from the body (a moved marker included), and back.
    this.hasContent = /\S/.test(table.text)
  }

  line(i: number): string {
    return this.table.line(i)
  }

  keptLines(): ArrayLike<number> {
    if (!this.kept) {
      const { text, from, end } = this.table
      const kept: number[] = []
      for (let i = 0; i < this.count; i++) {
        // A compound symbol (`-/+`, `<=`, …) in column 0 rules out every key line pattern.
        if (this.table.isAdded(i)) {
          if (isKeyPlanLine(this.table.line(i))) kept.push(i)
          continue
        }
        if (this.table.hasCompoundSymbol(i) || !mayBeKeyLine(text, from[i], end[i])) continue
        if (isKeyPlanLine(this.table.line(i))) kept.push(i)
      }
      this.kept = Int32Array.from(kept)
    }
    return this.kept
  }

  ticks(): string {
    // The lines hold the body's backtick runs unchanged: only spaces, change markers and line ends move or go.
    return (this.fence ??= fenceFor(this.table.text))
  }

  text(): string {
    return (this.joined ??= this.table.join())
  }
}

/**
 * The body of plan text (already redacted) as ```diff lines: `toLines` (default `toDiffLines`) rewrites it, and lines
 * holding line breaks are split. With the default and no `\r` in the text the lines are described, not built, and
 * the planned resources are grouped by action, destroys and replacements first (display.ts `groupResourceLines`).
 */
export function planBody(text: string, toLines: DiffLines = toDiffLines): PlanBody {
  if (toLines === toDiffLines && !text.includes('\r')) return new TableBody(groupTableResources(diffLineTable(text)))
  return new LinesBody(toLines === toDiffLines ? toGroupedDiffLines(text) : toLines(text))
}

/** A body of ready lines (diagnostics, a list of resource headers). */
export function linesBody(lines: string[]): PlanBody {
  return new LinesBody(lines)
}
