/**
 * terragrunt-plan-comment's caution callout on a 20,000-change plan (10 units of 2,000 changes, 6,000 of them
 * destroys or replacements): the comment names destroyed and replaced addresses by unit within the callout's third
 * of the comment, the job summary and the report file name every one of them.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { emulatorForTests } from '../../emulators/github/jest.js'
import { OWNER, REPO, callout, cleanup, emptyDir, markerFor, prEvent, runPlan, tableRows } from './helpers.js'

const gh = await emulatorForTests({ owner: OWNER, repo: REPO })
afterAll(cleanup)

const UNITS = 10
const CREATES = 1_400
const DESTROYS = 300
const REPLACES = 300

const unitPath = (u: number): string => `live/region-${u % 2}/svc-${String(u).padStart(2, '0')}`

interface UnitPlanText {
  text: string
  destroyed: string[]
  replaced: string[]
}

/** An OpenTofu plan text of one unit: creates, destroys (with their reason) and replacements. */
function unitPlan(u: number): UnitPlanText {
  const lines = [
    'OpenTofu used the selected providers to generate the following execution',
    'plan. Resource actions are indicated with the following symbols:',
    '  + create',
    '  - destroy',
    '-/+ destroy and then create replacement',
    '',
    'OpenTofu will perform the following actions:',
    ''
  ]
  const destroyed: string[] = []
  const replaced: string[] = []
  for (let i = 0; i < CREATES; i++) {
    const a = `module.svc_${u}.google_compute_instance.web[${i}]`
    lines.push(`  # ${a} will be created`, '  + resource "google_compute_instance" "web" {')
    lines.push(`      + id   = (known after apply)`, `      + name = "web-${u}-${i}"`, '    }', '')
  }
  for (let i = 0; i < DESTROYS; i++) {
    const a = `module.svc_${u}.google_pubsub_topic.events["topic-${i}"]`
    destroyed.push(a)
    lines.push(`  # ${a} will be destroyed`, `  # (because key ["topic-${i}"] is not in for_each map)`)
    lines.push('  - resource "google_pubsub_topic" "events" {', `      - name = "topic-${i}" -> null`, '    }', '')
  }
  for (let i = 0; i < REPLACES; i++) {
    const a = `module.svc_${u}.google_sql_user.app[${i}]`
    replaced.push(a)
    lines.push(`  # ${a} must be replaced`, '-/+ resource "google_sql_user" "app" {')
    lines.push(`      ~ instance = "db-${i}" -> "db-${i}-v2" # forces replacement`, '    }', '')
  }
  lines.push(`Plan: ${CREATES + REPLACES} to add, 0 to change, ${DESTROYS + REPLACES} to destroy.`, '')
  return { text: lines.join('\n'), destroyed, replaced }
}

/** Every `<code>…</code>` in a callout, unescaped back to the address it shows. */
function listedAddresses(text: string): Set<string> {
  return new Set(
    [...callout(text).matchAll(/<code>(.*?)<\/code>/g)].map((m) =>
      m[1].replace(/&quot;/g, '"').replace(/\\([[\]_*`|~\\])/g, '$1')
    )
  )
}

describe('the callout of a 20,000-change plan', () => {
  it('names destroyed and replaced addresses within its budget in the comment, and all of them in the summary and report', async () => {
    const workspace = await emptyDir('tpc-callout-')
    const plans = Array.from({ length: UNITS }, (_, u) => unitPlan(u))
    for (let u = 0; u < UNITS; u++) {
      await mkdir(join(workspace, 'plans', unitPath(u)), { recursive: true })
      await writeFile(join(workspace, 'plans', unitPath(u), 'tfplan.txt'), plans[u].text)
    }
    const pr = gh.state.createPull(OWNER, REPO, { title: 'Big', head: 'big' })
    const run = await runPlan({
      workspace,
      apiUrl: gh.url,
      event: prEvent(pr),
      inputs: { 'plan-path': 'plans', 'working-directory': '.' },
      timeoutMs: 180_000
    })
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    expect(Number(run.outputs.add) + Number(run.outputs.destroy) - Number(run.outputs.replace)).toBe(
      UNITS * (CREATES + DESTROYS + REPLACES)
    )
    const all = plans.flatMap((p) => [...p.destroyed, ...p.replaced])
    expect(all).toHaveLength(6_000)

    const [comment] = gh.state.comments(OWNER, REPO, pr.number)
    const body = comment.body
    expect(body).toContain(markerFor())
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(65_536)
    expect(tableRows(body)).toHaveLength(UNITS)
    // The callout: its own third of the comment, full of addresses, the first unit's all named, then "and N more".
    const box = callout(body)
    expect(Buffer.byteLength(box)).toBeLessThanOrEqual(65_536 / 3)
    expect(Buffer.byteLength(box)).toBeGreaterThan(15_000)
    expect(box).toContain('> **3,000 resources will be destroyed and 3,000 replaced** in 10 units')
    // Units in table (path) order: the first one's addresses from the start, as many as fit, then how many more.
    const named = listedAddresses(body)
    const order = Array.from({ length: UNITS }, (_, u) => u).sort((a, b) => (unitPath(a) < unitPath(b) ? -1 : 1))
    const first = [...plans[order[0]].destroyed, ...plans[order[0]].replaced]
    const shown = first.filter((a) => named.has(a))
    expect(shown.length).toBeGreaterThan(200)
    expect(shown).toEqual(first.slice(0, shown.length))
    expect(all.filter((a) => named.has(a))).toEqual(shown)
    expect(box).toContain(`, and ${first.length - shown.length} more in <code>${unitPath(order[0])}</code>\n`)
    for (const u of order.slice(1))
      expect(box).toContain(`> - <code>${unitPath(u)}</code>: 300 destroyed, 300 replaced`)

    // The job summary and the report file name every destroyed and replaced address.
    for (const text of [run.summary, run.report]) {
      const listed = listedAddresses(text)
      expect(all.filter((a) => !listed.has(a))).toEqual([])
      expect(callout(text)).not.toContain(' more in ')
    }
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(1024 * 1024)
  }, 240_000)
})
