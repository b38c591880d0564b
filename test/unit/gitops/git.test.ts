import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GitError, GitRepository, pushWithRebase } from '../../../src/core/gitops/git/index.js'

const identity = { name: 'promote-bot', email: '1+promote-bot@users.noreply.github.com' }
let root: string
let remote: string

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'seed',
      GIT_AUTHOR_EMAIL: 's@x',
      GIT_COMMITTER_NAME: 'seed',
      GIT_COMMITTER_EMAIL: 's@x'
    }
  }).trim()
}

async function cloneOf(name: string): Promise<GitRepository> {
  const repo = new GitRepository({ dir: join(root, name), url: `file://${remote}`, identity, token: 'ghs_secret' })
  await repo.clone('main')
  return repo
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'gitops-git-'))
  remote = join(root, 'remote.git')
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', remote)
  const seed = join(root, 'seed')
  git(root, 'clone', '--quiet', remote, seed)
  execFileSync('sh', ['-c', 'mkdir -p a b && echo "v: 1" > a/f.yaml && echo "v: 1" > b/f.yaml'], { cwd: seed })
  git(seed, 'add', '.')
  git(seed, 'commit', '--quiet', '-m', 'seed')
  git(seed, 'push', '--quiet', 'origin', 'HEAD:main')
})
afterAll(() => rm(root, { recursive: true, force: true }))

describe('GitRepository against a bare remote', () => {
  it('lists, writes, commits and pushes; an unchanged tree makes no commit', async () => {
    const repo = await cloneOf('one')
    expect(await repo.listFiles()).toEqual(['a/f.yaml', 'b/f.yaml'])
    expect(await repo.commit(['a/f.yaml'], 'nothing')).toBeUndefined()
    await repo.writeFile('a/f.yaml', 'v: 2\n')
    const sha = await repo.commit(['a/f.yaml'], 'Promote a\n\nbecause')
    expect(sha).toMatch(/^[0-9a-f]{40}$/)
    expect(await repo.push('main')).toBe('pushed')
    expect(git(remote, 'rev-parse', 'main')).toBe(sha)
    expect(git(remote, 'log', '-1', '--format=%an <%ae>|%B', 'main')).toBe(
      `${identity.name} <${identity.email}>|Promote a\n\nbecause`
    )
  })

  it('two clones pushing to the same branch both land: the second is rebased and retried', async () => {
    const first = await cloneOf('two-a')
    const second = await cloneOf('two-b')
    await first.writeFile('a/f.yaml', 'v: 3\n')
    await second.writeFile('b/f.yaml', 'v: 3\n')
    await first.commit(['a/f.yaml'], 'a to 3')
    await second.commit(['b/f.yaml'], 'b to 3')
    expect(await first.push('main')).toBe('pushed')
    expect(await second.push('main')).toBe('rejected')
    const result = await pushWithRebase(second, 'main', { attempts: 3 })
    expect(result.attempts).toBe(2)
    expect(git(remote, 'log', '--format=%s', '-2', 'main').split('\n')).toEqual(['b to 3', 'a to 3'])
  })

  it('a conflicting change is an error, not a lost update', async () => {
    const first = await cloneOf('three-a')
    const second = await cloneOf('three-b')
    await first.writeFile('a/f.yaml', 'v: 4\n')
    await second.writeFile('a/f.yaml', 'v: 5\n')
    await first.commit(['a/f.yaml'], 'a to 4')
    await second.commit(['a/f.yaml'], 'a to 5')
    await first.push('main')
    await expect(pushWithRebase(second, 'main', { attempts: 3 })).rejects.toThrow(GitError)
    expect(git(remote, 'show', 'main:a/f.yaml')).toBe('v: 4')
  })

  it('a lease protects a branch another run moved; a missing branch has the lease null', async () => {
    const repo = await cloneOf('four')
    await repo.checkout('promote/qa', 'HEAD')
    await repo.writeFile('b/f.yaml', 'v: 9\n')
    await repo.commit(['b/f.yaml'], 'b to 9')
    const pushed = await repo.revParse('HEAD')
    expect(await repo.push('promote/qa', null)).toBe('pushed')
    await repo.writeFile('b/f.yaml', 'v: 10\n')
    await repo.commit(['b/f.yaml'], 'b to 10')
    expect(await repo.push('promote/qa', null)).toBe('rejected')
    expect(await repo.push('promote/qa', '0'.repeat(40))).toBe('rejected')
    expect(await repo.push('promote/qa', pushed)).toBe('pushed')
    await repo.fetch(['promote/qa', 'no-such-branch'])
    expect(await repo.revParse('refs/remotes/origin/promote/qa')).toBe(await repo.revParse('HEAD'))
    expect(await repo.revParse('refs/remotes/origin/no-such-branch')).toBeUndefined()
  })

  it('commitsBetween lists what a branch has beyond every base given, newest first, with author and committer', async () => {
    const repo = await cloneOf('six')
    const base = (await repo.revParse('HEAD'))!
    await repo.checkout('side', base)
    await repo.writeFile('a/f.yaml', 'v: 6\n')
    const one = (await repo.commit(['a/f.yaml'], 'one\n\nPromoted-by: x'))!
    await repo.writeFile('b/f.yaml', 'v: 6\n')
    const two = (await repo.commit(['b/f.yaml'], 'two\x1fwith a unit separator'))!
    const commits = await repo.commitsBetween([base], two)
    expect(commits.map((c) => c.sha)).toEqual([two, one])
    expect(commits[1]).toEqual({
      sha: one,
      authorName: identity.name,
      authorEmail: identity.email,
      committerName: identity.name,
      committerEmail: identity.email,
      message: 'one\n\nPromoted-by: x\n'
    })
    expect(commits[0].message).toBe('two\x1fwith a unit separator\n')
    expect(await repo.commitsBetween([base, one], two)).toHaveLength(1)
    expect(await repo.commitsBetween([two], base)).toEqual([])
  })

  it('a git failure is one line naming the command', async () => {
    const repo = new GitRepository({ dir: join(root, 'five'), url: `file://${join(root, 'missing.git')}`, identity })
    await expect(repo.clone('main')).rejects.toThrow(/^git clone failed: fatal: /)
  })
})
