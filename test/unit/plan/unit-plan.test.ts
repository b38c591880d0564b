import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildPlanResult, buildUnitPlan } from '../../../src/core/plan/unit-plan.js'

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures/plans', name), 'utf8')

describe('buildUnitPlan', () => {
  it('takes status and counts from the JSON plan and text for display', () => {
    const unit = buildUnitPlan({
      path: 'live/dev/app',
      text: fixture('tf-equiv-moved_with_drift.txt'),
      json: fixture('tf-json-requires-replace.json'),
      exitCode: 2
    })
    expect(unit.status).toBe('changes')
    expect(unit.counts.replace).toBe(1)
    expect(unit.replaced).toHaveLength(1)
    expect(unit.text).toContain('will perform the following actions')
    expect(unit.hashInput).toBeDefined()
  })

  it('marks a unit whose plan exited 1 as an error with the first error summary', () => {
    const stderr = '╷\n│ Error: Invalid reference\n│\n│   on main.tf line 3:\n│    3:   x = foo.bar\n╵\n'
    const unit = buildUnitPlan({ path: 'live/dev/db', text: '', stderr, exitCode: 1 })
    expect(unit.status).toBe('error')
    expect(unit.error).toBe('Invalid reference')
    expect(unit.text).toContain('Error: Invalid reference')
  })

  it('reports a failure outside OpenTofu as the error', () => {
    const unit = buildUnitPlan({ path: 'x', text: '', failure: 'timed out' })
    expect(unit).toMatchObject({ status: 'error', error: 'timed out' })
  })

  it('treats an import-only plan as changes, like -detailed-exitcode does', () => {
    const unit = buildUnitPlan({ path: 'x', text: fixture('tfcmt-import-only.txt'), exitCode: 2 })
    expect(unit.status).toBe('changes')
    expect(unit.counts.import).toBe(1)
  })

  it('reads a no-changes plan', () => {
    const unit = buildUnitPlan({ path: 'x', text: fixture('tfcmt-legacy-tf011-no-changes.txt'), exitCode: 0 })
    expect(unit.status).toBe('no-changes')
  })
})

describe('buildPlanResult', () => {
  const a = () =>
    buildUnitPlan({ path: 'b/app', text: '', json: fixture('tf-json-requires-replace.json'), exitCode: 2 })
  const b = () => buildUnitPlan({ path: 'a/net', text: '', json: fixture('tf-equiv-data_read.json'), exitCode: 2 })

  it('sums counts, sorts units and flags destroys', () => {
    const result = buildPlanResult([a(), b()])
    expect(result.units.map((u) => u.path)).toEqual(['a/net', 'b/app'])
    expect(result.totals.replace).toBe(1)
    expect(result.hasDestroy).toBe(true)
    expect(result.hasChanges).toBe(true)
  })

  it('gives the same hash whatever the order units finished in, and another for another plan', () => {
    const h1 = buildPlanResult([a(), b()]).planHash
    expect(buildPlanResult([b(), a()]).planHash).toBe(h1)
    expect(h1).toMatch(/^[0-9a-f]{64}$/)
    expect(buildPlanResult([a()]).planHash).not.toBe(h1)
  })
})

describe('diagnosticBoxes', () => {
  it("keeps OpenTofu's boxes and drops Terragrunt's log lines that repeat them", async () => {
    const { diagnosticBoxes } = await import('../../../src/core/plan/unit-plan.js')
    const stderr = [
      '╷',
      '│ Error: Error acquiring the state lock',
      '╵',
      '02:29:09.127 ERROR  tofu invocation failed in .',
      '* Failed to execute "tofu plan" in .',
      '  ╷',
      '  │ Error: Error acquiring the state lock',
      '  ╵'
    ].join('\n')
    expect(diagnosticBoxes(stderr)).toBe('╷\n│ Error: Error acquiring the state lock\n╵')
    expect(diagnosticBoxes('ERROR  terragrunt.hcl:3,1-2: Unsupported block type')).toBe('')
  })
})
