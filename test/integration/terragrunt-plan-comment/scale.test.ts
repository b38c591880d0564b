/**
 * terragrunt-plan-comment at scale: 300 units, each with a diff of a few thousand lines. The comment must stay under
 * GitHub's 65,536-character limit with every unit in its table; the report file keeps every unit's full diff.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { emulatorForTests } from '../../emulators/github/jest.js'
import {
  OWNER,
  REPO,
  cleanup,
  emptyDir,
  markerFor,
  prEvent,
  runPlan,
  splitFences,
  tableRow,
  tableRows
} from './helpers.js'

const gh = await emulatorForTests({ owner: OWNER, repo: REPO })
afterAll(cleanup)

const RESOURCES = 60
const ATTRIBUTES = 30

/** An OpenTofu plan updating RESOURCES resources of ATTRIBUTES changed attributes each (about 2,000 lines). */
function bigPlan(): string {
  const lines = [
    'OpenTofu used the selected providers to generate the following execution',
    'plan. Resource actions are indicated with the following symbols:',
    '  ~ update in-place',
    '',
    'OpenTofu will perform the following actions:',
    ''
  ]
  for (let r = 0; r < RESOURCES; r++) {
    lines.push(`  # google_compute_instance.worker[${r}] will be updated in-place`)
    lines.push(`  ~ resource "google_compute_instance" "worker" {`)
    for (let a = 0; a < ATTRIBUTES; a++) {
      lines.push(`      ~ metadata_${String(a).padStart(2, '0')} = "v1-${r}-${a}-aaaaaaaa" -> "v2-${r}-${a}-bbbbbbbb"`)
    }
    lines.push(`        id = "projects/acme/zones/europe-west1-b/instances/worker-${r}"`, '    }', '')
  }
  lines.push(`Plan: 0 to add, ${RESOURCES} to change, 0 to destroy.`, '')
  return lines.join('\n')
}

describe('terragrunt-plan-comment with 300 units', () => {
  it('keeps the comment under 65,536 characters with every unit in its table; the report has every full diff', async () => {
    const workspace = await emptyDir('tpc-300-')
    const units: string[] = []
    await writeFile(join(workspace, 'root.hcl'), 'remote_state {\n  backend = "gcs"\n}\n')
    for (let i = 0; i < 300; i++) {
      const unit = `tier-${i % 3}/env-${Math.floor(i / 3) % 10}/svc-${String(i).padStart(3, '0')}`
      units.push(unit)
      await mkdir(join(workspace, unit), { recursive: true })
      await writeFile(
        join(workspace, unit, 'terragrunt.hcl'),
        'include "root" {\n  path = find_in_parent_folders("root.hcl")\n}\n'
      )
    }
    units.sort()
    const planText = bigPlan()
    const planLines = planText.trimEnd().split('\n')
    expect(planLines.length).toBeGreaterThan(1900)

    const pr = gh.state.createPull(OWNER, REPO, { title: 'Everything', head: 'everything' })
    const run = await runPlan({
      workspace,
      // Terragrunt's auto-init is skipped (one process less per unit) to keep the run short on a small machine.
      scenario: { autoInit: false, defaultUnit: { planText } },
      apiUrl: gh.url,
      event: prEvent(pr),
      inputs: { 'working-directory': '.', parallelism: '16' },
      timeoutMs: 240_000
    })
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    expect(Number(run.outputs.change)).toBe(300 * RESOURCES)
    expect(JSON.parse(run.outputs['units-json'])).toHaveLength(300)

    // The comment: within GitHub's limit, every unit in the table, and it says where the rest is.
    const comments = gh.state.comments(OWNER, REPO, pr.number)
    expect(comments).toHaveLength(1)
    const body = comments[0].body
    expect(body).toContain(markerFor())
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(65_536)
    expect(tableRows(body)).toHaveLength(300)
    for (const unit of units) expect(tableRow(body, unit)).toMatch(/changes/)
    expect(body).toMatch(/did not fit here/)

    // The job summary: within its 1 MiB limit, every unit in the table, pointing at the report file for the rest.
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(1024 * 1024)
    expect(tableRows(run.summary)).toHaveLength(300)
    expect(run.summary).toContain(run.outputs['report-path'])

    // The report: one section per unit, each with the unit's whole diff.
    const sections = run.report.split('\n<details><summary><code>').slice(1)
    expect(sections.map((s) => s.slice(0, s.indexOf('</code>'))).sort()).toEqual(units)
    expect(tableRows(run.report)).toHaveLength(300)
    const bodies = new Set(sections.map((s) => splitFences(s).blocks[0]?.body))
    expect(bodies.size).toBe(1)
    const [diff] = [...bodies]
    expect(typeof diff).toBe('string')
    const diffLines = diff.split('\n')
    expect(diffLines).toHaveLength(planLines.length)
    for (let r = 0; r < RESOURCES; r++) {
      expect(diffLines).toContain(`  # google_compute_instance.worker[${r}] will be updated in-place`)
      for (let a = 0; a < ATTRIBUTES; a += 7)
        expect(diff).toContain(`"v1-${r}-${a}-aaaaaaaa" -> "v2-${r}-${a}-bbbbbbbb"`)
    }
    expect(diffLines.at(-1)).toBe(`Plan: 0 to add, ${RESOURCES} to change, 0 to destroy.`)
    expect(run.report).not.toMatch(/lines? cut/)
  }, 300_000)
})
