/**
 * terragrunt-plan-comment on a live repository laid out like Gruntwork's terragrunt-infrastructure-live-example
 * (root.hcl, `_envcommon` includes, account/region/env files, units with dependencies, a local module catalog, one
 * `terragrunt.stack.hcl`), as a new user would run it: a pull request that changes a module file and an environment
 * file, planned by the real `terraform` behind the fake Terragrunt (the fake evaluates no HCL, so each unit's
 * evaluated `source` and `inputs` are given to it here, as Terragrunt would evaluate them), against state applied
 * from the base branch first. The comment is read as a reviewer reads it.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join, relative } from 'node:path'
import { afterAll, describe, expect, it, jest } from '@jest/globals'
import { emulatorForTests } from '../../emulators/github/jest.js'
import { FAKE_BIN_DIR } from '../../emulators/terragrunt/harness.js'
import { pullRequestEvent } from '../../harness/events.js'
import { OWNER, REPO, cleanup, emptyDir, runPlan } from './helpers.js'

jest.setTimeout(300_000)

const terraform = (process.env.PATH ?? '').split(delimiter).find((d) => d && existsSync(join(d, 'terraform')))
if (!terraform) {
  process.stdout.write('NOTICE: no `terraform` on PATH: the live-example test is skipped (.ci/run requires it)\n')
}
const describeWithTerraform = terraform ? describe : describe.skip

const gh = await emulatorForTests({ owner: OWNER, repo: REPO })
afterAll(cleanup)

// ---------------------------------------------------------------------------------------------------------------
// The live repository

const INCLUDE_ROOT = 'include "root" {\n  path = find_in_parent_folders("root.hcl")\n}\n'
const envcommon = (name: string) =>
  INCLUDE_ROOT +
  `\ninclude "envcommon" {\n  path   = "\${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/${name}.hcl"\n  expose = true\n}\n` +
  '\nterraform {\n  source = "${include.envcommon.locals.base_source_url}"\n}\n'
const dependency = (name: string, outputs: string) =>
  `\ndependency "${name}" {\n  config_path = "../${name}"\n\n  mock_outputs = {\n${outputs}\n  }\n}\n`

const ENVCOMMON = (module: string, inputs: string) =>
  [
    'locals {',
    '  environment_vars = read_terragrunt_config(find_in_parent_folders("env.hcl"))',
    '  env              = local.environment_vars.locals.environment',
    `  base_source_url  = "\${dirname(find_in_parent_folders("root.hcl"))}/modules//${module}"`,
    '}',
    '',
    'inputs = {',
    inputs,
    '}',
    ''
  ].join('\n')

interface Env {
  account: string
  environment: string
  instance_size: string
  cidr: string
}
const ENVS: Record<string, Env> = {
  'non-prod/us-east-1/qa': { account: 'non-prod', environment: 'qa', instance_size: 'small', cidr: '10.10.0.0/16' },
  'non-prod/us-east-1/stage': {
    account: 'non-prod',
    environment: 'stage',
    instance_size: 'small',
    cidr: '10.20.0.0/16'
  },
  'prod/us-east-1/prod': { account: 'prod', environment: 'prod', instance_size: 'large', cidr: '10.30.0.0/16' }
}

const envFile = (e: Env) =>
  `locals {\n  environment   = "${e.environment}"\n  instance_size = "${e.instance_size}"\n  cidr_block    = "${e.cidr}"\n}\n`

const VPC_MODULE = `variable "name" {
  type = string
}

variable "cidr_block" {
  type = string
}

locals {
  zones = ["a", "b"]
}

resource "terraform_data" "vpc" {
  input = {
    name       = var.name
    cidr_block = var.cidr_block
  }
}

resource "terraform_data" "subnet" {
  for_each = toset(local.zones)
  input = {
    zone = "us-east-1\${each.key}"
    cidr = cidrsubnet(var.cidr_block, 8, index(local.zones, each.key))
  }
}

output "vpc_id" {
  value = "vpc-\${var.name}"
}
`

const FILES: Record<string, string> = {
  '.gitignore': '.terragrunt-cache/\n.terragrunt-stack/\n*.tfstate\n*.tfstate.backup\n.terraform/\n',
  'root.hcl': [
    'locals {',
    '  account_vars     = read_terragrunt_config(find_in_parent_folders("account.hcl"))',
    '  region_vars      = read_terragrunt_config(find_in_parent_folders("region.hcl"))',
    '  environment_vars = read_terragrunt_config(find_in_parent_folders("env.hcl"))',
    '',
    '  account_name = local.account_vars.locals.account_name',
    '  aws_region   = local.region_vars.locals.aws_region',
    '}',
    '',
    'inputs = merge(',
    '  local.account_vars.locals,',
    '  local.region_vars.locals,',
    '  local.environment_vars.locals,',
    ')',
    ''
  ].join('\n'),
  '_envcommon/vpc.hcl': ENVCOMMON('vpc', '  name = "vpc-${local.env}"'),
  '_envcommon/mysql.hcl': ENVCOMMON('mysql', '  name              = "mysql_${local.env}"\n  allocated_storage = 20'),
  '_envcommon/app.hcl': ENVCOMMON('app', '  name = "app-${local.env}"'),
  'modules/vpc/main.tf': VPC_MODULE,
  'modules/vpc/README.md': '# vpc\n\nA VPC and one subnet per zone.\n',
  'modules/mysql/main.tf': `variable "name" {
  type = string
}

variable "instance_size" {
  type = string
}

variable "allocated_storage" {
  type = number
}

variable "vpc_id" {
  type = string
}

resource "terraform_data" "db" {
  input = {
    name              = var.name
    instance_class    = var.instance_size == "large" ? "db.r6g.large" : var.instance_size == "medium" ? "db.t3.medium" : "db.t3.micro"
    allocated_storage = var.allocated_storage
    vpc_id            = var.vpc_id
  }
}

output "endpoint" {
  value = "\${var.name}.db.internal"
}
`,
  'modules/app/main.tf': `variable "name" {
  type = string
}

variable "instance_size" {
  type = string
}

variable "vpc_id" {
  type = string
}

variable "db_endpoint" {
  type    = string
  default = ""
}

resource "terraform_data" "server" {
  # a new instance type replaces the server
  triggers_replace = [var.instance_size]
  input = {
    name        = var.name
    vpc_id      = var.vpc_id
    db_endpoint = var.db_endpoint
  }
}
`,
  'modules/dns/main.tf':
    'variable "zone" {\n  type = string\n}\n\nresource "terraform_data" "zone" {\n  input = var.zone\n}\n',
  'catalog/units/dns/terragrunt.hcl':
    INCLUDE_ROOT +
    '\nterraform {\n  source = "${get_repo_root()}/modules//dns"\n}\n\ninputs = {\n  zone = values.zone\n}\n',
  'non-prod/account.hcl': 'locals {\n  account_name   = "non-prod"\n  aws_account_id = "111111111111"\n}\n',
  'non-prod/us-east-1/region.hcl': 'locals {\n  aws_region = "us-east-1"\n}\n',
  'prod/account.hcl': 'locals {\n  account_name   = "prod"\n  aws_account_id = "222222222222"\n}\n',
  'prod/us-east-1/region.hcl': 'locals {\n  aws_region = "us-east-1"\n}\n',
  'prod/us-east-1/prod/dns/terragrunt.stack.hcl': [
    'unit "public" {',
    '  source = "../../../../catalog/units/dns"',
    '  path   = "public"',
    '  values = { zone = "example.com" }',
    '}',
    '',
    'unit "private" {',
    '  source = "../../../../catalog/units/dns"',
    '  path   = "private"',
    '  values = { zone = "internal.example.com" }',
    '}',
    ''
  ].join('\n')
}
for (const [dir, e] of Object.entries(ENVS)) {
  FILES[`${dir}/env.hcl`] = envFile(e)
  FILES[`${dir}/vpc/terragrunt.hcl`] = envcommon('vpc') + '\ninputs = {\n  cidr_block = "' + e.cidr + '"\n}\n'
  FILES[`${dir}/app/terragrunt.hcl`] =
    envcommon('app') +
    dependency('vpc', '    vpc_id = "vpc-mock"') +
    '\ninputs = {\n  vpc_id = dependency.vpc.outputs.vpc_id\n}\n'
  if (e.environment !== 'stage') {
    FILES[`${dir}/mysql/terragrunt.hcl`] =
      envcommon('mysql') +
      dependency('vpc', '    vpc_id = "vpc-mock"') +
      '\ninputs = {\n  vpc_id = dependency.vpc.outputs.vpc_id\n}\n'
  }
}

/** The pull request: a third zone in the vpc module, and qa's instances one size up. */
const PR_CHANGES: Record<string, string> = {
  'modules/vpc/main.tf': VPC_MODULE.replace('zones = ["a", "b"]', 'zones = ["a", "b", "c"]'),
  'non-prod/us-east-1/qa/env.hcl': envFile({ ...ENVS['non-prod/us-east-1/qa'], instance_size: 'medium' })
}

