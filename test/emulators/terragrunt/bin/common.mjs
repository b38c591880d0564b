// Shared code of the fake `terragrunt` and `tofu` executables: scenario, fixtures, calls log, small helpers.
// Plain JavaScript with node: built-ins only, so each fake process starts in a few tens of milliseconds.
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs'
import { delimiter, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const HERE = dirname(fileURLToPath(import.meta.url))
export const BIN_DIR = HERE
export const DEFAULT_FIXTURES = resolve(HERE, '../../../fixtures/plans')
export const STARTED_AT = Date.now()

/** The text real OpenTofu prints for a plan without changes; used when a unit has no fixture. */
export const NO_CHANGES_TEXT = `
No changes. Your infrastructure matches the configuration.

OpenTofu has compared your real infrastructure against your configuration and
found no differences, so no changes are needed.
`

/** A scenario file that cannot be read: the process exits 97 with this message. */
export class ScenarioError extends Error {}

const scenarioCache = new Map()
/**
 * The scenario from FAKE_TG_SCENARIO (a JSON file) of `env`, with defaults filled in. Cached per file: an in-process
 * tofu call shares the terragrunt process's cache, as its child would have read the same file.
 */
export function loadScenario(env = process.env) {
  const file = env.FAKE_TG_SCENARIO ?? ''
  const cached = scenarioCache.get(file)
  if (cached) return cached
  let raw = {}
  if (file) {
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'))
    } catch (err) {
      throw new ScenarioError(`fake terragrunt/tofu: cannot read scenario ${file}: ${err.message}`)
    }
  }
  const scenario = {
    terragruntVersion: raw.terragruntVersion ?? '0.93.4',
    tofuVersion: raw.tofuVersion ?? '1.10.6',
    findSupported: raw.findSupported ?? true,
    autoInit: raw.autoInit ?? true,
    units: raw.units ?? {},
    defaultUnit: raw.defaultUnit ?? {}
  }
  scenarioCache.set(file, scenario)
  return scenario
}

export function fixturesDir(env = process.env) {
  return env.FAKE_TG_FIXTURES ? resolve(env.FAKE_TG_FIXTURES) : DEFAULT_FIXTURES
}

/** `version` (`v1.2.3`, `0.93`) ≥ major.minor.patch. */
export function versionAtLeast(version, major, minor, patch = 0) {
  const [a = 0, b = 0, c = 0] = String(version)
    .replace(/^v/, '')
    .split(/[.-]/)
    .map((n) => parseInt(n, 10) || 0)
  return a !== major ? a > major : b !== minor ? b > minor : c >= patch
}

/** `a\\b/./c/` → `a/b/c`; '' → '.' */
export function toSlash(p) {
  const s = p.split(sep).join('/').replace(/\/+$/, '')
  const parts = []
  for (const part of s.split('/')) {
    if (part === '.' || (part === '' && parts.length > 0)) continue
    parts.push(part)
  }
  return parts.join('/') || '.'
}

/** Path of `target` relative to `base`, `/`-separated, '.' when equal. */
export function relSlash(base, target) {
  return toSlash(relative(base, target)) || '.'
}

/**
 * Finds the scenario entry for a unit directory: first by its path relative to the run root, then by the longest
 * scenario key that is a path suffix of the directory (so single-unit runs match `live/dev/vpc` or `vpc`). A unit with
 * an entry gets that entry alone; `defaultUnit` is only for units without one (it is never merged into an entry, so
 * its `planText` cannot hide a named unit's `fixture`).
 */
export function unitSpecFor(scenario, root, dir) {
  const rel = relSlash(root, dir)
  if (scenario.units[rel]) return { key: rel, spec: { ...scenario.units[rel] } }
  const abs = toSlash(resolve(dir))
  let best
  for (const key of Object.keys(scenario.units)) {
    const k = toSlash(key)
    if (k !== '.' && (abs === k || abs.endsWith('/' + k)) && (!best || k.length > best.length)) best = key
  }
  if (best) return { key: toSlash(best), spec: { ...scenario.units[best] } }
  return { key: rel, spec: { ...scenario.defaultUnit } }
}

/** Plan text and JSON plan (strings or undefined) of a unit entry; errors carry a message for stderr. */
export function loadUnitContent(spec, env = process.env) {
  let text = spec.planText
  let json = spec.planJson
  if (spec.fixture && (text === undefined || json === undefined)) {
    const base = join(fixturesDir(env), spec.fixture)
    if (text === undefined && existsSync(base + '.txt')) text = readFileSync(base + '.txt', 'utf8')
    if (json === undefined && existsSync(base + '.json')) json = readFileSync(base + '.json', 'utf8')
    if (text === undefined && json === undefined) {
      return { error: `fake tofu: fixture "${spec.fixture}" not found in ${fixturesDir(env)} (no .txt or .json)` }
    }
    if (text === undefined) {
      return { error: `fake tofu: fixture "${spec.fixture}" has only a JSON plan; give the unit a "planText"` }
    }
  }
  if (text === undefined) text = NO_CHANGES_TEXT
  if (json !== undefined && typeof json !== 'string') json = JSON.stringify(json)
  if (json === undefined && isNoChangesText(text)) json = synthesiseNoChangesJson(loadScenario(env).tofuVersion)
  return { text, json }
}

function isNoChangesText(text) {
  return /^No changes\. /m.test(text) && !/^(Plan:|Changes to Outputs:)/m.test(text) && !/Error: /.test(text)
}

