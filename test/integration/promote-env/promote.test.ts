import { describe, expect, it } from '@jest/globals'
import { emulatorForTests } from '../../emulators/github/jest.js'
import { VERSIONS, bookverseRepo } from '../../fixtures/bookverse-gitops.js'
import { git, gitopsRemote, promote, withLines } from './helpers.js'

const gh = await emulatorForTests({ owner: 'acme', repo: 'gitops' })
const repo = bookverseRepo(VERSIONS)
const web = 'environments/qa/applications/bookverse-web.yaml'
const platform = 'environments/qa/applications/bookverse-platform.yaml'
const services = 'environments/qa/applications/bookverse-services.yaml'

describe('promote-env dev -> qa with a pull request', () => {
  it('dry-runs, opens the PR with the version read from dev, reruns unchanged, and a newer version updates the same PR', async () => {
    const remote = await gitopsRemote(gh, repo)
    const mainBefore = remote.head()

    const dry = await promote(gh, remote, { to: 'qa', 'dry-run': 'true' })
    expect(dry.stderr).toBe('')
    expect(dry.exitCode).toBe(0)
    expect(dry.outputs).toMatchObject({
      changed: 'true',
      version: '1.4.0',
      'previous-version': '1.3.0',
      'pull-request-operation': 'none',
      'commit-sha': ''
    })
    expect(dry.summary).toContain('dry run: nothing written')
    expect(dry.summary).toContain(
      '-          value: 1.3.0    # set by promote-env\n+          value: 1.4.0    # set by promote-env'
    )
    expect(remote.head('promote/qa')).toBeUndefined()
    expect(gh.state.pulls('acme', 'gitops')).toHaveLength(0)

    const first = await promote(gh, remote, { to: 'qa', reason: 'dev is green' })
    expect(first.annotations).toEqual([])
    expect(first.exitCode).toBe(0)
    expect(first.outputs['pull-request-operation']).toBe('created')
    expect(first.outputs.branch).toBe('promote/qa')
    expect(JSON.parse(first.outputs['changed-files'])).toEqual([
      { file: platform, path: 'spec.sources[0].helm.parameters[0].value', old: '1.3.0', new: '1.4.0' },
      { file: services, path: 'spec.template.spec.source.helm.parameters[0].value', old: '1.3.0', new: '1.4.0' },
      { file: web, path: 'spec.source.helm.parameters[1].value', old: '1.3.0', new: '1.4.0' }
    ])
    // Byte-exact: only the three scalars changed, comments and quoting kept; main untouched.
    expect(remote.read(web, 'promote/qa')).toBe(
      withLines(repo[web], [[20, '          value: 1.4.0    # set by promote-env']])
    )
    expect(remote.read(platform, 'promote/qa')).toBe(
      withLines(repo[platform], [[17, "                value: '1.4.0'"]])
    )
    expect(remote.read(services, 'promote/qa')).toBe(withLines(repo[services], [[24, '              value: "1.4.0"']]))
    expect(git(remote.bare, 'diff', '--name-only', 'main', 'promote/qa').split('\n')).toEqual(
      [platform, services, web].sort()
    )
    expect(remote.head()).toBe(mainBefore)
    const [pull] = gh.state.pulls('acme', 'gitops')
    const issue = gh.state.issue('acme', 'gitops', pull.number)!
    expect(first.outputs['pull-request-number']).toBe(String(pull.number))
    expect(first.outputs['commit-sha']).toBe(remote.head('promote/qa'))
    expect(issue.title).toBe('Promote 1.4.0 to qa')
    expect(issue.labels).toEqual(['promotion', 'env:qa'])
    expect(issue.body).toContain('| File | Field | Old | New |')
    expect(issue.body).toContain('- **Reason:** dev is green')
    expect(issue.body).toContain('- [ ] Stakeholders are notified')
    expect(issue.body).toContain('<!-- gitops-actions:promote-env:promote/qa -->')
    expect(git(remote.bare, 'log', '-1', '--format=%an|%s', 'promote/qa')).toBe('github-actions|Promote 1.4.0 to qa')
    expect(first.summary).toContain(`Pull request`)

    const again = await promote(gh, remote, { to: 'qa', reason: 'dev is green' })
    expect(again.exitCode).toBe(0)
    expect(again.outputs['pull-request-operation']).toBe('unchanged')
    expect(again.outputs['commit-sha']).toBe(first.outputs['commit-sha'])
    expect(remote.head('promote/qa')).toBe(first.outputs['commit-sha'])

    const newer = await promote(gh, remote, { to: 'qa', version: '1.5.0', reason: 'hotfix' })
    expect(newer.exitCode).toBe(0)
    expect(newer.outputs).toMatchObject({
      'pull-request-operation': 'updated',
      'pull-request-number': String(pull.number),
      'previous-version': '1.3.0'
    })
    expect(gh.state.pulls('acme', 'gitops')).toHaveLength(1)
    expect(gh.state.issue('acme', 'gitops', pull.number)!.title).toBe('Promote 1.5.0 to qa')
    expect(remote.read(web, 'promote/qa')).toBe(
      withLines(repo[web], [[20, '          value: 1.5.0    # set by promote-env']])
    )
    expect(git(remote.bare, 'rev-list', '--count', 'main..promote/qa')).toBe('1')
  })
})

