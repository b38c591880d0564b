import { spawn } from 'node:child_process'

export interface ProcessResult {
  exitCode: number
  stdout: string
  stderr: string
  timedOut: boolean
}

export interface ProcessOptions {
  cwd: string
  env?: Record<string, string | undefined>
  timeoutMs?: number
}

/** Runs external programs; an interface so tests can swap in a recorder. */
export interface ProcessRunner {
  run(command: string, args: string[], options: ProcessOptions): Promise<ProcessResult>
}

/**
 * Spawns without a shell (arguments are never re-parsed), captures both streams, and kills the process group on
 * timeout. @actions/exec has no timeout and echoes the command line to the log, which we do ourselves.
 */
export const spawnRunner: ProcessRunner = {
  run(command, args, options) {
    return new Promise((resolve, reject) => {
      const child = spawn(command, args, {
        cwd: options.cwd,
        env: { ...process.env, ...options.env },
        stdio: ['ignore', 'pipe', 'pipe']
      })
      const out: Buffer[] = []
      const err: Buffer[] = []
      let timedOut = false
      child.stdout.on('data', (b: Buffer) => out.push(b))
      child.stderr.on('data', (b: Buffer) => err.push(b))
      const timer =
        options.timeoutMs === undefined
          ? undefined
          : setTimeout(() => {
              timedOut = true
              child.kill('SIGTERM')
              setTimeout(() => child.kill('SIGKILL'), 5000).unref()
            }, options.timeoutMs)
      child.on('error', (e: NodeJS.ErrnoException) => {
        if (timer) clearTimeout(timer)
        reject(e)
      })
      child.on('close', (code, signal) => {
        if (timer) clearTimeout(timer)
        resolve({
          exitCode: code ?? (signal ? 128 : 1),
          stdout: Buffer.concat(out).toString('utf8'),
          stderr: Buffer.concat(err).toString('utf8'),
          timedOut
        })
      })
    })
  }
}

/** Splits `extra-args` like a shell would for plain words and quotes, without running a shell. */
export function splitArgs(text: string): string[] {
  const args: string[] = []
  let current = ''
  let quote: '"' | "'" | undefined
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quote) {
      if (ch === quote) quote = undefined
      else if (ch === '\\' && quote === '"' && i + 1 < text.length) current += text[++i]
      else current += ch
    } else if (ch === '"' || ch === "'") {
      quote = ch
      inWord = true
    } else if (/\s/.test(ch)) {
      if (inWord) args.push(current)
      current = ''
      inWord = false
    } else if (ch === '\\' && i + 1 < text.length) {
      current += text[++i]
      inWord = true
    } else {
      current += ch
      inWord = true
    }
  }
  if (quote) throw new Error(`unterminated ${quote} quote`)
  if (inWord) args.push(current)
  return args
}
