import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { discoverUnits, parseFindJson, selectUnits, UnitPatternError } from '../../../src/core/terragrunt/discovery.js'
import { describeUnresolved, localSource, readUnitRefs } from '../../../src/core/terragrunt/hcl-refs.js'
import { ALL_UNITS, LIVE_REPO, removeDir, tempDir, withTree, writeTree } from './live-repo.js'

let repo: string

beforeAll(async () => {
  repo = await tempDir()
  await writeTree(repo, LIVE_REPO)
})

afterAll(async () => {
  await removeDir(repo)
})

describe('discoverUnits', () => {
  it('finds every unit, sorted, skipping root.hcl, _common files and .terragrunt-cache', async () => {
    expect(await discoverUnits(repo)).toEqual(ALL_UNITS)
  })

  it('returns paths relative to a root below the repository root', async () => {
    expect(await discoverUnits(path.join(repo, 'live/production'))).toEqual(['prod/monitoring', 'prod/vpc'])
  })

  it('selects units with directories and globs', async () => {
    expect(await discoverUnits(repo, { patterns: ['live/production/*'] })).toEqual([
      'live/production/prod/monitoring',
      'live/production/prod/vpc'
    ])
    expect(await discoverUnits(repo, { patterns: ['**/vpc'] })).toEqual([
      'live/non-production/dev/vpc',
      'live/non-production/qa/vpc',
      'live/production/prod/vpc'
    ])
    expect(await discoverUnits(repo, { patterns: ['./live/non-production/qa/', 'live/*/dev/d*'] })).toEqual([
      'live/non-production/dev/db',
      'live/non-production/dev/dns',
      'live/non-production/qa/vpc'
    ])
    expect(await discoverUnits(repo, { patterns: ['live/non-production/**', '!**/vpc', '!live/*/dev/app'] })).toEqual([
      'live/non-production/dev/db',
      'live/non-production/dev/dns'
    ])
    expect(await discoverUnits(repo, { patterns: ['', ' '] })).toEqual(ALL_UNITS)
  })

  it('names every pattern that selects no unit', async () => {
    const run = discoverUnits(repo, { patterns: ['live/production/*', 'live/staging/*', 'vpc'] })
    await expect(run).rejects.toBeInstanceOf(UnitPatternError)
    await expect(run).rejects.toThrow(/patterns 'live\/staging\/\*', 'vpc' under /)
    await expect(run).rejects.toMatchObject({ patterns: ['live/staging/*', 'vpc'] })
  })

  it('skips a legacy root terragrunt.hcl that units include with find_in_parent_folders()', async () => {
    await withTree(
      {
        'terragrunt.hcl':
          'remote_state {\n  backend = "gcs"\n}\nterraform {\n  extra_arguments "x" {\n    commands = ["plan"]\n  }\n}\n',
        'a/terragrunt.hcl':
          'include {\n  path = find_in_parent_folders()\n}\nterraform {\n  source = "../modules/a"\n}\n',
        'b/c/terragrunt.hcl': 'include "root" {\n  path = find_in_parent_folders()\n}\n',
        'b/c/main.tf': '',
        'node_modules/x/terragrunt.hcl': '',
        '.hidden/terragrunt.hcl': ''
      },
      async (dir) => {
        expect(await discoverUnits(dir)).toEqual(['a', 'b/c'])
      }
    )
  })

  it('skips a parent terragrunt.hcl without a terraform block even when the include cannot be resolved', async () => {
    await withTree(
      {
        'live/terragrunt.hcl': 'locals {\n  x = 1\n}\n',
        'live/app/terragrunt.hcl': 'include {\n  path = local.somewhere\n}\nterraform {\n  source = "../m"\n}\n',
        'live/leaf/terragrunt.hcl': 'inputs = {}\n',
        'root-unit/terragrunt.hcl': 'terraform {\n  source = "../m"\n}\n',
        'root-unit/nested/terragrunt.hcl': 'terraform {\n  source = "../../m"\n}\n'
      },
      async (dir) => {
        // live/leaf has no terraform block but no unit below it: Terragrunt would run it, so it is a unit.
        expect(await discoverUnits(dir)).toEqual(['live/app', 'live/leaf', 'root-unit', 'root-unit/nested'])
      }
    )
  })

  it('reports the root itself as "."', async () => {
    await withTree({ 'terragrunt.hcl': 'terraform {\n  source = "./m"\n}\n' }, async (dir) => {
      expect(await discoverUnits(dir)).toEqual(['.'])
      expect(await discoverUnits(dir, { patterns: ['.'] })).toEqual(['.'])
    })
  })
})

describe('selectUnits', () => {
  it('returns the selection and the unmatched patterns instead of throwing', () => {
    expect(selectUnits(ALL_UNITS, ['live/production', 'nope/**', '!nothing'])).toEqual({
      units: ['live/production/prod/monitoring', 'live/production/prod/vpc'],
      unmatched: ['nope/**', '!nothing']
    })
    expect(selectUnits(['a', 'b'], ['!a'])).toEqual({ units: ['b'], unmatched: [] })
    expect(selectUnits(['x\\y'.replace('\\', '/')], ['x\\y'])).toEqual({ units: ['x/y'], unmatched: [] })
  })
})

