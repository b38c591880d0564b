export * from './errors.js'
export * from './inputs.js'
export * from './run.js'
