import { describe, expect, it } from '@jest/globals'
import { extractPlanBody, parseTextPlan, toDiffLines } from '../../../src/core/plan/index.js'
import type { ParsedPlan } from '../../../src/core/plan/index.js'
import { demuxPretty, fixture, fixtureNames, planLineOf, planText } from './fixtures.js'

const PLAN_FIXTURES = fixtureNames('.txt').filter((f) => !f.startsWith('terragrunt-'))
const DEMUXED: [string, string][] = [
  ['terragrunt-v1-pretty-run-all-apply-unit1-replace.txt', 'unit1'],
  ['terragrunt-v1-pretty-run-all-apply-unit2-replace.txt', 'unit2'],
  ['terragrunt-v1-pretty-run-all-plan-two-units.txt', 'unit-1'],
  ['terragrunt-v1-pretty-run-all-plan-two-units.txt', 'unit-2']
]

const NOISE = [
  /Refreshing state\.\.\./,
  /: Reading\.\.\./,
  /: Read complete after/,
  /Preparing import\.\.\./,
  /state lock/,
  /Refreshing Terraform state in-memory/,
  /You didn't use the -out option/,
  /You didn't specify an "-out" parameter/,
  /Saved the plan to/,
  /To perform exactly these actions/,
  /successfully initialized/,
  /Initializing/,
  /Destroying\.\.\.|Creating\.\.\.|Apply complete/
]

function withoutImportIds(plan: ParsedPlan): ParsedPlan {
  return {
    ...plan,
    resources: plan.resources.map((r) =>
      r.action === 'no-op' && r.importId !== undefined ? { ...r, importId: '' } : r
    )
  }
}

function expectNoNoise(body: string): void {
  for (const pattern of NOISE) expect(body).not.toMatch(pattern)
  expect(body).toBe(body.trim() === '' ? '' : body.replace(/^\n+/, '').replace(/\n+$/, ''))
}

