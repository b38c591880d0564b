import { stripAnsi } from '../plan/ansi.js'
import { isAbsolute } from 'node:path'
import { normaliseUnitPath } from './files.js'

/**
 * Demultiplexes Terragrunt's combined output into per-unit OpenTofu/Terraform output. Reads every logging era:
 * - `json` (v0.67+ `--log-format json`): one object per line, `working-dir` absolute, `msg` a raw chunk of tofu output
 *   (several lines, blank lines kept);
 * - `pretty` (v0.67+ default): `HH:MM:SS.mmm LEVEL  [unit] tofu: line`, no `[unit]` for a single-unit run, empty
 *   lines dropped by Terragrunt;
 * - `key-value`: `time=… level=… prefix=unit tf-path=tofu msg=line`;
 * - `bare` (`--log-format bare`, or `--tf-forward-stdout`): raw tofu output, Terragrunt's lines as `INFO[0000] msg`;
 * - `logrus` (v0.31–v0.66): `INFO[0000] msg  prefix=[/abs/unit]` on stderr, raw tofu output;
 * - `legacy-prefix` (v0.45–v0.66 `--terragrunt-include-module-prefix`: `[path] line`; ≤ v0.30: `[terragrunt] [path] …`).
 * ANSI sequences are removed first. The queue header and the `❯❯ Run Summary` block are recognised, parsed into
 * `queue` and `summary`, and kept out of unit output.
 */

export type TerragruntLogFormat = 'json' | 'pretty' | 'key-value' | 'bare' | 'legacy-prefix' | 'logrus'

export interface UnitLog {
  /** The unit's OpenTofu stdout (its plan text), line by line. */
  stdout: string[]
  /** The unit's OpenTofu stderr (error and warning boxes). */
  stderr: string[]
  /** Terragrunt's own messages about the unit and tofu output logged at another level (auto-init), as `LEVEL text`. */
  logs: string[]
}

export type RunResult = 'succeeded' | 'failed' | 'early exit' | 'excluded'

export interface RunSummary {
  units: number
  /** As printed, e.g. `62ms`, `3s`. */
  duration: string
  succeeded: number
  failed: number
  earlyExits: number
  excluded: number
  /** Filled with `--summary-per-unit`. */
  perUnit: { unit: string; result: RunResult; duration: string }[]
}

export interface DemuxedLog {
  /** Keyed by unit path relative to the run's working dir, `/`-separated; `.` is the working dir itself. */
  units: Map<string, UnitLog>
  /** Lines tied to no unit: raw tofu output in bare/forwarded mode, Terragrunt's run-level messages (`LEVEL text`). */
  unattributed: string[]
  format: TerragruntLogFormat
  /** Units named by the queue header, in its order. */
  queue: string[]
  summary?: RunSummary
}

export interface DemuxOptions {
  /** Absolute working dir of the run: absolute unit paths (json `working-dir`, old prefixes) become relative to it. */
  root?: string
  /** Binary names Terragrunt may print as tf-path besides `tofu` and `terraform` (the basename of `--tf-path`). */
  tfPathNames?: string[]
}

const PRETTY = /^(\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?) (STDOUT|STDERR|TRACE|DEBUG|INFO|WARN|ERROR|FATAL)(?= |$)/
const KEY_VALUE = /^time=(\S+) level=(\S+)(?: prefix=(\S+))?(?: tf-path=(\S+))? msg=(.*)$/
const LOGRUS = /^(TRAC|DEBU|INFO|WARN|ERRO|FATA|PANI|STDO|STDE)\[(\d{4,})\] ?(.*)$/
const LOGRUS_PREFIX_FIELD = /\s+prefix=\[([^\]]*)\]\s*$/
const LEGACY_TG = /^\[terragrunt\](?: \[([^\]]+)\])?(?: \d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2})? ?(.*)$/
const LEGACY_PREFIX = /^\[([^\]=\s][^\]=]*)\](?: (.*))?$/
const PATHLIKE = /^(?:\.{1,2}(?:[\\/].*)?|[\\/].*|[A-Za-z]:[\\/].*|[\w.@+-]+(?:[\\/][\w.@+ -]+)*)$/

