import { afterAll, afterEach } from '@jest/globals'
import { startArgoCdEmulator } from './index.js'
import type { ArgoCdEmulator } from './index.js'

/**
 * Starts an Argo CD emulator for one test file (top-level await) and registers the hooks every such file needs: after
 * each test, fail it if it called a path Argo CD does not serve, then reset the state; close the server at the end.
 */
export async function argoCdForTests(options: Parameters<typeof startArgoCdEmulator>[0] = {}): Promise<ArgoCdEmulator> {
  const argo = await startArgoCdEmulator(options)
  afterEach(() => {
    argo.assertNoUnknownRoutes()
    argo.reset()
  })
  afterAll(() => argo.close())
  return argo
}
