import { describe, expect, it } from '@jest/globals'
import {
  extractPlanBody,
  hashNormalisedChanges,
  normaliseChangesForHash,
  parseJsonPlan,
  parseTextPlan,
  toDiffLines
} from '../../../src/core/plan/index.js'

// No timing assertions: these only make sure the parsers are linear. A quadratic step or a regex with
// catastrophic backtracking would make them run for minutes (and hit the jest timeout).

const N = 50_000
const KINDS = ['create', 'update', 'delete', 'replace'] as const

function generatedText(): string {
  const lines: string[] = []
  for (let i = 0; i < N; i++) lines.push(`aws_instance.r[${i}]: Refreshing state... [id=i-${i}]`)
  lines.push('', 'Terraform will perform the following actions:', '')
  for (let i = 0; i < N; i++) {
    const kind = KINDS[i % KINDS.length]
    const address = `module.m["k ${i}"].aws_instance.r[${i}]`
    if (kind === 'create') {
      lines.push(`  # ${address} will be created`, '  + resource "aws_instance" "r" {', '      + ami = "ami-1"')
    } else if (kind === 'update') {
      lines.push(`  # ${address} will be updated in-place`, '  ~ resource "aws_instance" "r" {')
      lines.push(
        '      ~ user_data = <<-EOT',
        '            #!/bin/sh',
        '          - echo old',
        '          + echo new',
        '        EOT'
      )
    } else if (kind === 'delete') {
      lines.push(
        `  # ${address} will be destroyed`,
        '  - resource "aws_instance" "r" {',
        '      - ami = "ami-1" -> null'
      )
    } else {
      lines.push(`  # ${address} must be replaced`, '-/+ resource "aws_instance" "r" {')
      lines.push('      ~ ami = "ami-1" -> "ami-2" # forces replacement')
    }
    lines.push('        # (12 unchanged attributes hidden)', '    }', '')
  }
  lines.push(`Plan: ${N / 2} to add, ${N / 4} to change, ${N / 2} to destroy.`, '')
  return lines.join('\n')
}

function generatedJson(): unknown {
  const changes = []
  for (let i = 0; i < N; i++) {
    const kind = KINDS[i % KINDS.length]
    const actions = kind === 'replace' ? ['delete', 'create'] : [kind]
    changes.push({
      address: `aws_instance.r[${i}]`,
      mode: 'managed',
      type: 'aws_instance',
      name: 'r',
      index: i,
      change: { actions, before: { ami: 'ami-1', tags: { n: i } }, after: { ami: 'ami-2', tags: { n: i } } }
    })
  }
  return { format_version: '1.2', resource_changes: changes }
}

describe('large plans', () => {
  it(`parses a ${N}-resource text plan`, () => {
    const text = generatedText()
    const plan = parseTextPlan(text)
    expect(plan.counts).toEqual({
      add: N / 2,
      change: N / 4,
      destroy: N / 2,
      replace: N / 4,
      import: 0,
      move: 0,
      forget: 0
    })
    expect(plan.resources).toHaveLength(N)
    expect(plan.resources[N - 1].address).toBe(`module.m["k ${N - 1}"].aws_instance.r[${N - 1}]`)

    const body = extractPlanBody(text)
    expect(body.startsWith('Terraform will perform the following actions:')).toBe(true)
    const diff = toDiffLines(body)
    expect(diff).toContain('-           echo old')
    expect(diff).toContain('            #!/bin/sh')
  })

  it(`parses a ${N}-resource JSON plan and normalises it for the hash`, () => {
    const json = generatedJson()
    expect(parseJsonPlan(json).counts).toEqual({
      add: N / 2,
      change: N / 4,
      destroy: N / 2,
      replace: N / 4,
      import: 0,
      move: 0,
      forget: 0
    })
    expect(hashNormalisedChanges(normaliseChangesForHash(json))).toMatch(/^[0-9a-f]{64}$/)
  })

  it('survives pathological lines', () => {
    const long = 200_000
    const lines = [
      `  # ${'['.repeat(long)} will be created`,
      `  # aws_x.y["${'\\"'.repeat(long / 2)} will be destroyed`,
      `  # ${'a '.repeat(long)}`,
      `Plan: ${'1'.repeat(long)} to add`,
      `  + "${'\\'.repeat(long)}`,
      `${' '.repeat(long)}x`,
      `Error: ${'x'.repeat(long)}`,
      `  - ${'a.b'.repeat(long / 3)} (new resource required`,
      `  # (because index [${']'.repeat(long)} is out of range)`,
      `      ~ s = <<-${'E'.repeat(long)} <<-EOT`,
      `a: Refreshing state...${' '.repeat(long)}`
    ]
    const text = ['Terraform will perform the following actions:', ...lines, 'Changes to Outputs:', ...lines].join('\n')
    expect(parseTextPlan(text).source).toBe('text')
    expect(toDiffLines(extractPlanBody(text)).length).toBeGreaterThan(0)
  })
})
