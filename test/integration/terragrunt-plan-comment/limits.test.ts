/**
 * The `timeout` input: a unit whose plan hangs (a provider that never answers, ignoring the first SIGTERM as
 * OpenTofu does while it waits for a graceful stop) ends the run at the limit, no process of the run survives it,
 * and the units report what they got.
 */
import { readdirSync, readlinkSync } from 'node:fs'
import { afterAll, describe, expect, it } from '@jest/globals'
import { KILL_GRACE_MS } from '../../../src/core/terragrunt/process.js'
import { cleanup, exampleWorkspace, runPlan, U } from './helpers.js'

afterAll(cleanup)

/** Pids of processes whose working directory is inside `dir`. */
function processesIn(dir: string): number[] {
  const pids: number[] = []
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (readlinkSync(`/proc/${pid}/cwd`).startsWith(dir)) pids.push(Number(pid))
    } catch {
      // gone, or not ours to read
    }
  }
  return pids
}

describe('timeout', () => {
  it('stops Terragrunt and the hanging tofu process at the limit; the unit says why, the others keep their plans', async () => {
    const workspace = await exampleWorkspace()
    const started = Date.now()
    const run = await runPlan({
      workspace,
      inputs: { timeout: '5s', 'plugin-cache': 'false', units: `${U.devDb}\n${U.devDns}` },
      scenario: { terragruntVersion: '1.1.3', autoInit: false, units: { [U.devDb]: { hang: true } } },
      // tofu as a process of its own, so the hang is a grandchild of the action, in Terragrunt's process group
      env: { FAKE_TG_SPAWN_TOFU: '1' }
    })
    expect(run.exitCode).toBe(1)
    // the limit, then at most the grace between SIGTERM and SIGKILL, plus the action's own start and end
    expect(Date.now() - started).toBeGreaterThan(5000 + KILL_GRACE_MS)
    expect(Date.now() - started).toBeLessThan(30_000)
    expect(processesIn(workspace)).toEqual([])

    const units = JSON.parse(run.outputs['units-json']) as { path: string; status: string; error: string | null }[]
    const db = units.find((u) => u.path === U.devDb)
    expect(db).toMatchObject({
      status: 'error',
      error: 'stopped: the run took longer than the time limit (timeout: 5s)'
    })
    // a unit that finished before the limit keeps its own result, and its output went to the job log in a group
    expect(units.find((u) => u.path === U.devDns)).toMatchObject({ status: 'no-changes' })
    expect(run.stdout).toContain(`::group::${U.devDns}\n`)
  })
})
