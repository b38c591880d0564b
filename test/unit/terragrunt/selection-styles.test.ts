/**
 * Unit selection on trees written the way real repositories are: Gruntwork's terragrunt-infrastructure-live-example
 * (root.hcl, _envcommon with `expose = true`, account/region/env.hcl), a GCP organisation layout
 * (live/<tier>/<env>/<unit>), Terragrunt stacks (terragrunt.stack.hcl generating into .terragrunt-stack), var files
 * passed as arguments, symlinks, and module file filtering. Each case: the files a PR changes, the units that must
 * plan, and (for what cannot be resolved) the warning that says why.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdir, symlink } from 'node:fs/promises'
import path from 'node:path'
import { affectedUnits } from '../../../src/core/terragrunt/affected.js'
import { discoverUnits } from '../../../src/core/terragrunt/discovery.js'
import { describeUnresolved } from '../../../src/core/terragrunt/hcl-refs.js'
import { withTree } from './live-repo.js'

const ROOT_INCLUDE = 'include "root" {\n  path = find_in_parent_folders("root.hcl")\n}\n'

/** terragrunt-infrastructure-live-example: root.hcl, _envcommon/<component>.hcl, account/region/env.hcl. */
const GRUNTWORK_LIVE: Record<string, string> = {
  '.git/': '',
  'root.hcl': [
    'locals {',
    '  account_vars = read_terragrunt_config(find_in_parent_folders("account.hcl"))',
    '  region_vars  = read_terragrunt_config(find_in_parent_folders("region.hcl"))',
    '  account_name = local.account_vars.locals.account_name',
    '  aws_region   = local.region_vars.locals.aws_region',
    '}',
    'remote_state {',
    '  backend = "s3"',
    '  config = {',
    '    bucket = "${get_env("TG_BUCKET_PREFIX", "")}terragrunt-example-tf-state-${local.account_name}"',
    '    key    = "${path_relative_to_include()}/tf.tfstate"',
    '  }',
    '}',
    'terraform {',
    '  extra_arguments "common" {',
    '    commands           = get_terraform_commands_that_need_vars()',
    '    arguments          = ["-var-file=${get_parent_terragrunt_dir()}/common.tfvars", "-lock-timeout=20m"]',
    '    required_var_files = ["${get_parent_terragrunt_dir()}/global.tfvars"]',
    '    optional_var_files = ["${get_terragrunt_dir()}/../region.tfvars"]',
    '  }',
    '}',
    'inputs = merge(local.account_vars.locals, local.region_vars.locals)',
    ''
  ].join('\n'),
  'common.tfvars': 'owner = "platform"\n',
  'global.tfvars': 'company = "acme"\n',
  '_envcommon/mysql.hcl': [
    'locals {',
    '  environment_vars = read_terragrunt_config(find_in_parent_folders("env.hcl"))',
    '  env              = local.environment_vars.locals.environment',
    '  base_source_url  = "${get_repo_root()}/modules/mysql"',
    '}',
    'inputs = {',
    '  name = "mysql_${local.env}"',
    '}',
    ''
  ].join('\n'),
  '_envcommon/webserver-cluster.hcl':
    'locals {\n  base_source_url = "git::git@github.com:gruntwork-io/terragrunt-infrastructure-modules-example.git//modules/asg-alb-service"\n}\n',
  'non-prod/account.hcl': 'locals {\n  account_name = "non-prod"\n}\n',
  'non-prod/us-east-1/region.hcl': 'locals {\n  aws_region = "us-east-1"\n}\n',
  'non-prod/us-east-1/qa/env.hcl': 'locals {\n  environment = "qa"\n}\n',
  'non-prod/us-east-1/stage/env.hcl': 'locals {\n  environment = "stage"\n}\n',
  'prod/account.hcl': 'locals {\n  account_name = "prod"\n}\n',
  'prod/us-east-1/region.hcl': 'locals {\n  aws_region = "us-east-1"\n}\n',
  'prod/us-east-1/prod/env.hcl': 'locals {\n  environment = "prod"\n}\n',
  ...Object.fromEntries(
    ['non-prod/us-east-1/qa', 'non-prod/us-east-1/stage', 'prod/us-east-1/prod'].flatMap((env) => [
      [
        `${env}/mysql/terragrunt.hcl`,
        ROOT_INCLUDE +
          'include "envcommon" {\n  path   = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/mysql.hcl"\n  expose = true\n}\n' +
          'terraform {\n  source = "${include.envcommon.locals.base_source_url}"\n}\n'
      ],
      [
        `${env}/webserver-cluster/terragrunt.hcl`,
        ROOT_INCLUDE +
          'include "envcommon" {\n  path   = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/webserver-cluster.hcl"\n  expose = true\n}\n' +
          'terraform {\n  source = "${include.envcommon.locals.base_source_url}?ref=v0.8.0"\n}\n'
      ]
    ])
  ),
  'modules/mysql/main.tf': 'resource "terraform_data" "db" {\n  input = var.name\n}\n',
  'modules/mysql/variables.tf': 'variable "name" {}\n',
  'modules/mysql/README.md': '# mysql\n',
  'modules/mysql/examples/basic/main.tf': 'module "mysql" {\n  source = "../.."\n}\n'
}

