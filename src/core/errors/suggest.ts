/** Edit distance with adjacent transpositions (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1
  const cols = b.length + 1
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  )
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2][j - 2] + 1)
      d[i][j] = best
    }
  }
  return d[a.length][b.length]
}

const squash = (s: string) => s.toLowerCase().replace(/[-_\s]/g, '')

/**
 * The known word closest to `word`, or undefined when none is plausibly what was meant. Spelling variants of the same
 * key (`minApprovals`, `min_approvals`, `MIN-APPROVALS`) always match.
 */
export function closest(word: string, known: readonly string[]): string | undefined {
  const target = squash(word)
  const same = known.find((k) => squash(k) === target)
  if (same !== undefined) return same
  let best: string | undefined
  let bestDistance = Infinity
  for (const k of known) {
    const distance = editDistance(target, squash(k))
    if (distance < bestDistance) {
      best = k
      bestDistance = distance
    }
  }
  const allowed = Math.max(1, Math.floor(Math.max(target.length, 3) / 3))
  return bestDistance <= allowed ? best : undefined
}

/** `a, b and c` (or with another conjunction, or each word quoted). */
export function listWords(words: readonly string[], opts: { quote?: string; conjunction?: string } = {}): string {
  const { quote = '', conjunction = 'and' } = opts
  const q = words.map((w) => `${quote}${w}${quote}`)
  return q.length <= 1 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} ${conjunction} ${q.at(-1)}`
}
