import { UserError, oneLine } from '../errors/index.js'

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
