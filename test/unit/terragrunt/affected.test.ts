import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { affectedUnits } from '../../../src/core/terragrunt/affected.js'
import { describeUnresolved } from '../../../src/core/terragrunt/hcl-refs.js'
import { discoverUnits } from '../../../src/core/terragrunt/discovery.js'
import { ALL_UNITS, LIVE_REPO, removeDir, tempDir, withTree, writeTree } from './live-repo.js'

let repo: string

beforeAll(async () => {
  repo = await tempDir()
  await writeTree(repo, LIVE_REPO)
})

afterAll(async () => {
  await removeDir(repo)
})

async function affected(changedFiles: string[]) {
  return affectedUnits({ root: repo, units: ALL_UNITS, changedFiles })
}

const DEV = 'live/non-production/dev'
const QA = 'live/non-production/qa'
const PROD = 'live/production/prod'

describe('affectedUnits', () => {
  it('a change inside one unit affects it and its dependents', async () => {
    const result = await affected([`${DEV}/db/terragrunt.hcl`])
    expect(result.units).toEqual([`${DEV}/app`, `${DEV}/db`])
    expect([...result.reasons]).toEqual([
      [`${DEV}/app`, `depends on ${DEV}/db`],
      [`${DEV}/db`, `changed ${DEV}/db/terragrunt.hcl`]
    ])
    expect(result.deleted).toEqual([])
    expect(result.unresolved).toEqual([])
  })

  it('a file in a unit directory that is not the config counts; .terragrunt-cache does not', async () => {
    const result = await affected([
      `${PROD}/monitoring/dashboards/main.json`,
      `${DEV}/vpc/.terragrunt-cache/abc/def/terragrunt.hcl`
    ])
    expect([...result.reasons]).toEqual([[`${PROD}/monitoring`, `changed ${PROD}/monitoring/dashboards/main.json`]])
  })

  it('a change to _common/vpc.hcl affects exactly the units that include it, and their dependents', async () => {
    const result = await affected(['live/_common/vpc.hcl'])
    expect(Object.fromEntries(result.reasons)).toEqual({
      [`${DEV}/app`]: `depends on ${DEV}/db`,
      [`${DEV}/db`]: `depends on ${DEV}/vpc`,
      [`${DEV}/vpc`]: 'includes live/_common/vpc.hcl',
      [`${QA}/vpc`]: 'includes live/_common/vpc.hcl',
      [`${PROD}/monitoring`]: `depends on ${PROD}/vpc`,
      [`${PROD}/vpc`]: 'includes live/_common/vpc.hcl'
    })
    expect(result.units).not.toContain(`${DEV}/dns`)
  })

  it('a change to a file read through an included file affects only the units reaching it', async () => {
    const result = await affected(['live/_common/base.hcl'])
    expect([...result.reasons]).toEqual([[`${DEV}/app`, 'reads live/_common/base.hcl (via live/_common/app.hcl)']])
  })

  it('a change to root.hcl affects every unit', async () => {
    const result = await affected(['live/root.hcl'])
    expect(result.units).toEqual(ALL_UNITS)
    expect(result.reasons.get(`${DEV}/db`)).toBe('includes live/root.hcl')
    expect(new Set(result.reasons.values())).toEqual(new Set(['includes live/root.hcl']))
  })

  it('a change to env.hcl affects that environment only (find_in_parent_folders from the unit)', async () => {
    const result = await affected([`${DEV}/env.hcl`])
    expect(Object.fromEntries(result.reasons)).toEqual({
      [`${DEV}/app`]: `depends on ${DEV}/db`,
      [`${DEV}/db`]: `depends on ${DEV}/vpc`,
      [`${DEV}/dns`]: `reads ${DEV}/env.hcl`,
      [`${DEV}/vpc`]: `reads ${DEV}/env.hcl (via live/_common/vpc.hcl)`
    })
    const prod = await affected([`${PROD}/env.hcl`])
    expect(prod.units).toEqual([`${PROD}/monitoring`, `${PROD}/vpc`])
  })

  it('adds dependents transitively, through dependency and dependencies blocks', async () => {
    const result = await affected([`${DEV}/vpc/terragrunt.hcl`, `${PROD}/vpc/terragrunt.hcl`])
    expect(Object.fromEntries(result.reasons)).toEqual({
      [`${DEV}/app`]: `depends on ${DEV}/db`,
      [`${DEV}/db`]: `depends on ${DEV}/vpc`,
      [`${DEV}/vpc`]: `changed ${DEV}/vpc/terragrunt.hcl`,
      [`${PROD}/monitoring`]: `depends on ${PROD}/vpc`,
      [`${PROD}/vpc`]: `changed ${PROD}/vpc/terragrunt.hcl`
    })
  })

  it('a change to a local module affects the units that source it, directly or through module calls', async () => {
    const vpc = await affected(['modules/vpc/variables.tf'])
    expect(vpc.reasons.get(`${QA}/vpc`)).toBe('uses module modules/vpc (changed modules/vpc/variables.tf)')
    expect(vpc.units).toEqual([
      `${DEV}/app`,
      `${DEV}/db`,
      `${DEV}/vpc`,
      `${QA}/vpc`,
      `${PROD}/monitoring`,
      `${PROD}/vpc`
    ])
    const shared = await affected(['modules/shared/main.tf'])
    expect([...shared.reasons]).toEqual([
      [`${DEV}/app`, `depends on ${DEV}/db`],
      [`${DEV}/db`, 'uses module modules/shared (changed modules/shared/main.tf)']
    ])
  })

  it('a README or an unrelated file affects nothing', async () => {
    const result = await affected(['README.md', 'live/README.md', '.github/workflows/plan.yml', 'modules/README.md'])
    expect(result.units).toEqual([])
    expect(result.reasons.size).toBe(0)
  })

  it('prefers the most direct reason when a unit is affected several ways', async () => {
    const result = await affected(['live/root.hcl', `${DEV}/db/terragrunt.hcl`, 'modules/db/main.tf'])
    expect(result.reasons.get(`${DEV}/db`)).toBe(`changed ${DEV}/db/terragrunt.hcl`)
    expect(result.reasons.get(`${DEV}/app`)).toBe('includes live/root.hcl')
  })

  it('reports deleted units and marks their dependents', async () => {
    await withTree(
      {
        'root.hcl': '',
        'a/terragrunt.hcl': 'dependency "gone" {\n  config_path = "../gone"\n}\n',
        'b/terragrunt.hcl': 'terraform {\n  source = "../m"\n}\n',
        'm/main.tf': ''
      },
      async (dir) => {
        const units = await discoverUnits(dir)
        expect(units).toEqual(['a', 'b'])
        const result = await affectedUnits({
          root: dir,
          units,
          changedFiles: ['gone/terragrunt.hcl', 'gone/.terraform.lock.hcl', 'root.hcl']
        })
        expect(result.deleted).toEqual(['gone'])
        expect([...result.reasons]).toEqual([['a', 'depends on gone (deleted)']])
      }
    )
  })

  it('a deleted included file is not a deleted unit', async () => {
    await withTree(
      {
        'a/terragrunt.hcl': 'include {\n  path = "../legacy/terragrunt.hcl"\n}\nterraform {\n  source = "../m"\n}\n',
        'legacy/terragrunt.hcl': '',
        'm/main.tf': ''
      },
      async (dir) => {
        const result = await affectedUnits({ root: dir, units: ['a'], changedFiles: ['legacy/terragrunt.hcl'] })
        expect(result.deleted).toEqual([])
        expect([...result.reasons]).toEqual([['a', 'includes legacy/terragrunt.hcl']])
      }
    )
  })

  it('terminates on dependency cycles', async () => {
    const dir = await tempDir()
    try {
      const dep = (to: string) => `dependency "x" {\n  config_path = "../${to}"\n}\n`
      await writeTree(dir, {
        'a/terragrunt.hcl': dep('b'),
        'b/terragrunt.hcl': dep('c'),
        'c/terragrunt.hcl': dep('a'),
        'd/terragrunt.hcl': dep('d'),
        'e/terragrunt.hcl': 'dependencies {\n  paths = ["../e", "../a"]\n}\n'
      })
      const result = await affectedUnits({ root: dir, units: ['a', 'b', 'c', 'd', 'e'], changedFiles: ['b/main.tf'] })
      expect(Object.fromEntries(result.reasons)).toEqual({
        a: 'depends on b',
        b: 'changed b/main.tf',
        c: 'depends on a',
        e: 'depends on a'
      })
      const self = await affectedUnits({ root: dir, units: ['d'], changedFiles: ['d/terragrunt.hcl'] })
      expect([...self.reasons]).toEqual([['d', 'changed d/terragrunt.hcl']])
    } finally {
      await removeDir(dir)
    }
  })

  it('attributes a file to the innermost unit when units nest', async () => {
    await withTree(
      {
        'terragrunt.hcl': 'terraform {\n  source = "./m"\n}\n',
        'outer/terragrunt.hcl': 'terraform {\n  source = "../m"\n}\n',
        'outer/inner/terragrunt.hcl': 'terraform {\n  source = "../../m"\n}\n',
        'm/main.tf': ''
      },
      async (dir) => {
        const units = await discoverUnits(dir)
        expect(units).toEqual(['.', 'outer', 'outer/inner'])
        const inner = await affectedUnits({ root: dir, units, changedFiles: ['outer/inner/x.tfvars'] })
        expect([...inner.reasons]).toEqual([['outer/inner', 'changed outer/inner/x.tfvars']])
        const top = await affectedUnits({ root: dir, units, changedFiles: ['./notes.txt', 'outer/y.tf'] })
        expect([...top.reasons]).toEqual([
          ['.', 'changed notes.txt'],
          ['outer', 'changed outer/y.tf']
        ])
      }
    )
  })

  it('follows dependencies outside the given units but returns only those units', async () => {
    const result = await affectedUnits({
      root: repo,
      units: [`${DEV}/app`],
      changedFiles: [`${DEV}/vpc/terragrunt.hcl`]
    })
    expect([...result.reasons]).toEqual([[`${DEV}/app`, `depends on ${DEV}/db`]])
  })

  it('uses known dependencies from terragrunt find', async () => {
    const result = await affectedUnits({
      root: repo,
      units: ALL_UNITS,
      changedFiles: [`${QA}/vpc/terragrunt.hcl`],
      knownDependencies: [{ path: `${DEV}/dns`, dependencies: [`${QA}/vpc`] }]
    })
    expect(result.units).toEqual([`${DEV}/dns`, `${QA}/vpc`])
  })

  it('works from a root below the repository root, with changed files outside it given as ../', async () => {
    const root = path.join(repo, 'live/non-production')
    const units = await discoverUnits(root)
    expect(units).toEqual(['dev/app', 'dev/db', 'dev/dns', 'dev/vpc', 'qa/vpc'])
    const modules = await affectedUnits({ root, units, changedFiles: ['../../modules/vpc/main.tf'] })
    expect(modules.units).toEqual(['dev/app', 'dev/db', 'dev/vpc', 'qa/vpc'])
    expect(modules.reasons.get('qa/vpc')).toBe('uses module ../../modules/vpc (changed ../../modules/vpc/main.tf)')
    const rootHcl = await affectedUnits({ root, units, changedFiles: ['../root.hcl'] })
    expect(rootHcl.units).toEqual(units)
    expect(rootHcl.reasons.get('dev/dns')).toBe('includes ../root.hcl')
  })

  it('plans what it could not resolve, and says what that was', async () => {
    await withTree(
      {
        'a/terragrunt.hcl': 'dependency "x" {\n  config_path = get_env("DEP")\n}\n',
        'b/terragrunt.hcl': ''
      },
      async (dir) => {
        const result = await affectedUnits({ root: dir, units: ['a', 'b'], changedFiles: [] })
        expect(result.units).toEqual(['a'])
        expect(result.reasons.get('a')).toBe(
          'cannot resolve dependency config_path at a/terragrunt.hcl:2 (get_env("DEP"))'
        )
        expect(result.unresolved.map((u) => `${u.unit}: ${describeUnresolved(u)}`)).toEqual([
          'a: a/terragrunt.hcl:2: cannot resolve dependency config_path (get_env("DEP"))'
        ])
        // Terragrunt's find --dependencies answers dependency paths itself.
        const found = await affectedUnits({
          root: dir,
          units: ['a', 'b'],
          changedFiles: [],
          knownDependencies: [{ path: 'a', dependencies: ['b'] }]
        })
        expect(found.units).toEqual([])
      }
    )
  })
})
