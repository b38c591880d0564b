/**
 * Files at the pull request's base commit, read with git from the checkout: what a PR removes from a file it keeps
 * (a `unit` block of a stack file) is only visible there. actions/checkout fetches one commit by default (the merge
 * commit of a pull_request event), so a base commit that is not in the clone is fetched once, by its SHA, from
 * `origin`.
 */
import type { ProcessRunner } from '../core/terragrunt/process.js'
import { oneLine } from '../core/errors/index.js'

/** Bounds each git call (a fetch from an unreachable remote must not hang the run). */
const GIT_TIMEOUT_MS = 120_000

/**
 * A reader of files (paths relative to `repoRoot`, the git top level) at commit `sha`: the text, or null when the
 * file does not exist there. Throws, with a one-line reason, when the commit cannot be read.
 */
export function baseReader(
  runner: ProcessRunner,
  repoRoot: string,
  sha: string | undefined
): (file: string) => Promise<string | null> {
  const git = (args: string[]) =>
    runner.run('git', args, { cwd: repoRoot, env: { GIT_TERMINAL_PROMPT: '0' }, timeoutMs: GIT_TIMEOUT_MS })
  let available: Promise<void> | undefined
  const ensureCommit = async (): Promise<void> => {
    if (!sha || !/^[0-9a-f]{40}$/i.test(sha)) throw new Error('the event names no base commit of the pull request')
    if ((await git(['cat-file', '-e', `${sha}^{commit}`])).exitCode === 0) return
    const fetched = await git(['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha])
    if (fetched.exitCode !== 0 || (await git(['cat-file', '-e', `${sha}^{commit}`])).exitCode !== 0) {
      const why = fetched.stderr.trim().split('\n').at(-1) ?? ''
      throw new Error(
        `base commit ${sha.slice(0, 12)} is not in the checkout and cannot be fetched (${oneLine(why, 160)})`
      )
    }
  }
  return async (file) => {
    available ??= ensureCommit()
    await available
    if ((await git(['cat-file', '-e', `${sha}:${file}`])).exitCode !== 0) return null
    const shown = await git(['show', `${sha}:${file}`])
    if (shown.exitCode !== 0) {
      throw new Error(`git show ${sha!.slice(0, 12)}:${file} failed (${oneLine(shown.stderr.trim(), 160)})`)
    }
    return shown.stdout
  }
}
