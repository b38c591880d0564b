import { expect } from '@jest/globals'
import type { ArgoCdEmulator } from '../../emulators/argocd/index.js'
import { runAction } from '../../harness/run-action.js'
import type { RunOptions, RunResult } from '../../harness/run-action.js'

/** Inputs that keep a run short: fast polls, short grace and per-request timeouts. */
export const FAST = {
  'poll-interval': '300ms',
  'request-timeout': '3s',
  timeout: '20s',
  'degraded-grace': '1s',
  'retry-backoff': '1s'
}

export function runSyncWait(
  argo: ArgoCdEmulator,
  inputs: Record<string, string>,
  options: Partial<RunOptions> = {}
): Promise<RunResult> {
  return runAction({
    action: 'argocd-sync-wait',
    inputs: { server: argo.url, 'auth-token': argo.token, ...FAST, ...inputs },
    timeoutMs: 40_000,
    ...options
  })
}

export interface AppJson {
  name: string
  namespace: string
  outcome: 'succeeded' | 'failed' | 'timeout'
  reason: string
  sync: string
  revisions: string[]
  health: string
  operation: { phase: string; message: string } | null
  durationSeconds: number
  resources: { resource: string; sync: string; health: string; message: string }[]
  rollback?: { outcome: string; reason: string; revisions: string[] }
}

export const appsOf = (r: RunResult): AppJson[] => JSON.parse(r.outputs['apps-json'] ?? '[]') as AppJson[]

/** The step's one failure line (core.setFailed), or undefined. */
export const failureOf = (r: RunResult): string | undefined =>
  r.annotations.filter((a) => a.level === 'error').at(-1)?.message

/**
 * The trust check behind every "succeeded": when the action says an app is live, the emulator's own record agrees:
 * at the expected revision, Synced, Healthy (or Suspended where allowed), reconciled in a later second than its last
 * operation ended.
 */
export function expectTruthful(argo: ArgoCdEmulator, r: RunResult, expected: string, allowed = ['Healthy']): void {
  for (const app of appsOf(r).filter((a) => a.outcome === 'succeeded')) {
    const live = argo.app(app.name)!
    // Only our own operation is judged here: a later one of someone else (auto-sync) may still be reconciling.
    const state = live.status?.operationState
    const ours = state?.operation?.info?.some((i) => i.name === 'gha-run')
    const finished = ours ? state?.finishedAt : undefined
    expect([app.name, live.status?.sync?.revision ?? live.status?.sync?.revisions?.[0]]).toEqual([app.name, expected])
    expect(live.status?.sync?.status).toBe('Synced')
    expect(allowed).toContain(live.status?.health?.status)
    // Second precision: only a later second proves the comparison began after the operation ended.
    if (finished) expect(Date.parse(live.status.reconciledAt!)).toBeGreaterThan(Date.parse(finished))
  }
}
