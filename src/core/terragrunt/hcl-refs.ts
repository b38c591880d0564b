/**
 * What a Terragrunt unit's config depends on, found by reading its `terragrunt.hcl` (and the files it includes or
 * reads) without running Terragrunt: included and read config files, files read by `file()`-like functions, local
 * module sources (and the local modules those call), and the units named by `dependency` / `dependencies` blocks.
 *
 * Paths are evaluated the way Terragrunt evaluates them, for the functions that matter to paths:
 * - in the unit's own file, `get_terragrunt_dir()` and `find_in_parent_folders()` start from the unit;
 * - in an included file (`include { path = … }`) they still start from the INCLUDING unit (Terragrunt parses the
 *   include in the child's context), while `get_parent_terragrunt_dir()` is the included file's directory;
 * - in a file read by `read_terragrunt_config()` they start from the read file (Terragrunt switches context);
 * - relative `include`, `read_terragrunt_config`, `dependency`, `sops_decrypt_file` and `terraform.source` paths are
 *   relative to the current config directory (the unit for included files); `file()` / `templatefile()` paths are
 *   relative to the directory of the file that calls them.
 * `find_in_parent_folders` never searches above the repository root. Expressions it cannot evaluate (a `local` built
 * from a `dependency` output, `get_env`, a conditional…) are skipped and listed in `unresolved`.
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { lineAt, literalString, parseHcl, walkExpr } from './hcl.js'
import type { BodyItem, Expr, HclFile } from './hcl.js'

/** How a unit uses a file: merges it (`include`), reads it (`read_terragrunt_config`) or reads its text (`file`…). */
export type FileRefKind = 'include' | 'read' | 'file'

export interface FileRef {
  /** Relative to the root with `/` separators; `../` when outside it. */
  path: string
  kind: FileRefKind
  /** The files through which the unit reaches this one, outermost first (empty when its own config names it). */
  via: string[]
}

export interface ModuleRef {
  /** A local module directory, relative to the root. */
  path: string
  /** The config file or module directories through which the unit reaches it (empty for its own `source`). */
  via: string[]
}

export interface UnitRefs {
  /** The unit directory, relative to the root (`.` for the root itself). */
  unit: string
  /** The unit's config file, relative to the root. */
  config: string
  /** Whether the unit's config (or a file it includes) has a `terraform` block. */
  hasTerraformBlock: boolean
  files: FileRef[]
  modules: ModuleRef[]
  /** Unit directories from `dependency` and `dependencies` blocks, relative to the root, sorted. */
  dependencies: string[]
  /**
   * Path expressions that could not be evaluated, as `file:line: cannot resolve what (expression)`, and syntax errors
   * (`file:line: message`) in the files read: what was skipped, for a warning.
   */
  unresolved: string[]
}

export interface ReadRefsOptions {
  /** What `get_repo_root()` returns and where `find_in_parent_folders` stops; default: the nearest `.git` above root. */
  repoRoot?: string
  /** Whether to list local module sources and follow their local `module` calls; default true. */
  modules?: boolean
  /** Share parsed files between calls (one per run). */
  cache?: HclCache
}

/** Parsed files, file-existence checks and module scans, shared between calls on the same tree. */
export interface HclCache {
  files: Map<string, Promise<HclFile | undefined>>
  kinds: Map<string, Promise<'file' | 'dir' | undefined>>
  moduleCalls: Map<string, Promise<string[]>>
  repoRoots: Map<string, Promise<string>>
}

export function createHclCache(): HclCache {
  return { files: new Map(), kinds: new Map(), moduleCalls: new Map(), repoRoots: new Map() }
}