describe('promote-env refuses, writing nothing', () => {
  it.each<{ name: string; inputs: Record<string, string>; error: string }>([
    {
      name: 'a skipped stage',
      inputs: { from: 'dev', to: 'prod' },
      error:
        "Promoting 'dev' to 'prod' skips 'qa' and 'staging' (order dev -> qa -> staging -> prod); promote through them first, or set allow-skip: true"
    },
    {
      name: 'latest for pinned prod',
      inputs: { to: 'prod', version: 'latest' },
      error: "Version 'latest' cannot go to pinned environment 'prod'"
    },
    {
      name: 'a downgrade',
      inputs: { to: 'qa', version: '1.2.9' },
      error: "Version '1.2.9' is older than '1.3.0', which 'qa' runs now; set allow-downgrade: true to roll back"
    },
    {
      name: 'an unknown environment',
      inputs: { to: 'uat' },
      error: "Input 'to' names environment 'uat', which is not defined in .github/gitops.yaml"
    },
    {
      name: 'a pull request branch that is the base branch (never force-pushed)',
      inputs: { to: 'qa', branch: 'main' },
      error:
        "Input 'branch' has invalid value 'main': expected a pull request branch other than the base branch main (or pull-request: false to commit to main)"
    },
    {
      name: 'a target that matches nothing',
      inputs: { to: 'qa', version: '1.4.0', targets: 'helm-values:image.digest' },
      error: "Target 'helm-values:image.digest' matches nothing in environment 'qa'"
    }
  ])('$name', async ({ inputs, error }) => {
    const remote = await gitopsRemote(gh, repo)
    const before = git(remote.bare, 'for-each-ref')
    const result = await promote(gh, remote, inputs)
    expect(result.exitCode).toBe(1)
    const errors = result.annotations.filter((a) => a.level === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0].message).toContain(error)
    expect(errors[0].message).not.toContain('\n')
    expect(git(remote.bare, 'for-each-ref')).toBe(before)
    expect(gh.state.pulls('acme', 'gitops')).toHaveLength(0)
  })

  it('a pull request by someone else on the branch is named and left alone', async () => {
    const remote = await gitopsRemote(gh, repo)
    const theirs = gh.state.createPull('acme', 'gitops', {
      title: 'My qa change',
      head: 'promote/qa',
      user: 'mallory',
      body: '<!-- gitops-actions:promote-env:promote/qa -->'
    })
    const head = remote.head('promote/qa')
    const result = await promote(gh, remote, { to: 'qa' })
    expect(result.exitCode).toBe(1)
    expect(result.annotations.find((a) => a.level === 'error')?.message).toContain(
      `Pull request #${theirs.number} (https://github.com/acme/gitops/pull/${theirs.number}) from branch promote/qa was opened by mallory, not by this token's account`
    )
    expect(remote.head('promote/qa')).toBe(head)
  })
})