/** A GCP organisation layout: live/<tier>/<env>/<unit>, a shared module folder read through another file's locals. */
const GCP_ORG: Record<string, string> = {
  '.git/': '',
  'live/root.hcl': 'locals {\n  org = "acme"\n}\n',
  'live/common.hcl': 'locals {\n  modules_folder = "${get_repo_root()}/modules"\n}\n',
  'live/non-production/project/terragrunt.hcl':
    ROOT_INCLUDE + 'terraform {\n  source = "${get_repo_root()}/modules//project"\n}\n',
  'live/non-production/development/network/terragrunt.hcl': [
    ROOT_INCLUDE,
    'locals {',
    '  common_vars = read_terragrunt_config(find_in_parent_folders("common.hcl"))',
    '}',
    'terraform {',
    '  source = "${local.common_vars.locals.modules_folder}//network"',
    '}',
    // find_in_parent_folders names a directory: the project unit two levels up.
    'dependency "project" {',
    '  config_path = find_in_parent_folders("project")',
    '}',
    ''
  ].join('\n'),
  'live/non-production/development/gke/terragrunt.hcl': [
    ROOT_INCLUDE,
    'terraform {',
    '  source = "${get_repo_root()}/modules/gke"',
    '}',
    'dependency "network" {',
    '  config_path = "../network"',
    '}',
    ''
  ].join('\n'),
  'live/non-production/staging/dns/terragrunt.hcl':
    ROOT_INCLUDE + 'terraform {\n  source = "../../../../modules/dns"\n}\n',
  'modules/project/main.tf': '',
  'modules/network/main.tf': 'module "subnets" {\n  source = "./subnets"\n}\n',
  'modules/network/subnets/main.tf': '',
  'modules/gke/main.tf': [
    'resource "terraform_data" "cluster" {',
    '  input = templatefile("${path.module}/templates/node-pool.json.tpl", { size = 3 })',
    '}',
    ''
  ].join('\n'),
  'modules/gke/templates/node-pool.json.tpl': '{"size": ${size}}\n',
  'modules/gke/templates/unused.txt': 'not read\n',
  'modules/gke/docs/diagram.svg': '<svg/>\n',
  'modules/dns/main.tf': 'locals {\n  zone = file("${path.module}/zones/acme.zone")\n}\n',
  'modules/dns/zones/acme.zone': '@ IN SOA ns1 admin 1 7200 3600 1209600 3600\n'
}

