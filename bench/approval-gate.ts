/**
 * approval-gate at its default poll interval (action.yml), as a subprocess against the GitHub emulator:
 * - idle cost: requests that count against the rate limit (answers other than 304) per hour while nobody responds,
 *   measured after the first poll, beside every request the gate made (what polling would cost without ETags);
 * - decision latency: from a counted `/approve` (posted at a random point of the poll cycle) until the gate posts its
 *   decision, beside the poll interval.
 * BENCH_GATE_IDLE_S (default 60) and BENCH_GATE_RUNS (default 3) set the idle span and the latency samples.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import { startGitHubEmulator } from '../test/emulators/github/index.js'
import type { GitHubEmulator } from '../test/emulators/github/index.js'
import { actionDefaults, runAction } from '../test/harness/run-action.js'
import type { RunResult } from '../test/harness/run-action.js'
import { parseDuration } from '../src/core/time/duration.js'
import { median } from './stats.js'
import type { BenchResult, Benchmark } from './stats.js'

const IDLE_S = Number(process.env.BENCH_GATE_IDLE_S ?? 60)
const RUNS = Number(process.env.BENCH_GATE_RUNS ?? 3)
const OWNER = 'acme'
const REPO = 'live'
const HOUR = 3_600_000
const seconds = (ms: number[]) => ms.map((l) => `${(l / 1000).toFixed(2)} s`).join(', ')

async function until<T>(check: () => T | undefined, ms = 30_000): Promise<T> {
  const end = Date.now() + ms
  for (;;) {
    const value = check()
    if (value !== undefined) return value
    if (Date.now() > end) throw new Error('approval-gate bench: the gate did not get that far in time')
    await sleep(20)
  }
}

/** Starts a gate needing alice's approval and waits until it has polled once (its ETags are cached then). */
async function startGate(gh: GitHubEmulator): Promise<{ run: Promise<RunResult>; issue: number }> {
  const run = runAction({
    action: 'approval-gate',
    apiUrl: gh.url,
    inputs: { approvers: 'alice', timeout: '1h' },
    timeoutMs: IDLE_S * 1000 + 120_000
  })
  const issue = await until(() => gh.state.issues(OWNER, REPO).find((i) => !i.pull)?.number)
  await until(() => gh.stats.requests.find((r) => r.method === 'GET' && r.path.endsWith(`/issues/${issue}/comments`)))
  return { run, issue }
}

/**
 * When the gate decided and when it posted the decision. The gate decides right after the last read of its
 * evaluation (the approver's permission) and sets its outputs before writing anything, so the answer to that read
 * is the decision time; the comment follows after the write pacing.
 */
function decisionTimes(
  gh: GitHubEmulator,
  issue: number,
  after: number
): { decided: number; posted: number } | undefined {
  const requests = gh.stats.requests
  const post = requests.findIndex(
    (r) => r.method === 'POST' && r.path.endsWith(`/issues/${issue}/comments`) && r.at >= after
  )
  const lastRead = requests.slice(0, post).findLast((r) => r.method === 'GET')
  return post < 0 || !lastRead ? undefined : { decided: lastRead.at, posted: requests[post].at }
}

export const approvalGate: Benchmark = {
  id: 'approval-gate',
  title: `approval-gate idle cost and decision latency at the default poll interval (${IDLE_S} s idle, ${RUNS} decisions)`,
  async run(): Promise<BenchResult> {
    const interval = actionDefaults('approval-gate', 'ghs_bench')['poll-interval'] ?? '15s'
    const intervalMs = parseDuration(interval) ?? 15_000
    const gh = await startGitHubEmulator({ owner: OWNER, repo: REPO })
    try {
      gh.state.setPermission(OWNER, REPO, 'alice', 'write')

      // Idle: from the end of the first poll, for IDLE_S seconds.
      const idle = await startGate(gh)
      const start = { at: Date.now(), counted: gh.stats.counted, all: gh.stats.requests.length }
      await sleep(IDLE_S * 1000)
      const elapsed = Date.now() - start.at
      const counted = gh.stats.counted - start.counted
      const all = gh.stats.requests.length - start.all
      gh.state.addComment(OWNER, REPO, idle.issue, { user: 'alice', body: '/approve' })
      await idle.run

      // Latency: a counted approval at a random point of the poll cycle.
      const latencies: number[] = []
      const toComment: number[] = []
      for (let i = 0; i < RUNS; i++) {
        gh.reset()
        gh.state.setPermission(OWNER, REPO, 'alice', 'write')
        const gate = await startGate(gh)
        await sleep(Math.random() * intervalMs)
        const at = Date.now()
        gh.state.addComment(OWNER, REPO, gate.issue, { user: 'alice', body: '/approve' })
        const result = await gate.run
        const times = decisionTimes(gh, gate.issue, at)
        if (result.outputs.decision !== 'approved' || times === undefined) {
          throw new Error(`approval-gate bench: expected an approval, got ${result.outputs.decision}: ${result.stderr}`)
        }
        latencies.push(times.decided - at)
        toComment.push(times.posted - at)
      }

      const perHour = (n: number) => (n * HOUR) / elapsed
      const latency = median(latencies)
      return {
        figures: [
          {
            measure: 'counted requests per hour of idle waiting',
            median: perHour(counted),
            unit: 'req/h',
            runs: 1,
            reference: `all requests ${perHour(all).toFixed(0)} req/h`,
            ratio: all === 0 ? undefined : counted / all,
            target: '≤ 5 req/h',
            met: perHour(counted) <= 5
          },
          {
            measure: 'decision latency after a counted comment',
            median: latency / 1000,
            unit: 's',
            runs: latencies.length,
            reference: `poll interval ${interval}`,
            ratio: latency / intervalMs,
            target: `≤ ${(intervalMs + 1000) / 1000} s (interval + 1 s)`,
            met: Math.max(...latencies) <= intervalMs + 1000
          }
        ],
        notes: [
          `idle: ${all} requests in ${(elapsed / 1000).toFixed(0)} s, ${counted} of them counted (the rest 304 Not Modified)`,
          `latencies: ${seconds(latencies)}; "met" reads the worst one`,
          `to the decision comment: ${seconds(toComment)} (the throttling plugin spaces writes, GraphQL included, 1 s apart)`
        ]
      }
    } finally {
      await gh.close()
    }
  }
}
