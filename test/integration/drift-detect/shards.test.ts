/**
 * drift-detect over a sharded estate: list-shards for 500 units, four shard runs writing their reports as the
 * artifacts would lay them out, and aggregate runs that do the issue work once. Plans are tiny recorded ones.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { emulatorForTests } from '../../emulators/github/jest.js'
import {
  OWNER,
  PLANS,
  REPO,
  cleanup,
  failure,
  generatedWorkspace,
  json,
  runDrift,
  scenario,
  unitMarker
} from './helpers.js'

const gh = await emulatorForTests({ owner: OWNER, repo: REPO })
afterAll(cleanup)

const unit = (i: number) => `live/env-${Math.floor(i / 50)}/unit-${String(i).padStart(3, '0')}`
const DRIFTED = [unit(10), unit(260), unit(499)]
const issues = () => gh.state.issues(OWNER, REPO).filter((i) => !i.pull)
const issueOf = (u: string) => issues().filter((i) => (i.body ?? '').includes(unitMarker(u)))

describe('drift-detect with shards', () => {
  it('lists 4 shards for 500 units, plans each shard once, and the aggregate leaves exactly one issue per drifted unit', async () => {
    const ws = await generatedWorkspace(500)
    const drifting = scenario(Object.fromEntries(DRIFTED.map((u) => [u, PLANS.nodeCount])))

    const list = await runDrift({ workspace: ws, gh, inputs: { 'list-shards': 'true', 'max-units-per-shard': '125' } })
    expect(list.exitCode).toBe(0)
    const matrix = json(list, 'matrix') as { shard: string[] }
    expect(matrix).toEqual({ shard: ['1/4', '2/4', '3/4', '4/4'] })

    const shardRun = (shard: string, s = drifting) =>
      runDrift({
        workspace: ws,
        gh,
        scenario: s,
        inputs: { shard, 'report-dir': `reports/drift-report-${shard.replace('/', '-of-')}` }
      })
    const covered: string[] = []
    for (const shard of matrix.shard) {
      const run = await shardRun(shard)
      expect(run.exitCode).toBe(0)
      const report = JSON.parse(readFileSync(run.outputs['report-path'], 'utf8')) as {
        units: Array<{ unit: string }>
      }
      expect(report.units).toHaveLength(125)
      covered.push(...report.units.map((u) => u.unit))
    }
    // A stable split: every unit exactly once.
    expect(new Set(covered).size).toBe(500)
    expect(issues()).toHaveLength(0) // shard runs never write issues

    const aggregate = await runDrift({ workspace: ws, gh, inputs: { aggregate: 'true', 'report-dir': 'reports' } })
    expect(aggregate.exitCode).toBe(0)
    expect(json(aggregate, 'drifted-units')).toEqual(DRIFTED)
    expect(aggregate.outputs['issues-opened']).toBe('3')
    for (const u of DRIFTED) expect(issueOf(u)).toHaveLength(1)
    expect(issues()).toHaveLength(3)

    // Next night every unit is clean, but shard 3's report is missing: its unit keeps its issue, the run fails.
    await rm(join(ws, 'reports'), { recursive: true })
    for (const shard of ['1/4', '2/4', '4/4']) expect((await shardRun(shard, scenario({}))).exitCode).toBe(0)
    const partial = await runDrift({ workspace: ws, gh, inputs: { aggregate: 'true', 'report-dir': 'reports' } })
    expect(partial.exitCode).toBe(1)
    expect(failure(partial)).toMatch(/^shard\(s\) 3 have no usable report: 125 unit\(s\) not reconciled/)
    expect(partial.outputs['issues-closed']).toBe('2')
    expect(issueOf(unit(10))[0].state).toBe('closed')
    expect(issueOf(unit(499))[0].state).toBe('closed')
    expect(issueOf(unit(260))[0].state).toBe('open')
    expect((json(partial, 'errored-units') as string[]).length).toBe(125)
    expect(issues()).toHaveLength(3)
  }, 240_000)
})