/** A stacks repository: live/<env>/terragrunt.stack.hcl, units and stacks in a local catalog, already generated. */
const STACKS: Record<string, string> = {
  '.git/': '',
  'live/root.hcl': 'locals {\n  org = "acme"\n}\n',
  'live/dev/terragrunt.stack.hcl': [
    'locals {',
    '  env = read_terragrunt_config(find_in_parent_folders("env.hcl"))',
    '}',
    'unit "vpc" {',
    '  source = "../../catalog/units/vpc"',
    '  path   = "vpc"',
    '  values = { cidr = "10.0.0.0/16", version = "v1" }',
    '}',
    'unit "app" {',
    '  source = "../../catalog/units/app"',
    '  path   = "app"',
    '  values = { env = local.env.locals.name, source = "git::https://github.com/acme/modules.git//app?ref=v1.2.0" }',
    '}',
    ''
  ].join('\n'),
  'live/env.hcl': 'locals {\n  name = "dev"\n}\n',
  'catalog/units/vpc/terragrunt.hcl':
    ROOT_INCLUDE + 'terraform {\n  source = "${find_in_parent_folders("catalog/modules")}/vpc"\n}\n',
  'catalog/units/app/terragrunt.hcl':
    ROOT_INCLUDE + 'terraform {\n  source = values.source\n}\ndependency "vpc" {\n  config_path = "../vpc"\n}\n',
  'catalog/modules/vpc/main.tf': '',
  // What `terragrunt stack generate` leaves (sources copied, values written).
  'live/dev/.terragrunt-stack/vpc/terragrunt.hcl':
    ROOT_INCLUDE + 'terraform {\n  source = "${find_in_parent_folders("catalog/modules")}/vpc"\n}\n',
  'live/dev/.terragrunt-stack/vpc/terragrunt.values.hcl': 'cidr    = "10.0.0.0/16"\nversion = "v1"\n',
  'live/dev/.terragrunt-stack/app/terragrunt.hcl':
    ROOT_INCLUDE + 'terraform {\n  source = values.source\n}\ndependency "vpc" {\n  config_path = "../vpc"\n}\n',
  'live/dev/.terragrunt-stack/app/terragrunt.values.hcl':
    'env    = "dev"\nsource = "git::https://github.com/acme/modules.git//app?ref=v1.2.0"\n'
}

interface Case {
  name: string
  changed: string[]
  planned: string[]
  reason?: Record<string, string>
  deleted?: string[]
  warnings?: string[]
}

async function check(
  tree: Record<string, string>,
  c: Case,
  setup?: (dir: string) => Promise<void>,
  under = ''
): Promise<void> {
  await withTree(tree, async (dir) => {
    if (setup) await setup(dir)
    const units = (await discoverUnits(dir)).filter((u) => u.startsWith(under))
    const result = await affectedUnits({ root: dir, units, changedFiles: c.changed })
    expect(result.units).toEqual(c.planned)
    for (const [unit, reason] of Object.entries(c.reason ?? {})) expect(result.reasons.get(unit)).toBe(reason)
    expect(result.deleted).toEqual(c.deleted ?? [])
    expect(result.unresolved.map((u) => `${u.unit}: ${describeUnresolved(u)}`)).toEqual(c.warnings ?? [])
  })
}

const QA = 'non-prod/us-east-1/qa'
const STAGE = 'non-prod/us-east-1/stage'
const PROD = 'prod/us-east-1/prod'

