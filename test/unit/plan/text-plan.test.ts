import { describe, expect, it } from '@jest/globals'
import { parsePlanLine, parseTextPlan } from '../../../src/core/plan/index.js'
import type { PlanCounts } from '../../../src/core/plan/index.js'
import { fixture, fixtureNames, planLineOf, planText } from './fixtures.js'

interface Expected {
  counts: PlanCounts
  hasChanges: boolean
  resources: number
  outputs?: string[]
  drift?: string[]
}

const c = (add: number, change: number, destroy: number, replace = 0, imp = 0, move = 0, forget = 0): PlanCounts => ({
  add,
  change,
  destroy,
  replace,
  import: imp,
  move,
  forget
})

/** Hand-written expectations for every text fixture that holds a plan. */
const EXPECTED: Record<string, Expected> = {
  'dflook-all-actions-with-outputs.txt': {
    counts: c(3, 1, 3, 2),
    hasChanges: true,
    resources: 5,
    outputs: ['add', 'delete', 'update']
  },
  'dflook-move-only.txt': { counts: c(0, 0, 0, 0, 0, 1), hasChanges: true, resources: 1 },
  'dflook-state-lock-interleaved-tf012.txt': { counts: c(1, 0, 0), hasChanges: true, resources: 1 },
  'public-readme-aks-create-read-during-apply-warning.txt': { counts: c(6, 0, 0), hasChanges: true, resources: 7 },
  'terragrunt-v1-pretty-run-all-apply-unit1-replace.txt': { counts: c(1, 0, 1, 1), hasChanges: true, resources: 1 },
  'terragrunt-v1-pretty-run-all-apply-unit2-replace.txt': { counts: c(1, 0, 1, 1), hasChanges: true, resources: 1 },
  'terragrunt-v1-pretty-run-all-plan-two-units.txt': { counts: c(0, 0, 0), hasChanges: false, resources: 0 },
  'tf-equiv-basic_multiline_string_update.txt': { counts: c(0, 1, 0), hasChanges: true, resources: 1 },
  'tf-equiv-data_read.txt': { counts: c(3, 0, 0), hasChanges: true, resources: 4 },
  'tf-equiv-drift_refresh_only.txt': {
    counts: c(0, 0, 0),
    hasChanges: true,
    resources: 0,
    drift: ['tfcoremock_simple_resource.drift']
  },
  'tf-equiv-fully_populated_complex_destroy.txt': { counts: c(0, 0, 1), hasChanges: true, resources: 1 },
  'tf-equiv-moved_with_drift.txt': {
    counts: c(0, 2, 0, 0, 0, 1),
    hasChanges: true,
    resources: 2,
    drift: ['tfcoremock_simple_resource.base_after']
  },
  'tf-equiv-variables_and_outputs.txt': {
    counts: c(0, 0, 0),
    hasChanges: true,
    resources: 0,
    outputs: [
      'list_empty_default',
      'list_no_default',
      'nested_optional_object',
      'nested_optional_object_with_default',
      'nested_optional_object_with_embedded_default'
    ]
  },
  'tfcmt-import-move-replace-update.txt': { counts: c(2, 2, 1, 1, 1, 3), hasChanges: true, resources: 5 },
  'tfcmt-import-only.txt': { counts: c(0, 0, 0, 0, 1), hasChanges: true, resources: 1 },
  'tfcmt-imported-and-moved-only.txt': { counts: c(0, 0, 0, 0, 2, 1), hasChanges: true, resources: 3 },
  'tfcmt-legacy-tf011-destroy.txt': { counts: c(0, 0, 1), hasChanges: true, resources: 1 },
  'tfcmt-legacy-tf011-no-changes.txt': { counts: c(0, 0, 0), hasChanges: false, resources: 0 },
  'tfcmt-outputs-only-tf015.txt': { counts: c(0, 0, 0), hasChanges: true, resources: 0, outputs: ['test'] },
  'tfcmt-replace-triggered-by.txt': { counts: c(2, 1, 2, 2), hasChanges: true, resources: 3 },
  'tofu-equiv-moved_with_drift.txt': {
    counts: c(0, 2, 0, 0, 0, 1),
    hasChanges: true,
    resources: 2,
    drift: ['tfcoremock_simple_resource.base_after']
  }
}

