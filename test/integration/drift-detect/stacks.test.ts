/**
 * drift-detect on a Terragrunt stacks repository (`terragrunt.stack.hcl` files, units only after `stack generate`):
 * the units are generated before they are listed, by shard listing and by the check alike, so the estate is not
 * silently 0 units, all clean.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { emulatorForTests } from '../../emulators/github/jest.js'
import type { FakeCall } from '../../emulators/terragrunt/harness.js'
import { OWNER, PLANS, REPO, cleanup, json, runDrift, scenario, unitMarker } from './helpers.js'

const gh = await emulatorForTests({ owner: OWNER, repo: REPO })
afterAll(cleanup)

const ROOT_INCLUDE = 'include "root" {\n  path = find_in_parent_folders("root.hcl")\n}\n'

/** A stacks live repository with a local catalog (the layout plan-comment's selection test uses). */
const STACKS_REPO: Record<string, string> = {
  'live/root.hcl': 'remote_state {\n  backend = "gcs"\n}\n',
  'live/dev/terragrunt.stack.hcl': [
    'unit "vpc" {',
    '  source = "../../catalog/units/vpc"',
    '  path   = "vpc"',
    '  values = { cidr = "10.0.0.0/16" }',
    '}',
    'unit "app" {',
    '  source = "../../catalog/units/app"',
    '  path   = "app"',
    '}',
    ''
  ].join('\n'),
  'live/prod/terragrunt.stack.hcl':
    'unit "vpc" {\n  source = "../../catalog/units/vpc"\n  path   = "vpc"\n  values = { cidr = "10.1.0.0/16" }\n}\n',
  'catalog/units/vpc/terragrunt.hcl':
    ROOT_INCLUDE + 'terraform {\n  source = "${find_in_parent_folders("catalog/modules")}/vpc"\n}\n',
  'catalog/units/app/terragrunt.hcl': ROOT_INCLUDE + 'dependency "vpc" {\n  config_path = "../vpc"\n}\n',
  'catalog/modules/vpc/main.tf': 'resource "terraform_data" "vpc" {}\n'
}

const UNITS = ['live/dev/.terragrunt-stack/app', 'live/dev/.terragrunt-stack/vpc', 'live/prod/.terragrunt-stack/vpc']

async function stacksWorkspace(): Promise<string> {
  const ws = await mkdtemp(join(tmpdir(), 'drift-stacks-'))
  for (const [path, content] of Object.entries(STACKS_REPO)) {
    await mkdir(dirname(join(ws, path)), { recursive: true })
    await writeFile(join(ws, path), content)
  }
  return ws
}

/** Every fake terragrunt/tofu call the runs in `ws` made, in order. */
async function calls(ws: string): Promise<FakeCall[]> {
  const files = (await readdir(ws)).filter((f) => /^\.fake-calls-\d+\.jsonl$/.test(f))
  const lines = (await Promise.all(files.map((f) => readFile(join(ws, f), 'utf8')))).join('\n')
  return lines
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as FakeCall)
    .sort((a, b) => a.start - b.start)
}

const argv = (c: FakeCall) => c.argv.join(' ')

describe('drift-detect on a stacks repository', () => {
  it('generates the stacks before listing shards and before checking, and reports the drift of a generated unit', async () => {
    const ws = await stacksWorkspace()
    const list = await runDrift({ workspace: ws, gh, inputs: { 'list-shards': 'true', 'max-units-per-shard': '2' } })
    expect(list.annotations.filter((a) => a.level === 'error')).toEqual([])
    expect(json(list, 'matrix')).toEqual({ shard: ['1/2', '2/2'] })
    expect(list.stdout).toContain('Generating 2 stack(s) with terragrunt stack generate.')
    expect(list.stdout).toContain('3 unit(s) in 2 shard(s) of at most 2.')

    const drifting = scenario({ 'live/prod/.terragrunt-stack/vpc': PLANS.nodeCount })
    const run = await runDrift({ workspace: ws, gh, scenario: drifting })
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([])
    expect(json(run, 'drifted-units')).toEqual(['live/prod/.terragrunt-stack/vpc'])
    expect(run.outputs['issues-opened']).toBe('1')
    const report = JSON.parse(await readFile(run.outputs['report-path'], 'utf8')) as { units: Array<{ unit: string }> }
    expect(report.units.map((u) => u.unit).sort()).toEqual(UNITS)
    const issues = gh.state.issues(OWNER, REPO).filter((i) => !i.pull)
    expect(issues.map((i) => (i.body ?? '').includes(unitMarker('live/prod/.terragrunt-stack/vpc')))).toEqual([true])

    // Each run generated the stacks first, before Terragrunt was asked which units there are.
    const all = await calls(ws)
    const terragrunt = all.filter((c) => c.bin === 'terragrunt')
    const generate = terragrunt.filter((c) => argv(c).startsWith('stack generate'))
    const find = terragrunt.filter((c) => argv(c).startsWith('find'))
    expect(generate).toHaveLength(2)
    expect(find).toHaveLength(2)
    for (let i = 0; i < 2; i++) expect(generate[i].end).toBeLessThanOrEqual(find[i].start)
  })
})
