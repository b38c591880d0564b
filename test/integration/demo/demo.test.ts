/**
 * `npm run demo` keeps working: the whole pipeline runs on the emulators, every step does what the scenario expects
 * (the demo checks that itself and exits 1 otherwise), and demo-report.md holds what the actions posted.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { repoRoot } from '../../harness/run-action.js'

const dir = await mkdtemp(join(tmpdir(), 'gitops-demo-test-'))
afterAll(() => rm(dir, { recursive: true, force: true }))

/** Runs the same command as `npm run demo` (tsx scripts/demo.ts), output captured, never echoed to the runner. */
function demo(report: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const tsx = join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs')
  const child = spawn(process.execPath, [tsx, 'scripts/demo.ts', '--report', report], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString()))
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()))
  return new Promise((done) => child.on('close', (code) => done({ code, stdout, stderr })))
}

describe('npm run demo', () => {
  it('plays the pipeline end to end and reports what the actions posted', async () => {
    const report = join(dir, 'demo-report.md')
    const run = await demo(report)
    if (run.code !== 0) console.log(`${run.stdout}\n${run.stderr}`)
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/OK: 6 of 6 steps as expected/)
    expect(run.stdout).not.toMatch(/^::/m)

    const text = await readFile(report, 'utf8')
    for (const step of ['Pull request', 'approval for staging', 'Promote dev', 'Argo CD sync', 'Nightly drift']) {
      expect(text).toMatch(new RegExp(`^\\| \\d \\| \\[[^\\]]*${step}[^\\]]*\\]\\([^)]*\\) \\| OK \\|`, 'm'))
    }
    // What a reviewer looks for: the plan comment, the approval issue and its decision, both promotion PRs, the
    // staging sync, the drift issue opened and then closed.
    expect(text).toContain('### Created: comment on acme/live#1 by github-actions[bot]')
    expect(text).toContain('<!-- gitops-actions:terragrunt-plan-comment:default -->')
    expect(text).toMatch(/### Created: issue acme\/live#2 "Approval for staging: main at [0-9a-f]{7}"/)
    expect(text).toContain('✅ **Approved**: approved by bob')
    expect(text).toMatch(/pull request acme\/gitops#1 "Promote 1\.4\.0 to qa" by github-actions\[bot\] \(merged/)
    expect(text).toMatch(
      /pull request acme\/gitops#2 "Promote 1\.4\.0 to staging" by github-actions\[bot\] \(merged by bob/
    )
    expect(text).toContain('3 of 3 app(s) live at')
    expect(text).toMatch(
      /### Created: issue acme\/live#3 "Drift detected in live\/non-production\/development\/vpc".*\(open/
    )
    expect(text).toMatch(/### Updated: issue acme\/live#3 .*\(closed/)
  }, 300_000)
})