describe('parseTextPlan on every fixture', () => {
  const withPlanLine = fixtureNames('.txt').filter((f) => planLineOf(planText(f)) !== undefined)

  it('has a hand-written expectation for every fixture with a Plan: line', () => {
    expect(withPlanLine.length).toBeGreaterThanOrEqual(15)
    for (const name of withPlanLine) expect(Object.keys(EXPECTED)).toContain(name)
  })

  it.each(withPlanLine)('%s: counts equal its Plan: line exactly', (name) => {
    const text = planText(name)
    const line = planLineOf(text)!
    const plan = parseTextPlan(text)
    expect({
      import: plan.counts.import,
      add: plan.counts.add,
      change: plan.counts.change,
      destroy: plan.counts.destroy
    }).toEqual(line)
  })

  it.each(Object.keys(EXPECTED))('%s: hand-written counts, resources, outputs, drift', (name) => {
    const want = EXPECTED[name]
    const plan = parseTextPlan(planText(name))
    expect(plan.source).toBe('text')
    expect(plan.counts).toEqual(want.counts)
    expect(plan.hasChanges).toBe(want.hasChanges)
    expect(plan.resources).toHaveLength(want.resources)
    expect(plan.outputChanges).toEqual(want.outputs ?? [])
    expect(plan.drift).toEqual(want.drift ?? [])
    expect(plan.errored).toBe(false)
  })
})

describe('parseTextPlan resource details from fixtures', () => {
  it('reads both replace orders and the count-index reason (dflook)', () => {
    const plan = parseTextPlan(fixture('dflook-all-actions-with-outputs.txt'))
    expect(plan.resources).toEqual([
      { address: 'aws_s3_object.update', action: 'update' },
      { address: 'random_string.add[0]', action: 'create' },
      { address: 'random_string.create_before_delete', action: 'replace', replaceOrder: 'create-before-delete' },
      { address: 'random_string.delete[0]', action: 'delete', reason: 'delete_because_count_index' },
      { address: 'random_string.delete_before_create', action: 'replace', replaceOrder: 'delete-before-create' }
    ])
  })

  it('reads moves, imports with their ids, and a moved replacement (tfcmt)', () => {
    const plan = parseTextPlan(fixture('tfcmt-import-move-replace-update.txt'))
    expect(plan.resources).toEqual([
      {
        address: 'github_issue.test-2',
        action: 'replace',
        previousAddress: 'github_issue.test',
        replaceOrder: 'delete-before-create'
      },
      { address: 'github_repository.tfaction-2', action: 'update', previousAddress: 'github_repository.tfaction' },
      { address: 'github_repository.tfcmt', action: 'update', importId: 'tfcmt' },
      { address: 'null_resource.bar', action: 'no-op', previousAddress: 'null_resource.foo' },
      { address: 'null_resource.zoo', action: 'create' }
    ])
  })

  it('takes the import id of an import-only header from the Preparing import line', () => {
    const plan = parseTextPlan(fixture('tfcmt-imported-and-moved-only.txt'))
    expect(plan.resources.map((r) => [r.address, r.importId])).toEqual([
      ['github_repository.tfaction', 'tfaction'],
      ['github_repository.tfcmt', 'tfcmt'],
      ['null_resource.bar', undefined]
    ])
  })

  it('reads replace_triggered_by and data reads with their reasons', () => {
    const triggered = parseTextPlan(fixture('tfcmt-replace-triggered-by.txt'))
    expect(triggered.resources[1]).toMatchObject({ action: 'replace', reason: 'replace_by_triggers' })
    const aks = parseTextPlan(fixture('public-readme-aks-create-read-during-apply-warning.txt'))
    expect(aks.resources[1]).toEqual({
      address: 'module.aks.data.azurerm_resource_group.main',
      action: 'read',
      reason: 'read_because_dependency_pending'
    })
    expect(aks.counts.add).toBe(6)
  })

  it('keeps the warning box after the Plan: line as a diagnostic', () => {
    const plan = parseTextPlan(fixture('public-readme-aks-create-read-during-apply-warning.txt'))
    expect(plan.diagnostics).toHaveLength(1)
    expect(plan.diagnostics[0].severity).toBe('warning')
    expect(plan.diagnostics[0].summary).toBe('Argument is deprecated')
    expect(plan.diagnostics[0].detail).toContain('on .terraform/modules/aks/main.tf line 34')
    expect(plan.diagnostics[0].detail).toContain('is currently not functional')
    expect(plan.errored).toBe(false)
  })

  it('ignores state-lock lines interleaved inside a resource block (TF 0.12)', () => {
    const plan = parseTextPlan(fixture('dflook-state-lock-interleaved-tf012.txt'))
    expect(plan.resources).toEqual([{ address: 'random_string.my_string', action: 'create' }])
  })

  it('reads the TF 0.11 `- addr` line', () => {
    const plan = parseTextPlan(fixture('tfcmt-legacy-tf011-destroy.txt'))
    expect(plan.resources).toEqual([{ address: 'google_project_iam_member.team_platform[2]', action: 'delete' }])
  })

  it('parses both units of the Terragrunt no-change log and the demuxed replace (no blank lines)', () => {
    const plan = parseTextPlan(planText('terragrunt-v1-pretty-run-all-apply-unit1-replace.txt'))
    expect(plan.resources).toEqual([
      { address: 'null_resource.empty', action: 'replace', replaceOrder: 'delete-before-create' }
    ])
  })
})

