import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** Writes `files` (relative path -> content; a path ending in `/` makes an empty directory) under `root`. */
export async function writeTree(root: string, files: Record<string, string>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(root, name)
    if (name.endsWith('/')) {
      await mkdir(target, { recursive: true })
      continue
    }
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, content)
  }
}

export async function tempDir(prefix = 'tg-live-'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix))
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true })
}

const rootInclude = `include "root" {
  path = find_in_parent_folders("root.hcl")
}
`

/**
 * A live repository shaped like DESIGN.md section 1:
 *
 *   live/root.hcl, live/_common/{vpc,app,base}.hcl
 *   live/non-production/{dev,qa}/env.hcl, live/production/prod/env.hcl
 *   live/non-production/dev/{vpc,db,app,dns}, live/non-production/qa/vpc, live/production/prod/{vpc,monitoring}
 *   modules/{vpc,db,shared}/main.tf (db calls ../shared)
 *
 * Graph: dev/db -> dev/vpc, dev/app -> dev/db, prod/monitoring -> prod/vpc. The vpc units include _common/vpc.hcl,
 * which reads env.hcl via find_in_parent_folders (resolved from the including unit) and sources modules/vpc.
 * dev/app includes _common/app.hcl, which reads _common/base.hcl. dev/dns reads env.hcl itself.
 */
export const LIVE_REPO: Record<string, string> = {
  '.git/': '',
  'README.md': '# live\n',
  'modules/vpc/main.tf': 'resource "google_compute_network" "vpc" {\n  name = var.name\n}\n',
  'modules/db/main.tf':
    'module "shared" {\n  source = "../shared"\n}\n\nmodule "remote" {\n  source = "terraform-google-modules/sql-db/google"\n}\n',
  'modules/shared/main.tf': 'locals {\n  labels = {}\n}\n',
  'live/root.hcl': `locals {
  project = "acme"
}

remote_state {
  backend = "gcs"
  config = {
    bucket = "acme-tfstate"
    prefix = "\${path_relative_to_include()}/terraform.tfstate"
  }
}
`,
  'live/_common/vpc.hcl': `locals {
  env = read_terragrunt_config(find_in_parent_folders("env.hcl"))
}

terraform {
  source = "\${get_repo_root()}/modules/vpc"
}

inputs = {
  name = "vpc-\${local.env.locals.env}"
}
`,
  'live/_common/app.hcl': `locals {
  base = read_terragrunt_config("\${get_repo_root()}/live/_common/base.hcl")
}

terraform {
  source = "git::https://github.com/acme/app.git//app?ref=v1.2.3"
}
`,
  'live/_common/base.hcl': 'locals {\n  owner = "sre"\n}\n',
  'live/non-production/dev/env.hcl': 'locals {\n  env = "dev"\n}\n',
  'live/non-production/qa/env.hcl': 'locals {\n  env = "qa"\n}\n',
  'live/production/prod/env.hcl': 'locals {\n  env = "prod"\n}\n',
  'live/non-production/dev/vpc/terragrunt.hcl': `${rootInclude}
include "vpc" {
  path   = "\${get_repo_root()}/live/_common/vpc.hcl"
  expose = true
}
`,
  'live/non-production/dev/vpc/.terragrunt-cache/abc/def/terragrunt.hcl': 'terraform {\n  source = "../../x"\n}\n',
  'live/non-production/dev/vpc/.terragrunt-cache/abc/def/main.tf': '',
  'live/non-production/dev/db/terragrunt.hcl': `${rootInclude}
terraform {
  source = "../../../../modules//db"
}

dependency "vpc" {
  config_path = "../vpc"
  mock_outputs = { network = "mock" }
}
`,
  'live/non-production/dev/app/terragrunt.hcl': `${rootInclude}
include "app" {
  path = "\${dirname(find_in_parent_folders("root.hcl"))}/_common/app.hcl"
}

dependency "db" {
  config_path = "\${get_terragrunt_dir()}/../db"
}
`,
  'live/non-production/dev/dns/terragrunt.hcl': `${rootInclude}
terraform {
  source = "tfr:///terraform-google-modules/cloud-dns/google?version=5.0.0"
}

inputs = {
  env = read_terragrunt_config(find_in_parent_folders("env.hcl")).locals.env
}
`,
  'live/non-production/qa/vpc/terragrunt.hcl': `${rootInclude}
include "vpc" {
  path = "\${get_repo_root()}/live/_common/vpc.hcl"
}
`,
  'live/production/prod/vpc/terragrunt.hcl': `${rootInclude}
include "vpc" {
  path = "../../../_common/vpc.hcl"
}
`,
  'live/production/prod/monitoring/terragrunt.hcl': `${rootInclude}
terraform {
  source = "github.com/acme/terraform-monitoring"
}

dependencies {
  paths = ["../vpc"]
}
`
}

export const ALL_UNITS = [
  'live/non-production/dev/app',
  'live/non-production/dev/db',
  'live/non-production/dev/dns',
  'live/non-production/dev/vpc',
  'live/non-production/qa/vpc',
  'live/production/prod/monitoring',
  'live/production/prod/vpc'
]

/** Writes `files` into a fresh temporary directory, runs `test` on it and removes it afterwards, pass or fail. */
export async function withTree(files: Record<string, string>, test: (dir: string) => Promise<void>): Promise<void> {
  const dir = await tempDir()
  try {
    await writeTree(dir, files)
    await test(dir)
  } finally {
    await removeDir(dir)
  }
}
