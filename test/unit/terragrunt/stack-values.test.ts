/**
 * Stacks whose `unit`/`stack` blocks pass `values` read from files, on trees written the way Gruntwork's
 * terragrunt-infrastructure-catalog-example (catalog/units, catalog/stacks, values.x in the units) and
 * terragrunt-infrastructure-live-stacks-example (live/<account>/<region>/<service>/terragrunt.stack.hcl, locals
 * reading account/region files) lay them out, already generated as `terragrunt stack generate` leaves them.
 *
 * A change to any file those values read (`file()`, `jsondecode(file(…))`, `yamldecode(file(…))`,
 * `read_terragrunt_config(…)`, the stack file's locals that read files) affects every unit the block generates, a
 * nested stack's units included; what cannot be resolved affects them too, with a warning naming unit, file, line and
 * expression. Terragrunt evaluates every local of a stack file whenever it generates any of its blocks, so the units
 * of the other blocks of that file are affected as well (conservative, never fewer).
 */
import { describe, expect, it } from '@jest/globals'
import { affectedUnits } from '../../../src/core/terragrunt/affected.js'
import { discoverUnits } from '../../../src/core/terragrunt/discovery.js'
import { describeUnresolved } from '../../../src/core/terragrunt/hcl-refs.js'
import { withTree } from './live-repo.js'

const ROOT_INCLUDE = 'include "root" {\n  path = find_in_parent_folders("root.hcl")\n}\n'
const NP = 'live/non-prod/us-east-1/service'
const PROD = 'live/prod/us-east-1/service'
const GEN = `${NP}/.terragrunt-stack`

/** catalog/units/<name>: a unit that takes its module and inputs from `values`. */
const catalogUnit = (module: string, inputs: string): string =>
  ROOT_INCLUDE +
  `terraform {\n  source = "\${find_in_parent_folders("catalog/modules")}/${module}"\n}\ninputs = {\n${inputs}\n}\n`

const VPC_UNIT = catalogUnit('vpc', '  cidr = values.cidr\n  tags = values.tags')
const DB_UNIT =
  catalogUnit('db', '  engine = values.engine\n  schema = values.schema') +
  'dependency "vpc" {\n  config_path = values.vpc_path\n}\n'
const DNS_UNIT = catalogUnit('dns', '  zone = values.zone')

/**
 * catalog/stacks/service: vpc + db, db's schema read next to the stack file. Its copy in `.terragrunt-stack` is
 * generated in turn, where a relative `source` would resolve from the copy (pkg/config/stack.go `isLocal` and
 * `generateComponent` at v1.1.3), so the catalog names its units from the repository root.
 */
const SERVICE_STACK = [
  'unit "vpc" {',
  '  source = "${get_repo_root()}/catalog/units/vpc"',
  '  path   = "vpc"',
  '  values = {',
  '    cidr = values.cidr',
  '    tags = values.tags',
  '  }',
  '}',
  '',
  'unit "db" {',
  '  source = "${get_repo_root()}/catalog/units/db"',
  '  path   = "db"',
  '  values = {',
  '    engine   = values.engine',
  '    schema   = file("schema.sql")',
  '    policy   = jsondecode(file("${get_repo_root()}/common/db-policy.json"))',
  '    vpc_path = "../vpc"',
  '  }',
  '}',
  ''
].join('\n')

const NP_STACK = [
  'locals {',
  '  region   = read_terragrunt_config(find_in_parent_folders("region.hcl"))',
  '  settings = yamldecode(file("settings.yaml"))',
  '  tags     = jsondecode(file("${get_repo_root()}/common/tags.json"))',
  '}',
  '',
  'stack "service" {',
  '  source = "../../../../catalog/stacks/service"',
  '  path   = "service"',
  '  values = {',
  '    cidr   = local.settings.cidr',
  '    engine = "postgres"',
  '    tags   = merge(local.tags, { region = local.region.locals.aws_region })',
  '  }',
  '}',
  '',
  'unit "dns" {',
  '  source = "../../../../catalog/units/dns"',
  '  path   = "dns"',
  '  values = {',
  '    zone    = file("zone.txt")',
  '    secrets = jsondecode(file("${get_terragrunt_dir()}/secrets.json"))',
  '    env     = read_terragrunt_config("env.hcl").locals.name',
  '  }',
  '}',
  ''
].join('\n')