describe('readUnitRefs', () => {
  it('follows includes and reads, resolving find_in_parent_folders from the including unit', async () => {
    const refs = await readUnitRefs('live/non-production/dev/vpc', repo)
    expect(refs.unit).toBe('live/non-production/dev/vpc')
    expect(refs.config).toBe('live/non-production/dev/vpc/terragrunt.hcl')
    expect(refs.files).toEqual(
      expect.arrayContaining([
        { path: 'live/root.hcl', kind: 'include', via: [] },
        { path: 'live/_common/vpc.hcl', kind: 'include', via: [] },
        { path: 'live/non-production/dev/env.hcl', kind: 'read', via: ['live/_common/vpc.hcl'] }
      ])
    )
    expect(refs.files).toHaveLength(3)
    expect(refs.modules).toEqual([{ path: 'modules/vpc', via: ['live/_common/vpc.hcl'], reads: [], readsAll: false }])
    expect(refs.dependencies).toEqual([])
    expect(refs.unresolved).toEqual([])
    expect(refs.hasTerraformBlock).toBe(true)
  })

  it('lists dependencies, local module sources and the local modules they call', async () => {
    const db = await readUnitRefs(path.join(repo, 'live/non-production/dev/db'), repo)
    expect(db.dependencies).toEqual(['live/non-production/dev/vpc'])
    expect(db.modules).toEqual([
      { path: 'modules/db', via: [], reads: [], readsAll: false },
      { path: 'modules/shared', via: ['modules/db'], reads: [], readsAll: false }
    ])
    const app = await readUnitRefs('live/non-production/dev/app', repo)
    expect(app.dependencies).toEqual(['live/non-production/dev/db'])
    expect(app.modules).toEqual([])
    expect(app.files).toContainEqual({ path: 'live/_common/base.hcl', kind: 'read', via: ['live/_common/app.hcl'] })
    const monitoring = await readUnitRefs('live/production/prod/monitoring', repo)
    expect(monitoring.dependencies).toEqual(['live/production/prod/vpc'])
    expect(monitoring.modules).toEqual([])
  })

  it('resolves get_terragrunt_dir, get_parent_terragrunt_dir, locals and file functions', async () => {
    await withTree(
      {
        '.git/': '',
        'live/root.hcl':
          'terraform {\n  source = "${get_parent_terragrunt_dir()}/../modules/${basename(get_terragrunt_dir())}"\n}\n',
        'live/env/app/terragrunt.hcl': [
          'locals {',
          '  common = "${get_terragrunt_dir()}/../../_common"',
          '  cfg    = read_terragrunt_config("${local.common}/x.hcl")',
          '  policy = templatefile("policy.json.tpl", { a = 1 })',
          '  secret = yamldecode(sops_decrypt_file(format("%s/secrets.%s", get_terragrunt_dir(), "yaml")))',
          '  data   = jsondecode(file("${get_parent_terragrunt_dir("root")}/data.json"))',
          '}',
          'include "root" {',
          '  path = find_in_parent_folders("root.hcl")',
          '}',
          'dependencies {',
          '  paths = ["../db", "${get_terragrunt_dir()}/../cache/terragrunt.hcl", local.nope]',
          '}',
          ''
        ].join('\n'),
        'live/_common/x.hcl': 'locals {\n  y = read_terragrunt_config("y.hcl")\n  z = file("z.txt")\n}\n',
        'live/_common/y.hcl': 'locals {\n  back = read_terragrunt_config("x.hcl")\n}\n',
        'live/_common/z.txt': 'z',
        'live/data.json': '{}',
        'live/env/app/policy.json.tpl': '{}',
        'live/env/app/secrets.yaml': 'a: 1',
        'modules/app/main.tf': ''
      },
      async (dir) => {
        const refs = await readUnitRefs('live/env/app', dir)
        expect(
          refs.files.map((f) => `${f.kind} ${f.path}${f.via.length ? ` via ${f.via.join(',')}` : ''}`).sort()
        ).toEqual([
          'file live/_common/z.txt via live/_common/x.hcl',
          'file live/data.json',
          'file live/env/app/policy.json.tpl',
          'file live/env/app/secrets.yaml',
          'include live/root.hcl',
          'read live/_common/x.hcl',
          'read live/_common/y.hcl via live/_common/x.hcl'
        ])
        expect(refs.modules).toEqual([{ path: 'modules/app', via: ['live/root.hcl'], reads: [], readsAll: false }])
        expect(refs.dependencies).toEqual(['live/env/cache', 'live/env/db'])
        expect(refs.unresolved.map(describeUnresolved)).toEqual([
          'live/env/app/terragrunt.hcl:12: cannot resolve dependencies path (local.nope)'
        ])
      }
    )
  })

  it('ignores look-alike text in comments, strings and heredocs', async () => {
    await withTree(
      {
        'root.hcl': '',
        'u/terragrunt.hcl': [
          '# include "ghost" { path = "../ghost.hcl" }',
          '// dependency "x" { config_path = "../ghost" }',
          '/* read_terragrunt_config("ghost.hcl")',
          '   terraform { source = "../ghost-module" } */',
          'include "root" {',
          '  path = find_in_parent_folders("root.hcl") # file("ghost.txt")',
          '}',
          'inputs = {',
          '  a = "read_terragrunt_config(\\"ghost2.hcl\\") ${"file(\\"ghost3\\")"} $${file(\\"ghost4\\")}"',
          '  b = <<-EOT',
          '    file("ghost5")',
          '    dependency "y" { config_path = "../ghost" }',
          '    EOT',
          '  c = "} include { path = \\"../ghost6.hcl\\" }"',
          '}',
          ''
        ].join('\n')
      },
      async (dir) => {
        const refs = await readUnitRefs('u', dir)
        expect(refs.files).toEqual([{ path: 'root.hcl', kind: 'include', via: [] }])
        expect(refs.dependencies).toEqual([])
        expect(refs.modules).toEqual([])
        expect(refs.unresolved).toEqual([])
      }
    )
  })

  it('terminates on include/read cycles and reports what it cannot resolve', async () => {
    await withTree(
      {
        // In an included file a relative read path is relative to the unit, hence get_parent_terragrunt_dir().
        'a.hcl': 'locals {\n  b = read_terragrunt_config("${get_parent_terragrunt_dir()}/b.hcl")\n}\n',
        'b.hcl': 'locals {\n  a = read_terragrunt_config("a.hcl")\n  e = read_terragrunt_config(get_env("X"))\n}\n',
        'u/terragrunt.hcl':
          'include "a" {\n  path = "../a.hcl"\n}\ninclude "x" {\n  path = local.where\n}\nterraform {\n  source = dependency.x.outputs.src\n}\n'
      },
      async (dir) => {
        const refs = await readUnitRefs('u', dir)
        expect(refs.files.map((f) => f.path).sort()).toEqual(['a.hcl', 'b.hcl'])
        expect(refs.unresolved.map(describeUnresolved)).toEqual([
          'u/terragrunt.hcl:5: cannot resolve include path (local.where)',
          'u/terragrunt.hcl:8: cannot resolve terraform source (dependency.x.outputs.src)',
          'b.hcl:3: cannot resolve read_terragrunt_config path (get_env("X"))'
        ])
      }
    )
  })
})

