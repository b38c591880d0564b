import { describe, expect, it } from '@jest/globals'
import { toDiffLines } from '../../../src/core/plan/display.js'
import type { PlanResult } from '../../../src/core/plan/model.js'
import { GITHUB_COMMENT_LIMIT, JOB_SUMMARY_LIMIT, textSize } from '../../../src/core/render/budget.js'
import { ZWJ, parseMarkerData } from '../../../src/core/render/markdown.js'
import { redactPlanResult } from '../../../src/core/render/redact.js'
import {
  type PlanReportContext,
  isKeyPlanLine,
  renderPlanReport,
  renderPlanReportFull
} from '../../../src/core/render/plan-comment.js'
import {
  LIVE_MENTION,
  LONE_SURROGATE,
  addresses,
  count,
  planText,
  renderedOutside,
  result,
  splitFences,
  unit
} from './helpers.js'

const ctx: PlanReportContext = {
  label: 'non-production',
  headSha: '0123456789abcdef0123456789abcdef01234567',
  runUrl: 'https://github.com/acme/live/actions/runs/42',
  markerKey: 'live/non-production',
  markerPayload: { v: 1, stack: 'live/non-production' },
  tool: 'tofu'
}

/** The `<details>` sections of a report, by unit path. */
function sections(report: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const m of report.matchAll(/<details><summary><code>(.*?)<\/code>[\s\S]*?\n<\/details>/g)) out.set(m[1], m[0])
  return out
}

/** The table's data rows (lines starting with `| ` after the alignment row). */
function tableRows(report: string): string[] {
  const lines = report.split('\n')
  const start = lines.findIndex((l) => /^\|(:?-+:?\|)+$/.test(l))
  const rows: string[] = []
  for (let i = start + 1; i < lines.length && lines[i].startsWith('| '); i++) rows.push(lines[i])
  return rows
}

function mixed(): PlanResult {
  return result([
    unit('live/prod/vpc', { update: ['google_compute_network.main'] }),
    unit('live/prod/db', {
      create: ['google_sql_user.app'],
      destroy: ['google_sql_database.old'],
      replace: ['google_sql_database_instance.main']
    }),
    unit('live/prod/dns'),
    unit('live/prod/iam'),
    unit('live/prod/gke', {
      error: 'Error: Invalid reference\n\n  on main.tf line 3',
      text: '│ Error: Invalid reference'
    })
  ])
}