/** The JSON plan of an empty plan is fully determined by its text, so it can be written faithfully. */
function synthesiseNoChangesJson(tofuVersion) {
  return JSON.stringify({
    format_version: '1.2',
    terraform_version: tofuVersion,
    planned_values: { root_module: {} },
    resource_changes: [],
    configuration: { root_module: {} },
    timestamp: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    applyable: false,
    complete: true,
    errored: false
  })
}

/** The unit's `-detailed-exitcode` result: the scenario's, else derived from the JSON plan, else from the text. */
export function detailedExitCode(spec, content) {
  if (spec.exitCode !== undefined) return spec.exitCode
  if (spec.fail) return 1
  if (content.json) {
    try {
      const plan = JSON.parse(content.json)
      if (plan.errored) return 1
      if (typeof plan.applyable === 'boolean') return plan.applyable ? 2 : 0
      const changed = (plan.resource_changes ?? []).some(
        (rc) =>
          (rc.previous_address && rc.previous_address !== rc.address) ||
          rc.change?.importing ||
          (rc.mode !== 'data' && !(rc.change?.actions ?? []).every((a) => a === 'no-op'))
      )
      const outputs = Object.values(plan.output_changes ?? {}).some(
        (oc) => !(oc.change?.actions ?? oc.actions ?? []).every((a) => a === 'no-op')
      )
      return changed || outputs ? 2 : 0
    } catch {
      // fall through to the text
    }
  }
  const text = content.text
  if (/│ Error: |^Error: /m.test(text)) return 1
  if (/^Plan: /m.test(text) || /^Changes to Outputs:/m.test(text)) return 2
  if (/This is a refresh-only plan/.test(text) && /changed outside of/.test(text)) return 2
  return 0
}

/**
 * Appends one record to FAKE_TG_CALLS (JSON lines). O_APPEND writes of one small line do not interleave. `start`
 * defaults to this process's start; an in-process tofu call passes its own.
 */
export function logCall(record, { env = process.env, start = STARTED_AT } = {}) {
  const file = env.FAKE_TG_CALLS
  if (!file) return
  try {
    appendFileSync(file, JSON.stringify({ ...record, start, end: Date.now(), pid: process.pid }) + '\n')
  } catch {
    // the calls log is best effort
  }
}

/** Resolves a program name on PATH (or returns an explicit path unchanged). */
export function which(name, envPath = process.env.PATH ?? '') {
  if (name.includes('/') || name.includes(sep)) return resolve(name)
  for (const dir of envPath.split(delimiter)) {
    if (!dir) continue
    const candidate = join(dir, name)
    if (existsSync(candidate)) return candidate
  }
  return undefined
}

export function sleep(ms) {
  return new Promise((r) => setTimeout(r, Math.max(0, ms)))
}

const pad = (n, w = 2) => String(n).padStart(w, '0')

/** `14:27:45.359` in local time, as Terragrunt's pretty format prints it. */
export function clockTime(d = new Date()) {
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`
}

/** Go's time.RFC3339 (`2026-08-21T14:27:45+02:00`), optionally with nanoseconds (RFC3339Nano-like, ms precision). */
export function rfc3339(d = new Date(), fraction = false) {
  const off = -d.getTimezoneOffset()
  const zone =
    off === 0 ? 'Z' : `${off > 0 ? '+' : '-'}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`
  const frac = fraction ? `.${pad(d.getMilliseconds(), 3)}` : ''
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T` +
    `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}${frac}${zone}`
  )
}

/** Glob (`*`, `**`, `?`) to an anchored RegExp over `/`-separated paths. */
export function globToRegExp(glob) {
  let re = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++
        if (glob[i + 1] === '/') {
          i++
          re += '(?:.*/)?'
        } else re += '.*'
      } else re += '[^/]*'
    } else if (c === '?') re += '[^/]'
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${re}$`)
}

export function isAbsolutePath(p) {
  return isAbsolute(p)
}

/**
 * OpenTofu's error diagnostic. With colours: the box `╷ │ Error: summary │ detail ╵` (format.Diagnostic); with
 * `-no-color` the plain form `\nError: summary\n\ndetail\n` without box characters (format.DiagnosticPlain, chosen
 * in internal/command/views/view.go when colours are off; the same code in Terraform 1.11, whose output with
 * -no-color this matches).
 */
export function errorBox(summary, detail = '', plain = false) {
  if (plain) return `\nError: ${summary}\n${detail ? `\n${detail}\n` : ''}`
  const lines = ['╷', `│ Error: ${summary}`, '│ ']
  if (detail) for (const l of detail.split('\n')) lines.push(l ? `│ ${l}` : '│ ')
  lines.push('╵', '')
  return lines.join('\n')
}

/** Directories no walk enters: caches, VCS and package dirs. */
const ALWAYS_SKIPPED = new Set(['.terragrunt-cache', '.terraform', '.git', 'node_modules', '.terragrunt-stack-cache'])

/**
 * The directory walk of discovery and of stack generation: calls `visit(dir, entries)` for `dir` and every directory
 * below it, parents first. Caches, `.git` and `node_modules` are never entered; other hidden directories only with
 * `hidden`, except `.terragrunt-stack`, where stacks generate their units (internal/discovery/discovery.go v0.89.0
 * `allowHidden`; v1.0 discovers hidden directories by default). Unreadable directories are skipped.
 */
export function walkConfigDirs(dir, visit, { hidden = false } = {}) {
  let entries
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    return
  }
  visit(dir, entries)
  for (const e of entries) {
    if (!e.isDirectory()) continue
    if (ALWAYS_SKIPPED.has(e.name) || (!hidden && e.name.startsWith('.') && e.name !== '.terragrunt-stack')) continue
    walkConfigDirs(join(dir, e.name), visit, { hidden })
  }
}