/** Reads the refs of the unit in `unitDir` (absolute, or relative to `root`). */
export async function readUnitRefs(unitDir: string, root: string, opts: ReadRefsOptions = {}): Promise<UnitRefs> {
  const absRoot = path.resolve(root)
  const absUnit = path.resolve(absRoot, unitDir)
  const cache = opts.cache ?? createHclCache()
  const repoRoot = opts.repoRoot !== undefined ? path.resolve(opts.repoRoot) : await findRepoRoot(absRoot, cache)
  const state: State = {
    root: absRoot,
    repoRoot,
    cache,
    files: new Map(),
    modules: new Map(),
    dependencies: new Set(),
    unresolved: [],
    visited: new Set(),
    hasTerraformBlock: false
  }
  const config = path.join(absUnit, 'terragrunt.hcl')
  const scope: Scope = {
    kind: 'unit',
    file: config,
    configDir: absUnit,
    originalDir: absUnit,
    includes: new Map(),
    locals: new Map(),
    localValues: new Map()
  }
  await analyze(state, scope, [])
  if (opts.modules !== false) await followModules(state)
  const unit = rel(absRoot, absUnit)
  return {
    unit,
    config: rel(absRoot, config),
    hasTerraformBlock: state.hasTerraformBlock,
    files: [...state.files.values()].filter((f) => f.path !== rel(absRoot, config)),
    modules: [...state.modules.values()].map(({ path: p, via }) => ({ path: p, via })),
    dependencies: [...state.dependencies].filter((d) => d !== unit).sort(),
    unresolved: state.unresolved
  }
}

/** The nearest directory at or above `dir` that holds `.git` (a directory or a worktree file), else `dir`. */
export async function findRepoRoot(dir: string, cache: HclCache = createHclCache()): Promise<string> {
  const start = path.resolve(dir)
  let pending = cache.repoRoots.get(start)
  if (!pending) {
    pending = (async () => {
      for (let current = start; ;) {
        if ((await kindOf(cache, path.join(current, '.git'))) !== undefined) return current
        const parent = path.dirname(current)
        if (parent === current) return start
        current = parent
      }
    })()
    cache.repoRoots.set(start, pending)
  }
  return pending
}

/** `path` relative to `root` with `/` separators (`.` for root itself). */
export function rel(root: string, p: string): string {
  const r = path.relative(root, p).split(path.sep).join('/')
  return r === '' ? '.' : r
}

// ---------------------------------------------------------------------------------------------------------------

interface State {
  root: string
  repoRoot: string
  cache: HclCache
  files: Map<string, FileRef>
  modules: Map<string, ModuleRef & { abs: string }>
  dependencies: Set<string>
  unresolved: string[]
  visited: Set<string>
  hasTerraformBlock: boolean
}

interface Scope {
  kind: 'unit' | 'include' | 'read'
  /** The file being read. */
  file: string
  /** Terragrunt's config directory: get_terragrunt_dir(), find_in_parent_folders(), relative include/read paths. */
  configDir: string
  /** get_original_terragrunt_dir(). */
  originalDir: string
  /** In an included file: its own directory (get_parent_terragrunt_dir()). */
  includeDir?: string
  /** In a unit: include label -> included file, for get_parent_terragrunt_dir(label). */
  includes: Map<string, string>
  locals: Map<string, Expr>
  localValues: Map<string, Value | typeof EVALUATING>
}

const UNKNOWN = Symbol('unknown')
const EVALUATING = Symbol('evaluating')
type Value = string | number | boolean | null | Value[] | typeof UNKNOWN

/** Functions whose first argument names a file the config depends on. */
const READ_FUNCTIONS: Record<string, FileRefKind> = {
  read_terragrunt_config: 'read',
  file: 'file',
  templatefile: 'file',
  filebase64: 'file',
  sops_decrypt_file: 'file',
  read_tfvars_file: 'file',
  mark_as_read: 'file'
}

/** `file()`-family functions resolve relative paths from the calling file's directory, the rest from the config dir. */
const FILE_RELATIVE = new Set(['file', 'templatefile', 'filebase64'])

const MAX_DEPTH = 16

