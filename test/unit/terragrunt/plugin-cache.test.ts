import { describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { hashLockFiles, restorePluginCache, savePluginCache } from '../../../src/core/terragrunt/plugin-cache.js'
import type { CacheStore } from '../../../src/core/terragrunt/plugin-cache.js'

async function liveRepo(lock: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'plugin-cache-'))
  await mkdir(join(root, 'dev/vpc/.terragrunt-cache/x'), { recursive: true })
  await writeFile(join(root, 'dev/vpc/.terraform.lock.hcl'), lock)
  await writeFile(join(root, 'dev/vpc/.terragrunt-cache/x/.terraform.lock.hcl'), `${Math.random()}`)
  return root
}

function memoryStore(entries: Record<string, true> = {}, available = true) {
  const calls: string[] = []
  const store: CacheStore = {
    isAvailable: () => Promise.resolve(available),
    restore: (_paths, key, restoreKeys) => {
      calls.push(`restore ${key}`)
      if (entries[key]) return Promise.resolve(key)
      return Promise.resolve(Object.keys(entries).find((k) => restoreKeys.some((p) => k.startsWith(p))))
    },
    save: (_paths, key) => {
      calls.push(`save ${key}`)
      entries[key] = true
      return Promise.resolve()
    }
  }
  return { store, calls }
}

describe('plugin cache', () => {
  it('keys by the lock files, ignoring copies inside .terragrunt-cache', async () => {
    const a = await hashLockFiles(await liveRepo('provider "google" { version = "6.1.0" }'))
    const b = await hashLockFiles(await liveRepo('provider "google" { version = "6.1.0" }'))
    const c = await hashLockFiles(await liveRepo('provider "google" { version = "6.2.0" }'))
    expect(a).toBe(b)
    expect(a).not.toBe(c)
  })

  it('restores by prefix on a miss and saves under the exact key, but not after an exact hit', async () => {
    const root = await liveRepo('lock v1')
    const dir = join(root, 'cache')
    const { store, calls } = memoryStore({ 'gitops-actions-tf-plugins-linux-x64-old': true })
    const first = await restorePluginCache(store, dir, root, 'linux-x64', () => undefined)
    expect(first?.restoredKey).toBe('gitops-actions-tf-plugins-linux-x64-old')
    await savePluginCache(store, first!, () => undefined)
    const second = await restorePluginCache(store, dir, root, 'linux-x64', () => undefined)
    expect(second?.restoredKey).toBe(second?.key)
    await savePluginCache(store, second!, () => undefined)
    expect(calls.filter((c) => c.startsWith('save'))).toEqual([`save ${first!.key}`])
  })

  it('says so and does nothing when the cache service is not available', async () => {
    const logs: string[] = []
    const { store, calls } = memoryStore({}, false)
    expect(await restorePluginCache(store, '/tmp/x', '/tmp', 'linux-x64', (m) => logs.push(m))).toBeUndefined()
    expect(calls).toEqual([])
    expect(logs[0]).toContain('not available')
  })
})
