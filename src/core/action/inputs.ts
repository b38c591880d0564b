import * as core from '@actions/core'
import { InputError } from './errors.js'
import { DURATION_FORMS, parseDuration } from '../time/duration.js'

/** Where raw input strings come from: @actions/core on a runner, a map in tests. */
export interface InputSource {
  getInput(name: string): string
  getBooleanInput(name: string): boolean
}

export const actionInputs: InputSource = {
  getInput: (name) => core.getInput(name),
  getBooleanInput: (name) => core.getBooleanInput(name)
}

/** An InputSource over a plain record, for tests and for inputs merged with a config file. */
export function recordInputs(values: Record<string, string | undefined>): InputSource {
  const get = (name: string) => (values[name] ?? '').trim()
  return {
    getInput: get,
    getBooleanInput(name) {
      const v = get(name)
      if (['true', 'True', 'TRUE'].includes(v)) return true
      if (['false', 'False', 'FALSE'].includes(v)) return false
      throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}`)
    }
  }
}

/** Splits a list written one item per line or comma-separated; trims and drops blanks. */
export function splitList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
}

/** Typed readers that turn raw strings into values, each error naming the input, the value and the expected form. */
export class InputReader {
  constructor(private readonly source: InputSource = actionInputs) {}

  string(name: string): string {
    return this.source.getInput(name).trim()
  }

  required(name: string): string {
    const v = this.string(name)
    if (!v) throw new InputError(name, v, 'a non-empty value (this input is required)')
    return v
  }

  optional(name: string): string | undefined {
    return this.string(name) || undefined
  }

  list(name: string): string[] {
    return splitList(this.source.getInput(name))
  }

  /** Newline-separated only, for values that may contain commas (regular expressions, globs with braces). */
  lines(name: string): string[] {
    return this.source
      .getInput(name)
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter(Boolean)
  }

  boolean(name: string): boolean {
    try {
      return this.source.getBooleanInput(name)
    } catch {
      throw new InputError(name, this.string(name), 'true or false')
    }
  }

  integer(name: string, bounds: { min?: number; max?: number } = {}): number {
    const raw = this.string(name)
    const n = Number(raw)
    const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = bounds
    if (!/^-?\d+$/.test(raw) || n < min || n > max) {
      throw new InputError(name, raw, `a whole number${describeBounds(bounds)}`)
    }
    return n
  }

  enum<T extends string>(name: string, allowed: readonly T[]): T {
    const raw = this.string(name)
    if (!(allowed as readonly string[]).includes(raw)) throw new InputError(name, raw, `one of ${allowed.join(', ')}`)
    return raw as T
  }

  /** Milliseconds from `90s`, `15m`, `2h`, `1h30m`. */
  duration(name: string): number {
    const raw = this.string(name)
    const ms = parseDuration(raw)
    if (ms === undefined) throw new InputError(name, raw, DURATION_FORMS)
    return ms
  }

  /**
   * A list of JavaScript regular expressions, one per line, compiled once: `pattern` or `/pattern/flags` (a line in
   * slashes whose tail is only flag letters, e.g. `/secret-[a-z]+/i`). `flags` are always added.
   */
  regexps(name: string, flags = 'g'): RegExp[] {
    return this.lines(name).map((line) => {
      const { source, flags: own } = splitRegexpLiteral(line)
      try {
        return new RegExp(source, [...new Set(own + flags)].join(''))
      } catch (e) {
        throw new InputError(
          name,
          line,
          `a JavaScript regular expression, \`pattern\` or \`/pattern/flags\` (${(e as Error).message})`
        )
      }
    })
  }
}

/** `/abc/i` → source `abc`, flags `i`; anything else (e.g. `/home/user`, whose tail is no flags) is the source as is. */
export function splitRegexpLiteral(line: string): { source: string; flags: string } {
  const m = /^\/(.+)\/([dgimsuvy]*)$/s.exec(line)
  return m ? { source: m[1], flags: m[2] } : { source: line, flags: '' }
}

function describeBounds({ min, max }: { min?: number; max?: number }): string {
  if (min !== undefined && max !== undefined) return ` from ${min} to ${max}`
  if (min !== undefined) return ` of at least ${min}`
  if (max !== undefined) return ` of at most ${max}`
  return ''
}
