/**
 * terragrunt-plan-comment end to end, as the runner runs it: the bundled action against the GitHub emulator and the
 * fake terragrunt/tofu replaying real plan fixtures. This file: the comment, the outputs, the summary and the report.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { emulatorForTests } from '../../emulators/github/jest.js'
import type { FakeScenario } from '../../emulators/terragrunt/harness.js'
import {
  ALL_UNITS,
  MARKER,
  NO_CHANGES,
  OWNER,
  REPO,
  U,
  callout,
  cleanup,
  countOutputs,
  detailsUnits,
  exampleWorkspace,
  expectedFromText,
  failure,
  fixtureText,
  longestBacktickRun,
  markerFor,
  prEvent,
  runPlan,
  splitFences,
  sumExpected,
  tableRow,
  tableRows,
  unescapeMarkdown,
  unitBlock
} from './helpers.js'

const gh = await emulatorForTests({ owner: OWNER, repo: REPO })
afterAll(cleanup)

const comments = (n: number) => gh.state.comments(OWNER, REPO, n)
const ours = (n: number, key = 'default') => comments(n).filter((c) => c.body.includes(markerFor(key)))

interface UnitsJsonEntry {
  path: string
  status: string
  add: number
  change: number
  destroy: number
  replace: number
  destroyed: string[]
  replaced: string[]
  error: string | null
}
const unitsJson = (outputs: Record<string, string>) => JSON.parse(outputs['units-json']) as UnitsJsonEntry[]

/** The mixed stack: changes with a move, replacements (text only), a failure, no changes, a destroy, reads. */
const MIXED = {
  [U.devVpc]: 'tofu-equiv-moved_with_drift',
  [U.devApp]: 'dflook-all-actions-with-outputs',
  [U.prodVpc]: 'tf-equiv-fully_populated_complex_destroy',
  [U.prodApp]: 'tf-equiv-data_read'
}
const LOCK_ERROR = 'Error acquiring the state lock\nLock Info:\n  ID: 5a2c7d3e\n  Who: runner@fv-az123'
const mixedScenario: FakeScenario = {
  units: {
    ...Object.fromEntries(Object.entries(MIXED).map(([unit, fixture]) => [unit, { fixture }])),
    [U.devDb]: { fail: LOCK_ERROR },
    [U.devDns]: { planText: NO_CHANGES }
  }
}

