/**
 * The generated documentation is current: action-docs/<name>.md and the inputs/outputs tables in README.md between
 * `<!-- action-docs:<name> -->` markers match every actions/<name>/action.yml (`npm run docs` regenerates them).
 */
import { execFile } from 'node:child_process'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'

const root = join(import.meta.dirname, '..', '..', '..')

function docsCheck(): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [join(root, 'scripts', 'docs.mjs'), '--check'], { cwd: root }, (error, stdout, stderr) =>
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: `${stdout}${stderr}` })
    )
  })
}

describe('generated docs', () => {
  it('action-docs/ and the README tables match action.yml', async () => {
    const { code, output } = await docsCheck()
    expect(output).not.toMatch(/is not current/)
    expect(code).toBe(0)
  })

  it('the README has a table block for every action', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    const blocks = [...readme.matchAll(/<!-- action-docs:([\w-]+) -->/g)].map((m) => m[1]).filter((n) => n !== 'end')
    const actions = readdirSync(join(root, 'actions')).filter((n) => existsSync(join(root, 'actions', n, 'action.yml')))
    expect(blocks.sort()).toEqual(actions.sort())
  })
})