/** Builds a small plan text around some resource blocks. */
function planOf(body: string, planLine: string, tool = 'Terraform'): string {
  return [
    `${tool} will perform the following actions:`,
    '',
    body,
    '',
    planLine,
    '',
    '─'.repeat(77),
    '',
    `Note: You didn't use the -out option to save this plan, so ${tool} can't`,
    `guarantee to take exactly these actions if you run "${tool.toLowerCase()} apply" now.`
  ].join('\n')
}

interface Case {
  name: string
  text: string
  counts: PlanCounts
  resources?: object[]
  hasChanges?: boolean
}

const CASES: Case[] = [
  {
    name: 'OpenTofu tainted (`so it must be replaced`)',
    text: planOf(
      [
        '  # aws_instance.a is tainted, so it must be replaced',
        '-/+ resource "aws_instance" "a" {',
        '      ~ id = "i-1" -> (known after apply)',
        '    }'
      ].join('\n'),
      'Plan: 1 to add, 0 to change, 1 to destroy.',
      'OpenTofu'
    ),
    counts: c(1, 0, 1, 1),
    resources: [
      {
        address: 'aws_instance.a',
        action: 'replace',
        reason: 'replace_because_tainted',
        replaceOrder: 'delete-before-create'
      }
    ]
  },
  {
    name: 'Terraform tainted and replaced as requested, create before destroy',
    text: planOf(
      [
        '  # aws_instance.a is tainted, so must be replaced',
        '-/+ resource "aws_instance" "a" {',
        '    }',
        '',
        '  # aws_instance.b will be replaced, as requested',
        '+/- resource "aws_instance" "b" {',
        '    }'
      ].join('\n'),
      'Plan: 2 to add, 0 to change, 2 to destroy.'
    ),
    counts: c(2, 0, 2, 2),
    resources: [
      {
        address: 'aws_instance.a',
        action: 'replace',
        reason: 'replace_because_tainted',
        replaceOrder: 'delete-before-create'
      },
      {
        address: 'aws_instance.b',
        action: 'replace',
        reason: 'replace_by_request',
        replaceOrder: 'create-before-delete'
      }
    ]
  },
  {
    name: 'Terraform forget (one-space header, forget not in the Plan: line)',
    text: planOf(
      [
        ' # aws_instance.b will no longer be managed by Terraform, but will not be destroyed',
        ' # (destroy = false is set in the configuration)',
        ' . resource "aws_instance" "b" {',
        '        id = "i-2"',
        '    }'
      ].join('\n'),
      'Plan: 0 to add, 0 to change, 0 to destroy.'
    ),
    counts: c(0, 0, 0, 0, 0, 0, 1),
    resources: [{ address: 'aws_instance.b', action: 'forget' }]
  },
  {
    name: 'OpenTofu forget with its `#`-less reason line and `to forget` in the Plan: line',
    text: planOf(
      [
        '  # aws_instance.b will be removed from the OpenTofu state but will not be destroyed ',
        ' (because lifecycle.destroy = false is set in the configuration)',
        '  . resource "aws_instance" "b" {',
        '        id = "i-2"',
        '    }'
      ].join('\n'),
      'Plan: 0 to add, 0 to change, 0 to destroy, 1 to forget.',
      'OpenTofu'
    ),
    counts: c(0, 0, 0, 0, 0, 0, 1),
    resources: [{ address: 'aws_instance.b', action: 'forget', reason: 'forgot_because_lifecycle_destroy_in_config' }]
  },
  {
    name: 'OpenTofu forget-then-create replacement',
    text: planOf(
      [
        '  # aws_instance.c must be replaced - older instance will not be destroyed (lifecycle.destroy = false)',
        '  ./+ resource "aws_instance" "c" {',
        '      ~ ami = "a" -> "b" # forces replacement',
        '    }'
      ].join('\n'),
      'Plan: 1 to add, 0 to change, 0 to destroy, 1 to forget.',
      'OpenTofu'
    ),
    counts: c(1, 0, 0, 1, 0, 0, 1),
    resources: [
      { address: 'aws_instance.c', action: 'replace', forgetsOld: true, replaceOrder: 'delete-before-create' }
    ]
  },
  {
    name: 'Terraform create-then-forget replacement',
    text: planOf(
      [
        ' # aws_instance.d must be replaced, but the existing object will not be destroyed',
        ' # (destroy = false is set in the configuration)',
        '+/. resource "aws_instance" "d" {',
        '    }'
      ].join('\n'),
      'Plan: 1 to add, 0 to change, 0 to destroy.'
    ),
    counts: c(1, 0, 0, 1, 0, 0, 1),
    resources: [
      { address: 'aws_instance.d', action: 'replace', forgetsOld: true, replaceOrder: 'create-before-delete' }
    ]
  },
  {
    name: 'deposed object left over from a failed replacement',
    text: planOf(
      [
        '  # aws_instance.e (deposed object 1a2b3c4d) will be destroyed',
        '  # (left over from a partially-failed replacement of this instance)',
        '  - resource "aws_instance" "e" {',
        '    }'
      ].join('\n'),
      'Plan: 0 to add, 0 to change, 1 to destroy.'
    ),
    counts: c(0, 0, 1),
    resources: [{ address: 'aws_instance.e', deposed: '1a2b3c4d', action: 'delete' }]
  },
  {
    name: 'for_each keys with spaces, brackets and quotes; delete reasons',
    text: planOf(
      [
        '  # aws_instance.f["a b will be created"] will be destroyed',
        '  # (because key ["a b will be created"] is not in for_each map)',
        '  - resource "aws_instance" "f" {',
        '    }',
        '',
        '  # module.m["x]\\" y"].aws_instance.g will be destroyed',
        '  # (because module.m["x]\\" y"] is not in configuration)',
        '  - resource "aws_instance" "g" {',
        '    }',
        '',
        '  # aws_instance.h will be destroyed',
        '  # (because aws_instance.h is not in configuration)',
        '  - resource "aws_instance" "h" {',
        '    }',
        '',
        '  # aws_instance.i will be destroyed',
        '  # (because enabled is false)',
        '  - resource "aws_instance" "i" {',
        '    }'
      ].join('\n'),
      'Plan: 0 to add, 0 to change, 4 to destroy.'
    ),
    counts: c(0, 0, 4),
    resources: [
      { address: 'aws_instance.f["a b will be created"]', action: 'delete', reason: 'delete_because_each_key' },
      { address: 'module.m["x]\\" y"].aws_instance.g', action: 'delete', reason: 'delete_because_no_module' },
      { address: 'aws_instance.h', action: 'delete', reason: 'delete_because_no_resource_config' },
      { address: 'aws_instance.i', action: 'delete', reason: 'delete_because_enabled_false' }
    ]
  },
  {
    name: 'Actions: N to invoke, and import + forget counts in one Plan: line',
    text: planOf(
      [
        '  # aws_instance.j will be updated in-place',
        '  # (imported from "i-9")',
        '  ~ resource "aws_instance" "j" {',
        '    }'
      ].join('\n'),
      'Plan: 1 to import, 0 to add, 1 to change, 0 to destroy. Actions: 2 to invoke.'
    ),
    counts: c(0, 1, 0, 0, 1),
    resources: [{ address: 'aws_instance.j', action: 'update', importId: 'i-9' }]
  },
  {
    name: 'OpenTofu identity import',
    text: planOf(
      [
        '  # aws_instance.k will be updated in-place',
        '  # imported using resource identity: {',
        '  #     "id": "i-10"',
        '  #   }',
        '  ~ resource "aws_instance" "k" {',
        '    }'
      ].join('\n'),
      'Plan: 1 to import, 0 to add, 1 to change, 0 to destroy.',
      'OpenTofu'
    ),
    counts: c(0, 1, 0, 0, 1),
    resources: [{ address: 'aws_instance.k', action: 'update', importId: '' }]
  },
  {
    name: 'deferred section is not counted',
    text: [
      'Note: This is a partial plan, parts can only be known in the next plan / apply cycle.',
      '',
      '  # aws_instance.later was deferred',
      '  # (because the resource configuration is unknown)',
      '  + resource "aws_instance" "later" {',
      '    }',
      '',
      planOf(
        ['  # aws_instance.now will be created', '  + resource "aws_instance" "now" {', '    }'].join('\n'),
        'Plan: 1 to add, 0 to change, 0 to destroy.'
      )
    ].join('\n'),
    counts: c(1, 0, 0),
    resources: [{ address: 'aws_instance.now', action: 'create' }]
  },
  {
    name: 'TF 0.11 legacy markers without a Plan: line',
    text: [
      'An execution plan has been generated and is shown below.',
      'Resource actions are indicated with the following symbols:',
      '  + create',
      '  ~ update in-place',
      '-/+ destroy and then create replacement',
      ' <= read (data resources)',
      '',
      'Terraform will perform the following actions:',
      '',
      ' <= data.aws_ami.ubuntu',
      '      id: <computed>',
      '',
      '-/+ aws_instance.web (new resource required)',
      '      ami:  "ami-1" => "ami-2" (forces new resource)',
      '',
      '  + aws_s3_bucket.logs',
      '      bucket: "logs"',
      '',
      '  ~ aws_security_group.sg',
      '      description: "a" => "b"',
      '',
      '+/- aws_instance.cbd (tainted)',
      ''
    ].join('\n'),
    counts: c(3, 1, 2, 2),
    resources: [
      { address: 'data.aws_ami.ubuntu', action: 'read' },
      { address: 'aws_instance.web', action: 'replace', replaceOrder: 'delete-before-create' },
      { address: 'aws_s3_bucket.logs', action: 'create' },
      { address: 'aws_security_group.sg', action: 'update' },
      {
        address: 'aws_instance.cbd',
        action: 'replace',
        replaceOrder: 'create-before-delete',
        reason: 'replace_because_tainted'
      }
    ]
  },
  {
    name: 'quoted output names',
    text: ['Changes to Outputs:', '  + "a.b"  = 1', '  ~ plain  = 1 -> 2', '  - gone   = 3 -> null'].join('\n'),
    counts: c(0, 0, 0)
  },
  {
    name: 'normal-mode drift without changes is not a change',
    text: [
      'Note: Objects have changed outside of Terraform',
      '',
      '  # aws_instance.x has changed',
      '  ~ resource "aws_instance" "x" {',
      '    }',
      '  # aws_instance.y has been deleted',
      '  - resource "aws_instance" "y" {',
      '    }',
      '',
      'Unless you have made equivalent changes to your configuration, or ignored the',
      '─'.repeat(40),
      '',
      'No changes. Your infrastructure matches the configuration.'
    ].join('\n'),
    counts: c(0, 0, 0),
    resources: [],
    hasChanges: false
  }
]

