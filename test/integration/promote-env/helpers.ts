import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll } from '@jest/globals'
import { linkBareRepository } from '../../emulators/github/bare-repo.js'
import type { GitHubEmulator } from '../../emulators/github/index.js'
import { runAction } from '../../harness/run-action.js'
import type { RunResult } from '../../harness/run-action.js'

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

const roots: string[] = []
afterAll(async () => {
  for (const root of roots) await rm(root, { recursive: true, force: true })
})

/** A GitOps remote: a bare repository at <root>/server/acme/gitops.git seeded with `files`, linked into the emulator. */
export interface GitopsRemote {
  serverUrl: string
  bare: string
  /** A file's text on a branch of the remote, or undefined. */
  read(path: string, ref?: string): string | undefined
  head(ref?: string): string | undefined
}

export async function gitopsRemote(gh: GitHubEmulator, files: Record<string, string>): Promise<GitopsRemote> {
  const root = await mkdtemp(join(tmpdir(), 'promote-env-'))
  roots.push(root)
  const bare = join(root, 'server', 'acme', 'gitops.git')
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
  linkBareRepository(gh.state, 'acme', 'gitops', bare)
  return {
    serverUrl: `file://${join(root, 'server')}`,
    bare,
    read(path, ref = 'main') {
      try {
        return execFileSync('git', ['show', `${ref}:${path}`], {
          cwd: bare,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore']
        })
      } catch {
        return undefined
      }
    },
    head(ref = 'main') {
      try {
        return git(bare, 'rev-parse', '--verify', '--quiet', ref)
      } catch {
        return undefined
      }
    }
  }
}

/** Runs the bundled promote-env against the emulator and the remote. */
export function promote(
  gh: GitHubEmulator,
  remote: GitopsRemote,
  inputs: Record<string, string>,
  options: { token?: string; timeoutMs?: number } = {}
): Promise<RunResult> {
  return runAction({
    timeoutMs: options.timeoutMs ?? 120_000,
    action: 'promote-env',
    inputs,
    token: options.token ?? 'ghs_workflow',
    repository: 'acme/gitops',
    apiUrl: gh.url,
    env: { GITHUB_SERVER_URL: remote.serverUrl }
  })
}

/** `text` with each [line number, new line] applied: what a byte-exact edit must produce. */
export function withLines(text: string, lines: Array<[number, string]>): string {
  const all = text.split('\n')
  for (const [n, line] of lines) all[n - 1] = line
  return all.join('\n')
}
