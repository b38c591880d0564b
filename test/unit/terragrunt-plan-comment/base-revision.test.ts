/**
 * The revision a pull request's stack files are compared with, read with the real git from clones of a local bare
 * repository (as actions/checkout makes them): the merge base of the event's base commit and the checkout's HEAD,
 * fetched as needed, or a one-line error (the caller warns and lists no removed units: fail closed).
 */
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnRunner } from '../../../src/core/terragrunt/process.js'
import type { ProcessRunner } from '../../../src/core/terragrunt/process.js'
import { baseReader } from '../../../src/terragrunt-plan-comment/base-revision.js'

const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@acme.test',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@acme.test',
  GIT_CONFIG_NOSYSTEM: '1'
}
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env, encoding: 'utf8' }).trim()

const FILE = 'live/dev/terragrunt.stack.hcl'
const block = (name: string) => `unit "${name}" {\n  source = "../../catalog/units/${name}"\n  path   = "${name}"\n}\n`
/** At the fork point: vpc and app. */
const FORK = `${block('vpc')}\n${block('app')}`
/** The pull request removes app. */
const PR = `${block('vpc')}\n`
/** The base branch, after the pull request branched off, adds db (at the top, away from the pull request's edit). */
const MAIN = `${block('db')}\n${FORK}`

let dir: string
let bare: string
const sha: Record<'main' | 'merge' | 'orphan', string> = { main: '', merge: '', orphan: '' }

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'base-revision-'))
  const work = join(dir, 'work')
  const write = async (text: string) => {
    await mkdir(dirname(join(work, FILE)), { recursive: true })
    await writeFile(join(work, FILE), text)
  }
  git(dir, 'init', '-q', '-b', 'main', work)
  await write(FORK)
  git(work, 'add', '-A')
  git(work, 'commit', '-q', '-m', 'fork point')
  // Three commits on each side of the fork: a clone 2 commits deep does not reach it, one 8 deep does.
  git(work, 'checkout', '-q', '-b', 'pr')
  await write(PR)
  git(work, 'commit', '-q', '-am', 'Drop the app unit')
  git(work, 'commit', '-q', '--allow-empty', '-m', 'pr 2')
  git(work, 'commit', '-q', '--allow-empty', '-m', 'pr 3')
  git(work, 'checkout', '-q', 'main')
  await write(MAIN)
  git(work, 'commit', '-q', '-am', 'Add the db unit')
  git(work, 'commit', '-q', '--allow-empty', '-m', 'main 2')
  git(work, 'commit', '-q', '--allow-empty', '-m', 'main 3')
  sha.main = git(work, 'rev-parse', 'HEAD')
  // What refs/pull/N/merge is: the base branch with the pull request merged in.
  git(work, 'checkout', '-q', '-b', 'merge')
  git(work, 'merge', '-q', '--no-ff', '-m', 'Merge pr into main', 'pr')
  sha.merge = git(work, 'rev-parse', 'HEAD')
  git(work, 'checkout', '-q', '--orphan', 'orphan')
  git(work, 'commit', '-q', '-m', 'unrelated history')
  sha.orphan = git(work, 'rev-parse', 'HEAD')
  bare = join(dir, 'bare.git')
  git(dir, 'clone', '-q', '--bare', work, bare)
})
afterAll(() => rm(dir, { recursive: true, force: true }))

/** spawnRunner, recording the git fetches. */
function recording(): { runner: ProcessRunner; fetches: string[][] } {
  const fetches: string[][] = []
  return {
    fetches,
    runner: {
      run: (command, args, options) => {
        if (args[0] === 'fetch') fetches.push(args.filter((a) => a.startsWith('--depth')))
        return spawnRunner.run(command, args, options)
      }
    }
  }
}

let clones = 0
function clone(branch: string, depth?: number): string {
  const to = join(dir, `clone-${++clones}`)
  git(dir, 'clone', '-q', ...(depth ? [`--depth=${depth}`] : []), '--branch', branch, `file://${bare}`, to)
  return to
}

describe('baseReader', () => {
  const D = (...depths: number[]) => depths.map((d) => [`--depth=${d}`])
  it.each<[string, () => string, () => string, number[], string | RegExp, string[][]]>([
    [
      'the PR head checked out one commit deep, the base moved on: the merge base, fetched deeper in steps',
      () => clone('pr', 1),
      () => sha.main,
      [2, 8],
      FORK,
      D(1, 2, 8)
    ],
    [
      'the PR head with full history: the merge base, nothing fetched',
      () => clone('pr'),
      () => sha.main,
      [2],
      FORK,
      []
    ],
    [
      "the PR's merge commit checked out one commit deep: the base itself, named by the merge commit's parent line",
      () => clone('merge', 1),
      () => sha.main,
      [2],
      MAIN,
      D(1)
    ],
    [
      'history deeper than the last step: fails closed',
      () => clone('pr', 1),
      () => sha.main,
      [1, 2],
      /^no merge base of base commit [0-9a-f]{12} and the checkout's HEAD [0-9a-f]{12} was found within 2 commits of each$/,
      D(1, 1, 2)
    ],
    [
      'a base with no history in common: fails closed',
      () => clone('pr'),
      () => sha.orphan,
      [2],
      /^no merge base of base commit [0-9a-f]{12} and the checkout's HEAD [0-9a-f]{12} was found$/,
      []
    ],
    [
      'a base commit the remote does not have',
      () => clone('pr', 1),
      () => 'f'.repeat(40),
      [2],
      /^base commit ffffffffffff is not in the checkout and cannot be fetched \(.+\)$/,
      D(1)
    ]
  ])('%s', async (_, checkout, base, depths, expected, fetched) => {
    const { runner, fetches } = recording()
    const read = baseReader(runner, checkout(), base(), { depths })
    if (typeof expected === 'string') {
      expect(await read(FILE)).toBe(expected)
      expect(await read('live/none.hcl')).toBeNull()
    } else await expect(read(FILE)).rejects.toThrow(expected)
    expect(fetches).toEqual(fetched)
  })
})
