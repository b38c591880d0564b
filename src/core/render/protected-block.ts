/**
 * The "protected resources" block at the top of the plan comment (above the callout): the protected addresses the
 * plan destroys or replaces, by unit, and whether the step fails or a label allowed it. Rendered once and put
 * under the title by plan-comment.ts, so every size of the report (comment, summary, file) starts with it.
 */
import { formatCount } from './budget.js'
import { inlineCode } from './markdown.js'

export interface ProtectedViolation {
  unit: string
  address: string
  action: 'destroy' | 'replace'
}

export interface ProtectedReport {
  violations: readonly ProtectedViolation[]
  /** Units whose destroyed or replaced addresses are not known (failed to plan, counts without addresses). */
  unchecked: readonly { unit: string; reason: string }[]
  /** The override label, when `protected-override-label` is set. */
  overrideLabel?: string
  /** True when the pull request carries the override label (read from the API just now). */
  overridden: boolean
  /** Why the label could not be checked (e.g. the labels could not be read), shown in the block. */
  labelNote?: string
}

/** How many addresses the block names at most; the `protected-violations` output has them all. */
export const PROTECTED_LISTED = 50

const plural = (n: number, one: string, many = `${one}s`): string => `${formatCount(n)} ${n === 1 ? one : many}`

/** The block, or '' when nothing protected is touched and every unit could be checked. */
export function renderProtectedBlock(report: ProtectedReport): string {
  const { violations, unchecked } = report
  if (violations.length === 0 && unchecked.length === 0) return ''
  const what: string[] = []
  if (violations.length > 0) {
    what.push(`**${plural(violations.length, 'protected resource')} will be destroyed or replaced**`)
  }
  if (unchecked.length > 0) {
    what.push(`**${plural(unchecked.length, 'unit')} could not be checked** for protected resources`)
  }
  const label = report.overrideLabel ? inlineCode(report.overrideLabel) : undefined
  let verdict: string
  if (report.overridden && label) verdict = `: allowed by the label ${label} on this pull request, so the step passes.`
  else if (label) verdict = `, so this step fails unless the pull request carries the label ${label}.`
  else verdict = ', so this step fails.'
  const lines = [report.overridden ? '> [!WARNING]' : '> [!CAUTION]', `> ${what.join(' and ')}${verdict}`]
  if (report.labelNote) lines.push(`> ${report.labelNote}`)

  let listed = 0
  const shownUnits = new Set<string>()
  const byUnit = new Map<string, ProtectedViolation[]>()
  for (const v of violations) byUnit.set(v.unit, [...(byUnit.get(v.unit) ?? []), v])
  for (const [unit, list] of byUnit) {
    const room = PROTECTED_LISTED - listed
    if (room <= 0) break
    const shown = list.slice(0, room)
    shownUnits.add(unit)
    listed += shown.length
    const parts = (['replace', 'destroy'] as const)
      .map((action) => {
        const addrs = shown.filter((v) => v.action === action).map((v) => inlineCode(v.address))
        return addrs.length > 0 ? `${action} ${addrs.join(', ')}` : ''
      })
      .filter(Boolean)
    const more = list.length > shown.length ? ` and ${formatCount(list.length - shown.length)} more` : ''
    lines.push(`> - ${inlineCode(unit)}: ${parts.join('; ')}${more}`)
  }
  const rest = violations.filter((v) => !shownUnits.has(v.unit))
  if (rest.length > 0) {
    const units = new Set(rest.map((v) => v.unit)).size
    lines.push(
      `> - and ${formatCount(rest.length)} more in ${plural(units, 'other unit')}: see the \`protected-violations\` output`
    )
  }
  for (const u of unchecked) lines.push(`> - ❓ ${inlineCode(u.unit)}: ${u.reason}`)
  return `#### 🛡️ Protected resources\n\n${lines.join('\n')}`
}
