import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, jest } from '@jest/globals'
import type { GitHubEmulator } from '../../emulators/github/index.js'
import { createGitopsRemote } from '../../harness/gitops-remote.js'
import type { GitopsRemote } from '../../harness/gitops-remote.js'
import { runAction } from '../../harness/run-action.js'
import type { RunResult } from '../../harness/run-action.js'

export { git } from '../../harness/gitops-remote.js'

// A test here runs the bundle several times (up to four), each run bounded by its own timeout (`timeoutMs` below);
// on a loaded 2-core machine one run takes 10-20 s, so the file's 60 s default per test is no bound worth having.
jest.setTimeout(600_000)

const roots: string[] = []
afterAll(async () => {
  for (const root of roots) await rm(root, { recursive: true, force: true })
})

/** A fresh bare GitOps repository acme/gitops seeded with `files`, linked into the emulator; removed after the file. */
export async function gitopsRemote(gh: GitHubEmulator, files: Record<string, string>): Promise<GitopsRemote> {
  const root = await mkdtemp(join(tmpdir(), 'promote-env-'))
  roots.push(root)
  return createGitopsRemote(gh, root, files)
}

/** Runs the bundled promote-env against the emulator and the remote. */
export function promote(
  gh: GitHubEmulator,
  remote: GitopsRemote,
  inputs: Record<string, string>,
  options: { token?: string; timeoutMs?: number } = {}
): Promise<RunResult> {
  return runAction({
    action: 'promote-env',
    inputs,
    token: options.token ?? 'ghs_workflow',
    repository: 'acme/gitops',
    apiUrl: gh.url,
    timeoutMs: options.timeoutMs ?? 120_000,
    env: { GITHUB_SERVER_URL: remote.serverUrl }
  })
}

/** `text` with each [line number, new line] applied: what a byte-exact edit must produce. */
export function withLines(text: string, lines: Array<[number, string]>): string {
  const all = text.split('\n')
  for (const [n, line] of lines) all[n - 1] = line
  return all.join('\n')
}