describe('renderPlanReport: structure', () => {
  const report = renderPlanReport(mixed(), ctx, { summaryUrl: 'https://github.com/acme/live/actions/runs/42#summary' })

  it('puts marker, marker data, title, callout, table and bodies in that order', () => {
    const at = (needle: string): number => {
      const i = report.indexOf(needle)
      expect(i).toBeGreaterThanOrEqual(0)
      return i
    }
    expect(report.startsWith('<!-- gitops-actions:terragrunt-plan-comment:live/non-production -->\n')).toBe(true)
    const order = [
      at('<!-- gitops-actions-data:'),
      at('### '),
      at('> [!CAUTION]'),
      at('| Unit | Status |'),
      at('<details>'),
      at('✅ **No changes**')
    ]
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    expect(parseMarkerData(report)).toEqual(ctx.markerPayload)
  })

  it('titles with label, totals, failures, short SHA and run link', () => {
    const title = report.split('\n').find((l) => l.startsWith('### '))
    expect(title).toBe(
      '### OpenTofu plan for non-production: `+2 ~1 -2 ±1`, ❌ 1 unit failed · <code>0123456</code> · [workflow run](https://github.com/acme/live/actions/runs/42)'
    )
  })

  it('lists every destroyed and replaced address by unit in the callout', () => {
    const callout = report.slice(report.indexOf('> [!CAUTION]'), report.indexOf('\n\n', report.indexOf('> [!CAUTION]')))
    expect(callout).toBe(
      [
        '> [!CAUTION]',
        '> **1 resource will be destroyed and 1 replaced** in 1 unit:',
        '> - <code>live/prod/db</code>: destroy <code>google_sql_database.old</code>; replace <code>google_sql_database_instance.main</code>',
        '>',
        '> ❌ 1 unit failed to plan, so what it would change is unknown.'
      ].join('\n')
    )
  })

  it('has one table row per unit in path order, with status symbols and a one-line error', () => {
    expect(tableRows(report)).toEqual([
      '| <code>live/prod/db</code> | ⚠️ destroys | 2 |  | 2 | 1 |  |',
      '| <code>live/prod/dns</code> | ✅ no changes |  |  |  |  |  |',
      '| <code>live/prod/gke</code> | ❌ error |  |  |  |  | Error: Invalid reference on main.tf line 3 |',
      '| <code>live/prod/iam</code> | ✅ no changes |  |  |  |  |  |',
      '| <code>live/prod/vpc</code> | ✏️ changes |  | 1 |  |  |  |'
    ])
  })

  it('expands only units with changes or errors, errors first, then destroys, then the rest', () => {
    expect([...sections(report).keys()]).toEqual(['live/prod/gke', 'live/prod/db', 'live/prod/vpc'])
    expect(report).toContain('✅ **No changes** in 2 units: <code>live/prod/dns</code> · <code>live/prod/iam</code>')
    expect(report).not.toMatch(/<details>(?!<summary><code>live\/prod\/(gke|db|vpc)<)/)
  })

  it('renders bodies as collapsed diff blocks', () => {
    const db = sections(report).get('live/prod/db')!
    expect(db).toMatch(
      /^<details><summary><code>live\/prod\/db<\/code> · ⚠️ destroys \+2 ~0 -2 ±1<\/summary>\n\n```diff\n/
    )
    expect(db).toContain('\n  # google_sql_database.old will be destroyed\n')
    expect(db).toContain('\nPlan: 2 to add, 0 to change, 2 to destroy.\n```\n\n</details>')
  })

  it('says all clear when nothing is destroyed', () => {
    const clear = renderPlanReport(result([unit('a', { create: ['x.y'] }), unit('b')]), ctx)
    expect(clear).toContain('\n\n✅ Nothing will be destroyed or replaced.\n\n')
    expect(clear).not.toContain('[!CAUTION]')
    const failed = renderPlanReport(result([unit('a', { create: ['x.y'] }), unit('b', { error: 'boom' })]), ctx)
    expect(failed).toContain('⚠️ Nothing will be destroyed or replaced in the units that planned, but 1 unit failed')
  })

  it.each([
    {
      name: 'deleted units alone',
      units: [unit('live/dev/app')],
      deleted: ['live/dev/old-db'],
      want: [
        '> [!CAUTION]\n> **1 unit removed by this pull request** (not planned)',
        '> - <code>live/dev/old-db</code>'
      ],
      not: ['✅ Nothing will be destroyed']
    },
    {
      name: 'deleted units after destroyed addresses',
      units: [unit('live/dev/app', { destroy: ['x.y'] })],
      deleted: ['live/dev/old-db', 'live/dev/old-vpc'],
      want: [
        'destroy <code>x.y</code>\n>\n> **2 units removed by this pull request**',
        '> - <code>live/dev/old-vpc</code>'
      ],
      not: []
    },
    {
      name: 'deleted units with a failure',
      units: [unit('live/dev/app', { error: 'boom' })],
      deleted: ['live/dev/old-db'],
      want: ['> - <code>live/dev/old-db</code>\n>\n> ❌ 1 unit failed to plan'],
      not: ['⚠️ Nothing will be destroyed']
    }
  ])('lists units the pull request deletes in the callout: $name', ({ units, deleted, want, not }) => {
    const out = renderPlanReport(result(units), { ...ctx, deletedUnits: deleted })
    for (const w of want) expect(out).toContain(w)
    for (const n of not) expect(out).not.toContain(n)
    expect(out).toContain('unless destroyed before the code is removed')
  })

  it('names at most 20 deleted units and counts the rest', () => {
    const deleted = Array.from({ length: 25 }, (_, i) => `live/u${String(i).padStart(2, '0')}`)
    const out = renderPlanReport(result([unit('a')]), { ...ctx, deletedUnits: deleted })
    expect(out).toContain('> - <code>live/u19</code>\n> - and 5 more')
    expect(out).not.toContain('live/u20')
  })

  it('lists the units skipped as unaffected on one collapsed line, escaped', () => {
    const out = renderPlanReport(result([unit('live/dev/app', { create: ['x.y'] })]), {
      ...ctx,
      skippedUnits: ['live/dev/db', 'live/prod/***-vpc']
    })
    expect(out).toContain(
      '<details><summary>⏭️ 2 units skipped: not affected by this pull request</summary>\n\n<code>live/dev/db</code> · <code>live/prod/\\*\\*\\*-vpc</code>\n\n</details>'
    )
    const none = renderPlanReport(result([unit('a')]), ctx)
    expect(none).not.toContain('skipped')
  })

  it('shortens the skipped line to a count when the budget is tight', () => {
    const skipped = Array.from({ length: 2000 }, (_, i) => `live/env/unit-${i}`)
    const big = result([unit('a', { create: addresses(4000) })])
    const out = renderPlanReport(big, { ...ctx, skippedUnits: skipped })
    expect(textSize(out)).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT)
    expect(out).toContain('⏭️ 2,000 units skipped: not affected by this pull request.')
    expect(renderPlanReportFull(big, { ...ctx, skippedUnits: skipped })).toContain('<code>live/env/unit-1999</code>')
  })

  it('lists why each unit was planned in one collapsed block, escaped; left out when there is no room', () => {
    const r = result([unit('live/dev/app'), unit('live/dev/vpc', { create: ['x.y'] })])
    const plannedReasons = [
      { unit: 'live/dev/app', reason: 'depends on live/dev/vpc' },
      { unit: 'live/dev/vpc', reason: 'uses module modules/vpc (changed modules/vpc/*_main.tf)' }
    ]
    const out = renderPlanReport(r, { ...ctx, plannedReasons })
    expect(out).toContain(
      [
        '<details><summary>🧭 Why 2 units were planned</summary>',
        '',
        '- <code>live/dev/app</code>: depends on live/dev/vpc',
        '- <code>live/dev/vpc</code>: uses module modules/vpc (changed modules/vpc/\\*\\_main.tf)',
        '',
        '</details>'
      ].join('\n')
    )
    expect(out.indexOf('🧭')).toBeLessThan(out.indexOf('Plan hash'))
    expect(renderPlanReport(r, ctx)).not.toContain('🧭')
    // Under a budget the plan comes first: the block goes when it does not fit whole.
    const big = result([unit('a', { create: addresses(4000) })])
    const many = Array.from({ length: 2000 }, (_, i) => ({ unit: `live/env/unit-${i}`, reason: 'depends on a' }))
    const tight = renderPlanReport(big, { ...ctx, plannedReasons: many })
    expect(textSize(tight)).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT)
    expect(tight).not.toContain('🧭')
    expect(renderPlanReportFull(big, { ...ctx, plannedReasons: many })).toContain('live/env/unit-1999')
  })

  it.each<[string, Parameters<typeof unit>[1], string]>([
    ['only replacements', { replace: ['a.b'] }, '⚠️ replaces'],
    ['a destroy beside a replacement', { replace: ['a.b'], destroy: ['a.c'] }, '⚠️ destroys'],
    ['only a destroy', { destroy: ['a.c'] }, '⚠️ destroys'],
    ['an update', { update: ['a.d'] }, '✏️ changes']
  ])('status of a unit with %s: %s', (_, changes, status) => {
    const [row] = tableRows(renderPlanReport(result([unit('live/u', changes)]), ctx))
    expect(row).toMatch(new RegExp(`^\\| <code>live/u</code> \\| ${status} \\|`))
  })

  it('shows heredocs, imports and moves', () => {
    const text = [
      '  # aws_instance.web will be updated in-place',
      '  ~ resource "aws_instance" "web" {',
      '      ~ user_data = <<-EOT',
      '            #!/bin/bash',
      '          - echo old',
      '          + echo new',
      '        EOT',
      '    }',
      '',
      'Plan: 0 to add, 1 to change, 0 to destroy.'
    ].join('\n')
    const r = result([unit('live/web', { update: ['aws_instance.web'], text, counts: { import: 2, move: 1 } })])
    const out = renderPlanReport(r, ctx)
    for (const line of ['#!/bin/bash', 'echo old', 'echo new', '        EOT']) expect(out).toContain(line)
    expect(out).toContain('| Unit | Status | Add | Change | Destroy | Replace | Import | Move |')
    expect(out).toContain('`+0 ~1 -0`, 2 to import, 1 moved')
  })

  it('uses the injected diff-line rewriter', () => {
    const out = renderPlanReport(result([unit('a', { create: ['x.y'] })]), {
      ...ctx,
      diffLines: (t) => t.split('\n').map((l) => `> ${l}`)
    })
    expect(out).toContain('> Plan: 1 to add')
  })

  it('is deterministic and independent of unit order', () => {
    const r = mixed()
    const reversed = { ...r, units: [...r.units].reverse() }
    expect(renderPlanReport(r, ctx)).toBe(renderPlanReport(r, ctx))
    expect(renderPlanReport(reversed, ctx)).toBe(renderPlanReport(r, ctx))
  })

  it('renders an empty result', () => {
    const out = renderPlanReport(result([]), ctx)
    expect(out).toContain('### OpenTofu plan for non-production: no changes')
    expect(out).toContain('_No units were planned._')
  })
})