const HEADER_0X = /^The stack at (.+) will be processed in the following order for command \S+:$/
const HEADER_QUEUE = /^Unit queue will be processed for \S+ in this order:$/
const HEADER_DAG = /^The following units will be run, starting with dependencies and then their dependents:$/
const HEADER_CONTINUATION = /^(?:Group \d+|- (?:Module|Unit) .+|\.|[\s│]*[├╰└]── .+|\s*)$/
const SUMMARY_HEADER = /^❯❯ Run Summary\s+(\d+) units?(?:\s+(\S+))?\s*$/
const SUMMARY_LABELS: Record<string, RunResult> = {
  Succeeded: 'succeeded',
  Failed: 'failed',
  'Early Exits': 'early exit',
  Excluded: 'excluded'
}

const LEVEL_NAMES: Record<string, string> = {
  trac: 'TRACE',
  trace: 'TRACE',
  debu: 'DEBUG',
  debug: 'DEBUG',
  info: 'INFO',
  warn: 'WARN',
  warning: 'WARN',
  erro: 'ERROR',
  error: 'ERROR',
  fata: 'FATAL',
  fatal: 'FATAL',
  pani: 'PANIC',
  stdo: 'STDOUT',
  stdout: 'STDOUT',
  stde: 'STDERR',
  stderr: 'STDERR'
}

type Continuation = { kind: 'header' } | { kind: 'error'; unit?: string; level: string } | undefined

function levelName(level: string): string {
  return LEVEL_NAMES[level.toLowerCase()] ?? level.toUpperCase()
}

/** Decides the dominant format from line shapes; `entries[i]` is line i read as a json log entry, if it is one. */
function detectFormat(lines: string[], entries: (JsonEntry | undefined)[]): TerragruntLogFormat {
  let json = 0
  let pretty = 0
  let kv = 0
  let logrus = 0
  let legacy = 0
  let logrusField = false
  let bareField = false
  for (const [i, line] of lines.entries()) {
    if (entries[i]) json++
    else if (PRETTY.test(line)) pretty++
    else if (KEY_VALUE.test(line)) kv++
    else if (LOGRUS.test(line)) {
      logrus++
      if (line.includes('\t prefix=[')) bareField = true
    } else if (LEGACY_TG.test(line) || isLegacyPrefixLine(line)) legacy++
    if (/^\s+prefix=\[[^\]]*\]\s*$/.test(line) || /\S {2,}prefix=\[[^\]]*\]\s*$/.test(line)) logrusField = true
  }
  const enriched = Math.max(json, pretty, kv)
  if (enriched > 0) return json === enriched ? 'json' : pretty === enriched ? 'pretty' : 'key-value'
  if (legacy > 0 && legacy >= logrus) return 'legacy-prefix'
  if (logrus > 0) return logrusField && !bareField ? 'logrus' : 'bare'
  return 'bare'
}

function isLegacyPrefixLine(line: string): boolean {
  const m = LEGACY_PREFIX.exec(line)
  return !!m && PATHLIKE.test(m[1]) && !/^\d+$/.test(m[1])
}

interface JsonEntry {
  level: string
  msg: string
  workingDir?: string
  tfPath?: string
}

function parseJsonEntry(line: string): JsonEntry | undefined {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    return undefined
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  const obj = value as Record<string, unknown>
  if (typeof obj.level !== 'string' || !('msg' in obj || 'time' in obj)) return undefined
  return {
    level: obj.level,
    msg: stripAnsi(typeof obj.msg === 'string' ? obj.msg : obj.msg === undefined ? '' : JSON.stringify(obj.msg)),
    workingDir: typeof obj['working-dir'] === 'string' ? obj['working-dir'] : undefined,
    tfPath: typeof obj['tf-path'] === 'string' && obj['tf-path'] !== '' ? obj['tf-path'] : undefined
  }
}

class Collector {
  readonly units = new Map<string, UnitLog>()
  readonly unattributed: string[] = []
  readonly queue: string[] = []
  summary: RunSummary | undefined
  private readonly pending = new Map<string, string>()
  /** normaliseUnitPath per raw path: the same few paths come back on every line. */
  private readonly normalised = new Map<string, string>()

  constructor(private readonly root: string | undefined) {}

  norm(path: string): string {
    let p = this.normalised.get(path)
    if (p === undefined) {
      p = normaliseUnitPath(path, this.root)
      this.normalised.set(path, p)
    }
    return p
  }

  unit(path: string): UnitLog {
    const key = this.norm(path)
    let u = this.units.get(key)
    if (!u) {
      u = { stdout: [], stderr: [], logs: [] }
      this.units.set(key, u)
    }
    return u
  }