describe('selection on a Gruntwork live repository (root.hcl, _envcommon, expose = true)', () => {
  const mysql = [`${QA}/mysql`, `${PROD}/mysql`, `${STAGE}/mysql`].sort()
  const all = [...mysql, `${QA}/webserver-cluster`, `${PROD}/webserver-cluster`, `${STAGE}/webserver-cluster`].sort()
  it.each<Case>([
    {
      name: 'a module source built from include.envcommon.locals',
      changed: ['modules/mysql/main.tf'],
      planned: mysql,
      reason: { [`${QA}/mysql`]: 'uses module modules/mysql (changed modules/mysql/main.tf)' }
    },
    {
      name: 'a module README and an example plan nothing',
      changed: ['modules/mysql/README.md', 'modules/mysql/examples/basic/main.tf'],
      planned: []
    },
    {
      name: 'an env.hcl read by the envcommon file',
      changed: [`${STAGE}/env.hcl`],
      planned: [`${STAGE}/mysql`],
      reason: { [`${STAGE}/mysql`]: `reads ${STAGE}/env.hcl (via _envcommon/mysql.hcl)` }
    },
    {
      name: 'a -var-file argument in root.hcl',
      changed: ['common.tfvars'],
      planned: all,
      reason: { [`${QA}/mysql`]: 'reads common.tfvars (via root.hcl)' }
    },
    { name: 'required_var_files', changed: ['global.tfvars'], planned: all },
    {
      name: 'an optional_var_files file the PR adds',
      changed: ['prod/us-east-1/prod/region.tfvars'],
      planned: [`${PROD}/mysql`, `${PROD}/webserver-cluster`]
    },
    {
      name: 'root terragrunt.hcl renamed to root.hcl is no deleted unit',
      changed: ['terragrunt.hcl', 'root.hcl'],
      planned: all,
      reason: { [`${QA}/mysql`]: 'includes root.hcl' }
    }
  ])('$name', (c) => check(GRUNTWORK_LIVE, c))
})

describe('selection on a GCP organisation layout (live/<tier>/<env>/<unit>)', () => {
  const DEV = 'live/non-production/development'
  it.each<Case>([
    {
      name: 'a module folder from another file’s locals (local.common_vars.locals.modules_folder)',
      changed: ['modules/network/variables.tf'],
      planned: [`${DEV}/gke`, `${DEV}/network`],
      reason: {
        [`${DEV}/network`]: 'uses module modules/network (changed modules/network/variables.tf)',
        [`${DEV}/gke`]: `depends on ${DEV}/network`
      }
    },
    {
      name: 'a nested local module called by it',
      changed: ['modules/network/subnets/main.tf'],
      planned: [`${DEV}/gke`, `${DEV}/network`]
    },
    {
      name: 'find_in_parent_folders naming a directory in a dependency',
      changed: ['live/non-production/project/terragrunt.hcl'],
      planned: [`${DEV}/gke`, `${DEV}/network`, 'live/non-production/project'],
      reason: { [`${DEV}/network`]: 'depends on live/non-production/project' }
    },
    {
      name: 'a template a module reads with templatefile(path.module)',
      changed: ['modules/gke/templates/node-pool.json.tpl'],
      planned: [`${DEV}/gke`]
    },
    {
      name: 'files a module does not read',
      changed: ['modules/gke/templates/unused.txt', 'modules/gke/docs/diagram.svg', 'modules/project/README.md'],
      planned: []
    },
    {
      name: 'a zone file the module reads with file(path.module)',
      changed: ['modules/dns/zones/acme.zone'],
      planned: ['live/non-production/staging/dns'],
      reason: { 'live/non-production/staging/dns': 'uses module modules/dns (changed modules/dns/zones/acme.zone)' }
    }
  ])('$name', (c) => check(GCP_ORG, c))

  it('a symlinked file in a unit and in a module counts as its target', async () => {
    await check(
      { ...GCP_ORG, 'shared/provider.tf': '', 'shared/versions.tf': '' },
      {
        name: 'links',
        changed: ['shared/versions.tf', 'shared/provider.tf'],
        planned: [`${DEV}/gke`, `${DEV}/network`]
      },
      async (dir) => {
        await symlink('../../../../shared/provider.tf', path.join(dir, DEV, 'network/provider.tf'))
        await symlink('../../shared/versions.tf', path.join(dir, 'modules/gke/versions.tf'))
      }
    )
    await check(
      { ...GCP_ORG, 'shared/dashboards/main.json': '{}' },
      { name: 'dir', changed: ['shared/dashboards/main.json'], planned: ['live/non-production/staging/dns'] },
      async (dir) => {
        await symlink('../../../../shared/dashboards', path.join(dir, 'live/non-production/staging/dns/dashboards'))
      }
    )
  })
})

