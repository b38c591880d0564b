import { describe, expect, it } from '@jest/globals'
import { emulatorForTests } from '../../emulators/github/jest.js'
import { VERSIONS, bookverseRepo, webApp } from '../../fixtures/bookverse-gitops.js'
import { git, gitopsRemote, promote, withLines } from './helpers.js'

const gh = await emulatorForTests({ owner: 'acme', repo: 'gitops' })
const repo = bookverseRepo(VERSIONS)
const digest = `sha256:${'c'.repeat(64)}`

describe('promote-env commits', () => {
  it('edits every target kind byte for byte, straight to main', async () => {
    const remote = await gitopsRemote(gh, repo)
    const result = await promote(gh, remote, {
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
    })
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
