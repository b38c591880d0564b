import { UserError, closest, listWords } from '../errors/index.js'
import type { EnvironmentConfig, GitopsConfig } from './types.js'

/** An environment name (from an input) that the config file does not define. */
export class UnknownEnvironmentError extends UserError {
  override name = 'UnknownEnvironmentError'
  constructor(
    readonly environment: string,
    readonly known: readonly string[],
    file: string,
    input?: string
  ) {
    const guess = closest(environment, known)
    const subject = input
      ? `Input '${input}' names environment '${environment}', which`
      : `Environment '${environment}'`
    super(
      `${subject} is not defined in ${file}` +
        `${guess ? `; did you mean '${guess}'?` : ''} (known environments: ${listWords(known, { quote: "'" })})`
    )
  }
}

/**
 * The environment called `name` (an exact match, else the one match ignoring case, as GitHub environment names
 * are); otherwise an UnknownEnvironmentError that suggests the closest name and lists the known ones, naming
 * `opts.input` when the name came from an action input.
 */
export function resolveEnvironment(
  config: GitopsConfig,
  name: string,
  opts: { input?: string } = {}
): EnvironmentConfig {
  const wanted = name.trim()
  const found =
    config.environments.find((e) => e.name === wanted) ??
    config.environments.find((e) => e.name.toLowerCase() === wanted.toLowerCase())
  if (found) return found
  throw new UnknownEnvironmentError(
    wanted,
    config.environments.map((e) => e.name),
    config.file,
    opts.input
  )
}

/** The promotion order: `promotion.order` when the file gives one, else the environments in the order written. */
export function promotionOrder(config: GitopsConfig): string[] {
  return config.promotion?.order ?? config.environments.map((e) => e.name)
}
