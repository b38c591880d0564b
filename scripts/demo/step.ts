import type { GitHubEmulator } from '../../test/emulators/github/index.js'

/** What every demo step gets: the running GitHub emulator (reset before each step) and a scratch directory. */
export interface DemoContext {
  gh: GitHubEmulator
  /** A fresh temporary directory for this step. */
  tempDir: string
}

/** What a step found: `ok` when the action behaved as the step expected; `problems` says what did not. */
export interface DemoOutcome {
  ok: boolean
  problems: string[]
}

/** One action's part of `npm run demo`: a title, a few lines on what it shows, and the run itself. */
export interface DemoStep {
  /** The action's name (actions/<name>). */
  action: string
  title: string
  /** Printed before the step runs: what is set up and what a person should look at. */
  intro: string[]
  run(ctx: DemoContext): Promise<DemoOutcome>
}

const WIDTH = 100

export function banner(text: string): void {
  console.log(`\n${'═'.repeat(WIDTH)}\n  ${text}\n${'═'.repeat(WIDTH)}`)
}

/** A titled block of verbatim text, fenced by rules so where it starts and ends is plain. */
export function section(title: string, body: string): void {
  const head = `┌─ ${title} `
  console.log(`\n${head}${'─'.repeat(Math.max(3, WIDTH - head.length))}`)
  console.log(body.replace(/\n+$/, ''))
  console.log(`└${'─'.repeat(WIDTH - 1)}`)
}

/** Collects expectation failures for a step's outcome. */
export class Expectations {
  readonly problems: string[] = []

  check(condition: boolean, problem: string): void {
    if (!condition) this.problems.push(problem)
  }

  outcome(): DemoOutcome {
    return { ok: this.problems.length === 0, problems: this.problems }
  }
}