/**
 * What Terragrunt evaluates for each unit, given to the fake: the module source (relative to the unit) and the
 * inputs (root.hcl's merge of account/region/env locals, then `_envcommon`, then the unit; dependency outputs as
 * the vpc module outputs them).
 */
function evaluated(files: Record<string, string>): Record<string, { source: string; inputs: Record<string, unknown> }> {
  const out: Record<string, { source: string; inputs: Record<string, unknown> }> = {}
  for (const [dir, e] of Object.entries(ENVS)) {
    const env = /instance_size = "(\w+)"/.exec(files[`${dir}/env.hcl`])![1]
    const account = e.account === 'prod' ? '222222222222' : '111111111111'
    const common = {
      account_name: e.account,
      aws_account_id: account,
      aws_region: 'us-east-1',
      environment: e.environment,
      instance_size: env,
      cidr_block: e.cidr
    }
    const vpcId = `vpc-vpc-${e.environment}`
    const unit = (name: string, inputs: Record<string, unknown>) => {
      out[`${dir}/${name}`] = {
        source: `${relative(`/r/${dir}/${name}`, '/r/modules')}//${name}`,
        inputs: { ...common, ...inputs }
      }
    }
    unit('vpc', { name: `vpc-${e.environment}` })
    unit('app', { name: `app-${e.environment}`, vpc_id: vpcId })
    if (e.environment !== 'stage') {
      unit('mysql', { name: `mysql_${e.environment}`, allocated_storage: 20, vpc_id: vpcId })
    }
  }
  for (const [name, zone] of [
    ['public', 'example.com'],
    ['private', 'internal.example.com']
  ]) {
    const dir = `prod/us-east-1/prod/dns/.terragrunt-stack/${name}`
    out[dir] = { source: `${relative(`/r/${dir}`, '/r/modules')}//dns`, inputs: { zone } }
  }
  return out
}

