import { execFile } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { UserError, oneLine } from '../../errors/index.js'
import type { CommitFacts } from '../ownership.js'

/** Who commits: the token's account, so commits and the pull request carry one identity. */
export interface GitIdentity {
  name: string
  email: string
}

export interface GitResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs `git` (the only process this module starts); tests may wrap it to count or fail calls. */
export type GitRunner = (
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv }
) => Promise<GitResult>

export const spawnGit: GitRunner = (args, options) =>
  new Promise((resolve) => {
    execFile(
      'git',
      [...args],
      { ...options, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        resolve({ code, stdout, stderr: stderr || (error && code === 1 && !stderr ? error.message : stderr) })
      }
    )
  })

export interface GitOptions {
  /** Where the clone lives. */
  dir: string
  /** Clone URL, e.g. https://github.com/acme/gitops.git (or file:///… in tests). */
  url: string
  /** Sent as an HTTP Basic header to the remote's host only, never written to disk or argv. */
  token?: string
  identity: GitIdentity
  runner?: GitRunner
}

/** What happened to a push: landed, or refused because the remote moved (stale lease, not a fast-forward). */
export type PushOutcome = 'pushed' | 'rejected'

/** A git command that failed for a reason other than a moved remote. */
export class GitError extends UserError {
  override name = 'GitError'
}

/**
 * The git CLI behind a small interface: clone one branch, fetch, read and write files in the work tree, commit, and
 * push with a lease. Credentials go through GIT_CONFIG_* environment variables (as an `http.<url>.extraheader`),
 * so they appear neither in process arguments nor in .git/config.
 */
export class GitRepository {
  readonly dir: string
  private readonly runner: GitRunner
  private readonly env: NodeJS.ProcessEnv

  constructor(private readonly options: GitOptions) {
    this.dir = options.dir
    this.runner = options.runner ?? spawnGit
    const config: Array<[string, string]> = [['core.quotePath', 'false']]
    if (options.token && /^https?:/.test(options.url)) {
      const origin = new URL(options.url).origin
      const basic = Buffer.from(`x-access-token:${options.token}`).toString('base64')
      config.push([`http.${origin}/.extraheader`, `AUTHORIZATION: basic ${basic}`])
    }
    this.env = {
      ...process.env,
      GIT_TERMINAL_PROMPT: '0',
      GIT_AUTHOR_NAME: options.identity.name,
      GIT_AUTHOR_EMAIL: options.identity.email,
      GIT_COMMITTER_NAME: options.identity.name,
      GIT_COMMITTER_EMAIL: options.identity.email,
      GIT_CONFIG_COUNT: String(config.length),
      ...Object.fromEntries(
        config.flatMap(([key, value], i) => [
          [`GIT_CONFIG_KEY_${i}`, key],
          [`GIT_CONFIG_VALUE_${i}`, value]
        ])
      )
    }
  }

  /** Runs git in the clone; a failure throws GitError with git's first error line unless `allowFailure`. */
  async git(args: readonly string[], opts: { allowFailure?: boolean; cwd?: string } = {}): Promise<GitResult> {
    const result = await this.runner(args, { cwd: opts.cwd ?? this.dir, env: this.env })
    if (result.code !== 0 && !opts.allowFailure) {
      const line = result.stderr.split('\n').find((l) => /^(fatal|error):/.test(l)) ?? result.stderr.trim()
      throw new GitError(`git ${args[0]} failed: ${oneLine(line || `exit code ${result.code}`, 300)}`)
    }
    return result
  }

  /** Clones `branch` of the remote into `dir` (tags skipped; the history is kept for rebases). */
  async clone(branch: string): Promise<void> {
    await mkdir(this.dir, { recursive: true })
    await this.git(['clone', '--quiet', '--no-tags', '--single-branch', '--branch', branch, this.options.url, '.'])
  }

  /** Fetches branches into refs/remotes/origin/*; a branch the remote does not have is simply absent afterwards. */
  async fetch(branches: readonly string[]): Promise<void> {
    for (const branch of branches) {
      const ref = `refs/remotes/origin/${branch}`
      const result = await this.git(['fetch', '--quiet', '--no-tags', 'origin', `+refs/heads/${branch}:${ref}`], {
        allowFailure: true
      })
      if (result.code !== 0) {
        if (!/couldn't find remote ref|not our ref/i.test(result.stderr)) {
          throw new GitError(`git fetch of ${branch} failed: ${oneLine(result.stderr.trim(), 300)}`)
        }
        await this.git(['update-ref', '-d', ref], { allowFailure: true })
      }
    }
  }