  /** A raw chunk of tofu output (json format): joined with the unit's previous chunk, split into lines. */
  chunk(unit: string, stream: 'stdout' | 'stderr', text: string): void {
    const key = `${stream}\u0000${this.norm(unit)}`
    const parts = ((this.pending.get(key) ?? '') + text).split('\n')
    this.pending.set(key, parts.pop()!)
    this.unit(unit)[stream].push(...parts)
  }

  flush(): void {
    for (const [key, rest] of this.pending) {
      if (rest === '') continue
      const [stream, unit] = key.split('\u0000') as ['stdout' | 'stderr', string]
      this.unit(unit)[stream].push(rest)
    }
    this.pending.clear()
  }

  /** Terragrunt's own message: to the unit's logs, or unattributed for the run itself. */
  log(level: string, msg: string, unit: string | undefined): void {
    const target = unit !== undefined && this.norm(unit) !== '.' ? this.unit(unit).logs : this.unattributed
    const name = levelName(level)
    for (const line of msg.split('\n')) if (line.trim() !== '') target.push(`${name} ${line}`)
  }

  addQueue(path: string): void {
    const p = normaliseUnitPath(path, this.root)
    if (p !== '.' && !this.queue.includes(p)) this.queue.push(p)
  }
}

/**
 * Without `root`, the json format's absolute paths are made relative to the working dir of Terragrunt's first own
 * message with an absolute one (run-level messages carry the run's absolute working dir), else to the deepest
 * directory common to all of them. Unit entries of Terragrunt ≥ 0.95 are relative already and stay as they are.
 */
function inferJsonRoot(entries: (JsonEntry | undefined)[]): string | undefined {
  const dirs: string[] = []
  for (const e of entries) {
    if (!e?.workingDir || !isAbsolute(e.workingDir)) continue
    if (!e.tfPath) return e.workingDir
    dirs.push(e.workingDir.replace(/\\/g, '/'))
  }
  if (dirs.length === 0) return undefined
  let common = dirs[0].split('/')
  for (const d of dirs.slice(1)) {
    const parts = d.split('/')
    let i = 0
    while (i < common.length && i < parts.length && common[i] === parts[i]) i++
    common = common.slice(0, i)
  }
  return common.join('/') || '/'
}

function isTfPath(name: string, tfNames: Set<string>): boolean {
  return tfNames.has(name)
}

/** Parses the queue header lines (first line included); returns true when `first` is a header. */
function readHeader(lines: string[], c: Collector): boolean {
  const first = lines[0]?.trim() ?? ''
  if (!HEADER_0X.test(first) && !HEADER_QUEUE.test(first) && !HEADER_DAG.test(first)) return false
  for (const line of lines.slice(1)) readHeaderLine(line, c)
  return true
}

function readHeaderLine(line: string, c: Collector): void {
  const m = /^- (?:Module|Unit) (.+)$/.exec(line.trim()) ?? /^[\s│]*[├╰└]── (.+)$/.exec(line)
  if (m) c.addQueue(m[1].trim())
}

function newSummary(m: RegExpExecArray): RunSummary {
  return {
    units: Number(m[1]),
    duration: m[2] ?? '',
    succeeded: 0,
    failed: 0,
    earlyExits: 0,
    excluded: 0,
    perUnit: []
  }
}

const COUNT_FIELD: Record<RunResult, 'succeeded' | 'failed' | 'earlyExits' | 'excluded'> = {
  succeeded: 'succeeded',
  failed: 'failed',
  'early exit': 'earlyExits',
  excluded: 'excluded'
}

/** One line inside the summary block; false when the line ends the block. */
function readSummaryLine(line: string, s: RunSummary, state: { group?: RunResult }, root?: string): boolean {
  if (line.trim() === '') return true
  if (!/^\s/.test(line)) return false
  const t = line.trim()
  if (/^─+$/.test(t)) return true
  let m = /^(Succeeded|Failed|Early Exits|Excluded)\s+(\d+)$/.exec(t)
  if (m) {
    s[COUNT_FIELD[SUMMARY_LABELS[m[1]]]] = Number(m[2])
    return true
  }
  m = /^(Succeeded|Failed|Early Exits|Excluded) \((\d+)\)$/.exec(t)
  if (m) {
    state.group = SUMMARY_LABELS[m[1]]!
    s[COUNT_FIELD[state.group]] = Number(m[2])
    return true
  }
  m = /^(.*\S)\s+(\d+(?:\.\d+)?(?:ns|µs|us|ms|s|m|h))$/.exec(t)
  if (m && state.group) {
    s.perUnit.push({ unit: normaliseUnitPath(m[1], root), result: state.group, duration: m[2] })
    return true
  }
  return true
}

