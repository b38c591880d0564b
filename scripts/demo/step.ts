import type { ArgoCdEmulator } from '../../test/emulators/argocd/index.js'
import type { GitHubEmulator } from '../../test/emulators/github/index.js'
import type { GitopsRemote } from '../../test/harness/gitops-remote.js'
import type { RunResult } from '../../test/harness/run-action.js'

/** The world every step of the demo plays in; steps run in order and build on each other's results. */
export interface DemoContext {
  gh: GitHubEmulator
  argo: ArgoCdEmulator
  /** The checkout of acme/live (live/, modules/, .github/gitops.yaml), at main or at the PR head. */
  liveWorkspace: string
  /** acme/gitops: a real bare git repository the GitHub emulator serves. */
  gitops: GitopsRemote
  /** A fresh scratch directory for the step. */
  tempDir: string
  /** What earlier steps left for later ones (PR numbers, merge commits). */
  facts: Record<string, string>
}

/** One run of a bundled action, as a step reports it. */
export interface ActionRun {
  /** What the run stands for in the pipeline, e.g. "deploy job, step gate". */
  label: string
  action: string
  /** The step's `with:` as the workflow gives it (action.yml defaults fill the rest). */
  inputs: Record<string, string>
  result: RunResult
}

/** What a step did: one line on what ran, the result lines, the checks that failed. */
export interface StepOutcome {
  ran: string
  result: string[]
  runs: ActionRun[]
  /** Extra verbatim blocks for the report (e.g. the git diff of a promotion). */
  extras?: Array<{ title: string; body: string; lang?: string }>
  problems: string[]
}

/** One stage of the seed's pipeline. */
export interface DemoStep {
  title: string
  /** Printed and reported before the result: what is set up and what the step expects. */
  intro: string
  run(ctx: DemoContext): Promise<StepOutcome>
}

/** Collects expectation failures for a step's outcome. */
export class Expectations {
  readonly problems: string[] = []

  check(condition: boolean, problem: string): void {
    if (!condition) this.problems.push(problem)
  }
}

/** `key=value` pairs of a run's outputs, long values cut, for the terminal. */
export function brief(outputs: Record<string, string>, keys: string[]): string {
  return keys
    .filter((k) => outputs[k] !== undefined && outputs[k] !== '')
    .map((k) => `${k}=${outputs[k].length > 60 ? `${outputs[k].slice(0, 57)}...` : outputs[k]}`)
    .join(' ')
}

/** The error annotations of a run, one line each, for a problem message. */
export function errorsOf(result: RunResult): string {
  const errors = result.annotations.filter((a) => a.level === 'error').map((a) => a.message.split('\n')[0])
  return errors.length > 0 ? errors.join('; ') : `exit code ${result.exitCode}, no error annotation`
}
