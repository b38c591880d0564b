// Terragrunt's logger (v0.67+ "new logger") for the fake: pretty, json, key-value and bare formats, with the real
// destinations (Terragrunt's own lines and tofu stderr on stderr, tofu stdout on stdout) and the real quirk that the
// line-splitting formats drop empty lines.
import { basename } from 'node:path'
import { clockTime, relSlash, rfc3339, STARTED_AT, versionAtLeast } from './common.mjs'

const LEVEL_RANK = { trace: 0, debug: 1, info: 2, warn: 3, error: 4, stdout: 5, stderr: 5 }
const LEVEL_COLOUR = {
  info: '\u001b[32m',
  warn: '\u001b[33m',
  error: '\u001b[31m',
  stderr: '\u001b[31m',
  debug: '\u001b[94m',
  trace: '\u001b[37m',
  stdout: ''
}
const BARE_LEVEL = {
  trace: 'TRAC',
  debug: 'DEBU',
  info: 'INFO',
  warn: 'WARN',
  error: 'ERRO',
  stdout: 'STDO',
  stderr: 'STDE'
}
const RESET = '\u001b[0m'

export const LOG_FORMATS = ['bare', 'pretty', 'json', 'key-value']
export const LOG_LEVELS = ['stderr', 'stdout', 'error', 'warn', 'info', 'debug', 'trace']

export class TgLogger {
  /**
   * @param {{ format: string, colour: boolean, root: string, level?: string, disabled?: boolean }} options
   */
  constructor({ format, colour, root, level = 'info', disabled = false, version = '1.0.0' }) {
    this.format = format
    this.colour = colour && format === 'pretty'
    this.root = root
    this.minRank = LEVEL_RANK[level] ?? LEVEL_RANK.info
    this.disabled = disabled
    // Before 1.0 the pretty, json and key-value formats rewrote absolute paths inside messages (tofu output
    // included) relative to the working dir: Message(PathFormat(RelativePath)) in pkg/log/format/format.go at
    // v0.93.4, gone at v1.0.0 (changelog `log-path-manipulation`).
    this.relativeMessages = !versionAtLeast(version, 1, 0) && format !== 'bare'
    this.relativeUnits = false
  }

  /**
   * Inside `run --all` from 0.95.0 each unit's logger carries its path relative to the run's working dir
   * (`unit.DisplayPath()`, internal/runner/runnerpool/runner.go:65 and internal/component/unit.go:285 at v1.1.3;
   * first in v0.95.0); before, and for the run's own messages, the field is the absolute directory
   * (pkg/options/options.go CloneWithConfigPath at v0.93.4; internal/cli/commands/commands.go:531 at v1.1.3).
   * The json format prints the field as it is (Field(WorkDirKeyName) without a PathFormat).
   */
  workingDirField(dir) {
    if (!dir) return this.root
    return this.relativeUnits ? relSlash(this.root, dir) : dir
  }

  /** Absolute paths of the working dir and its parents as `.`, `..`: options.RelativePather at v0.93.4. */
  relativise(msg) {
    if (!this.relativeMessages) return msg
    const parts = this.root.split('/').filter(Boolean)
    let out = msg
    for (let i = parts.length; i >= 1; i--) {
      const abs = '/' + parts.slice(0, i).join('/')
      const rel =
        i === parts.length
          ? '.'
          : Array(parts.length - i)
              .fill('..')
              .join('/')
      const re = new RegExp(`(^|[^/\\w])${abs.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[/"'\\s]|$)`, 'gm')
      out = out.replace(re, `$1${rel}`)
    }
    return out
  }

  /** The `[unit]` of pretty/key-value: the unit's path relative to the run root, empty for the root itself. */
  shortPrefix(dir) {
    if (!dir) return ''
    const rel = relSlash(this.root, dir)
    return rel === '.' ? '' : rel
  }

