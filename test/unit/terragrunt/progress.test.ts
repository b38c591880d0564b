import { describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { UnitStream } from '../../../src/core/terragrunt/progress.js'

const ROOT = '/live'
const entry = (o: Record<string, unknown>) => JSON.stringify({ time: 't', ...o }) + '\n'

describe('UnitStream', () => {
  it('hands over each unit once its JSON plan exists, the rest at the end; run messages at once', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'progress-'))
    const events: string[] = []
    const s = new UnitStream(ROOT, outDir, {
      unitFinished: (unit, lines) => events.push(`${unit}: ${lines.join(' | ')}`),
      runMessage: (line) => events.push(`run: ${line}`)
    })
    s.stderr(
      entry({
        level: 'info',
        'working-dir': ROOT,
        msg: 'Unit queue will be processed for plan in this order:\n- Unit a'
      })
    )
    // a json chunk cut in the middle of a line, and the line itself split over two writes of the pipe
    const first = entry({ level: 'stdout', 'working-dir': 'a', 'tf-path': 'tofu', msg: 'Plan: 1 to' })
    s.stdout(first.slice(0, 20))
    s.stdout(first.slice(20))
    s.stdout(entry({ level: 'stdout', 'working-dir': '/live/b', 'tf-path': 'tofu', msg: 'No changes.\n' }))
    s.stdout(entry({ level: 'stdout', 'working-dir': 'a', 'tf-path': 'tofu', msg: ' add.\n' }))
    expect(events).toEqual(['run: INFO Unit queue will be processed for plan in this order:', 'run: INFO - Unit a'])
    await mkdir(join(outDir, 'a'))
    await writeFile(join(outDir, 'a/tfplan.json'), '{}')
    s.poll()
    expect(events.at(-1)).toBe('a: Plan: 1 to add.')
    s.stderr(entry({ level: 'error', 'working-dir': 'b', msg: 'tofu invocation failed' }))
    s.stdout('\n❯❯ Run Summary  2 units  1s\n')
    s.finish()
    expect(events.slice(3)).toEqual([
      'run: ❯❯ Run Summary  2 units  1s',
      'b: No changes. | ERROR tofu invocation failed'
    ])
  })
})
