// Terragrunt's logger (v0.67+ "new logger") for the fake: pretty, json, key-value and bare formats, with the real
// destinations (Terragrunt's own lines and tofu stderr on stderr, tofu stdout on stdout) and the real quirk that the
// line-splitting formats drop empty lines.
import { basename } from 'node:path'
import { clockTime, relSlash, rfc3339, STARTED_AT } from './common.mjs'

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
  constructor({ format, colour, root, level = 'info', disabled = false }) {
    this.format = format
    this.colour = colour && format === 'pretty'
    this.root = root
    this.minRank = LEVEL_RANK[level] ?? LEVEL_RANK.info
    this.disabled = disabled
  }

  /** The `[unit]` of pretty/key-value: the unit's path relative to the run root, empty for the root itself. */
  shortPrefix(dir) {
    if (!dir) return ''
    const rel = relSlash(this.root, dir)
    return rel === '.' ? '' : rel
  }

  /** One formatted entry (a trailing newline included). Entries are whole messages, which may span lines. */
  formatEntry(level, msg, { dir, tfPath, tfArgs } = {}) {
    const now = new Date()
    switch (this.format) {
      case 'json': {
        let s = `{"time":${JSON.stringify(rfc3339(now))}, "level":${JSON.stringify(level)}`
        s += `, "working-dir":${JSON.stringify(dir ?? this.root)}`
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
