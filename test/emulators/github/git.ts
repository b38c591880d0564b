import { createHash } from 'node:crypto'

/** Git objects hashed exactly like git does, so shas match what `git hash-object` would print. */
export interface BlobObject {
  type: 'blob'
  sha: string
  content: Buffer
}

export interface TreeEntry {
  name: string
  /** '100644' | '100755' | '040000' | '120000' | '160000' */
  mode: string
  type: 'blob' | 'tree' | 'commit'
  sha: string
}

export interface TreeObject {
  type: 'tree'
  sha: string
  entries: TreeEntry[]
}

export interface GitPerson {
  name: string
  email: string
  date: string
}

export interface CommitObject {
  type: 'commit'
  sha: string
  tree: string
  parents: string[]
  message: string
  author: GitPerson
  committer: GitPerson
  verified: boolean
}

export type GitObject = BlobObject | TreeObject | CommitObject

/** A file in a flattened tree: path -> blob. */
export interface FlatEntry {
  mode: string
  type: 'blob' | 'commit'
  sha: string
}

function hashObject(type: string, content: Buffer): string {
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`${type} ${content.length}\0`), content]))
    .digest('hex')
}

function sortKey(entry: TreeEntry): string {
  return entry.type === 'tree' ? `${entry.name}/` : entry.name
}

function personLine(role: string, person: GitPerson): string {
  const seconds = Math.floor(Date.parse(person.date) / 1000)
  return `${role} ${person.name} <${person.email}> ${seconds} +0000`
}

export class GitStore {
  protected readonly objects = new Map<string, GitObject>()

  /** Keeps a new object; `content` is its body as git stores it (a subclass may also write it elsewhere). */
  protected remember(object: GitObject, _content: Buffer): void {
    this.objects.set(object.sha, object)
  }

  get(sha: string): GitObject | undefined {
    return this.objects.get(sha.toLowerCase())
  }

  blob(sha: string): BlobObject | undefined {
    const object = this.get(sha)
    return object?.type === 'blob' ? object : undefined
  }

  tree(sha: string): TreeObject | undefined {
    const object = this.get(sha)
    return object?.type === 'tree' ? object : undefined
  }

  commit(sha: string): CommitObject | undefined {
    const object = this.get(sha)
    return object?.type === 'commit' ? object : undefined
  }

  /** Finds a full sha from an abbreviated one (at least 4 hex digits). */
  expand(prefix: string): string | undefined {
    if (!/^[0-9a-f]{4,40}$/i.test(prefix)) return undefined
    const exact = this.get(prefix)
    if (exact) return exact.sha
    const found = [...this.objects.keys()].filter((sha) => sha.startsWith(prefix.toLowerCase()))
    return found.length === 1 ? found[0] : undefined
  }

  writeBlob(content: Buffer | string): BlobObject {
    const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
    const blob: BlobObject = { type: 'blob', sha: hashObject('blob', buffer), content: buffer }
    this.remember(blob, buffer)
    return blob
  }

  writeTree(entries: TreeEntry[]): TreeObject {
    const sorted = [...entries].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0))
    const content = Buffer.concat(
      sorted.map((entry) =>
        Buffer.concat([Buffer.from(`${entry.mode.replace(/^0+/, '')} ${entry.name}\0`), Buffer.from(entry.sha, 'hex')])
      )
    )
    const tree: TreeObject = { type: 'tree', sha: hashObject('tree', content), entries: sorted }
    this.remember(tree, content)
    return tree
  }

  writeCommit(input: Omit<CommitObject, 'type' | 'sha' | 'verified'> & { verified?: boolean }): CommitObject {
    const lines = [`tree ${input.tree}`, ...input.parents.map((parent) => `parent ${parent}`)]
    lines.push(personLine('author', input.author), personLine('committer', input.committer))
    const text = `${lines.join('\n')}\n\n${input.message}`
    const body = Buffer.from(text, 'utf8')
    const commit: CommitObject = {
      type: 'commit',
      sha: hashObject('commit', body),
      tree: input.tree,
      parents: [...input.parents],
      message: input.message,
      author: { ...input.author },
      committer: { ...input.committer },
      verified: input.verified ?? false
    }
    this.remember(commit, body)
    return commit
  }

  /** Every file under a tree, keyed by its full path. */
  flatten(treeSha: string, prefix = '', into = new Map<string, FlatEntry>()): Map<string, FlatEntry> {
    const tree = this.tree(treeSha)
    if (!tree) throw new Error(`no tree ${treeSha}`)
    for (const entry of tree.entries) {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name
      if (entry.type === 'tree') this.flatten(entry.sha, path, into)
      else into.set(path, { mode: entry.mode, type: entry.type, sha: entry.sha })
    }
    return into
  }

  /** Builds nested trees from a flat path map and returns the root tree. */
  buildTree(files: Map<string, FlatEntry>): TreeObject {
    const children = new Map<string, Map<string, FlatEntry>>()
    const entries: TreeEntry[] = []
    for (const [path, entry] of files) {
      const slash = path.indexOf('/')
      if (slash < 0) {
        entries.push({ name: path, ...entry })
        continue
      }
      const dir = path.slice(0, slash)
      const sub = children.get(dir) ?? new Map<string, FlatEntry>()
      sub.set(path.slice(slash + 1), entry)
      children.set(dir, sub)
    }
    for (const [dir, sub] of children) {
      entries.push({ name: dir, mode: '040000', type: 'tree', sha: this.buildTree(sub).sha })
    }
    return this.writeTree(entries)
  }

  /** The entry at a path inside a tree ('' is the tree itself). */
  lookup(treeSha: string, path: string): TreeEntry | undefined {
    const parts = path.split('/').filter(Boolean)
    let current: TreeEntry = { name: '', mode: '040000', type: 'tree', sha: treeSha }
    for (const part of parts) {
      if (current.type !== 'tree') return undefined
      const next = this.tree(current.sha)?.entries.find((entry) => entry.name === part)
      if (!next) return undefined
      current = next
    }
    return current
  }

  /** All ancestors of a commit including itself, nearest first (breadth-first). */
  ancestors(sha: string): string[] {
    const seen = new Set<string>()
    const queue = [sha]
    while (queue.length > 0) {
      const next = queue.shift() as string
      if (seen.has(next)) continue
      seen.add(next)
      queue.push(...(this.commit(next)?.parents ?? []))
    }
    return [...seen]
  }

  isAncestor(ancestor: string, of: string): boolean {
    return this.ancestors(of).includes(ancestor)
  }

  mergeBase(a: string, b: string): string | undefined {
    const ofA = new Set(this.ancestors(a))
    return this.ancestors(b).find((sha) => ofA.has(sha))
  }
}
