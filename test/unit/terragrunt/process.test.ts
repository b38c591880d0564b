import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { KILL_GRACE_MS, spawnRunner } from '../../../src/core/terragrunt/process.js'

/** True while a process of the group `pgid` runs (zombies waiting for a reaper do not count). */
function groupAlive(pgid: number): boolean {
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let stat: string
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    } catch {
      continue
    }
    // pid (comm) state ppid pgrp …; comm may hold spaces and parentheses
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    if (Number(pgrp) === pgid && state !== 'Z') return true
  }
  return false
}

describe('spawnRunner', () => {
  it('streams output as it comes and returns all of it', async () => {
    const chunks: string[] = []
    const res = await spawnRunner.run('sh', ['-c', 'printf "a\\n"; sleep 0.2; printf "b\\n" >&2; printf "é\\n"'], {
      cwd: tmpdir(),
      onStdout: (c) => chunks.push(c),
      onStderr: (c) => chunks.push(`err:${c}`)
    })
    expect(res).toMatchObject({ exitCode: 0, stdout: 'a\né\n', stderr: 'b\n', timedOut: false, cancelled: false })
    expect(chunks.join('')).toBe('a\nerr:b\né\n')
  })

  it('on timeout kills the whole process group, children that ignore SIGTERM included', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'spawn-'))
    try {
      const pidFile = join(dir, 'pid')
      // the shell and its children ignore SIGTERM, like tofu waiting for a graceful stop that never comes
      const script = `echo $$ > ${pidFile}; trap "" TERM; sleep 60 & sleep 60 & wait`
      const started = Date.now()
      const res = await spawnRunner.run('sh', ['-c', script], { cwd: dir, timeoutMs: 300 })
      expect(res.timedOut).toBe(true)
      expect(Date.now() - started).toBeLessThan(300 + KILL_GRACE_MS + 5000)
      const pgid = Number((await readFile(pidFile, 'utf8')).trim())
      expect(groupAlive(pgid)).toBe(false)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('when this process is told to stop, stops the group and reports the run as cancelled', async () => {
    const run = spawnRunner.run('sh', ['-c', 'sleep 60 & wait'], { cwd: tmpdir() })
    await new Promise((r) => setTimeout(r, 200))
    process.emit('SIGTERM', 'SIGTERM')
    const res = await run
    expect(res).toMatchObject({ cancelled: true, timedOut: false })
    expect(process.listenerCount('SIGTERM')).toBe(0)
  })

  it('stops the group when its signal is aborted, and still resolves with what the process wrote', async () => {
    const controller = new AbortController()
    const started = Date.now()
    const run = spawnRunner.run('sh', ['-c', 'echo started; sleep 60 & wait'], {
      cwd: tmpdir(),
      signal: controller.signal
    })
    await new Promise((r) => setTimeout(r, 200))
    controller.abort()
    const res = await run
    expect(res).toMatchObject({ stdout: 'started\n', timedOut: false, cancelled: false })
    expect(res.exitCode).not.toBe(0)
    expect(Date.now() - started).toBeLessThan(KILL_GRACE_MS + 5000)
  })
})
