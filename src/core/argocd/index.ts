/**
 * Argo CD for the actions: `ArgoCdClient` (REST API: auth, retries, errors), `toAppStatus` (the `AppStatus` model),
 * `step` (the pure waiter), `watchApplications` (the watch stream with reconnect) and `waitForApp` (all of them
 * together for one app). See the README of this folder for how they fit.
 */
export * from './client.js'
export * from './errors.js'
export * from './status.js'
export * from './stream.js'
export * from './wait.js'
export * from './waiter.js'
export type * from './wire.js'