describe('extractPlanBody', () => {
  it.each(PLAN_FIXTURES)('%s: keeps the plan, drops the noise and the footer', (name) => {
    const text = fixture(name)
    const body = extractPlanBody(text)
    expectNoNoise(body)
    expect(body).not.toBe('')
    const line = planLineOf(text)
    if (line) expect(planLineOf(body)).toEqual(line)
    // The body still parses to the same facts (diagnostics and drift included; import ids known only from the
    // dropped `Preparing import... [id=…]` lines become '').
    expect(parseTextPlan(body)).toEqual(withoutImportIds(parseTextPlan(text)))
    // No trailing horizontal rule.
    expect(body.split('\n').at(-1)).not.toMatch(/^[─-]{10,}$/)
  })

  it.each(DEMUXED)('%s [%s]: works on a demuxed unit (no blank lines, apply output after)', (name, unit) => {
    const text = demuxPretty(fixture(name), unit)
    const body = extractPlanBody(text)
    expectNoNoise(body)
    expect(parseTextPlan(body)).toEqual(parseTextPlan(text))
  })

  it('cuts the apply output after the plan of a demuxed apply log', () => {
    const body = extractPlanBody(planText('terragrunt-v1-pretty-run-all-apply-unit1-replace.txt'))
    expect(body.split('\n')[0]).toBe('OpenTofu used the selected providers to generate the following execution')
    expect(body.split('\n').at(-1)).toBe('Plan: 1 to add, 0 to change, 1 to destroy.')
    expect(body).toContain('-/+ resource "null_resource" "empty" {')
  })

  it('keeps only the no-changes message of a demuxed no-change unit', () => {
    expect(extractPlanBody(demuxPretty(fixture('terragrunt-v1-pretty-run-all-plan-two-units.txt'), 'unit-2'))).toBe(
      [
        'No changes. Your infrastructure matches the configuration.',
        'OpenTofu has compared your real infrastructure against your configuration and',
        'found no differences, so no changes are needed.'
      ].join('\n')
    )
  })

  it('drops the init output of one unit of the bare log', () => {
    const all = fixture('terragrunt-v1-bare-run-all-plan-two-units.txt').split('\n')
    const second = all.lastIndexOf('Initializing the backend...')
    const firstUnit = all.slice(all.indexOf('Initializing the backend...'), second).join('\n')
    expect(extractPlanBody(firstUnit)).toBe(
      [
        'No changes. Your infrastructure matches the configuration.',
        '',
        'OpenTofu has compared your real infrastructure against your configuration and',
        'found no differences, so no changes are needed.'
      ].join('\n')
    )
  })

  it('keeps the drift note and the rule between drift and changes', () => {
    const body = extractPlanBody(fixture('tf-equiv-moved_with_drift.txt'))
    const lines = body.split('\n')
    expect(lines[0]).toBe('Note: Objects have changed outside of Terraform')
    expect(body).toContain('  # tfcoremock_simple_resource.base_after has changed')
    expect(lines.some((l) => /^─{10,}$/.test(l))).toBe(true)
    expect(lines.at(-1)).toBe('Plan: 0 to add, 2 to change, 0 to destroy.')
  })

  it('keeps the warning box after the Plan: line and drops the rule and note after it', () => {
    const body = extractPlanBody(fixture('public-readme-aks-create-read-during-apply-warning.txt'))
    const lines = body.split('\n')
    expect(lines[0]).toMatch(/^Terraform used the selected providers/)
    expect(lines.at(-1)).toBe('╵')
    expect(body).toContain('│ Warning: Argument is deprecated')
  })

  it('keeps the output changes and the outputs-only explanation', () => {
    expect(extractPlanBody(fixture('tfcmt-outputs-only-tf015.txt'))).toBe(
      [
        'Changes to Outputs:',
        '  + test = 42',
        '',
        'You can apply this plan to save these new output values to the Terraform',
        'state, without changing any real infrastructure.'
      ].join('\n')
    )
    const dflook = extractPlanBody(fixture('dflook-all-actions-with-outputs.txt'))
    expect(dflook.split('\n').slice(-4)).toEqual([
      'Changes to Outputs:',
      '  + add    = "hello"',
      '  - delete = "goodbye" -> null',
      '  ~ update = "hello" -> "update"'
    ])
  })

  it('removes lock lines inside a resource block (TF 0.12) and the 0.11 rule before the footer', () => {
    const body = extractPlanBody(fixture('dflook-state-lock-interleaved-tf012.txt'))
    expect(body.split('\n')[0]).toBe('An execution plan has been generated and is shown below.')
    expect(body).toContain('      + lower       = true\n      + min_lower   = 0')
    const legacy = extractPlanBody(fixture('tfcmt-legacy-tf011-destroy.txt'))
    expect(legacy.split('\n').at(-1)).toBe('Plan: 0 to add, 0 to change, 1 to destroy.')
    expect(legacy).not.toContain('-----')
  })

  it('keeps an error box that comes after the footer and falls back to the text when there is no plan', () => {
    const text = [
      'aws_instance.a: Refreshing state... [id=i-1]',
      '',
      'Planning failed. Terraform encountered an error while generating this plan.',
      '',
      '╷',
      '│ Error: boom',
      '╵'
    ].join('\n')
    expect(extractPlanBody(text)).toBe(
      [
        'Planning failed. Terraform encountered an error while generating this plan.',
        '',
        '╷',
        '│ Error: boom',
        '╵'
      ].join('\n')
    )
    expect(extractPlanBody('Acquiring state lock. This may take a few moments...\nsomething odd happened')).toBe(
      'something odd happened'
    )
    expect(extractPlanBody('')).toBe('')
  })

  it('strips ANSI codes', () => {
    expect(extractPlanBody('\u001b[1mPlan:\u001b[0m 1 to add, 0 to change, 0 to destroy.')).toBe(
      'Plan: 1 to add, 0 to change, 0 to destroy.'
    )
  })
})