const PROD_STACK = [
  'unit "dns" {',
  '  source = "../../../../catalog/units/dns"',
  '  path   = "dns"',
  '  values = { zone = "prod.example.com" }',
  '}',
  ''
].join('\n')

const TREE: Record<string, string> = {
  '.git/': '',
  'live/root.hcl': 'locals {\n  org = "acme"\n}\n',
  'live/non-prod/us-east-1/region.hcl': 'locals {\n  aws_region = "us-east-1"\n}\n',
  'live/prod/us-east-1/region.hcl': 'locals {\n  aws_region = "us-east-1"\n}\n',
  'common/tags.json': '{"team": "platform"}\n',
  'common/db-policy.json': '{"backups": true}\n',
  'catalog/modules/vpc/main.tf': '',
  'catalog/modules/db/main.tf': '',
  'catalog/modules/dns/main.tf': '',
  'catalog/units/vpc/terragrunt.hcl': VPC_UNIT,
  'catalog/units/db/terragrunt.hcl': DB_UNIT,
  'catalog/units/dns/terragrunt.hcl': DNS_UNIT,
  'catalog/stacks/service/terragrunt.stack.hcl': SERVICE_STACK,
  'catalog/stacks/service/schema.sql': 'create table t (id int);\n',
  [`${NP}/terragrunt.stack.hcl`]: NP_STACK,
  [`${NP}/settings.yaml`]: 'cidr: 10.0.0.0/16\n',
  [`${NP}/zone.txt`]: 'np.example.com\n',
  [`${NP}/secrets.json`]: '{"key": "x"}\n',
  [`${NP}/env.hcl`]: 'locals {\n  name = "non-prod"\n}\n',
  [`${NP}/README.md`]: '# service\n',
  [`${PROD}/terragrunt.stack.hcl`]: PROD_STACK,
  // What `terragrunt stack generate` leaves: sources copied, values written, the nested stack generated below.
  [`${GEN}/service/terragrunt.stack.hcl`]: SERVICE_STACK,
  [`${GEN}/service/schema.sql`]: 'create table t (id int);\n',
  [`${GEN}/service/terragrunt.values.hcl`]:
    'cidr   = "10.0.0.0/16"\nengine = "postgres"\ntags   = { team = "platform" }\n',
  [`${GEN}/service/.terragrunt-stack/vpc/terragrunt.hcl`]: VPC_UNIT,
  [`${GEN}/service/.terragrunt-stack/vpc/terragrunt.values.hcl`]:
    'cidr = "10.0.0.0/16"\ntags = { team = "platform" }\n',
  [`${GEN}/service/.terragrunt-stack/db/terragrunt.hcl`]: DB_UNIT,
  [`${GEN}/service/.terragrunt-stack/db/terragrunt.values.hcl`]:
    'engine   = "postgres"\nschema   = "create table t (id int);\\n"\nvpc_path = "../vpc"\n',
  [`${GEN}/dns/terragrunt.hcl`]: DNS_UNIT,
  [`${GEN}/dns/terragrunt.values.hcl`]: 'zone = "np.example.com\\n"\n',
  [`${PROD}/.terragrunt-stack/dns/terragrunt.hcl`]: DNS_UNIT,
  [`${PROD}/.terragrunt-stack/dns/terragrunt.values.hcl`]: 'zone = "prod.example.com"\n'
}

const NP_VPC = `${GEN}/service/.terragrunt-stack/vpc`
const NP_DB = `${GEN}/service/.terragrunt-stack/db`
const NP_DNS = `${GEN}/dns`
const PROD_DNS = `${PROD}/.terragrunt-stack/dns`
const NP_ALL = [NP_DB, NP_VPC, NP_DNS].sort()

interface Case {
  name: string
  changed: string[]
  planned: string[]
  reason?: Record<string, string>
  warnings?: string[]
}

