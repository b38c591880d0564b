import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConfigError, DEFAULT_CONFIG_PATH, loadGitopsConfig } from '../../../src/core/config/index.js'

let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gitops-config-'))
  await mkdir(join(dir, '.github'))
  await writeFile(join(dir, '.github/gitops.yaml'), 'environments:\n  - name: dev\n    auto-deploy: true\n')
  await writeFile(join(dir, 'broken.yaml'), 'environments:\n  - name: dev\n    auto-deploy: sometimes\n')
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('loadGitopsConfig', () => {
  it('reads and validates the file', async () => {
    const path = join(dir, DEFAULT_CONFIG_PATH)
    await expect(loadGitopsConfig(path)).resolves.toEqual({
      file: path,
      version: 1,
      environments: [{ name: 'dev', autoDeploy: true, pinned: false }]
    })
  })

  it('gives undefined for a missing file that is optional', async () => {
    await expect(loadGitopsConfig(join(dir, 'missing.yaml'))).resolves.toBeUndefined()
  })

  it('fails for a missing file that is required, naming it', async () => {
    const path = join(dir, 'missing.yaml')
    const load = loadGitopsConfig(path, { required: true })
    await expect(load).rejects.toBeInstanceOf(ConfigError)
    await expect(loadGitopsConfig(path, { required: true })).rejects.toThrow(
      `${path}: file not found; create it or point the config input at the right file`
    )
  })

  it('fails for a directory', async () => {
    await expect(loadGitopsConfig(join(dir, '.github'))).rejects.toThrow(
      `${join(dir, '.github')}: is a directory, expected a YAML file`
    )
  })

  it('names the file and position of a problem', async () => {
    const path = join(dir, 'broken.yaml')
    await expect(loadGitopsConfig(path)).rejects.toThrow(
      `${path}:3:18: environments[0].auto-deploy: expected true or false, got "sometimes"`
    )
  })
})
