import { UserError, oneLine } from '../errors/index.js'

// Actions' own code (src/<action>) may take the ground-floor error helpers from the edge; core modules import core/errors.
export { UserError, oneLine }

/** A bad input value: the message names the input, the value and what was expected. */
export class InputError extends UserError {
  override name = 'InputError'
  constructor(
    readonly input: string,
    readonly value: string,
    readonly expected: string
  ) {
    super(`Input '${input}' has invalid value '${oneLine(value)}': expected ${expected}.`)
  }
}
