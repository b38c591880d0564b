import { describe, expect, it } from '@jest/globals'
import { looksLikeCommand, parseCommand } from '../../../src/approval-gate/commands.js'

describe('parseCommand', () => {
  it.each([
    ['/approve', { action: 'approve', reason: '' }],
    ['/APPROVE', { action: 'approve', reason: '' }],
    ['/Approve looks good to me', { action: 'approve', reason: 'looks good to me' }],
    ['  /approve   trailing spaces  ', { action: 'approve', reason: 'trailing spaces' }],
    ['/approve\nthe rest of the comment is ignored', { action: 'approve', reason: '' }],
    ['/approve ship it\r\nmore', { action: 'approve', reason: 'ship it' }],
    ['/deny breaks the schema', { action: 'deny', reason: 'breaks the schema' }],
    ['/DENY', { action: 'deny', reason: '' }],
    ['/approve\tvia tab', { action: 'approve', reason: 'via tab' }]
  ])('%j is a command', (body, command) => {
    expect(parseCommand(body)).toEqual(command)
  })

  it.each([
    ['I do not approve'],
    ['I /approve'],
    ['/approved?'],
    ['/approved'],
    ['/approve.'],
    ['/approve!'],
    ['/approves'],
    ['approve'],
    ['lgtm'],
    ['> /approve'],
    ['`/approve`'],
    ['/ approve'],
    ['//approve'],
    ['/approve\u200b'],
    ['\u200b/approve'],
    ['/аpprove'], // Cyrillic а
    ['/denied'],
    ['/deny-all'],
    ['please see below\n/approve'],
    ['']
  ])('%j is not a command', (body) => {
    expect(parseCommand(body)).toBeUndefined()
  })

  it.each([
    ['/approved?', true],
    ['  /lgtm', true],
    ['lgtm', false],
    ['text\n/approve', false]
  ])('looksLikeCommand(%j) is %s', (body, expected) => {
    expect(looksLikeCommand(body)).toBe(expected)
  })
})
