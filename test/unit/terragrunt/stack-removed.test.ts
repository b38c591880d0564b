/**
 * `unit` and `stack` blocks a pull request removes from a stack file it keeps: compared with the file's base revision
 * at every place it is generated, by the directory each block generates; what cannot be told is reported, never
 * guessed.
 */
import { describe, expect, it } from '@jest/globals'
import { removedStackComponents } from '../../../src/core/terragrunt/stacks.js'
import { withTree } from './live-repo.js'

const unit = (name: string, path = name, extra = '') =>
  `unit "${name}" {\n  source = "../../catalog/units/${name}"\n  path   = "${path}"\n${extra}}\n`

const HEAD_DEV = unit('vpc') + unit('app')

/** live/dev/terragrunt.stack.hcl as checked out; catalog/stacks/net is a stack used by live/prod, generated there. */
const TREE: Record<string, string> = {
  '.git/': '',
  'live/dev/terragrunt.stack.hcl': HEAD_DEV,
  'live/prod/terragrunt.stack.hcl': 'stack "net" {\n  source = "../../catalog/stacks/net"\n  path   = "net"\n}\n',
  'catalog/stacks/net/terragrunt.stack.hcl': unit('vpc', 'vpc').replace('../../catalog', '../../../../../catalog'),
  // What stack generate left for live/prod: the stack copied to .terragrunt-stack/net.
  'live/prod/.terragrunt-stack/net/terragrunt.stack.hcl': unit('vpc', 'vpc').replace(
    '../../catalog',
    '../../../../../catalog'
  ),
  'catalog/units/vpc/terragrunt.hcl': '',
  'catalog/units/app/terragrunt.hcl': '',
  'catalog/units/dns/terragrunt.hcl': ''
}

interface Case {
  name: string
  changed: string
  base: string | null | Error
  removed?: string[]
  unknown?: RegExp
}

describe('removedStackComponents', () => {
  it.each<Case>([
    { name: 'nothing removed', changed: 'dev/terragrunt.stack.hcl', base: HEAD_DEV, removed: [] },
    {
      name: 'a unit block removed',
      changed: 'dev/terragrunt.stack.hcl',
      base: HEAD_DEV + unit('dns'),
      removed: ['unit "dns" -> dev/.terragrunt-stack/dns']
    },
    {
      name: 'a unit whose path changed: its old directory is gone',
      changed: 'dev/terragrunt.stack.hcl',
      base: unit('vpc', 'network') + unit('app'),
      removed: ['unit "vpc" -> dev/.terragrunt-stack/network']
    },
    {
      name: 'a unit that was generated beside the stack file (no_dot_terragrunt_stack)',
      changed: 'dev/terragrunt.stack.hcl',
      base: HEAD_DEV + unit('dns', 'dns', '  no_dot_terragrunt_stack = true\n'),
      removed: ['unit "dns" -> dev/dns']
    },
    {
      name: 'a stack block removed: every unit it generated',
      changed: 'dev/terragrunt.stack.hcl',
      base:
        HEAD_DEV +
        'locals {\n  p = "shared"\n}\nstack "shared" {\n  source = "../../catalog/stacks/net"\n  path = local.p\n}\n',
      removed: ['stack "shared" -> dev/.terragrunt-stack/shared']
    },
    {
      name: 'a unit removed from a catalog stack: at each place it is generated',
      changed: '../catalog/stacks/net/terragrunt.stack.hcl',
      base: unit('vpc') + unit('dns'),
      removed: ['unit "dns" -> prod/.terragrunt-stack/net/.terragrunt-stack/dns']
    },
    { name: 'a stack file the pull request adds', changed: 'dev/terragrunt.stack.hcl', base: null, removed: [] },
    {
      name: 'a base revision that cannot be read',
      changed: 'dev/terragrunt.stack.hcl',
      base: new Error('base commit abc is not in the checkout and cannot be fetched'),
      unknown: /^base commit abc is not in the checkout/
    },
    {
      name: 'a base path that cannot be evaluated',
      changed: 'dev/terragrunt.stack.hcl',
      base: HEAD_DEV + 'unit "dns" {\n  source = "../../catalog/units/dns"\n  path = get_env("DNS_PATH")\n}\n',
      unknown: /^the path of unit "dns" cannot be evaluated \(line 9\)$/
    },
    {
      name: 'a base revision that does not parse',
      changed: 'dev/terragrunt.stack.hcl',
      base: 'unit "dns" {\n  path = \n',
      unknown: /^its base revision does not parse/
    }
  ])('$name', async (c) => {
    await withTree(TREE, async (dir) => {
      const asked: string[] = []
      const result = await removedStackComponents(`${dir}/live`, [c.changed], (file) => {
        asked.push(file)
        return c.base instanceof Error ? Promise.reject(c.base) : Promise.resolve(c.base)
      })
      expect(asked).toEqual([c.changed])
      expect(result.removed.map((r) => `${r.kind} "${r.name}" -> ${r.dir}`)).toEqual(c.removed ?? [])
      expect(result.unknown.map((u) => u.file)).toEqual(c.unknown ? [c.changed] : [])
      if (c.unknown) expect(result.unknown[0].reason).toMatch(c.unknown)
    })
  })

  it('reads nothing when no kept stack file changed', async () => {
    const result = await removedStackComponents('/nonexistent', [], () => Promise.reject(new Error('not asked')))
    expect(result).toEqual({ removed: [], unknown: [] })
  })
})
