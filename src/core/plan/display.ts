/**
 * Plan text for people: the part of a plan a reviewer needs (drift note, legend, resource changes, `Plan:` line,
 * output changes, warnings and errors) without refresh, lock, init or apply noise, and a rewrite of it for GitHub's
 * ```diff colouring. Both work line by line in linear time, on positions in the text: plans run to millions of
 * lines, so neither builds a string per line where it can avoid it (`DiffLineTable` describes the rewritten lines).
 */
import { cleanTerminalText } from './ansi.js'
import { isRule, leadingSpaces } from './lines.js'
import type { ChangeAction } from './model.js'
import { parseHeaderText, parsePlanLine } from './text-plan.js'

const LOCK_LINES = new Set([
  'Acquiring state lock. This may take a few moments...',
  'Releasing state lock. This may take a few moments...',
  'Refreshing Terraform state in-memory prior to plan...',
  'The refreshed state will be used to calculate this plan, but will not be',
  'persisted to local or remote state storage.'
])

const INIT_LINES = [
  'Initializing the backend...',
  'Initializing provider plugins...',
  'Initializing modules...',
  'Initializing plugins and modules...',
  'Successfully configured the backend',
  'Terraform has been successfully initialized!',
  'OpenTofu has been successfully initialized!',
  'You may now begin working with ',
  'any changes that are required for your infrastructure. All ',
  'should now work.',
  'If you ever set or change modules or backend configuration for ',
  'rerun this command to reinitialize your working directory. If you forget, other',
  'commands will detect it and remind you to do so if necessary.',
  'Terraform has created a lock file ',
  'OpenTofu has created a lock file ',
  'Upgrading modules...'
]

/** Init's `- Installing hashicorp/aws v5.0.0...` style lines. */
const INIT_ITEM_LINES = [
  'Reusing previous version of ',
  'Finding ',
  'Installing ',
  'Installed ',
  'Using previously-installed ',
  'Downloading ',
  'Installing modules',
  'Using '
]

/** `addr: Refreshing state... [id=…]` and friends: progress lines of the refresh and plan walk. */
const PROGRESS_SUFFIXES = [
  ': Refreshing state...',
  ': Reading...',
  ': Read complete after ',
  ': Still reading... [',
  ': Preparing import... [',
  ': Importing from ID '
]

/** Progress lines of an apply: once they appear, the plan is over. */
const APPLY_SUFFIXES = [
  ': Creating...',
  ': Destroying...',
  ': Modifying...',
  ': Still creating... [',
  ': Still destroying... [',
  ': Still modifying... [',
  ': Creation complete after ',
  ': Destruction complete after ',
  ': Modifications complete after ',
  ': Provisioning with ',
  ' (local-exec): ',
  ' (remote-exec): '
]

/** Lines that end the plan: the footer and anything after it (apply prompt, apply output). */
const FOOTER_PREFIXES = [
  "Note: You didn't use the -out option",
  'Note: You didn\'t specify an "-out" parameter',
  'Saved the plan to:',
  'To perform exactly these actions, run the following command to apply:',
  'Do you want to perform these actions',
  'Apply complete!',
  'Destroy complete!'
]

const SPACE = 0x20
/** Whether `c` starts one of the `LOCK_LINES` (`A`, `R`, `T` or `p`). */
const isLockFirst = (c: number): boolean => c === 0x41 || c === 0x52 || c === 0x54 || c === 0x70