/**
 * Splits Terragrunt's output (stdout and stderr, together or apart) into each unit's OpenTofu stdout, stderr and
 * Terragrunt log lines. Unit paths are relative to the run's working dir (`options.root` relativises absolute ones).
 */
export function demuxTerragruntLog(text: string, options: DemuxOptions = {}): DemuxedLog {
  const tfNames = new Set(['tofu', 'terraform', ...(options.tfPathNames ?? [])])
  let normalised = stripAnsi(text).replace(/\r\n/g, '\n')
  if (normalised.endsWith('\n')) normalised = normalised.slice(0, -1)
  const lines = normalised === '' ? [] : normalised.split('\n')
  // each json line parsed once, for the format, the root and the entries themselves
  const entries = lines.map((line) => (line.startsWith('{') ? parseJsonEntry(line) : undefined))
  const format = detectFormat(lines, entries)
  const root = options.root ?? (format === 'json' ? inferJsonRoot(entries) : undefined)
  const c = new Collector(root)
  const enriched = format === 'json' || format === 'pretty' || format === 'key-value'
  let cont: Continuation
  let summary: { s: RunSummary; state: { group?: RunResult } } | undefined

  const tgMessage = (level: string, msg: string, unit: string | undefined): void => {
    const msgLines = msg.split('\n')
    if (readHeader(msgLines, c)) {
      cont = { kind: 'header' }
      return
    }
    c.log(level, msg, unit)
    cont = /errors? occurred:\s*$/.test(msgLines[0] ?? '') ? { kind: 'error', unit, level } : undefined
  }

  const tfOutput = (level: string, msg: string, unit: string, chunked: boolean): void => {
    const name = levelName(level)
    cont = undefined
    if (name === 'STDOUT' || name === 'STDERR') {
      const stream = name === 'STDOUT' ? 'stdout' : 'stderr'
      if (chunked) c.chunk(unit, stream, msg)
      else c.unit(unit)[stream].push(msg)
    } else {
      const logs = c.unit(unit).logs
      for (const line of msg.split('\n')) if (line.trim() !== '') logs.push(`${name} ${line}`)
    }
  }

  for (const [i, line] of lines.entries()) {
    if (summary) {
      if (readSummaryLine(line, summary.s, summary.state, root)) continue
      summary = undefined
    }
    const sm = SUMMARY_HEADER.exec(line.trim())
    if (sm) {
      c.summary = newSummary(sm)
      summary = { s: c.summary, state: {} }
      cont = undefined
      continue
    }

    // --- json
    const e = entries[i]
    if (e) {
      if (e.tfPath) tfOutput(e.level, e.msg, e.workingDir ?? '.', true)
      else tgMessage(e.level, e.msg, e.workingDir)
      continue
    }

    // --- pretty
    const pm = PRETTY.exec(line)
    if (pm) {
      const level = pm[2]
      let rest = line.slice(pm[0].length)
      const pad = Math.max(1, 7 - level.length)
      let i = 0
      while (i < pad && rest[i] === ' ') i++
      rest = rest.slice(i)
      let unit: string | undefined
      const um = /^\[([^\]]+)\] ?/.exec(rest)
      if (um) {
        unit = um[1]!
        rest = rest.slice(um[0].length)
      }
      const stream = level === 'STDOUT' || level === 'STDERR'
      const tm = /^([^\s:[\]]+):(?: |$)/.exec(rest)
      if (tm && (stream || isTfPath(tm[1], tfNames))) {
        tfOutput(level, rest.slice(tm[0].length), unit ?? '.', false)
      } else if (stream) {
        tfOutput(level, rest, unit ?? '.', false)
      } else {
        tgMessage(level, rest, unit)
      }
      continue
    }

    // --- key-value
    const kv = KEY_VALUE.exec(line)
    if (kv) {
      const [, , level, prefix, tfPath, msg] = kv
      if (tfPath) tfOutput(level, msg, prefix ?? '.', false)
      else tgMessage(level, msg, prefix)
      continue
    }

    // --- bare / logrus Terragrunt line
    const lm = LOGRUS.exec(line)
    if (lm) {
      let msg = lm[3]
      let unit: string | undefined
      const field = LOGRUS_PREFIX_FIELD.exec(msg)
      if (field) {
        unit = field[1]
        msg = msg.slice(0, field.index)
      }
      tgMessage(lm[1], msg.trimEnd(), unit)
      if (cont?.kind === 'error') cont = undefined
      continue
    }

    // --- legacy prefixes
    if (format === 'legacy-prefix') {
      const tg = LEGACY_TG.exec(line)
      if (tg) {
        c.log('INFO', tg[2], tg[1])
        cont = undefined
        continue
      }
      const lp = LEGACY_PREFIX.exec(line)
      if (lp && PATHLIKE.test(lp[1]) && !/^\d+$/.test(lp[1])) {
        c.unit(lp[1]).stdout.push(lp[2] ?? '')
        cont = undefined
        continue
      }
    }

    // --- continuation of a multi-line Terragrunt message, or raw output
    if (cont?.kind === 'header') {
      if (HEADER_CONTINUATION.test(line)) {
        readHeaderLine(line, c)
        continue
      }
      cont = undefined
    } else if (cont?.kind === 'error') {
      if (line.trim() === '' || /^\s/.test(line) || /^\* /.test(line)) {
        if (enriched && line.trim() !== '') c.log(cont.level, line, cont.unit)
        if (enriched) continue
      }
      cont = undefined
    }
    if (/^\s+prefix=\[[^\]]*\]\s*$/.test(line)) continue
    // in the enriched formats a bare blank line belongs to nothing (Terragrunt writes one before the summary)
    if (enriched && line.trim() === '') continue
    c.unattributed.push(line)
  }
  c.flush()
  return { units: c.units, unattributed: c.unattributed, format, queue: c.queue, summary: c.summary }
}

