/** Time as a dependency, so waiting logic can be tested without real sleeps. */
export interface Clock {
  now(): number
  sleep(ms: number): Promise<void>
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))
}

/** A clock whose time moves only when something sleeps on it; for tests. */
export class ManualClock implements Clock {
  constructor(private current = 0) {}
  now(): number {
    return this.current
  }
  sleep(ms: number): Promise<void> {
    this.current += Math.max(0, ms)
    return Promise.resolve()
  }
  advance(ms: number): void {
    this.current += ms
  }
}

/** A point in time after which work should stop; `remaining()` never goes below zero. */
export class Deadline {
  private readonly at: number
  constructor(
    private readonly clock: Clock,
    timeoutMs: number
  ) {
    this.at = clock.now() + timeoutMs
  }
  remaining(): number {
    return Math.max(0, this.at - this.clock.now())
  }
  expired(): boolean {
    return this.remaining() === 0
  }
}

/**
 * The system clock shifted so that it reads `startAt` now and runs on in real time: tests use it to put a run at a
 * chosen moment (inside or outside a deployment window) while the sleeps stay real.
 */
export function shiftedClock(startAt: number, base: Clock = systemClock): Clock {
  const offset = startAt - base.now()
  return { now: () => base.now() + offset, sleep: (ms) => base.sleep(ms) }
}
