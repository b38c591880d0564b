import { readFileSync, readdirSync } from 'node:fs'
import { resolve } from 'node:path'

export const fixtureDir = resolve(import.meta.dirname, '../../fixtures/plans')

export function fixture(name: string): string {
  return readFileSync(resolve(fixtureDir, name), 'utf8')
}

export function fixtureJson(name: string): unknown {
  return JSON.parse(fixture(name)) as unknown
}

export function fixtureNames(ext: string): string[] {
  return readdirSync(fixtureDir)
    .filter((f) => f.endsWith(ext))
    .sort()
}

/**
 * A minimal demux for the Terragrunt pretty-log fixtures (the real one lives in core/terragrunt): keeps one unit's
 * `STDOUT [unit] tofu: ` lines without their prefix. Terragrunt drops empty lines, so the result has none.
 */
export function demuxPretty(text: string, unit: string): string {
  const marker = ` STDOUT [${unit}] `
  const out: string[] = []
  for (const line of text.split('\n')) {
    const at = line.indexOf(marker)
    if (at === -1) continue
    const rest = line.slice(at + marker.length)
    const colon = rest.indexOf(':')
    out.push(rest.slice(colon + 1).replace(/^ /, ''))
  }
  return out.join('\n')
}

/** The Terragrunt fixtures that hold one unit's plan once demuxed: file -> unit. */
export const demuxedUnits: Record<string, string[]> = {
  'terragrunt-v1-pretty-run-all-apply-unit1-replace.txt': ['unit1'],
  'terragrunt-v1-pretty-run-all-apply-unit2-replace.txt': ['unit2'],
  'terragrunt-v1-pretty-run-all-plan-two-units.txt': ['unit-1', 'unit-2']
}

/** Plan text of a fixture: demuxed for the Terragrunt pretty-log ones (first unit), as is otherwise. */
export function planText(name: string): string {
  const units = demuxedUnits[name]
  return units ? demuxPretty(fixture(name), units[0]) : fixture(name)
}

/** Reads the `Plan:` line of a text with a regex of its own (independent of the parser under test). */
export function planLineOf(text: string): { import: number; add: number; change: number; destroy: number } | undefined {
  const m = /Plan: (?:(\d+) to import, )?(\d+) to add, (\d+) to change, (\d+) to destroy/.exec(text)
  if (!m) return undefined
  return { import: Number(m[1] ?? 0), add: Number(m[2]), change: Number(m[3]), destroy: Number(m[4]) }
}