describe('selection on a stacks repository (terragrunt.stack.hcl, .terragrunt-stack)', () => {
  const VPC = 'live/dev/.terragrunt-stack/vpc'
  const APP = 'live/dev/.terragrunt-stack/app'
  it.each<Case>([
    {
      name: 'the stack file affects every unit it generates',
      changed: ['live/dev/terragrunt.stack.hcl'],
      planned: [APP, VPC],
      reason: { [VPC]: 'generated by live/dev/terragrunt.stack.hcl' }
    },
    {
      name: 'a file the stack file reads for values',
      changed: ['live/env.hcl'],
      planned: [APP, VPC],
      reason: { [APP]: 'reads live/env.hcl (via live/dev/terragrunt.stack.hcl)' }
    },
    {
      name: 'a local unit source affects the unit generated from it (and its dependents)',
      changed: ['catalog/units/vpc/terragrunt.hcl'],
      planned: [APP, VPC],
      reason: {
        [VPC]:
          'uses catalog/units/vpc (changed catalog/units/vpc/terragrunt.hcl, via live/dev/terragrunt.stack.hcl unit "vpc")',
        [APP]: `depends on ${VPC}`
      }
    },
    {
      name: 'the module a generated unit finds with find_in_parent_folders("catalog/modules")',
      changed: ['catalog/modules/vpc/main.tf'],
      planned: [APP, VPC]
    },
    {
      name: 'another unit source affects only its unit',
      changed: ['catalog/units/app/terragrunt.hcl'],
      planned: [APP]
    },
    {
      name: 'a deleted stack file is a deleted unit set',
      changed: ['live/prod/terragrunt.stack.hcl'],
      planned: [],
      deleted: ['live/prod']
    }
  ])('$name', (c) => check(STACKS, c, undefined, 'live/'))

  it('discovers generated units in .terragrunt-stack but no other hidden directory', async () => {
    await withTree({ ...STACKS, 'live/dev/.hidden/x/terragrunt.hcl': '' }, async (dir) => {
      await mkdir(path.join(dir, 'live/dev/.terragrunt-cache'), { recursive: true })
      expect(await discoverUnits(path.join(dir, 'live'))).toEqual([
        'dev/.terragrunt-stack/app',
        'dev/.terragrunt-stack/vpc'
      ])
    })
  })
})

