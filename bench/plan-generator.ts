/**
 * A large, realistic OpenTofu plan: the `-no-color` text a reviewer reads and the matching `show -json` document.
 * Google Cloud resources in modules, a mix of creates, in-place updates, destroys and replacements, nested blocks,
 * lists, maps, refresh lines for existing objects and a few heredocs. Deterministic for the same arguments.
 */

export interface GeneratedPlan {
  text: string
  json: string
  resources: number
  counts: { add: number; change: number; destroy: number; replace: number }
}

type Kind = 'create' | 'update' | 'destroy' | 'replace'

/** mulberry32: a small seeded PRNG, so every run measures the same input. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const PROVIDER = 'registry.opentofu.org/hashicorp/google'
const ZONES = ['europe-west1-b', 'europe-west1-c', 'europe-west1-d']
const MACHINES = ['e2-medium', 'e2-standard-2', 'n2-standard-4']

function hexId(rand: () => number): string {
  let s = ''
  for (let i = 0; i < 8; i++)
    s += Math.floor(rand() * 0x10000)
      .toString(16)
      .padStart(4, '0')
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`
}

const STARTUP_SCRIPT = [
  '#!/bin/bash',
  'set -euo pipefail',
  'apt-get update -y',
  'apt-get install -y nginx google-cloud-ops-agent',
  'systemctl enable --now nginx',
  'echo "ready" > /var/run/startup-done'
]

interface Block {
  text: string[]
  change: object
}

function createInstance(addr: Addr, rand: () => number, heredoc: boolean): Block {
  const zone = ZONES[Math.floor(rand() * ZONES.length)]
  const machine = MACHINES[Math.floor(rand() * MACHINES.length)]
  const name = `${addr.module}-web-${addr.index}`
  const text = [
    `  # ${addr.address} will be created`,
    `  + resource "google_compute_instance" "web" {`,
    `      + can_ip_forward       = false`,
    `      + cpu_platform         = (known after apply)`,
    `      + current_status       = (known after apply)`,
    `      + deletion_protection  = false`,
    `      + effective_labels     = {`,
    `          + "env"  = "dev"`,
    `          + "team" = "platform"`,
    `        }`,
    `      + id                   = (known after apply)`,
    `      + instance_id          = (known after apply)`,
    `      + machine_type         = "${machine}"`,
    ...(heredoc
      ? [`      + metadata_startup_script = <<-EOT`, ...STARTUP_SCRIPT.map((l) => `            ${l}`), `        EOT`]
      : []),
    `      + name                 = "${name}"`,
    `      + project              = "acme-dev"`,
    `      + self_link            = (known after apply)`,
    `      + tags                 = [`,
    `          + "env-dev",`,
    `          + "web",`,
    `        ]`,
    `      + zone                 = "${zone}"`,
    ``,
    `      + boot_disk {`,
    `          + auto_delete                = true`,
    `          + device_name                = (known after apply)`,
    `          + mode                       = "READ_WRITE"`,
    `          + source                     = (known after apply)`,
    ``,
    `          + initialize_params {`,
    `              + image                  = "debian-cloud/debian-12"`,
    `              + labels                 = (known after apply)`,
    `              + size                   = 20`,
    `              + type                   = "pd-balanced"`,
    `            }`,
    `        }`,
    ``,
    `      + network_interface {`,
    `          + name               = (known after apply)`,
    `          + network            = "projects/acme-dev/global/networks/main"`,
    `          + network_ip         = (known after apply)`,
    `          + subnetwork         = "projects/acme-dev/regions/europe-west1/subnetworks/apps"`,
    `        }`,
    `    }`
  ]
  const after = {
    can_ip_forward: false,
    deletion_protection: false,
    effective_labels: { env: 'dev', team: 'platform' },
    machine_type: machine,
    metadata_startup_script: heredoc ? `${STARTUP_SCRIPT.join('\n')}\n` : null,
    name,
    project: 'acme-dev',
    tags: ['env-dev', 'web'],
    zone,
    boot_disk: [
      {
        auto_delete: true,
        mode: 'READ_WRITE',
        initialize_params: [{ image: 'debian-cloud/debian-12', size: 20, type: 'pd-balanced' }]
      }
    ],
    network_interface: [
      {
        network: 'projects/acme-dev/global/networks/main',
        subnetwork: 'projects/acme-dev/regions/europe-west1/subnetworks/apps'
      }
    ]
  }
  const unknown = {
    cpu_platform: true,
    current_status: true,
    id: true,
    instance_id: true,
    self_link: true,
    boot_disk: [{ device_name: true, source: true, initialize_params: [{ labels: true }] }],
    network_interface: [{ name: true, network_ip: true }]
  }
  return { text, change: { actions: ['create'], before: null, after, after_unknown: unknown } }
}

const POLICY_BEFORE = ['Page the on-call when the error ratio', 'stays above 5% for 10 minutes.', 'Runbook: go/web-5xx']
const POLICY_AFTER = ['Page the on-call when the error ratio', 'stays above 2% for 5 minutes.', 'Runbook: go/web-5xx']

function updateBucket(addr: Addr, rand: () => number, heredoc: boolean): Block {
  const id = `acme-${addr.module}-assets-${addr.index}`
  const days = 30 + Math.floor(rand() * 60)
  const text = [
    `  # ${addr.address} will be updated in-place`,
    `  ~ resource "google_storage_bucket" "assets" {`,
    `      ~ effective_labels            = {`,
    `          ~ "team" = "web" -> "platform"`,
    `            # (1 unchanged element hidden)`,
    `        }`,
    `        id                          = "${id}"`,
    `      ~ labels                      = {`,
    `          ~ "team" = "web" -> "platform"`,
    `            # (1 unchanged element hidden)`,
    `        }`,
    `        name                        = "${id}"`,
    `        # (12 unchanged attributes hidden)`,
    ``,
    `      ~ lifecycle_rule {`,
    `          ~ condition {`,
    `              ~ age                        = ${days} -> ${days + 30}`,
    `                # (8 unchanged attributes hidden)`,
    `            }`,
    ``,
    `            # (1 unchanged block hidden)`,
    `        }`,
    ...(heredoc
      ? [
          ``,
          `      ~ notes                       = <<-EOT`,
          `            ${POLICY_BEFORE[0]}`,
          `          - ${POLICY_BEFORE[1]}`,
          `          + ${POLICY_AFTER[1]}`,
          `            ${POLICY_BEFORE[2]}`,
          `        EOT`
        ]
      : []),
    ``,
    `        # (2 unchanged blocks hidden)`,
    `    }`
  ]
  const labels = (team: string) => ({ env: 'dev', team })
  const before = {
    id,
    name: id,
    labels: labels('web'),
    effective_labels: labels('web'),
    notes: heredoc ? `${POLICY_BEFORE.join('\n')}\n` : null,
    lifecycle_rule: [{ condition: [{ age: days }], action: [{ type: 'Delete' }] }]
  }
  const after = {
    ...before,
    labels: labels('platform'),
    effective_labels: labels('platform'),
    notes: heredoc ? `${POLICY_AFTER.join('\n')}\n` : null,
    lifecycle_rule: [{ condition: [{ age: days + 30 }], action: [{ type: 'Delete' }] }]
  }
  return { text, change: { actions: ['update'], before, after, after_unknown: {} } }
}

function destroyTopic(addr: Addr): Block {
  const id = `projects/acme-dev/topics/${addr.module}-events-${addr.index}`
  const text = [
    `  # ${addr.address} will be destroyed`,
    `  # (because ${addr.address.replace(/\[\d+\]$/, '')} is not in configuration)`,
    `  - resource "google_pubsub_topic" "events" {`,
    `      - effective_labels           = {} -> null`,
    `      - id                         = "${id}" -> null`,
    `      - labels                     = {} -> null`,
    `      - message_retention_duration = "86600s" -> null`,
    `      - name                       = "${addr.module}-events-${addr.index}" -> null`,
    `      - project                    = "acme-dev" -> null`,
    `    }`
  ]
  const before = {
    effective_labels: {},
    id,
    labels: {},
    message_retention_duration: '86600s',
    name: `${addr.module}-events-${addr.index}`,
    project: 'acme-dev'
  }
  return {
    text,
    change: {
      actions: ['delete'],
      before,
      after: null,
      after_unknown: {},
      action_reason: 'delete_because_no_resource_config'
    }
  }
}

function replaceUser(addr: Addr): Block {
  const instance = `acme-${addr.module}-db`
  const id = `app//${instance}`
  const text = [
    `  # ${addr.address} must be replaced`,
    `-/+ resource "google_sql_user" "app" {`,
    `      ~ id                      = "${id}" -> (known after apply)`,
    `      ~ instance                = "${instance}" -> "${instance}-v2" # forces replacement`,
    `        name                    = "app"`,
    `      ~ sql_server_user_details = [] -> (known after apply)`,
    `        # (3 unchanged attributes hidden)`,
    `    }`
  ]
  const before = { id, instance, name: 'app', project: 'acme-dev', host: '', type: '', sql_server_user_details: [] }
  return {
    text,
    change: {
      actions: ['delete', 'create'],
      before,
      after: { ...before, id: undefined, instance: `${instance}-v2`, sql_server_user_details: undefined },
      after_unknown: { id: true, sql_server_user_details: true },
      replace_paths: [['instance']],
      action_reason: 'replace_because_cannot_update'
    }
  }
}

interface Addr {
  module: string
  index: number
  address: string
  type: string
  name: string
}

const KINDS: Array<{ kind: Kind; type: string; name: string; weight: number }> = [
  { kind: 'create', type: 'google_compute_instance', name: 'web', weight: 0.6 },
  { kind: 'update', type: 'google_storage_bucket', name: 'assets', weight: 0.2 },
  { kind: 'destroy', type: 'google_pubsub_topic', name: 'events', weight: 0.1 },
  { kind: 'replace', type: 'google_sql_user', name: 'app', weight: 0.1 }
]

/** `resources` resource changes; one in `heredocEvery` creates/updates carries a heredoc. */
export function generatePlan(resources: number, options: { seed?: number; heredocEvery?: number } = {}): GeneratedPlan {
  const rand = prng(options.seed ?? 42)
  const heredocEvery = options.heredocEvery ?? 500
  const counts = { add: 0, change: 0, destroy: 0, replace: 0 }
  const refresh: string[] = []
  const blocks: string[] = []
  const changes: object[] = []
  const perKind = new Map<string, number>()
  for (let i = 0; i < resources; i++) {
    let pick = rand()
    const spec = KINDS.find((k) => (pick -= k.weight) < 0) ?? KINDS[0]
    const module = `svc_${String(Math.floor(i / 50)).padStart(4, '0')}`
    const key = `${module}/${spec.kind}`
    const index = perKind.get(key) ?? 0
    perKind.set(key, index + 1)
    const address = `module.${module}.${spec.type}.${spec.name}[${index}]`
    const addr: Addr = { module, index, address, type: spec.type, name: spec.name }
    const heredoc = i % heredocEvery === 0
    let block: Block
    if (spec.kind === 'create') {
      block = createInstance(addr, rand, heredoc)
      counts.add++
    } else if (spec.kind === 'update') {
      block = updateBucket(addr, rand, heredoc)
      counts.change++
    } else if (spec.kind === 'destroy') {
      block = destroyTopic(addr)
      counts.destroy++
    } else {
      block = replaceUser(addr)
      counts.add++
      counts.destroy++
      counts.replace++
    }
    if (spec.kind !== 'create') refresh.push(`${address}: Refreshing state... [id=${hexId(rand)}]`)
    blocks.push(block.text.join('\n'))
    changes.push({
      address,
      module_address: `module.${module}`,
      mode: 'managed',
      type: spec.type,
      name: spec.name,
      index,
      provider_name: PROVIDER,
      change: { before_sensitive: {}, after_sensitive: {}, ...block.change }
    })
  }

  const text = [
    ...refresh,
    '',
    'OpenTofu used the selected providers to generate the following execution',
    'plan. Resource actions are indicated with the following symbols:',
    '  + create',
    '  ~ update in-place',
    '  - destroy',
    '-/+ destroy and then create replacement',
    '',
    'OpenTofu will perform the following actions:',
    '',
    blocks.join('\n\n'),
    '',
    `Plan: ${counts.add} to add, ${counts.change} to change, ${counts.destroy} to destroy.`,
    '',
    '─────────────────────────────────────────────────────────────────────────────',
    '',
    'Saved the plan to: /home/runner/work/_temp/plan.tfplan',
    '',
    'To perform exactly these actions, run the following command to apply:',
    '    tofu apply "/home/runner/work/_temp/plan.tfplan"',
    ''
  ].join('\n')

  const json = JSON.stringify({
    format_version: '1.2',
    terraform_version: '1.10.6',
    planned_values: { root_module: {} },
    resource_changes: changes,
    configuration: { provider_config: { google: { name: 'google', full_name: PROVIDER } }, root_module: {} },
    timestamp: '2025-06-02T09:00:00Z',
    applyable: true,
    complete: true,
    errored: false
  })
  return { text, json, resources, counts }
}
