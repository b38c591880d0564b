import { describe, expect, it } from '@jest/globals'
import { chmod, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { emulatorForTests } from '../../emulators/github/jest.js'
import type { GitHubEmulator } from '../../emulators/github/index.js'
import { VERSIONS, bookverseRepo, webApp } from '../../fixtures/bookverse-gitops.js'
import { git, gitopsRemote, promote } from './helpers.js'

const gh = await emulatorForTests({ owner: 'acme', repo: 'gitops' })
const repo = bookverseRepo(VERSIONS)
const web = 'environments/qa/applications/bookverse-web.yaml'
const TRAILER = 'Promoted-by: gitops-actions/promote-env'

/** Closes a pull request through the API, as a person would. */
async function closePull(emulator: GitHubEmulator, number: number): Promise<void> {
  const res = await fetch(`${emulator.url}/repos/acme/gitops/pulls/${number}`, {
    method: 'PATCH',
    headers: { authorization: 'token ghs_workflow', 'content-type': 'application/json' },
    body: JSON.stringify({ state: 'closed' })
  })
  expect(res.status).toBe(200)
}

function errorsOf(result: { annotations: Array<{ level: string; message: string }> }): string[] {
  return result.annotations.filter((a) => a.level === 'error').map((a) => a.message)
}

/** The ref updates the action asked GitHub for, as `METHOD ref force`. */
function refWrites(emulator: GitHubEmulator): string[] {
  return emulator.stats.requests
    .filter((r) => r.route?.includes('/git/refs'))
    .map((r) => {
      const body = (r.body ?? {}) as { ref?: string; force?: boolean }
      return `${r.method} ${body.ref ?? decodeURIComponent(r.path.replace(/^.*\/git\/refs\//, ''))} ${String(body.force)}`
    })
}

describe('promote-env owns only the promote branch it wrote', () => {
  it.each<{ name: string; author?: string; message: string; why: string }>([
    {
      name: "a person's branch of the same name",
      author: 'alice',
      message: `Try qa by hand\n\n${TRAILER}`,
      why: 'authored by alice <'
    },
    {
      name: "the same account's commit from another workflow (no trailer)",
      message: 'Bump qa from the nightly workflow',
      why: "without promote-env's trailer"
    }
  ])('$name, with no pull request: one error naming the branch and the commit, nothing written', async (c) => {
    const remote = await gitopsRemote(gh, repo)
    const theirs = gh.state.commitFiles(
      'acme',
      'gitops',
      'promote/qa',
      { [web]: webApp('qa', '9.9.9') },
      { author: c.author, message: c.message }
    )
    const refsBefore = git(remote.bare, 'for-each-ref')
    for (const method of ['git', 'api']) {
      const result = await promote(gh, remote, { to: 'qa', 'commit-method': method })
      expect(result.exitCode).toBe(1)
      const errors = errorsOf(result)
      expect(errors).toHaveLength(1)
      expect(errors[0]).toContain(`Branch promote/qa has commit ${theirs.sha.slice(0, 12)} ${c.why}`)
      expect(errors[0]).toContain('promote-env will not overwrite it')
      expect(errors[0]).not.toContain('\n')
      expect(git(remote.bare, 'for-each-ref')).toBe(refsBefore)
      expect(gh.state.pulls('acme', 'gitops')).toHaveLength(0)
    }
    expect(refWrites(gh)).toEqual([])
  })

  it.each(['git', 'api'])(
    'commit-method %s: our own stale branch (its PR closed, the base moved on) is reset and a new PR opened',
    async (method) => {
      const remote = await gitopsRemote(gh, repo)
      const first = await promote(gh, remote, { to: 'qa', 'commit-method': method })
      expect(errorsOf(first)).toEqual([])
      expect(first.outputs['pull-request-operation']).toBe('created')
      await closePull(gh, Number(first.outputs['pull-request-number']))
      gh.state.commitFiles('acme', 'gitops', 'main', { 'README.md': 'moved on\n' }, { author: 'alice' })

      const second = await promote(gh, remote, { to: 'qa', version: '1.5.0', 'commit-method': method })
      expect(errorsOf(second)).toEqual([])
      expect(second.outputs['pull-request-operation']).toBe('created')
      expect(second.outputs['pull-request-number']).not.toBe(first.outputs['pull-request-number'])
      expect(remote.head('promote/qa')).toBe(second.outputs['commit-sha'])
      expect(git(remote.bare, 'rev-parse', 'promote/qa~1')).toBe(remote.head('main'))
      expect(remote.read(web, 'promote/qa')).toBe(webApp('qa', '1.5.0'))
      expect(git(remote.bare, 'log', '-1', '--format=%B', 'promote/qa').trim().endsWith(TRAILER)).toBe(true)
      if (method === 'api') {
        // Our older commit replaced: a forced update, made only after reading the ref again; main never written.
        expect(refWrites(gh)).toEqual(['POST refs/heads/promote/qa undefined', 'PATCH heads/promote/qa true'])
        const reads = gh.stats.requests.filter((r) => r.route === 'GET /repos/{owner}/{repo}/git/ref/{ref}')
        expect(reads.map((r) => decodeURIComponent(r.path))).toEqual(['/repos/acme/gitops/git/ref/heads/promote/qa'])
      }
    }
  )
})

describe('commit-method git pushes the PR branch with a lease', () => {
  it('a person pushing to the branch while ours is under way: refused, judged again, their commit stays', async () => {
    const remote = await gitopsRemote(gh, repo)
    const first = await promote(gh, remote, { to: 'qa' })
    expect(errorsOf(first)).toEqual([])
    const ours = remote.head('promote/qa')!
    // Alice's commit on top of ours, ready on a side ref; the pre-receive hook moves promote/qa to it (once) while our
    // push of the newer version is under way, so git refuses ours (the lease / the ref moved under the lock).
    const theirs = git(remote.bare, 'commit-tree', `${ours}^{tree}`, '-p', ours, '-m', 'qa notes by hand')
    const flag = join(remote.bare, 'moved-once')
    const env = 'env -u GIT_QUARANTINE_PATH -u GIT_OBJECT_DIRECTORY -u GIT_ALTERNATE_OBJECT_DIRECTORIES'
    const hook = join(remote.bare, 'hooks', 'pre-receive')
    await writeFile(
      hook,
      [
        '#!/bin/sh',
        'cat >/dev/null',
        `if [ ! -e '${flag}' ]; then`,
        `  touch '${flag}'`,
        `  ${env} git --git-dir='${remote.bare}' update-ref refs/heads/promote/qa ${theirs} ${ours}`,
        'fi',
        'exit 0',
        ''
      ].join('\n')
    )
    await chmod(hook, 0o755)
    const second = await promote(gh, remote, { to: 'qa', version: '1.5.0' })
    expect(second.exitCode).toBe(1)
    expect(second.stdout).toContain('promote/qa moved while pushing; checking it again (attempt 2)')
    const errors = errorsOf(second)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(`Branch promote/qa has commit ${theirs.slice(0, 12)} authored by seed <seed@acme.test>`)
    expect(remote.head('promote/qa')).toBe(theirs)
  })
})

describe('commit-method api updates the PR branch only where it read it', () => {
  it('a branch behind the base is moved on with a non-forced (fast-forward) update', async () => {
    const remote = await gitopsRemote(gh, repo)
    const main = remote.head()!
    git(remote.bare, 'update-ref', 'refs/heads/promote/qa', main)
    const result = await promote(gh, remote, { to: 'qa', 'commit-method': 'api' })
    expect(errorsOf(result)).toEqual([])
    expect(refWrites(gh)).toEqual(['PATCH heads/promote/qa false'])
    expect(git(remote.bare, 'rev-parse', 'promote/qa~1')).toBe(main)
  })

  it('a person committing to the branch between the read and the update is caught: their commit stays', async () => {
    const remote = await gitopsRemote(gh, repo)
    const first = await promote(gh, remote, { to: 'qa', 'commit-method': 'api' })
    expect(errorsOf(first)).toEqual([])
    const pull = Number(first.outputs['pull-request-number'])
    let theirs = ''
    gh.faults.inject({
      kind: 'hook',
      route: 'POST /repos/{owner}/{repo}/git/commits',
      run: () => {
        theirs = gh.state.commitFiles(
          'acme',
          'gitops',
          'promote/qa',
          { 'notes.md': 'qa notes\n' },
          { author: 'alice' }
        ).sha
      }
    })
    const second = await promote(gh, remote, { to: 'qa', version: '1.5.0', 'commit-method': 'api' })
    expect(second.exitCode).toBe(1)
    const errors = errorsOf(second)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(`Branch promote/qa has commit ${theirs.slice(0, 12)} authored by alice <`)
    expect(remote.head('promote/qa')).toBe(theirs)
    expect(refWrites(gh).filter((w) => w.startsWith('PATCH'))).toEqual([])
    expect(gh.state.issue('acme', 'gitops', pull)!.title).toBe('Promote 1.4.0 to qa')
  })

  it('another promote-env run moving the branch meanwhile: read again, judged ours, replaced; main never written', async () => {
    const remote = await gitopsRemote(gh, repo)
    const first = await promote(gh, remote, { to: 'qa', 'commit-method': 'api' })
    expect(errorsOf(first)).toEqual([])
    let concurrent = ''
    gh.faults.inject({
      kind: 'hook',
      route: 'POST /repos/{owner}/{repo}/git/commits',
      run: () => {
        concurrent = gh.state.commitFiles(
          'acme',
          'gitops',
          'promote/qa',
          { [web]: webApp('qa', '1.4.1') },
          { message: `Promote 1.4.1 to qa\n\n${TRAILER}` }
        ).sha
      }
    })
    const second = await promote(gh, remote, { to: 'qa', version: '1.5.0', 'commit-method': 'api' })
    expect(errorsOf(second)).toEqual([])
    expect(second.stdout).toContain('promote/qa moved while updating it; checking it again (attempt 2)')
    expect(concurrent).not.toBe('')
    expect(second.outputs['pull-request-operation']).toBe('updated')
    expect(remote.head('promote/qa')).toBe(second.outputs['commit-sha'])
    expect(git(remote.bare, 'rev-parse', 'promote/qa~1')).toBe(remote.head('main'))
    expect(remote.read(web, 'promote/qa')).toBe(webApp('qa', '1.5.0'))
    expect(gh.stats.byRoute.get('POST /repos/{owner}/{repo}/git/commits')).toBe(2) // one per run: made once, reused
    const writes = refWrites(gh)
    expect(writes).toEqual(['POST refs/heads/promote/qa undefined', 'PATCH heads/promote/qa true'])
    expect(writes.some((w) => w.includes('main'))).toBe(false)
  })
})