describe('localSource', () => {
  it.each([
    ['../../modules/vpc', '../../modules/vpc'],
    ['../../modules//vpc', '../../modules/vpc'],
    ['/repo/modules//vpc?ref=x', '/repo/modules/vpc'],
    ['file:///repo/modules/vpc', '/repo/modules/vpc'],
    ['modules/vpc', 'modules/vpc'],
    ['git::https://github.com/acme/m.git//vpc?ref=v1', undefined],
    ['git::git@github.com:acme/m.git//vpc', undefined],
    ['git@github.com:acme/m.git', undefined],
    ['tfr:///terraform-aws-modules/vpc/aws?version=5.0.0', undefined],
    ['tfr://registry.example.com/ns/name/aws', undefined],
    ['https://example.com/m.zip', undefined],
    ['github.com/acme/terraform-modules//vpc', undefined],
    ['bucket.s3.amazonaws.com/m.zip', undefined],
    ['s3::https://s3.amazonaws.com/b/m.zip', undefined],
    ['', undefined]
  ])('%s -> %s', (source, expected) => {
    expect(localSource(source)).toBe(expected)
  })
})

describe('parseFindJson', () => {
  it('keeps units, normalises paths and dependencies', () => {
    const out = JSON.stringify([
      { type: 'stack', path: 'stacks/live' },
      { type: 'unit', path: 'live/dev/vpc' },
      { type: 'unit', path: './live/dev/db/', dependencies: ['live/dev/vpc', '../external/x'] },
      { type: 'unit', path: 'live\\dev\\app', dependencies: ['live\\dev\\db'], reading: ['live/_common/app.hcl'] }
    ])
    expect(parseFindJson(out)).toEqual([
      { path: 'live/dev/vpc', dependencies: [] },
      { path: 'live/dev/db', dependencies: ['live/dev/vpc', '../external/x'] },
      { path: 'live/dev/app', dependencies: ['live/dev/db'], reading: ['live/_common/app.hcl'] }
    ])
  })

  it('tolerates log lines around the JSON and empty output', () => {
    const out = '12:00:00.000 INFO   something\n[\n  {\n    "type": "unit",\n    "path": "vpc"\n  }\n]\n'
    expect(parseFindJson(out)).toEqual([{ path: 'vpc', dependencies: [] }])
    expect(parseFindJson('[]\n')).toEqual([])
    expect(parseFindJson('null')).toEqual([])
    expect(parseFindJson('')).toEqual([])
    expect(() => parseFindJson('Error: unknown command "find"')).toThrow(/printed no JSON array/)
  })
})