async function check(tree: Record<string, string>, c: Case): Promise<void> {
  await withTree(tree, async (dir) => {
    // the catalog is a repository of its own in Gruntwork's examples: only the live units are planned
    const units = (await discoverUnits(dir)).filter((u) => u.startsWith('live/'))
    const result = await affectedUnits({ root: dir, units, changedFiles: c.changed })
    expect(result.units).toEqual(c.planned)
    for (const [unit, reason] of Object.entries(c.reason ?? {})) expect(result.reasons.get(unit)).toBe(reason)
    expect(result.unresolved.map((u) => `${u.unit}: ${describeUnresolved(u)}`)).toEqual(c.warnings ?? [])
  })
}

describe('stack values read from files: every unit the block generates is affected', () => {
  it('discovers the generated units, nested stacks included', async () => {
    await withTree(TREE, async (dir) => {
      const live = (await discoverUnits(dir)).filter((u) => u.startsWith('live/'))
      expect(live).toEqual([...NP_ALL, PROD_DNS].sort())
    })
  })

  it.each<Case>([
    {
      name: 'yamldecode(file()) in a local the stack block passes: the nested stack’s units',
      changed: [`${NP}/settings.yaml`],
      planned: NP_ALL,
      reason: { [NP_VPC]: `reads ${NP}/settings.yaml (via ${NP}/terragrunt.stack.hcl)` }
    },
    {
      name: 'jsondecode(file("${get_repo_root()}/…")) in a local',
      changed: ['common/tags.json'],
      planned: NP_ALL,
      reason: { [NP_DB]: `reads common/tags.json (via ${NP}/terragrunt.stack.hcl)` }
    },
    {
      name: 'read_terragrunt_config(find_in_parent_folders()) in a local: that region only',
      changed: ['live/non-prod/us-east-1/region.hcl'],
      planned: NP_ALL,
      reason: { [NP_DNS]: `reads live/non-prod/us-east-1/region.hcl (via ${NP}/terragrunt.stack.hcl)` }
    },
    {
      name: 'file() directly in a unit block’s values',
      changed: [`${NP}/zone.txt`],
      planned: NP_ALL,
      reason: { [NP_DNS]: `reads ${NP}/zone.txt (via ${NP}/terragrunt.stack.hcl)` }
    },
    {
      name: 'jsondecode(file("${get_terragrunt_dir()}/…")) in values',
      changed: [`${NP}/secrets.json`],
      planned: NP_ALL
    },
    {
      name: 'read_terragrunt_config() inline in values',
      changed: [`${NP}/env.hcl`],
      planned: NP_ALL,
      reason: { [NP_DNS]: `reads ${NP}/env.hcl (via ${NP}/terragrunt.stack.hcl)` }
    },
    {
      name: 'a file the nested catalog stack’s values read (inside the stack block’s source)',
      changed: ['catalog/stacks/service/schema.sql'],
      planned: [NP_DB, NP_VPC],
      reason: {
        [NP_DB]: `uses catalog/stacks/service (changed catalog/stacks/service/schema.sql, via ${NP}/terragrunt.stack.hcl stack "service")`
      }
    },
    {
      name: 'a file outside the catalog that the nested stack’s values read: that stack’s units only',
      changed: ['common/db-policy.json'],
      planned: [NP_DB, NP_VPC],
      reason: { [NP_DB]: `reads common/db-policy.json (via ${GEN}/service/terragrunt.stack.hcl)` }
    },
    {
      name: 'the stack file itself: its units, not the other environment’s',
      changed: [`${NP}/terragrunt.stack.hcl`],
      planned: NP_ALL,
      reason: { [NP_DNS]: `generated by ${NP}/terragrunt.stack.hcl` }
    },
    { name: 'a README beside the stack file plans nothing', changed: [`${NP}/README.md`], planned: [] },
    {
      name: 'a catalog unit: every unit generated from it, in both environments',
      changed: ['catalog/units/dns/terragrunt.hcl'],
      planned: [NP_DNS, PROD_DNS]
    },
    {
      name: 'a catalog unit of the nested stack (its source from get_repo_root())',
      changed: ['catalog/units/vpc/terragrunt.hcl'],
      planned: [NP_DB, NP_VPC],
      reason: { [NP_DB]: `depends on ${NP_VPC}` }
    }
  ])('$name', (c) => check(TREE, c))
})

