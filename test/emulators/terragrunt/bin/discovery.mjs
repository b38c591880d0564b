// Unit discovery of the fake terragrunt: walks the real directory for terragrunt.hcl files and reads dependency
// blocks with a small HCL scanner (string literals only, like `find` without parsing functions).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { relSlash, walkConfigDirs } from './common.mjs'

/** Removes `#`, `//` and `/* *\/` comments outside strings. */
export function stripComments(src) {
  let out = ''
  let i = 0
  while (i < src.length) {
    const c = src[i]
    if (c === '"') {
      let j = i + 1
      while (j < src.length && src[j] !== '"' && src[j] !== '\n') j += src[j] === '\\' ? 2 : 1
      out += src.slice(i, j + 1)
      i = j + 1
    } else if (c === '#' || (c === '/' && src[i + 1] === '/')) {
      while (i < src.length && src[i] !== '\n') i++
    } else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2)
      i = end < 0 ? src.length : end + 2
    } else {
      out += c
      i++
    }
  }
  return out
}

/** Bodies of blocks whose header matches `header` (a RegExp ending just before `{`). */
function blockBodies(src, header) {
  const bodies = []
  const re = new RegExp(header.source + '\\s*\\{', 'g')
  while (re.exec(src)) {
    let depth = 1
    let i = re.lastIndex
    let inString = false
    for (; i < src.length && depth > 0; i++) {
      const c = src[i]
      if (inString) {
        if (c === '\\') i++
        else if (c === '"') inString = false
      } else if (c === '"') inString = true
      else if (c === '{') depth++
      else if (c === '}') depth--
    }
    bodies.push(src.slice(re.lastIndex, i - 1))
    re.lastIndex = i
  }
  return bodies
}

function literal(value, unitDir) {
  return value.replace(/\$\{\s*get_terragrunt_dir\(\s*\)\s*\}/g, unitDir)
}

/** Reads one terragrunt.hcl: dependencies (absolute dirs), includes, exclude block. */
export function readUnitConfig(unitDir) {
  const src = stripComments(readFileSync(join(unitDir, 'terragrunt.hcl'), 'utf8'))
  const deps = []
  for (const body of blockBodies(src, /(?:^|\n)\s*dependency\s+"[^"]*"/)) {
    const m = /(?:^|\n)\s*config_path\s*=\s*"([^"]*)"/.exec(body)
    if (m) deps.push(resolve(unitDir, literal(m[1], unitDir)))
  }
  for (const body of blockBodies(src, /(?:^|\n)\s*dependencies/)) {
    const m = /paths\s*=\s*\[([^\]]*)\]/.exec(body)
    if (m) for (const p of m[1].matchAll(/"([^"]*)"/g)) deps.push(resolve(unitDir, literal(p[1], unitDir)))
  }
  const includes = []
  for (const body of blockBodies(src, /(?:^|\n)\s*include(?:\s+"[^"]*")?/)) {
    const m = /path\s*=\s*(.+)/.exec(body)
    if (!m) continue
    const expr = m[1].trim()
    const fip = /^find_in_parent_folders\(\s*(?:"([^"]*)")?\s*\)/.exec(expr)
    if (fip) includes.push({ findInParent: fip[1] ?? 'terragrunt.hcl' })
    else {
      const lit = /^"([^"]*)"/.exec(expr)
      if (lit) includes.push({ path: resolve(unitDir, literal(lit[1], unitDir)) })
    }
  }
  let exclude
  const ex = blockBodies(src, /(?:^|\n)\s*exclude/)[0]
  if (ex) {
    const cond = /(?:^|\n)\s*if\s*=\s*(true|false)/.exec(ex)
    const actions = /actions\s*=\s*\[([^\]]*)\]/.exec(ex)
    exclude = {
      if: cond ? cond[1] === 'true' : false,
      actions: actions ? [...actions[1].matchAll(/"([^"]*)"/g)].map((a) => a[1]) : []
    }
  }
  return { deps: [...new Set(deps)], includes, exclude }
}

/** True when an exclude block removes the unit from runs of `command`. */
export function excludedFor(exclude, command) {
  if (!exclude || !exclude.if) return false
  if (exclude.actions.includes('all')) return true
  if (exclude.actions.includes('all_except_output')) return command !== 'output'
  return exclude.actions.includes(command)
}

/**
 * Discovers units and stacks below `workingDir`, sorted by path. A terragrunt.hcl that has units below it and is
 * included by one of them is a root configuration, not a unit.
 */
export function discover(workingDir, { hidden = false } = {}) {
  const root = resolve(workingDir)
  const found = []
  walkConfigDirs(
    root,
    (dir, entries) => {
      const names = new Set(entries.map((e) => e.name))
      if (names.has('terragrunt.hcl')) found.push({ type: 'unit', dir })
      else if (names.has('terragrunt.stack.hcl')) found.push({ type: 'stack', dir })
    },
    { hidden }
  )
  const configs = new Map()
  for (const f of found) {
    if (f.type === 'unit') {
      try {
        configs.set(f.dir, readUnitConfig(f.dir))
      } catch {
        configs.set(f.dir, { deps: [], includes: [] })
      }
    }
  }
  const included = new Set()
  for (const [dir, cfg] of configs) {
    for (const inc of cfg.includes) {
      if (inc.path) included.add(resolve(inc.path))
      else {
        // find_in_parent_folders starts at the parent directory
        let d = dirname(dir)
        for (;;) {
          const candidate = join(d, inc.findInParent)
          if (existsSync(candidate)) {
            included.add(candidate)
            break
          }
          const up = dirname(d)
          if (up === d) break
          d = up
        }
      }
    }
  }
  const units = []
  for (const f of found) {
    if (f.type === 'unit') {
      const file = join(f.dir, 'terragrunt.hcl')
      const hasChildren = found.some((o) => o.type === 'unit' && o.dir !== f.dir && o.dir.startsWith(f.dir + '/'))
      if (hasChildren && included.has(file)) continue
      const cfg = configs.get(f.dir)
      units.push({ type: 'unit', dir: f.dir, path: relSlash(root, f.dir), deps: cfg.deps, exclude: cfg.exclude })
    } else {
      units.push({ type: 'stack', dir: f.dir, path: relSlash(root, f.dir), deps: [] })
    }
  }
  units.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return units
}

