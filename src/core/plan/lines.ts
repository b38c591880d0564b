/** Small line tests shared by the text-plan parser and the diff display. */

/** Indentation width: spaces and tabs at the start of the line. */
export function leadingSpaces(line: string): number {
  let i = 0
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++
  return i
}

/** A horizontal rule Terraform/OpenTofu print between sections (`─────` or `-----`, at least 10 long). */
export function isRule(trimmed: string): boolean {
  if (trimmed.length < 10) return false
  const ch = trimmed[0]
  if (ch !== '─' && ch !== '-') return false
  for (let i = 1; i < trimmed.length; i++) if (trimmed[i] !== ch) return false
  return true
}