describe('renderPlanReport: injection', () => {
  const hostile = [
    'Terraform will perform the following actions:',
    '',
    '  # aws_iam_user.evil will be created',
    '  + resource "aws_iam_user" "evil" {',
    '      + name = "@octocat fixes #1"',
    '      + tags = <<-EOT',
    '```',
    '````',
    '</details>',
    '<script>alert(1)</script>',
    '<!-- not a comment -->',
    '        EOT',
    '    }',
    '',
    'Plan: 1 to add, 0 to change, 1 to destroy.'
  ].join('\n')
  const r = result([
    unit('live/@octocat/`x`|<b>', {
      create: ['aws_iam_user.evil'],
      destroy: ['aws_iam_user.@octocat["</details>`x`"]'],
      text: hostile
    }),
    unit('live/broken', {
      error: '@octocat broke it </details> <script>alert(1)</script> ``` | #12 <img src=x onerror=alert(1)>',
      text: `Error: @octocat\n\`\`\`\`\`\n</details>\n<script>alert(1)</script>`
    }),
    unit('live/ok')
  ])
  const reports = {
    comment: renderPlanReport(r, { ...ctx, label: '@octocat <script>x</script>' }),
    cut: renderPlanReport(r, ctx, { maxChars: 2_500 }),
    full: renderPlanReportFull(r, ctx)
  }

  it.each(Object.entries(reports))('%s: fences are longer than any backtick run inside them', (_, report) => {
    const { fences } = splitFences(report)
    expect(fences.length).toBeGreaterThan(0)
    for (const f of fences) {
      expect(f.info).toBe('diff')
      for (const line of f.content) expect(line).not.toMatch(new RegExp(`\`{${f.ticks}}`))
    }
    expect(fences.map((f) => f.ticks)).toEqual(expect.arrayContaining([5, 6]))
  })

  it.each(Object.entries(reports))('%s: only our own </details> closers are live markup', (_, report) => {
    const outside = renderedOutside(report)
    const opened = count(outside, '<details>')
    expect(opened).toBe(sections(report).size)
    expect(count(outside, '</details>')).toBe(opened)
    expect(count(outside, '</summary>')).toBe(opened)
  })

  it.each(Object.entries(reports))('%s: no live HTML or mentions outside fences', (_, report) => {
    const outside = renderedOutside(report)
    // Every `<` outside fences is one of our own tags.
    expect(outside).not.toMatch(/<(?!\/?(?:details|summary|code|sub)>)/)
    expect(outside).not.toMatch(/<script|<img|<b>/i)
    expect(outside).not.toMatch(LIVE_MENTION)
    expect(outside).not.toMatch(/(?<!&)#\d/)
    expect(outside).toContain(`@${ZWJ}octocat`)
  })

  it('keeps the hostile plan text verbatim inside its fence', () => {
    const inside = splitFences(reports.full)
      .fences.flatMap((f) => f.content)
      .join('\n')
    for (const s of [
      '</details>',
      '<script>alert(1)</script>',
      '@octocat fixes #1',
      '````',
      '<!-- not a comment -->'
    ]) {
      expect(inside).toContain(s)
    }
  })
})

describe('renderPlanReport: redaction', () => {
  it('renders a result masked by redactPlanResult without the secret in plan text, paths, addresses or errors', () => {
    const r = result([
      unit('live/s3cr3t-env', {
        destroy: ['aws_secret.s3cr3t'],
        text: '  # aws_secret.s3cr3t will be destroyed\n  - value = "s3cr3t"\nPlan: 0 to add, 0 to change, 1 to destroy.'
      }),
      unit('live/other', { error: 'token s3cr3t rejected' })
    ])
    const out = renderPlanReportFull(redactPlanResult(r, [/s3cr3t/]), ctx)
    expect(out).not.toContain('s3cr3t')
    expect(out).toContain('live/***-env')
    expect(out).toContain('aws_secret.***')
    expect(out).toContain('token \\*\\*\\* rejected')
  })
})

/** A unit whose diff has `resources * (attributes + 4)` lines (about 3,000 with the defaults). */
const bigText = planText({ create: addresses(300), attributes: 6 })
const bigDestroyText = planText({ destroy: addresses(300, 'gone'), attributes: 6 })

function bigResult(units: number): PlanResult {
  return result(
    Array.from({ length: units }, (_, i) => {
      const path = `live/non-production/env-${String(i % 10).padStart(2, '0')}/unit-${String(i).padStart(3, '0')}`
      if (i === 250)
        return unit(path, {
          error: 'Error: quota exceeded',
          text: `Error: quota exceeded\n${'  detail\n'.repeat(200)}`
        })
      if (i % 40 === 7) return unit(path, { destroy: addresses(300, 'gone'), text: bigDestroyText })
      return unit(path, { create: addresses(300), text: bigText })
    })
  )
}

describe('renderPlanReport: budget', () => {
  const r = bigResult(300)
  const comment = renderPlanReport(r, ctx, { summaryUrl: 'https://example.test/summary' })

  it('keeps 300 units of 3,000-line diffs under the comment limit with every unit in the table', () => {
    expect(bigText.split('\n').length).toBeGreaterThanOrEqual(3_000)
    expect(comment.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT)
    expect(textSize(comment)).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT)
    const rows = tableRows(comment)
    expect(rows).toHaveLength(300)
    for (const u of r.units) expect(rows.some((row) => row.startsWith(`| <code>${u.path}</code> |`))).toBe(true)
  })

  it('includes bodies in priority order: the errored unit whole, destroys next, the rest omitted', () => {
    const shown = [...sections(comment).keys()]
    const destroying = r.units.filter((u) => u.destroyed.length > 0).map((u) => u.path)
    expect(shown[0]).toBe(r.units[250].path)
    // The callout takes its third for addresses, so the destroying bodies that follow are the first ones in order.
    expect(shown.length).toBeGreaterThan(2)
    expect(shown.slice(1)).toEqual(destroying.slice(0, shown.length - 1))
    const errored = sections(comment).get(r.units[250].path)!
    expect(errored).toContain(`Error: quota exceeded\n${'  detail\n'.repeat(199)}  detail\n\`\`\``)
    expect(errored).not.toContain('✂️')
    expect(comment).toContain(
      `✂️ The plans of ${300 - shown.length} more units did not fit here; they are in [the job summary](https://example.test/summary).`
    )
  })

  it('cuts long bodies in the middle, keeping the Plan line and resource headers, and says so', () => {
    const cut = [...sections(comment).values()].filter((s) => s.includes('✂️'))
    expect(cut.length).toBeGreaterThan(0)
    for (const section of cut) {
      expect(section).toContain('\nPlan: 0 to add, 0 to change, 300 to destroy.\n')
      expect(section).toContain('\n  # null_resource.gone_0 will be destroyed\n')
      expect(section).toContain('\n  # null_resource.gone_299 will be destroyed\n')
      expect(section).toMatch(/\n… [\d,]+ lines cut here, full plan in the job summary …\n/)
      expect(section).toMatch(
        /<sub>✂️ [\d,]+ of 3,003 lines cut to fit; the full plan is in \[the job summary\]\(https:\/\/example\.test\/summary\)\.<\/sub>/
      )
    }
  })

  it('keeps every resource header of a cut body when they fit', () => {
    const one = result([unit('live/big', { destroy: addresses(300, 'gone'), text: bigDestroyText })])
    const out = renderPlanReport(one, ctx, { maxChars: 50_000 })
    expect(out).toContain('✂️')
    for (const line of bigDestroyText.split('\n').filter(isKeyPlanLine)) expect(out).toContain(`\n${line}\n`)
  })

  it('fits much more into the 1 MiB job summary', () => {
    const summary = renderPlanReport(r, ctx, { maxChars: JOB_SUMMARY_LIMIT })
    expect(textSize(summary)).toBeLessThanOrEqual(JOB_SUMMARY_LIMIT)
    expect(tableRows(summary)).toHaveLength(300)
    expect(sections(summary).size).toBeGreaterThan(5 * sections(comment).size)
  })

  it('keeps the table complete for 500 units', () => {
    const units = Array.from({ length: 500 }, (_, i) => {
      const path = `live/non-production/env-${String(i % 20).padStart(2, '0')}/service-${String(i).padStart(3, '0')}`
      if (i % 50 === 3) return unit(path, { error: `Error: failed to refresh ${path}: googleapi: Error 403` })
      if (i % 10 === 1)
        return unit(path, { destroy: addresses(3, 'old'), replace: addresses(2, 'vm', 'google_compute_instance') })
      if (i % 3 === 0) return unit(path)
      return unit(path, { create: addresses(20), update: addresses(5, 'u'), attributes: 20 })
    })
    const out = renderPlanReport(result(units), ctx)
    expect(textSize(out)).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT)
    const rows = tableRows(out)
    expect(rows).toHaveLength(500)
    expect(rows.filter((row) => row.includes('❌ error'))).toHaveLength(10)
    expect(out).toContain('> [!CAUTION]')
  })

  it('degrades the callout to counts, then totals, before the table loses rows', () => {
    const units = Array.from({ length: 120 }, (_, i) =>
      unit(`live/unit-${i}`, { destroy: addresses(40, `resource_with_a_long_name_${i}`, 'google_storage_bucket') })
    )
    // A callout share too small for even one line per unit: the counts, bounded by the whole budget only.
    const out = renderPlanReport(result(units), ctx, { maxChars: 30_000, calloutShare: 0.1 })
    expect(textSize(out)).toBeLessThanOrEqual(30_000)
    expect(tableRows(out)).toHaveLength(120)
    expect(out).toContain(
      '> **4,800 resources will be destroyed** in 120 units (the addresses are in the job summary):'
    )
    expect(out).toContain('> - <code>live/unit-7</code>: 40 destroyed')
    const tighter = renderPlanReport(result(units), ctx, { maxChars: 12_000 })
    expect(textSize(tighter)).toBeLessThanOrEqual(12_000)
    expect(tighter).toContain('in 120 units: see the Destroy and Replace columns below')
    expect(tableRows(tighter)).toHaveLength(120)
  })

  it('cuts table rows, keeping the most important, only when nothing else helps', () => {
    const units = Array.from({ length: 300 }, (_, i) =>
      unit(`live/unit-${String(i).padStart(3, '0')}`, i === 299 ? { error: 'boom' } : i % 2 ? { create: ['a.b'] } : {})
    )
    const out = renderPlanReport(result(units), ctx, { maxChars: 6_000 })
    expect(textSize(out)).toBeLessThanOrEqual(6_000)
    const rows = tableRows(out)
    expect(rows.length).toBeLessThan(300)
    expect(rows.some((row) => row.startsWith('| <code>live/unit-299</code> | ❌ error'))).toBe(true)
    expect(rows.at(-1)).toMatch(/^\| … [\d,]+ more units \(\d+ with changes or errors\): see the job summary \|/)
  })

  it('includes a body exactly at the limit whole, and cuts it one character below', () => {
    const one = result([unit('live/exact', { create: addresses(40), attributes: 4 })])
    const full = renderPlanReportFull(one, ctx)
    expect(renderPlanReport(one, ctx, { maxChars: textSize(full) })).toBe(full)
    const below = renderPlanReport(one, ctx, { maxChars: textSize(full) - 1 })
    expect(textSize(below)).toBeLessThanOrEqual(textSize(full) - 1)
    expect(below).toContain('✂️')
    expect(below).toContain('Plan: 40 to add, 0 to change, 0 to destroy.')
  })

  it('stays within absurdly small budgets without cutting a tag or comment in half', () => {
    const r2 = bigResult(20)
    for (const maxChars of [0, 150, 400, 1_000]) {
      const out = renderPlanReport(r2, ctx, { maxChars })
      expect(textSize(out)).toBeLessThanOrEqual(maxChars)
      if (out) expect(out).toMatch(/^<!-- gitops-actions:terragrunt-plan-comment:live\/non-production -->\n/)
      expect(count(out, '<!--')).toBe(count(out, '-->'))
    }
    expect(renderPlanReport(r2, ctx, { maxChars: 400 })).toMatch(
      /\n✂️ This plan is too large to show here; see the job summary\.$/
    )
  })

  it('never splits surrogate pairs', () => {
    const emoji = '😀🚀✅'
    const text = Array.from({ length: 400 }, (_, i) => `  + tag_${i} = "${emoji.repeat(i % 9)}"`).join('\n')
    const r2 = result([
      unit(`live/${emoji}`, { create: ['a.b'], text }),
      unit('live/err', { error: `${'😀'.repeat(300)} failed` })
    ])
    for (const maxChars of [3_500, 5_000, 9_999]) {
      const out = renderPlanReport(r2, { ...ctx, label: emoji.repeat(100) }, { maxChars })
      expect(textSize(out)).toBeLessThanOrEqual(maxChars)
      expect(out).not.toMatch(LONE_SURROGATE)
    }
  })

  it('puts everything in the full report', () => {
    const some = bigResult(12)
    const full = renderPlanReportFull(some, ctx)
    expect(full).not.toContain('✂️')
    expect(sections(full).size).toBe(12)
    for (const u of some.units) expect(full).toContain(`\`\`\`diff\n${toDiffLines(u.text).join('\n')}\n\`\`\``)
  })
})
