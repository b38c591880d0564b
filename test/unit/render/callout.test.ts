/**
 * The caution callout's own budget: when the report does not fit whole, the callout lists destroyed and replaced
 * addresses by unit (table order) up to its share of the budget, then `and N more in <unit>`, then counts.
 */
import { describe, expect, it } from '@jest/globals'
import { JOB_SUMMARY_LIMIT, textSize } from '../../../src/core/render/budget.js'
import { inlineCode } from '../../../src/core/render/markdown.js'
import {
  CALLOUT_SHARE,
  type PlanReportContext,
  renderPlanReport,
  renderPlanReportFull
} from '../../../src/core/render/plan-comment.js'
import { LIVE_MENTION, addresses, renderedOutside, result, unit } from './helpers.js'
import type { UnitPlan } from '../../../src/core/plan/model.js'

const ctx: PlanReportContext = { markerKey: 'default', markerPayload: { schema: 2 } }

/** The callout block of a report: from `> [!CAUTION]` to the blank line after it. */
function calloutOf(report: string): string {
  const start = report.indexOf('> [!CAUTION]')
  if (start < 0) return ''
  const end = report.indexOf('\n\n', start)
  return report.slice(start, end < 0 ? undefined : end)
}

/** Every `<code>…</code>` of a callout, as written. */
const codes = (callout: string): string[] => [...callout.matchAll(/<code>.*?<\/code>/g)].map((m) => m[0])

/** Units that destroy `d` and replace `r` resources each, with short bodies (so the callout decides the size). */
function destroying(n: number, d: number, r = 0, long = 'resource_with_a_fairly_long_name'): UnitPlan[] {
  return Array.from({ length: n }, (_, i) =>
    unit(`live/unit-${String(i).padStart(2, '0')}`, {
      destroy: addresses(d, `${long}_${i}`, 'google_storage_bucket'),
      replace: addresses(r, `vm_${i}`, 'google_compute_instance'),
      attributes: 1
    })
  )
}

interface Case {
  name: string
  units: UnitPlan[]
  maxChars: number
  share?: number
  /** Units whose addresses are all listed. */
  whole: number
  /** The unit listed in part; none when everything fit. */
  partial?: string
  /** Units after it, with counts only. */
  countsOnly: number
}

