export * from './backoff.js'
export * from './clock.js'
export * from './duration.js'
export * from './windows.js'