describe('parseTextPlan variants', () => {
  it.each(CASES)('$name', ({ text, counts, resources, hasChanges }) => {
    const plan = parseTextPlan(text)
    expect(plan.counts).toEqual(counts)
    if (resources) expect(plan.resources).toEqual(resources)
    expect(plan.hasChanges).toBe(hasChanges ?? true)
    expect(plan.errored).toBe(false)
  })

  it('unquotes output names', () => {
    const plan = parseTextPlan(CASES.find((x) => x.name === 'quoted output names')!.text)
    expect(plan.outputChanges).toEqual(['a.b', 'plain', 'gone'])
  })

  it('lists drift addresses apart from the resource changes', () => {
    const plan = parseTextPlan(CASES.find((x) => x.name.startsWith('normal-mode drift'))!.text)
    expect(plan.drift).toEqual(['aws_instance.x', 'aws_instance.y'])
  })
})

describe('parseTextPlan no-change variants', () => {
  it.each([
    'No changes. Your infrastructure matches the configuration.',
    'No changes. Infrastructure is up-to-date.',
    'No changes. Your infrastructure still matches the configuration.',
    'No changes. No objects need to be destroyed.',
    'No current changes. This plan requires another plan to be applied first.'
  ])('%s', (message) => {
    const text = ['aws_instance.a: Refreshing state... [id=i-1]', '', message, '', 'Some explanation.'].join('\n')
    const plan = parseTextPlan(text)
    expect(plan.counts).toEqual(c(0, 0, 0))
    expect(plan.resources).toEqual([])
    expect(plan.hasChanges).toBe(false)
    expect(plan.errored).toBe(false)
  })

  it('the Terragrunt bare log of two no-change units', () => {
    const plan = parseTextPlan(fixture('terragrunt-v1-bare-run-all-plan-two-units.txt'))
    expect(plan.hasChanges).toBe(false)
    expect(plan.counts).toEqual(c(0, 0, 0))
  })

  it('empty text', () => {
    expect(parseTextPlan('')).toMatchObject({ counts: c(0, 0, 0), hasChanges: false, errored: false })
  })
})