/** `Error: <summary>` of hcl's diagnostic text writer, as Terragrunt logs it (a line per ERROR entry). */
const HCL_DIAG_HEAD = /^(?:Error|Warning): (.+)$/
/** `  on <file> line <n>[, in <context>]:` */
const HCL_DIAG_ON = /^ {2}on (.+) line (\d+)(?:, in .*)?:$/
/** A source line of the snippet: `%4d: text`. */
const HCL_DIAG_SNIPPET = /^\s*\d+: /
/** `Run failed: ` before the run's multi-error (v0.81.1+); from v0.99 main logs the same error again without it. */
const RUN_FAILED = /^Run failed: /

/**
 * Terragrunt's errors about the run itself (a dependency cycle, a unit configuration that does not parse, the
 * `Run failed:` multi-error of the units' errors, a bad flag): logged with the run's working dir, so they belong to no
 * unit. Each comes back as one line of text, none dropped:
 * - a multi-line message (the multi-error `N errors occurred:` with its `* ` bullets and two-space continuation lines)
 *   is one error;
 * - the HCL diagnostic Terragrunt's parser writes before returning a parse error (`Error: <summary>`, `  on <file> line
 *   <n>:`, the source line, the detail, one log entry each) is one error, `<file>:<n>: <summary>; <detail>`, left out
 *   when the one-line form of the same diagnostic (`<file>:<n>,<col>-<col>: <summary>; <detail>`) follows;
 * - the multi-error logged twice (`Run failed: …`, then the same text again from main, v0.99+) is kept once, with its
 *   `Run failed:`.
 */
export function runLevelErrors(log: DemuxedLog): string[] {
  const lines: string[] = []
  for (const line of log.unattributed) {
    const m = /^(ERROR|FATAL) (.*)$/.exec(line)
    if (m) lines.push(m[2])
  }
  const errors: string[] = []
  /** Diagnostic blocks turned into one error, by index in errors, with their file, line and summary. */
  const diagnostics = new Map<number, { file: string; line: string; summary: string }>()
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]
    const head = HCL_DIAG_HEAD.exec(text)
    const on = head && i + 1 < lines.length ? HCL_DIAG_ON.exec(lines[i + 1]) : null
    if (head && on) {
      let j = i + 2
      while (j < lines.length && HCL_DIAG_SNIPPET.test(lines[j])) j++
      // the detail: the next line, when it is not the start of another message
      const detail =
        j < lines.length && !HCL_DIAG_HEAD.exec(lines[j]) && !/^\s|^\* /.test(lines[j]) && !isDiagnosticError(lines[j])
          ? lines[j++].trim()
          : ''
      diagnostics.set(errors.length, { file: on[1], line: on[2], summary: head[1] })
      errors.push(`${on[1]}:${on[2]}: ${head[1]}${detail ? `; ${detail}` : ''}`)
      i = j - 1
      continue
    }
    // continuation lines of a multi-line error ("* …", indented) belong to the message before them
    if (errors.length > 0 && /^\s|^\* /.test(text)) errors[errors.length - 1] += ` ${text.trim()}`
    else errors.push(text.trim())
  }
  const kept = errors.filter((e, index) => {
    if (/^Unable to determine underlying exit code/.test(e)) return false
    const diag = diagnostics.get(index)
    if (diag) {
      const oneLine = `${diag.file}:${diag.line},`
      return !errors.some((other, k) => k > index && other.startsWith(oneLine) && other.includes(`: ${diag.summary}`))
    }
    // main's copy of the multi-error already logged with `Run failed:`
    return RUN_FAILED.test(e) || !errors.some((other) => RUN_FAILED.test(other) && other.replace(RUN_FAILED, '') === e)
  })
  return kept
}

