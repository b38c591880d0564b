import { describe, expect, it } from '@jest/globals'
import { emulatorForTests } from '../../emulators/github/jest.js'
import { webApp } from '../../fixtures/bookverse-gitops.js'
import { git, gitopsRemote, promote } from './helpers.js'

const gh = await emulatorForTests({ owner: 'acme', repo: 'gitops' })

describe('promote-env at scale', () => {
  // A few seconds on an idle machine; generous limits because CI shares it with other suites.
  it('edits a 1,000-file environment in one commit', async () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 1000; i++) {
      files[`environments/qa/applications/app-${String(i).padStart(4, '0')}.yaml`] = webApp('qa', '1.3.0').replace(
        'bookverse-web-qa',
        `app-${i}-qa`
      )
    }
    files['environments/dev/applications/app.yaml'] = webApp('dev', '1.4.0')
    const remote = await gitopsRemote(gh, files)
    const result = await promote(
      gh,
      remote,
      { to: 'qa', from: 'dev', order: 'dev, qa', 'pull-request': 'false', config: 'none.yaml' },
      { timeoutMs: 240_000 }
    )
    expect(result.annotations).toEqual([])
    expect(JSON.parse(result.outputs['changed-files'])).toHaveLength(1000)
    expect(git(remote.bare, 'rev-list', '--count', 'main')).toBe('2')
    expect(git(remote.bare, 'diff', '--name-only', 'main~1', 'main').split('\n')).toHaveLength(1000)
    expect(
      git(remote.bare, 'diff', '--numstat', 'main~1', 'main')
        .split('\n')
        .every((l) => l.startsWith('1\t1\t'))
    ).toBe(true)
  }, 300_000)
})