describe('stack values that cannot be resolved: the block’s units are affected, with a warning', () => {
  const stack = (values: string, locals = ''): Record<string, string> => ({
    '.git/': '',
    'live/root.hcl': '',
    'catalog/modules/dns/main.tf': '',
    'catalog/units/dns/terragrunt.hcl': DNS_UNIT,
    'live/dev/terragrunt.stack.hcl': `${locals}unit "dns" {\n  source = "../../catalog/units/dns"\n  path   = "dns"\n  values = ${values}\n}\n`,
    'live/dev/.terragrunt-stack/dns/terragrunt.hcl': DNS_UNIT,
    'live/dev/.terragrunt-stack/dns/terragrunt.values.hcl': 'zone = "x"\n',
    'live/prod/other/terragrunt.hcl': ROOT_INCLUDE
  })
  const unit = 'live/dev/.terragrunt-stack/dns'
  it.each<Case & { tree: Record<string, string> }>([
    {
      name: 'file() of a path from the environment',
      tree: stack('{ zone = file(get_env("ZONE_FILE")) }'),
      changed: [],
      planned: [unit],
      reason: { [unit]: 'cannot resolve file path at live/dev/terragrunt.stack.hcl:4 (get_env("ZONE_FILE"))' },
      warnings: [`${unit}: live/dev/terragrunt.stack.hcl:4: cannot resolve file path (get_env("ZONE_FILE"))`]
    },
    {
      name: 'yamldecode(file(local.x)) where the local comes from the environment',
      tree: stack(
        '{ zone = yamldecode(file(local.settings_file)).zone }',
        'locals {\n  settings_file = get_env("SETTINGS")\n}\n'
      ),
      changed: [],
      planned: [unit],
      warnings: [`${unit}: live/dev/terragrunt.stack.hcl:7: cannot resolve file path (local.settings_file)`]
    },
    {
      name: 'read_terragrunt_config of a file that does not exist',
      tree: stack('{ zone = read_terragrunt_config("zone.hcl").locals.zone }'),
      changed: [],
      planned: [unit],
      warnings: [
        `${unit}: live/dev/terragrunt.stack.hcl:4: cannot resolve read_terragrunt_config path ("zone.hcl"): live/dev/zone.hcl does not exist`
      ]
    }
  ])('$name', ({ tree, ...c }) => check(tree, c))

  it('a nested stack: every unit it generates, each with the warning', async () => {
    const tree: Record<string, string> = {
      '.git/': '',
      'live/root.hcl': '',
      'catalog/modules/dns/main.tf': '',
      'catalog/units/dns/terragrunt.hcl': DNS_UNIT,
      'catalog/stacks/dns/terragrunt.stack.hcl': [
        'unit "public" {',
        '  source = "${get_repo_root()}/catalog/units/dns"',
        '  path   = "public"',
        '  values = { zone = values.zone }',
        '}',
        'unit "private" {',
        '  source = "${get_repo_root()}/catalog/units/dns"',
        '  path   = "private"',
        '  values = { zone = values.zone }',
        '}',
        ''
      ].join('\n'),
      'live/dev/terragrunt.stack.hcl':
        'stack "dns" {\n  source = "../../catalog/stacks/dns"\n  path   = "dns"\n  values = { zone = yamldecode(file(get_env("ZONES"))).dev }\n}\n'
    }
    for (const u of ['public', 'private']) {
      tree[`live/dev/.terragrunt-stack/dns/.terragrunt-stack/${u}/terragrunt.hcl`] = DNS_UNIT
      tree[`live/dev/.terragrunt-stack/dns/.terragrunt-stack/${u}/terragrunt.values.hcl`] = 'zone = "x"\n'
    }
    tree['live/dev/.terragrunt-stack/dns/terragrunt.stack.hcl'] = tree['catalog/stacks/dns/terragrunt.stack.hcl']
    tree['live/dev/.terragrunt-stack/dns/terragrunt.values.hcl'] = 'zone = "x"\n'
    const units = ['private', 'public'].map((u) => `live/dev/.terragrunt-stack/dns/.terragrunt-stack/${u}`)
    await check(tree, {
      name: 'nested',
      changed: [],
      planned: units,
      warnings: units.map((u) => `${u}: live/dev/terragrunt.stack.hcl:4: cannot resolve file path (get_env("ZONES"))`)
    })
  })
})