// ---------------------------------------------------------------------------------------------------------------
// Git, state and the run

const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'dev',
  GIT_AUTHOR_EMAIL: 'dev@acme.test',
  GIT_COMMITTER_NAME: 'dev',
  GIT_COMMITTER_EMAIL: 'dev@acme.test'
}
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8' }).trim()

async function writeTree(dir: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true })
    await writeFile(join(dir, path), text)
  }
}

/** Terraform without network, CLI config or update checks. */
let tfEnv: Record<string, string> = {}
const tf = (cwd: string, env: Record<string, string>, ...args: string[]) =>
  execFileSync('terraform', args, { cwd, env: { ...process.env, ...tfEnv, ...env }, encoding: 'utf8', stdio: 'pipe' })

/**
 * Applies the base branch's units (as the team did before the pull request) and leaves each unit's state beside its
 * terragrunt.hcl (untracked), where the fake's copy of the unit's files takes it into the module's working dir.
 */
async function applyBase(live: string): Promise<void> {
  const baseTree = await mkdtemp(join(tmpdir(), 'tpc-base-'))
  await writeTree(baseTree, FILES)
  for (const [unit, { source, inputs }] of Object.entries(evaluated(FILES))) {
    if (unit.includes('.terragrunt-stack')) continue
    const work = await mkdtemp(join(tmpdir(), 'tpc-apply-'))
    await cp(join(baseTree, unit, source.replace('//', '/')), work, { recursive: true })
    const vars = Object.fromEntries(
      Object.entries(inputs).map(([k, v]) => [`TF_VAR_${k}`, typeof v === 'string' ? v : JSON.stringify(v)])
    )
    tf(work, vars, 'init', '-input=false', '-no-color')
    tf(work, vars, 'apply', '-auto-approve', '-input=false', '-no-color')
    await cp(join(work, 'terraform.tfstate'), join(live, unit, 'terraform.tfstate'))
    await rm(work, { recursive: true, force: true })
  }
  await rm(baseTree, { recursive: true, force: true })
}

