import { UserError } from '../errors/index.js'

/** One thing wrong with the config file, with where it is. Positions are 1-based; absent when the file is missing. */
export interface ConfigProblem {
  file: string
  line?: number
  col?: number
  /** Key path such as `environments[1].approval.min-approvals`; empty for the file as a whole or a YAML syntax error. */
  path: string
  /** What is wrong, e.g. `expected a whole number ≥ 1, got "two"`. */
  message: string
}

/** `file:line:col: path: message`, on one line. */
export function formatProblem(problem: ConfigProblem): string {
  const where = [problem.file, problem.line, problem.line === undefined ? undefined : problem.col]
    .filter((part) => part !== undefined)
    .join(':')
  return problem.path ? `${where}: ${problem.path}: ${problem.message}` : `${where}: ${problem.message}`
}

/**
 * Everything wrong with the config file. The message is one line: the first problem, then how many more there are;
 * `problems` holds them all in file order so a summary can list each one.
 */
export class ConfigError extends UserError {
  override name = 'ConfigError'
  readonly problems: readonly ConfigProblem[]

  constructor(problems: readonly ConfigProblem[]) {
    if (problems.length === 0) throw new TypeError('ConfigError needs at least one problem')
    const rest = problems.length - 1
    const more = rest === 0 ? '' : ` (and ${rest} more problem${rest === 1 ? '' : 's'})`
    super(`${formatProblem(problems[0])}${more}`)
    this.problems = problems
  }
}
