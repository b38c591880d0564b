import { describe, expect, it } from '@jest/globals'
import {
  UnknownEnvironmentError,
  parseGitopsConfig,
  promotionOrder,
  resolveEnvironment
} from '../../../src/core/config/index.js'
import { UserError } from '../../../src/core/errors/index.js'

const config = parseGitopsConfig(
  [
    'environments:',
    '  - name: dev',
    '  - name: staging',
    '  - name: prod',
    '    pinned: true',
    'promotion:',
    '  order: [dev, prod]'
  ].join('\n'),
  '.github/gitops.yaml'
)

describe('resolveEnvironment', () => {
  it('finds an environment by name', () => {
    expect(resolveEnvironment(config, 'prod')).toEqual({ name: 'prod', autoDeploy: false, pinned: true })
  })

  it('matches ignoring case, as GitHub environment names do', () => {
    expect(resolveEnvironment(config, ' Prod ').name).toBe('prod')
  })

  it('names the file, suggests the closest name and lists the known ones for an unknown name', () => {
    expect(() => resolveEnvironment(config, 'stagng')).toThrow(
      "Environment 'stagng' is not defined in .github/gitops.yaml; did you mean 'staging'? (known environments: 'dev', 'staging' and 'prod')"
    )
    let error: unknown
    try {
      resolveEnvironment(config, 'qa')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(UnknownEnvironmentError)
    expect(error).toBeInstanceOf(UserError)
    expect((error as Error).message).toBe(
      "Environment 'qa' is not defined in .github/gitops.yaml (known environments: 'dev', 'staging' and 'prod')"
    )
    expect((error as UnknownEnvironmentError).known).toEqual(['dev', 'staging', 'prod'])
  })
  it('names the input the name came from', () => {
    expect(() => resolveEnvironment(config, 'qa', { input: 'environment' })).toThrow(
      "Input 'environment' names environment 'qa', which is not defined in .github/gitops.yaml (known environments: 'dev', 'staging' and 'prod')"
    )
  })
})

describe('promotionOrder', () => {
  it('is promotion.order when the file gives one', () => {
    expect(promotionOrder(config)).toEqual(['dev', 'prod'])
  })
})
