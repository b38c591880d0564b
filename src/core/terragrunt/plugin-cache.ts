import { mkdir } from 'node:fs/promises'
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'

/** The Actions cache behind a small interface so tests and local runs can do without the cache service. */
export interface CacheStore {
  isAvailable(): Promise<boolean>
  restore(paths: string[], key: string, restoreKeys: string[]): Promise<string | undefined>
  save(paths: string[], key: string): Promise<void>
}

/**
 * @actions/cache (with its Azure and protobuf clients) is half of the bundle; it is loaded when the plugin cache is
 * first used, after discovery and the pull request's file list, so a run reaches its first API call sooner.
 */
const loadCache = () => import('@actions/cache')

export const actionsCache: CacheStore = {
  isAvailable: async () => (await loadCache()).isFeatureAvailable(),
  restore: async (paths, key, restoreKeys) => (await loadCache()).restoreCache(paths, key, restoreKeys),
  save: async (paths, key) => {
    await (await loadCache()).saveCache(paths, key)
  }
}

/** sha256 over every `.terraform.lock.hcl` below `root` (outside `.terragrunt-cache`), in path order. */
export async function hashLockFiles(root: string): Promise<string> {
  const glob = await import('@actions/glob')
  const globber = await glob.create([`${root}/**/.terraform.lock.hcl`, `!${root}/**/.terragrunt-cache/**`].join('\n'), {
    followSymbolicLinks: false
  })
  const files = (await globber.glob()).sort()
  const hash = createHash('sha256')
  for (const file of files) {
    hash.update(file.slice(root.length))
    hash.update(await readFile(file))
  }
  return hash.digest('hex').slice(0, 32)
}

export interface PluginCache {
  dir: string
  key: string
  /** The key that was restored, if any; saving is skipped on an exact hit. */
  restoredKey?: string
}

/**
 * Restores the provider plugin cache keyed by the lock files, so each unit's `init` links providers instead of
 * downloading them. Returns undefined (and says why) when the cache service is not there.
 */
export async function restorePluginCache(
  store: CacheStore,
  dir: string,
  root: string,
  platform: string,
  log: (message: string) => void
): Promise<PluginCache | undefined> {
  if (!(await store.isAvailable())) {
    log('Plugin cache: the Actions cache service is not available here; providers will be downloaded.')
    return undefined
  }
  await mkdir(dir, { recursive: true })
  const prefix = `gitops-actions-tf-plugins-${platform}-`
  const key = `${prefix}${await hashLockFiles(root)}`
  try {
    const restoredKey = await store.restore([dir], key, [prefix])
    log(restoredKey ? `Plugin cache: restored ${restoredKey}` : `Plugin cache: no entry yet for ${key}`)
    return { dir, key, restoredKey }
  } catch (e) {
    log(`Plugin cache: restore failed (${(e as Error).message}); continuing without it.`)
    return { dir, key }
  }
}

export async function savePluginCache(
  store: CacheStore,
  cacheState: PluginCache,
  log: (message: string) => void
): Promise<void> {
  if (cacheState.restoredKey === cacheState.key) return
  try {
    await store.save([cacheState.dir], cacheState.key)
    log(`Plugin cache: saved ${cacheState.key}`)
  } catch (e) {
    log(`Plugin cache: not saved (${(e as Error).message}).`)
  }
}