async function analyze(state: State, scope: Scope, via: string[]): Promise<void> {
  const key = `${scope.kind}\0${scope.file}\0${scope.configDir}`
  if (state.visited.has(key) || via.length > MAX_DEPTH) return
  state.visited.add(key)
  if (scope.file.endsWith('.json')) return
  const hcl = await parsed(state.cache, scope.file)
  if (!hcl) return
  const here = rel(state.root, scope.file)
  for (const error of hcl.errors) state.unresolved.push(`${here}:${error.replace(/^line /, '')}`)
  /** What refs found in this file are reached through (the unit's own file is not listed). */
  const chain = scope.kind === 'unit' ? via : [...via, here]
  const report = (expr: Expr, what: string) => {
    const text = hcl.source.slice(expr.start, expr.end).replace(/\s+/g, ' ').trim()
    const shown = text.length > 100 ? `${text.slice(0, 99)}…` : text
    state.unresolved.push(`${here}:${lineAt(hcl.source, expr.start)}: cannot resolve ${what} (${shown})`)
  }

  for (const item of hcl.body) {
    if (item.type === 'block' && item.name === 'locals') {
      for (const a of attributes(item.body)) scope.locals.set(a.name, a.expr)
    }
  }

  // Includes first: get_parent_terragrunt_dir() in the unit's own file depends on them.
  const includes: string[] = []
  for (const item of hcl.body) {
    if (item.type !== 'block' || item.name !== 'include') continue
    const attr = attributes(item.body).find((a) => a.name === 'path')
    if (!attr) continue
    const value = await evaluate(attr.expr, scope, state)
    if (typeof value !== 'string') {
      report(attr.expr, 'include path')
      continue
    }
    const file = path.resolve(scope.configDir, value)
    includes.push(file)
    if (scope.kind === 'unit') scope.includes.set(item.labels[0] ?? '', file)
  }

  for (const item of hcl.body) {
    if (item.type === 'block' && item.name === 'terraform' && scope.kind !== 'read') state.hasTerraformBlock = true
    await visitItem(item, [], scope, state, chain, report)
  }

  for (const file of includes) {
    addFile(state, file, 'include', chain)
    const includeScope: Scope = {
      kind: 'include',
      file,
      configDir: scope.configDir,
      originalDir: scope.originalDir,
      includeDir: path.dirname(file),
      includes: new Map(),
      locals: new Map(),
      localValues: new Map()
    }
    // A read file's include is part of what is read, not merged into the unit.
    await analyze(state, scope.kind === 'read' ? { ...includeScope, kind: 'read' } : includeScope, chain)
  }
}

async function visitItem(
  item: BodyItem,
  blocks: string[],
  scope: Scope,
  state: State,
  via: string[],
  report: (expr: Expr, what: string) => void
): Promise<void> {
  if (item.type === 'block') {
    for (const child of item.body) await visitItem(child, [...blocks, item.name], scope, state, via, report)
    return
  }
  const parent = blocks.length === 1 ? blocks[0] : undefined
  const merged = scope.kind !== 'read'
  if (parent === 'include' && item.name === 'path') {
    // Evaluated in analyze(); its calls (find_in_parent_folders) are not file reads.
  } else if (merged && parent === 'dependency' && item.name === 'config_path') {
    const value = await evaluate(item.expr, scope, state)
    if (typeof value === 'string') addDependency(state, scope, value)
    else report(item.expr, 'dependency config_path')
  } else if (merged && parent === 'dependencies' && item.name === 'paths') {
    const value = await evaluate(item.expr, scope, state)
    const list = item.expr.kind === 'tuple' ? item.expr.items : undefined
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        if (typeof v === 'string') addDependency(state, scope, v)
        else report(list?.[i] ?? item.expr, 'dependencies path')
      })
    } else report(item.expr, 'dependencies paths')
  } else if (merged && parent === 'terraform' && item.name === 'source') {
    const value = await evaluate(item.expr, scope, state)
    if (typeof value !== 'string') report(item.expr, 'terraform source')
    else {
      const local = localSource(value)
      if (local !== undefined) addModule(state, path.resolve(scope.configDir, local), via)
    }
  }
  await visitCalls(item.expr, scope, state, via, report)
}