describe('terragrunt-plan-comment on a pull request', () => {
  it('plans a mixed stack: fails on the error, one comment, sums, units-json, callout, details, summary, report, hash', async () => {
    const pr = gh.state.createPull(OWNER, REPO, { title: 'Mixed', head: 'mixed' })
    const run = await runPlan({
      workspace: await exampleWorkspace(),
      scenario: mixedScenario,
      apiUrl: gh.url,
      event: prEvent(pr)
    })

    // fail-on: error (the default) fails the step with one line naming the unit, plus an annotation for the unit.
    expect(run.exitCode).toBe(1)
    const failed = failure(run)!
    expect(failed).toContain(U.devDb)
    expect(failed).not.toMatch(/\n/)
    expect(run.annotations).toContainEqual({
      level: 'error',
      message: expect.stringMatching(new RegExp(`^${U.devDb}: Error acquiring the state lock`)) as unknown as string
    })
    expect(run.stdout.split('\n').filter((l) => l.startsWith('::error')).length).toBe(2)

    // Exactly one comment, ours.
    expect(comments(pr.number)).toHaveLength(1)
    const body = comments(pr.number)[0].body
    expect(body.startsWith(MARKER)).toBe(true)
    expect(run.outputs['comment-url']).toContain(`#issuecomment-${comments(pr.number)[0].id}`)

    // Counts: the sums of the fixtures' own Plan lines (the failed and unchanged units add nothing).
    const expected = sumExpected(
      await Promise.all(Object.values(MIXED).map(async (f) => expectedFromText(await fixtureText(f))))
    )
    expect(expected).toEqual({ add: 6, change: 3, destroy: 4, replace: 2, import: 0, move: 1 }) // the fixtures did not drift
    expect(countOutputs(run)).toEqual(expected)
    expect(run.outputs['has-changes']).toBe('true')
    expect(run.outputs['has-destroy']).toBe('true')

    // units-json: one entry per unit with its status.
    const units = unitsJson(run.outputs)
    expect(units.map((u) => u.path).sort()).toEqual(ALL_UNITS)
    const status = Object.fromEntries(units.map((u) => [u.path, u.status]))
    expect(status).toEqual({
      [U.devVpc]: 'changes',
      [U.devApp]: 'changes',
      [U.devDb]: 'error',
      [U.devDns]: 'no-changes',
      [U.prodVpc]: 'changes',
      [U.prodApp]: 'changes'
    })
    const byPath = Object.fromEntries(units.map((u) => [u.path, u]))
    expect(byPath[U.devDb].error).toMatch(/state lock/)
    expect(byPath[U.devApp].replaced.sort()).toEqual([
      'random_string.create_before_delete',
      'random_string.delete_before_create'
    ])
    expect(byPath[U.devApp].destroyed).toEqual(['random_string.delete[0]'])
    expect(byPath[U.prodVpc].destroyed).toEqual(['tfcoremock_complex_resource.complex'])
    for (const u of units) {
      const e = u.path in MIXED ? expectedFromText(await fixtureText(MIXED[u.path as keyof typeof MIXED])) : undefined
      if (e) expect([u.add, u.change, u.destroy, u.replace]).toEqual([e.add, e.change, e.destroy, e.replace])
    }

    // The table lists every unit with its status.
    expect(tableRows(body)).toHaveLength(ALL_UNITS.length)
    for (const unit of ALL_UNITS) expect(tableRow(body, unit)).toBeDefined()
    expect(tableRow(body, U.devDb)).toMatch(/error.*Error acquiring the state lock/)
    expect(tableRow(body, U.devDns)).toMatch(/no changes/)

    // The callout names every destroyed and replaced address, by unit.
    const caution = unescapeMarkdown(callout(body))
    expect(caution).toContain('[!CAUTION]')
    const calloutLine = (unit: string) => caution.split('\n').find((l) => l.includes(`<code>${unit}</code>`)) ?? ''
    expect(calloutLine(U.devApp)).toMatch(/destroy <code>random_string\.delete\[0\]<\/code>/)
    expect(calloutLine(U.devApp)).toContain('<code>random_string.create_before_delete</code>')
    expect(calloutLine(U.devApp)).toContain('<code>random_string.delete_before_create</code>')
    expect(calloutLine(U.devApp)).toMatch(/replace/)
    expect(calloutLine(U.prodVpc)).toMatch(/destroy <code>tfcoremock_complex_resource\.complex<\/code>/)
    expect(calloutLine(U.devVpc)).toBe('')

    // One <details> per unit with changes or an error, none for the unchanged unit; nothing cut.
    expect(detailsUnits(body).sort()).toEqual(ALL_UNITS.filter((u) => u !== U.devDns))
    expect(unitBlock(body, U.devDb)?.body).toContain('Error: Error acquiring the state lock')
    expect(unitBlock(body, U.devApp)?.body).toContain('Plan: 3 to add, 1 to change, 3 to destroy.')
    expect(body).not.toContain('✂️')

    // The job summary and the report file hold the full text: every resource header and Plan line of every fixture.
    expect(run.report).not.toBe('')
    for (const doc of [run.summary, run.report]) {
      for (const fixture of Object.values(MIXED)) {
        const text = await fixtureText(fixture)
        for (const line of text.split('\n').filter((l) => /^\s*# \S+ (will|must) be /.test(l) || /^Plan: /.test(l)))
          expect(doc).toContain(line.trim())
      }
      expect(doc).toContain('Lock Info:')
      expect(doc).not.toContain('✂️')
      for (const unit of ALL_UNITS) expect(tableRow(doc, unit)).toBeDefined()
    }
    expect(run.summary).toContain(run.report.trim())

    // plan-hash: a sha256, the same for the same plans in another workspace (no comment this time).
    expect(run.outputs['plan-hash']).toMatch(/^[0-9a-f]{64}$/)
    const again = await runPlan({
      workspace: await exampleWorkspace(),
      scenario: mixedScenario,
      apiUrl: gh.url,
      event: prEvent(pr),
      inputs: { comment: 'off' }
    })
    expect(again.outputs['plan-hash']).toBe(run.outputs['plan-hash'])
    expect(comments(pr.number)).toHaveLength(1)
  })

  /** Two units: one with changes (and a move), one without; enough for the comment lifecycle tests. */
  const twoUnits = { units: `${U.devVpc}\n${U.devDns}` }
  const vpcChanges: FakeScenario = { units: { [U.devVpc]: { fixture: 'tofu-equiv-moved_with_drift' } } }

  it('edits the same comment on a rerun after a new commit: same id, the new short SHA, one comment of ours', async () => {
    const pr = gh.state.createPull(OWNER, REPO, { title: 'Rerun', head: 'rerun' })
    const ws = await exampleWorkspace()
    const first = await runPlan({
      workspace: ws,
      scenario: vpcChanges,
      apiUrl: gh.url,
      event: prEvent(pr),
      inputs: twoUnits
    })
    expect(first.exitCode).toBe(0)
    const [before] = ours(pr.number)
    // The emulator's PR record follows its branch (the action reads the PR's head), so keep the first SHA.
    const firstSha = pr.headSha
    expect(before.body).toContain(`<code>${firstSha.slice(0, 7)}</code>`)

    // A rerun of the same plans at the same commit (e.g. "Re-run jobs") leaves the comment as it is, without a write.
    const same = await runPlan({
      workspace: ws,
      scenario: vpcChanges,
      apiUrl: gh.url,
      event: prEvent(pr),
      inputs: twoUnits
    })
    expect(same.exitCode).toBe(0)
    expect(same.stdout).toMatch(/^Plan comment unchanged/m)
    expect(ours(pr.number)[0].body).toBe(before.body)

    const commit = gh.state.commitFiles(OWNER, REPO, pr.head, {
      'live/non-production/development/dns/README.md': 'dns\n'
    })
    const scenario: FakeScenario = {
      units: { ...vpcChanges.units, [U.devDns]: { fixture: 'tf-equiv-basic_multiline_string_update' } }
    }
    const second = await runPlan({
      workspace: ws,
      scenario,
      apiUrl: gh.url,
      event: prEvent(pr, commit.sha),
      inputs: twoUnits
    })
    expect(second.exitCode).toBe(0)

    const after = ours(pr.number)
    expect(after).toHaveLength(1)
    expect(comments(pr.number)).toHaveLength(1)
    expect(after[0].id).toBe(before.id)
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url'])
    expect(after[0].body).toContain(`<code>${commit.sha.slice(0, 7)}</code>`)
    expect(after[0].body).not.toContain(firstSha.slice(0, 7))
    expect(after[0].body).toContain(`"headSha":"${commit.sha}"`)
    expect(tableRow(after[0].body, U.devDns)).toMatch(/changes/)
    // The edit went through PATCH, not a new comment (GraphQL POSTs are the token-identity query).
    const writes = gh.stats.requests
      .filter((r) => r.method !== 'GET' && r.route !== 'POST /graphql')
      .map((r) => `${r.route} ${r.status}`)
    expect(writes).toEqual([
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments 201',
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id} 200'
    ])
  })

  it('keeps a separate comment per label: a production plan gets its own, the default one stays as it was', async () => {
    const pr = gh.state.createPull(OWNER, REPO, { title: 'Two stacks', head: 'two-stacks' })
    const ws = await exampleWorkspace()
    const scenario: FakeScenario = {
      units: { ...vpcChanges.units, [U.prodVpc]: { fixture: 'tf-equiv-fully_populated_complex_destroy' } }
    }
    await runPlan({
      workspace: ws,
      scenario,
      apiUrl: gh.url,
      event: prEvent(pr),
      inputs: { 'working-directory': 'live/non-production' }
    })
    const [nonProd] = ours(pr.number)
    expect(nonProd).toBeDefined()

    const prod = await runPlan({
      workspace: ws,
      scenario,
      apiUrl: gh.url,
      event: prEvent(pr),
      inputs: { 'working-directory': 'live/production', label: 'production' }
    })
    expect(prod.exitCode).toBe(0)
    expect(comments(pr.number)).toHaveLength(2)
    const [stillDefault] = ours(pr.number)
    expect(stillDefault.id).toBe(nonProd.id)
    expect(stillDefault.body).toBe(nonProd.body)
    expect(stillDefault.body).not.toContain(markerFor('production'))

    const production = ours(pr.number, 'production')
    expect(production).toHaveLength(1)
    expect(production[0].id).not.toBe(nonProd.id)
    expect(production[0].body).not.toContain(MARKER)
    expect(production[0].body).toMatch(/^### .*plan for production:/m)
    expect(tableRows(production[0].body).length).toBe(2)
    expect(tableRow(production[0].body, 'prod/vpc')).toMatch(/destroys/)
    expect(tableRow(nonProd.body, 'development/vpc')).toMatch(/changes/)
  })

  it('comment: recreate leaves one comment of ours, at the bottom, after a human comment', async () => {
    const pr = gh.state.createPull(OWNER, REPO, { title: 'Recreate', head: 'recreate' })
    const ws = await exampleWorkspace()
    await runPlan({ workspace: ws, scenario: vpcChanges, apiUrl: gh.url, event: prEvent(pr), inputs: twoUnits })
    const [first] = ours(pr.number)
    const human = gh.state.addComment(OWNER, REPO, pr.number, { body: 'Looks good, but why the move?', user: 'alice' })

    const run = await runPlan({
      workspace: ws,
      scenario: vpcChanges,
      apiUrl: gh.url,
      event: prEvent(pr),
      inputs: { ...twoUnits, comment: 'recreate' }
    })
    expect(run.exitCode).toBe(0)
    const all = comments(pr.number)
    expect(all.map((c) => c.id)).toEqual([human.id, ours(pr.number)[0].id])
    expect(ours(pr.number)).toHaveLength(1)
    expect(all[1].id).not.toBe(first.id)
    expect(all[1].body.startsWith(MARKER)).toBe(true)
    expect(all[0].body).toBe('Looks good, but why the move?')
    expect(run.outputs['comment-url']).toContain(`#issuecomment-${all[1].id}`)
  })

  it('keeps plan text from breaking out of the comment: fences, </details>, <script>, @mentions and #refs', async () => {
    const hostile = [
      '```bash',
      'echo hi',
      '```',
      '````',
      'four-tick fence',
      '````',
      '</details>',
      '<script>alert(1)</script>',
      'cc @octocat, fixes #1'
    ]
    const planText = [
      'OpenTofu used the selected providers to generate the following execution',
      'plan. Resource actions are indicated with the following symbols:',
      '  ~ update in-place',
      '  - destroy',
      '',
      'OpenTofu will perform the following actions:',
      '',
      '  # null_resource.docs will be updated in-place',
      '  ~ resource "null_resource" "docs" {',
      '      ~ triggers = {',
      '          ~ "readme" = <<-EOT',
      ...hostile.map((l) => `                ${l}`),
      '            EOT -> "short"',
      '        }',
      '        id       = "4119204372584281349"',
      '    }',
      '',
      '  # null_resource.notify["@octocat"] will be destroyed',
      '  - resource "null_resource" "notify" {',
      '      - id = "1" -> null',
      '    }',
      '',
      'Plan: 0 to add, 1 to change, 1 to destroy.',
      '',
      // Lines at column 0, as a provider warning could print them.
      ...hostile,
      ''
    ].join('\n')
    const pr = gh.state.createPull(OWNER, REPO, { title: 'Hostile', head: 'hostile' })
    const run = await runPlan({
      workspace: await exampleWorkspace(),
      scenario: {
        units: {
          [U.devApp]: { planText },
          [U.devDb]: { fail: 'Invalid value </details><script>alert(1)</script> for @octocat (see #1)\n```` done' }
        }
      },
      apiUrl: gh.url,
      event: prEvent(pr),
      inputs: { units: `${U.devApp}\n${U.devDb}`, 'fail-on': 'never' }
    })
    expect(run.exitCode).toBe(0)
    const body = ours(pr.number)[0].body

    for (const doc of [body, run.summary, run.report]) {
      const { outside, blocks } = splitFences(doc)
      const ourDetails = (outside.match(/<details>/g) ?? []).length
      expect(ourDetails).toBe(2)
      expect((outside.match(/<\/details>/g) ?? []).length).toBe(ourDetails)
      expect(outside).not.toMatch(/<script/i)
      expect(outside).not.toMatch(/(^|[^\w])@octocat/)
      expect(outside).not.toMatch(/(^|[^\w&])#1\b/)
      // The whole plan is inside one fence longer than its longest backtick run, and the fence holds all of it.
      const block = unitBlock(doc, U.devApp)!
      expect(block.ticks).toBeGreaterThan(longestBacktickRun(planText))
      expect(block.info).toBe('diff')
      expect(block.body).toContain('Plan: 0 to add, 1 to change, 1 to destroy.')
      expect(block.body.split('\n').filter((l) => l === '````')).toHaveLength(2)
      expect(block.body).toContain('<script>alert(1)</script>')
      expect(blocks.length).toBe(2)
      // The error shows escaped in the table cell.
      expect(tableRow(doc, U.devDb)).toContain('&lt;/details&gt;&lt;script&gt;')
    }
    // The destroyed address is named in the callout, neutralised.
    expect(callout(body)).toMatch(/null\\?_resource\.notify\\\[&quot;@\u200doctocat&quot;\\\]/)
  })

  it('survives a secondary rate limit and a 502 on the comment write: the step succeeds with one comment', async () => {
    const pr = gh.state.createPull(OWNER, REPO, { title: 'Flaky', head: 'flaky' })
    const route = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments'
    const limited = gh.faults.inject({ route, kind: 'secondaryRateLimit', retryAfterSeconds: 1 })
    const badGateway = gh.faults.inject({ route, kind: 'status502' })
    const run = await runPlan({
      workspace: await exampleWorkspace(),
      scenario: vpcChanges,
      apiUrl: gh.url,
      event: prEvent(pr),
      inputs: twoUnits
    })
    expect(run.exitCode).toBe(0)
    expect([limited.hits, badGateway.hits]).toEqual([1, 1])
    expect(comments(pr.number)).toHaveLength(1)
    expect(ours(pr.number)).toHaveLength(1)
    const posts = gh.stats.requests.filter((r) => r.route === route).map((r) => r.status)
    expect(posts).toEqual([403, 502, 201])
    expect(run.outputs['comment-url']).toContain(`#issuecomment-${ours(pr.number)[0].id}`)
  })

  it('redacts a secret from the comment, the summary, the report, units-json and the log', async () => {
    const secret = 'S3CRET-9f8e7d6c5b4a'
    const planText = [
      'OpenTofu will perform the following actions:',
      '',
      `  # google_secret_manager_secret_version.token["${secret}"] will be destroyed`,
      '  - resource "google_secret_manager_secret_version" "token" {',
      `      - secret_data = "hunter2-${secret}" -> null`,
      '    }',
      '',
      '  # google_project_iam_member.ci will be updated in-place',
      '  ~ resource "google_project_iam_member" "ci" {',
      `      ~ member = "serviceAccount:ci@acme.iam.gserviceaccount.com" -> "user:${secret}@acme.dev"`,
      '    }',
      '',
      'Plan: 0 to add, 1 to change, 1 to destroy.',
      ''
    ].join('\n')
    const pr = gh.state.createPull(OWNER, REPO, { title: 'Secrets', head: 'secrets' })
    const run = await runPlan({
      workspace: await exampleWorkspace(),
      scenario: {
        units: {
          [U.devApp]: { planText },
          [U.devDb]: { fail: `Error: invalid token ${secret} for the backend` }
        }
      },
      apiUrl: gh.url,
      event: prEvent(pr),
      inputs: { units: `${U.devApp}\n${U.devDb}`, redact: 'S3CRET-[0-9a-f]+', 'fail-on': 'never' }
    })
    expect(run.exitCode).toBe(0)
    const body = ours(pr.number)[0].body
    const places = { comment: body, summary: run.summary, report: run.report, 'units-json': run.outputs['units-json'] }
    for (const [name, text] of Object.entries(places)) {
      expect([name, text.includes('S3CRET-')]).toEqual([name, false])
      expect([name, text.includes('***')]).toEqual([name, true])
    }
    expect(body).toContain('hunter2-***')
    const units = unitsJson(run.outputs)
    expect(units.find((u) => u.path === U.devApp)?.destroyed).toEqual([
      'google_secret_manager_secret_version.token["***"]'
    ])
    expect(units.find((u) => u.path === U.devDb)?.error).toContain('***')
    expect(run.stdout).not.toContain('S3CRET-')
  })
})
