import { describe, expect, it } from '@jest/globals'
import { parseGitopsConfig } from '../../../src/core/config/index.js'
import { UserError } from '../../../src/core/errors/index.js'
import { checkDowngrade, checkPinned, resolvePromotion } from '../../../src/promote-env/policy.js'
import { CONFIG } from '../../fixtures/bookverse-gitops.js'

const config = parseGitopsConfig(CONFIG, '.github/gitops.yaml')
const settings = (over: Partial<Parameters<typeof resolvePromotion>[0]>) => ({
  to: 'qa',
  order: [] as string[],
  allowSkip: false,
  pinned: false,
  paths: [] as string[],
  branch: 'promote/{to}',
  ...over
})

describe('resolvePromotion', () => {
  it.each([
    {
      name: 'from defaults to the environment before to',
      over: {},
      expected: {
        from: 'dev',
        to: 'qa',
        pinned: false,
        branch: 'promote/qa',
        fromPaths: ['environments/dev/**/*.{yaml,yml}'],
        toPaths: ['environments/qa/**/*.{yaml,yml}']
      }
    },
    { name: 'prod is pinned by the config', over: { to: 'prod' }, expected: { from: 'staging', pinned: true } },
    {
      name: 'the pinned input pins any environment',
      over: { to: 'staging', pinned: true },
      expected: { pinned: true }
    },
    {
      name: 'allow-skip lets dev go to prod',
      over: { from: 'dev', to: 'prod', allowSkip: true },
      expected: { from: 'dev', to: 'prod' }
    },
    {
      name: 'paths with {env} serve both environments',
      over: { paths: ['apps/{env}/*.yaml'] },
      expected: { fromPaths: ['apps/dev/*.yaml'], toPaths: ['apps/qa/*.yaml'] }
    },
    {
      name: 'paths without {env} are the target only',
      over: { paths: ['apps/qa.yaml'] },
      expected: { fromPaths: ['environments/dev/**/*.{yaml,yml}'], toPaths: ['apps/qa.yaml'] }
    }
  ])('$name', ({ over, expected }) => {
    expect(resolvePromotion(settings(over), config)).toMatchObject(expected)
  })

  it('works from inputs alone: the order input, or from and to', () => {
    expect(resolvePromotion(settings({ to: 'b', order: ['a', 'b', 'c'] }), undefined)).toMatchObject({
      from: 'a',
      toPaths: ['environments/b/**/*.{yaml,yml}']
    })
    expect(resolvePromotion(settings({ from: 'x', to: 'y' }), undefined)).toMatchObject({
      from: 'x',
      order: ['x', 'y']
    })
  })

  it.each([
    {
      name: 'a skipped stage',
      over: { from: 'dev', to: 'prod' },
      message:
        "Promoting 'dev' to 'prod' skips 'qa' and 'staging' (order dev -> qa -> staging -> prod); promote through them first, or set allow-skip: true"
    },
    {
      name: 'backwards',
      over: { from: 'staging', to: 'qa' },
      message:
        "Cannot promote from 'staging' to 'qa': 'qa' does not come after 'staging' in the order (dev -> qa -> staging -> prod)"
    },
    {
      name: 'the first environment',
      over: { to: 'dev' },
      message: "Input 'to' is 'dev', the first environment of the order; there is nothing before it to promote from"
    },
    {
      name: 'an unknown environment',
      over: { to: 'qaa' },
      message: "Input 'to' names environment 'qaa', which is not defined in .github/gitops.yaml; did you mean 'qa'?"
    }
  ])('refuses $name', ({ over, message }) => {
    expect(() => resolvePromotion(settings(over), config)).toThrow(UserError)
    expect(() => resolvePromotion(settings(over), config)).toThrow(message)
  })

  it('needs an order or from without a config', () => {
    expect(() => resolvePromotion(settings({}), undefined)).toThrow('No promotion order')
    expect(() => resolvePromotion(settings({ to: 'z', order: ['a', 'b'] }), undefined)).toThrow(
      "Input 'to' names environment 'z', which is not in the promotion order ('a' and 'b')"
    )
  })
})

describe('checkPinned and checkDowngrade', () => {
  it.each([
    ['1.2.3', true],
    ['v1.2.3', true],
    ['1.2.3-rc.1', true],
    [`sha256:${'a'.repeat(64)}`, true],
    ['latest', false],
    ['HEAD', false],
    ['main', false],
    ['1.2', false]
  ])('pinned accepts %s: %s', (version, ok) => {
    const act = () => checkPinned(version, { to: 'prod', pinned: true })
    if (ok) expect(act).not.toThrow()
    else expect(act).toThrow(`Version '${version}' cannot go to pinned environment 'prod'`)
    expect(() => checkPinned(version, { to: 'dev', pinned: false })).not.toThrow()
  })

  it.each([
    ['1.2.0', ['1.3.0'], false, "Version '1.2.0' is older than '1.3.0', which 'qa' runs now"],
    ['v1.2.0', ['1.10.0'], false, "Version 'v1.2.0' is older than '1.10.0'"],
    ['1.2.0', ['1.3.0'], true, undefined],
    ['1.4.0', ['1.3.0', 'latest'], false, undefined],
    ['latest', ['1.3.0'], false, undefined]
  ])('%s over %j (allowed %s)', (version, previous, allow, message) => {
    const act = () => checkDowngrade(version, previous, 'qa', allow)
    if (message) expect(act).toThrow(message)
    else expect(act).not.toThrow()
  })
})