describe('toDiffLines', () => {
  it('moves markers to column 0, ~ becomes !, heredoc inner markers handled (basic_multiline_string_update)', () => {
    const body = extractPlanBody(fixture('tf-equiv-basic_multiline_string_update.txt'))
    const lines = toDiffLines(body)
    const block = lines.slice(lines.indexOf('  # tfcoremock_simple_resource.multiline will be updated in-place'))
    expect(block).toEqual([
      '  # tfcoremock_simple_resource.multiline will be updated in-place',
      '!   resource "tfcoremock_simple_resource" "multiline" {',
      '        id     = "69fe5233-e77a-804f-0dac-115c949540bc"',
      '!       string = <<-EOT',
      '            one',
      '-           two',
      '            three',
      '+           two',
      '            four',
      '-           five',
      '+           six',
      '+           seven',
      '        EOT',
      '    }',
      '',
      'Plan: 0 to add, 1 to change, 0 to destroy.'
    ])
    expect(lines.slice(0, 3)).toEqual([
      'Terraform used the selected providers to generate the following execution',
      'plan. Resource actions are indicated with the following symbols:',
      '!   update in-place'
    ])
  })

  it('leaves heredoc content that starts with a marker-like character uncoloured', () => {
    const lines = toDiffLines(
      [
        '  ~ resource "k8s_manifest" "m" {',
        '      ~ yaml = <<-EOT',
        '            items:',
        '              - unchanged',
        '            - also unchanged',
        '          - - removed',
        '          + - added',
        '          +',
        '        EOT',
        '      + other = 1',
        '    }'
      ].join('\n')
    )
    expect(lines).toEqual([
      '!   resource "k8s_manifest" "m" {',
      '!       yaml = <<-EOT',
      '            items:',
      '              - unchanged',
      '            - also unchanged',
      '-           - removed',
      '+           - added',
      '+',
      '        EOT',
      '+       other = 1',
      '    }'
    ])
  })

  it('handles a deleted heredoc ending in `EOT -> null` and jsonencode blocks', () => {
    const lines = toDiffLines(
      [
        '      - string = <<-EOT',
        '            - not a marker',
        '        EOT -> null',
        '      - body = jsonencode(',
        '            {',
        '              - index = 0',
        '            }',
        '        ) -> null'
      ].join('\n')
    )
    expect(lines).toEqual([
      '-       string = <<-EOT',
      '            - not a marker',
      '        EOT -> null',
      '-       body = jsonencode(',
      '            {',
      '-               index = 0',
      '            }',
      '        ) -> null'
    ])
  })

  it('keeps -/+, +/-, <=, ./+ and +/. readable and # comments as they are', () => {
    expect(
      toDiffLines(
        [
          '  # a.b must be replaced',
          '-/+ resource "a" "b" {',
          '+/- resource "a" "c" {',
          ' <= data "a" "d" {',
          '  ./+ resource "a" "e" {',
          '+/. resource "a" "f" {',
          '  . resource "a" "g" {',
          '        # (3 unchanged attributes hidden)',
          '------------------------------------------------------------------------',
          '─────────────',
          '╷',
          '│ Warning: x',
          '╵'
        ].join('\n')
      )
    ).toEqual([
      '  # a.b must be replaced',
      '-/+ resource "a" "b" {',
      '+/- resource "a" "c" {',
      '<=  data "a" "d" {',
      './+   resource "a" "e" {',
      '+/. resource "a" "f" {',
      '.   resource "a" "g" {',
      '        # (3 unchanged attributes hidden)',
      ' ------------------------------------------------------------------------',
      '─────────────',
      '╷',
      '│ Warning: x',
      '╵'
    ])
  })

  it.each(PLAN_FIXTURES)('%s: keeps every line (marker moved, width kept)', (name) => {
    const body = extractPlanBody(fixture(name))
    const input = body.split('\n')
    const output = toDiffLines(body)
    expect(output).toHaveLength(input.length)
    output.forEach((line, i) => {
      const original = input[i]
      if (line === original || line === ` ${original}`) return
      expect(line.length).toBe(original.length)
      expect(line.replace(/^[-+!<=./]+/, '').trim()).toBe(
        original
          .trim()
          .replace(/^[-+~<=./]+/, '')
          .trim()
      )
      expect(line[0]).toMatch(/[-+!<.]/)
    })
    expect(output.some((l) => /^\s*~ /.test(l))).toBe(false)
  })
})