/** Records every file-reading call under `expr` and follows read_terragrunt_config into the file it reads. */
async function visitCalls(
  expr: Expr,
  scope: Scope,
  state: State,
  via: string[],
  report: (expr: Expr, what: string) => void
): Promise<void> {
  const calls: Array<Expr & { kind: 'call' }> = []
  walkExpr(expr, (e) => {
    if (e.kind === 'call' && e.name in READ_FUNCTIONS && e.args.length > 0) calls.push(e)
  })
  for (const call of calls) {
    const arg = call.args[0]
    const value = await evaluate(arg, scope, state)
    if (typeof value !== 'string') {
      report(arg, `${call.name} path`)
      continue
    }
    const base = FILE_RELATIVE.has(call.name) ? path.dirname(scope.file) : scope.configDir
    let file = path.resolve(base, value)
    const kind = READ_FUNCTIONS[call.name]
    if (kind === 'read' && (await kindOf(state.cache, file)) === 'dir') file = path.join(file, 'terragrunt.hcl')
    addFile(state, file, kind, via)
    if (kind === 'read') {
      const dir = path.dirname(file)
      const readScope: Scope = {
        kind: 'read',
        file,
        configDir: dir,
        originalDir: scope.originalDir,
        includes: new Map(),
        locals: new Map(),
        localValues: new Map()
      }
      await analyze(state, readScope, via)
    }
  }
}

function addDependency(state: State, scope: Scope, value: string): void {
  const target = path.resolve(scope.configDir, value)
  state.dependencies.add(rel(state.root, /\.hcl(\.json)?$/.test(target) ? path.dirname(target) : target))
}

function addFile(state: State, abs: string, kind: FileRefKind, via: string[]): void {
  const p = rel(state.root, abs)
  const existing = state.files.get(p)
  if (!existing || existing.via.length > via.length) state.files.set(p, { path: p, kind, via })
}

function addModule(state: State, abs: string, via: string[]): void {
  const p = rel(state.root, abs)
  const existing = state.modules.get(p)
  if (!existing || existing.via.length > via.length) state.modules.set(p, { path: p, via, abs })
}

/** Follows `module` blocks with local sources in the `.tf` files of each local module, breadth first. */
async function followModules(state: State): Promise<void> {
  const queue = [...state.modules.values()]
  const seen = new Set(queue.map((m) => m.abs))
  while (queue.length > 0) {
    const mod = queue.shift()!
    for (const child of await moduleCalls(state.cache, mod.abs)) {
      if (seen.has(child)) continue
      seen.add(child)
      addModule(state, child, [...mod.via, mod.path])
      queue.push(state.modules.get(rel(state.root, child))!)
    }
  }
}

/** Local module directories called from the `.tf` files directly in `dir`. */
function moduleCalls(cache: HclCache, dir: string): Promise<string[]> {
  let pending = cache.moduleCalls.get(dir)
  if (!pending) {
    pending = (async () => {
      let names: string[]
      try {
        names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name)
      } catch {
        return []
      }
      const out: string[] = []
      for (const name of names.filter((n) => n.endsWith('.tf')).sort()) {
        const hcl = await parsed(cache, path.join(dir, name))
        for (const item of hcl?.body ?? []) {
          if (item.type !== 'block' || item.name !== 'module') continue
          const source = attributes(item.body).find((a) => a.name === 'source')
          const value = source && literalString(source.expr)
          if (value === undefined || !(value.startsWith('./') || value.startsWith('../'))) continue
          out.push(path.resolve(dir, value))
        }
      }
      return out
    })()
    cache.moduleCalls.set(dir, pending)
  }
  return pending
}

/**
 * The local path of a `terraform.source`, or undefined for remote sources (`git::`, `tfr://`, `https://`,
 * `github.com/…`, `git@…`, S3/GCS hosts). A `//` subdirectory separator is collapsed: the module that runs is the
 * subdirectory.
 */
