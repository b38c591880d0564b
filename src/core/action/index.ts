export * from './errors.js'
export * from './inputs.js'
export * from './run.js'
// Actions' own code may take the ground-floor error type from here too; core modules import core/errors directly.
export { UserError, oneLine } from '../errors/index.js'
