/**
 * src/core/action/actions-core.ts stands in for @actions/core (tsconfig `paths`, jest `moduleNameMapper`): it must
 * offer what the package offers, minus `platform`, and write the same workflow commands and files.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as lite from '../../../src/core/action/actions-core.js'
import * as core from '@actions/core'

// the real package, by its file (the mapping sends '@actions/core' to the stand-in)
const real = (await import(
  join(import.meta.dirname, '../../../node_modules/@actions/core/lib/core.js')
)) as typeof import('../../../node_modules/@actions/core/lib/core.js')

let dir: string
let written: string[]
const saved = { ...process.env }

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'actions-core-'))
  written = []
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk))
    return true
  })
})

afterEach(async () => {
  jest.restoreAllMocks()
  process.env = { ...saved }
  process.exitCode = undefined
  await rm(dir, { recursive: true, force: true })
})

/** Runs `fn` against one implementation and returns what it wrote to stdout and the command files. */
async function effects(
  impl: typeof lite,
  fn: (c: typeof lite) => void
): Promise<{ stdout: string; files: Record<string, string> }> {
  const names = ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH']
  for (const n of names) {
    process.env[n] = join(dir, n)
    await writeFile(join(dir, n), '')
  }
  written = []
  fn(impl)
  const files: Record<string, string> = {}
  for (const n of names) files[n] = (await readFile(join(dir, n), 'utf8')).replace(/ghadelimiter_[\w-]+/g, 'DELIM')
  return { stdout: written.join(''), files }
}

describe('actions-core stand-in', () => {
  it('is what `@actions/core` resolves to here', () => {
    expect(core.info).toBe(lite.info)
  })

  it('exports every function and value of @actions/core except platform', () => {
    const missing = Object.keys(real).filter((k) => k !== 'platform' && !(k in lite))
    expect(missing).toEqual([])
  })

  it('writes the same workflow commands and command files as @actions/core', async () => {
    const script = (c: typeof lite): void => {
      c.info('plain line')
      c.warning('careful: 100%\nsecond line', { title: 'T,1', file: 'a:b.tf', startLine: 3 })
      c.error(new Error('boom'))
      c.notice('note')
      c.debug('dbg')
      c.setSecret('s3cr3t')
      c.startGroup('group')
      c.endGroup()
      c.setOutput('out', { a: 1 })
      c.setOutput('multi', 'line 1\nline 2')
      c.saveState('st', 'v')
      c.exportVariable('GITOPS_TEST_VAR', 'x')
      c.addPath('/opt/bin')
    }
    const ours = await effects(lite, script)
    const theirs = await effects(real, script)
    expect(ours).toEqual(theirs)
    expect(ours.stdout).toContain('::warning title=T%2C1,file=a%3Ab.tf,line=3::careful: 100%25%0Asecond line')
  })

  it.each([
    ['  spaced  ', {}, 'spaced'],
    ['  spaced  ', { trimWhitespace: false }, '  spaced  ']
  ])('reads inputs as @actions/core does: %j %j', (value, options, expected) => {
    process.env['INPUT_MY_INPUT'] = value
    expect(lite.getInput('my input', options)).toBe(expected)
    expect(real.getInput('my input', options)).toBe(expected)
  })

  it('reads boolean and multiline inputs and fails on a missing required one as @actions/core does', () => {
    process.env['INPUT_FLAG'] = 'True'
    process.env['INPUT_LIST'] = 'a\n\n  b  \n'
    expect(lite.getBooleanInput('flag')).toBe(true)
    expect(lite.getMultilineInput('list')).toEqual(real.getMultilineInput('list'))
    process.env['INPUT_FLAG'] = 'yes'
    expect(() => lite.getBooleanInput('flag')).toThrow(/YAML 1.2 "Core Schema"/)
    expect(() => lite.getInput('absent', { required: true })).toThrow('Input required and not supplied: absent')
  })

  it('setFailed sets the exit code and writes an error', () => {
    lite.setFailed('it broke')
    expect(process.exitCode).toBe(1)
    expect(written.join('')).toContain('::error::it broke')
  })
})