export function localSource(source: string): string | undefined {
  let s = source.trim()
  if (s === '') return undefined
  if (s.startsWith('file://')) s = s.slice('file://'.length)
  else if (/^[A-Za-z][A-Za-z0-9+.-]*::/.test(s) || /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(s)) return undefined
  else if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(s) && !/^[A-Za-z]:[\\/]/.test(s))
    return undefined // tfr:, git@host:…
  else if (/^git@/.test(s)) return undefined
  else if (!s.startsWith('.') && !s.startsWith('/') && /^[^/]*\.[^/]*\//.test(s)) return undefined // host.tld/…
  s = s.replace(/\?.*$/, '')
  return s.replace(/(?<!^)\/\/+/g, '/')
}

function attributes(body: BodyItem[]): Array<BodyItem & { type: 'attribute' }> {
  return body.filter((item) => item.type === 'attribute')
}

// ---------------------------------------------------------------------------------------------------------------
// Evaluation of the path-building subset of HCL and Terragrunt functions.

async function evaluate(expr: Expr, scope: Scope, state: State): Promise<Value> {
  switch (expr.kind) {
    case 'literal':
      return expr.value
    case 'template': {
      if (expr.directive) return UNKNOWN
      let out = ''
      for (const part of expr.parts) {
        if (typeof part === 'string') {
          out += part
          continue
        }
        const v = await evaluate(part, scope, state)
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out += String(v)
        else return UNKNOWN
      }
      return out
    }
    case 'tuple': {
      const out: Value[] = []
      for (const item of expr.items) out.push(await evaluate(item, scope, state))
      return out
    }
    case 'variable':
      if (expr.name === 'local' && expr.path.length === 1 && typeof expr.path[0] === 'string') {
        return local(expr.path[0], scope, state)
      }
      return UNKNOWN
    case 'call': {
      const args: Value[] = []
      for (const a of expr.args) args.push(await evaluate(a, scope, state))
      return call(expr.name, args, scope, state)
    }
    default:
      return UNKNOWN
  }
}

async function local(name: string, scope: Scope, state: State): Promise<Value> {
  const known = scope.localValues.get(name)
  if (known === EVALUATING) return UNKNOWN
  if (known !== undefined) return known
  const expr = scope.locals.get(name)
  if (!expr) return UNKNOWN
  scope.localValues.set(name, EVALUATING)
  const value = await evaluate(expr, scope, state)
  scope.localValues.set(name, value)
  return value
}

async function call(name: string, args: Value[], scope: Scope, state: State): Promise<Value> {
  const str = (i: number): string | undefined => (typeof args[i] === 'string' ? args[i] : undefined)
  const a0 = str(0)
  switch (name) {
    case 'get_terragrunt_dir':
      return slash(scope.configDir)
    case 'get_original_terragrunt_dir':
      return slash(scope.originalDir)
    case 'get_repo_root':
      return slash(state.repoRoot)
    case 'get_path_from_repo_root':
      return rel(state.repoRoot, scope.configDir)
    case 'get_path_to_repo_root':
      return rel(scope.configDir, state.repoRoot)
    case 'get_parent_terragrunt_dir': {
      const dir = parentDir(scope, a0)
      return dir === undefined ? UNKNOWN : slash(dir)
    }
    case 'path_relative_to_include': {
      const dir = parentDir(scope, a0)
      return dir === undefined ? UNKNOWN : rel(dir, scope.configDir)
    }
    case 'path_relative_from_include': {
      const dir = parentDir(scope, a0)
      return dir === undefined ? UNKNOWN : rel(scope.configDir, dir)
    }
    case 'find_in_parent_folders':
      return findInParentFolders(args, scope, state)
    case 'dirname':
      return a0 === undefined ? UNKNOWN : path.posix.dirname(slash(a0))
    case 'basename':
      return a0 === undefined ? UNKNOWN : path.posix.basename(slash(a0))
    case 'abspath':
      return a0 === undefined ? UNKNOWN : slash(path.resolve(scope.configDir, a0))
    case 'trimspace':
      return a0 === undefined ? UNKNOWN : a0.trim()
    case 'trimsuffix': {
      const suffix = str(1)
      if (a0 === undefined || suffix === undefined) return UNKNOWN
      return suffix !== '' && a0.endsWith(suffix) ? a0.slice(0, a0.length - suffix.length) : a0
    }
    case 'trimprefix': {
      const prefix = str(1)
      if (a0 === undefined || prefix === undefined) return UNKNOWN
      return a0.startsWith(prefix) ? a0.slice(prefix.length) : a0
    }
    case 'join': {
      if (a0 === undefined) return UNKNOWN
      const items = args.slice(1).flatMap((v): Value[] => (Array.isArray(v) ? v : [UNKNOWN]))
      return items.every((v) => typeof v === 'string') ? items.join(a0) : UNKNOWN
    }
    case 'format':
      return a0 === undefined ? UNKNOWN : format(a0, args.slice(1))
    default:
      return UNKNOWN
  }
}