/** Whether the UTF-16 code unit `c` is whitespace to `String.prototype.trim` and to `\s`. */
export function isSpaceCode(c: number): boolean {
  if (c <= SPACE) return c === SPACE || (c >= 0x09 && c <= 0x0d)
  if (c < 0xa0) return false
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

/** Where `text.slice(start, end).trimEnd()` ends in `text`. */
export function trimEndAt(text: string, start: number, end: number): number {
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--
  return end
}

/** Lines that mark where the part worth showing starts. */
function isStartLine(line: string, trimmed: string, indent: number): boolean {
  if (trimmed.startsWith('╷')) return true
  if (indent === 0) {
    if (
      trimmed.startsWith('Note: Objects have changed outside of ') ||
      trimmed.startsWith('An execution plan has been generated') ||
      trimmed.startsWith('Resource actions are indicated with the following symbols') ||
      trimmed.startsWith('Changes to Outputs:') ||
      trimmed.startsWith('No changes.') ||
      trimmed.startsWith('No current changes.') ||
      trimmed.startsWith('Planning failed.') ||
      trimmed.startsWith('Note: This is a partial plan') ||
      trimmed.startsWith('Error: ') ||
      trimmed.startsWith('Warning: ') ||
      / used the selected providers to generate the following/.test(trimmed) ||
      trimmed.endsWith(' will perform the following actions:') ||
      trimmed.endsWith(' planned the following actions, but then encountered a problem:') ||
      / will invoke the following action\(s\):$/.test(trimmed)
    ) {
      return true
    }
  }
  if (parsePlanLine(line)) return true
  if (indent <= 3 && trimmed.startsWith('# ')) return parseHeaderText(trimmed.slice(2)).kind !== 'unknown'
  return false
}

function isNoise(trimmed: string, indent: number): boolean {
  if (LOCK_LINES.has(trimmed)) return true
  if (indent !== 0) return false
  if (trimmed.startsWith('#') || trimmed.startsWith('│')) return false
  for (const suffix of PROGRESS_SUFFIXES) if (trimmed.includes(suffix)) return true
  for (const prefix of INIT_LINES) if (trimmed.startsWith(prefix)) return true
  if (trimmed.startsWith('- ')) {
    const rest = trimmed.slice(2)
    for (const prefix of INIT_ITEM_LINES) if (rest.startsWith(prefix)) return true
  }
  return false
}

function isEnd(trimmed: string, indent: number): boolean {
  if (indent !== 0) return false
  for (const prefix of FOOTER_PREFIXES) if (trimmed.startsWith(prefix)) return true
  if (trimmed.startsWith('#') || trimmed.startsWith('│')) return false
  for (const suffix of APPLY_SUFFIXES) if (trimmed.includes(suffix)) return true
  return false
}

/**
 * The part of a plan's output worth showing a reviewer: from the drift note (or the legend, the first resource,
 * the outputs or the no-changes message) through the `Plan:` line and the output changes, with warning and error
 * boxes kept wherever they are. Refresh, progress, state-lock and init lines are removed, and so are the footer
 * ("Note: You didn't use the -out option…", "Saved the plan to…") and anything after it, such as apply output.
 * Takes one unit's plan text (already demuxed from Terragrunt's log); ANSI codes are removed.
 */
export function extractPlanBody(text: string): string {
  const src = cleanTerminalText(text)
  // Kept lines as [start, end) ranges of `src` without trailing whitespace; -1 marks an added blank line. Runs of
  // adjacent kept lines become one slice of `src` in the end, so no string is built per line.
  const starts: number[] = []
  const ends: number[] = []
  let started = false
  let ended = false
  let inBox = false

  /** Keeps a line; a non-blank line right after the last kept one (which lost no trailing space) extends it. */
  const push = (start: number, end: number): void => {
    const last = starts.length - 1
    if (start < end && last >= 0 && start === ends[last] + 1 && starts[last] >= 0 && starts[last] < ends[last]) {
      ends[last] = end
      return
    }
    starts.push(start)
    ends.push(end)
  }
  /** Where the last kept line starts. */
  const lastLineStart = (): number => {
    const last = starts.length - 1
    return starts[last] < 0 ? starts[last] : Math.max(starts[last], src.lastIndexOf('\n', ends[last] - 1) + 1)
  }
  const popLine = (): void => {
    const last = starts.length - 1
    const start = lastLineStart()
    if (start > starts[last]) ends[last] = start - 1
    else {
      starts.pop()
      ends.pop()
    }
  }
  const lastIsBlank = (): boolean => starts.length > 0 && starts[starts.length - 1] === ends[ends.length - 1]
  const dropTrailingRule = (): void => {
    while (lastIsBlank()) popLine()
    if (starts.length > 0) {
      const start = lastLineStart()
      if (start >= 0 && isRule(src.slice(start, ends[ends.length - 1]).trim())) popLine()
    }
    while (lastIsBlank()) popLine()
  }

  for (let cursor = 0; cursor <= src.length;) {
    const pos = cursor
    const nl = src.indexOf('\n', pos)
    const lineEnd = nl < 0 ? src.length : nl
    cursor = lineEnd + 1
    const end = trimEndAt(src, pos, lineEnd)
    let indent = 0
    while (pos + indent < end && src.charCodeAt(pos + indent) === SPACE) indent++

    if (started && !inBox && !ended) {
      // The common cases inside the plan: a blank line is kept, and so is an indented one unless it is a state-lock
      // line.
      if (end === pos) {
        push(pos, pos)
        continue
      }
      const first = src.charCodeAt(pos + indent)
      if (indent > 0 && first > SPACE && first < 0x7f) {
        if (!isLockFirst(first) || !LOCK_LINES.has(src.slice(pos + indent, end))) push(pos, end)
        continue
      }
    }

    const line = src.slice(pos, end)
    const trimmed = line.trim()
    if (inBox) {
      push(pos, end)
      if (trimmed.startsWith('╵')) inBox = false
      continue
    }
    if (trimmed.startsWith('╷')) {
      if (ended && starts.length > 0) push(-1, -1)
      push(pos, end)
      inBox = true
      started = true
      continue
    }
    if (ended) continue

    if (!started) {
      if (!isStartLine(line, trimmed, indent)) continue
      started = true
    }
    if (isNoise(trimmed, indent)) continue
    if (isEnd(trimmed, indent)) {
      dropTrailingRule()
      ended = true
      continue
    }
    push(pos, end)
  }
  if (!ended) dropTrailingRule()

  if (!started) {
    // Nothing that looks like a plan: keep what is left after removing the noise (an error message, say).
    for (let cursor = 0; cursor <= src.length;) {
      const pos = cursor
      const nl = src.indexOf('\n', pos)
      const lineEnd = nl < 0 ? src.length : nl
      cursor = lineEnd + 1
      const end = trimEndAt(src, pos, lineEnd)
      const line = src.slice(pos, end)
      if (!isNoise(line.trim(), leadingSpaces(line))) push(pos, end)
    }
  }
  return joinRanges(src, starts, ends)
}

/**
 * Joins the ranges with `\n`, trimming blank lines at both ends and keeping at most two blank lines in a row.
 * Ranges that follow each other in `src` are taken as one slice.
 */
function joinRanges(src: string, starts: readonly number[], ends: readonly number[]): string {
  let last = starts.length - 1
  while (last >= 0 && starts[last] === ends[last]) last--
  const pieces: string[] = []
  let blanks = 0
  let open = false
  let pieceStart = 0
  let pieceEnd = 0
  for (let i = 0; i <= last; i++) {
    const start = starts[i]
    const end = ends[i]
    if (start === end) {
      blanks++
      if (blanks > 2 || !open) continue
    } else {
      blanks = 0
    }
    // The line starts right after the piece's newline (so the piece's last line lost no trailing whitespace).
    if (open && pieceStart >= 0 && start === pieceEnd + 1) {
      pieceEnd = end
      continue
    }
    if (open) pieces.push(pieceStart < 0 ? '' : src.slice(pieceStart, pieceEnd))
    open = true
    pieceStart = start
    pieceEnd = end
  }
  if (open) pieces.push(pieceStart < 0 ? '' : src.slice(pieceStart, pieceEnd))
  return pieces.join('\n')
}

/** Change symbols at column 0 of a diff line; `DiffLineTable.symbol` indexes this list (0: none, 1: a space). */
const SYMBOLS = ['', ' ', '+', '-', '!', '-/+', '+/-', '+/.', './+', '<=', '.']
const SYM_SPACE = 1
const SYM_PLUS = 2
const SYM_MINUS = 3
const SYM_BANG = 4
const SYM_REPLACE_DELETE_FIRST = 5
const SYM_REPLACE_CREATE_FIRST = 6
const SYM_REPLACE_FORGET = 7
const SYM_FORGET_REPLACE = 8
const SYM_READ = 9
const SYM_FORGET = 10
/** `DiffLineTable.symbol` of a line put in by a regrouping: the line is `added[from]`. */
const ADDED = 255

const PLUS = 0x2b
const MINUS = 0x2d
const DOT = 0x2e
const LESS = 0x3c
const TILDE = 0x7e

/** Characters that GitHub's diff grammar colours (or treats as headers) in column 0: `+ - ! < > @`. */
const isDiffSpecial = (c: number): boolean =>
  c === PLUS || c === MINUS || c === 0x21 || c === LESS || c === 0x3e || c === 0x40

const isWordCode = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f

/**
 * The delimiter of a heredoc opened at the end of `text.slice(start, end)` (what `/<<-?([A-Za-z_][A-Za-z0-9_]*)$/`
 * captures), or undefined.
 */
function heredocOpen(text: string, start: number, end: number): string | undefined {
  let r = end
  while (r > start && isWordCode(text.charCodeAt(r - 1))) r--
  if (r === end) return undefined
  const c = text.charCodeAt(r)
  if (c >= 0x30 && c <= 0x39) return undefined
  if (r - start >= 2 && text.charCodeAt(r - 1) === LESS && text.charCodeAt(r - 2) === LESS) return text.slice(r, end)
  if (
    r - start >= 3 &&
    text.charCodeAt(r - 1) === MINUS &&
    text.charCodeAt(r - 2) === LESS &&
    text.charCodeAt(r - 3) === LESS
  ) {
    return text.slice(r, end)
  }
  return undefined
}

/** Whether `text` has `marker` at `at`, followed by a space before `end`. */
const markerAt = (text: string, at: number, end: number, marker: string): boolean =>
  at + marker.length < end && text.charCodeAt(at + marker.length) === SPACE && text.startsWith(marker, at)

/**
 * The block marker at `at` (the first character after the indentation) as `symbol * 4 + length` (`SYMBOLS` index and
 * marker length), or 0: `-/+ +/- +/. ./+ <= + - ~` followed by a space, or OpenTofu's forget block
 * `. resource "t" "n" {`.
 */
function blockMarker(text: string, at: number, end: number): number {
  switch (text.charCodeAt(at)) {
    case MINUS:
      if (markerAt(text, at, end, '-/+')) return SYM_REPLACE_DELETE_FIRST * 4 + 3
      if (markerAt(text, at, end, '-')) return SYM_MINUS * 4 + 1
      return 0
    case PLUS:
      if (markerAt(text, at, end, '+/-')) return SYM_REPLACE_CREATE_FIRST * 4 + 3
      if (markerAt(text, at, end, '+/.')) return SYM_REPLACE_FORGET * 4 + 3
      if (markerAt(text, at, end, '+')) return SYM_PLUS * 4 + 1
      return 0
    case DOT:
      if (markerAt(text, at, end, './+')) return SYM_FORGET_REPLACE * 4 + 3
      if (text.startsWith('. resource "', at) || text.startsWith('. data "', at)) return SYM_FORGET * 4 + 1
      return 0
    case LESS:
      return markerAt(text, at, end, '<=') ? SYM_READ * 4 + 2 : 0
    case TILDE:
      return markerAt(text, at, end, '~') ? SYM_BANG * 4 + 1 : 0
    default:
      return 0
  }
}

const SPACES: string[] = []
function spaces(n: number): string {
  if (n >= 256) return ' '.repeat(n)
  return (SPACES[n] ??= ' '.repeat(n))
}

const NON_ASCII = /[\u0080-\uffff]/g

/**
 * The lines of `toDiffLines(body)`, described instead of built, so a renderer can size, search and cut millions of
 * lines and build only those it shows. Line `i` is `SYMBOLS[symbol[i]]`, then `pad[i]` spaces, then
 * `text.slice(from[i], end[i])`; or, when `symbol[i]` is `ADDED`, the line `added[from[i]]` put in by a regrouping
 * (the text itself is never copied: a concatenated copy of a large text is slow to search and measure).
 */
export class DiffLineTable {
  /** The plan body the lines point into. */
  readonly text: string
  readonly count: number
  readonly from: Int32Array
  readonly end: Int32Array
  /** 0: the line is `text.slice(from, end)`; 1: a space is put before it; more: the change symbol moved to column 0. */
  readonly symbol: Uint8Array
  readonly pad: Int32Array
  /** ASCII lines put in (headings, blanks), for the lines whose symbol is `ADDED`. */
  readonly added: readonly string[]
  private ascii?: boolean

  constructor(
    text: string,
    count: number,
    from: Int32Array,
    end: Int32Array,
    symbol: Uint8Array,
    pad: Int32Array,
    added: readonly string[] = [],
    ascii?: boolean
  ) {
    this.text = text
    this.count = count
    this.from = from
    this.end = end
    this.symbol = symbol
    this.pad = pad
    this.added = added
    this.ascii = ascii
  }

  /** What comes before the text of line `i`: its symbol, or the whole line when it was put in. */
  private head(i: number): string {
    const symbol = this.symbol[i]
    return symbol === ADDED ? this.added[this.from[i]] : SYMBOLS[symbol]
  }

  /** Whether line `i` was put in by a regrouping (`added`). */
  isAdded(i: number): boolean {
    return this.symbol[i] === ADDED
  }

  /** Whether the text is all ASCII. */
  isAscii(): boolean {
    return (this.ascii ??= Buffer.byteLength(this.text, 'utf8') === this.text.length)
  }

  /** Line `i` as `toDiffLines` returns it. */
  line(i: number): string {
    const symbol = this.symbol[i]
    if (symbol === ADDED) return this.added[this.from[i]]
    const rest = this.text.slice(this.from[i], this.end[i])
    return symbol === 0 ? rest : SYMBOLS[symbol] + spaces(this.pad[i]) + rest
  }

  /** Whether line `i` starts with a symbol other than a space, `+`, `-` or `!` (one with `/ . < =` in it). */
  hasCompoundSymbol(i: number): boolean {
    return this.symbol[i] > SYM_BANG && this.symbol[i] !== ADDED
  }

  /**
   * `toDiffLines(text).join('\n')`, built in one buffer: runs of lines are copied from the text at once (a moved
   * marker with its indentation), then symbols, spaces and newlines are written in place. Exact for any text:
   * characters go through as Latin-1 bytes or as UTF-16 code units, never through UTF-8.
   */
  join(): string {
    const { text, count, from, end, symbol, pad } = this
    let chars = count - 1
    for (let i = 0; i < count; i++) chars += this.head(i).length + pad[i] + end[i] - from[i]
    const encoding = this.isAscii() ? 'latin1' : 'utf16le'
    const width = encoding === 'latin1' ? 1 : 2
    const out = Buffer.allocUnsafe(chars * width)

    // 1. Copy what each line takes from the text, merging lines that are adjacent both in the text and in the output.
    let runFrom = -1
    let runTo = -1
    let runAt = -1
    for (let i = 0, o = 0; i < count; i++) {
      const sym = symbol[i]
      if (sym === ADDED) {
        // Written in the second pass; nothing to copy, and no run goes on across it.
        if (runTo > runFrom) out.write(text.slice(runFrom, runTo), runAt * width, encoding)
        runFrom = runTo = runAt = -1
        o += this.added[from[i]].length + 1
        continue
      }
      const symbolLength = SYMBOLS[sym].length
      // A moved marker is copied with its indentation (same length as symbol + padding) and overwritten below; a
      // marker alone is copied as the marker.
      const copyFrom = sym <= SYM_SPACE ? from[i] : from[i] - symbolLength - pad[i]
      const copyAt = sym === SYM_SPACE ? o + 1 : o
      if (runFrom >= 0 && copyFrom === runTo + 1 && copyAt === runAt + (runTo - runFrom) + 1) {
        runTo = end[i]
      } else {
        if (runTo > runFrom) out.write(text.slice(runFrom, runTo), runAt * width, encoding)
        runFrom = copyFrom
        runTo = end[i]
        runAt = copyAt
      }
      o += symbolLength + pad[i] + end[i] - from[i] + 1
    }
    if (runTo > runFrom) out.write(text.slice(runFrom, runTo), runAt * width, encoding)

    // 2. Newlines, leading spaces and moved symbols (all ASCII: the high byte of a UTF-16 unit is 0).
    for (let i = 0, o = 0; i < count; i++) {
      const sym = symbol[i]
      const symbolText = this.head(i)
      if (width === 1) {
        if (i > 0) out[o - 1] = 0x0a
        if (sym !== 0) {
          for (let k = 0; k < symbolText.length; k++) out[o + k] = symbolText.charCodeAt(k)
          for (let k = o + symbolText.length, e = k + pad[i]; k < e; k++) out[k] = SPACE
        }
      } else {
        if (i > 0) out.writeUInt16LE(0x0a, 2 * (o - 1))
        if (sym !== 0) {
          for (let k = 0; k < symbolText.length; k++) out.writeUInt16LE(symbolText.charCodeAt(k), 2 * (o + k))
          for (let k = 0; k < pad[i]; k++) out.writeUInt16LE(SPACE, 2 * (o + symbolText.length + k))
        }
      }
      o += symbolText.length + pad[i] + end[i] - from[i] + 1
    }
    return out.toString(encoding)
  }

  /** The UTF-8 size of every line (what `Buffer.byteLength` says), without building the lines. */
  byteSizes(): Int32Array {
    const sizes = new Int32Array(this.count)
    const text = this.text
    if (this.isAscii()) {
      // One byte per character.
      for (let i = 0; i < this.count; i++) sizes[i] = this.head(i).length + this.pad[i] + this.end[i] - this.from[i]
      return sizes
    }
    const wide = new RegExp(NON_ASCII.source, 'g')
    const nextWide = (from: number): number => {
      wide.lastIndex = from
      return wide.exec(text)?.index ?? Number.POSITIVE_INFINITY
    }
    let next = nextWide(0)
    let last = 0
    for (let i = 0; i < this.count; i++) {
      if (this.symbol[i] === ADDED) {
        sizes[i] = this.added[this.from[i]].length
        continue
      }
      const from = this.from[i]
      const end = this.end[i]
      // Lines are in text order except where they were regrouped (groupTableResources): start over there.
      if (next < from || from < last) next = nextWide(from)
      last = from
      let size = SYMBOLS[this.symbol[i]].length + this.pad[i]
      if (next < end) {
        size += Buffer.byteLength(text.slice(from, end), 'utf8')
        next = nextWide(end)
      } else {
        size += end - from
      }
      sizes[i] = size
    }
    return sizes
  }
}

/** Builds the `DiffLineTable` of a plan body: see `toDiffLines`. */
export function diffLineTable(body: string): DiffLineTable {
  let capacity = Math.max(16, Math.ceil(body.length / 32))
  let from: Int32Array = new Int32Array(capacity)
  let end: Int32Array = new Int32Array(capacity)
  let symbol: Uint8Array = new Uint8Array(capacity)
  let pad: Int32Array = new Int32Array(capacity)
  let count = 0
  let heredoc: string | undefined
  let keyColumn = 0

  for (let cursor = 0; cursor <= body.length;) {
    const pos = cursor
    const nl = body.indexOf('\n', pos)
    const lineEnd = nl < 0 ? body.length : nl
    cursor = lineEnd + 1
    if (count === capacity) {
      capacity *= 2
      from = grow(from, capacity)
      end = grow(end, capacity)
      pad = grow(pad, capacity)
      const bigger = new Uint8Array(capacity)
      bigger.set(symbol)
      symbol = bigger
    }
    // `\r` before the newline is whitespace, so trimming the end also drops it (as `split(/\r?\n/)` would).
    const e = trimEndAt(body, pos, lineEnd)
    let indent = 0
    while (pos + indent < e && body.charCodeAt(pos + indent) === SPACE) indent++
    const at = pos + indent
    let sym = 0
    let length = 0

    if (heredoc !== undefined) {
      if (indent <= keyColumn && at + heredoc.length <= e && body.startsWith(heredoc, at)) {
        const after = at + heredoc.length < e ? body.charCodeAt(at + heredoc.length) : -1
        // `EOT` alone closes the heredoc, and so do `EOT ,` and `EOT)` inside a call or list.
        if (after === -1 || after === SPACE || after === 0x2c || after === 0x29) heredoc = undefined
      } else if (indent === keyColumn + 2 && at < e) {
        // Content lines keep their own markers, but only at the heredoc's marker column.
        const c = body.charCodeAt(at)
        if ((c === PLUS || c === MINUS || c === TILDE) && (at + 1 === e || body.charCodeAt(at + 1) === SPACE)) {
          sym = c === PLUS ? SYM_PLUS : c === MINUS ? SYM_MINUS : SYM_BANG
          length = 1
        }
      }
    } else {
      const marked = at < e ? blockMarker(body, at, e) : 0
      const open = heredocOpen(body, pos, e)
      if (marked !== 0) {
        sym = marked >> 2
        length = marked & 3
        if (open !== undefined) {
          heredoc = open
          keyColumn = indent + length + 1
        }
      } else {
        if (open !== undefined) {
          heredoc = open
          keyColumn = indent
        }
        if (indent === 0 && at < e && isDiffSpecial(body.charCodeAt(at))) sym = SYM_SPACE
      }
    }

    if (length > 0) {
      // The marker moves to column 0 and the indentation stays after it; a marker alone is just the symbol.
      from[count] = at + length
      pad[count] = at + length < e ? indent : 0
    } else {
      from[count] = pos
      pad[count] = 0
    }
    end[count] = e
    symbol[count] = sym
    count++
  }
  return new DiffLineTable(body, count, from, end, symbol, pad)
}

function grow(array: Int32Array, capacity: number): Int32Array {
  const bigger = new Int32Array(capacity)
  bigger.set(array)
  return bigger
}

/**
 * Rewrites plan body lines so GitHub's ```diff colouring works: the change marker moves to column 0 with the
 * indentation kept after it (`+` green, `-` red, `~` becomes `!`; `-/+`, `+/-` and `<=` stay readable), heredoc
 * content keeps its own inner `+`/`-` markers (only those at the heredoc's marker column count, so a content line
 * that starts with `- ` stays uncoloured), `#` comment lines stay as they are, and other lines that would start
 * with a character the diff grammar colours get a leading space.
 */
export function toDiffLines(body: string): string[] {
  const table = diffLineTable(body)
  const out = new Array<string>(table.count)
  for (let i = 0; i < table.count; i++) out[i] = table.line(i)
  return out
}

/**
 * A regrouped body: `order[k]` is the index of an original line, or `-1 - j` for the line `added[j]` put in (a
 * heading or a blank line).
 */
export interface Grouping {
  order: Int32Array
  added: string[]
}

/** What `groupResourceLines` needs to know about each line of a plan body. */
export interface GroupingView {
  readonly count: number
  /** `… will perform the following actions:` (or `… planned the following actions, but then …:`) at column 0. */
  isActionsIntro(i: number): boolean
  /** Empty or only whitespace. */
  isBlank(i: number): boolean
  /** Text at column 0 that is not part of a resource block (`Plan:`, `Changes to Outputs:`, a warning box, …). */
  isTopLevel(i: number): boolean
  /** The action of a resource header (`  # addr will be destroyed`, indented 1 to 3), undefined for other lines. */
  headerAction(i: number): ChangeAction | undefined
}

/** The order resources are read in: what destroys first, then the rest in the order of Terraform's legend. */
export const GROUP_ORDER: readonly ChangeAction[] = ['delete', 'replace', 'create', 'update', 'read', 'forget', 'no-op']

/** The line put before each group of resources when a unit has more than one: `# --- 3 to destroy ---`. */
export function groupHeading(action: ChangeAction, n: number): string {
  const what: Record<ChangeAction, string> = {
    delete: 'to destroy',
    replace: 'to replace',
    create: 'to create',
    update: 'to update in-place',
    read: 'to read',
    forget: 'to forget',
    'no-op': 'to move or import only'
  }
  return `# --- ${n} ${what[action]} ---`
}

/**
 * The lines of a plan body with the planned resources grouped by action (`GROUP_ORDER`, Terraform's order kept
 * within a group), a heading before each group: so a reviewer finds every destroy and replacement first, each under
 * its own header and reason lines. Only the resources under `… will perform the following actions:` move, up to the
 * next line at column 0 (`Plan:`); drift, outputs, warnings and errors stay where they are. Undefined when there is
 * nothing to regroup (no such section, or one kind of action).
 */
export function groupResourceLines(view: GroupingView): Grouping | undefined {
  const n = view.count
  let start = 0
  while (start < n && !view.isActionsIntro(start)) start++
  if (start >= n) return undefined
  // Resource blocks: from each header to the next one, or to the end of the section.
  const heads: number[] = []
  const actions: ChangeAction[] = []
  let end = start + 1
  for (; end < n; end++) {
    if (view.isTopLevel(end)) break
    const action = view.headerAction(end)
    if (action !== undefined) {
      heads.push(end)
      actions.push(action)
    }
  }
  if (heads.length === 0 || actions.every((a) => a === actions[0])) return undefined
  const order = new Int32Array(n + 2 * GROUP_ORDER.length + heads.length)
  const added: string[] = []
  let k = 0
  const add = (line: string): void => {
    order[k++] = -1 - added.length
    added.push(line)
  }
  for (let i = 0; i < heads[0]; i++) order[k++] = i
  for (const action of GROUP_ORDER) {
    let count = 0
    for (let b = 0; b < heads.length; b++) if (actions[b] === action) count++
    if (count === 0) continue
    add(groupHeading(action, count))
    add('')
    for (let b = 0; b < heads.length; b++) {
      if (actions[b] !== action) continue
      const to = b + 1 < heads.length ? heads[b + 1] : end
      for (let i = heads[b]; i < to; i++) order[k++] = i
      // Every block ends with a blank line, wherever it goes.
      if (!view.isBlank(to - 1)) add('')
    }
  }
  for (let i = end; i < n; i++) order[k++] = i
  return { order: order.subarray(0, k), added }
}

const ACTIONS_INTROS = [
  ' will perform the following actions:',
  ' planned the following actions, but then encountered a problem:'
]

/** `groupResourceLines` over a diff-line table: a new table in the grouped order, or `table` when nothing moves. */
export function groupTableResources(table: DiffLineTable): DiffLineTable {
  const { text, from, end, symbol } = table
  const atColumn0 = (i: number): boolean => {
    const c = text.charCodeAt(from[i])
    return symbol[i] === 0 && from[i] < end[i] && c !== SPACE && !isSpaceCode(c)
  }
  const view: GroupingView = {
    count: table.count,
    isActionsIntro: (i) =>
      atColumn0(i) && ACTIONS_INTROS.some((s) => end[i] - from[i] > s.length && text.startsWith(s, end[i] - s.length)),
    isBlank: (i) => symbol[i] === 0 && from[i] === end[i],
    // A special character at column 0 (symbol 1) is top-level text as well, such as a rule.
    isTopLevel: (i) => symbol[i] === SYM_SPACE || atColumn0(i),
    headerAction: (i) => {
      if (symbol[i] !== 0) return undefined
      let at = from[i]
      while (at < end[i] && at - from[i] <= 3 && text.charCodeAt(at) === SPACE) at++
      const indent = at - from[i]
      if (indent < 1 || indent > 3 || text.charCodeAt(at) !== 0x23 || text.charCodeAt(at + 1) !== SPACE)
        return undefined
      const header = parseHeaderText(text.slice(at + 2, end[i]))
      return header.kind === 'resource' ? header.resource.action : undefined
    }
  }
  const grouping = groupResourceLines(view)
  if (!grouping) return table
  const { order, added } = grouping
  const count = order.length
  const nf = new Int32Array(count)
  const ne = new Int32Array(count)
  const ns = new Uint8Array(count)
  const np = new Int32Array(count)
  for (let k = 0; k < count; k++) {
    const o = order[k]
    if (o >= 0) {
      nf[k] = from[o]
      ne[k] = end[o]
      ns[k] = symbol[o]
      np[k] = table.pad[o]
    } else {
      nf[k] = ne[k] = -1 - o
      ns[k] = ADDED
    }
  }
  // The added lines are ASCII (headings and blanks): the text stays as ASCII as it was.
  return new DiffLineTable(text, count, nf, ne, ns, np, added, table.isAscii())
}

/** `toDiffLines` with the planned resources grouped by action (`groupResourceLines`), built as strings. */
export function toGroupedDiffLines(body: string): string[] {
  const table = groupTableResources(diffLineTable(body))
  const out = new Array<string>(table.count)
  for (let i = 0; i < table.count; i++) out[i] = table.line(i)
  return out
}