describe('callout budget', () => {
  const cases: Case[] = [
    { name: 'everything fits: every address', units: destroying(3, 5), maxChars: 60_000, whole: 3, countsOnly: 0 },
    {
      name: 'the first units whole, one in part, the rest as counts',
      units: destroying(6, 60),
      maxChars: 30_000,
      whole: 2,
      partial: 'live/unit-02',
      countsOnly: 3
    },
    {
      name: 'a bigger share lists more',
      units: destroying(6, 60),
      maxChars: 30_000,
      share: 0.6,
      whole: 3,
      partial: 'live/unit-03',
      countsOnly: 2
    },
    {
      name: 'destroyed before replaced within a unit, cut among the replaced',
      units: destroying(1, 3, 400, 'x'),
      maxChars: 40_000,
      whole: 0,
      partial: 'live/unit-00',
      countsOnly: 0
    }
  ]
  it.each(cases)('$name', ({ units, maxChars, share, whole, partial, countsOnly }) => {
    const out = renderPlanReport(result(units), ctx, { maxChars, calloutShare: share })
    expect(textSize(out)).toBeLessThanOrEqual(maxChars)
    const callout = calloutOf(out)
    const lines = callout.split('\n').filter((l) => l.startsWith('> - '))
    expect(lines).toHaveLength(units.length)
    if (partial) expect(textSize(callout)).toBeLessThanOrEqual(Math.floor(maxChars * (share ?? CALLOUT_SHARE)))
    units.forEach((u, i) => {
      const line = lines[i]
      expect(line.startsWith(`> - ${inlineCode(u.path)}: `)).toBe(true)
      const named = [...u.destroyed, ...u.replaced]
      const listed = codes(line.slice(`> - ${inlineCode(u.path)}: `.length)).filter((c) => c !== inlineCode(u.path))
      if (i < whole) {
        expect(listed).toEqual(named.map((a) => inlineCode(a)))
        expect(line).not.toContain('more in')
      } else if (partial && i === whole) {
        expect(u.path).toBe(partial)
        expect(listed.length).toBeGreaterThan(0)
        expect(listed).toEqual(named.slice(0, listed.length).map((a) => inlineCode(a)))
        expect(line).toMatch(new RegExp(`, and ${named.length - listed.length} more in ${inlineCode(u.path)}$`))
        // destroyed addresses come first, under `destroy`, replaced ones under `replace`
        if (u.destroyed.length > 0 && listed.length > u.destroyed.length) expect(line).toMatch(/: destroy .*; replace /)
      } else {
        expect(listed).toEqual([])
        expect(line).toBe(`> - ${inlineCode(u.path)}: ${u.destroyed.length} destroyed`)
      }
    })
    expect(lines.length - whole - (partial ? 1 : 0)).toBe(countsOnly)
    if (partial) expect(callout).toContain('(what is not listed here is in the job summary):')
    else expect(callout).not.toContain('not listed')
  })

  it('takes about a third of a full comment on a plan with thousands of destroyed addresses', () => {
    const units = destroying(12, 500, 100)
    const out = renderPlanReport(result(units), ctx)
    const callout = calloutOf(out)
    expect(textSize(callout)).toBeLessThanOrEqual(Math.floor(65_536 * CALLOUT_SHARE))
    expect(textSize(callout)).toBeGreaterThan(0.9 * (65_000 * CALLOUT_SHARE))
    expect(callout).toContain('> **6,000 resources will be destroyed and 1,200 replaced** in 12 units')
    expect(codes(callout).length).toBeGreaterThan(150)
    // The summary, with most of its megabyte for the callout, and the full report list every address.
    const summary = renderPlanReport(result(units), ctx, { maxChars: JOB_SUMMARY_LIMIT, calloutShare: 0.75 })
    const full = renderPlanReportFull(result(units), ctx)
    for (const report of [summary, full]) {
      const all = calloutOf(report)
      expect(all).not.toContain('more in')
      const listed = new Set(codes(all))
      const missing = units.flatMap((u) => [...u.destroyed, ...u.replaced]).filter((a) => !listed.has(inlineCode(a)))
      expect(missing).toEqual([])
    }
  })

  it('keeps hostile addresses escaped when it lists them in part', () => {
    const hostile = Array.from(
      { length: 300 },
      (_, i) => `module.m["@octocat </details><script>x${i}</script> \`|*_[x](y)"].null_resource.r`
    )
    const units = [unit('live/@admin/`evil`', { destroy: hostile, attributes: 1 })]
    const out = renderPlanReport(result(units), ctx, { maxChars: 20_000 })
    const callout = calloutOf(out)
    expect(callout).toMatch(/, and \d+ more in <code>live\/@\u200dadmin\/\\`evil\\`<\/code>$/m)
    const outside = renderedOutside(out)
    expect(outside).not.toMatch(LIVE_MENTION)
    expect(outside).not.toContain('<script>')
    expect(outside.split('</details>').length - 1).toBe(out.split('<details>').length - 1)
    for (const code of codes(callout)) expect(code.slice(6, -7)).not.toMatch(/[<>]/)
  })

  it('counts addresses the plan did not name', () => {
    const u = unit('live/a', { destroy: addresses(2), attributes: 1, counts: { destroy: 5 } })
    const out = renderPlanReport(result([u]), ctx)
    expect(calloutOf(out)).toContain(
      `> - <code>live/a</code>: destroy <code>null_resource.r_0</code>, <code>null_resource.r_1</code> (5 destroyed in all)`
    )
  })
})