function parentDir(scope: Scope, label: string | undefined): string | undefined {
  if (scope.includeDir !== undefined) return scope.includeDir
  if (scope.kind === 'read' || scope.includes.size === 0) return scope.configDir
  if (label !== undefined) {
    const file = scope.includes.get(label)
    return file === undefined ? undefined : path.dirname(file)
  }
  if (scope.includes.size === 1) return path.dirname([...scope.includes.values()][0])
  return undefined
}

/**
 * Terragrunt's `find_in_parent_folders([name[, fallback]])`: the first `name` found in the parent directories of the
 * config directory (not the directory itself). Without a name it looks for `terragrunt.hcl`, then (for configs that
 * follow the newer convention) `root.hcl`. Stops at the repository root.
 */
async function findInParentFolders(args: Value[], scope: Scope, state: State): Promise<Value> {
  const name = args[0] === undefined ? '' : args[0]
  if (typeof name !== 'string') return UNKNOWN
  const bounded = isInside(state.repoRoot, scope.configDir)
  const names =
    name === '' || name === 'terragrunt.hcl' ? [['terragrunt.hcl', 'terragrunt.hcl.json'], ['root.hcl']] : [[name]]
  for (const candidates of names) {
    let dir = scope.configDir
    while (!(bounded && dir === state.repoRoot)) {
      const parent = path.dirname(dir)
      if (parent === dir) break
      dir = parent
      for (const c of candidates) {
        const p = path.join(dir, c)
        if ((await kindOf(state.cache, p)) === 'file') return slash(p)
      }
    }
    if (args.length >= 2) return args[1]!
  }
  return UNKNOWN
}

function format(spec: string, args: Value[]): Value {
  let i = 0
  let ok = true
  const out = spec.replace(/%(%|[sdv])/g, (_m, verb: string) => {
    if (verb === '%') return '%'
    const v = args[i++]
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v)
    ok = false
    return ''
  })
  return ok && !/%[^%]/.test(spec.replace(/%(%|[sdv])/g, '')) ? out : UNKNOWN
}

async function parsed(cache: HclCache, file: string): Promise<HclFile | undefined> {
  let pending = cache.files.get(file)
  if (!pending) {
    pending = readFile(file, 'utf8').then(
      (text) => parseHcl(text),
      () => undefined
    )
    cache.files.set(file, pending)
  }
  return pending
}

async function kindOf(cache: HclCache, p: string): Promise<'file' | 'dir' | undefined> {
  let pending = cache.kinds.get(p)
  if (!pending) {
    pending = stat(p).then(
      (s) => (s.isDirectory() ? 'dir' : s.isFile() ? 'file' : undefined),
      () => undefined
    )
    cache.kinds.set(p, pending)
  }
  return pending
}

function isInside(dir: string, p: string): boolean {
  const r = path.relative(dir, p)
  return r === '' || (!r.startsWith('..') && !path.isAbsolute(r))
}

function slash(p: string): string {
  return p.split(path.sep).join('/')
}
