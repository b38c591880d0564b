/**
 * Terragrunt stacks: a `terragrunt.stack.hcl` declares `unit` and `stack` blocks that Terragrunt generates into
 * `.terragrunt-stack/` before it can discover or run them. Until they are generated a stacks repository has no units
 * at all, so selection generates them first, as `run --all` itself does from v0.79.0 (cli/commands/run/cli.go
 * `wrapWithStackGenerate`; internal/runner/runall/runall.go from v0.98.0, unless `--no-stack-generate`).
 */
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import semver from 'semver'
import { UserError, oneLine } from '../errors/index.js'
import type { TerragruntCli } from './cli.js'
import { STACK_DIR, STACK_FILE, rel, stackComponents } from './hcl-refs.js'
import type { StackComponent } from './hcl-refs.js'

/**
 * The `stacks` experiment is complete (no `--experiment stacks` needed) from this version
 * (internal/experiment/experiment.go: `Stacks` gets `StatusCompleted` in v0.78.0).
 */
export const STACKS_GA = '0.78.0'

/** The stack files under `root` that the user wrote (generated ones, inside `.terragrunt-stack`, are not listed). */
export async function findStackFiles(root: string): Promise<string[]> {
  const out: string[] = []
  const walk = async (dir: string): Promise<void> => {
    let entries
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch {
      return
    }
    for (const e of entries) {
      if (e.isFile() && e.name === STACK_FILE) out.push(path.join(dir, e.name))
      else if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules')
        await walk(path.join(dir, e.name))
    }
  }
  await walk(path.resolve(root))
  return out.sort()
}

/** The `terragrunt stack generate` arguments for `root` at `version`. */
export function stackGenerateArgs(root: string, version: string): string[] {
  const args = ['stack', 'generate', '--working-dir', root, '--non-interactive', '--no-color']
  const v = semver.coerce(version)
  if (v && semver.lt(v, STACKS_GA)) args.push('--experiment', 'stacks')
  return args
}

/**
 * Generates every stack under `root` with Terragrunt's own `stack generate` (sources fetched, `values` written to
 * `terragrunt.values.hcl`). A failure is the user's to fix and fails the run: the units it would have generated
 * cannot be known, and planning the rest would hide them.
 */
export async function generateStacks(cli: TerragruntCli, root: string, version: string): Promise<void> {
  const res = await cli.runner.run(cli.binary, stackGenerateArgs(root, version), {
    cwd: root,
    timeoutMs: cli.deadline?.remaining(),
    env: { ...cli.env, TF_IN_AUTOMATION: '1', TF_INPUT: '0' }
  })
  if (res.exitCode === 0 && !res.timedOut) return
  const detail = `${res.stderr}\n${res.stdout}`
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(-3)
    .join(' ')
  throw new UserError(
    `terragrunt stack generate failed in '${root}' (${res.timedOut ? 'timed out' : `exit code ${res.exitCode}`}): ${oneLine(detail || 'no output', 300)}. Without it the units of its stacks are unknown, so nothing was planned.`
  )
}

/** Every stack file under `root`, the generated ones inside `.terragrunt-stack` included, relative to it. */
async function allStackFiles(root: string): Promise<string[]> {
  const out: string[] = []
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
    for (const e of entries) {
      if (e.isFile() && e.name === STACK_FILE) out.push(rel(root, path.join(dir, e.name)))
      else if (e.isDirectory() && (e.name === STACK_DIR || !e.name.startsWith('.')) && e.name !== 'node_modules')
        await walk(path.join(dir, e.name))
    }
  }
  await walk(root)
  return out.sort()
}

export interface RemovedComponent {
  kind: 'unit' | 'stack'
  name: string
  /** Where the base revision generated it, relative to the root: its units are gone. */
  dir: string
  /** The stack file (relative to the root) whose block was removed. */
  file: string
}

export interface RemovedComponents {
  removed: RemovedComponent[]
  /** Changed stack files whose removed blocks cannot be told, and why (one line each). */
  unknown: Array<{ file: string; reason: string }>
}

/**
 * The `unit` and `stack` blocks that the pull request removes from stack files it keeps: for each changed stack file
 * (relative to the root; `../` for a catalog outside it) that still exists, the blocks its base revision generates
 * and the checked-out revision no longer does, at every place it is generated: where it is (when under the root)
 * and, for a stack file that a `stack` block uses as its local `source`, each generated copy (`.terragrunt-stack/…`,
 * so stacks must be generated first). Blocks are compared by the directory they generate, so a changed `path` is a
 * removal too. `readBase` gives a file's text at the base (null: the file is new), or throws when it cannot.
 * Anything that cannot be told (the base not readable, a `path` not evaluable) is listed in `unknown`, never guessed.
 */
export async function removedStackComponents(
  root: string,
  changedStackFiles: string[],
  readBase: (file: string) => Promise<string | null>,
  opts: { repoRoot?: string } = {}
): Promise<RemovedComponents> {
  const absRoot = path.resolve(root)
  const out: RemovedComponents = { removed: [], unknown: [] }
  if (changedStackFiles.length === 0) return out
  // Where each local stack source is generated: the `stack` blocks of every stack file, generated ones included.
  const copies = new Map<string, string[]>()
  for (const file of await allStackFiles(absRoot)) {
    const head = await stackComponents(path.join(absRoot, file), absRoot, opts)
    for (const c of head?.components ?? []) {
      if (c.kind === 'stack' && c.source !== undefined && c.dir !== undefined)
        copies.set(c.source, [...(copies.get(c.source) ?? []), c.dir])
    }
  }
  for (const file of [...new Set(changedStackFiles)].sort()) {
    let base: string | null
    try {
      base = await readBase(file)
    } catch (e) {
      out.unknown.push({ file, reason: oneLine((e as Error).message, 200) })
      continue
    }
    if (base === null) continue
    const dir = path.posix.dirname(file)
    const places = [...(copies.get(dir) ?? [])]
    if (!dir.startsWith('../') && !dir.split('/').some((p) => p.startsWith('.') && p !== '.')) places.unshift(dir)
    for (const place of places) {
      const at = path.join(absRoot, place, STACK_FILE)
      const [was, is] = await Promise.all([
        stackComponents(at, absRoot, { ...opts, text: base }),
        stackComponents(at, absRoot, opts)
      ])
      if (!was || !is) continue // a copy not generated: nothing of it to compare
      const unknownPath = (list: StackComponent[]) => list.find((c) => c.dir === undefined)
      const bad = unknownPath(was.components) ?? unknownPath(is.components)
      if (was.errors.length > 0 || is.errors.length > 0) {
        const [which, error] = was.errors.length > 0 ? ['its base revision', was.errors[0]] : [place, is.errors[0]]
        out.unknown.push({ file, reason: `${which} does not parse (${oneLine(error, 120)})` })
        break
      }
      if (bad) {
        out.unknown.push({
          file,
          reason: `the path of ${bad.kind} "${bad.name}" cannot be evaluated (line ${bad.line})`
        })
        break
      }
      const now = new Set(is.components.map((c) => c.dir))
      for (const c of was.components) {
        if (!now.has(c.dir)) out.removed.push({ kind: c.kind, name: c.name, dir: c.dir!, file: rel(absRoot, at) })
      }
    }
  }
  out.removed.sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0))
  return out
}

export { STACK_DIR, STACK_FILE }
