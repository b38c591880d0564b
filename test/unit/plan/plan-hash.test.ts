/**
 * The unit plan hash (plan-hash.ts) on the real fixtures: the same for the same plan however it was captured
 * (key order, resource order, ANSI colour, CRLF, trailing spaces, a saved-plan footer with another temp path, lost
 * blank lines, redaction) and different when a value, an action or a resource differs. verify-reviewed relies on
 * both halves.
 */
import { describe, expect, it } from '@jest/globals'
import { textChangesForHash, unitPlanHash } from '../../../src/core/plan/plan-hash.js'
import { buildPlanResult, buildUnitPlan } from '../../../src/core/plan/unit-plan.js'
import { redactPlanResult } from '../../../src/core/render/redact.js'
import { fixture, fixtureNames, planText } from './fixtures.js'

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }

const hashOf = (input: { text?: string; json?: string; exitCode?: number }) => {
  const [unit] = buildPlanResult([
    buildUnitPlan({ path: 'u', text: input.text ?? '', json: input.json, exitCode: input.exitCode })
  ]).units
  return unit
}

/** Every object's keys in reverse order, recursively (same JSON value, other text). */
function reverseKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(reverseKeys)
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .reverse()
        .map((k) => [k, reverseKeys(value[k])])
    )
  }
  return value
}

/** The first string or number leaf under `after` of a resource change that does something, changed. */
function changeFirstValue(plan: { resource_changes?: { change?: { actions?: string[]; after?: Json } }[] }): boolean {
  const walk = (v: Json, set: (x: Json) => void): boolean => {
    if (typeof v === 'string' || typeof v === 'number') {
      set(typeof v === 'string' ? `${v}-changed` : v + 1)
      return true
    }
    if (Array.isArray(v)) return v.some((x, i) => walk(x, (n) => (v[i] = n)))
    if (v !== null && typeof v === 'object') return Object.keys(v).some((k) => walk(v[k], (n) => (v[k] = n)))
    return false
  }
  for (const rc of plan.resource_changes ?? []) {
    const actions = rc.change?.actions ?? []
    if (!actions.some((a) => a === 'create' || a === 'update')) continue
    if (rc.change && walk(rc.change.after ?? null, (n) => (rc.change!.after = n))) return true
  }
  return false
}

const jsonFixtures = fixtureNames('.json').filter((n) => !n.includes('plan-error'))
const textFixtures = fixtureNames('.txt')

describe('unit plan hash from JSON plans', () => {
  it.each(jsonFixtures)('%s: the same for the same plan captured differently', (name) => {
    const json = fixture(name)
    const parsed = JSON.parse(json) as Json & { resource_changes?: Json[]; timestamp?: string }
    const base = hashOf({ json })
    // Same plan: keys reordered, resources in another order, another timestamp, pretty-printed, text differs.
    const other = reverseKeys(parsed) as typeof parsed
    if (Array.isArray(other.resource_changes)) other.resource_changes.reverse()
    other.timestamp = '2030-01-01T00:00:00Z'
    const again = hashOf({ json: JSON.stringify(other, null, 2), text: '\u001b[1mSaved the plan to: /tmp/x\u001b[0m' })
    expect(again.hash).toBe(base.hash)
    expect(base.hash).toMatch(/^[0-9a-f]{32}$/)
  })

  const withValues = jsonFixtures.filter((n) => changeFirstValue(JSON.parse(fixture(n)) as never))
  it('has fixtures with values to change', () => expect(withValues.length).toBeGreaterThanOrEqual(4))

  it.each(withValues)('%s: a changed value changes the hash', (name) => {
    const json = fixture(name)
    const changed = JSON.parse(json) as never
    changeFirstValue(changed)
    expect(hashOf({ json: JSON.stringify(changed) }).hash).not.toBe(hashOf({ json }).hash)
  })

  it('a changed action changes the hash', () => {
    const json = fixture('tf-json-requires-replace.json')
    const plan = JSON.parse(json) as { resource_changes: { change: { actions: string[] } }[] }
    plan.resource_changes[0].change.actions = ['create', 'delete']
    expect(hashOf({ json: JSON.stringify(plan) }).hash).not.toBe(hashOf({ json }).hash)
  })

  it('a resource more changes the hash', () => {
    const json = fixture('tf-json-requires-replace.json')
    const plan = JSON.parse(json) as { resource_changes: { address: string }[] }
    plan.resource_changes.push({ ...plan.resource_changes[0], address: 'test_instance.extra' })
    expect(hashOf({ json: JSON.stringify(plan) }).hash).not.toBe(hashOf({ json }).hash)
  })
})

