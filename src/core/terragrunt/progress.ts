import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { stripAnsi } from '../plan/ansi.js'
import { normaliseUnitPath } from './files.js'

/** Where a running `terragrunt run --all` reports each unit's output and its own messages. */
export interface PlanProgress {
  /** A unit's output (OpenTofu's text and Terragrunt's lines about it), once, when the unit finished. */
  unitFinished(unit: string, lines: string[]): void
  /** Terragrunt's own message about the run (queue, run-level errors, the Run Summary), as it arrives. */
  runMessage(line: string): void
}

interface OpenUnit {
  lines: string[]
  /** The unfinished last line of each stream (json `msg` chunks need not end at a line break). */
  partial: Record<'stdout' | 'stderr', string>
}

/**
 * Follows the `--log-format json` output of a run while it runs and hands each unit's lines to `progress` as soon
 * as the unit is done, so the job log shows one block per unit instead of the interleaved stream. Terragrunt logs no
 * "unit finished" event, so a unit counts as done when its JSON plan appears in the out dir (written after its plan
 * and `show -json`, internal/runner/common/unit_runner.go at v1.1.3); units that failed or were still running are
 * handed over by `finish()` at the end of the run. The final per-unit result is read separately from the whole
 * output (demuxTerragruntLog), so what is shown here is only progress.
 */
export class UnitStream {
  private readonly open = new Map<string, OpenUnit>()
  private readonly done = new Set<string>()
  private readonly pending: Record<'stdout' | 'stderr', string> = { stdout: '', stderr: '' }
  private lastPoll = 0

  constructor(
    private readonly root: string,
    private readonly outDir: string,
    private readonly progress: PlanProgress
  ) {}

  readonly stdout = (chunk: string): void => this.feed('stdout', chunk)
  readonly stderr = (chunk: string): void => this.feed('stderr', chunk)

  private feed(stream: 'stdout' | 'stderr', chunk: string): void {
    const parts = (this.pending[stream] + chunk).split('\n')
    this.pending[stream] = parts.pop()!
    for (const line of parts) this.line(line)
  }

  private line(raw: string): void {
    const line = stripAnsi(raw).replace(/\r$/, '')
    const entry = line.startsWith('{') ? parseEntry(line) : undefined
    if (!entry) {
      if (line.trim() !== '') this.progress.runMessage(line)
      return
    }
    const dir = entry['working-dir']
    const unit = typeof dir === 'string' ? normaliseUnitPath(dir, this.root) : '.'
    const msg = typeof entry.msg === 'string' ? stripAnsi(entry.msg) : ''
    const level = typeof entry.level === 'string' ? entry.level : 'info'
    const fromTool = typeof entry['tf-path'] === 'string' && entry['tf-path'] !== ''
    if (unit === '.' && !fromTool) {
      for (const l of msg.split('\n')) if (l.trim() !== '') this.progress.runMessage(`${level.toUpperCase()} ${l}`)
      return
    }
    if (this.done.has(unit)) return
    const u = this.unitOf(unit)
    if (fromTool && (level === 'stdout' || level === 'stderr')) {
      const parts = (u.partial[level] + msg).split('\n')
      u.partial[level] = parts.pop()!
      u.lines.push(...parts)
    } else {
      for (const l of msg.split('\n')) if (l.trim() !== '') u.lines.push(`${level.toUpperCase()} ${l}`)
    }
    // at most every 100 ms from here (a stat per open unit), besides the caller's timer
    const now = Date.now()
    if (now - this.lastPoll >= 100) this.poll()
  }

  private unitOf(unit: string): OpenUnit {
    let u = this.open.get(unit)
    if (!u) {
      u = { lines: [], partial: { stdout: '', stderr: '' } }
      this.open.set(unit, u)
    }
    return u
  }

  /** Hands over every open unit whose JSON plan is written. Called on each line and by the caller's timer. */
  poll(): void {
    this.lastPoll = Date.now()
    for (const unit of [...this.open.keys()]) {
      if (existsSync(join(this.outDir, unit, 'tfplan.json'))) this.close(unit)
    }
  }

  /** The end of the run: the rest of the output, then every unit still open, in the order they started. */
  finish(): void {
    for (const stream of ['stdout', 'stderr'] as const) {
      if (this.pending[stream] !== '') this.line(this.pending[stream])
      this.pending[stream] = ''
    }
    for (const unit of [...this.open.keys()]) this.close(unit)
  }

  private close(unit: string): void {
    const u = this.open.get(unit)
    if (!u) return
    this.open.delete(unit)
    this.done.add(unit)
    const lines = [...u.lines]
    for (const rest of [u.partial.stdout, u.partial.stderr]) if (rest !== '') lines.push(rest)
    this.progress.unitFinished(unit, lines)
  }
}

function parseEntry(line: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(line)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}