/** Units in dependency order: levels of the DAG, each level sorted by path. */
export function dagOrder(units) {
  const byDir = new Map(units.map((u) => [u.dir, u]))
  const level = new Map()
  const depth = (u, seen = new Set()) => {
    if (level.has(u.dir)) return level.get(u.dir)
    if (seen.has(u.dir)) return 0
    seen.add(u.dir)
    let d = 0
    for (const dep of u.deps) {
      const du = byDir.get(dep)
      if (du) d = Math.max(d, depth(du, seen) + 1)
    }
    level.set(u.dir, d)
    return d
  }
  for (const u of units) depth(u)
  return [...units].sort(
    (a, b) => level.get(a.dir) - level.get(b.dir) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
  )
}

const READ_FUNCTIONS = ['read_terragrunt_config', 'sops_decrypt_file', 'read_tfvars_file', 'mark_as_read']
const MODULE_FILE = /\.(tf|tf\.json|hcl|tofu|tofu\.json)$/

export class ReadingError extends Error {}

/** A path argument the fake can evaluate: a literal (with `${get_terragrunt_dir()}`) or find_in_parent_folders("x"). */
function pathArg(arg, ctxDir, unitDir, file) {
  const a = arg.trim()
  const lit = /^"((?:[^"$]|\$\{\s*get_terragrunt_dir\(\s*\)\s*\})*)"$/.exec(a)
  if (lit) return resolve(ctxDir, literal(lit[1], unitDir))
  const fip = /^find_in_parent_folders\(\s*"([^"]+)"\s*\)$/.exec(a)
  if (fip) {
    for (let d = dirname(unitDir); ; d = dirname(d)) {
      if (existsSync(join(d, fip[1]))) return join(d, fip[1])
      if (dirname(d) === d) return undefined
    }
  }
  throw new ReadingError(`fake terragrunt: find --reading cannot evaluate ${a} in ${file} (not emulated)`)
}

/**
 * What `find --reading` lists for a unit, as Terragrunt tracks it in `ParsingContext.FilesRead`: files named by
 * read_terragrunt_config, sops_decrypt_file, read_tfvars_file and mark_as_read (config/config_helpers.go
 * `trackFileRead`, v0.92.0), in the unit, the files it includes and the files it reads; included files themselves
 * from v0.94.0 (config/include.go); the .tf/.tf.json/.hcl/.tofu/.tofu.json files of a local module source from
 * v1.0.3 (pkg/config/config.go `markLocalModuleSourceAsRead`). Absolute paths, in the order they are read.
 */
export function readingOf(unitDir, { includes = true, moduleFiles = false } = {}) {
  const out = []
  const add = (p) => {
    if (p && !out.includes(p)) out.push(p)
  }
  const seen = new Set()
  const visit = (file, ctxDir) => {
    if (seen.has(file) || !existsSync(file)) return
    seen.add(file)
    const src = stripComments(readFileSync(file, 'utf8'))
    const re = new RegExp(`\\b(${READ_FUNCTIONS.join('|')})\\(`, 'g')
    let m
    while ((m = re.exec(src))) {
      let depth = 1
      let i = re.lastIndex
      for (; i < src.length && depth > 0; i++) {
        if (src[i] === '(') depth++
        else if (src[i] === ')') depth--
        else if (src[i] === ',' && depth === 1) break
      }
      const target = pathArg(src.slice(re.lastIndex, i - (src[i - 1] === ')' ? 1 : 0)), ctxDir, unitDir, file)
      add(target)
      if (m[1] === 'read_terragrunt_config' && target) visit(target, dirname(target))
    }
    if (file === join(unitDir, 'terragrunt.hcl')) {
      for (const inc of readUnitConfig(unitDir).includes) {
        const p = inc.path ?? pathArg(`find_in_parent_folders("${inc.findInParent}")`, unitDir, unitDir, file)
        if (includes) add(p)
        visit(p, unitDir)
      }
    }
    const source = /(?:^|\n)\s*terraform\s*\{[^}]*?\bsource\s*=\s*"([^"$:]+)"/.exec(src)
    if (moduleFiles && source && /^\.{0,2}\//.test(source[1])) {
      const dir = resolve(ctxDir, source[1].replace(/\/\/+/g, '/'))
      const walkModule = (d) => {
        let entries
        try {
          entries = readdirSync(d, { withFileTypes: true })
        } catch {
          return
        }
        for (const e of entries) {
          if (e.isDirectory() && !e.name.startsWith('.')) walkModule(join(d, e.name))
          else if (e.isFile() && MODULE_FILE.test(e.name)) add(join(d, e.name))
        }
      }
      walkModule(dir)
    }
  }
  visit(join(unitDir, 'terragrunt.hcl'), unitDir)
  return out
}