  /** One formatted entry (a trailing newline included). Entries are whole messages, which may span lines. */
  formatEntry(level, rawMsg, { dir, tfPath, tfArgs } = {}) {
    const now = new Date()
    const msg = this.relativise(rawMsg)
    switch (this.format) {
      case 'json': {
        let s = `{"time":${JSON.stringify(rfc3339(now))}, "level":${JSON.stringify(level)}`
        s += `, "working-dir":${JSON.stringify(this.workingDirField(dir))}`
        if (tfPath) s += `, "tf-path":${JSON.stringify(basename(tfPath))}`
        if (tfArgs) s += `, "tf-command-args":[${tfArgs.map((a) => JSON.stringify(a)).join(',')}]`
        // eslint-disable-next-line no-control-regex
        s += `, "msg":${JSON.stringify(msg.replace(/\u001b\[[0-9;]*m/g, ''))}}`
        return s + '\n'
      }
      case 'key-value': {
        const prefix = this.shortPrefix(dir)
        let s = `time=${rfc3339(now)} level=${level}`
        if (prefix) s += ` prefix=${prefix}`
        if (tfPath) s += ` tf-path=${basename(tfPath)}`
        // eslint-disable-next-line no-control-regex
        return s + ` msg=${msg.replace(/\u001b\[[0-9;]*m/g, '')}\n`
      }
      case 'bare': {
        const secs = String(Math.floor((now.getTime() - STARTED_AT) / 1000)).padStart(4, '0')
        const prefix = dir && relSlash(this.root, dir) !== '.' ? `\t prefix=[./${relSlash(this.root, dir)}] ` : ''
        return `${BARE_LEVEL[level]}[${secs}] ${msg}${prefix}\n`
      }
      default: {
        const prefix = this.shortPrefix(dir)
        const lvl = level.toUpperCase().padEnd(6)
        if (!this.colour) {
          return `${clockTime(now)} ${lvl} ${prefix ? `[${prefix}] ` : ''}${tfPath ? `${basename(tfPath)}: ` : ''}${msg}\n`
        }
        const reset = msg.includes('\u001b[') ? RESET : ''
        return (
          `\u001b[90m${clockTime(now)}${RESET} ${LEVEL_COLOUR[level]}${lvl}${RESET} ` +
          (prefix ? `\u001b[34m[${prefix}]${RESET} ` : '') +
          (tfPath ? `\u001b[36m${basename(tfPath)}: ${RESET}` : '') +
          `${msg}${reset}\n`
        )
      }
    }
  }

  /** Terragrunt's own message (stderr). */
  log(level, msg, opts = {}) {
    if (this.disabled || LEVEL_RANK[level] < this.minRank) return
    process.stderr.write(this.formatEntry(level, msg, opts))
  }
}

/**
 * Relays one stream of a tofu child process through the logger, like Terragrunt's log writer: in json format each
 * chunk (cut back to whole lines) becomes one message; the other formats split it into lines and drop empty ones.
 * `raw` forwards whole lines unchanged (--tf-forward-stdout, bare, -json).
 */
export class StreamRelay {
  constructor({ logger, level, dest, raw, dir, tfPath, tfArgs }) {
    Object.assign(this, { logger, level, dest, raw, dir, tfPath, tfArgs })
    this.pending = ''
  }

  write(chunk) {
    const text = this.pending + chunk
    const cut = text.lastIndexOf('\n')
    if (cut < 0) {
      this.pending = text
      return
    }
    this.pending = text.slice(cut + 1)
    this.emit(text.slice(0, cut + 1))
  }

  end() {
    if (this.pending) this.emit(this.pending)
    this.pending = ''
  }

  emit(text) {
    if (!this.dest) return
    if (this.raw) {
      this.dest.write(text)
      return
    }
    const opts = { dir: this.dir, tfPath: this.tfPath, tfArgs: this.tfArgs }
    if (this.logger.format === 'json') {
      this.dest.write(this.logger.formatEntry(this.level, text, opts))
      return
    }
    let out = ''
    for (const line of text.split('\n')) {
      if (line.length === 0) continue
      out += this.logger.formatEntry(this.level, line, opts)
    }
    if (out) this.dest.write(out)
  }
}