describe('parseTextPlan errors', () => {
  it('boxed error and Planning failed', () => {
    const text = [
      'aws_instance.a: Refreshing state... [id=i-1]',
      '',
      'Planning failed. Terraform encountered an error while generating this plan.',
      '',
      '╷',
      '│ Error: Reference to undeclared input variable',
      '│ ',
      '│   on main.tf line 2, in locals:',
      '│    2:   foo = var.terraform_path',
      '│ ',
      '│ An input variable with the name "terraform_path" has not been declared.',
      '╵'
    ].join('\n')
    const plan = parseTextPlan(text)
    expect(plan.errored).toBe(true)
    expect(plan.hasChanges).toBe(false)
    expect(plan.diagnostics).toEqual([
      {
        severity: 'error',
        summary: 'Reference to undeclared input variable',
        detail: [
          '  on main.tf line 2, in locals:',
          '   2:   foo = var.terraform_path',
          '',
          'An input variable with the name "terraform_path" has not been declared.'
        ].join('\n')
      }
    ])
  })

  it('pre-0.15 column-0 Error: and Warning:', () => {
    const text = [
      'Warning: Interpolation-only expressions are deprecated',
      '',
      '  on main.tf line 3, in resource "x" "y":',
      '   3:   a = "${var.a}"',
      '',
      'Terraform 0.11 and earlier required all non-constant expressions.',
      '',
      '',
      'Error: Invalid value for variable',
      '',
      '  on variables.tf line 32:',
      '  32: variable "port" {',
      '',
      'Use a port between 1024 and 65535.',
      ''
    ].join('\n')
    const plan = parseTextPlan(text)
    expect(plan.errored).toBe(true)
    expect(plan.diagnostics.map((d) => [d.severity, d.summary])).toEqual([
      ['warning', 'Interpolation-only expressions are deprecated'],
      ['error', 'Invalid value for variable']
    ])
    expect(plan.diagnostics[1].detail).toBe(
      ['  on variables.tf line 32:', '  32: variable "port" {', '', 'Use a port between 1024 and 65535.'].join('\n')
    )
  })

  it('planned the following actions, but then encountered a problem', () => {
    const text = [
      'Terraform planned the following actions, but then encountered a problem:',
      '',
      '  # aws_instance.a will be created',
      '  + resource "aws_instance" "a" {',
      '    }',
      '',
      'Plan: 1 to add, 0 to change, 0 to destroy.',
      '╷',
      '│ Error: boom',
      '╵'
    ].join('\n')
    const plan = parseTextPlan(text)
    expect(plan.errored).toBe(true)
    expect(plan.counts.add).toBe(1)
    expect(plan.hasChanges).toBe(false)
  })

  it('a warning alone does not make a plan errored', () => {
    const text = ['No changes. Your infrastructure matches the configuration.', '╷', '│ Warning: old', '╵'].join('\n')
    const plan = parseTextPlan(text)
    expect(plan.errored).toBe(false)
    expect(plan.diagnostics).toEqual([{ severity: 'warning', summary: 'old' }])
  })
})

