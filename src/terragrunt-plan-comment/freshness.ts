/**
 * Which run's comment is newer. Two runs for one PR can finish out of order (a slow run for an older commit after a
 * fast one for the new head, or a re-run of an old run), so a run reads the stamp in the comment's marker payload
 * before it writes, and leaves a newer run's comment alone.
 */

/** Who wrote a comment: the commit planned and the workflow run. */
export interface RunStamp {
  headSha: string
  /** GITHUB_RUN_ID: grows with every new run in the repository; a re-run keeps it and raises the attempt. */
  runId: number
  runAttempt: number
  runNumber: number
}

/** The stamp in a marker payload, or undefined for a payload without one (an older version of this action). */
export function stampOf(payload: unknown): RunStamp | undefined {
  if (payload === null || typeof payload !== 'object') return undefined
  const p = payload as Record<string, unknown>
  if (typeof p.headSha !== 'string' || typeof p.runId !== 'number' || typeof p.runAttempt !== 'number') return undefined
  return {
    headSha: p.headSha,
    runId: p.runId,
    runAttempt: p.runAttempt,
    runNumber: typeof p.runNumber === 'number' ? p.runNumber : 0
  }
}

/**
 * Why our run must leave the comment stamped `theirs` alone, or undefined when we may overwrite it. `prHead` is the
 * pull request's head commit as GitHub reports it now (undefined when unknown).
 * - the same run: only an equal or later attempt writes;
 * - a comment about the PR's current head is never replaced by a run that planned another commit;
 * - otherwise the run created later (larger run id) wins, unless only ours planned the current head.
 */
export function newerComment(ours: RunStamp, theirs: RunStamp | undefined, prHead?: string): string | undefined {
  if (!theirs) return undefined
  if (theirs.runId === ours.runId) {
    return theirs.runAttempt > ours.runAttempt
      ? `attempt ${theirs.runAttempt} of this run wrote it after this attempt (${ours.runAttempt})`
      : undefined
  }
  const oursCurrent = prHead !== undefined && ours.headSha === prHead
  const theirsCurrent = prHead !== undefined && theirs.headSha === prHead
  if (!oursCurrent && theirsCurrent) {
    return `it shows ${short(theirs.headSha)}, the pull request's head, and this run planned ${short(ours.headSha)}`
  }
  if (theirs.runId > ours.runId && !(oursCurrent && !theirsCurrent)) {
    return `run #${theirs.runNumber} (started after this one) wrote it`
  }
  return undefined
}

const short = (sha: string) => sha.slice(0, 7)
