import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { GitStore } from './git.js'
import type { CommitObject, GitObject, GitPerson, TreeEntry } from './git.js'
import type { GitHubState, RepoRecord } from './state.js'

/**
 * Backs an emulated repository with a real bare git repository, so tests can use the real `git` CLI (clone, fetch,
 * push over file://) and the REST/GraphQL API on one and the same repository, as on GitHub. Objects are read lazily
 * with `git cat-file` and kept (they never change); objects the API creates are written with `git hash-object -w`
 * (the emulator hashes exactly like git, which the write checks). Refs are read from the repository's files on
 * every access, so pushes are seen at once, and written with `git update-ref`.
 */
function git(dir: string, args: string[], input?: Buffer | string): Buffer {
  return execFileSync('git', args, { cwd: dir, input, maxBuffer: 256 * 1024 * 1024 })
}

function parsePerson(line: string): GitPerson {
  const m = /^(.*) <([^>]*)> (\d+) [+-]\d{4}$/.exec(line)
  if (!m) return { name: line, email: '', date: new Date(0).toISOString() }
  return { name: m[1], email: m[2], date: new Date(Number(m[3]) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z') }
}

function parseTree(sha: string, body: Buffer): GitObject {
  const entries: TreeEntry[] = []
  let at = 0
  while (at < body.length) {
    const space = body.indexOf(0x20, at)
    const nul = body.indexOf(0, space)
    const mode = body.subarray(at, space).toString('utf8').padStart(6, '0')
    const name = body.subarray(space + 1, nul).toString('utf8')
    const entrySha = body.subarray(nul + 1, nul + 21).toString('hex')
    const type = mode === '040000' ? 'tree' : mode === '160000' ? 'commit' : 'blob'
    entries.push({ name, mode, type, sha: entrySha })
    at = nul + 21
  }
  return { type: 'tree', sha, entries }
}

function parseCommit(sha: string, body: Buffer): CommitObject {
  const text = body.toString('utf8')
  const split = text.indexOf('\n\n')
  const headers = (split < 0 ? text : text.slice(0, split)).split('\n')
  const field = (name: string) => headers.filter((h) => h.startsWith(`${name} `)).map((h) => h.slice(name.length + 1))
  return {
    type: 'commit',
    sha,
    tree: field('tree')[0] ?? '',
    parents: field('parent'),
    message: split < 0 ? '' : text.slice(split + 2),
    author: parsePerson(field('author')[0] ?? ''),
    committer: parsePerson(field('committer')[0] ?? ''),
    verified: false
  }
}

export class BareRepoGitStore extends GitStore {
  constructor(readonly dir: string) {
    super()
  }

  override get(sha: string): GitObject | undefined {
    const known = super.get(sha)
    if (known || !/^[0-9a-f]{4,40}$/i.test(sha)) return known
    const out = git(this.dir, ['cat-file', '--batch'], `${sha}\n`)
    const newline = out.indexOf(0x0a)
    const [fullSha, type, size] = out.subarray(0, newline).toString('utf8').split(' ')
    if (type === undefined || type === 'missing' || type === 'ambiguous') return undefined
    const body = out.subarray(newline + 1, newline + 1 + Number(size))
    const object: GitObject =
      type === 'blob'
        ? { type: 'blob', sha: fullSha, content: body }
        : type === 'tree'
          ? parseTree(fullSha, body)
          : parseCommit(fullSha, body)
    this.objects.set(fullSha, object)
    return object
  }

  protected override remember(object: GitObject, content: Buffer): void {
    super.remember(object, content)
    const written = git(this.dir, ['hash-object', '-w', '-t', object.type, '--stdin'], content).toString().trim()
    if (written !== object.sha) throw new Error(`emulator: git stored ${object.type} ${object.sha} as ${written}`)
  }
}

/** refs/* of a bare repository as a Map: reads go to the files (loose refs, then packed-refs), writes to update-ref. */
export class BareRepoRefs extends Map<string, string> {
  constructor(private readonly dir: string) {
    super()
  }

  private read(): Map<string, string> {
    const refs = new Map<string, string>()
    const packed = join(this.dir, 'packed-refs')
    if (existsSync(packed)) {
      for (const line of readFileSync(packed, 'utf8').split('\n')) {
        const m = /^([0-9a-f]{40}) (refs\/\S+)$/.exec(line)
        if (m) refs.set(m[2], m[1])
      }
    }
    const walk = (rel: string) => {
      const abs = join(this.dir, rel)
      if (!existsSync(abs)) return
      for (const name of readdirSync(abs)) {
        const child = `${rel}/${name}`
        if (statSync(join(this.dir, child)).isDirectory()) walk(child)
        else {
          const sha = readFileSync(join(this.dir, child), 'utf8').trim()
          if (/^[0-9a-f]{40}$/.test(sha)) refs.set(child, sha)
        }
      }
    }
    walk('refs')
    return new Map([...refs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  }

  override get(key: string): string | undefined {
    return this.read().get(key)
  }
  override has(key: string): boolean {
    return this.read().has(key)
  }
  override set(key: string, value: string): this {
    git(this.dir, ['update-ref', key, value])
    return this
  }
  override delete(key: string): boolean {
    const had = this.has(key)
    if (had) git(this.dir, ['update-ref', '-d', key])
    return had
  }
  override get size(): number {
    return this.read().size
  }
  override entries(): MapIterator<[string, string]> {
    return this.read().entries()
  }
  override keys(): MapIterator<string> {
    return this.read().keys()
  }
  override values(): MapIterator<string> {
    return this.read().values()
  }
  override [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries()
  }
  override forEach(callback: (value: string, key: string, map: Map<string, string>) => void): void {
    for (const [key, value] of this.read()) callback(value, key, this)
  }
  override clear(): void {
    throw new Error('emulator: refusing to clear the refs of a bare repository')
  }
}

/**
 * Makes `owner/name` an emulated repository whose git data is the bare repository at `dir` (created with
 * `git init --bare`; its HEAD names the default branch).
 */
export function linkBareRepository(state: GitHubState, owner: string, name: string, dir: string): RepoRecord {
  const head = git(dir, ['symbolic-ref', 'HEAD'])
    .toString()
    .trim()
    .replace(/^refs\/heads\//, '')
  return state.createRepo(owner, name, {
    defaultBranch: head,
    store: { git: new BareRepoGitStore(dir), refs: new BareRepoRefs(dir) }
  })
}
