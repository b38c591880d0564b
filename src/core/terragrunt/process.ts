import { spawn } from 'node:child_process'
import { StringDecoder } from 'node:string_decoder'

export interface ProcessResult {
  exitCode: number
  stdout: string
  stderr: string
  timedOut: boolean
  /** The run was stopped because this process received SIGINT/SIGTERM (the workflow was cancelled). */
  cancelled?: boolean
}

export interface ProcessOptions {
  cwd: string
  env?: Record<string, string | undefined>
  timeoutMs?: number
  /** Called with each chunk of output as it arrives (the result still has all of it). */
  onStdout?: (chunk: string) => void
  onStderr?: (chunk: string) => void
  /**
   * Aborting stops the process as a timeout does (its group gets SIGTERM, then SIGKILL after KILL_GRACE_MS); the
   * promise still resolves when it has ended. For a run started before the caller knows it is wanted.
   */
  signal?: AbortSignal
}

/** Runs external programs; an interface so tests can swap in a recorder. */
export interface ProcessRunner {
  run(command: string, args: string[], options: ProcessOptions): Promise<ProcessResult>
}

/** Between SIGTERM to the process group and SIGKILL: OpenTofu/Terraform use it to release state locks. */
export const KILL_GRACE_MS = 3000

const running = new Set<(signal: NodeJS.Signals) => void>()
const onSignal = (signal: NodeJS.Signals): void => {
  for (const stop of running) stop(signal)
}

/**
 * Spawns without a shell (arguments are never re-parsed) in a process group of its own, captures both streams, and
 * on timeout, or when this process is asked to stop (a cancelled workflow sends SIGINT, then SIGTERM), signals the
 * whole group and SIGKILLs it after KILL_GRACE_MS. The group matters: Terragrunt forwards a signal to its tofu
 * processes only after 15 s (internal/shell/run_cmd.go:37 at v1.1.3) and tofu waits for a graceful stop, so killing
 * Terragrunt's pid alone leaves plans running. @actions/exec has no timeout and echoes the command line to the log,
 * which we do ourselves.
 */
export const spawnRunner: ProcessRunner = {
  run(command, args, options) {
    return new Promise((resolve, reject) => {
      const child = spawn(command, args, {
        cwd: options.cwd,
        env: { ...process.env, ...options.env },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true
      })
      const out: Buffer[] = []
      const err: Buffer[] = []
      let timedOut = false
      let cancelled = false
      let killTimer: NodeJS.Timeout | undefined
      // decoders keep a character split between two chunks whole for the callbacks
      const outText = new StringDecoder('utf8')
      const errText = new StringDecoder('utf8')
      child.stdout.on('data', (b: Buffer) => {
        out.push(b)
        if (options.onStdout) options.onStdout(outText.write(b))
      })
      child.stderr.on('data', (b: Buffer) => {
        err.push(b)
        if (options.onStderr) options.onStderr(errText.write(b))
      })
      const killGroup = (signal: NodeJS.Signals): void => {
        try {
          if (child.pid !== undefined) process.kill(-child.pid, signal)
        } catch {
          // the group is gone already
        }
      }
      const stop = (signal: NodeJS.Signals = 'SIGTERM'): void => {
        if (killTimer) return
        killGroup(signal)
        killTimer = setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS)
      }
      const cancel = (): void => {
        cancelled = true
        stop('SIGTERM')
      }
      running.add(cancel)
      if (running.size === 1) {
        process.on('SIGINT', onSignal)
        process.on('SIGTERM', onSignal)
      }
      const abort = (): void => stop()
      options.signal?.addEventListener('abort', abort, { once: true })
      if (options.signal?.aborted) stop()
      const timer =
        options.timeoutMs === undefined
          ? undefined
          : setTimeout(() => {
              timedOut = true
              stop()
            }, options.timeoutMs)
      const done = (): void => {
        if (timer) clearTimeout(timer)
        options.signal?.removeEventListener('abort', abort)
        running.delete(cancel)
        if (running.size === 0) {
          process.off('SIGINT', onSignal)
          process.off('SIGTERM', onSignal)
        }
      }
      child.on('error', (e: NodeJS.ErrnoException) => {
        done()
        if (killTimer) clearTimeout(killTimer)
        reject(e)
      })
      // 'close' waits for every holder of the pipes, so a grandchild that survives SIGTERM keeps us here until the
      // SIGKILL reaches it
      child.on('close', (code, signal) => {
        done()
        if (killTimer) {
          // anything of the group still alive after its leader exited gets the SIGKILL now
          clearTimeout(killTimer)
          killGroup('SIGKILL')
        }
        resolve({
          exitCode: code ?? (signal ? 128 : 1),
          stdout: Buffer.concat(out).toString('utf8'),
          stderr: Buffer.concat(err).toString('utf8'),
          timedOut,
          cancelled
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