describe('parseTextPlan input hygiene', () => {
  const name = 'dflook-all-actions-with-outputs.txt'

  it('gives the same result with ANSI colours', () => {
    const plain = fixture(name)
    const coloured = plain
      .split('\n')
      .map((l) =>
        l
          .replace(/^( *)# (\S+)/, '$1\u001b[1m# $2\u001b[0m')
          .replace(/^Plan:/, '\u001b[1mPlan:\u001b[0m')
          .replace(/^( *)([+~-]) /, '$1\u001b[32m$2\u001b[0m ')
      )
      .join('\n')
    expect(coloured).not.toBe(plain)
    expect(parseTextPlan(coloured)).toEqual(parseTextPlan(plain))
  })

  it('gives the same result with CRLF line ends', () => {
    const plain = fixture(name)
    expect(parseTextPlan(plain.replace(/\n/g, '\r\n'))).toEqual(parseTextPlan(plain))
  })
})

describe('parsePlanLine', () => {
  it.each([
    ['Plan: 1 to add, 2 to change, 3 to destroy.', { add: 1, change: 2, destroy: 3 }],
    ['Plan: 4 to import, 1 to add, 0 to change, 0 to destroy.', { import: 4, add: 1, change: 0, destroy: 0 }],
    ['Plan: 0 to add, 0 to change, 0 to destroy, 2 to forget.', { add: 0, change: 0, destroy: 0, forget: 2 }],
    [
      'Plan: 1 to import, 0 to add, 0 to change, 0 to destroy, 2 to forget.',
      { import: 1, add: 0, change: 0, destroy: 0, forget: 2 }
    ],
    ['Plan: 0 to add, 1 to change, 0 to destroy. Actions: 3 to invoke.', { add: 0, change: 1, destroy: 0, invoke: 3 }]
  ])('%s', (line, want) => {
    const got = parsePlanLine(line)!
    expect(Object.fromEntries(Object.entries(got).filter(([, v]) => v !== undefined))).toEqual(want)
  })

  it.each(['Plan: 1 to add.', 'Apply complete! Resources: 1 added, 0 changed, 1 destroyed.', 'plan: 1 to add'])(
    'rejects %s',
    (line) => {
      expect(parsePlanLine(line)).toBeUndefined()
    }
  )
})
