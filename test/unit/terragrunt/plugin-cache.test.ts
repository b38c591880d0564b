import { describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  decidePluginCache,
  hashLockFiles,
  parseTfVersion,
  restorePluginCache,
  savePluginCache
} from '../../../src/core/terragrunt/plugin-cache.js'
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

  const tofu = { name: 'tofu', version: '1.10.6' } as const
  const ours = (dir: string) => ({ mode: 'ours' as const, dir, tool: tofu })

  it('restores by prefix on a miss and saves under the exact key when providers were added, never unchanged', async () => {
    const root = await liveRepo('lock v1')
    const dir = join(root, 'cache')
    const { store, calls } = memoryStore({ 'gitops-actions-tf-plugins-linux-x64-tofu-1.10.6-old': true })
    const first = await restorePluginCache(store, ours(dir), root, 'linux-x64', () => undefined)
    expect(first?.restoredKey).toBe('gitops-actions-tf-plugins-linux-x64-tofu-1.10.6-old')
    // nothing downloaded: nothing to save
    await savePluginCache(store, first!, () => undefined)
    expect(calls.filter((c) => c.startsWith('save'))).toEqual([])
    // a provider was added by the run
    await mkdir(join(dir, 'registry.opentofu.org/hashicorp/google/6.1.0/linux_amd64'), { recursive: true })
    await writeFile(join(dir, 'registry.opentofu.org/hashicorp/google/6.1.0/linux_amd64/provider'), 'x')
    await savePluginCache(store, first!, () => undefined)
    expect(calls.filter((c) => c.startsWith('save'))).toEqual([`save ${first!.key}`])
    const second = await restorePluginCache(store, ours(dir), root, 'linux-x64', () => undefined)
    expect(second?.restoredKey).toBe(second?.key)
    await writeFile(join(dir, 'another'), 'y')
    await savePluginCache(store, second!, () => undefined)
    expect(calls.filter((c) => c.startsWith('save'))).toHaveLength(1)
  })

  it('keys by the tool and its version', async () => {
    const root = await liveRepo('lock v1')
    const { store } = memoryStore()
    const a = await restorePluginCache(store, ours(join(root, 'c')), root, 'linux-x64', () => undefined)
    const b = await restorePluginCache(
      store,
      { mode: 'ours', dir: join(root, 'c'), tool: { name: 'terraform', version: '1.11.4' } },
      root,
      'linux-x64',
      () => undefined
    )
    expect(a!.key).toMatch(/^gitops-actions-tf-plugins-linux-x64-tofu-1\.10\.6-[0-9a-f]{32}$/)
    expect(b!.key).toMatch(/^gitops-actions-tf-plugins-linux-x64-terraform-1\.11\.4-[0-9a-f]{32}$/)
  })

  it('says so and does nothing when the cache service is not available', async () => {
    const logs: string[] = []
    const { store, calls } = memoryStore({}, false)
    expect(await restorePluginCache(store, ours('/tmp/x'), '/tmp', 'linux-x64', (m) => logs.push(m))).toBeUndefined()
    expect(calls).toEqual([])
    expect(logs[0]).toContain('not available')
  })
})

describe('decidePluginCache', () => {
  const base = { ourDir: '/home/r/.terraform.d/plugin-cache', userCacheDir: '/home/r/.cache', parallelism: 4 }
  const tofu = (version: string) => ({ name: 'tofu' as const, version })
  const terraform = (version: string) => ({ name: 'terraform' as const, version })
  it.each([
    [
      'OpenTofu 1.10 with Terragrunt 0.89+: Terragrunt manages its own',
      tofu('1.10.6'),
      '0.93.4',
      4,
      undefined,
      'terragrunt:/home/r/.cache/terragrunt/providers'
    ],
    [
      'OpenTofu 1.10 with an older Terragrunt: ours',
      tofu('1.10.0'),
      '0.88.1',
      4,
      undefined,
      'ours:/home/r/.terraform.d/plugin-cache'
    ],
    ['OpenTofu 1.9 with parallel inits: off', tofu('1.9.1'), '1.1.3', 4, undefined, 'off'],
    [
      'OpenTofu 1.9 one unit at a time: ours',
      tofu('1.9.1'),
      '1.1.3',
      1,
      undefined,
      'ours:/home/r/.terraform.d/plugin-cache'
    ],
    ['Terraform with parallel inits: off, whatever the version', terraform('1.11.4'), '1.1.3', 2, undefined, 'off'],
    [
      'Terraform one unit at a time: ours',
      terraform('1.11.4'),
      '1.1.3',
      1,
      undefined,
      'ours:/home/r/.terraform.d/plugin-cache'
    ],
    [
      'a TF_PLUGIN_CACHE_DIR of the workflow is kept (Terragrunt skips its own then)',
      tofu('1.10.6'),
      '1.1.3',
      4,
      '/mine',
      'ours:/mine'
    ],
    [
      "the workflow's dir is not made safe by being set: off with Terraform in parallel",
      terraform('1.11.4'),
      '1.1.3',
      4,
      '/mine',
      'off'
    ],
    ['unknown tool: off', undefined, '1.1.3', 1, undefined, 'off']
  ])('%s', (_name, tool, terragruntVersion, parallelism, presetDir, expected) => {
    const plan = decidePluginCache({ ...base, tool, terragruntVersion, parallelism, presetDir })
    expect(plan.mode === 'off' ? 'off' : `${plan.mode}:${plan.dir}`).toBe(expected)
  })

  it('says why it is off', () => {
    const plan = decidePluginCache({
      ...base,
      tool: { name: 'terraform', version: '1.11.4' },
      terragruntVersion: '1.1.3'
    })
    expect(plan).toEqual({
      mode: 'off',
      reason:
        'Terraform 1.11.4 does not lock a shared plugin cache, and 4 units initialise at once (set parallelism to 1, or use OpenTofu 1.10 or later)'
    })
  })
})

describe('parseTfVersion', () => {
  it.each([
    ['OpenTofu v1.10.6\non linux_amd64\n', { name: 'tofu', version: '1.10.6' }],
    ['Terraform v1.11.4\non linux_amd64\n', { name: 'terraform', version: '1.11.4' }],
    ['usage', undefined]
  ])('%j', (text, tool) => expect(parseTfVersion(text)).toEqual(tool))
})
