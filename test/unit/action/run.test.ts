import { beforeEach, describe, expect, it, jest } from '@jest/globals'

const core = { setFailed: jest.fn(), debug: jest.fn() }
jest.unstable_mockModule('@actions/core', () => core)
const { runAction, describeFailure } = await import('../../../src/core/action/run.js')
const { InputReader, recordInputs } = await import('../../../src/core/action/inputs.js')

describe('runAction', () => {
  beforeEach(() => {
    jest.clearAllMocks()
  })

  it('reports a bad duration input as one failed line without a stack', async () => {
    await runAction(() => {
      new InputReader(recordInputs({ timeout: 'forever' })).duration('timeout')
      return Promise.resolve()
    })
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    const message = core.setFailed.mock.calls[0][0] as string
    expect(message).toBe(
      "Input 'timeout' has invalid value 'forever': expected a duration such as 90s, 15m, 2h or 1h30m."
    )
    expect(message).not.toContain('\n')
    expect(core.debug).not.toHaveBeenCalled()
  })

  it('keeps the stack of an unexpected error in debug output only', async () => {
    await runAction(() => Promise.reject(new TypeError('x is undefined')))
    expect(core.setFailed).toHaveBeenCalledWith('Unexpected error: x is undefined')
    expect(core.debug.mock.calls[0][0]).toContain('TypeError: x is undefined\n    at ')
  })

  it('does nothing when the action succeeds', async () => {
    await runAction(() => Promise.resolve())
    expect(core.setFailed).not.toHaveBeenCalled()
  })
})

describe('describeFailure', () => {
  it('explains GitHub permission errors in one line without the host or query', () => {
    const error = Object.assign(new Error('Resource not accessible by integration'), {
      status: 403,
      request: { method: 'POST', url: 'https://api.github.com/repos/acme/live/issues/1/comments?access_token=abc' }
    })
    const { message, isBug } = describeFailure(error)
    expect(isBug).toBe(false)
    expect(message).toBe(
      "GitHub API POST /repos/acme/live/issues/1/comments answered 403 (the token lacks a permission: check the workflow's `permissions:` block): Resource not accessible by integration"
    )
  })
})