  /** The commit a ref points at, or undefined. */
  async revParse(ref: string): Promise<string | undefined> {
    const result = await this.git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { allowFailure: true })
    return result.code === 0 ? result.stdout.trim() : undefined
  }

  /** The tree of a commit. */
  async treeOf(ref: string): Promise<string | undefined> {
    const result = await this.git(['rev-parse', '--verify', '--quiet', `${ref}^{tree}`], { allowFailure: true })
    return result.code === 0 ? result.stdout.trim() : undefined
  }

  async isAncestor(ancestor: string, of: string): Promise<boolean> {
    return (await this.git(['merge-base', '--is-ancestor', ancestor, of], { allowFailure: true })).code === 0
  }

  /** Paths that differ between two commits. */
  async changedPaths(from: string, to: string): Promise<string[]> {
    const { stdout } = await this.git(['diff', '--name-only', '-z', from, to])
    return stdout.split('\0').filter(Boolean)
  }

  /** The commits reachable from `head` but from none of `bases` (`git log head --not bases…`), newest first. */
  async commitsBetween(bases: readonly string[], head: string): Promise<CommitFacts[]> {
    const format = '--format=%H%x1f%an%x1f%ae%x1f%cn%x1f%ce%x1f%B'
    const { stdout } = await this.git(['log', '-z', format, head, '--not', ...bases, '--'])
    return stdout
      .split('\0')
      .filter((record) => record.trim() !== '')
      .map((record) => {
        const [sha, authorName, authorEmail, committerName, committerEmail, ...message] = record.split('\x1f')
        return {
          sha: sha.trim(),
          authorName,
          authorEmail,
          committerName,
          committerEmail,
          message: message.join('\x1f')
        }
      })
  }

  /** Tracked files of the work tree, repository-relative with forward slashes. */
  async listFiles(): Promise<string[]> {
    const { stdout } = await this.git(['ls-files', '-z'])
    return stdout.split('\0').filter(Boolean)
  }

  async readFile(path: string): Promise<string> {
    return readFile(join(this.dir, path), 'utf8')
  }

  async writeFile(path: string, text: string): Promise<void> {
    await mkdir(dirname(join(this.dir, path)), { recursive: true })
    await writeFile(join(this.dir, path), text)
  }

  /** Points the local `branch` (checked out) at `start`, discarding local changes. */
  async checkout(branch: string, start: string): Promise<void> {
    await this.git(['checkout', '--quiet', '--force', '-B', branch, start])
  }

  /** Commits the given paths (already written) and returns the new commit; undefined when nothing changed. */
  async commit(paths: readonly string[], message: string): Promise<string | undefined> {
    await this.git(['add', '--', ...paths])
    const staged = await this.git(['diff', '--cached', '--quiet'], { allowFailure: true })
    if (staged.code === 0) return undefined
    await this.git(['commit', '--quiet', '--no-verify', '--no-gpg-sign', '-m', message])
    return this.revParse('HEAD')
  }

  /**
   * Pushes HEAD to `branch`. With `lease`, the remote branch must still be at that commit (`null`: must not exist),
   * so another run's push is never overwritten; without it only a fast-forward is accepted. A refusal because the
   * remote moved is 'rejected' (fetch, rebase and try again); anything else throws.
   */
  async push(branch: string, lease?: string | null): Promise<PushOutcome> {
    const ref = `refs/heads/${branch}`
    const args = ['push', '--porcelain', 'origin', `HEAD:${ref}`]
    if (lease !== undefined) args.splice(2, 0, `--force-with-lease=${ref}:${lease ?? ''}`)
    const result = await this.git(args, { allowFailure: true })
    if (result.code === 0) return 'pushed'
    const text = `${result.stdout}\n${result.stderr}`
    if (
      /^!\t/m.test(result.stdout) ||
      /\[rejected\]|stale info|fetch first|non-fast-forward|failed to update ref|cannot lock ref/.test(text)
    ) {
      return 'rejected'
    }
    throw new GitError(`git push to ${branch} failed: ${oneLine(result.stderr.trim() || result.stdout.trim(), 300)}`)
  }

  /** Replays the local commits onto `onto`; false (and the rebase undone) when they conflict. */
  async rebase(onto: string): Promise<boolean> {
    const result = await this.git(['rebase', '--quiet', onto], { allowFailure: true })
    if (result.code === 0) return true
    await this.git(['rebase', '--abort'], { allowFailure: true })
    return false
  }
}

/**
 * Pushes HEAD to `branch`, and when the remote moved meanwhile fetches it, rebases the local commits on the new head
 * and tries again, at most `attempts` times (waiting `delay(attempt)` between tries). A conflicting rebase is an
 * error: the other change touched the same lines.
 */
export async function pushWithRebase(
  git: GitRepository,
  branch: string,
  options: {
    attempts: number
    delay?: (attempt: number) => Promise<void>
    lease?: () => Promise<string | null | undefined>
  }
): Promise<{ attempts: number }> {
  for (let attempt = 1; ; attempt++) {
    const lease = options.lease ? await options.lease() : undefined
    if ((await git.push(branch, lease)) === 'pushed') return { attempts: attempt }
    if (attempt >= options.attempts) {
      throw new GitError(`git push to ${branch} was refused ${attempt} times because the branch kept moving; run again`)
    }
    await options.delay?.(attempt)
    await git.fetch([branch])
    if (!(await git.rebase(`refs/remotes/origin/${branch}`))) {
      throw new GitError(
        `the promotion conflicts with a change pushed to ${branch} meanwhile; run again to promote on top of it`
      )
    }
  }
}
