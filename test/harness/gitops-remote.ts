import { execFileSync } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { linkBareRepository } from '../emulators/github/bare-repo.js'
import type { GitHubEmulator } from '../emulators/github/index.js'

const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'seed',
  GIT_AUTHOR_EMAIL: 'seed@acme.test',
  GIT_COMMITTER_NAME: 'seed',
  GIT_COMMITTER_EMAIL: 'seed@acme.test'
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).trim()
}

/** A GitOps remote: a bare repository at <root>/server/<owner>/<repo>.git, linked into the GitHub emulator. */
export interface GitopsRemote {
  /** What GITHUB_SERVER_URL must be for `${server}/${owner}/${repo}.git` to be the bare repository. */
  serverUrl: string
  bare: string
  /** A file's text on a ref of the remote, or undefined. */
  read(path: string, ref?: string): string | undefined
  head(ref?: string): string | undefined
}

/**
 * Creates `owner/repo` as a bare repository under `root` seeded with `files` on main, and links it into the emulator,
 * so the action's git clone/push (file://) and its API calls see one repository.
 */
export async function createGitopsRemote(
  gh: GitHubEmulator,
  root: string,
  files: Record<string, string>,
  owner = 'acme',
  repo = 'gitops'
): Promise<GitopsRemote> {
  const bare = join(root, 'server', owner, `${repo}.git`)
  const seed = join(root, 'seed')
  await mkdir(bare, { recursive: true })
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', bare)
  git(root, 'init', '--quiet', '--initial-branch=main', seed)
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(seed, path)), { recursive: true })
    await writeFile(join(seed, path), text)
  }
  git(seed, 'add', '.')
  git(seed, 'commit', '--quiet', '-m', 'Seed the GitOps repository')
  git(seed, 'push', '--quiet', bare, 'HEAD:refs/heads/main')
  linkBareRepository(gh.state, owner, repo, bare)
  const quiet = (args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: bare, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    } catch {
      return undefined
    }
  }
  return {
    serverUrl: `file://${join(root, 'server')}`,
    bare,
    read: (path, ref = 'main') => quiet(['show', `${ref}:${path}`]),
    head: (ref = 'main') => quiet(['rev-parse', '--verify', '--quiet', ref])?.trim()
  }
}