/** The same text as another capture of it could look. */
const recaptured = {
  ansi: (t: string) => t.replace(/^(\s*)([+~-]) /gm, '$1\u001b[32m$2\u001b[0m '),
  crlf: (t: string) => t.replace(/\n/g, '\r\n'),
  'trailing spaces': (t: string) => t.replace(/\n/g, '   \n'),
  'no blank lines (Terragrunt log)': (t: string) => t.replace(/\n\s*\n/g, '\n'),
  'another saved-plan path': (t: string) =>
    t.includes('Saved the plan to:')
      ? t.replace(/Saved the plan to: \S+/, 'Saved the plan to: /tmp/run-42/tfplan')
      : `${t}\n\nSaved the plan to: /tmp/run-42/tfplan\n`
}

/** A value on a planned-change line (`+ name = "value"` or `~ name = "a" -> "b"`), changed; undefined when none. */
function changeTextValue(text: string): string | undefined {
  const lines = text.split('\n')
  const start = lines.findIndex((l) => / will perform the following actions:$/.test(l.trim()))
  if (start < 0) return undefined
  for (let i = start + 1; i < lines.length; i++) {
    const m = /^(\s*[+~] \S+\s+= )"([^"]*)"/.exec(lines[i])
    if (m) {
      lines[i] = lines[i].replace(`"${m[2]}"`, `"${m[2]}-changed"`)
      return lines.join('\n')
    }
  }
  return undefined
}

describe('unit plan hash from plan text (no JSON)', () => {
  it.each(textFixtures.flatMap((n) => Object.keys(recaptured).map((k) => [n, k] as const)))(
    '%s: the same with %s',
    (name, how) => {
      const text = planText(name)
      const recapture = recaptured[how as keyof typeof recaptured]
      expect(hashOf({ text: recapture(text) }).hash).toBe(hashOf({ text }).hash)
    }
  )

  const withValues = textFixtures.filter((n) => changeTextValue(planText(n)) !== undefined)
  it('has fixtures with values to change', () => expect(withValues.length).toBeGreaterThanOrEqual(4))

  it.each(withValues)('%s: a changed value changes the hash', (name) => {
    const text = planText(name)
    expect(hashOf({ text: changeTextValue(text)! }).hash).not.toBe(hashOf({ text }).hash)
  })

  it('the planned changes leave out the tool name, warning boxes and blank lines', () => {
    const body = [
      'Note: Objects have changed outside of Terraform',
      '',
      'OpenTofu will perform the following actions:',
      '',
      '  # a.b will be created',
      '  + resource "a" "b" {',
      '      + x = "1"   ',
      '    }',
      '',
      'Plan: 1 to add, 0 to change, 0 to destroy.',
      '╷',
      '│ Warning: Deprecated',
      '╵'
    ].join('\n')
    expect(textChangesForHash(body)).toEqual([
      '  # a.b will be created',
      '  + resource "a" "b" {',
      '      + x = "1"',
      '    }',
      'Plan: 1 to add, 0 to change, 0 to destroy.'
    ])
    expect(textChangesForHash(body.replace('OpenTofu', 'Terraform'))).toEqual(textChangesForHash(body))
    expect(textChangesForHash('No changes. Your infrastructure matches the configuration.')).toEqual([])
  })
})

describe('unit plan hash and the rest of the result', () => {
  it('does not depend on the path or on redaction, and differs by status', () => {
    const json = fixture('tf-json-requires-replace.json')
    const result = buildPlanResult([
      buildUnitPlan({ path: 'live/secret-app', text: '', json }),
      buildUnitPlan({ path: 'live/other', text: '', json })
    ])
    const [a, b] = result.units
    expect(a.hash).toBe(b.hash)
    const masked = redactPlanResult(result, [/secret|test_instance|ami-[0-9a-f]+/])
    expect(masked.units.map((u) => u.hash)).toEqual(result.units.map((u) => u.hash))
    expect(masked.units[1].path).toBe('live/***-app')
    expect(unitPlanHash({ status: 'error', hashInput: a.hashInput })).not.toBe(a.hash)
  })
})
