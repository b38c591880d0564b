import { mkdir, readdir, stat } from 'node:fs/promises'
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import semver from 'semver'

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

/** The OpenTofu/Terraform that Terragrunt will run, as `<binary> version` reports it. */
export interface TfTool {
  name: 'tofu' | 'terraform'
  version: string
}

/** `OpenTofu v1.10.6` / `Terraform v1.11.4` (first line of `version`) → the tool, or undefined. */
export function parseTfVersion(text: string): TfTool | undefined {
  const m = /^(OpenTofu|Terraform) v(\d+\.\d+\.\d+\S*)/m.exec(text)
  if (!m) return undefined
  return { name: m[1] === 'OpenTofu' ? 'tofu' : 'terraform', version: m[2] }
}

/** From this OpenTofu on, concurrent `init`s may share a plugin cache (it locks the cache directory). */
const SAFE_TOFU = '1.10.0'
/** Terragrunt sets TF_PLUGIN_CACHE_DIR itself for OpenTofu ≥ 1.10 from here (commands.go at v0.89.0, v1.1.3). */
const TERRAGRUNT_MANAGES_CACHE = '0.89.0'

export type PluginCachePlan =
  /** We set TF_PLUGIN_CACHE_DIR to `dir` and keep it in the Actions cache. */
  | { mode: 'ours'; dir: string; tool: TfTool }
  /** Terragrunt points OpenTofu at its own cache, `dir`; we only keep that directory in the Actions cache. */
  | { mode: 'terragrunt'; dir: string; tool: TfTool }
  | { mode: 'off'; reason: string }

export interface PluginCacheFacts {
  tool: TfTool | undefined
  terragruntVersion: string
  parallelism: number
  /** TF_PLUGIN_CACHE_DIR of the environment, when the workflow set one. */
  presetDir?: string
  /** Where we would put ours (e.g. ~/.terraform.d/plugin-cache). */
  ourDir: string
  /** The user cache dir (os.UserCacheDir: $XDG_CACHE_HOME, else ~/.cache on Linux). */
  userCacheDir: string
}

/**
 * Whether a plugin cache is safe here, and whose. Concurrent `init`s that share TF_PLUGIN_CACHE_DIR corrupt it in
 * Terraform (hashicorp/terraform#31964: one init unpacks a provider while another reads it) and in OpenTofu before
 * 1.10, so with those a shared cache is used only when units are planned one at a time. Terragrunt ≥ 0.89 with
 * OpenTofu ≥ 1.10 sets TF_PLUGIN_CACHE_DIR to `<user cache>/terragrunt/providers` itself unless it is set already
 * (setupAutoProviderCacheDir, internal/cli/commands/commands.go:384 at v1.1.3): then we leave the variable alone
 * and only carry that directory between runs.
 */
export function decidePluginCache(f: PluginCacheFacts): PluginCachePlan {
  if (!f.tool) return { mode: 'off', reason: 'the OpenTofu/Terraform version could not be read' }
  const safeTool = f.tool.name === 'tofu' && semver.gte(semver.coerce(f.tool.version) ?? '0.0.0', SAFE_TOFU)
  const label = `${f.tool.name === 'tofu' ? 'OpenTofu' : 'Terraform'} ${f.tool.version}`
  if (!safeTool && f.parallelism > 1) {
    return {
      mode: 'off',
      reason: `${label} does not lock a shared plugin cache, and ${f.parallelism} units initialise at once (set parallelism to 1, or use OpenTofu 1.10 or later)`
    }
  }
  if (f.presetDir) return { mode: 'ours', dir: f.presetDir, tool: f.tool }
  const tg = semver.coerce(f.terragruntVersion)
  if (safeTool && tg && semver.gte(tg, TERRAGRUNT_MANAGES_CACHE)) {
    return { mode: 'terragrunt', dir: join(f.userCacheDir, 'terragrunt', 'providers'), tool: f.tool }
  }
  return { mode: 'ours', dir: f.ourDir, tool: f.tool }
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

/** What the cache directory holds: every file's path and size (provider packages never change in place). */
export async function snapshotDir(dir: string): Promise<string> {
  const hash = createHash('sha256')
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
  const files: string[] = []
  for (const e of entries) {
    if (!e.isFile() && !e.isSymbolicLink()) continue
    const path = join(e.parentPath, e.name)
    const size = await stat(path).then(
      (s) => s.size,
      () => -1
    )
    files.push(`${relative(dir, path)}\u0000${size}`)
  }
  for (const f of files.sort()) hash.update(`${f}\n`)
  return hash.digest('hex')
}

export interface PluginCache {
  dir: string
  key: string
  /** The key that was restored, if any. */
  restoredKey?: string
  /** snapshotDir after the restore: saving is skipped when nothing changed. */
  snapshot: string
}

/**
 * Restores the provider plugin cache keyed by the tool, its version and the lock files, so each unit's `init`
 * links providers instead of downloading them. Returns undefined (and says why) when the cache service is not there.
 */
export async function restorePluginCache(
  store: CacheStore,
  plan: Exclude<PluginCachePlan, { mode: 'off' }>,
  root: string,
  platform: string,
  log: (message: string) => void
): Promise<PluginCache | undefined> {
  if (!(await store.isAvailable())) {
    log('Plugin cache: the Actions cache service is not available here; providers will be downloaded.')
    return undefined
  }
  await mkdir(plan.dir, { recursive: true })
  const prefix = `gitops-actions-tf-plugins-${platform}-${plan.tool.name}-${plan.tool.version}-`
  const key = `${prefix}${await hashLockFiles(root)}`
  let restoredKey: string | undefined
  try {
    restoredKey = await store.restore([plan.dir], key, [prefix])
    log(restoredKey ? `Plugin cache: restored ${restoredKey}` : `Plugin cache: no entry yet for ${key}`)
  } catch (e) {
    log(`Plugin cache: restore failed (${(e as Error).message}); continuing without it.`)
  }
  return { dir: plan.dir, key, restoredKey, snapshot: await snapshotDir(plan.dir) }
}

/** Saves the cache under its key when the run added to it (an exact hit that gained nothing is not saved again). */
export async function savePluginCache(
  store: CacheStore,
  cacheState: PluginCache,
  log: (message: string) => void
): Promise<void> {
  if ((await snapshotDir(cacheState.dir)) === cacheState.snapshot) {
    log('Plugin cache: unchanged, not saved.')
    return
  }
  if (cacheState.restoredKey === cacheState.key) {
    // a cache entry is immutable: new providers under an exact hit wait for the next lock file change
    log(`Plugin cache: ${cacheState.key} exists; new providers are saved with the next lock file change.`)
    return
  }
  try {
    await store.save([cacheState.dir], cacheState.key)
    log(`Plugin cache: saved ${cacheState.key}`)
  } catch (e) {
    log(`Plugin cache: not saved (${(e as Error).message}).`)
  }
}