/** `<file>:<line>,<col>-…: summary; detail`, hcl.Diagnostic.Error(). */
function isDiagnosticError(text: string): boolean {
  return /^\S+:\d+,\d+-\d+(?:,\d+)?: /.test(text)
}

// ---------------------------------------------------------------------------------------------------------------
// --report-file

export interface RunReportEntry {
  /** Unit path relative to the run's working dir (`/`-separated); absolute for units outside it. */
  name: string
  result: RunResult | (string & {})
  /** `retry succeeded`, `error ignored`, `run error`, `exclude block`, `ancestor error`. */
  reason?: string
  cause?: string
  started?: string
  ended?: string
  durationMs?: number
  ref?: string
  cmd?: string
  args?: string[]
}

function optionalString(obj: Record<string, unknown>, key: string): string | undefined {
  const v = obj[key]
  return typeof v === 'string' && v !== '' ? v : undefined
}

function entryFrom(fields: Record<string, unknown>, index: number): RunReportEntry {
  const name = optionalString(fields, 'Name')
  const result = optionalString(fields, 'Result')
  if (!name || !result) throw new Error(`Terragrunt run report entry ${index} has no Name or Result`)
  const entry: RunReportEntry = { name: name.replace(/\\/g, '/'), result }
  const reason = optionalString(fields, 'Reason')
  const cause = optionalString(fields, 'Cause')
  const started = optionalString(fields, 'Started')
  const ended = optionalString(fields, 'Ended')
  const ref = optionalString(fields, 'Ref')
  const cmd = optionalString(fields, 'Cmd')
  if (reason) entry.reason = reason
  if (cause) entry.cause = cause
  if (started) entry.started = started
  if (ended) entry.ended = ended
  if (started && ended) {
    const ms = Date.parse(ended) - Date.parse(started)
    if (Number.isFinite(ms)) entry.durationMs = ms
  }
  if (ref) entry.ref = ref
  if (cmd) entry.cmd = cmd
  const args = fields.Args
  if (Array.isArray(args)) entry.args = args.filter((a): a is string => typeof a === 'string')
  else if (typeof args === 'string' && args !== '') entry.args = args.split('|') // CSV: pipe-separated (writer.go csvRow at v1.1.3)
  return entry
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += ch
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows.filter((r) => r.length > 1 || r[0] !== '')
}

/**
 * Reads the file written by `--report-file` (`--report-format json`, schema run/report v2–v4, or the CSV format):
 * one entry per unit with its result (`succeeded`, `failed`, `early exit`, `excluded`) and why.
 */
export function parseRunReport(text: string): RunReportEntry[] {
  const trimmed = text.replace(/^\uFEFF/, '').trim()
  if (trimmed === '') return []
  if (trimmed.startsWith('[')) {
    let value: unknown
    try {
      value = JSON.parse(trimmed)
    } catch (err) {
      throw new Error(`Terragrunt run report is not valid JSON: ${(err as Error).message}`, { cause: err })
    }
    if (!Array.isArray(value)) throw new Error('Terragrunt run report is not a JSON array')
    return value.map((item, i) => {
      if (typeof item !== 'object' || item === null)
        throw new Error(`Terragrunt run report entry ${i} is not an object`)
      return entryFrom(item as Record<string, unknown>, i)
    })
  }
  const rows = parseCsv(trimmed)
  const header = rows[0] ?? []
  if (!header.includes('Name') || !header.includes('Result')) {
    throw new Error('Terragrunt run report is neither JSON nor CSV with Name and Result columns')
  }
  return rows.slice(1).map((row, i) => {
    const fields: Record<string, unknown> = {}
    header.forEach((h, j) => (fields[h] = row[j] ?? ''))
    return entryFrom(fields, i)
  })
}
