import { afterAll, afterEach } from '@jest/globals'
import { startGitHubEmulator } from './index.js'
import type { GitHubEmulator } from './index.js'

/**
 * Starts an emulator for one test file (top-level await) and registers the hooks every such file needs: after each
 * test, fail it if it called a route GitHub does not have, then reset the state; close the server at the end.
 */
export async function emulatorForTests(options: Parameters<typeof startGitHubEmulator>[0]): Promise<GitHubEmulator> {
  const gh = await startGitHubEmulator(options)
  afterEach(() => {
    gh.assertNoUnknownRoutes()
    gh.reset()
  })
  afterAll(() => gh.close())
  return gh
}