describe('what cannot be resolved plans its unit, with a warning naming unit, file, line and expression', () => {
  const tree = (unit: string): Record<string, string> => ({
    '.git/': '',
    'root.hcl': '',
    'm/main.tf': '',
    'u/terragrunt.hcl': unit,
    'other/terragrunt.hcl': ROOT_INCLUDE
  })
  it.each<Case & { unit: string }>([
    {
      name: 'a module source from the environment',
      unit: ROOT_INCLUDE + 'terraform {\n  source = "${get_env("MODULES")}/vpc"\n}\n',
      changed: [],
      planned: ['u'],
      reason: { u: 'cannot resolve terraform source at u/terragrunt.hcl:5 ("${get_env("MODULES")}/vpc")' },
      warnings: ['u: u/terragrunt.hcl:5: cannot resolve terraform source ("${get_env("MODULES")}/vpc")']
    },
    {
      name: 'a read path that names nothing that exists',
      unit: 'locals {\n  cfg = read_terragrunt_config("${get_terragrunt_dir()}/../missing.hcl")\n}\n',
      changed: [],
      planned: ['u'],
      reason: {
        u: 'read_terragrunt_config path at u/terragrunt.hcl:2 names missing.hcl, which does not exist ("${get_terragrunt_dir()}/../missing.hcl")'
      },
      warnings: [
        'u: u/terragrunt.hcl:2: cannot resolve read_terragrunt_config path ("${get_terragrunt_dir()}/../missing.hcl"): missing.hcl does not exist'
      ]
    },
    {
      name: 'a -var-file argument built at run time',
      unit: 'terraform {\n  source = "../m"\n  extra_arguments "x" {\n    arguments = ["-var-file=${get_env("VARS")}"]\n  }\n}\n',
      changed: [],
      planned: ['u'],
      warnings: ['u: u/terragrunt.hcl:4: cannot resolve extra_arguments argument ("-var-file=${get_env("VARS")}")']
    },
    {
      name: 'a dependency output as a module source',
      unit: 'dependency "x" {\n  config_path = "../other"\n}\nterraform {\n  source = dependency.x.outputs.src\n}\n',
      changed: [],
      planned: ['u'],
      warnings: ['u: u/terragrunt.hcl:5: cannot resolve terraform source (dependency.x.outputs.src)']
    }
  ])('$name', ({ unit, ...c }) => check(tree(unit), c))

  it.each<Case & { module: string; files?: Record<string, string> }>([
    {
      name: 'a module reading a file it names at run time (file(var.zone_file))',
      module: 'locals {\n  zone = file(var.zone_file)\n}\n',
      changed: [],
      planned: ['u'],
      reason: { u: 'cannot resolve file path in module fm at fm/main.tf:2 (var.zone_file)' },
      warnings: ['u: fm/main.tf:2: cannot resolve file path in module fm (var.zone_file)']
    },
    {
      name: 'a templatefile under path.root',
      module: 'output "x" {\n  value = templatefile("${path.root}/t.tpl", {})\n}\n',
      changed: [],
      planned: ['u'],
      warnings: ['u: fm/main.tf:2: cannot resolve templatefile path in module fm ("${path.root}/t.tpl")']
    },
    {
      name: 'a fileset over the module directory is resolved: any file of it counts, no warning',
      module: 'locals {\n  policies = fileset(path.module, "policies/*.json")\n}\n',
      files: { 'fm/policies/a.json': '{}', 'fm/docs/README.md': '' },
      changed: ['fm/policies/a.json'],
      planned: ['u'],
      reason: { u: 'uses module fm (changed fm/policies/a.json)' }
    },
    {
      name: 'a fileset over a directory beside the module: its files count',
      module: 'locals {\n  policies = fileset("${path.module}/../policies", "*.json")\n}\n',
      files: { 'policies/a.json': '{}', 'elsewhere/b.json': '{}' },
      changed: ['elsewhere/b.json'],
      planned: []
    },
    {
      name: 'the same, changing one of its files',
      module: 'locals {\n  policies = fileset("${path.module}/../policies", "*.json")\n}\n',
      files: { 'policies/a.json': '{}' },
      changed: ['policies/a.json'],
      planned: ['u']
    }
  ])('$name', ({ module, files, ...c }) =>
    check(
      {
        '.git/': '',
        'fm/main.tf': module,
        'u/terragrunt.hcl': 'terraform {\n  source = "../fm"\n}\n',
        ...files
      },
      c
    )
  )

  it("Terragrunt's find --reading covers what it tracks at that version, never module sources", async () => {
    const unit = 'locals {\n  cfg = read_terragrunt_config(get_env("CFG"))\n}\n'
    await withTree(tree(unit), async (dir) => {
      const known = [
        { path: 'u', dependencies: [], reading: ['cfg.hcl'] },
        { path: 'other', dependencies: [], reading: ['root.hcl'] }
      ]
      const run = (readingVersion: string | undefined, changedFiles: string[]) =>
        affectedUnits({ root: dir, units: ['other', 'u'], changedFiles, knownDependencies: known, readingVersion })
      expect((await run('0.92.0', [])).units).toEqual([])
      expect((await run('0.92.0', ['cfg.hcl'])).reasons.get('u')).toBe('reads cfg.hcl (via terragrunt find --reading)')
      expect((await run('0.91.0', [])).units).toEqual(['u'])
      expect((await run(undefined, [])).units).toEqual(['u'])
    })
    await withTree(tree('terraform {\n  source = get_env("SRC")\n}\n'), async (dir) => {
      const result = await affectedUnits({
        root: dir,
        units: ['u'],
        changedFiles: [],
        knownDependencies: [{ path: 'u', dependencies: [], reading: [] }],
        readingVersion: '1.1.3'
      })
      expect(result.units).toEqual(['u'])
    })
  })
})
