/**
 * `@actions/core` without its two eager imports that no action here uses: the OIDC client (`getIDToken`, which pulls
 * in @actions/http-client and with it undici, half of every bundle) and `platform` (@actions/exec). Loading and
 * compiling those made a bundle's start-up cost more than twice a bare `node` start.
 *
 * Every `import … from '@actions/core'` in this project resolves to this file (tsconfig.json `paths` for tsc, ncc and
 * tsx; jest.config.js `moduleNameMapper` for the tests), so the actions keep the usual API. The functions are
 * @actions/core's own (lib/core.js at the version package.json pins, MIT), on top of its command, file-command,
 * summary and path modules, imported from the package's files directly: the package's `exports` only offers its
 * entry point, which is the module that imports the OIDC client. `getIDToken` loads that client when it is called.
 */
import * as os from 'node:os'
import * as path from 'node:path'
import { issue, issueCommand } from '../../../node_modules/@actions/core/lib/command.js'
import { issueFileCommand, prepareKeyValueMessage } from '../../../node_modules/@actions/core/lib/file-command.js'
import { toCommandProperties, toCommandValue } from '../../../node_modules/@actions/core/lib/utils.js'
import type { AnnotationProperties, InputOptions } from '../../../node_modules/@actions/core/lib/core.js'

export type { AnnotationProperties, InputOptions } from '../../../node_modules/@actions/core/lib/core.js'
export { markdownSummary, summary } from '../../../node_modules/@actions/core/lib/summary.js'
export type {
  SummaryImageOptions,
  SummaryTableCell,
  SummaryTableRow,
  SummaryWriteOptions
} from '../../../node_modules/@actions/core/lib/summary.js'
export { toPlatformPath, toPosixPath, toWin32Path } from '../../../node_modules/@actions/core/lib/path-utils.js'

export enum ExitCode {
  Success = 0,
  Failure = 1
}

export function exportVariable(name: string, val: unknown): void {
  const convertedVal = toCommandValue(val)
  process.env[name] = convertedVal
  if (process.env['GITHUB_ENV']) return issueFileCommand('ENV', prepareKeyValueMessage(name, val))
  issueCommand('set-env', { name }, convertedVal)
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret)
}

export function addPath(inputPath: string): void {
  if (process.env['GITHUB_PATH']) issueFileCommand('PATH', inputPath)
  else issueCommand('add-path', {}, inputPath)
  process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`
}

export function getInput(name: string, options?: InputOptions): string {
  const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || ''
  if (options && options.required && !val) throw new Error(`Input required and not supplied: ${name}`)
  if (options && options.trimWhitespace === false) return val
  return val.trim()
}

export function getMultilineInput(name: string, options?: InputOptions): string[] {
  const inputs = getInput(name, options)
    .split('\n')
    .filter((x) => x !== '')
  if (options && options.trimWhitespace === false) return inputs
  return inputs.map((input) => input.trim())
}

export function getBooleanInput(name: string, options?: InputOptions): boolean {
  const val = getInput(name, options)
  if (['true', 'True', 'TRUE'].includes(val)) return true
  if (['false', 'False', 'FALSE'].includes(val)) return false
  throw new TypeError(
    `Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
      `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``
  )
}

export function setOutput(name: string, value: unknown): void {
  if (process.env['GITHUB_OUTPUT']) return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value))
  process.stdout.write(os.EOL)
  issueCommand('set-output', { name }, toCommandValue(value))
}

export function setCommandEcho(enabled: boolean): void {
  issue('echo', enabled ? 'on' : 'off')
}

export function setFailed(message: string | Error): void {
  process.exitCode = ExitCode.Failure
  error(message)
}

export function isDebug(): boolean {
  return process.env['RUNNER_DEBUG'] === '1'
}

export function debug(message: string): void {
  issueCommand('debug', {}, message)
}

export function error(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message)
}

export function warning(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message)
}

export function notice(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message)
}

export function info(message: string): void {
  process.stdout.write(message + os.EOL)
}

export function startGroup(name: string): void {
  issue('group', name)
}

export function endGroup(): void {
  issue('endgroup')
}

export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  startGroup(name)
  try {
    return await fn()
  } finally {
    endGroup()
  }
}

export function saveState(name: string, value: unknown): void {
  if (process.env['GITHUB_STATE']) return issueFileCommand('STATE', prepareKeyValueMessage(name, value))
  issueCommand('save-state', { name }, toCommandValue(value))
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] || ''
}

/** Loads the OIDC client (and undici with it) only here, where it is needed. */
export async function getIDToken(aud?: string): Promise<string> {
  const { OidcClient } = await import('../../../node_modules/@actions/core/lib/oidc-utils.js')
  return OidcClient.getIDToken(aud)
}
