import { describe, expect, it } from '@jest/globals'
import { chmod, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { emulatorForTests } from '../../emulators/github/jest.js'
import { VERSIONS, bookverseRepo, webApp } from '../../fixtures/bookverse-gitops.js'
import { git, gitopsRemote, promote, withLines } from './helpers.js'

const gh = await emulatorForTests({ owner: 'acme', repo: 'gitops' })
const repo = bookverseRepo(VERSIONS)
const digest = `sha256:${'c'.repeat(64)}`

describe('promote-env commits', () => {
  it('edits every target kind byte for byte, straight to main', async () => {
    const remote = await gitopsRemote(gh, repo)
    const inputs = {
      to: 'staging',
      version: '1.10',
      'pull-request': 'false',
      app: 'app=bookverse-platform',
      targets: [
        'argocd-helm-parameter:global.imageTag',
        'argocd-target-revision:v{version}',
        'helm-values:image.tag',
        'kustomize-image:ghcr.io/acme/bookverse-web'
      ].join('\n')
    }
    const result = await promote(gh, remote, inputs)
    expect(result.annotations).toEqual([])
    expect(result.outputs).toMatchObject({
      changed: 'true',
      version: '1.10',
      'previous-version': '1.2.0',
      branch: 'main',
      'pull-request-operation': 'none'
    })
    expect(result.outputs['commit-sha']).toBe(remote.head())
    const platform = 'environments/staging/applications/bookverse-platform.yaml'
    const values = 'environments/staging/values-staging.yaml'
    const kustomization = 'environments/staging/kustomization.yaml'
    expect(remote.read(platform)).toBe(
      withLines(repo[platform], [
        [12, "        targetRevision: 'v1.10'"],
        [17, "                value: '1.10'"]
      ])
    )
    expect(remote.read(values)).toBe(withLines(repo[values], [[6, '    tag: "1.10"        # image tag']]))
    expect(remote.read(kustomization)).toBe(withLines(repo[kustomization], [[8, '    newTag: "1.10" # web']]))
    expect(git(remote.bare, 'diff', '--name-only', 'main~1', 'main').split('\n')).toEqual([
      platform,
      kustomization,
      values
    ])
    expect(gh.state.pulls('acme', 'gitops')).toHaveLength(0)

    const again = await promote(gh, remote, inputs)
    expect(again.annotations).toEqual([])
    expect(again.outputs).toMatchObject({
      changed: 'false',
      'commit-sha': '',
      'pull-request-operation': 'none',
      'changed-files': '[]'
    })
    expect(again.summary).toContain('already runs')
    expect(remote.head()).toBe(result.outputs['commit-sha'])
  })

  it('lists the application commits between the version tags, and leaves the list out for an untagged version', async () => {
    const remote = await gitopsRemote(gh, repo)
    gh.state.createRepo('acme', 'bookverse-web')
    const tag = (name: string, sha: string) => gh.state.setRef('acme', 'bookverse-web', `refs/tags/${name}`, sha)
    tag(
      'v1.3.0',
      gh.state.commitFiles('acme', 'bookverse-web', 'main', { 'a.txt': '1' }, { message: 'Release 1.3.0' }).sha
    )
    gh.state.commitFiles('acme', 'bookverse-web', 'main', { 'b.txt': '2' }, { message: 'Fix the cart total' })
    tag(
      'v1.4.0',
      gh.state.commitFiles('acme', 'bookverse-web', 'main', { 'c.txt': '3' }, { message: 'Release 1.4.0' }).sha
    )
    const inputs = { to: 'qa', 'dry-run': 'true', 'source-repository': 'acme/bookverse-web' }
    const tagged = await promote(gh, remote, inputs)
    expect(tagged.annotations).toEqual([])
    expect(tagged.summary).toContain(
      '### Changes in acme/bookverse-web ([v1.3.0...v1.4.0](https://github.com/acme/bookverse-web/compare/v1.3.0...v1.4.0))'
    )
    const commits = tagged.summary.split('\n').filter((l) => /^- \[[0-9a-f]{7}\]/.test(l))
    expect(commits.map((l) => l.replace(/^- \[[0-9a-f]{7}\]\([^)]+\) /, ''))).toEqual([
      'Fix the cart total (github-actions\\[bot\\])',
      'Release 1.4.0 (github-actions\\[bot\\])'
    ])
    const untagged = await promote(gh, remote, { ...inputs, version: '1.9.9' })
    expect(untagged.annotations).toEqual([])
    expect(untagged.summary).not.toContain('### Changes in')
  })

  it('commit-method api: the PR branch through the Git Data API (signed), auto-merge through GraphQL, reviewers', async () => {
    const remote = await gitopsRemote(gh, repo)
    gh.state.setPermission('acme', 'gitops', 'alice', 'write')
    const result = await promote(gh, remote, {
      to: 'qa',
      'commit-method': 'api',
      'auto-merge': 'true',
      'merge-method': 'rebase',
      reviewers: '@alice'
    })
    expect(result.annotations).toEqual([])
    expect(result.outputs['pull-request-operation']).toBe('created')
    const sha = result.outputs['commit-sha']
    expect(remote.head('promote/qa')).toBe(sha)
    expect(gh.stats.byRoute.get('POST /repos/{owner}/{repo}/git/commits')).toBe(1)
    const commit = gh.state.repo('acme', 'gitops').git.commit(sha)!
    expect(commit.verified).toBe(true)
    const [pull] = gh.state.pulls('acme', 'gitops')
    expect(pull.autoMerge).toMatchObject({ mergeMethod: 'REBASE', enabledBy: 'github-actions[bot]' })
    expect(pull.requestedReviewers).toEqual(['alice'])
    const mutations = gh.stats.requests.filter((r) => r.route === 'POST /graphql').map((r) => JSON.stringify(r.body))
    expect(mutations.some((m) => m.includes('enablePullRequestAutoMerge'))).toBe(true)
    const web = 'environments/qa/applications/bookverse-web.yaml'
    expect(remote.read(web, 'promote/qa')).toBe(webApp('qa', '1.4.0'))
  })

  it('commit-method api without a PR: createCommitOnBranch on main with a digest', async () => {
    const remote = await gitopsRemote(gh, repo)
    const before = remote.head()
    const result = await promote(gh, remote, {
      to: 'prod',
      from: 'staging',
      version: digest,
      'pull-request': 'false',
      'commit-method': 'api',
      targets: 'kustomize-image:ghcr.io/acme/bookverse-api'
    })
    expect(result.annotations).toEqual([])
    expect(remote.head()).toBe(result.outputs['commit-sha'])
    expect(git(remote.bare, 'rev-parse', 'main~1')).toBe(before)
    expect(gh.state.repo('acme', 'gitops').git.commit(remote.head()!)!.verified).toBe(true)
    expect(remote.read('environments/prod/kustomization.yaml')).toContain(`    digest: ${digest}\n`)
    const mutation = gh.stats.requests.find(
      (r) => r.route === 'POST /graphql' && JSON.stringify(r.body).includes('createCommitOnBranch')
    )
    expect(mutation).toBeDefined()
  })

  it('main moving between the clone and the push: the push is refused, rebased on the new main and lands', async () => {
    const remote = await gitopsRemote(gh, repo)
    const before = remote.head()!
    // Another writer's commit, ready on a side ref; the bare repository's pre-receive hook moves main to it while our
    // push is under way (once), exactly the race of a concurrent push: git then refuses ours (failed to update ref).
    const theirs = gh.state.commitFiles(
      'acme',
      'gitops',
      'concurrent',
      { 'docs/qa.md': 'qa notes\n' },
      { author: 'alice' }
    )
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
        `  ${env} git --git-dir='${remote.bare}' update-ref refs/heads/main ${theirs.sha} ${before}`,
        'fi',
        'exit 0',
        ''
      ].join('\n')
    )
    await chmod(hook, 0o755)
    const result = await promote(gh, remote, { to: 'qa', 'pull-request': 'false' })
    expect(result.annotations).toEqual([])
    expect(result.stdout).toContain('main moved meanwhile; rebased and pushed on attempt 2')
    expect(remote.head()).toBe(result.outputs['commit-sha'])
    expect(git(remote.bare, 'rev-parse', 'main~1')).toBe(theirs.sha)
    expect(git(remote.bare, 'rev-parse', 'main~2')).toBe(before)
    expect(git(remote.bare, 'log', '-1', '--format=%s', 'main')).toBe('Promote 1.4.0 to qa')
    expect(remote.read('docs/qa.md')).toBe('qa notes\n')
    expect(remote.read('environments/qa/applications/bookverse-web.yaml')).toBe(webApp('qa', '1.4.0'))
  })

  it('two promotions to different environments at the same time both land on main', async () => {
    const remote = await gitopsRemote(gh, repo)
    const [qa, staging] = await Promise.all([
      promote(gh, remote, { to: 'qa', 'pull-request': 'false' }),
      promote(gh, remote, { to: 'staging', 'pull-request': 'false' })
    ])
    expect([qa.annotations, staging.annotations]).toEqual([[], []])
    expect(git(remote.bare, 'log', '--format=%s', '-2', 'main').split('\n').sort()).toEqual([
      'Promote 1.3.0 to staging',
      'Promote 1.4.0 to qa'
    ])
    expect(remote.read('environments/qa/applications/bookverse-web.yaml')).toBe(webApp('qa', '1.4.0'))
    expect(remote.read('environments/staging/applications/bookverse-web.yaml')).toBe(webApp('staging', '1.3.0'))
  })
})
