/** Shards: a stable split of the sorted unit list into N contiguous, balanced slices (neighbours stay together). */
import { InputError } from '../core/action/errors.js'

/** GitHub runs at most 256 jobs per matrix. */
export const MAX_SHARDS = 256

export interface Shard {
  /** 1-based. */
  index: number
  count: number
}

export function parseShard(text: string, input = 'shard'): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text)
  const index = Number(m?.[1])
  const count = Number(m?.[2])
  if (!m || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    throw new InputError(input, text, `i/N with 1 ≤ i ≤ N ≤ ${MAX_SHARDS} (e.g. 2/8, as in the matrix output)`)
  }
  return { index, count }
}

export const formatShard = (s: Shard): string => `${s.index}/${s.count}`

/** The units of shard `shard` out of `units` (sorted first, so every job computes the same split). */
export function unitsOfShard(units: readonly string[], shard: Shard): string[] {
  const sorted = [...units].sort()
  const start = Math.floor(((shard.index - 1) * sorted.length) / shard.count)
  const end = Math.floor((shard.index * sorted.length) / shard.count)
  return sorted.slice(start, end)
}

/** How many shards `unitCount` units need at `maxPerShard` each, at least 1 and at most MAX_SHARDS. */
export function shardCount(unitCount: number, maxPerShard: number): number {
  return Math.min(MAX_SHARDS, Math.max(1, Math.ceil(unitCount / maxPerShard)))
}

/** The `matrix` output: `{"shard": ["1/N", …, "N/N"]}`. */
export function shardMatrix(count: number): { shard: string[] } {
  return { shard: Array.from({ length: count }, (_, i) => formatShard({ index: i + 1, count })) }
}
