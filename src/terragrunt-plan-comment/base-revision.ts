/**
 * Files at the revision a pull request is compared with, read with git from the checkout: what a PR removes from a
 * file it keeps (a `unit` block of a stack file) is only visible there.
 *
 * That revision is the merge base of the event's base commit and the checkout's HEAD, as GitHub's own "files changed"
 * is a three-dot diff. When HEAD is the PR's merge commit (actions/checkout's default on pull_request) the merge base
 * is the base commit itself; when HEAD is the PR's head and the base branch moved on after the PR branched off, the
 * base commit holds blocks the base branch added since, which the PR never removed: the merge base does not.
 *
 * actions/checkout fetches one commit by default, so git fetches what is missing from `origin`: the base commit by
 * its SHA, then more history of both commits, a few bounded steps deeper, until their merge base is in the clone.
 * When it cannot be found the reader throws, and the caller warns that removed units cannot be listed (fail closed).
 */
import type { ProcessResult, ProcessRunner } from '../core/terragrunt/process.js'
import { oneLine } from '../core/errors/index.js'

/** Bounds each git call (a fetch from an unreachable remote must not hang the run). */
const GIT_TIMEOUT_MS = 120_000

/** History fetched (commits from each of the two commits) while their merge base is not in a shallow clone. */
export const MERGE_BASE_DEPTHS: readonly number[] = [50, 500, 5_000]

/**
 * A reader of files (paths relative to `repoRoot`, the git top level) at the merge base of commit `sha` (the event's
 * base) and the checkout's HEAD: the text, or null when the file does not exist there. Throws, with a one-line
 * reason, when that revision cannot be found or read.
 */
export function baseReader(
  runner: ProcessRunner,
  repoRoot: string,
  sha: string | undefined,
  opts: { depths?: readonly number[] } = {}
): (file: string) => Promise<string | null> {
  const git = (args: string[]) =>
    runner.run('git', args, { cwd: repoRoot, env: { GIT_TERMINAL_PROMPT: '0' }, timeoutMs: GIT_TIMEOUT_MS })
  let revision: Promise<string> | undefined
  return async (file) => {
    revision ??= mergeBase(git, sha, opts.depths ?? MERGE_BASE_DEPTHS)
    const at = await revision
    if ((await git(['cat-file', '-e', `${at}:${file}`])).exitCode !== 0) return null
    const shown = await git(['show', `${at}:${file}`])
    if (shown.exitCode !== 0) {
      throw new Error(`git show ${at.slice(0, 12)}:${file} failed (${oneLine(shown.stderr.trim(), 160)})`)
    }
    return shown.stdout
  }
}

type Git = (args: string[]) => Promise<ProcessResult>

async function mergeBase(git: Git, sha: string | undefined, depths: readonly number[]): Promise<string> {
  if (!sha || !/^[0-9a-f]{40}$/i.test(sha)) throw new Error('the event names no base commit of the pull request')
  const has = async (commit: string) => (await git(['cat-file', '-e', `${commit}^{commit}`])).exitCode === 0
  const lastLine = (text: string) => oneLine(text.trim().split('\n').at(-1) ?? '', 160)
  if (!(await has(sha))) {
    const fetched = await git(['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha])
    if (fetched.exitCode !== 0 || !(await has(sha))) {
      throw new Error(
        `base commit ${sha.slice(0, 12)} is not in the checkout and cannot be fetched (${lastLine(fetched.stderr)})`
      )
    }
  }
  const headRes = await git(['rev-parse', '--verify', 'HEAD^{commit}'])
  const head = headRes.stdout.trim()
  if (headRes.exitCode !== 0 || head === '') throw new Error(`the checkout has no HEAD commit`)
  // HEAD is the PR's merge commit (or a squash on the base): its own parent line names the base, even in a clone
  // too shallow to hold that parent.
  const raw = await git(['cat-file', 'commit', head])
  if (raw.exitCode === 0 && raw.stdout.split('\n\n')[0].split('\n').includes(`parent ${sha.toLowerCase()}`)) return sha
  const find = async () => {
    const res = await git(['merge-base', sha, head])
    return res.exitCode === 0 ? res.stdout.trim() : ''
  }
  let found = await find()
  let fetchedDepth = 0
  let why = ''
  for (const depth of depths) {
    if (found !== '') break
    const shallow = await git(['rev-parse', '--is-shallow-repository'])
    if (shallow.stdout.trim() !== 'true') break // all the history is here: there is no merge base
    const fetched = await git([
      'fetch',
      '--no-tags',
      '--no-recurse-submodules',
      `--depth=${depth}`,
      'origin',
      sha,
      head
    ])
    if (fetched.exitCode !== 0) {
      why = `; fetching history failed (${lastLine(fetched.stderr)})`
      break
    }
    fetchedDepth = depth
    found = await find()
  }
  if (found !== '') return found
  const looked = fetchedDepth > 0 ? ` within ${fetchedDepth} commits of each` : ''
  throw new Error(
    `no merge base of base commit ${sha.slice(0, 12)} and the checkout's HEAD ${head.slice(0, 12)} was found${looked}${why}`
  )
}
