/**
 * Time for the simulated controller. `real` runs steps on short real timers (the action under test runs as a
 * subprocess in real time); `manual` runs them only when a test calls advance(), for deterministic emulator tests.
 */
export interface Scheduler {
  readonly mode: 'real' | 'manual'
  now(): number
  /** Runs fn after ms; the handle cancels it. */
  after(ms: number, fn: () => void): () => void
  /** Cancels everything pending (reset/close). */
  clear(): void
}

export class RealScheduler implements Scheduler {
  readonly mode = 'real'
  private readonly timers = new Set<NodeJS.Timeout>()

  now(): number {
    return Date.now()
  }

  after(ms: number, fn: () => void): () => void {
    const timer = setTimeout(
      () => {
        this.timers.delete(timer)
        fn()
      },
      Math.max(0, ms)
    )
    this.timers.add(timer)
    return () => {
      clearTimeout(timer)
      this.timers.delete(timer)
    }
  }

  clear(): void {
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
  }
}

interface ManualTask {
  at: number
  seq: number
  fn: () => void
}

export class ManualScheduler implements Scheduler {
  readonly mode = 'manual'
  private tasks: ManualTask[] = []
  private seq = 0

  constructor(private current: number) {}

  now(): number {
    return this.current
  }

  after(ms: number, fn: () => void): () => void {
    const task = { at: this.current + Math.max(0, ms), seq: this.seq++, fn }
    this.tasks.push(task)
    return () => {
      this.tasks = this.tasks.filter((t) => t !== task)
    }
  }

  clear(): void {
    this.tasks = []
  }

  /** Moves time forward by ms, running every step that falls due, in time order (steps may schedule more steps). */
  advance(ms: number): void {
    const until = this.current + Math.max(0, ms)
    for (;;) {
      const due = this.tasks.filter((t) => t.at <= until).sort((a, b) => a.at - b.at || a.seq - b.seq)[0]
      if (!due) break
      this.tasks = this.tasks.filter((t) => t !== due)
      this.current = Math.max(this.current, due.at)
      due.fn()
    }
    this.current = until
  }

  /** Steps still waiting. */
  pending(): number {
    return this.tasks.length
  }
}

/** metav1.Time marshals as RFC3339 in UTC with second precision (k8s apimachinery meta/v1/time.go). */
export function kubeTime(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z')
}