describeWithTerraform('a Gruntwork-style live repository, a pull request changing a module and an env file', () => {
  it('plans the affected units with the real terraform and tells the reviewer what changes', async () => {
    const dir = await emptyDir('tpc-live-example-')
    const cliConfig = join(dir, 'terraformrc')
    await writeFile(cliConfig, '')
    tfEnv = { TF_CLI_CONFIG_FILE: cliConfig, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1' }

    // The repository: main, then the pull request's branch; a bare remote; the checkout of the PR's head.
    const work = join(dir, 'work')
    await writeTree(work, FILES)
    git(dir, 'init', '-q', '-b', 'main', work)
    git(work, 'add', '-A')
    git(work, 'commit', '-q', '-m', 'Live infrastructure')
    const base = git(work, 'rev-parse', 'HEAD')
    git(work, 'checkout', '-q', '-b', 'more-capacity')
    await writeTree(work, PR_CHANGES)
    git(work, 'commit', '-q', '-am', 'A third zone everywhere; bigger qa instances')
    const head = git(work, 'rev-parse', 'HEAD')
    git(dir, 'clone', '-q', '--bare', work, join(dir, 'bare.git'))
    const workspace = join(dir, 'ws')
    await mkdir(workspace)
    git(workspace, 'clone', '-q', '--depth=1', '--branch=more-capacity', `file://${join(dir, 'bare.git')}`, 'live')
    const live = join(workspace, 'live')
    await applyBase(live)

    gh.state.commitFiles(OWNER, REPO, 'main', FILES, { message: 'Live infrastructure' })
    gh.state.commitFiles(OWNER, REPO, 'more-capacity', PR_CHANGES, { message: 'More capacity' })
    const pr = gh.state.createPull(OWNER, REPO, { title: 'More capacity', head: 'more-capacity' })
    const event = {
      name: 'pull_request',
      payload: pullRequestEvent({
        owner: OWNER,
        repo: REPO,
        number: pr.number,
        headSha: head,
        headRef: 'more-capacity',
        baseSha: base
      })
    }
    const run = await runPlan({
      workspace,
      apiUrl: gh.url,
      event,
      inputs: {
        'working-directory': 'live',
        'changed-only': 'true',
        'tf-binary': 'terraform',
        'plugin-cache': 'false'
      },
      scenario: { terragruntVersion: '1.1.3', units: evaluated({ ...FILES, ...PR_CHANGES }) },
      path: [FAKE_BIN_DIR],
      env: tfEnv
    })
    expect(run.exitCode).toBe(0)
    const body = gh.state.comments(OWNER, REPO, pr.number)[0]?.body ?? ''

    // Selection: the module change reaches every vpc unit through `_envcommon`'s exposed locals and their dependents;
    // the env file reaches qa's units through root.hcl; the stack's generated units are skipped.
    const planned = [
      'non-prod/us-east-1/qa/app',
      'non-prod/us-east-1/qa/mysql',
      'non-prod/us-east-1/qa/vpc',
      'non-prod/us-east-1/stage/app',
      'non-prod/us-east-1/stage/vpc',
      'prod/us-east-1/prod/app',
      'prod/us-east-1/prod/mysql',
      'prod/us-east-1/prod/vpc'
    ]
    const units = JSON.parse(run.outputs['units-json']) as { path: string; status: string }[]
    expect(units.map((u) => u.path)).toEqual(planned)
    expect(body).toContain(
      '⏭️ 3 units skipped: not affected by this pull request</summary>\n\n<code>catalog/units/dns</code> · <code>prod/us-east-1/prod/dns/.terragrunt-stack/private</code> · <code>prod/us-east-1/prod/dns/.terragrunt-stack/public</code>'
    )
    // Why each unit was planned, for the reviewer who wonders why an unchanged unit is there.
    expect(body).toContain(
      [
        '<details><summary>🧭 Why 8 units were planned</summary>',
        '',
        '- <code>non-prod/us-east-1/qa/app</code>: reads non-prod/us-east-1/qa/env.hcl (via root.hcl)',
        '- <code>non-prod/us-east-1/qa/mysql</code>: reads non-prod/us-east-1/qa/env.hcl (via root.hcl)',
        '- <code>non-prod/us-east-1/qa/vpc</code>: reads non-prod/us-east-1/qa/env.hcl (via root.hcl)',
        '- <code>non-prod/us-east-1/stage/app</code>: depends on non-prod/us-east-1/stage/vpc',
        '- <code>non-prod/us-east-1/stage/vpc</code>: uses module modules/vpc (changed modules/vpc/main.tf)',
        '- <code>prod/us-east-1/prod/app</code>: depends on prod/us-east-1/prod/vpc',
        '- <code>prod/us-east-1/prod/mysql</code>: depends on prod/us-east-1/prod/vpc',
        '- <code>prod/us-east-1/prod/vpc</code>: uses module modules/vpc (changed modules/vpc/main.tf)',
        ''
      ].join('\n')
    )

    // The plans are terraform's own, against the base branch's state: a third subnet in each vpc, qa's database
    // resized in place and its server replaced (its instance size is a replacement trigger); the rest unchanged.
    expect(Object.fromEntries(units.map((u) => [u.path, u.status]))).toEqual({
      ...Object.fromEntries(planned.map((p) => [p, 'no-changes'])),
      'non-prod/us-east-1/qa/app': 'changes',
      'non-prod/us-east-1/qa/mysql': 'changes',
      'non-prod/us-east-1/qa/vpc': 'changes',
      'non-prod/us-east-1/stage/vpc': 'changes',
      'prod/us-east-1/prod/vpc': 'changes'
    })
    expect([run.outputs.add, run.outputs.change, run.outputs.destroy, run.outputs.replace]).toEqual([
      '4',
      '1',
      '1',
      '1'
    ])
    expect(body).toMatch(/^### Terraform plan: `\+4 ~1 -1 ±1`/m)
    expect(body).toContain(
      '> **1 resource will be replaced** in 1 unit:\n> - <code>non-prod/us-east-1/qa/app</code>: replace <code>terraform_data.server</code>'
    )
    expect(body).toContain('| <code>non-prod/us-east-1/qa/app</code> | ⚠️ replaces | 1 |  | 1 | 1 |')
    expect(body).toContain('# terraform_data.subnet["c"] will be created')
    expect(body).toContain('!           instance_class    = "db.t3.micro" -> "db.t3.medium"')
    expect(body).toContain(
      '✅ **No changes** in 3 units: <code>non-prod/us-east-1/stage/app</code> · <code>prod/us-east-1/prod/app</code> · <code>prod/us-east-1/prod/mysql</code>'
    )
  })
})
